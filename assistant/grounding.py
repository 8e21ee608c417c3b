"""Whether a language model's sentence is grounded in the passages it cites.

Every sentence must cite a passage that exists, share most of its content words with the passages it cites,
and every number, year and month in it must appear in them. Sentences that fail are dropped, and the kept
ones are renumbered into an answer. This module does not call a model (`llm.py` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.records import Answer, Chunk, Citation
from assistant.sentences import split_sentences
from assistant.words import STOPWORDS, covered, tokens

MIN_SUPPORT = 0.7  # share of a sentence's content words that its cited passages must hold
_MARKERS = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I
)


@dataclass(frozen=True)
class Verdict:
    sentence: str  # as written, markers included
    cited: tuple[int, ...]
    kept: bool
    reason: str  # "supported" or why it was dropped


def sentences_of(draft: str) -> list[str]:
    """Split a draft into sentences, each keeping the markers that follow it ("... 2025. [1]")."""
    text = re.sub(r"\s+", " ", draft).strip()
    # "X. [1] Y." -> "X [1]. Y." so a marker stays with the sentence before it.
    text = re.sub(
        r"([.!?。])\s*((?:\[\d+(?:\s*,\s*\d+)*\]\s*)+)", lambda m: f" {m.group(2).strip()}{m.group(1)} ", text
    )
    return [s for s in split_sentences(text) if s.strip()]


def check_sentence(sentence: str, passages: list[Chunk]) -> Verdict:
    cited = tuple(int(n) for group in _MARKERS.findall(sentence) for n in re.split(r"\s*,\s*", group))
    body = _MARKERS.sub(" ", sentence).strip()
    if not cited:
        return Verdict(sentence, cited, False, "no citation")
    if any(n < 1 or n > len(passages) for n in cited):
        return Verdict(sentence, cited, False, f"cites a passage that does not exist ({cited})")
    source = " ".join(passages[n - 1].text + " " + (passages[n - 1].title or "") for n in cited)
    source_words = set(tokens(source))
    words = [w for w in dict.fromkeys(tokens(body)) if w not in STOPWORDS and not w.isdigit()]
    if not words:
        return Verdict(sentence, cited, False, "no content")
    support = sum(covered(w, source_words) for w in words) / len(words)
    if support < MIN_SUPPORT:
        return Verdict(sentence, cited, False, f"only {support:.0%} of its words are in the cited passages")
    flat = source.replace(",", "")
    for number in _NUMBER.findall(body):
        if number.replace(",", "") not in flat:
            return Verdict(sentence, cited, False, f"the number {number} is not in the cited passages")
    lowered = source.lower()
    for month in _MONTH.findall(body):
        if month.lower() not in lowered:
            return Verdict(sentence, cited, False, f"the date word {month} is not in the cited passages")
    return Verdict(sentence, cited, True, "supported")


def checked_answer(question: str, verdicts: list[Verdict], passages: list[Chunk], label) -> Answer | None:
    """The kept sentences, their citations renumbered 1..k in order of first use; None if nothing is kept."""
    kept = [v for v in verdicts if v.kept]
    if not kept:
        return None
    renumber: dict[int, int] = {}
    for v in kept:
        for n in v.cited:
            renumber.setdefault(n, len(renumber) + 1)

    def swap(m: re.Match) -> str:
        return "[" + ", ".join(str(renumber[int(n)]) for n in re.split(r"\s*,\s*", m.group(1))) + "]"

    text = " ".join(_MARKERS.sub(swap, v.sentence) for v in kept)
    citations = []
    for old, new in renumber.items():
        c = passages[old - 1]
        citations.append(Citation(new, c.release_id, c.title, c.date, c.url, c.section, c.text, label(c.release_id)))
    mode = "llm" if len(kept) == len(verdicts) else "llm-checked"
    return Answer(question, text, True, tuple(citations), mode=mode)
