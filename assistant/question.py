"""What a question asks for: its key words, the kind of answer, a year, "latest", the head noun.

Pure functions over the question text; no index, no model. The text is first rewritten as the parser reads it
(`phrasing.py`); the kind of answer is read in `kinds.py` and the head noun in `focus.py`; whether a sentence
supplies what is asked is checked in `supplies.py` and `counts.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from assistant import focus, supplies
from assistant.kinds import ABOUT_ISSUING, CAME_OUT, KINDS_Q, SPAN_Q, kind_of_answer
from assistant.phrasing import MONTHS, asks, months_named, rewrite
from assistant.words import LETTER_WORDS, SURFACE, given_terms, key_terms, query_terms, stem, token_set, tokens

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_LATEST = re.compile(r"\b(latest|most recent|newest|last|recent)\b|最新|最近", re.I)
COMPOUND_PART = 4  # letters: the shortest part a word is split into ("lock" and "down" of "lockdown")


# Words for an amount of money that the amount itself says ("the value of", "worth"): no sentence need hold them.
_AMOUNT_WORDS = token_set("value values valued worth amount sum")
_UNIT_WORDS = {
    "age": token_set("age ages old"),
    "duration": token_set("duration term sentence"),
    "rainfall": token_set("rainfall rain"),
}  # words a unit check stands for, beyond the unit's name
_RANGE = token_set("range ranges")  # "What is the age range?": "aged 2 to 35" gives it
_SPAN_WORDS = token_set("travel journey waiting wait transit time times")
_SIZE_WORDS = token_set(
    "size sizes amount amounts figure figures count level magnitude scale strength concentration quantity quantities"
)
# "How big was the labour force?", "How high was the temperature?": the measure's adjective says what kind of
# answer is asked (a number), not what the release is about ("3,784,200" answers without "big").
_HOW_MEASURE = re.compile(r"^\s*how\s+(big|large|high|fast|strong|far|close)\b", re.I)
# "What share of pupils ...?", "What proportion of flats ...?": a figure ("over 95 per cent"), the word not needed.
_WHAT_SHARE = re.compile(r"\bwhat\s+(share|proportion)\s+of\b", re.I)
# Phrases that name no topic: "took place" (happened), "so far", "to date".
_NO_TOPIC = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+place\b|\bso far\b|\bto date\b|\bat present\b|\bup to now\b|"
    r"\bas of now\b|"
    # "What are the vouchers called?": the release names them, it need not say "called".
    r"\b(?:called|named|known as)(?=\s*\?*\s*$)|"
    # "Where was the parcel headed?": where to, which the answer's place says.
    r"\b(?:headed|heading|bound|destined)(?:\s+(?:for|to))?(?=\s*\?*\s*$)|"
    # "Over what period did he take bribes?": "between April 2016 and October 2023" says when, without "period".
    r"(?<=\bwhat\s)(?:time\s+)?period\b|(?<=\bwhich\s)(?:time\s+)?period\b|"
    # "What is the state of the close contacts?": "remain asymptomatic" says it, without "state".
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:current\s+|latest\s+)?(?:state|status|condition)\s+of\b",
    re.I,
)
# "... in the Shui Hang case?": a case called by its name; the release need not say "case".
_NAMED_CASE = re.compile(r"(\bthe\s+(?:[\w$,.'&-]+\s+){1,5}?)case(?=\s*\?*\s*$)", re.I)


@dataclass(frozen=True)
class Question:
    text: str
    terms: tuple[str, ...]  # for ranking
    key: tuple[str, ...]  # for deciding whether a release answers it
    kind: str  # number | money | time | date | who | where | name | other
    year: str | None
    months: tuple[int, ...]
    latest: bool
    head: str | None = None  # the head noun of what is asked about: a release that lacks it cannot answer
    topical: bool = False  # "What did they agree on <topic>?": a section of a release may answer it whole
    unit: str | None = None  # a measure with a unit of its own ("temperature": "12 degrees")
    asked: str = ""  # the question as asked (text has its dates spelled out as the releases write them)
    issuing: bool = False  # asks when something was issued, put out, hoisted...: a release's footer may answer
    kinds: bool = False  # asks for kinds of a thing: a sentence that lists things may answer without its name
    core: str | None = None  # the question without the occasion named at its end (`focus.without_occasion`)

    def names_place(self, sentence: str) -> bool:
        """Whether a question for a city, a province or a country ("In which city ...?") meets a sentence that
        names a place the question does not ("... chaired the meeting in Shenzhen today")."""
        return supplies.names_place(self, sentence)

    def lists(self, sentence: str) -> bool:
        """Whether a question about kinds of things meets a sentence that lists things."""
        return supplies.lists(self, sentence)

    def fits(self, sentence: str) -> bool:
        """Whether the sentence supplies the kind of thing asked for (a number, a time, a date, a
        person, a place) beyond what the question itself already says."""
        return supplies.fits(self, sentence)

    def pairs_otherwise(self, sentence: str) -> bool:
        """Whether the sentence pairs Hong Kong with another partner than the question does and names not the
        question's ("Hong Kong and ASEAN will sign the FTA" for a question on the Hong Kong-Australia agreement)."""
        return supplies.pairs_otherwise(self, sentence)

    def names_person(self, sentence: str) -> bool:
        """Whether the sentence names a person (Mr ..., Cheng Tsz-man) that the question does not."""
        return supplies.names_person(self, sentence)

    # What the checks of `supplies` read of the question, worked out once per question.

    @cached_property
    def named_facility(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """For "Which road / station / route ...?", patterns for such a place by its name; None otherwise."""
        return supplies.named_facility(self)

    @cached_property
    def asked_which(self) -> str | None:
        """For "Which hospital ...?" or "the name of the firm", the thing to be named (a stem); None otherwise."""
        return supplies.asked_which(self)

    @cached_property
    def given(self) -> frozenset[str]:
        """The key words of what the question names as already known ("besides flats"): they count where held."""
        return given_terms(self.text) & frozenset(self.key)

    @cached_property
    def written(self) -> dict[str, str]:
        """Each stem of the question's words of three letters or more, with the word as the question writes it
        (lower case): the second look and the word weights look the word itself up."""
        out: dict[str, str] = {}
        for word in SURFACE.findall(self.text.lower()):
            for t in tokens(word):
                out.setdefault(t, word)
        return out

    @cached_property
    def asked_tokens(self) -> frozenset[str]:
        return frozenset(tokens(self.text))

    @cached_property
    def asked_dates(self) -> str:
        """The question in lower case, its dates written month first ("november 18")."""
        return supplies.month_first(self.text.lower())

    @cached_property
    def partners(self) -> set[str]:
        return supplies.counterparts(self.text)

    @cached_property
    def _compounds(self) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """Key words a release may write joined or apart, as (what a text must hold, key words it then holds):
        "crack down" is held by "crackdown" and "best before" by "best-before", and "crackdown" by "crack" and "down"
        (each part of a split four letters or more)."""
        key = set(self.key)
        words = LETTER_WORDS.findall(self.text.lower())
        rules = []
        for a, b in zip(words, words[1:], strict=False):
            parts = {t for t in tokens(a) + tokens(b) if t in key}
            if parts and a.isalpha() and b.isalpha() and (joined := tokens(a + b)):
                rules.append((frozenset(joined), frozenset(parts)))
                # ... or with a hyphen: "best before" is held by "Best-before date: December 4, 2021"
                rules.append((frozenset(tokens(f"{a}-{b}")), frozenset(parts)))
        for word in words:
            if word.isalpha() and (whole := tokens(word)) and whole[0] in key:
                for i in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1):
                    pieces = tokens(word[:i]) + tokens(word[i:])
                    rules.append((frozenset(pieces), frozenset(whole)))
        return tuple(rules)

    def joined(self, words: set[str]) -> set[str]:
        """The words, with each key word they hold written joined or apart ("crackdown" for "crack down")."""
        found = [held for needs, held in self._compounds if needs <= words]
        return words.union(*found) if found else words


def parse_question(text: str) -> Question:
    original, text = text, rewrite(text)
    fragment = not asks(text)
    if fragment:
        # Words with no question in them ("accident and emergency fee after the reform?", "opening date of the
        # museum") ask what the thing is: read as such, the kind of answer is read from the thing named.
        text = f"What is {text}"
    span = bool(SPAN_Q.search(text))  # "the travel time": a duration
    kind, unit = kind_of_answer(text, span)
    year = m.group(1) if (m := _YEAR.search(text)) else None
    months = months_named(text)
    issuing = kind in ("date", "time") and bool(ABOUT_ISSUING.search(text))
    head = focus.head(text)
    if span:  # "takes about five hours" holds neither "travel" nor "time"
        head = None if head in _SPAN_WORDS else head
    if unit and (head in _RANGE or head in _UNIT_WORDS.get(unit, token_set(unit))):
        head = None  # "the age range": "aged 2 to 35"; "At what temperature ...?": "20 to 45 degrees Celsius"
    return Question(
        text=text,
        terms=tuple(query_terms(text)),
        key=tuple(_key_words(text, kind, unit, span, issuing)),
        kind=kind,
        year=year,
        months=months,
        latest=bool(_LATEST.search(text)) and year is None,
        head=head,
        topical=bool(focus.FOCUS_TOPIC.search(text)) or fragment and kind == "other",  # "education co-operation"
        unit=unit,
        asked=original,
        issuing=issuing,
        kinds=bool(KINDS_Q.search(text)),
        core=focus.without_occasion(text),
    )


def _key_words(text: str, kind: str, unit: str | None, span: bool, issuing: bool) -> list[str]:
    """The words a release must hold to answer, less those the kind of answer stands for ("By what percentage
    ...?" is answered by "up 14.6%", "When was it issued?" by a footer)."""
    # "took place", "so far": no word a release need hold
    key = key_terms(_NAMED_CASE.sub(r"\1", _NO_TOPIC.sub("happen", text)))
    if span:  # "takes about five hours" holds neither "travel" nor "time"
        key = [t for t in key if t not in _SPAN_WORDS]
    if unit:
        # The answer's unit stands for the measure's name; the kind check asks for the unit, so no sentence need
        # hold the name.
        key = [t for t in key if t not in _UNIT_WORDS.get(unit, token_set(unit)) | _RANGE]
    elif kind == "money":
        key = [t for t in key if t not in _AMOUNT_WORDS]  # "the value of the drugs": "worth $4.67 million"
    elif kind == "number":
        key = [t for t in key if t not in _SIZE_WORDS]  # "the size of the team": "254 athletes"
    if kind == "number" and (measure := _HOW_MEASURE.match(text) or _WHAT_SHARE.search(text)):
        key = [t for t in key if t not in token_set(measure.group(1))]
    if issuing:
        came_out = {t for m in CAME_OUT.finditer(text) for t in tokens(m.group(0))}
        key = [t for t in key if t not in came_out]
    return key


# A month asked of a year is the one a release dated this near it names without a year ("in December", in a
# January release).
NEAR_MONTHS = 3
_PART_OF_MONTH = tuple(stem(w) for w in ("early", "mid", "late"))


def months_away(year: int, month: int, release_date: str) -> int:
    """How many months the month asked (of the year asked) lies from a release's date ("2019-01-07")."""
    return abs(year * 12 + month - int(release_date[:4]) * 12 - int(release_date[5:7]))


def date_terms(question: Question, release_date: str | None) -> set[str]:
    """The question's date words that the release's own date satisfies (year, month name, day)."""
    if not release_date:
        return set()
    year, month, day = release_date.split("-")
    out = {year, str(int(day))}
    if (
        question.year
        and question.months
        and all(months_away(int(question.year), m, release_date) <= NEAR_MONTHS for m in question.months)
    ):
        out.add(question.year)  # "December 2018" of a January 2019 release that says "in December"
    if question.months and int(month) in question.months:
        out.add(MONTHS[int(month) - 1].rstrip("s"))
        out.add(MONTHS[int(month) - 1])
        # "early December", "mid-July", "late August": the part of the month the release's day falls in.
        out.add(_PART_OF_MONTH[min(int(day) - 1, 29) // 10])
    return out
