"""Cut a release into chunks that follow its structure.

A chunk holds whole paragraphs (or list items) of one section of one release, up to
`max_chars`; a paragraph longer than that is cut between sentences. Chunk ids derive from
the release id and the chunk's own text, so unchanged text always gets the same id.
"""

from __future__ import annotations

import hashlib

from assistant.records import Chunk, Release
from assistant.sentences import split_sentences

MAX_CHARS = 800


def _pieces(paragraph: str, max_chars: int) -> list[str]:
    if len(paragraph) <= max_chars:
        return [paragraph]
    pieces, current = [], ""
    for sentence in split_sentences(paragraph):
        while len(sentence) > max_chars:  # one huge "sentence": cut it hard
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:max_chars])
            sentence = sentence[max_chars:]
        if current and len(current) + 1 + len(sentence) > max_chars:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()]


def chunk_id(release_id: str, section: str | None, text: str) -> str:
    digest = hashlib.sha1(f"{section}\n{text}".encode()).hexdigest()[:16]
    return f"{release_id}:{digest}"


def split_release(release: Release, max_chars: int = MAX_CHARS) -> list[Chunk]:
    """The release's chunks in reading order; identical repeated passages are kept once."""
    chunks: list[Chunk] = []
    seen: set[str] = set()

    def emit(section: str | None, text: str) -> None:
        cid = chunk_id(release.release_id, section, text)
        if cid in seen:
            return
        seen.add(cid)
        chunks.append(
            Chunk(
                chunk_id=cid,
                text=text,
                release_id=release.release_id,
                title=release.title,
                date=release.date,
                url=release.url,
                source=release.source,
                lang=release.lang,
                section=section,
                position=len(chunks),
                origin=release.origin,
                release_chars=len(release.body),
            )
        )

    for section in release.sections:
        current: list[str] = []
        size = 0
        for paragraph in section.paragraphs:
            for piece in _pieces(paragraph, max_chars):
                if current and size + len(piece) + 1 > max_chars:
                    emit(section.heading, "\n".join(current))
                    current, size = [], 0
                current.append(piece)
                size += len(piece) + 1
        if current:
            emit(section.heading, "\n".join(current))
    return chunks
