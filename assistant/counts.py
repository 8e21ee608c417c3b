"""Whether a sentence gives the count or the amount a question asks for.

"How many people were arrested?" wants a number next to the people counted ("33 workers"), not a telephone
number, a year or a number inside a name ("Primary One"); "What is the lowest temperature?" wants one in its unit
("12 degrees"). A check over the text of one sentence: it does not rank sentences or decide refusals.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from assistant.paraphrase import paraphrases
from assistant.phrasing import AUX, MONTH, MONTHS, WEEKDAY
from assistant.words import LETTER_WORDS, STOPWORDS, covered, stem, tokens

if TYPE_CHECKING:
    from assistant.question import Question

# The unit a measure is given in: "the lowest temperature" is answered by "12 degrees", not by "January 3".
_LENGTH = r"(?:kilo|centi|milli)?met(?:re|er)s?|km|m|feet|foot|ft|miles?"
UNITS = {
    "temperature": r"degrees?|°C?|℃",
    "pressure": r"hectopascals?|hPa|millibars?",
    "speed": r"(?:km|kilomet(?:re|er)s?|miles?)\s*(?:/|per|an)\s*(?:h|hr|hour)|knots?|met(?:re|er)s? per second|m/s",
    "rainfall": r"mm|millimet(?:re|er)s?",
    "height": _LENGTH,
    "length": _LENGTH,
    "distance": _LENGTH,
    "weight": r"(?:kilo)?grams?|kg|g|tonnes?|tons?|pounds?|lbs?|catties",
    "area": r"hectares?|(?:square|sq\.?)\s*(?:met(?:re|er)s?|m|feet|ft|kilomet(?:re|er)s?|km)|m2|m²|km2|km²|acres?",
    "duration": r"decades?|years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?",
    "percentage": r"%|per\s?cent",
    "age": r"(?:years?|months?)[\s-]+old|years? of age",  # "an 11-month-old girl"
}
UNITS["extent"] = f"{UNITS['duration']}|{_LENGTH}"
# The numbers written in words ("Seventeen beaches were rated as good").
_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_COUNT = rf"(?:\d[\d,.]*|\b(?:{_NUMBER_WORD}|several|a few|a couple of))"
# "a 22-year-old man" gives an age, not a duration ("How long did he stay in hospital?").
_NOT_AGE = {measure: "" if measure == "age" else r"(?![\s-]+old\b)" for measure in UNITS}
_IN_UNIT = {
    measure: re.compile(rf"{_COUNT}[\s-]*(?:{unit})(?!\w){_NOT_AGE[measure]}", re.I) for measure, unit in UNITS.items()
}
# "aged 27 to 64"; "Wammy Ngan and Jiang Jiaxin, both 55, face two charges": an age set off by commas; "Tsang
# Tak-keung (57)": in brackets after a name.
_AGED = re.compile(
    r"\baged\s+(?:about\s+|between\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
    r",\s*(?:both|all|each)?\s*\d{1,2}(?:\s+and\s+\d{1,2})?\s*,|"
    r"\b[A-Z][a-z]+(?:-[a-z]+)?\s+\(\d{2}\)",
    re.I,
)
# "How long has ASEAN been a partner?": "for a decade", "over the past year" (a span with no figure in it).
_A_SPAN = re.compile(
    r"\b(?:for|over|in|within|nearly|almost|about|more than)\s+(?:a|an|the past|the last)\s+"
    r"(?:decade|year|month|week|day|century|fortnight)\b",
    re.I,
)
_UNTIL = re.compile(
    r"\b(?:until|till|up to|through)\s+(?:(?:at least|about|around|noon|midnight|the end of|mid-)\s*)*(?:\d|"
    rf"(?:{MONTH}|{WEEKDAY}|noon|midnight|tomorrow|"
    r"tonight)\b)",
    re.I,
)
# "How long will the street be closed?": "from 8am to 6pm", "between 1pm and 3pm" (a span of the clock).
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon\b|midnight\b)"
_CLOCK_SPAN = re.compile(rf"\b(?:from|between)\s+{_CLOCK}\s*(?:to|and|until|till|-|–)\s+{_CLOCK}", re.I)
_AMOUNT = re.compile(
    # not an ordinal: "the 30th anniversary" is no amount; not a figure inside a code ("H5N1", "A(H3N2)")
    r"(?:[$£€]|(?<![A-Za-z]))\d[\d,.]*(?![\d,.]|(?:st|nd|rd|th)\b)(?:\s*(?:per cent|%|million|billion|trillion))?|"
    rf"\b(?:{_NUMBER_WORD}|thousand|million|dozen)s?\b",
    re.I,
)
_TALLY = re.compile(
    r"\b(?:total|tally|number)\s+(?:number\s+)?(?:(?:to|at|is|was|of|reached|rose to|stands at|stood at)\s+)?$", re.I
)
_TALLY_END = re.compile(r"\s*(?:[(.,;]|$|so far\b|in total\b|this year\b)", re.I)
# A telephone number ("Infoline (2833 0111)", "Dial-a-Weather (1878 200)", "Tel: 1823") is no count: Hong Kong
# groups a count's thousands by three ("500 000"), never after four figures.
_PHONE = re.compile(r"\b\d{4}\s\d{3,4}\b|\b(?:tel|hotline|fax|call)\b\W{0,3}\d[\d ]{2,}\d", re.I)
_POPULATION = re.compile(r"\bpopulation\s+(?:of\s+)?(?:(?:up to|about|around|some|over|nearly|almost)\s+)?$", re.I)
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_RATE = re.compile(r"\brates?\b", re.I)
# A day of a month is no amount: "(September 9)", "on 9 September".
_DAY_OF_MONTH = re.compile(rf"\b(?:{MONTH})\s*$", re.I)
_MONTH_AFTER = re.compile(rf"\s*(?:{MONTH})\b", re.I)
_HOW_MUCH = re.compile(r"\s*how much\b", re.I)
_HOW_MANY_TIMES = re.compile(r"\bhow many times\b", re.I)
# "was issued twice", "there had been 14 such occasions": how many times.
_TIMES_OVER = re.compile(
    rf"\b(?:once|twice|thrice)\b|(?:\d[\d,]*|\b(?:{_NUMBER_WORD}))\s+(?:such\s+|other\s+|previous\s+)?occasions\b", re.I
)
_NTH_TIME = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+time\b", re.I
)
_HOW_MUCH_OF = re.compile(rf"\s*how much\s+(?!{AUX}\b)((?:[\w-]+\s+){{0,2}}?[\w-]+)\s+{AUX}\b", re.I)
_CHANGE_VERBS = (
    r"rise|rose|risen|increase|increased|fall|fell|fallen|drop|dropped|grow|grew|grown|decline|declined|decrease|"
    r"decreased|go up|go down|went up|went down|climb|climbed|change|changed|jump|jumped|surge|surged"
)
# "How much did import prices rise?": a change, most often in per cent, of the thing named before the verb.
CHANGE_Q = re.compile(
    rf"^\s*(?:by\s+)?how much\s+{AUX}\s+((?:[\w'’-]+,?\s+){{0,5}}?[\w'’-]+)\s+(?:{_CHANGE_VERBS})\b", re.I
)
# A change asked for ("How much was the rate cut?", "By how much did it rise?"), and one given ("rose by 0.1").
_CHANGE_ASKED = re.compile(
    rf"\bhow (?:much|far)\b|\bby how\b|\bwhat\s+(?:{AUX})\s+the\s+(?:change|increase|decrease|rise|fall|cut)\b|"
    rf"\bhow\s+(?:{AUX})\s+.*\b(?:change|changed|compare|compared|move|moved)\b|"
    rf"\b(?:did|does|do|will|has|have|had)\s+.*\b(?:{_CHANGE_VERBS})\b",
    re.I,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|a\s+further\s+)?$", re.I)
# ... or a figure that is a change or an offset: "a 50 basis points cut", "150 basis points above the rate"
_CHANGE_AFTER = re.compile(
    r"[\s-]*(?:basis[\s-]+points?|percentage[\s-]+points?)?\s*(?:cut|cuts|rise|rises|increase|increases|reduction|hike|"
    r"drop|fall|above|below|higher|lower)\b",
    re.I,
)
_ANY_KIND = frozenset({"overall", "total", "averag", "general"})  # say which of the thing: none
_LARGE = re.compile(r"hundred|thousand|million|billion|trillion|dozen", re.I)
_NTH_OF = re.compile(
    r"\b(?:is|was|marks|marked|becomes|became|for)\s+the\s+(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)\s+((?:[\w&-]+\s+){0,2}[\w&-]+)",
    re.I,
)
_NUMBER_OF = re.compile(r"\b(?:number|total|count|tally) of ((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
# What is counted: "how many X" (not "how many of the X were Y"), "what (is the) number of X".
_DESIGNATION = re.compile(r"\bNo\.\s*\d+\s+")  # "No. 3 alarm fires", "No. 8 signals": which kind, not a count
_COUNTED = re.compile(
    rf"\b(?:how many\s+(?!of\b|{AUX}\b)|(?:what|which)\s+(?:(?:is|was|are|were)\s+(?:the\s+)?)?(?:total\s+)?number\s+of\s+)"
    # "how many Legionnaires' cases": a possessive is part of it; "how many bonuses did Daniel Wu get": an
    # auxiliary ends it
    rf"((?:(?!{AUX}\b)[\w&-]+(?:['’]s?)?\s+){{0,2}}(?!{AUX}\b)[\w&-]+)",
    re.I,
)
HUMAN_NOUNS = """people persons individuals men women suspects arrestees members participants visitors officers
    employees workers students athletes residents passengers patients children adults staff officials guests males
    females""".split()  # noqa: SIM905
PEOPLE = frozenset(stem(w) for w in HUMAN_NOUNS)
_ANYONE = frozenset(stem(w) for w in ["people", "persons", "individuals", "men", "women"])  # no role of their own
# Words for people that any word for people may say ("people": "22 residents"); a role ("students") is said only so.
# "Which official?": a person named; "residents": the public.
ANY_PEOPLE = _ANYONE | {stem("males"), stem("females"), stem("officials"), stem("residents")}
# Roles that "how many people" also counts ("1,202,000 registered electors have cast their votes"); unlike PEOPLE,
# they never stand for one another in a sentence's words.
_ROLES = frozenset(
    stem(w)
    for w in """electors voters entrants applicants candidates spectators attendees tourists travellers victims
    volunteers customers pupils citizens inmates prisoners drivers teachers""".split()  # noqa: SIM905
)


# "How many places were raided?": "30 target locations", "12 premises".
_PLACES = frozenset(stem(w) for w in ["places", "locations", "premises", "venues", "spots"])

# Visitors are counted as their arrivals or visits: "visitor arrivals amounted to 3.92 million".
_TRAVELLERS = frozenset(stem(w) for w in ["visitors", "tourists", "travellers", "passengers"])
_JOURNEYS = frozenset(stem(w) for w in ["arrivals", "visits", "trips"])


def _counts_as(word: str, wanted: AbstractSet[str]) -> bool:
    """Whether a word next to a number names the thing counted: the same word or a form of it, but not its
    doer ("35 Members attended the visit" counts no visitors)."""
    return word in wanted or covered(word, wanted) and not any(_doer_of(word, w) or _doer_of(w, word) for w in wanted)


def _doer_of(longer: str, shorter: str) -> bool:
    return longer.startswith(shorter) and longer[len(shorter) :] in _DOER


_DOER = frozenset({"or", "ors", "er", "ers"})
_AUXILIARY = frozenset(
    stem(w) for w in ["has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must"]
)  # not "were": "13 persons were overstaying former FDHs" counts the FDHs
_NAME_BEFORE = re.compile(r"(?<=[\w,;:(] )([A-Z][a-z]+) $")  # a capitalised word, not the sentence's first
_MONTH_WORDS = frozenset(MONTHS) | {"no", "nos"}
_BODIES = frozenset(
    "government council department bureau committee commission secretariat police court authority board".split()  # noqa: SIM905
)
_LABEL_FIRST = re.compile(r"\s*([A-Z][a-z]+) ")
_ABOUT = frozenset(
    """nearly around approximately roughly almost another less fewer total altogether exactly precisely since overall
    combined""".split()  # noqa: SIM905
)
_AMOUNTED = re.compile(
    r"\b(?:amounted to|amounting to|reached|reaching|totalled|totaled|totalling|numbered|accounted for|stood at|"
    r"rose to|increased to|grew to|fell to|dropped to|decreased to|went down to|went up to)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more than|roughly|approximately)\s+)?$",
    re.I,
)
# A name and its short form between a count and the thing counted.
_NAME_THEN_SHORT = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on|against|Against)\s+)?)+\([A-Z][A-Za-z]*\)\s*")
_CLAUSE = re.compile(r"[,;:]\s|\bwhile\b|\bwhereas\b")
_EXAMPLES = re.compile(r"[,;:(]|\b(?:including|such as|among them|of which)\b", re.I)


# "None required hospitalisation", "No casualties were reported": a count of nought.
_NONE = re.compile(
    r"\b(?:none|nobody|no one)\b|\bno\s+(?:(?:other|new|further|more|additional|local|imported)\s+)?"
    r"(?:cases?|deaths?|injur\w*|casualt\w*|people|persons?|patients?|fatalit\w*)\b",
    re.I,
)


# "What share of passengers ...?": a part of the whole ("about 82%", "half", "one in five"), not a count.
_SHARE_Q = re.compile(r"\bwhat\s+(?:share|proportion|fraction)\s+of\b", re.I)
_A_SHARE = re.compile(
    r"%|\bper\s?cent\b|\bhalf\b|\bone in\s+\w+|\b(?:thirds?|quarters?|fifths?|tenths?)\b|\bmajority\b|\bproportion\b",
    re.I,
)


def counts(question: Question, sentence: str) -> bool:
    """A number not in the question; in the unit of a measure; for "how much", an amount (of the thing named);
    for "how many X", one next to X (or next to people)."""
    if _SHARE_Q.search(question.text) and not _A_SHARE.search(sentence):
        return False
    asked = question.text.lower()
    if question.unit in ("duration", "extent") and _A_SPAN.search(sentence):
        return True
    if _HOW_MANY_TIMES.search(question.text) and (_NTH_TIME.search(sentence) or _TIMES_OVER.search(sentence)):
        return True  # "How many times had they met?": "for the fourth time"; "was issued twice"
    noun = _counted(question.text)
    if noun and _tallied(noun, sentence):
        return True
    if noun and _NONE.search(sentence):
        return True  # "How many were hospitalised?": "None required hospitalisation" counts nought
    numbers = _new_numbers(question, sentence)
    if not numbers:
        return False
    if question.unit == "age" and _AGED.search(sentence):
        return True
    if question.unit in ("duration", "extent") and (_UNTIL.search(sentence) or _CLOCK_SPAN.search(sentence)):
        return True  # "How long will the signal stay?": "until at least 6 a.m."
    if question.unit and (measured := _MEASURED.search(question.text)) and _another_kind(measured.group(0), sentence):
        return False  # "the highest temperature" is not "the mean temperature"
    if question.unit:
        # "the National 13th Five-Year Plan": a capitalised measure inside a sentence is part of a name.
        named = not sentence.isupper()
        return any(
            not said_in(m.group(0), asked) and not (named and m.start() > 0 and m.group(0)[0].isupper())
            for m in _IN_UNIT[question.unit].finditer(sentence)
        )
    if _HOW_MUCH.match(question.text):
        return _amounts(question, sentence, numbers)
    if noun:
        return _counts_of(noun, sentence, numbers)
    if _RATE.search(question.text):
        # "What was the jobless rate?": a figure ("3.9%"), not "the preceding three-month period" or a year; nor,
        # asked for the rate itself, only its change ("adjusted downward by 50 basis points")
        level = not _CHANGE_ASKED.search(question.text)
        return any(
            any(c.isdigit() for c in m.group(0))
            and not _YEAR_ALONE.fullmatch(m.group(0).rstrip(",."))
            and not _day_of_month(sentence, m)
            and not (level and (_BY_BEFORE.search(sentence[: m.start()]) or _CHANGE_AFTER.match(sentence[m.end() :])))
            for m in numbers
        )
    return True


_AUX_WORD = re.compile(AUX, re.I)


def _counted(text: str) -> str | None:
    """What "how many" counts, as the question writes it: "typhoons" of "How many typhoons affected Hong Kong?"
    (a participle followed by a name or a little word starts what was done to them)."""
    text = _DESIGNATION.sub("", text)  # "How many No. 3 alarm fires": alarm fires
    if not (m := _COUNTED.search(text)):
        return None
    words = m.group(1).split()
    rest = text[m.end(1) :].split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        # "How many Locally Felt Earth Tremor Reports ...?": a name counts by its last word, however long
        while rest and rest[0][:1].isupper() and rest[0].strip("?,.").isalpha():
            words.append(rest.pop(0).strip("?,."))
        return " ".join(words)
    # With no auxiliary after the thing counted, a past tense after it is the question's verb: "How many people
    # visited museums ...?" counts people (not "locally acquired cases", whose past tense follows an adverb).
    verb_next = not any(_AUX_WORD.fullmatch(w.strip("?,.")) for w in words + rest)
    for i, word in enumerate(words[1:], start=1):
        after = words[i + 1] if i + 1 < len(words) else (rest[0] if rest else "")
        if word.endswith("ed") and (
            not after
            or after[0].isupper()
            or after.lower() in STOPWORDS
            or (verb_next and not words[i - 1].endswith("ly"))
        ):
            return " ".join(words[:i])
    return m.group(1)


def said_in(figure: str, asked: str) -> bool:
    """Whether the question (in lower case) gives the figure as a word of its own: "one" is not in "cyclones"."""
    return re.search(rf"(?<![\w$.,]){re.escape(figure.lower())}(?!\w|[.,]\d)", asked) is not None


def gives_age(sentence: str) -> bool:
    """Whether the sentence gives someone's age ("a 76-year-old man", "aged 40 and 23", "Cheung Chun-kit (66)")."""
    return bool(_IN_UNIT["age"].search(sentence) or _AGED.search(sentence))


def age_starts(sentence: str) -> list[int]:
    """Where each age the sentence gives starts (as `gives_age` finds them)."""
    return [m.start() for pattern in (_IN_UNIT["age"], _AGED) for m in pattern.finditer(sentence)]


def _new_numbers(question: Question, sentence: str) -> list[re.Match]:
    """The sentence's numbers that the question does not give, less numbers inside names and telephone
    numbers."""
    asked = question.text.lower()
    bulletin = sentence.isupper()  # a bulletin in capitals capitalises every count

    def in_name(m: re.Match) -> bool:
        # A number word capitalised inside a sentence is part of a name, not a count ("Secondary Three to
        # Five students", "Primary One", "the Three Gorges"); so is a figure after a capitalised word that
        # does not open the sentence ("Primary 4 to Secondary 2 students", "Route 751").
        word = m.group(0)
        if bulletin or m.start() == 0:
            return False
        if word.isalpha():
            return word[0].isupper()
        before = _NAME_BEFORE.search(sentence[: m.start()])
        if before is None and (first := _LABEL_FIRST.fullmatch(sentence[: m.start()])):
            # "Grade 1 beaches are:", "Phase 2 will start ...": a figure after the capitalised noun that opens the
            # sentence names a grade or a phase ("Nearly 300 people", "Some 20 beaches" count).
            word = first.group(1).lower()
            return word not in STOPWORDS and word not in _ABOUT and word not in _MONTH_WORDS
        if before is not None and before.group(1).lower() in _BODIES and sentence[: before.start()].endswith("the "):
            return False  # "ask the Government 22 questions": a body named by its common noun, then a count
        return before is not None and before.group(1).lower() not in _MONTH_WORDS

    # A count ("how many people") is no telephone number; "What number should people call?" asks for one.
    phones = [m.span() for m in _PHONE.finditer(sentence)] if _COUNTED.search(question.text) else []
    return [
        m
        for m in _AMOUNT.finditer(sentence)
        if not said_in(m.group(0), asked) and not in_name(m) and not any(a <= m.start() < b for a, b in phones)
    ]


_FINE_WORDS = frozenset(stem(w) for w in ("fine", "fines", "penalty", "penalties"))
# An amount that is a fine: "fined $10,000", "fined $40,000 and $24,500", "a fine of $5,000".
_FINED = re.compile(
    r"\b(?:fined|(?:fines?|penalt(?:y|ies))\s+of)\s+(?:(?:a\s+total\s+of|about|around|up\s+to)\s+)?"
    r"(?:\$?[\d,.]+\s*(?:million|billion)?\s*(?:and|,)\s*)*$",
    re.I,
)


def _thing_words(thing: re.Match) -> list[str]:
    """The words of the thing a "how much" question names, as it writes them, little words left out."""
    return [w for w in re.findall(r"[A-Za-z][A-Za-z-]+", thing.group(1)) if w.lower() not in STOPWORDS]


def not_fines(question: Question, sentence: str, amounts: list[re.Match]) -> list[re.Match]:
    """The amounts that may be of the thing a "how much" question names: for "How much in wages was owed?", not
    the fine of "was fined $10,000 for failing to pay wages"."""
    if not (thing := _HOW_MUCH_OF.match(question.text)):
        return amounts
    written = _thing_words(thing)
    if not written or stem(written[-1].lower()) in _FINE_WORDS:
        return amounts
    return [m for m in amounts if not _FINED.search(sentence[max(0, m.start() - 40) : m.start()])]


def _amounts(question: Question, sentence: str, numbers: list[re.Match]) -> bool:
    """For "how much": an amount in figures or a large number ("12,800 tonnes", "2 million"), not a year; "the
    two cities" is no answer to "How much trade did the two cities do?"."""
    numbers = [
        m
        for m in numbers
        if (any(c.isdigit() for c in m.group(0)) or _LARGE.search(m.group(0)))
        and not _YEAR_ALONE.fullmatch(m.group(0).rstrip(",."))
        and not _day_of_month(sentence, m)
    ]
    # "How much petrol was seized?", "How much did hotel prices rise?": the amount is of the thing named, so the
    # sentence names it.
    if numbers and (thing := _HOW_MUCH_OF.match(question.text) or CHANGE_Q.match(question.text)):
        said = {stem(w) for w in LETTER_WORDS.findall(sentence.lower())}
        written = _thing_words(thing)
        if not written or stem(written[-1].lower()) not in said:
            return False
        if not (numbers := not_fines(question, sentence, numbers)):
            return False
        # "How much did housing prices rise?": prices of housing, not "Overall consumer prices rose 1.4%"; a name
        # ("UK-Hong Kong trade") may be the release's subject, said once ("bilateral trade continued to grow").
        kinds = {stem(w) for w in written[:-1] if w.islower()} - _ANY_KIND
        return not kinds or bool(kinds & said)
    return bool(numbers)


_PREPOSITION_AFTER = re.compile(
    r"\s(?:for|to|with|by|from|at|on|in|into|under|during|after|before|against|through|towards?)\s", re.I
)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)", re.I)


def _a_share(sentence: str, m: re.Match) -> bool:
    return bool(_PERCENT_AFTER.match(sentence[m.end() :]) or re.search(r"(?:%|per cent)$", m.group(0), re.I))


def _counts_of(noun: str, sentence: str, numbers: list[re.Match]) -> bool:
    """For "how many X": a number next to X, a running total or a population of people, or "the number of X ...
    to 17"."""
    if _another_kind_counted(noun, sentence):
        return False
    words = noun.split()
    if len(words) > 2 and all(w[:1].isupper() for w in words):
        # A name counts only as the whole name: "160 Strong Earthquake Reports" are no Locally Felt Earth Tremor
        # Reports, nor is "magnitude 6 or above and Locally Felt ...".
        name = [stem(w) for w in LETTER_WORDS.findall(noun.lower())]
        return any(
            [stem(w) for w in LETTER_WORDS.findall(sentence[m.end() :].lower())][: len(name)] == name for m in numbers
        )
    wanted = _stems(noun)
    # "How many workers ...?": "seven employees" (the hand-written groups of words for the same thing)
    wanted |= {w for t in wanted for w in paraphrases().same_words(t)}
    if wanted & _ANYONE:
        wanted |= PEOPLE | _ROLES  # "how many people": any of them counts ("33 workers", "22 individuals")
    elif wanted & PEOPLE:
        wanted |= _ANYONE  # "how many visitors": "500 people" may be the visitors, "35 Members" are not
    elif wanted & _PLACES:
        wanted |= _PLACES
    # "3.4 million visits", "10,940,371 arrivals": visitors counted as they come, next to the count or before it
    # ("Arrivals from Southeast Asia rose to 250,000"); "35 Members attended the visit" counts no visitors.
    journeys = _JOURNEYS if wanted & _TRAVELLERS else frozenset()
    counted_before = wanted | journeys
    # "(March 3) appealed to members" counts none; "32 percent of the mainland visitors" is a share, not a count
    numbers = [m for m in numbers if not _day_of_month(sentence, m) and not _a_share(sentence, m)]
    for m in numbers:
        # "two suspected cases": a participle before the noun is no one counted
        # The counted thing is named before a comma or "including": "15 target locations, including bars" counts
        # no bars.
        rest = sentence[m.end() :]
        if named := _NAME_THEN_SHORT.match(rest):  # "the four Independent Commission Against Corruption (ICAC)
            rest = rest[named.end() :]  # advisory committees" counts committees
        near = _EXAMPLES.split(rest[:60], maxsplit=1)[0]
        # ... and before a preposition after it: "17 dedicated teams for attracting businesses" counts teams
        near = _PREPOSITION_AFTER.split(near, maxsplit=1)[0]
        after = [stem(w) for w in LETTER_WORDS.findall(near.lower()) if w[-2:] != "ed"][:5]
        # The counted thing is named before a verb's auxiliary: "the two sides have signed agreements" counts
        # sides.
        after = after[: next((i for i, w in enumerate(after) if w in _AUXILIARY), len(after))]
        if any(_counts_as(w, wanted) for w in after) or (after and after[0] in journeys):
            return True
    # "Visitor arrivals to Hong Kong amounted to 3.92 million": the thing counted, then a verb of amounting.
    for m in numbers:
        if (link := _AMOUNTED.search(sentence[: m.start()])) and _named_before(
            sentence[: link.start()], counted_before, 8
        ):
            return True
    # "a rise in visitors in October to 2.762 million", "arrivals hit a record of 2.14 million": a large count
    # with no noun of its own counts the thing its clause named before it.
    for m in numbers:
        if _bare_count(sentence, m) and _named_before(sentence[: m.start()], counted_before, 16):
            return True
    # "This brings the total number to 247 (164 deaths) so far": a running total of what the sentence before
    # counted.
    if any(_TALLY.search(sentence[: m.start()]) and _TALLY_END.match(sentence[m.end() :]) for m in numbers):
        return True
    # "The above outbreaks occurred in primary schools (eight), ...": a breakdown of the things counted.
    for m in numbers:
        if sentence[m.start() - 1 : m.start()] == "(" and sentence[m.end() : m.end() + 1] == ")":
            before = [stem(w) for w in LETTER_WORDS.findall(sentence[: m.start()].lower())]
            if any(_counts_as(w, wanted) for w in before):
                return True
    # "it could house a population of up to 350 000": a count of people.
    if wanted & PEOPLE and any(_POPULATION.search(sentence[: m.start()]) for m in numbers):
        return True
    # "the number of outbreaks increased from one to 17": the thing counted, then its count.
    for m in _NUMBER_OF.finditer(sentence):
        counted = [stem(w) for w in LETTER_WORDS.findall(m.group(1).lower())][:3]
        if any(_counts_as(w, wanted) for w in counted) and any(n.start() > m.end() for n in numbers):
            return True
    return False


# Words that narrow a count without naming a kind of the thing counted ("new cases" are the "25 local cases").
_PLAIN_KINDS = frozenset(
    stem(w)
    for w in """new total additional further more other confirmed reported recorded registered current existing
    overall latest recent monthly""".split()  # noqa: SIM905
)


# The measure a question names, with the words that say which of it: "the highest temperature", "total rainfall".
_MEASURED = re.compile(
    r"\b(?:[a-z][\w-]*\s+){1,2}(?:temperatures?|rainfall|pressure|speed|height|length|distance|weight|area)\b"
)
_NO_KIND = frozenset("the a an much many what which".split())  # noqa: SIM905
_WRITTEN = re.compile(r"[A-Za-z][A-Za-z-]+|\d[\d,.]*")
_TOTALS = frozenset(stem(w) for w in ("number", "total", "count", "tally"))
_POINTING = frozenset(
    stem(w)
    for w in "above said such same these those aforementioned remaining latter former".split()  # noqa: SIM905
)


def _another_kind_counted(noun: str, sentence: str) -> bool:
    """Whether the question counts a kind of a thing ("underemployed persons") that the sentence never names, and
    the sentence names another kind of it between a count and the noun ("155,300 unemployed persons", "the number
    of unemployed persons")."""
    return _another_kind(noun, sentence, counted=True)


def _another_kind(phrase: str, sentence: str, counted: bool = False) -> bool:
    """Whether the question's phrase names a kind of a thing (its words before the noun: "underemployed persons",
    "the highest temperature") that the sentence never names, and the sentence puts another plain word right
    before the noun ("unemployed persons", "the mean temperature"); not a name or a short form ("13 ILI outbreaks"
    are flu ones). For a count, only the word between a count and the noun."""
    asked = [stem(w) for w in phrase.lower().split() if w not in _NO_KIND]
    if any(w in STOPWORDS or not w.isalpha() for w in asked):
        return False  # a clause, not a noun and its modifiers: "how many worked at banks", "people attended the"
    kinds = [w for w in asked[:-1] if w not in _PLAIN_KINDS]
    written = _WRITTEN.findall(sentence)
    said = [stem(w.lower()) for w in written]
    said_set = set(said)
    if not kinds or any(w in said_set or paraphrases().same_words(w) & said_set for w in kinds):
        return False  # "the average temperature": "the mean temperature" names it too
    return any(
        w == asked[-1]
        and i >= 2
        and written[i - 1].isalpha()
        and written[i - 1].islower()
        and said[i - 1] not in STOPWORDS | _POINTING | set(asked)
        and (not counted or _a_number(written[i - 2]) or said[i - 2] == "of" and i >= 3 and said[i - 3] in _TOTALS)
        for i, w in enumerate(said)
    )


def _a_number(word: str) -> bool:
    return word[0].isdigit() or all(t.isdigit() for t in tokens(word))


def _named_before(text: str, counted: AbstractSet[str], last: int) -> bool:
    """Whether the clause the text ends in names the thing counted among its `last` words."""
    clause = _CLAUSE.split(text)[-1]
    return any(_counts_as(stem(w), counted) for w in LETTER_WORDS.findall(clause.lower())[-last:])


def _bare_count(sentence: str, m: re.Match) -> bool:
    """Whether the number is a large count (a hundred or more, or in millions) that no noun follows: "to 2.762
    million, the Board said", "of 1.462 million in February"; not a percentage, a year or a sum of money."""
    figure = m.group(0)
    if not figure[0].isdigit() or _YEAR_ALONE.fullmatch(figure.rstrip(",.")) or re.search(r"%|per cent", figure):
        return False
    if not _LARGE.search(figure) and int(re.sub(r"\D", "", figure.split(".")[0]) or 0) < 100:
        return False
    if sentence[max(0, m.start() - 4) : m.start()].rstrip().endswith(("$", "HK", "US", "RMB", " by")):
        return False  # a sum of money, or a change ("rose by 150")
    return bool(_NO_NOUN.match(sentence[m.end() :]))


# What may follow a count that has no noun of its own: the sentence's end, a stop, or a preposition.
_NO_NOUN = re.compile(
    r"\s*(?:$|[,.;:)]|(?:in|on|at|for|during|last|this|from|over|compared|year-on-year|a year|up|down)\b)", re.I
)


# "There were 4,662 traffic accidents ... Eighteen involved drink driving.": a count that opens a sentence and goes
# straight on to its verb ("Of them, 12 were ...") counts the things the sentence before named.
_OPENING_COUNT = re.compile(
    rf"^\s*(?:(?:of|among)\s+(?:these|them|those|which)\s*,?\s*)?({_COUNT})\s+(?:{AUX}|[a-z]+ed)\b", re.I
)


def elliptical_count(question: Question, sentence: str, before: str) -> bool:
    """Whether the sentence opens on a count of no named thing that the sentence before names what the question
    counts in ("How many accidents involved drink driving?": "... 4,662 traffic accidents ... Eighteen involved
    drink driving.")."""
    if not before or not (noun := _counted(question.text)) or not (m := _OPENING_COUNT.match(sentence)):
        return False
    if said_in(m.group(1), question.text.lower()):
        return False
    head = []
    for word in noun.lower().split():
        if stem(word) in STOPWORDS:
            break
        head.append(stem(word))
    return bool(head) and set(head) <= set(tokens(before))


def _stems(noun: str) -> set[str]:
    return {stem(w) for w in noun.lower().split()} - STOPWORDS


def _tallied(noun: str, sentence: str) -> bool:
    """Whether the sentence gives a running tally of the things counted by the ordinal of the latest one: "This
    is the fifth JE case recorded in 2017", "unchanged for the fourth consecutive period"."""
    wanted = _stems(noun)
    return any(
        any(_counts_as(stem(w), wanted) for w in LETTER_WORDS.findall(m.group(2).lower())[:3])
        for m in _NTH_OF.finditer(sentence)
    )


def _day_of_month(sentence: str, m: re.Match) -> bool:
    """Whether the number is the day of a month: "(September 9)", "on 9 September"."""
    return bool(
        _DAY_OF_MONTH.search(sentence[max(0, m.start() - 12) : m.start()]) or _MONTH_AFTER.match(sentence[m.end() :])
    )
