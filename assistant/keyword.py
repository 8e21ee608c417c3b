"""Keyword search: tokenising and an in-memory BM25 index with an inverted list.

Scores only the documents that share a term with the query, so a query costs in
proportion to how common its words are, not to the size of the archive.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*|[\u4e00-\u9fff]")

# Words that say nothing about what is asked for.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "do",
        "does",
        "did",
        "done",
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "about",
        "into",
        "over",
        "under",
        "than",
        "then",
        "so",
        "if",
        "not",
        "no",
        "any",
        "all",
        "some",
        "each",
        "more",
        "most",
        "other",
        "such",
        "only",
        "own",
        "same",
        "too",
        "very",
        "s",
        "t",
        "just",
        "also",
        "per",
        "up",
        "out",
        "off",
        "again",
        "further",
        "once",
        "here",
        "both",
        "few",
        "nor",
        "between",
        "during",
        "before",
        "after",
        "above",
        "below",
        "through",
        "until",
        "while",
        "against",
        "because",
        "hk",
    ]
)
# Question and request words: they shape the answer, not the topic.
QUESTION_WORDS = frozenset(
    [
        "tell",
        "say",
        "said",
        "says",
        "know",
        "please",
        "give",
        "list",
        "many",
        "much",
        "long",
        "often",
        "latest",
        "recent",
        "last",
        "first",
        "new",
        "happen",
        "happened",
        "agree",
        "agreed",
        "announce",
        "announced",
        "mention",
        "mentioned",
        "plan",
        "planned",
        "according",
        "release",
        "releases",
        "government",
        "press",
        "issue",
        "issued",
        "statement",
        "get",
        "gets",
        "got",
        "make",
        "made",
        "take",
        "taken",
        "go",
        "going",
    ]
)
ALIASES = {"hk": "hong kong", "ce": "chief executive", "legco": "legislative council", "hksar": "hong kong"}


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (single characters for Chinese), lightly stemmed."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    out: list[str] = []
    for w in words:
        w = w.strip(".'")
        if w:
            out.append(_stem(w))
    # Chinese: add character bigrams so that words, not single characters, match.
    cjk = [w for w in words if "\u4e00" <= w[0] <= "\u9fff"]
    out.extend(a + b for a, b in zip(cjk, cjk[1:], strict=False))
    return out


def query_terms(question: str) -> list[str]:
    """The question's content words, aliases expanded, without stop and question words."""
    words = question.split()
    expanded = " ".join(ALIASES.get(w.lower().strip("?,.!"), w) for w in words)
    seen: dict[str, None] = {}
    for tok in tokens(expanded):
        if tok not in STOPWORDS and tok not in QUESTION_WORDS:
            seen[tok] = None
    return list(seen)


class BM25:
    """Okapi BM25 over a growing list of documents."""

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths: list[int] = []
        self.keys: list[str] = []

    def add(self, key: str, text: str) -> None:
        doc = len(self.keys)
        self.keys.append(key)
        counts = Counter(tokens(text))
        self.lengths.append(sum(counts.values()))
        for term, tf in counts.items():
            self.postings[term].append((doc, tf))

    def idf(self, term: str) -> float:
        n = len(self.keys)
        df = len(self.postings.get(term, ()))
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def search(self, terms: Iterable[str], k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        if not self.keys:
            return []
        avg = sum(self.lengths) / len(self.lengths)
        scores: dict[int, float] = defaultdict(float)
        for term in set(terms):
            idf = self.idf(term)
            for doc, tf in self.postings.get(term, ()):
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[doc] / avg)
                scores[doc] += idf * tf * (self.k1 + 1) / norm
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        out = []
        for doc, score in ranked:
            if allowed is None or self.keys[doc] in allowed:
                out.append((self.keys[doc], score))
                if len(out) == k:
                    break
        return out
