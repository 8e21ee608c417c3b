"""Signs that the best sentence, though it shares the question's words, tells of another occasion or another thing
than the one asked about: another ordinal, age, month or year (a month named without a year being one near the
release's date); a place the things asked about go to or come from that the release never names; a footer's time
for a warning cancelled; a meeting or decision the sentence never tells of.

Pure functions of the question, the best candidate and the words (or text) of its release. They say nothing of the score
bars or the head noun, and do not decide a refusal alone (`answer.py` does, with these among its checks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from assistant.candidate import Candidate, holds
from assistant.counts import age_starts
from assistant.focus import FOCUS_WHO
from assistant.paraphrase import paraphrases
from assistant.phrasing import AUX, MONTH, MONTHS, NOT_NAMES
from assistant.question import Question, months_away
from assistant.records import Chunk
from assistant.words import LETTER_WORDS, PLAIN_STOPWORDS, REGIONS, covered, tokens

FAR_MONTHS = 6  # a month a release names without a year is within this many months of the release's date
REPORT_MONTHS = 2  # a release reports on a month's figures within this many months of its end
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_AGE = re.compile(r"\d+-year-old")
_PROPER_RUN = re.compile(r"(?<=\s)[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][a-z]+)+")  # not the first word
_NAME_WORD = re.compile(r"(?<=[\s-])[A-Z][a-z]{3,}\b")  # "Shenzhen", not the question's first word
# "Which officials did she meet?", "What did they decide?": the answer tells of that meeting or decision.
_EVENT_VERB = re.compile(r"(?<=\s)(?:meet|agree|decide|sign)(?=\s|\?)", re.I)
# The kinds of body or building a name ends in, which many share: "Wing Chun House" is not "Mun Ching House".
_BODY_WORDS = frozenset(
    tokens(
        """committee committees advisory department bureau office board commission authority
        association centre center limited company government fund scheme programme panel group society institute
        management services service house building estate court tower mansion garden gardens plaza hospital"""
    )
)
_HONG_KONG = frozenset({"hong", "kong"})  # in most names asked about; it tells none from another
# The kinds of storm or operation a name starts with: "Typhoon Yagi" is not "Typhoon Kompasu".
_EVENT_KINDS = frozenset(tokens("typhoon typhoons storm storms tropical severe super cyclone operation"))
_SWITCHED = re.compile(r"\b(?:hoist|cancel|lower|raise)\w*", re.I)


def another_occasion(
    question: Question, vocabulary: AbstractSet[str], dated: AbstractSet[str], knows: Callable[[str], bool]
) -> bool:
    """Whether the release (its words `vocabulary`; with the date words its date gives, `dated`) tells of another
    occasion: "the 5th plenary" against the 4th, "the 84-year-old patient" against the 59-year-old; a month the
    question names that the release neither names nor is dated in ("in April 2023" against a reply of May); a
    partner of Hong Kong's it never names ("the Hong Kong/Beijing plenary" against Shanghai's); a name of several
    capitalised words it holds no word of ("because of the Legislative Council meeting"; of a name's words that are
    no English word, `knows`, it must hold one: "Typhoon Hato" against a release of Typhoon Saola); or a name the
    question gives that is no English word and the release never says: "the 2019 Hong Kong-Shenzhen meeting"
    against the 2025 Zhejiang release, "during Pakhar" against another typhoon's."""
    if any((_ORDINAL.fullmatch(t) or _AGE.fullmatch(t)) and t not in vocabulary for t in question.key):
        return True
    if any(not _names(dated, MONTHS[m - 1]) for m in question.months):  # "February-April" names February
        return True
    if question.partners and not any(_names(vocabulary, p) for p in question.partners):
        return True  # "the 2018 Hong Kong/Beijing plenary" against the release on Hong Kong/Shanghai's
    for m in _PROPER_RUN.finditer(question.text):
        stems = [t for t in tokens(m.group(0)) if t not in _HONG_KONG and t.isalpha()]
        # The words that tell one body from another: "the Lotteries Fund Advisory Committee" is not the "Advisory
        # Committee on Post-office Employment"; "Typhoon Hato" is not "Typhoon Saola", and the words of a name that
        # are no English word tell it best ("Tolo Harbour" is not "Victoria Harbour").
        telling = [t for t in stems if t not in _BODY_WORDS and t not in _EVENT_KINDS] or stems
        foreign = [t for w in m.group(0).split() if not knows(w) for t in tokens(w) if t in telling]
        telling = foreign or telling
        initials = "".join(w[0] for w in m.group(0).split() if w[0].isupper()).lower()  # "MTR"
        if (
            telling
            and not any(covered(t, vocabulary) or _names(vocabulary, t) for t in telling)
            and initials not in vocabulary
        ):
            return True  # "the Legislative Council meeting" against a release that never names it
    # A name that is no English word, which the release never says: "during Pakhar" of another typhoon's release.
    names = [w for w in _NAME_WORD.findall(question.text) if not knows(w)]
    return any(
        not covered(t, dated) and not _names(dated, t)
        for w in names
        for t in tokens(w)
        if t not in PLAIN_STOPWORDS and t not in _HONG_KONG
    )


def another_year(question: Question, vocabulary: AbstractSet[str], release_date: str | None, text: str = "") -> bool:
    """Whether the release tells of another year than the one asked: a release dated in another year whose text
    never names the year asked, nor calls it "last year" or "next year" ("the theme flower of the 2015 Flower
    Show" against the 2014 show's release); or the month the question names, in another year: "exports in July
    2017" against a release of August 2018 that says "in July" and never "2017" (a month named without a year is
    one within FAR_MONTHS of the release's date), or against one that names that month only with another year
    ("between July and August 2023" for "August 2024")."""
    if not question.year or question.year in vocabulary:
        return False
    asked = int(question.year)
    if not question.months:
        if not release_date:
            return False  # undated: it may be of the year asked
        return not _says_year(asked, int(release_date[:4]), text) and not _month_of_year_before(
            asked, release_date, text
        )
    for m in question.months:
        written = [
            int(y) for y in re.findall(rf"\b{MONTHS[m - 1]}\b(?:\s+\d{{1,2}},?)?\s+((?:19|20)\d\d)\b", text, re.I)
        ]
        bare = len(re.findall(rf"\b{MONTHS[m - 1]}\b", text, re.I)) > len(written)
        if written and not bare:
            return True  # the month only as of another year
    if not release_date:
        return False
    return all(
        int(release_date[:4]) != asked and months_away(asked, m, release_date) > FAR_MONTHS for m in question.months
    )


def _says_year(asked: int, dated: int, text: str) -> bool:
    """Whether a release dated in the year `dated` may tell of the year asked: it is that year, or its text names
    it ("2016", "2016-17") or calls it last year or next year."""
    if asked == dated or re.search(rf"(?<!\d){asked}(?!\d)", text):
        return True
    if asked == dated - 1 and _LAST_YEAR.search(text):
        return True
    return asked == dated + 1 and bool(_NEXT_YEAR.search(text))


def _month_of_year_before(asked: int, release_date: str, text: str) -> bool:
    """Whether a release dated early in the year after the one asked names a month of the year asked without a year:
    "between December 23 and January 1" in a release of January 2, 2024 tells of Christmas 2023."""
    if asked != int(release_date[:4]) - 1:
        return False
    month = int(release_date[5:7])
    for m, name in enumerate(MONTHS, start=1):
        if (
            m > month
            and months_away(asked, m, release_date) <= FAR_MONTHS
            and re.search(rf"\b{name}\b(?!\s+\d{{1,2}},?\s+(?:19|20)\d\d|\s+(?:19|20)\d\d)", text, re.I)
        ):
            return True
    return False


# A year a sentence names: "2014", "2018-19" (a financial year names both), unless it is only what a figure is
# compared with ("up 5% compared with 2018", "than in 2017").
_NAMED_YEAR = re.compile(r"(?<![\d$.,])((?:19|20)\d\d)(?:\s*[-–/]\s*(\d\d)(?!\d))?(?![\d,.]\d)")
_DAY_BEFORE = re.compile(rf"\b(?:(?:{MONTH})\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{MONTH}),?)\s+$", re.I)
# What a figure is compared with ("than in 2017", "since the beginning of 2010", "up 5% on 2018"), or where a span
# starts ("from 2010 to 2016": its years then say nothing against the year asked).
_COMPARED = re.compile(r"\b(?:than|with|over|against|since|on|from)\s+(?:[\w-]+\s+){0,4}$", re.I)


def figure_of_another_year(question: Question, sentence: str, release_date: str | None = None) -> bool:
    """Whether a figure asked for a year meets a sentence that gives figures of other years only: "How many cases
    were recorded in 2014?" is not answered by "There were 28 cases filed in both 2012 and 2013", though the
    release, dated 2014, names the year elsewhere. A sentence of several years answers for any year between them
    ("from 2012 to 2016"); a year named only to compare with ("the highest since 2017"), or in a day's date ("on
    December 18, 2022"), is not what the sentence's figures are of. A sentence that names no year but says "last
    year" is of the year before its release's date ("How many fire calls in 2023?": a January 2023 review's "34 775
    fire calls last year")."""
    if question.kind not in ("number", "money") or not question.year:
        return False
    years = _figures_years(sentence)
    if not years and release_date and _of_last_year(sentence) and not _THIS_YEAR.search(sentence):
        years = {int(release_date[:4]) - 1}
    elif (
        not years
        and release_date
        and (said := list(_YEAR_BEFORE.finditer(sentence)))
        and all(_COMPARED_TO.search(sentence[: m.start()]) for m in said)
    ):
        years = {int(release_date[:4])}  # "down 259 cases on the same period last year": this year's figures
    elif years and release_date and _THIS_YEAR.search(sentence):
        years.add(int(release_date[:4]))  # "demand notes for 2018/19 which fall between April to June of this year"
    asked = int(question.year)
    return bool(years) and not min(years) <= asked <= max(years)


def _figures_years(sentence: str) -> set[int]:
    """The years a sentence's figures are of: those it names, less those only compared with and days' dates."""
    years: set[int] = set()
    for m in _NAMED_YEAR.finditer(sentence):
        if _COMPARED.search(sentence[: m.start()]) or _DAY_BEFORE.search(sentence[: m.start()]):
            continue  # what a figure is compared with; a day's date ("on December 18, 2022") dates an event
        first = int(m.group(1))
        years |= {first, first // 100 * 100 + int(m.group(2))} if m.group(2) else {first}
    return years


_LAST_YEAR = re.compile(r"\b(?:last|past|previous) year\b", re.I)
_NEXT_YEAR = re.compile(r"\bnext year\b", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:last|the previous) year\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:this|current) year\b", re.I)


# "over last year", "on the same period last year": a time compared with, just before it.
_COMPARED_TO = re.compile(r"\b(?:than|with|over|against|since|on|from)\s+(?:the\s+)?(?:same\s+\w+\s+)?$", re.I)


def _of_last_year(sentence: str) -> bool:
    """Whether the sentence's figures are of last year: it says "last year", not only to compare ("up 16.9% over
    last year", "50 per cent more than last year's total")."""
    return any(
        sentence[m.end() : m.end() + 2] not in ("'s", "’s") and not _COMPARED_TO.search(sentence[: m.start()])
        for m in _YEAR_BEFORE.finditer(sentence)
    )


def tells_of_year_before(year: str, release_date: str | None, vocabulary: AbstractSet[str]) -> bool:
    """Whether a release dated in the year names the year before and never its own: a year-end review published
    in January ("33,891 fire calls were received in 2021")."""
    if not release_date or not release_date.startswith(year) or year in vocabulary:
        return False
    return str(int(year) - 1) in vocabulary


# "exports to the mainland", "visitors from Japan", "flights to Tokyo": where the things asked about go or come from.
_BOUND = re.compile(
    r"\b[a-z]{3,}s\s+(?:(?:came|come|coming|arrived|arriving|travelled|traveled|flew|went|go|going|were sent|sent|"
    r"shipped)\s+)?(?:to|from)\s+(?:the\s+([A-Z][\w-]+|mainland|world)\b|([A-Z][\w-]+))"
)  # a place by its name, or the mainland: "shield workers from the sun" names none


def another_destination(
    question: Question, vocabulary: AbstractSet[str], aliases: dict[str, set[str]] | None = None
) -> bool:
    """Whether the release never names where the things asked about go to or come from: "exports to the
    mainland" against a release on total exports, "visitors from Japan" against one on all visitors."""
    for m in _BOUND.finditer(question.text):
        place = (m.group(1) or m.group(2)).lower()
        if place == "hong" or not (stems := tokens(place)):
            continue
        if not any(holds(t, vocabulary, aliases) for t in stems):
            return True
    return False


# Countries whose names begin with a common word, and the short forms releases write them by: "United" and
# "States" are words of many releases ("Census and Statistics Department" and "UK" for "United Kingdom").
_UNITED = (
    ("United States", r"\bU\.?S\.?A?\b(?!\$)"),
    ("United Kingdom", r"\bU\.?K\.?\b|\bBritain\b"),
    ("United Arab Emirates", r"\bUAE\b"),
)


def unnamed_country(question: Question, text: str) -> bool:
    """Whether the question names a country whose name begins with a common word ("the United States") and the
    release's text names it neither in full nor by its short form ("the US")."""
    return any(
        re.search(rf"\b{name}\b", question.text, re.I)
        and not re.search(rf"\b{name}\b", text, re.I)
        and not re.search(short, text)  # in capitals: "us" is no "US"
        for name, short in _UNITED
    )


# "in the retail sector", "of the construction industry": the part of a whole that a figure asked for is about.
_PART = re.compile(
    r"\b(?:in|of|for|from|by)\s+the\s+((?:[\w&-]+\s+){0,3}?[\w&-]+)\s+(?:sectors?|industry|industries|trades?)\b",
    re.I,
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|at|of|for|on|to|from|with|by|during|and|or|as|than|this|that|last|next|"
    rf"{AUX})\b)[a-z]+\b"
)
_PART_OWNS = re.compile(r"\bthe\s+((?:[\w&-]+\s+){0,3}?[\w&-]+)\s+(?:sector|industry|trade)['’]s?\s", re.I)


def another_part(question: Question, best: Candidate, aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether a figure asked for one sector or industry, or for what comes from or goes to one country, meets a
    sentence that never names it: "How many unemployed people were in the retail sector?" is not answered by the
    number of all the unemployed, nor "How many visitors came from Russia?" by all the visitors, though the
    release names the retail sector or Russia elsewhere."""
    if question.kind not in ("number", "money"):
        return False
    # a sector, not a sector's word in a thing's name: "the August 2014 river trade case" names a case
    parts = [
        m.group(1)
        for pattern in (_PART, _PART_OWNS)
        for m in pattern.finditer(question.text)
        if not _NOUN_AFTER.match(question.text[m.end() :])
    ]
    # only a country, a region or the mainland: "samples from the Kai Ching Estate patient's home" names the home
    parts += [place for m in _BOUND.finditer(question.text) if set(tokens(place := m.group(1) or m.group(2))) & REGIONS]
    return any(_unsaid([t for t in tokens(part) if t in question.key], best, aliases) for part in parts)


_KIN = r"(?:home\s+|close\s+|household\s+)?contacts?|family|friends?|colleagues?|brothers?|sisters?|siblings?|grandchildren"


def another_kind_of_measure(
    question: Question, vocabulary: AbstractSet[str], aliases: dict[str, set[str]] | None = None
) -> bool:
    """Whether a figure asked for a kind of the thing measured meets a release that never names the kind: "What
    was the youth unemployment rate?" is not answered by a release on the unemployment rate that never says
    "youth" (the word just before the head noun, said there or another way)."""
    if question.kind not in ("number", "money"):
        return False
    # "the unemployment rate for young people": a group of people of a kind the release never names
    for m in _FOR_GROUP.finditer(question.text):
        kind = tokens(m.group(1))
        if len(kind) == 1 and kind[0] in question.key and not _held_or_said(kind[0], vocabulary, aliases):
            return True
    if not question.head:
        return False
    words = LETTER_WORDS.findall(question.text.lower())
    at = next((i for i, w in enumerate(words) if tokens(w) == [question.head]), 0)
    kind = tokens(words[at - 1]) if at else []
    return len(kind) == 1 and kind[0] in question.key and not _held_or_said(kind[0], vocabulary, aliases)


def _held_or_said(term: str, vocabulary: AbstractSet[str], aliases: dict[str, set[str]] | None) -> bool:
    """Whether the release holds the word, or a word of its paraphrase group ("the top fine": "a maximum fine")."""
    return holds(term, vocabulary, aliases) or bool(paraphrases().same_words(term) & vocabulary)


_FOR_GROUP = re.compile(
    r"\b(?:for|among|of)\s+(?:the\s+)?([a-z]{3,})\s+(?:people|persons|workers|residents|women|men|children|adults|"
    r"students|households|families|employees|drivers|passengers)\b"
)


def another_month(question: Question, best: Candidate, lead: AbstractSet[str]) -> bool:
    """Whether a figure asked for a month meets a sentence that is not of that month: neither the sentence (with
    the month its release is dated in) nor its release's headline and first sentence name it, and the release is
    not dated within REPORT_MONTHS after it (when it may report on it). "What was the rainfall in September
    2021?" is not answered by "The monthly rainfall was 5.8mm" of the November report, which names September
    elsewhere."""
    if question.kind not in ("number", "money") or not question.months:
        return False
    if _of_other_months(question.months, best.unit.text):
        return True  # "the heaviest fine in March 2013": "The heaviest fine in February was $50,000" of March 18
    words = best.words | lead
    return all(  # "March to May 2009": a release of June 16 reports on May
        not ({MONTHS[m - 1], *tokens(MONTHS[m - 1])} & words)
        and not (question.year and best.chunk.date and _reported_after(int(question.year), m, best.chunk.date))
        for m in question.months
    )


_MONTH_NAMED = re.compile(rf"\b({MONTH})\b", re.I)


def _of_other_months(months: tuple[int, ...], sentence: str) -> bool:
    """Whether the sentence's figures are of months other than those asked: it names months, none of them asked,
    other than to compare with ("up 5% on February") or as a day's date ("On February 28, ...")."""
    named = {
        MONTHS.index(m.group(1).lower()) + 1
        for m in _MONTH_NAMED.finditer(sentence)
        if not _COMPARED.search(sentence[: m.start()])
        and not re.match(r"\s*\d", sentence[m.end() :])  # "February 28": a day
        and not re.search(r"\d\s*$", sentence[: m.start()])  # "28 February": a day
    }
    return bool(named) and not named & set(months)


def _reported_after(year: int, month: int, release_date: str) -> bool:
    """Whether a release dated this soon after the month asked may report on it ("March to May" of June 16)."""
    return 0 <= int(release_date[:4]) * 12 + int(release_date[5:7]) - (year * 12 + month) <= REPORT_MONTHS


# "at Lau Fau Shan", "in Tai Po", "on Island Road", "of the Peng Chau lot", "How much did Sino Land bid ...?": a place or
# a party a figure is asked of.
_AT_NAMED = re.compile(
    r"\b(?:at|in|on|of|(?<!bound )(?<!destined )(?<!headed )for)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)|"
    rf"^\s*[Hh]ow (?:much|many)\s+(?:[a-z]+\s+)?{AUX}\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)"
)
_SAID_OTHERWISE = re.compile(r"['’]s\b|\b[A-Z]{2,}")  # "Hong Kong's FTAs", "HKIA": not a place's own name
_SITE_WORDS = frozenset(tokens("site sites lot lots area no town district road street land"))


def another_place(
    question: Question, best: Candidate, lead: AbstractSet[str], vocabulary: AbstractSet[str], text: str = ""
) -> bool:
    """Whether a figure or a day asked for a place or a party the release names ("How much rain fell at Lau Fau
    Shan?", "How many cases were reported in Tai Po?", "How much did Sino Land bid?", "When will the talk in Cheung
    Chau be held?") meets a sentence that gives another's or the whole's: neither the sentence nor the release's
    headline and first sentence name it, and the sentence or the one before it names something else ("Sha Tin Town
    Lot No. 581 has a site area of ..."), not the district the release writes the place in ("San Tin, Yuen Long").
    A sentence that names nothing ("It has a site area of ...") may be about the release's one site."""
    if question.kind not in ("number", "money", "date", "time"):
        return False
    if _another_origin(question, best.unit.text):
        return True
    near = best.words | lead | set(tokens(best.before))
    for m in _AT_NAMED.finditer(question.text):
        name = m.group(1) or m.group(2)
        if not (stems := _place_stems(name)):
            continue  # a month or Hong Kong
        if not all(t in vocabulary for t in stems):
            # A place the release never names: its figures are another place's or the whole's ("72 in Guangdong, 45
            # in Zhejiang" for "How many cases in Guangxi?"; "parking spaces at the above closed roads" for "... on
            # Island Road?"). A short form or a party's thing ("of Hong Kong's FTAs") may be said in full: only when
            # the sentence names another place.
            if not _SAID_OTHERWISE.search(name) or _names_another(question, f"{best.before} {best.unit.text}"):
                return True
            continue
        telling = [t for t in stems if t not in NOT_NAMES and t not in _BODY_WORDS and t not in _SITE_WORDS]
        if not all(holds(t, near) for t in telling) and _names_another(
            question, f"{best.before} {best.unit.text}", _districts(name, text)
        ):
            return True
    return False


# "the patient from Henan": where someone or something comes from.
_FROM_NAMED = re.compile(r"\bfrom\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)")


def _another_origin(question: Question, sentence: str) -> bool:
    """Whether the question asks of someone or something from a place ("How old was the patient from Henan?") and
    the sentence tells of one from another place, never naming the question's ("The remaining 58-year-old male
    patient from Shanghai ...")."""
    asked = [stems for m in _FROM_NAMED.finditer(question.text) if (stems := _place_stems(m.group(1)))]
    if not asked:
        return False
    said = set(tokens(sentence))
    if all(all(t in said for t in stems) for stems in asked):
        return False
    return any(
        (stems := _place_stems(m.group(1))) and not all(t in question.asked_tokens for t in stems)
        for m in _FROM_NAMED.finditer(sentence)
    )


def _place_stems(name: str) -> list[str]:
    """The stems of a place's name, none for a month, a weekday or Hong Kong."""
    if all(w in NOT_NAMES for w in name.lower().split()):
        return []
    return [t for t in tokens(name) if t.isalpha()]


def _districts(name: str, text: str) -> set[str]:
    """The words of the places the release writes a place in ("San Tin, Yuen Long", "San Tin in Yuen Long"): a
    sentence that names the district names no other place."""
    found = re.finditer(rf"\b{re.escape(name)},?\s+(?:in\s+)?((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)", text)
    return {t for m in found for t in tokens(m.group(1))}


# A place or a firm by its name: "Sha Tin Town Lot No. 581", "Ho Ming Court", "in Tseung Kwan O", "through Lo Wu
# control point", "Smart Tycoon Limited".
_NAMED_RUN = r"[A-Z][\w'’-]*(?:\s+(?:No\.\s+\d+|[A-Z][\w'’-]*))*"
_PLACE_OR_FIRM = re.compile(
    rf"\b{_NAMED_RUN}\s+(?:Lot\s+No\.\s+\d+|Road|Street|Avenue|Lane|Estate|Court|House|Building|Centre|Center|"
    r"District|Town|Village|Bay|Park|Square|Gardens?|Station|Island|Tower|Mansion|Plaza|Terminal|Limited|Ltd|"
    rf"Holdings|Corporation)\b|\b(?:in|at|through|via)\s+(?:the\s+)?({_NAMED_RUN})"
)


def _names_another(question: Question, text: str, within: AbstractSet[str] = frozenset()) -> bool:
    """Whether the text (a sentence and the one before it) names a place or a firm the question does not: "Sha Tin
    Town Lot No. 581 has a site area of ..." before the sentence that gives a floor area; Hong Kong is no other
    place."""
    return any(
        (stems := [t for t in tokens(m.group(1) or m.group(0)) if t.isalpha() and t not in NOT_NAMES])
        and not all(t in question.asked_tokens or t in within for t in stems)
        for m in _PLACE_OR_FIRM.finditer(text)
    )


# "How much was Hing Wah's director fined?", "Where does the patient's husband live?": someone who belongs to a
# party the question names.
_ROLE_OF = re.compile(
    r"(?:\b((?-i:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)))?['’]s\s+(?:co-)?"
    r"(directors?|wife|husband|sons?|daughters?|father|mother|parents?|employers?|owners?|managers?|chairman|"
    r"chairperson|lawyers?|drivers?|staff|employees?|boss|accomplices?|relatives?|children|" + _KIN + r")\b",
    re.I,
)
# "How old is the home contact of the patient?": someone close to the person named after "of".
_KIN_OF = re.compile(
    r"\bthe\s+((?:wife|husband|sons?|daughters?|father|mother|parents?|children|relatives?|" + _KIN + r"))\s+of\s+",
    re.I,
)


def another_party(question: Question, best: Candidate, aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether the question asks about someone who belongs to a party it names ("Hing Wah's director") and the best
    sentence never names that someone ("the court also fined Hing Wah $10,000" tells of the company, not of its
    director), or, for a party named by its name, never names the party ("fined East 8th Group and one of its
    directors" tells of another company's director)."""
    return any(
        _unsaid(tokens(m.group(2)) + (tokens(m.group(1)) if m.group(1) and m.start() > 0 else []), best, aliases)
        for m in _ROLE_OF.finditer(question.text)
    ) or any(_unsaid(tokens(m.group(1)), best, aliases) for m in _KIN_OF.finditer(question.text))


# "How many passengers a day ...?": a figure for each day ("a daily average of 309,000"), not the whole period's.
_DAILY = re.compile(r"\b(?:a|per|each|every)\s+day\b|\bdaily\b", re.I)
_IN_TOTAL = re.compile(r"\bin total\b|\btotal\b|\baltogether\b|\bin all\b", re.I)
_FIGURE = re.compile(r"\d[\d,.]*(?:\s*(?:million|billion))?")
_DAILY_NEAR = 30  # characters before a figure within which "a daily average of" makes it a day's
_DAY_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:(?:a|per|each|every)\s+day\b|daily\b)", re.I)  # "266,000 daily"


def another_rate(question: Question, best: Candidate) -> bool:
    """Whether a count asked for each day meets a sentence with no figure for a day ("How many passengers a day ...?":
    "8.62 million passengers will pass through ... during the holiday"), or a count asked in total one whose every
    figure is a day's ("Lo Wu will be the busiest, with a daily average of 263,000 passengers")."""
    if question.kind != "number":
        return False
    text = best.unit.text
    if _DAILY.search(question.text):
        return not _DAILY.search(text)
    if not _IN_TOTAL.search(question.text):
        return False
    figures = list(_FIGURE.finditer(text))
    return bool(figures) and all(
        _DAILY.search(text[max(0, f.start() - _DAILY_NEAR) : f.start()]) or _DAY_AFTER.match(text, f.end())
        for f in figures
    )


# "All metered and motorcycle parking spaces on Island Road, except disabled parking spaces": what is left out.
_EXCEPT = re.compile(
    r"\b(?:except|excluding|other than|apart from|but not)\s+(?:for\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I
)


def excepted(question: Question, best: Candidate) -> bool:
    """Whether a key word of the question is said in the best sentence (with the one before it, or a lead-in's items)
    only as an exception: "What hours will disabled parking spaces be suspended?" is not answered by the hours of
    "parking spaces ..., except disabled parking spaces"."""
    text = f"{best.before} {best.unit.text}"
    left_out = {t for m in _EXCEPT.finditer(text) for t in tokens(m.group(1))}
    said = set(tokens(_EXCEPT.sub(" ", text)))
    return any(t in left_out and t not in said for t in question.key)


# "How much was Wong Lei-po's bail?", "How much did Gammon's contract cost?": an amount of a thing the question names.
_HOW_MUCH_IS = re.compile(r"^\s*how much\s+(?:is|was|were|are|will\s+be)\s+(.+?)\s*\?*\s*$", re.I)
_HOW_MUCH_COST = re.compile(r"^\s*how much\s+(?:did|does|do|will|would)\s+(.+?)\s+cost\b", re.I)
# What ends the phrase that names the thing: a preposition, a relative, "alone" ("the cocaine alone").
_PHRASE_ENDS = frozenset(
    "in at of for on to from with by under during per a an each alone who that which whose".split()  # noqa: SIM905
)
# "How much was paid / spent / raised ...?" names no thing.
_DONE = re.compile(r"(?:ed|paid|spent|sold|lent|given|won|lost|owed|taken|stolen|made|brought|sought|put)$", re.I)


def _amount_of(text: str) -> str | None:
    """The thing whose amount the question asks ("bail" of "How much was Wong Lei-po's ICAC bail?"); None for an
    amount asked another way, of something's worth ("How much was the haul worth?") or of a deed ("How much were the
    contractors fined?")."""
    m = _HOW_MUCH_IS.match(text) or _HOW_MUCH_COST.match(text)
    if not m or re.search(r"\bworth\b", text, re.I):
        return None
    words: list[str] = []
    phrase = m.group(1).split()
    for i, word in enumerate(phrase):
        if _DONE.search(word):
            # "How much were the contractors fined?": the amount of the fine, not of the contractors ("How much was
            # traffic expected to rise?" asks of the traffic)
            if phrase[i + 1 : i + 2] != ["to"]:
                return None
            break
        if word.lower() in _PHRASE_ENDS:
            break
        words = [] if re.search(r"['’]s?$", word) else [*words, word]  # "Wong Lei-po's bail": the bail
    stems = [t for t in tokens(" ".join(words)) if t.isalpha()]
    return stems[-1] if stems else None


def another_amount(question: Question, best: Candidate, aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether the question asks the amount of a thing it names and the best sentence never names it (said there,
    or another way): "How much was Wong Lei-po's bail?" is not answered by "Wong Lei-po, 56, ... faces one count of
    fraud", nor "How much did Gammon's contract cost?" by the bribes its carpenters paid."""
    if question.kind not in ("number", "money") or not (thing := _amount_of(question.text)):
        return False
    return _unsaid([thing], best, aliases)


# "How old were the suspected employers?": the role of the person whose age is asked; another role's ages ("The
# arrested workers ... aged between 28 and 54") do not answer.
_HOW_OLD = re.compile(r"^\s*how old\s+(?:is|was|were|are)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s*\?*\s*$", re.I)
_AGED_ROLES = frozenset(
    tokens(
        """employer worker passenger driver pedestrian patient contact officer victim overstayer visitor deckhand rider
        cyclist husband wife son daughter father mother supplier tutor operator carpenter"""
    )
)


_BEFORE_AGE = 80  # characters before an age within which the person aged is named


def _aged_role(text: str) -> str | None:
    """The role of the person whose age the question asks ("employer" of "How old were the suspected employers
    arrested in February?"), the last one named before a participle, a relative or a preposition."""
    if not (m := _HOW_OLD.match(text)):
        return None
    role = None
    for word in m.group(1).split():
        if word.lower() in _PHRASE_ENDS or role and word.lower().endswith("ed"):
            break
        found = tokens(word)
        if found and found[-1] in _AGED_ROLES and not word.lower().endswith("ed"):
            role = found[-1]
    return role


def another_aged(question: Question, best: Candidate, aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether the question asks the age of someone in a role and the best sentence names another role but never
    this one: "How old were the suspected employers?" is not answered by "The group of arrested workers consisted of
    nine women, aged between 28 and 54"."""
    if not (role := _aged_role(question.text)) or not _unsaid([role], best, aliases):
        return False
    text = best.unit.text
    # another role just before an age: "arrested workers consisted of nine women, aged ..." ("offering an advantage
    # to an agent" of a sentence on the defendants' ages is no one aged)
    return any(set(tokens(text[max(0, at - _BEFORE_AGE) : at])) & _AGED_ROLES - {role} for at in age_starts(text))


_WOMEN = frozenset(tokens("woman women female females girl girls lady ladies"))
_MEN = frozenset(tokens("man men male males boy boys"))
_AGED_AS = 30  # characters after an age within which the person aged is named ("a 46-year-old local man")


def another_sex(question: Question, sentence: str) -> bool:
    """Whether the question asks the age of a woman (or a man) and the sentence gives a man's (or a woman's) and no
    woman's: "How old was the woman surnamed Yip?" is not answered by "Police detained a 46-year-old local man,
    ... surname Yip" (a sentence that only mentions "a female patient" of another case may still be the man's)."""
    if question.unit != "age":
        return False
    asked = set(question.key)
    said = set(tokens(sentence))
    aged = set().union(*(tokens(sentence[at : at + _AGED_AS]) for at in age_starts(sentence)))
    for one, other in ((_WOMEN, _MEN), (_MEN, _WOMEN)):
        if asked & one and not asked & other:
            return bool(aged & other) and not said & one
    return False


# "How old was the patient from Shanghai?": one person's age; "The patients include 17 men and four women, aged 10 to
# 77" gives a group's range.
_ONE_AGED = re.compile(r"^\s*how old\s+(?:is|was)\s+(?:the|a|an|this|that)\s+", re.I)
_AGE_RANGE = re.compile(r"\baged\s+(?:from\s+|between\s+)?\d{1,3}\s*(?:to|and|-|–)\s*\d{1,3}\b", re.I)
_ONE_AGE = re.compile(r"\d{1,3}-year-old|\baged\s+\d{1,3}\b(?!\s*(?:to|and|-|–)\s*\d)", re.I)


def range_for_one(question: Question, best: Candidate) -> bool:
    """Whether the question asks one person's age and the sentence gives only a group's range of ages."""
    text = best.unit.text
    return bool(_ONE_AGED.match(question.text) and _AGE_RANGE.search(text) and not _ONE_AGE.search(text))


def _unsaid(stems: list[str], best: Candidate, aliases: dict[str, set[str]] | None) -> bool:
    """Whether the best sentence lacks any of these stems of the question (said there, or another way)."""
    return bool(stems) and not all(holds(t, best.words, aliases) for t in stems)


# "What was Wong Kin-shing wearing?", "Has Wong Wai-kit been found?", "When will Tung Chung Swimming Pool reopen?": the
# question ends on what was done (after "when" or a yes-or-no question's "did", any word closing it is read so).
_ENDING_VERB = re.compile(
    r"^\s*(?:(?:what|where|has|have|had|is|was|were|are)\b.*\s((?-i:[a-z]+(?:ing|ed|en)|found|seen))|"
    r"when\s+(?:will|did|does|do|is|was|would|can)\b.*\s((?-i:[a-z]{4,}))|"
    # "Did the Appropriation Bill 2013 pass?": a yes-or-no question closed by its verb
    r"(?:will|did|does|do|would|can)\b.*\s((?-i:[a-z]{4,})))\s*\?*\s*$",
    re.I,
)


# "What was Wong Kin-shing wearing when he went missing?": the clause after "when" says at what time; the deed asked
# is the one before it.
_WHEN_CLAUSE = re.compile(r"\s+(?:when|while)\s+[^?]*", re.I)


def deed_asked(question: Question) -> str | None:
    """The verb a question ends on, the deed it asks about ("wearing", "found", "lowered"); None for none."""
    if question.kind not in ("other", "date", "where"):
        return None
    m = _ENDING_VERB.search(_WHEN_CLAUSE.sub("", question.text))
    return (m.group(1) or m.group(2) or m.group(3)) if m else None


_YEAR_TERM = re.compile(r"(?:19|20)\d\d")  # a year among a question's words


def another_deed(
    question: Question,
    vocabulary: AbstractSet[str],
    names: AbstractSet[str],
    aliases: dict[str, set[str]] | None,
    opposites: AbstractSet[str] = frozenset(),
) -> bool:
    """Whether the release names whom the question is about but never says what it asks was done: the question ends
    on a verb ("... wearing?", "Where was ... found?"), the release holds none of it, and it holds the question's
    other key words only as names, or it says the opposite deed (`opposites`, their stems: "When was the red flag
    lowered?" of a release that says it was hoisted)."""
    if not (deed := deed_asked(question)):
        return False
    verb = tokens(deed)
    if not verb or any(holds(t, vocabulary, aliases) for t in verb):
        return False
    if any(holds(t, vocabulary) for t in opposites):
        return True
    said = set(tokens(_WHEN_CLAUSE.sub("", question.text)))
    # A year is no deed: "Did the Appropriation Bill 2013 pass?" names the bill and asks only whether it passed.
    return not [
        t for t in question.key if t in said and t not in names and t not in verb and not _YEAR_TERM.fullmatch(t)
    ]


# A Chinese question that ends on "where", "when" or "what time" and a verb: "潘松龍最後在哪裏被找到?".
_CJK_DEED = re.compile(
    r"(?:哪[裏里兒儿處处]|何時|何时|幾時|几时|幾點|几点|甚麼時候|什麼時候|什么时候)(?:被|會|会|將|将)?([\u4e00-\u9fff]{2})\s*[?？]?\s*$"
)


def deed_unsaid(question: Question, vocabulary: AbstractSet[str], aliases: dict[str, set[str]] | None) -> bool:
    """Whether a Chinese question asks where or when something was done ("在哪裏被找到?": found) of a release that
    never says it, nor another word for it (`paraphrases.txt`: "出現" is "露面"): it tells where he was last
    seen, not where he was found."""
    if not (m := _CJK_DEED.search(question.text)):
        return False
    verb = [t for t in tokens(m.group(1)) if len(t) == 2]
    return bool(verb) and not any(holds(t, vocabulary, aliases) for t in verb)


# A body named: "the Hunan Arts Troupe", "Smart Tycoon Limited", "the Lands Department".
_BODY_NAMED = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s+){1,6}(?:Limited|Ltd|Company|Corporation|Department|Bureau|Council|Board|Commission|"
    r"Authority|Office|Association|Federation|Society|Group|Troupe|Orchestra|Institute|University|Police|Force|"
    r"Administration|Government|Committee|Secretariat|Agency|Bank|Club|Foundation|Trust)\b"
)


# A person named by office: "Financial Secretary Paul Chan", "Chief Executive John Lee", "artist Jet Hsu".
_OFFICE_NAMED = re.compile(
    r"\b(?:Secretary|Minister|Director|Chairman|Chairperson|Chairwoman|Commissioner|Executive|President|Premier|"
    r"Governor|Vice-Governor|Mayor|Consul|Ambassador|Judge|Magistrate|Controller|Principal|Superintendent|"
    r"[Aa]rtist|[Mm]aster|[Dd]esigner|[Aa]rchitect|[Cc]oach)\s+(?:[A-Z][A-Za-z'’-]+\s?){1,3}"
)


def nobody_did(
    question: Question, sentence: str, vocabulary: AbstractSet[str], aliases: dict[str, set[str]] | None
) -> bool:
    """Whether "Who <verb> ...?" is asked of a release that never says the verb (nor another word for it) and of a
    sentence that names no person and no body: "Who designed the display?" of "A lantern display entitled
    Enchanted Blossom under the Moon is underway ..."."""
    if question.kind != "who" or not (m := FOCUS_WHO.match(question.text)):
        return False
    verb = tokens(m.group(1))
    if not verb or any(holds(t, vocabulary, aliases) for t in verb):
        return False
    return not (question.names_person(sentence) or _BODY_NAMED.search(sentence) or _OFFICE_NAMED.search(sentence))


def another_event(
    question: Question, best: Candidate, vocabulary: AbstractSet[str], aliases: dict[str, set[str]] | None
) -> bool:
    """Whether the best sentence fails to tell of the event asked about: a footer's time says when a release was
    issued, not when a warning was cancelled, unless the release tells of that; a question about a meeting,
    agreement, decision or signing needs a sentence that tells of it (a topic question is exempt: its head noun
    does that work); "Hong Kong and ASEAN" answer nothing about the Hong Kong-Australia agreement."""
    if best.footer and not all(
        holds(t, vocabulary, aliases) for t in tokens(" ".join(_SWITCHED.findall(question.text)))
    ):
        return True
    meeting = None if question.topical else _EVENT_VERB.search(question.text)
    if meeting and not any(holds(t, best.words, aliases) for t in tokens(meeting.group(0))):  # words already joined
        return True
    return question.pairs_otherwise(best.unit.text)


def _names(vocabulary: AbstractSet[str], name: str) -> bool:
    """Whether the release's words name a place, alone or in a hyphened name ("Hong Kong-Zhuhai-Macao Bridge")."""
    stems = tokens(name)
    return all(covered(t, vocabulary) for t in stems) or any(set(stems) <= set(v.split("-")) for v in vocabulary)


def opposite_kind(
    question: Question,
    vocabulary: AbstractSet[str],
    pairs: AbstractSet[tuple[str, str]],
    antonyms: Callable[[str], set[str]],
    aliases: dict[str, set[str]] | None,
) -> bool:
    """Whether the release speaks of the opposite kind of the thing asked about, and never of that kind: a word of
    the question the release lacks, whose opposite (`antonyms`) the release puts before the same next word
    (`pairs`, the release's neighbouring stems): "female remand prisoners" against "male remand prisoners",
    "secondary schools" against "primary schools"; or a question word the release lacks whose negation it holds
    ("employed" against "unemployed persons"), or the other way round."""
    for t in question.key:
        if len(t) >= 4 and t.isalpha() and not holds(t, vocabulary, aliases) and _negated(t, vocabulary):
            return True  # "How many people were employed?" of a release that counts only the unemployed
    words = LETTER_WORDS.findall(question.text.lower())
    for word, after in zip(words, words[1:], strict=False):
        stems, nouns = tokens(word), tokens(after)
        if len(stems) != 1 or len(nouns) != 1 or stems[0] not in question.key or holds(stems[0], vocabulary, aliases):
            continue
        if any(len(o := tokens(opposite)) == 1 and (o[0], nouns[0]) in pairs for opposite in antonyms(word)):
            return True
    return False


# Words of a direction, and of its opposite: a sentence of a fall does not answer a question of a rise.
_UP = frozenset(
    tokens("rise rose risen increase increases grow grew growth climb climbed gain gained surge surged jump jumped up")
)
_DOWN = frozenset(
    tokens("fall fell fallen decrease decreases decline declined drop dropped shrink shrank dip dipped slide down")
)
_EXTREME = re.compile(r"[a-z]{2,}est|maximum|minimum|most|least")  # "the lowest temperature", "the maximum fine"
_YES_NO_Q = re.compile(rf"^\s*(?:{AUX})\b", re.I)


def opposite_said(
    question: Question, best: Candidate, antonyms: Callable[[str], set[str]], aliases: dict[str, set[str]] | None
) -> bool:
    """Whether the best sentence says the opposite of a word of the question and never the word (or another way of
    saying it): "What was the lowest temperature?" is not answered by "The temperature soared to 24.5 degrees
    Celsius on January 31, the highest of the month", nor "Which sectors saw unemployment rise?" by "decreases in
    the unemployment rate were mainly observed in ..." (a question answered yes or no may be answered so)."""
    if _YES_NO_Q.match(question.text):
        return False
    words = best.words
    for term in question.key:
        if holds(term, words, aliases):
            continue
        if term in _UP and words & _DOWN and not words & _UP or term in _DOWN and words & _UP and not words & _DOWN:
            return True
        written = question.written.get(term, "")
        if _EXTREME.fullmatch(written):
            for opposite in antonyms(written):
                o = tokens(opposite)
                if len(o) == 1 and any(w == o[0] or w in (f"{o[0]}est", f"{o[0]}er") for w in words):
                    return True
    return False


def _negated(term: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether the vocabulary holds the word's negation ("unemployed", "non-local") or, for a negated word, the
    word itself ("vaccinated" for "unvaccinated")."""
    if any(f"{prefix}{term}" in vocabulary for prefix in ("un", "non", "non-")):
        return True
    plain = next((term[len(p) :] for p in ("non-", "non", "un") if term.startswith(p)), "")
    return len(plain) >= 4 and plain in vocabulary


def word_pairs(chunks: list[Chunk]) -> set[tuple[str, str]]:
    """Every pair of neighbouring stems in a release's passages."""
    out: set[tuple[str, str]] = set()
    for chunk in chunks:
        stems = tokens(chunk.text)
        out.update(zip(stems, stems[1:], strict=False))
    return out


_ORDINAL_WORDS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()  # noqa: SIM905
    )
}
_ORDINAL_WORD = r"(?:" + "|".join(_ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))"
# "the first Silver Bond", "the eighth batch of Silver Bonds": the ordinal and the word of the thing numbered
_ORDINAL_NOUN = re.compile(
    rf"\b({_ORDINAL_WORD})\s+"
    r"(?:(?:batch|batches|issue|round|tranche|series|phase|edition)\s+of\s+(?:the\s+)?)?([A-Za-z][A-Za-z-]+)",
    re.I,
)
# "First and Second Readings", "the second, third and fourth phases": each ordinal of the run numbers the noun.
_ORDINAL_RUN = re.compile(
    rf"\b({_ORDINAL_WORD}(?:\s*(?:,|and|or|&|to)\s*{_ORDINAL_WORD})+)\s+([A-Za-z][A-Za-z-]+)",
    re.I,
)


def _ordinals_said(text: str) -> dict[tuple[str, ...], set[int]]:
    """Each numbered noun of the text (its stems) and the numbers it is given."""
    said: dict[tuple[str, ...], set[int]] = {}
    for o in _ORDINAL_NOUN.finditer(text):
        said.setdefault(tuple(tokens(o.group(2))), set()).add(_ordinal_value(o.group(1)))
    for run in _ORDINAL_RUN.finditer(text):
        values = {_ordinal_value(w) for w in re.findall(_ORDINAL_WORD, run.group(1), re.I)}
        said.setdefault(tuple(tokens(run.group(2))), set()).update(values)
    return said


def _ordinal_value(word: str) -> int:
    word = word.lower()
    return _ORDINAL_WORDS.get(word) or int(word[:-2])


def another_ordinal(question: Question, text: str) -> bool:
    """Whether the release numbers the thing the question numbers, but never with the question's number: "the
    first Silver Bond" against a release of "the second Silver Bond" or of "the eighth batch of Silver Bonds" ("4th
    Silver Bond" is the fourth)."""
    numbered: dict[tuple[str, ...], set[int]] | None = None  # the release's, read once, when the question numbers
    for m in _ORDINAL_NOUN.finditer(question.text):
        noun = tokens(m.group(2))
        if len(noun) != 1 or noun[0].isdigit() or m.group(2).lower() in PLAIN_STOPWORDS:
            continue
        if numbered is None:
            numbered = _ordinals_said(text)
        said = numbered.get(tuple(noun), set())
        if said and _ordinal_value(m.group(1)) not in said:
            return True
    return False


_WHAT_CAUSED = re.compile(r"^\s*what\s+(?:caused|causes|(?:is|was|were|are)\s+the\s+causes?\s+of)\b", re.I)
_CAUSE_ASKED = re.compile(r"\bcaus(?:e|es|ed|ing)\b", re.I)
# "to look into its cause", "to identify the cause of the accident", "the cause of the fire is under investigation"
_CAUSE_SOUGHT = re.compile(
    r"\b(?:investigat\w*|look(?:s|ing)?\s+into|identify|identifying|ascertain\w*|determin\w*|find(?:ing)?\s+out|"
    r"establish\w*)\s+(?:[\w'’-]+\s+){0,3}?causes?\b(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"|\bcauses?\s+(?:of\s+(?:[\w'’-]+\s+){1,4})?(?:is|are|was|were)\s+(?:still\s+)?(?:being\s+)?"
    r"(?:under\s+investigation|investigated|unknown|not\s+(?:yet\s+)?known|to\s+be\s+(?:determined|confirmed))",
    re.I,
)
_CAUSE_TOLD = re.compile(
    r"\bcaus\w*|\bbecause\b|\bdue\s+to\b|\bowing\s+to\b|\bresult(?:ed|ing)?\s+(?:of|from)\b|\bas\s+a\s+result\b"
    r"|\bled\s+to\b|\btrigger\w*|\battribut\w*",
    re.I,
)


def cause_unsaid(question: Question, text: str) -> bool:
    """Whether the question asks what caused something and the release says of a cause only that it is sought
    ("What caused the accident?": "... is now conducting an investigation to look into its cause"), or, asked
    "What caused ...?", says nothing of any cause."""
    if not _CAUSE_ASKED.search(question.text):
        return False
    if not _CAUSE_SOUGHT.search(text):
        # "What caused the collision?" of a release that tells of the collision and never of a cause
        return bool(_WHAT_CAUSED.match(question.text)) and not _CAUSE_TOLD.search(text)
    return not _CAUSE_TOLD.search(_CAUSE_SOUGHT.sub(" ", text))


_MONTH_BEFORE = re.compile(r"\b(?:previous|preceding|last)\s+month\b|\ba\s+month\s+(?:earlier|before)\b", re.I)


def months_said_before(question: Question, vocabulary: AbstractSet[str], text: str) -> set[str]:
    """The months the question asks of that the release tells of as "the previous month": it names the month
    after ("the underlying inflation rate was 1.4% [in September], lower than the previous month of 1.9%" tells
    of August)."""
    if not question.months or not _MONTH_BEFORE.search(text):
        return set()
    return {
        word
        for m in question.months
        if _names(vocabulary, MONTHS[m % 12])  # the month after
        for word in (MONTHS[m - 1], *tokens(MONTHS[m - 1]))
    }


# A figure with decimals that names what the question asks about: "the magnitude 3.2 quake", "the 2.25% base rate";
# not a time ("7.55pm").
_DECIMAL = re.compile(r"(?<![\w.])(\d+\.\d+)(?![\d.]|\s*(?:am|pm|a\.m|p\.m)\b)", re.I)


def figure_unsaid(question: Question, text: str) -> bool:
    """Whether the question names a figure with decimals that the release never writes: "How deep was the magnitude
    3.2 quake?" of a release of a magnitude 5.0 one."""
    return any(
        not re.search(rf"(?<![\d.]){re.escape(m.group(1))}(?!\d)", text) for m in _DECIMAL.finditer(question.text)
    )


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|on\s+|for\s+)?[A-Z][\w'’-]*)+")
_NAME_JOINS = frozenset({"of", "and", "on", "for"})


def _name_words(run: str) -> list[str]:
    """The stems of a capitalised name, less the little words that join it ("Panel on Transport": panel, transport)."""
    return [t for t in tokens(run) if t not in _NAME_JOINS]


def sibling_name(question: Question, text: str) -> bool:
    """Whether the question names a thing by a name of three words or more that the release never says, but the
    release names a sibling of it, the same last words after words it never says: "the Water Pollution Control
    Ordinance" against a release of the "Air Pollution Control Ordinance" that never says "water"."""
    runs = _NAME_RUN.finditer(question.text[1:])  # not the question's first word
    asked = [(m.group(0), name) for m in runs if len(name := _name_words(m.group(0))) >= 3]
    if not asked:
        return False
    said = tokens(text)
    joined, held = " " + " ".join(said) + " ", set(said)
    others = [other for s in _NAME_RUN.finditer(text) if len(other := _name_words(s.group(0))) >= 3]
    for run, name in asked:
        if " " + " ".join(tokens(run)) + " " in joined:
            continue
        for other in others:
            shared = 0
            while shared < min(len(name), len(other)) and name[-1 - shared] == other[-1 - shared]:
                shared += 1
            # "Ma On Shan and Peng Chau sites" against "District Peng Chau": the release names Ma On Shan apart
            own = name[: len(name) - shared]  # the words that tell the question's thing from the sibling
            if shared >= 2 and own and len(other) > shared and not any(t in held for t in own):
                return True
    return False
