"""The extractive answerer: quotes the sentences or list items that answer the question.

It never writes words of its own into an answer: each unit is a verbatim piece of a
retrieved passage followed by its citation marker. When the best release does not contain
the question's key words it refuses instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant import sentences
from assistant.keyword import query_terms, tokens
from assistant.records import Answer, Chunk, Citation
from assistant.retrieve import Filters, Hit, Retriever

MAX_CHARS = 700
MAX_SECTION_UNITS = 12
MIN_COVERAGE = 0.6  # share (idf-weighted) of the question's key words the chosen release must hold
NO_ANSWER = "The releases do not say."

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_LATEST = re.compile(r"\b(latest|most recent|newest|last)\b", re.I)
_FACTOID = re.compile(r"^\s*(how (many|much|long|often)|when|who|whom|where|which|what (time|date|year))\b", re.I)
_NUMBER = re.compile(r"\d")
_WHEN = re.compile(
    r"\b(\d{1,2}[:.]\d{2}|a\.m\.|p\.m\.|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|today|tomorrow|\d{4})\b",
    re.I,
)


@dataclass
class _Candidate:
    unit: sentences.Unit
    chunk: Chunk
    score: float = 0.0


class Answerer:
    def __init__(self, retriever: Retriever, embeddings):
        self.retriever = retriever
        self.embeddings = embeddings

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        question = question.strip()
        terms = query_terms(question)
        filters = _with_year(question, filters or Filters())
        hits = self.retriever.search(question, k=8, filters=filters)
        if not hits or not terms:
            return Answer(question, NO_ANSWER + " No release in the index matches this question.", False)
        if _LATEST.search(question):
            hits = _latest_first(hits)
        release = hits[0].chunk.release_id
        release_hits = [h for h in hits if h.chunk.release_id == release]
        if self._coverage(terms, release) < MIN_COVERAGE:
            top = hits[0].chunk
            return Answer(
                question,
                f'{NO_ANSWER} The closest release, "{top.title or top.release_id}" ({top.date or "undated"}), '
                "does not answer this question.",
                False,
            )
        section = None if _FACTOID.match(question) else self._topic_section(terms, release)
        if section is not None:
            chosen = self._section_units(release, section)
        else:
            chosen = self._best_units(question, terms, release_hits)
        return _compose(question, chosen)

    # -- choosing what to quote -------------------------------------------------------------

    def _coverage(self, terms: list[str], release_id: str) -> float:
        words: set[str] = set()
        for c in self.retriever.chunks.values():
            if c.release_id == release_id:
                words.update(tokens(" ".join(filter(None, [c.title, c.section, c.text]))))
        weights = {t: self.retriever.keyword.idf(t) for t in terms}
        total = sum(weights.values()) or 1.0
        return sum(w for t, w in weights.items() if t in words) / total

    def _release_chunks(self, release_id: str) -> list[Chunk]:
        chunks = [c for c in self.retriever.chunks.values() if c.release_id == release_id]
        return sorted(chunks, key=lambda c: c.position)

    def _topic_section(self, terms: list[str], release_id: str) -> str | None:
        """A section whose heading the question names ("... on aviation?")."""
        chunks = self._release_chunks(release_id)
        title_words = set(tokens(chunks[0].title or "")) if chunks else set()
        best, best_overlap = None, 0
        for heading in dict.fromkeys(c.section for c in chunks if c.section):
            words = {w for w in tokens(heading) if w not in title_words and len(w) > 2}
            overlap = len(words & set(terms))
            if overlap > best_overlap:
                best, best_overlap = heading, overlap
        return best

    def _section_units(self, release_id: str, section: str) -> list[_Candidate]:
        out: list[_Candidate] = []
        for chunk in self._release_chunks(release_id):
            if chunk.section == section:
                out.extend(_Candidate(u, chunk) for u in sentences.units(chunk.text, list_like=True))
        return out[:MAX_SECTION_UNITS]

    def _best_units(self, question: str, terms: list[str], hits: list[Hit]) -> list[_Candidate]:
        cands = [
            _Candidate(u, h.chunk)
            for h in hits
            for u in sentences.units(h.chunk.text)
            if u.text not in (h.chunk.title, h.chunk.section) and len(u.text) > 15
        ]
        if not cands:
            return []
        idf = {t: self.retriever.keyword.idf(t) for t in terms}
        total = sum(idf.values()) or 1.0
        vectors = self.embeddings.encode([question] + [c.unit.text for c in cands])
        dense = np.asarray(vectors[1:]) @ np.asarray(vectors[0])
        for cand, sim in zip(cands, dense, strict=True):
            words = set(tokens(f"{cand.chunk.section or ''} {cand.unit.text}"))
            lexical = sum(w for t, w in idf.items() if t in words) / total
            cand.score = 0.5 * lexical + 0.5 * float(sim) + _kind_bonus(question, cand.unit.text)
        cands.sort(key=lambda c: -c.score)
        best = cands[0]
        chosen = [best]
        size = len(best.unit.text)
        for cand in cands[1:4]:
            if cand.score >= 0.85 * best.score and size + len(cand.unit.text) <= MAX_CHARS:
                chosen.append(cand)
                size += len(cand.unit.text)
        return sorted(chosen, key=lambda c: (c.chunk.position, c.unit.line))


def _kind_bonus(question: str, text: str) -> float:
    q = question.lower()
    if q.startswith(("how many", "how much")) and _NUMBER.search(text):
        return 0.1
    if q.startswith(("when", "what time", "what date")) and _WHEN.search(text):
        return 0.1
    return 0.0


def _with_year(question: str, filters: Filters) -> Filters:
    m = _YEAR.search(question)
    if not m or not filters.is_empty():
        return filters
    return Filters(date_from=f"{m.group(1)}-01-01", date_to=f"{m.group(1)}-12-31")


def _latest_first(hits: list[Hit]) -> list[Hit]:
    best_score = hits[0].score
    close = [h for h in hits if h.score >= 0.8 * best_score]
    newest = max(close, key=lambda h: h.chunk.date or "")
    return [h for h in hits if h.chunk.release_id == newest.chunk.release_id] + [
        h for h in hits if h.chunk.release_id != newest.chunk.release_id
    ]


def _compose(question: str, chosen: list[_Candidate]) -> Answer:
    if not chosen:
        return Answer(question, NO_ANSWER, False)
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []
    for cand in chosen:
        c = cand.chunk
        if c.chunk_id not in numbers:
            numbers[c.chunk_id] = len(numbers) + 1
            citations.append(Citation(numbers[c.chunk_id], c.release_id, c.title, c.date, c.url, c.section, c.text))
        parts.append(f"{cand.unit.text} [{numbers[c.chunk_id]}]")
    sep = "\n" if any(cand.unit.is_item for cand in chosen) else " "
    return Answer(question, sep.join(parts), True, tuple(citations))
