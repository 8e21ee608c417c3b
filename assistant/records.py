"""Typed records passed between the stages: Release -> Chunk -> Answer.

Only plain data lives here; no parsing, storage or ranking logic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Section:
    """A run of paragraphs under one heading (heading is None for the lead)."""

    heading: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Release:
    """One press release, parsed out of a page, file or record."""

    release_id: str
    title: str | None
    date: str | None  # YYYY-MM-DD
    url: str | None
    source: str
    lang: str
    sections: tuple[Section, ...]
    issued_at: str | None = None  # HH:MM, Hong Kong time
    origin: str = ""  # the file or URL it was read from

    @property
    def body(self) -> str:
        return "\n\n".join(p for s in self.sections for p in s.paragraphs)


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: one or more paragraphs of a single section."""

    chunk_id: str
    text: str
    release_id: str
    title: str | None
    date: str | None
    url: str | None
    source: str
    lang: str
    section: str | None
    position: int
    origin: str = ""
    release_chars: int = 0  # length of the whole release's text, to prefer the fuller copy

    def metadata(self) -> dict[str, str | int]:
        """Chroma-safe metadata (no None values; empty string means absent)."""
        meta = asdict(self)
        del meta["chunk_id"], meta["text"]
        return {k: ("" if v is None else v) for k, v in meta.items()}

    @classmethod
    def from_stored(cls, chunk_id: str, text: str, meta: Mapping[str, Any]) -> Chunk:
        def opt(key: str) -> str | None:
            value = meta.get(key) or ""
            return str(value) if value != "" else None

        return cls(
            chunk_id=chunk_id,
            text=text,
            release_id=str(meta.get("release_id", "")),
            title=opt("title"),
            date=opt("date"),
            url=opt("url"),
            source=str(meta.get("source", "")),
            lang=str(meta.get("lang", "en")),
            section=opt("section"),
            position=int(meta.get("position", 0) or 0),
            origin=str(meta.get("origin", "")),
            release_chars=int(meta.get("release_chars", 0) or 0),
        )


@dataclass(frozen=True)
class Citation:
    n: int
    release_id: str
    title: str | None
    date: str | None
    url: str | None
    section: str | None
    quote: str
    name: str | None = None  # what to call the release: its title, or its opening words when it has none

    @property
    def label(self) -> str:
        return self.title or self.name or self.release_id


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    answered: bool
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    # extractive (the default) | llm (a model's answer, every sentence supported) | llm-checked (unsupported
    # sentences dropped) | extractive-fallback (the model's answer failed the check, or the model failed)
    mode: str = "extractive"
    note: str | None = None  # why a fallback happened
    checks: tuple[dict, ...] = ()  # a model's sentences with the verdict on each: sentence, kept, reason

    def to_json(self) -> dict:
        out = {
            "question": self.question,
            "answer": self.answer,
            "answered": self.answered,
            "citations": [asdict(c) for c in self.citations],
            "mode": self.mode,
        }
        if self.note:
            out["note"] = self.note
        if self.checks:
            out["checks"] = list(self.checks)
        return out
