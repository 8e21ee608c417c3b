"""What a question asks for: its key words, the kind of answer, a year, "latest", the head noun.

Pure functions over the question text; no index, no model. The text is first rewritten as the parser reads it
(`phrasing.py`); whether a sentence supplies what is asked is checked in `supplies.py` and `counts.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from assistant import supplies
from assistant.counts import UNITS
from assistant.phrasing import AUX, MONTHS, asks, rewrite
from assistant.words import LETTER_WORDS, STOPWORDS, key_terms, query_terms, stem, tokens

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_LATEST = re.compile(r"\b(latest|most recent|newest|last|recent)\b|最新|最近", re.I)
_NUMBER_Q = re.compile(
    r"^\s*(?:(?:by|and|so|roughly|approximately|about|around|exactly|precisely|just|nearly|almost)\s+)*"
    r"how (many|much|far|long|old|big|large|fast|strong|high|close)\b|\bhow many\b|"
    r"\b(what|which) (percentage|share|proportion|rate|number|amount|sum|figure|total|strength|concentration|size|quantity)\b|"
    r"多少|幾|几",
    re.I,
)
_TIME_Q = re.compile(r"\b(what|which) time\b|\bat what hour\b|幾點|几点|時間|时间", re.I)
_DATE_Q = re.compile(
    r"^\s*(when|until when|by when|since when)\b|\b(what|which) (date|day|month|year)\b|^\s*what is\b.*\bdate\?*$|何時|何时|什么时候|甚麼時候|幾時|哪天|日期",
    re.I,
)
_WHAT_IS = r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+"
# "What was Yagi's central pressure?", "What is the lowest temperature?": a measure is a number.
_MEASURE_Q = re.compile(
    _WHAT_IS + r"(?:[\w'’-]+\s+){0,5}?(pressure|temperature|speed|population|"
    r"area|height|length|distance|weight|capacity|duration|rainfall|number|rate|percentage|total|amount|index|quota|age|ages|size|sizes)"
    r"(?:s|es)?\b",
    re.I,
)
# "What percentage ...?", "What temperature should the food reach?": the measure named right after "what".
# "What is the travel time ...?": a time that things take, a duration.
_SPAN_Q = re.compile(
    _WHAT_IS + r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:travel|journey|waiting|flight|train|ride|trip|transit)\s+times?\b",
    re.I,
)
_WHAT_MEASURE_Q = re.compile(
    r"\bwhat\s+(percentage|temperature|pressure|speed|rainfall|height|length|distance|weight|age)\b", re.I
)
# "How long did the visit last?" asks for a duration, "How far from ...?" for a distance ("How long is the
# bridge?" may ask either; "How far did the rate fall?" asks for a change).
_HOW_MEASURE_Q = re.compile(
    rf"^\s*how (?:(long) (?:{AUX}\b(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)|(is|was|are|were)\b)|"
    r"(far)\b(?=.*\b(?:from|away)\b)|(old)\b)",
    re.I,
)
_HOW_MEASURED = {"long": "duration", "far": "distance", "old": "age"}
# Money: "How much did the trip cost?", "What is the fine for ...?": an amount in a currency.
_MONEY_WORDS = r"(?:cost|costs|spend|spent|pay|paid|price|prices|fee|fees|fare|fares|fine|fined|salary|salaries|wage|wages|budget|charge|charged|money|funding|prize|worth|value|values|valued)"
_MONEY_Q = re.compile(
    rf"^\s*how much\b.*\b{_MONEY_WORDS}\b|{_WHAT_IS}(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_MONEY_WORDS}\b|"
    rf"^\s*(?:what|which)\s+(?:[\w'’-]+\s+)?{_MONEY_WORDS}\s+{AUX}\b|"  # "What fare did the MTR charge?"
    rf"^\s*what\s+{AUX}\s+.*\b(?:pay|cost|charge|spend|earn|raise|fetch)\b[^?]*\?*$",  # "What would a household pay?"
    re.I,
)
# "What are the names of ...?", "What is it called?", "What make of firearm?": a proper name.
_NAME_Q = re.compile(
    r"\bnames?\s+of\b|\b(?:their|its|his|her)\s+names?\b|\bcalled\?*$|\b(?:make|brand|model)\s+of\b", re.I
)
_WHO_Q = re.compile(
    rf"^\s*(?:(?:to|with|by|for|from) )?(who|whom|whose)\b|誰|谁|^\s*(?:which|what)\s+(?:(?!{AUX}\b)[\w'’.&-]+\s+){{0,3}}?"
    r"(?:secretary|minister|official|officer|"
    r"governor|mayor|chairman|chairwoman|chairperson|director|president|controller|spokesman|spokeswoman|legislator|"
    r"councillor|commissioner|judge|magistrate|athlete|player|coach|ambassador|envoy|consul|executive)s?\b",
    re.I,
)
_WHERE_Q = re.compile(r"^\s*where\b|哪裏|哪里|何處|何处", re.I)
# Verbs that only say something came out: the footer says when, and no sentence need hold the verb.
_CAME_OUT_VERBS = r"issu\w*|dispatch\w*|put out|sen[dt] out|publish\w*|posted|broadcast\w*"
_CAME_OUT = re.compile(rf"\b(?:{_CAME_OUT_VERBS})\b", re.I)
# A question about when something was issued (a release's footer answers only that, not "when was it held").
_ABOUT_ISSUING = re.compile(
    rf"\b(?:{_CAME_OUT_VERBS}|releas\w*|announc\w*|hoist\w*|cancel\w*|lower\w*|raised|in force)\b"
    r"|發出|发出|發布|发布|公布",
    re.I,
)
# "What kinds of premises ...?" asks for a list of things; a release may name them under a word of its own
# ("target locations including restaurants, guesthouses and retail stores").
_KINDS_Q = re.compile(r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|categories)\s+of\b", re.I)
COMPOUND_PART = 4  # letters: the shortest part a word is split into ("lock" and "down" of "lockdown")


def _stems(words: str) -> frozenset[str]:
    return frozenset(t for w in words.split() for t in tokens(w))  # as the question's tokens ("one" -> "1")


# What a question asks about: "Which <vice governor> did ...", "How many <medals> did ...",
# "What did they agree on <aviation>?"; "Who <chairs> ..." names a verb, not a thing.
_FOCUS_WHAT = re.compile(
    rf"^\s*(?:(?:in|on|at|for|from|to|by|with|under|of)\s+)?(?:what|which)\s+(?!{AUX}\b)"
    rf"((?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+)\s+{AUX}\b",
    re.I,
)
_FOCUS_HOW_MANY = re.compile(rf"\bhow many\s+((?:[\w-]+\s+){{0,3}}?[\w-]+)\s+{AUX}\b", re.I)
_FOCUS_TOPIC = re.compile(
    r"\b(?:agree|agreed|co-operate|cooperate|collaborate|work together|do together|plan|plans|say|said)\s+"
    r"(?:on|in|about|over|regarding)\s+((?:[\w&'-]+\s+){0,3}?[\w&'-]+)\s*(?:\b(?:at|in|on|during|for|with|by)\b.*)?\?*$",
    re.I,
)
# "What was Yagi's central pressure?", "What is the name of the organisation that ...?"
_FOCUS_IS = re.compile(
    _WHAT_IS + r"((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s*"
    r"(?:\b(?:that|which|who|whom|when|where|for|in|at|on|during|by|from|to|with|under|after|before|about|since)\b.*)?\?*$",
    re.I,
)
_FOCUS_WHO = re.compile(rf"^\s*who\s+(?!{AUX}\b)([a-z][a-z-]*)\b", re.I)
_QUANTIFIER = re.compile(r"\s(?:a|an|per|each|every)\s.*$")  # "flights a week": the week is not the topic
# Words that narrow a question without naming its topic ("what *else*", "which *one* of the airports").
_GENERIC = _stems(
    """else exactly precisely specific specifically particular main major key new other others
    following one ones two three four five more further additional different various certain actual"""
)
# Nouns that name the kind of value asked for, not the topic ("what *strength* of handrub", "which *type*").
_ATTRIBUTES = _stems(
    """date time day days month year years hour number numbers amount amounts total share shares
    percentage percentages proportion rate rates level levels size kind kinds type types sort sorts subtype
    subtypes strength make brand model name names event events figure figures value sum price cost way ways
    people persons age ages concentration"""
)
# Words for an amount of money that the amount itself says ("the value of", "worth"): no sentence need hold them.
_AMOUNT_WORDS = _stems("value values valued worth amount sum")
_UNIT_WORDS = {"age": _stems("age ages old")}  # words a unit check stands for, beyond the unit's name
_SPAN_WORDS = _stems("travel journey waiting wait transit time times")
_SIZE_WORDS = _stems(
    "size sizes amount amounts figure figures count level magnitude scale strength concentration quantity quantities"
)
# Phrases that name no topic: "took place" (happened), "so far", "to date".
_NO_TOPIC = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+place\b|\bso far\b|\bto date\b|\bat present\b|\bup to now\b|"
    r"\bas of now\b|"
    # "What are the vouchers called?": the release names them, it need not say "called".
    r"\b(?:called|named|known as)(?=\s*\?*\s*$)",
    re.I,
)
_TWO_ASKED = re.compile(
    r"\s*(?:who|what|when|where|why|how|which)\s+and\s+(?:who|what|when|where|why|how|which)\b", re.I
)


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
        "crack down" is held by "crackdown", and "crackdown" by "crack" and "down" (each part of a split four
        letters or more)."""
        key = set(self.key)
        words = LETTER_WORDS.findall(self.text.lower())
        rules = []
        for a, b in zip(words, words[1:], strict=False):
            parts = {t for t in tokens(a) + tokens(b) if t in key}
            if parts and a.isalpha() and b.isalpha() and (joined := tokens(a + b)):
                rules.append((frozenset(joined), frozenset(parts)))
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
    span = bool(_SPAN_Q.search(text))  # "the travel time": a duration
    kind, unit = _kind_of_answer(text, span)
    year = m.group(1) if (m := _YEAR.search(text)) else None
    lowered = text.lower()
    months = tuple(i + 1 for i, name in enumerate(MONTHS) if re.search(rf"\b{name}\b", lowered))
    issuing = kind in ("date", "time") and bool(_ABOUT_ISSUING.search(text))
    head = _head(text)
    if span:  # "takes about five hours" holds neither "travel" nor "time"
        head = None if head in _SPAN_WORDS else head
    return Question(
        text=text,
        terms=tuple(query_terms(text)),
        key=tuple(_key_words(text, kind, unit, span, issuing)),
        kind=kind,
        year=year,
        months=months,
        latest=bool(_LATEST.search(text)) and year is None,
        head=head,
        topical=bool(_FOCUS_TOPIC.search(text)) or fragment and kind == "other",  # "education co-operation"
        unit=unit,
        asked=original,
        issuing=issuing,
        kinds=bool(_KINDS_Q.search(text)),
    )


def _kind_of_answer(text: str, span: bool) -> tuple[str, str | None]:
    """The kind of answer asked for (number, money, time, date, who, where, name, other) and, for a measure,
    its unit ("temperature", "duration", ...)."""
    if _TWO_ASKED.match(text):
        return "other", None  # "When and where ...?": a sentence giving either is part of the answer
    if _TIME_Q.search(text):
        return "time", None
    if _MONEY_Q.search(text):
        return "money", None
    if span:
        return "number", "duration"
    if (measure := _MEASURE_Q.search(text) or _WHAT_MEASURE_Q.search(text)) or _NUMBER_Q.search(text):
        if measure and measure.group(1).lower() in UNITS:
            return "number", measure.group(1).lower()
        if how := _HOW_MEASURE_Q.search(text):
            # "How long was the trip / the bridge?": a duration or a length.
            return "number", (
                "extent" if how.group(2) else _HOW_MEASURED[(how.group(1) or how.group(3) or how.group(4)).lower()]
            )
        return "number", None
    for kind, pattern in (("date", _DATE_Q), ("who", _WHO_Q), ("where", _WHERE_Q), ("name", _NAME_Q)):
        if pattern.search(text):
            return kind, None
    return "other", None


def _key_words(text: str, kind: str, unit: str | None, span: bool, issuing: bool) -> list[str]:
    """The words a release must hold to answer, less those the kind of answer stands for ("By what percentage
    ...?" is answered by "up 14.6%", "When was it issued?" by a footer)."""
    key = key_terms(_NO_TOPIC.sub("happen", text))  # "took place", "so far": no word a release need hold
    if span:  # "takes about five hours" holds neither "travel" nor "time"
        key = [t for t in key if t not in _SPAN_WORDS]
    if unit:
        # The answer's unit stands for the measure's name; the kind check asks for the unit, so no sentence need
        # hold the name.
        key = [t for t in key if t not in _UNIT_WORDS.get(unit, _stems(unit))]
    elif kind == "money":
        key = [t for t in key if t not in _AMOUNT_WORDS]  # "the value of the drugs": "worth $4.67 million"
    elif kind == "number":
        key = [t for t in key if t not in _SIZE_WORDS]  # "the size of the team": "254 athletes"
    if issuing:
        came_out = {t for m in _CAME_OUT.finditer(text) for t in tokens(m.group(0))}
        key = [t for t in key if t not in came_out]
    return key


def _head(text: str) -> str | None:
    """The head noun of what the question asks about (None when unsure, or for "who <verb>")."""
    if _FOCUS_WHO.search(text):
        return None  # a verb ("who chairs"), too often paraphrased to decide a refusal
    for pattern in (_FOCUS_WHAT, _FOCUS_HOW_MANY, _FOCUS_TOPIC, _FOCUS_IS):
        if m := pattern.search(text):
            phrase = _QUANTIFIER.sub("", f" {m.group(1).lower()}").strip()
            if pattern is _FOCUS_IS:
                if (
                    not re.match(r"the |\S+['’]s? |.* \S+['’]s? ", phrase)
                    or re.search(r"(?:ed|called)$", phrase)
                    or re.search(rf"\b{AUX}\b", phrase)
                ):
                    return None  # only "the X (of Y)" or "Z's X"; "What is it called?" names a verb
                phrase = re.sub(r"\b\w+ed\b", " ", phrase)  # "the banks involved": not the participle
            # "share of influenza detections": an attribute's "of" names the topic; otherwise the head is before "of".
            before, _, after = phrase.partition(" of ")
            words = [w for w in tokens(before) if w not in STOPWORDS and w not in _GENERIC]
            if after and (not words or all(w in _ATTRIBUTES for w in words)):
                words = [w for w in tokens(after) if w not in STOPWORDS and w not in _GENERIC]
            topic = [w for w in words if w not in _ATTRIBUTES and not w.isdigit()]
            return topic[-1] if topic and topic[-1].isalpha() else None
    return None


_PART_OF_MONTH = tuple(stem(w) for w in ("early", "mid", "late"))


def date_terms(question: Question, release_date: str | None) -> set[str]:
    """The question's date words that the release's own date satisfies (year, month name, day)."""
    if not release_date:
        return set()
    year, month, day = release_date.split("-")
    out = {year, str(int(day))}
    if question.months and int(month) in question.months:
        out.add(MONTHS[int(month) - 1].rstrip("s"))
        out.add(MONTHS[int(month) - 1])
        # "early December", "mid-July", "late August": the part of the month the release's day falls in.
        out.add(_PART_OF_MONTH[min(int(day) - 1, 29) // 10])
    return out
