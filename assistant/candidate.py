"""A candidate sentence of an answer, how candidates are ranked, and how an answer is put together from them.

The answerer (`answer.py`) finds the candidates and decides whether to refuse; this module holds what a
candidate is, the weights of its score, and `pick`, which chooses the sentences an answer quotes. It does not
search, embed or read the question.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from assistant import sentences
from assistant.counts import ANY_PEOPLE, PEOPLE
from assistant.records import Chunk
from assistant.words import covered

MAX_CHARS = 700
CITATION_CHARS = len(" [1]")
# Weights of the sentence score: its own words, its release's words, meaning, kind of answer.
W_LEXICAL, W_RELEASE, W_DENSE, W_KIND, W_RANK = 0.25, 0.35, 0.3, 0.15, 0.05
W_HEAD = 0.1  # chosen on dev (0.05: +1 -1; 0.1: +3 -1; 0.2: +2 -1)
W_FOCUS = 0.1  # chosen on dev: 0.1 fixed four choices and broke none; 0.2 and up broke some
# Runners-up: up to three more sentences of the best release scoring at least 0.6 of the best, within
# MAX_CHARS. Chosen on dev: (1 for facts and 2 for open questions at 0.85/0.8) -> (3 at 0.6) fixed five answers
# whose detail sat in the second to fourth sentence and broke none; median length 328 -> 471 characters.
RUNNERS_UP, RUNNER_UP_BAR = 3, 0.6
# A question word the release says another way (the list, WordNet, the model) counts for less than the word
# itself: chosen on dev (1.0: one more near-miss answered, "Who coaches the team?" by "the delegation"; 0.75:
# no dev answer lost, one fresh answer lost; 0.5: a reworded answer lost too).
ALIAS_CREDIT = 0.75


@dataclass
class Candidate:
    unit: sentences.Unit
    chunk: Chunk
    rank: int
    lexical: float = 0.0
    release: float = 0.0
    fits: bool = True
    score: float = 0.0  # how well it answers: decides refusals
    focus: float = 0.0  # the share of the question's words it holds that are rare within its release
    names_head: bool = False  # it holds the head noun of what is asked ("which *vice governor*")
    footer: bool = False  # "Ends/Friday, May 8", "Issued at HKT 15:06"
    words: frozenset[str] = frozenset()
    contender: bool = True  # among the best by words (answer.DENSE_POOL): may answer, not only join an answer
    before: str = ""  # the sentence before it in its release, which it may lean on

    @property
    def order(self) -> float:
        """Ranking among candidates: the score, plus the words that single this sentence out in its
        release (a question's context words, "Matthew Cheung ... Fujian", are in every sentence of it)."""
        return self.score + W_FOCUS * self.focus + W_HEAD * self.names_head


class Weights(dict[str, float]):
    """Each key word of a question with its weight (idf); `optional`: the words of what the question names as
    already known ("besides flats"), which count only where they are held."""

    optional: frozenset[str] = frozenset()


def coverage(weights: dict[str, float], words: AbstractSet[str], aliases: dict[str, set[str]] | None = None) -> float:
    """The share of the question's key words (each weighted, by its idf) that the words hold; a word held only by
    another way of saying it counts ALIAS_CREDIT of its weight. An optional word (`Weights`) counts only where held."""
    optional: frozenset[str] = getattr(weights, "optional", frozenset())
    total = sum(w for t, w in weights.items() if t not in optional)
    people = bool(words & PEOPLE)  # "people" is said as persons, individuals, residents...; "students" only so
    credit = 0.0
    for t, w in weights.items():
        if covered(t, words) or (people and t in ANY_PEOPLE):
            credit += w
        elif by_alias(t, words, aliases):
            credit += ALIAS_CREDIT * w
        else:
            continue
        if t in optional:
            total += w
    return credit / (total or 1.0)


def holds(term: str, words: AbstractSet[str], aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether the words hold the term, or a word the second look found for it."""
    return covered(term, words) or by_alias(term, words, aliases)


def by_alias(term: str, words: AbstractSet[str], aliases: dict[str, set[str]] | None) -> bool:
    """Whether the words hold a word the second look found for the term."""
    return any(covered(a, words) for a in (aliases or {}).get(term, ()))


def merge_aliases(a: dict[str, set[str]], b: dict[str, set[str]]) -> dict[str, set[str]]:
    return {t: a.get(t, set()) | b.get(t, set()) for t in a.keys() | b.keys()}


def set_focus(weights: dict[str, float], cands: list[Candidate], aliases: dict[str, set[str]]) -> None:
    """Each candidate's share of the question's words, each word weighted by how few sentences of
    the candidate's release hold it (its idf within the release, times its idf in the archive)."""
    by_release: dict[str, list[Candidate]] = {}
    for cand in cands:
        by_release.setdefault(cand.chunk.release_id, []).append(cand)
    for group in by_release.values():
        held = {t: [holds(t, c.words, aliases) for c in group] for t in weights}
        local = {
            t: weights[t] * math.log((len(group) + 1) / (sum(flags) + 0.5)) for t, flags in held.items() if any(flags)
        }
        total = sum(local.values())
        if total <= 0:
            continue
        for i, cand in enumerate(group):
            # A footer's words are its release's (its date): it is as particular to the question as the release.
            cand.focus = 1.0 if cand.footer else sum(w for t, w in local.items() if held[t][i]) / total


def prescore(cand: Candidate) -> float:
    return W_LEXICAL * cand.lexical + W_RELEASE * cand.release + W_KIND * cand.fits + W_RANK / cand.rank


def pick(cands: list[Candidate], key: tuple[str, ...] = ()) -> list[Candidate]:
    """The best sentence first, then close runners-up of the same release in the release's order; never
    past MAX_CHARS. A runner-up that holds a key word the best one lacks comes first ("Which transport
    official ...?": the sentence that names the transport secretary)."""
    best = cands[0]
    chosen = [best]
    size = len(best.unit.text) + CITATION_CHARS
    lacking = {t for t in key if not covered(t, best.words)}
    runners = sorted(cands[1:6], key=lambda c: not any(covered(t, c.words) for t in lacking))
    for cand in runners:
        if len(chosen) > RUNNERS_UP:
            break
        same = cand.chunk.release_id == best.chunk.release_id
        cost = len(cand.unit.text) + CITATION_CHARS
        if same and cand.score >= RUNNER_UP_BAR * best.score and size + cost <= MAX_CHARS:
            chosen.append(cand)
            size += cost
    return [best, *sorted(chosen[1:], key=lambda c: (c.chunk.position, c.unit.line))]
