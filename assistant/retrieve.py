"""Hybrid retrieval: dense search in Chroma and BM25 keyword search, fused by reciprocal rank.

The keyword index mirrors the store: on refresh the store's chunk ids are compared with the
index's, and only chunks added or removed since are read or dropped. It is kept on disk between
runs (beside a local index, or in the cache folder for a Chroma server), so a restart reads it back
instead of re-tokenising the archive; a missing, stale or unreadable copy is rebuilt from the store.
Being derived from the store, it always agrees with the vectors, in embedded and server mode alike.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from assistant.faults import checkpoint
from assistant.keyword import BM25
from assistant.names import acronyms, capitals, defined_acronyms, titled_surnames
from assistant.records import Chunk
from assistant.store import Store
from assistant.words import query_terms, text_words

RRF_K = 60
# The keyword index's format, raised whenever tokens change: 2: number words as digits, stem -ied; 3: no stem
# is a stop word; 4: one spelling for US and UK forms; 5: Chinese in simplified characters; 6: ordinal words
# as "19th"; 7: initials as one word ("C Y" Leung as "cy"); 8: "co-operation" as "cooperation"; 11: "themed" as
# "theme", not the stop word "them"; 12: "A&E" as accident and emergency; 13: "cannot" a stop word.
CACHE_VERSION = 13
COMPACT_SHARE = 0.25  # rebuild the keyword index when this share of its documents is removed
log = logging.getLogger(__name__)


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
    def __init__(self, store: Store, embeddings, cache_path: Path | None = None):
        self.store = store
        self.embeddings = embeddings
        self.cache_path = cache_path
        self.chunks: dict[str, Chunk] = {}
        self.by_release: dict[str, list[Chunk]] = {}
        self.keyword = BM25()
        self._per_release: dict[tuple[str, str], object] = {}  # what is derived from a release's text
        self._lock = threading.RLock()
        self._load_cache()
        self.refresh()

    def refresh(self) -> None:
        """Bring the keyword index and chunk table in step with the store (after an ingest)."""
        with self._lock:
            ids = set(self.store.ids())
            gone = self.chunks.keys() - ids
            new = sorted(ids - self.chunks.keys())
            for cid in gone:
                self.keyword.remove(cid)
                del self.chunks[cid]
            for chunk in self.store.get_chunks(new):
                self.chunks[chunk.chunk_id] = chunk
                self.keyword.add(chunk.chunk_id, _indexed_text(chunk))
            if len(self.keyword.dead) > COMPACT_SHARE * max(len(self.keyword.keys), 1):
                self.keyword = BM25()
                for chunk in self.chunks.values():
                    self.keyword.add(chunk.chunk_id, _indexed_text(chunk))
            by_release: dict[str, list[Chunk]] = defaultdict(list)
            for chunk in self.chunks.values():
                by_release[chunk.release_id].append(chunk)
            for parts in by_release.values():
                parts.sort(key=lambda c: c.position)
            self.by_release, self._per_release = dict(by_release), {}
            if gone or new:
                self._save_cache()

    def _load_cache(self) -> None:
        if self.cache_path is None or not self.cache_path.exists():
            return
        try:
            with open(self.cache_path, "rb") as f:
                data = pickle.load(f)  # noqa: S301 - our own file, written atomically by _save_cache
            if data.get("version") != CACHE_VERSION or set(data["chunks"]) != set(data["keyword"].doc_of):
                raise ValueError("stale format or inconsistent")
            self.chunks, self.keyword = data["chunks"], data["keyword"]
        except Exception as exc:  # noqa: BLE001 - any bad copy is rebuilt from the store
            log.warning("keyword index cache %s unusable (%s); rebuilding it from the store", self.cache_path, exc)
            self.chunks, self.keyword = {}, BM25()

    def _save_cache(self) -> None:
        if self.cache_path is None:
            return
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_path.with_name(f".{self.cache_path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump({"version": CACHE_VERSION, "chunks": self.chunks, "keyword": self.keyword}, f, protocol=5)
            checkpoint("keyword")
            os.replace(tmp, self.cache_path)
        except OSError as exc:  # a read-only or full disk costs a rebuild next start, nothing else
            log.warning("could not save the keyword index to %s: %s", self.cache_path, exc)

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

    def per_release(self, what: str, release_id: str, build):
        """`build(chunks)` over the release's chunks, remembered until the index changes."""
        key = (what, release_id)
        if key not in self._per_release:
            self._per_release[key] = build(self.release_chunks(release_id))
        return self._per_release[key]

    def vocabulary(self, release_id: str) -> set[str]:
        """Every word (stemmed) of a release's title, headings and text, and what its aliases stand for
        ("LegCo": legislative council)."""
        return self.per_release(
            "vocabulary",
            release_id,
            lambda chunks: set().union(*(text_words(_indexed_text(c)) for c in chunks)),
        )

    def capitals(self, release_id: str) -> set[str]:
        """The abbreviations a release writes in capitals ("MTR", "FTA"), lower-cased; not the words of a
        bulletin written all in capitals."""
        return self.per_release(
            "capitals", release_id, lambda chunks: set().union(*(capitals(_indexed_text(c)) for c in chunks))
        )

    def surnames(self, release_id: str) -> set[str]:
        """The surnames a release gives after a title alone ("Mr Lee"), stemmed."""
        return self.per_release(
            "surnames", release_id, lambda chunks: set().union(*(titled_surnames(c.text) for c in chunks))
        )

    def abbreviations(self, release_id: str) -> set[str]:
        """The initials of every run of capitalised words in a release ("Chief Executive Officer" -> "ceo")."""
        return self.per_release(
            "abbreviations", release_id, lambda chunks: set().union(*(acronyms(_indexed_text(c)) for c in chunks))
        )

    def definitions(self, release_id: str) -> dict[str, frozenset[str]]:
        """The abbreviations a release defines ("construction noise permit (CNP)"), with the stems they stand for."""

        def defined(chunks: list[Chunk]) -> dict[str, frozenset[str]]:
            out: dict[str, frozenset[str]] = {}
            for chunk in chunks:
                for short, words in defined_acronyms(_indexed_text(chunk)).items():
                    out.setdefault(short, words)
            return out

        return self.per_release("definitions", release_id, defined)

    def search(
        self, question: str, k: int = 8, filters: Filters | None = None, pool: int = 40, vector=None
    ) -> list[Hit]:
        """The k best chunks; `vector` is the question's embedding when the caller already has it."""
        filters = filters or Filters()
        if vector is None:
            vector = self.embeddings.embed_query(question)
        with self._lock:
            allowed = None if filters.is_empty() else {cid for cid, c in self.chunks.items() if filters.allows(c)}
        if allowed is not None and not allowed:
            return []
        dense = self.store.search(vector, k=pool if allowed is None else max(pool, 200))
        with self._lock:
            return self._fuse(question, dense, allowed, pool, k)

    def _fuse(self, question: str, dense, allowed: set[str] | None, pool: int, k: int) -> list[Hit]:
        dense_ids = [
            h.chunk_id for h in dense if h.chunk_id in self.chunks and (allowed is None or h.chunk_id in allowed)
        ]
        keyword_ids = [cid for cid, _ in self.keyword.search(query_terms(question), pool, allowed)]
        scores: dict[str, float] = {}
        dense_rank = {cid: r for r, cid in enumerate(dense_ids, 1)}
        keyword_rank = {cid: r for r, cid in enumerate(keyword_ids, 1)}
        for cid in dense_rank.keys() | keyword_rank.keys():
            scores[cid] = sum(1 / (RRF_K + ranks[cid]) for ranks in (dense_rank, keyword_rank) if cid in ranks)
        # Ties (a chunk first in one list only, another first in the other) go to the keyword match, then
        # by id, so that the same question gets the same answer in every run.
        ranked = sorted(scores, key=lambda cid: (-scores[cid], keyword_rank.get(cid, pool + 1), cid))[:k]
        if keyword_ids and keyword_ids[0] not in ranked:
            # The best keyword match always has a place: rare words ("Chartered Governance Institute") may find a
            # passage the model ranks nowhere, and a chunk both lists rank lower would push it out.
            ranked[-1:] = [keyword_ids[0]]
        return [Hit(self.chunks[cid], scores[cid], dense_rank.get(cid), keyword_rank.get(cid)) for cid in ranked]


def _indexed_text(chunk: Chunk) -> str:
    return " ".join(filter(None, [chunk.title, chunk.section, chunk.text]))


LABEL_CHARS = 90


def lead_words(text: str) -> str:
    """The first line of a text, cut at a word boundary to about LABEL_CHARS, with an ellipsis if cut."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if len(line) <= LABEL_CHARS:
        return line
    cut = line[:LABEL_CHARS].rsplit(" ", 1)[0] if " " in line[:LABEL_CHARS] else line[:LABEL_CHARS]
    return cut.rstrip(",;:") + "…"
