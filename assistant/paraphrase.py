"""The words a release may use for a question's word, from a hand-written list (`paraphrases.txt`).

People ask in their own words: "the purpose of his trip" about "the objective of my visit", "caught" about
"arrested", "small businesses" about "SMEs". Neither WordNet's frequent senses nor the embedding model's
single-word vectors put these together, and a release that lacks the question's word would be refused.
The list names such groups for the language of government releases; a member of a group stands in for the
others whenever a release lacks the question's own word (a word the release holds is never replaced).
"""

from __future__ import annotations

from pathlib import Path

from assistant.words import tokens

LIST = Path(__file__).with_name("paraphrases.txt")


def read_groups(text: str) -> list[list[tuple[str, ...]]]:
    """Each line's members as stem sequences ("small businesses" -> ("small", "busi")); # starts a comment."""
    groups = []
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        members = list(dict.fromkeys(stems for m in line.split(",") if (stems := _stems(m.strip()))))
        if len(members) > 1:
            groups.append(members)
    return groups


def _stems(member: str) -> tuple[str, ...]:
    """A member's stems; a Chinese word's character pairs only, as a release's words hold them ("出現" -> "出现")."""
    stems = tokens(member)
    if member and all("\u4e00" <= ch <= "\u9fff" for ch in member):
        return tuple(t for t in stems if len(t) == 2)
    return tuple(stems)


class Paraphrases:
    def __init__(self, groups: list[list[tuple[str, ...]]]):
        self.groups = groups
        self._by_stem: dict[str, list[int]] = {}
        for i, group in enumerate(groups):
            for member in group:
                self._by_stem.setdefault(member[0], []).append(i)
        # One-word members and their one-word fellows, read once: the scorer asks for them sentence by sentence.
        self._same: dict[str, frozenset[str]] = {}
        for group in groups:
            single = {m[0] for m in group if len(m) == 1}
            for word in single:
                self._same[word] = self._same.get(word, frozenset()) | (single - {word})

    def same_words(self, term: str) -> frozenset[str]:
        """The one-word members of every group that holds the stem as a one-word member ("worker": employe, staff,
        labourer): the words a release may count the same people or things by."""
        return self._same.get(term, frozenset())

    @classmethod
    def load(cls, path: Path = LIST) -> Paraphrases:
        return cls(read_groups(path.read_text(encoding="utf-8")))

    def aliases(self, text: str, key: tuple[str, ...]) -> dict[str, set[str]]:
        """For each key word of the question that is (part of) a member of a group, the group's other
        members, a member of several words joined by hyphens ("small-and-medium-enterpris": the release must
        hold each of them)."""
        seq = tokens(text)
        wanted = set(key)
        out: dict[str, set[str]] = {}
        for i in sorted({i for stem in seq for i in self._by_stem.get(stem, ())}):
            group = self.groups[i]
            present = [m for m in group if _within(m, seq)]
            for member in present:
                # A question that says it twice ("admitted to hospital") is answered by a release that says it
                # once ("admitted for treatment"): the other members it says stand in, too.
                others = {"-".join(m) for m in group if m != member}
                for stem in member:
                    if stem in wanted and others:
                        out.setdefault(stem, set()).update(others)
        return out


def _within(member: tuple[str, ...], seq: list[str]) -> bool:
    n = len(member)
    return any(tuple(seq[i : i + n]) == member for i in range(len(seq) - n + 1))


_shared: Paraphrases | None = None


def paraphrases() -> Paraphrases:
    """One list for the process (read once)."""
    global _shared
    if _shared is None:
        _shared = Paraphrases.load()
    return _shared
