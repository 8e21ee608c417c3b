"""Spelling: a word of the question that the archive has never seen, and that is no English word, is read as
the word one typing slip away ("Zheijang": Zhejiang, "numebr": number).

It does not correct grammar, guess at words two slips away, touch a word of under five letters (a slip in
a short word makes another word too often), or a word with a capital inside it ("iBond" is no slip for "bond").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Protocol

from assistant.words import PLAIN_STOPWORDS, tokens

MIN_RESPELL = 5  # letters: a slip in a shorter word makes another word too often
_SURFACE = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
_LETTERS_RUN = re.compile(r"[A-Za-z]+")
# Prefixes written before a hyphen ("multi-vehicle", "semi-final"): parts of a word, not words misspelt.
_PREFIXES = frozenset(
    "multi inter intra ultra super micro macro cross extra counter hyper mini mega semi quasi pseudo trans".split()  # noqa: SIM905
)


class _Archive(Protocol):
    def df(self, term: str) -> int: ...


class _Dictionary(Protocol):
    def knows(self, word: str) -> bool: ...


def respell(text: str, passages: list[str], archive: _Archive, dictionary: _Dictionary) -> str:
    """The question with each word the archive has never seen, and that is no English word, replaced by
    the word of the retrieved passages one typing slip away (a letter missing, extra, wrong, or two
    swapped; words of five letters and more), else by the English word one slip away that the archive
    holds most ("numebr": number, "druing": during)."""
    # "covid" is no word, but "covid-19" is one the archive holds.
    held = {run for t in tokens(text) if archive.df(t) for run in _LETTERS_RUN.findall(t)}
    unknown = [
        w
        for w in dict.fromkeys(_LETTERS_RUN.findall(text))
        if len(w) >= MIN_RESPELL
        and w.lower() not in held
        and w.lower() not in PLAIN_STOPWORDS  # "which", "whose": WordNet knows no function word
        and w.lower() not in _PREFIXES
        and not any(c.isupper() for c in w[1:])  # "iBond", "HKeToll": written so on purpose, a name
        and not any(archive.df(t) for t in tokens(w))
        and not dictionary.knows(w)
    ]
    if not unknown:
        return text
    seen = Counter(w for passage in passages for w in _SURFACE.findall(passage) if w.isalpha())
    for word in unknown:
        close = [(n, w) for w, n in seen.items() if one_slip(word.lower(), w.lower())]
        if close:
            found = max(close)[1]
            if found.isupper():  # a bulletin in capitals: not an abbreviation
                found = found.capitalize() if word[0].isupper() else found.lower()
        elif not (found := nearest_word(word, archive, dictionary) if word.islower() else None):  # a capital: a name
            continue
        text = re.sub(rf"\b{re.escape(word)}\b", found, text)
    return text


def nearest_word(word: str, archive: _Archive, dictionary: _Dictionary) -> str | None:
    """The English word one typing slip away that the archive holds in most releases (a common word,
    "during", counts as held everywhere); None if there is none."""
    best, most = None, 0.0
    for candidate in sorted(slips_of(word)):
        if candidate in PLAIN_STOPWORDS:
            held = math.inf
        elif not (held := max((archive.df(t) for t in tokens(candidate)), default=0)):
            if not dictionary.knows(candidate):
                continue
            held = 0.5  # an English word the archive lacks still beats a word no dictionary knows
        if held > most:
            best, most = candidate, held
    return best


def one_slip(a: str, b: str) -> bool:
    """Whether two different words are one typing slip apart: a letter missing, extra or wrong, or two
    neighbouring letters swapped (Damerau-Levenshtein distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[i:] == long[i + 1 :]


def slips_of(word: str) -> set[str]:
    """Every word one typing slip from a lower-case word: a letter missing, extra or wrong, two swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {word}
