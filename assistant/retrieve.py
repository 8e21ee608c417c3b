"""Hybrid retrieval: dense search in Chroma and BM25 keyword search, fused by reciprocal rank.

The keyword index is built once from the store's own chunks when the retriever is made,
so it follows the store in embedded and server mode alike and survives restarts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from assistant.keyword import BM25, query_terms, tokens
from assistant.records import Chunk
from assistant.store import Store

RRF_K = 60


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    source: str | None = None
    release_id: str | None = None

    def allows(self, chunk: Chunk) -> bool:
        if self.source and chunk.source != self.source:
            return False
        if self.release_id and chunk.release_id != self.release_id:
            return False
        if (self.date_from or self.date_to) and not chunk.date:
            return False
        if self.date_from and (chunk.date or "") < self.date_from:
            return False
        return not (self.date_to and (chunk.date or "") > self.date_to)

    def is_empty(self) -> bool:
        return not (self.date_from or self.date_to or self.source or self.release_id)


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    dense_rank: int | None
    keyword_rank: int | None


class Retriever:
    def __init__(self, store: Store, embeddings):
        self.store = store
        self.embeddings = embeddings
        self.chunks: dict[str, Chunk] = {}
        self.by_release: dict[str, list[Chunk]] = {}
        self.keyword = BM25()
        self._vocabulary: dict[str, set[str]] = {}
        self.refresh()

    def refresh(self) -> None:
        """Re-read the store (after an ingest) and rebuild the keyword index."""
        chunks = {c.chunk_id: c for c in self.store.chunks()}
        keyword = BM25()
        by_release: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in chunks.values():
            keyword.add(chunk.chunk_id, " ".join(filter(None, [chunk.title, chunk.section, chunk.text])))
            by_release[chunk.release_id].append(chunk)
        for parts in by_release.values():
            parts.sort(key=lambda c: c.position)
        self.chunks, self.keyword, self.by_release, self._vocabulary = chunks, keyword, dict(by_release), {}

    def release_chunks(self, release_id: str) -> list[Chunk]:
        return self.by_release.get(release_id, [])

    def label(self, release_id: str) -> str:
        """The release's title; for a release without one, its opening words (a headline-less excerpt)."""
        chunks = self.release_chunks(release_id)
        if not chunks:
            return release_id
        if chunks[0].title:
            return chunks[0].title
        return lead_words(chunks[0].text) or release_id

    def vocabulary(self, release_id: str) -> set[str]:
        """Every word (stemmed) of a release's title, headings and text."""
        if release_id not in self._vocabulary:
            words: set[str] = set()
            for c in self.release_chunks(release_id):
                words.update(tokens(" ".join(filter(None, [c.title, c.section, c.text]))))
            self._vocabulary[release_id] = words
        return self._vocabulary[release_id]

    def search(
        self, question: str, k: int = 8, filters: Filters | None = None, pool: int = 40, vector=None
    ) -> list[Hit]:
        """The k best chunks; `vector` is the question's embedding when the caller already has it."""
        filters = filters or Filters()
        allowed = None if filters.is_empty() else {cid for cid, c in self.chunks.items() if filters.allows(c)}
        if allowed is not None and not allowed:
            return []
        if vector is None:
            vector = self.embeddings.embed_query(question)
        dense = self.store.search(vector, k=pool if allowed is None else max(pool, 200))
        dense_ids = [
            h.chunk_id for h in dense if h.chunk_id in self.chunks and (allowed is None or h.chunk_id in allowed)
        ]
        keyword_ids = [cid for cid, _ in self.keyword.search(query_terms(question), pool, allowed)]
        scores: dict[str, float] = {}
        dense_rank = {cid: r for r, cid in enumerate(dense_ids, 1)}
        keyword_rank = {cid: r for r, cid in enumerate(keyword_ids, 1)}
        for cid in dense_rank.keys() | keyword_rank.keys():
            scores[cid] = sum(1 / (RRF_K + ranks[cid]) for ranks in (dense_rank, keyword_rank) if cid in ranks)
        ranked = sorted(scores, key=lambda cid: -scores[cid])[:k]
        return [Hit(self.chunks[cid], scores[cid], dense_rank.get(cid), keyword_rank.get(cid)) for cid in ranked]


LABEL_CHARS = 90


def lead_words(text: str) -> str:
    """The first line of a text, cut at a word boundary to about LABEL_CHARS, with an ellipsis if cut."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if len(line) <= LABEL_CHARS:
        return line
    cut = line[:LABEL_CHARS].rsplit(" ", 1)[0] if " " in line[:LABEL_CHARS] else line[:LABEL_CHARS]
    return cut.rstrip(",;:") + "…"
