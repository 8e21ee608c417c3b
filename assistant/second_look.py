"""The second look: the words a release uses for question words it lacks ("influenza" for "flu", "purchased"
for "bought", "growth" for "grow").

Before the answerer refuses a question for want of a few of its words, it asks what the release says instead:
WordNet's synonyms and derived forms that the release holds, and the release's words closest in meaning by the
embedding model's vectors for single words. This module finds those words; it does not decide refusals (the
answerer does), and the hand-written list of paraphrases is `paraphrase.py`'s.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from assistant import sentences
from assistant.candidate import holds
from assistant.question import Question
from assistant.records import Chunk
from assistant.retrieve import Retriever
from assistant.thesaurus import WordNet
from assistant.words import STOPWORDS, SURFACE, covered, tokens

SYNONYM_SIMILARITY = 0.8  # single-word cosine: flu/influenza 0.87, bought/purchased 0.91; lowest/lower 0.81
# How many of the release's words a missing one is compared with (each costs ~1.4 ms to embed, once; 160 lost a
# dev answer), and how many missing words it tries.
SYNONYM_WORDS = 240
MAX_MISSING = 4
# WordNet synonyms from a word's most frequent senses (1 and 2 fixed the same dev answer and broke none;
# 3 broke a near-miss).
THESAURUS_SENSES = 2


class SecondLook:
    def __init__(self, retriever: Retriever, thesaurus: WordNet, vectors: Callable[[list[str]], np.ndarray]):
        self.retriever = retriever
        self.thesaurus = thesaurus
        self.vectors = vectors

    def synonyms(self, question: Question, release_id: str, known: dict[str, set[str]]) -> dict[str, set[str]]:
        """For each key word the release lacks (itself or a word of the list for it), the release's words
        closest to it in meaning (cosine of the model's vectors for the single words >= SYNONYM_SIMILARITY)
        and its WordNet synonyms that the release holds, as stems."""
        vocabulary = self.retriever.vocabulary(release_id)
        surface = question.written
        missing = [
            t for t in question.key if t.isalpha() and len(t) > 2 and t in surface and not holds(t, vocabulary, known)
        ]
        if not missing or len(missing) > MAX_MISSING:
            return {}  # a question the release shares little with is not a paraphrase of it
        found: dict[str, set[str]] = {}
        for term in missing:
            related = self.thesaurus.synonyms(surface[term], THESAURUS_SENSES)
            related |= self.thesaurus.derived(surface[term], THESAURUS_SENSES)  # "grow" -> growth
            for synonym in related:
                stems = tokens(synonym)
                if stems and all(covered(t, vocabulary) for t in stems):
                    found.setdefault(term, set()).update(stems)
        words = self._words_of(release_id, question)
        if not words:
            return found
        matrix = self.vectors(words)
        for term, vector in zip(missing, self.vectors([surface[t] for t in missing]), strict=True):
            sims = matrix @ vector
            close = [words[i] for i in np.argsort(-sims)[:2] if sims[i] >= SYNONYM_SIMILARITY]
            if close:
                found.setdefault(term, set()).update(t for w in close for t in tokens(w))
        return found

    def _words_of(self, release_id: str, question: Question) -> list[str]:
        """Up to SYNONYM_WORDS of the release's common words (lower-case somewhere, or in an all-capitals
        bulletin; not names), taken first from the sentences that share most words with the question."""
        asked = set(question.key)
        units = self.retriever.per_release("sentence words", release_id, _sentence_words)
        out: dict[str, None] = {}
        for _, words in sorted(units, key=lambda u: -len(u[0] & asked)):
            out.update(dict.fromkeys(words))
            if len(out) >= SYNONYM_WORDS:
                break
        return list(out)[:SYNONYM_WORDS]


def _sentence_words(chunks: list[Chunk]) -> list[tuple[frozenset[str], list[str]]]:
    """Each sentence of a release: its tokens, and its common words (not names) as written."""
    out = []
    for chunk in chunks:
        for unit in sentences.units(chunk.text):
            words = [w.lower() for w in SURFACE.findall(unit.text) if w.islower() or (w.isupper() and len(w) > 3)]
            out.append((frozenset(tokens(unit.text)), [w for w in words if w not in STOPWORDS]))
    return out
