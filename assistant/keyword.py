"""An in-memory BM25 index over the tokens of `words.py`.

BM25 scores only the documents that share a term with the query (an inverted list), so a
query costs in proportion to how common its words are, not to the size of the archive.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable

import numpy as np

from assistant.words import tokens


class BM25:
    """Okapi BM25 over a growing list of documents, compact enough for 10^5-10^6 chunks.

    Postings are typed arrays (doc numbers and term counts), scored with numpy, so a query costs
    in proportion to how common its words are. Removed documents are masked, not re-indexed.
    The whole object pickles (see Retriever's keyword cache).
    """

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.postings: dict[str, tuple[array, array]] = {}
        self.lengths = array("I")
        self.keys: list[str] = []
        self.dead: set[int] = set()
        self.doc_of: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.keys) - len(self.dead)

    def add(self, key: str, text: str) -> None:
        if key in self.doc_of:
            self.remove(key)
        doc = len(self.keys)
        self.keys.append(key)
        self.doc_of[key] = doc
        counts = Counter(tokens(text))
        self.lengths.append(sum(counts.values()))
        for term, tf in counts.items():
            entry = self.postings.get(term)
            if entry is None:
                entry = self.postings[term] = (array("I"), array("H"))
            entry[0].append(doc)
            entry[1].append(min(tf, 65535))

    def remove(self, key: str) -> None:
        doc = self.doc_of.pop(key, None)
        if doc is not None:
            self.dead.add(doc)

    def df(self, term: str) -> int:
        """How many documents hold the term."""
        return len(self.postings[term][0]) if term in self.postings else 0

    def idf(self, term: str) -> float:
        return bm25_idf(self.df(term), len(self))

    def search(self, terms: Iterable[str], k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        if not len(self):
            return []
        lengths = np.frombuffer(self.lengths, dtype=np.uint32).astype(np.float32)
        avg = float(lengths.mean()) or 1.0
        scores = np.zeros(len(self.keys), dtype=np.float32)
        for term in set(terms):
            if term not in self.postings:
                continue
            docs_a, tfs_a = self.postings[term]
            docs = np.frombuffer(docs_a, dtype=np.uint32)
            tf = np.frombuffer(tfs_a, dtype=np.uint16).astype(np.float32)
            norm = tf + self.k1 * (1 - self.b + self.b * lengths[docs] / avg)
            np.add.at(scores, docs, self.idf(term) * tf * (self.k1 + 1) / norm)
        if self.dead:
            scores[list(self.dead)] = 0
        if allowed is not None:
            mask = np.zeros(len(self.keys), dtype=bool)
            mask[[self.doc_of[key] for key in allowed if key in self.doc_of]] = True
            scores[~mask] = 0
        hits = np.flatnonzero(scores)
        if len(hits) > k:
            hits = hits[np.argpartition(-scores[hits], k)[:k]]
        hits = hits[np.argsort(-scores[hits], kind="stable")]
        return [(self.keys[i], float(scores[i])) for i in hits]


def bm25_idf(df: float, n: float) -> float:
    """BM25's idf of a term held by `df` of `n` documents (never below a small positive floor)."""
    return math.log(1 + max(n - df + 0.5, 0.5) / (df + 0.5))
