"""What a question asks for: its key words, the kind of answer, a year, "latest".

Pure functions over the question text; no index, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from assistant.keyword import STOPWORDS, covered, key_terms, query_terms, stem, tokens

_MONTHS = "january february march april may june july august september october november december".split()  # noqa: SIM905
_MONTH = "|".join(_MONTHS)
_WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
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
_AUX = r"(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|must|may|might)"
_WH = r"(?:who|whom|whose|what|which|when|where|why|how)"
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
# The unit a measure is given in: "the lowest temperature" is answered by "12 degrees", not by "January 3".
_LENGTH = r"(?:kilo|centi|milli)?met(?:re|er)s?|km|m|feet|foot|ft|miles?"
_UNITS = {
    "temperature": r"degrees?|°C?|℃",
    "pressure": r"hectopascals?|hPa|millibars?",
    "speed": r"(?:km|kilomet(?:re|er)s?|miles?)\s*(?:/|per|an)\s*(?:h|hr|hour)|knots?|met(?:re|er)s? per second|m/s",
    "rainfall": r"mm|millimet(?:re|er)s?",
    "height": _LENGTH,
    "length": _LENGTH,
    "distance": _LENGTH,
    "weight": r"(?:kilo)?grams?|kg|g|tonnes?|tons?|pounds?|lbs?|catties",
    "area": r"hectares?|(?:square|sq\.?)\s*(?:met(?:re|er)s?|m|feet|ft|kilomet(?:re|er)s?|km)|m2|m²|km2|km²|acres?",
    "duration": r"years?|months?|weeks?|days?|hours?|minutes?|seconds?",
    "percentage": r"%|per\s?cent",
    "age": r"years?[\s-]+old|years? of age",
}
_UNITS["extent"] = f"{_UNITS['duration']}|{_LENGTH}"
_COUNT = (
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|several|a few|a couple of))"
)
_IN_UNIT = {measure: re.compile(rf"{_COUNT}[\s-]*(?:{unit})(?!\w)", re.I) for measure, unit in _UNITS.items()}
# "How long did the visit last?" asks for a duration, "How far from ...?" for a distance ("How long is the
# bridge?" may ask either; "How far did the rate fall?" asks for a change).
_HOW_MEASURE_Q = re.compile(
    rf"^\s*how (?:(long) (?:{_AUX}\b(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)|(is|was|are|were)\b)|"
    r"(far)\b(?=.*\b(?:from|away)\b)|(old)\b)",
    re.I,
)
_HOW_MEASURED = {"long": "duration", "far": "distance", "old": "age"}
_AGED = re.compile(r"\baged\s+(?:about\s+|between\s+)?\d", re.I)  # "aged 27 to 64"
_UNTIL = re.compile(
    r"\b(?:until|till|up to|through)\s+(?:(?:at least|about|around|noon|midnight|the end of|mid-)\s*)*(?:\d|"
    rf"(?:{_MONTH}|{_WEEKDAY}|noon|midnight|tomorrow|"
    r"tonight)\b)",
    re.I,
)
# Money: "How much did the trip cost?", "What is the fine for ...?": an amount in a currency.
_MONEY_WORDS = r"(?:cost|costs|spend|spent|pay|paid|price|prices|fee|fees|fare|fares|fine|fined|salary|salaries|wage|wages|budget|charge|charged|money|funding|prize|worth|value|values|valued)"
_MONEY_Q = re.compile(
    rf"^\s*how much\b.*\b{_MONEY_WORDS}\b|{_WHAT_IS}(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_MONEY_WORDS}\b|"
    rf"^\s*(?:what|which)\s+(?:[\w'’-]+\s+)?{_MONEY_WORDS}\s+{_AUX}\b|"  # "What fare did the MTR charge?"
    rf"^\s*what\s+{_AUX}\s+.*\b(?:pay|cost|charge|spend|earn|raise|fetch)\b[^?]*\?*$",  # "What would a household pay?"
    re.I,
)
_MONEY = re.compile(r"(?:[$£€¥]|\bHK\$|\bRMB\s?)\s?\d|\d[\d,.]*\s*(?:dollars?|yuan|euros?|pounds?)\b", re.I)
# "What are the names of ...?", "What is it called?", "What make of firearm?": a proper name.
_NAME_Q = re.compile(
    r"\bnames?\s+of\b|\b(?:their|its|his|her)\s+names?\b|\bcalled\?*$|\b(?:make|brand|model)\s+of\b", re.I
)
_WHO_Q = re.compile(
    rf"^\s*(?:(?:to|with|by|for|from) )?(who|whom|whose)\b|誰|谁|^\s*(?:which|what)\s+(?:(?!{_AUX}\b)[\w'’.&-]+\s+){{0,3}}?"
    r"(?:secretary|minister|official|officer|"
    r"governor|mayor|chairman|chairwoman|chairperson|director|president|controller|spokesman|spokeswoman|legislator|"
    r"councillor|commissioner|judge|magistrate|athlete|player|coach|ambassador|envoy|consul|executive)s?\b",
    re.I,
)
_WHERE_Q = re.compile(r"^\s*where\b|哪裏|哪里|何處|何处", re.I)

_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b|\d{1,2}時|\d{1,2}时", re.I
)
_DATEISH = re.compile(
    # A month with its day ("November 14", "14 November") is new even when the question names the month.
    rf"\b(?:\d{{1,2}}\s+)?(?:{_MONTH})\b(?:\s+\d{{1,2}}\b)?|\b(?:{_WEEKDAY}|\d{{4}})\b|\d{{1,2}}:\d{{2}}|"
    r"\d{1,2}\s*(a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b|月|日|年|"
    # A time said relative to the release's date ("later this year", "early next year", "in the coming weeks").
    r"\b(?:(?:later|earlier|early|late|by the end of|end of)\s+)?(?:this|next|last|the following)\s+"
    r"(?:year|month|week|spring|summer|autumn|winter|quarter)\b|\bin the coming (?:days|weeks|months|years)\b|"
    r"\btomorrow\b|\byesterday\b|\bthe same day\b",
    re.I,
)
# Hong Kong's partner: "Hong Kong and ASEAN", "Hong Kong-Australia", "HK/Shenzhen", "Zhejiang-Hong Kong".
_COUNTERPART = re.compile(
    r"\b(?:Hong Kong|HK)(?:\s+and\s+|\s*[-/–]\s*)([A-Z][a-z]+|[A-Z]{2,})\b"
    r"|\b([A-Z][a-z]+|[A-Z]{2,})(?:\s+and\s+|\s*[-/–]\s*)(?:Hong Kong|HK)\b"
)


def _counterparts(text: str) -> set[str]:
    return {(m.group(1) or m.group(2)).lower() for m in _COUNTERPART.finditer(text)} - {"hong", "kong", "hk"}


_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b")  # "18 November", lower-cased
_CALENDAR_NAME = re.compile(rf"(?:{_MONTH}|{_WEEKDAY})(?:\s+\d{{1,2}})?", re.I)  # "August 18", "Monday"
_NAME = re.compile(r"\b[A-Z][A-Za-z'’-]+(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][A-Za-z'’-]+)*")
# Verbs that only say something came out: the footer says when, and no sentence need hold the verb.
_CAME_OUT_VERBS = r"issu\w*|dispatch\w*|put out|sen[dt] out|publish\w*|posted|broadcast\w*"
_CAME_OUT = re.compile(rf"\b(?:{_CAME_OUT_VERBS})\b", re.I)
# A question about when something was issued (a release's footer answers only that, not "when was it held").
_ABOUT_ISSUING = re.compile(
    rf"\b(?:{_CAME_OUT_VERBS}|releas\w*|announc\w*|hoist\w*|cancel\w*|lower\w*|raised|in force)\b"
    r"|發出|发出|發布|发布|公布",
    re.I,
)
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\([a-z]\))\s+")
# "What kinds of premises ...?" asks for a list of things; a release may name them under a word of its own
# ("target locations including restaurants, guesthouses and retail stores").
_KINDS_Q = re.compile(r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|categories)\s+of\b", re.I)
_LISTING = re.compile(r"\b(?:including|includ\w+|such as|namely)\s+\w|\w, [^,.;]+,? (?:and|or) \w", re.I)
_AMOUNT = re.compile(
    r"[$£€]?\d[\d,.]*(?:\s*(?:per cent|%|million|billion|trillion))?|\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen)s?\b",
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
_HOW_MUCH = re.compile(r"\s*how much\b", re.I)
_HOW_MUCH_OF = re.compile(rf"\s*how much\s+(?!{_AUX}\b)((?:[\w-]+\s+){{0,2}}?[\w-]+)\s+{_AUX}\b", re.I)
_LARGE = re.compile(r"hundred|thousand|million|billion|trillion|dozen", re.I)
_NUMBER_OF = re.compile(r"\b(?:number|total|count|tally) of ((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
# What is counted: "how many X" (not "how many of the X were Y"), "what (is the) number of X".
_COUNTED = re.compile(
    r"\b(?:how many\s+(?!of\b)|(?:what|which)\s+(?:(?:is|was|are|were)\s+(?:the\s+)?)?(?:total\s+)?number\s+of\s+)"
    r"((?:[\w&-]+\s+){0,2}[\w&-]+)",
    re.I,
)
_HUMAN_NOUNS = """people persons individuals men women suspects arrestees members participants visitors officers
    employees workers students athletes residents passengers patients children adults staff officials guests""".split()  # noqa: SIM905
PEOPLE = _PEOPLE = frozenset(stem(w) for w in _HUMAN_NOUNS)
_ANYONE = frozenset(stem(w) for w in ["people", "persons", "individuals", "men", "women"])  # no role of their own
# A place named by its kind: "in primary schools", "at the construction site", "to elderly homes".
_PLACE_NOUNS = (
    r"schools?|kindergartens?|homes?|hospitals?|clinics?|restaurants?|shops?|stores?|markets?|buildings?|estates?|"
    r"districts?|parks?|stations?|cent(?:re|er)s?|offices?|premises|sites?|venues?|halls?|airports?|ports?|"
    r"flats?|streets?|roads?|villages?|campus(?:es)?|institutions?|facilit(?:y|ies)|plants?|factor(?:y|ies)|"
    r"warehouses?|residences?|parlours?|guesthouses?|hotels?|clubs?|beach(?:es)?|piers?|terminals?|"
    r"provinces?|cit(?:y|ies)|towns?|countr(?:y|ies)|regions?|areas?|zones?|farms?|universit(?:y|ies)"
)
# Places asked for by name, whose names hold their kind ("Gloucester Road", "University Station", "Route 751P");
# not those a kind may answer ("a private hospital", "the district court", "country parks").
_FACILITY = r"roads?|streets?|stations?|stops?|bridges?|tunnels?|lines?|routes?|estates?|villages?|piers?|terminals?"
_AT_PLACE = re.compile(rf"\b(?:in|at|to|near|inside|into|on|by)\s+(?:[\w'’-]+\s+){{0,3}}?({_PLACE_NOUNS})\b", re.I)
_PEOPLE_PHRASE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\w-]* (?:\w+ )?("
    + "|".join(_HUMAN_NOUNS)
    + r"|man|woman|boy|girl)\b",
    re.I,
)
_TITLED = re.compile(
    r"\b(?:Mr|Ms|Mrs|Miss|Dr|Professor|Prof|Sir|Madam|the Hon)\.? ((?:[A-Z]\.? )*[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)*)"
)
_TITLES = frozenset("Mr Ms Mrs Miss Dr Professor Prof Sir Madam The Hon".split())  # noqa: SIM905
_HYPHEN_NAME = re.compile(r"\b[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-[a-z]{1,5}\b")  # Cheng Tsz-man
_WORDS = re.compile(r"[a-z][a-z-]+")
_PLACE_HEADS = frozenset(stem(w) for w in ("city", "town", "province", "country", "region", "municipality"))
_PLACE_NAMED = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
COMPOUND_PART = 4  # letters: the shortest part a word is split into ("lock" and "down" of "lockdown")


def _stems(words: str) -> frozenset[str]:
    return frozenset(t for w in words.split() for t in tokens(w))  # as the question's tokens ("one" -> "1")


# What a question asks about: "Which <vice governor> did ...", "How many <medals> did ...",
# "What did they agree on <aviation>?"; "Who <chairs> ..." names a verb, not a thing.
_FOCUS_WHAT = re.compile(
    rf"^\s*(?:(?:in|on|at|for|from|to|by|with|under|of)\s+)?(?:what|which)\s+(?!{_AUX}\b)"
    rf"((?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+)\s+{_AUX}\b",
    re.I,
)
_FOCUS_HOW_MANY = re.compile(rf"\bhow many\s+((?:[\w-]+\s+){{0,3}}?[\w-]+)\s+{_AUX}\b", re.I)
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
_FOCUS_WHO = re.compile(rf"^\s*who\s+(?!{_AUX}\b)([a-z][a-z-]*)\b", re.I)
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
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_NUMBER = re.compile(r"[0-9一二三四五六七八九十百千萬万億亿]")


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
        return self.head in _PLACE_HEADS and any(
            self._new(m.group(1)) and not _CALENDAR_NAME.fullmatch(m.group(1)) for m in _PLACE_NAMED.finditer(sentence)
        )

    def lists(self, sentence: str) -> bool:
        """Whether a question about kinds of things meets a sentence that lists things."""
        return self.kinds and bool(_LISTING.search(sentence))

    def fits(self, sentence: str) -> bool:
        """Whether the sentence supplies the kind of thing asked for (a number, a time, a date, a
        person, a place) beyond what the question itself already says."""
        if (named := self._named_facility) is not None:
            # "Which roads were closed?" asks for roads by name: "Gloucester Road", "the Chestwood and Yau Oi stops".
            # A single capitalised word that opens the sentence is no name ("Partial road closure ...").
            plain = _ENUMERATOR.sub("", sentence)
            before, after = named
            return any(m.group(1).lower() not in self.text.lower() for m in after.finditer(plain)) or any(
                (m.start() > 0 or " " in m.group(1)) and self._new(m.group(1)) for m in before.finditer(plain)
            )
        if self.kind == "other":
            # An answer says something the question does not: a heading-like run of the question's own
            # words ("3. TROPICAL CYCLONE BROUGHT") tells nothing.
            return any(
                t not in self._asked_tokens and t not in STOPWORDS for t in tokens(_ENUMERATOR.sub("", sentence))
            )
        if _CJK.search(sentence):
            return self.kind not in ("number", "money", "time", "date") or bool(_CJK_NUMBER.search(sentence))
        asked = self.text.lower()
        sentence = _ENUMERATOR.sub("", sentence)  # "2. Public transport services": a list's number, not a count
        if self.kind == "time":
            return any(m.group(0).lower() not in asked for m in _CLOCK.finditer(sentence))
        if self.kind == "date":
            # "18 November" and "November 18" are one date.
            return any(
                _DAY_FIRST.sub(r"\2 \1", m.group(0).lower()) not in self._asked_dates
                for m in _DATEISH.finditer(sentence)
            )
        if self.kind == "number":
            return self._counts(sentence)
        if self.kind == "money":
            return any(m.group(0).lower() not in asked for m in _MONEY.finditer(sentence))
        if self.kind == "who" and _PEOPLE_PHRASE.search(sentence):
            return True
        if self.kind == "where" and any(m.group(1).lower() not in asked for m in _AT_PLACE.finditer(sentence)):
            return True  # "outbreaks mainly occurred in primary schools": a kind of place, not a name
        names = [m.group(1) for m in _TITLED.finditer(sentence)] + _HYPHEN_NAME.findall(sentence)
        # A capitalised run that opens the sentence is a name without its first word, which may be capitalised
        # only for opening it ("Chief Secretary Matthew Cheung will be Acting Chief Executive").
        for m in _NAME.finditer(sentence):
            words = m.group(0).split()
            names += [" ".join(words if m.start() else words[1:])]
        # A month or a weekday is capitalised but names no one and nowhere ("from August 18 to 24").
        return any(self._new(name) for name in names if name and not _CALENDAR_NAME.fullmatch(name))

    @cached_property
    def _named_facility(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """For "Which road / station / route ...?", patterns for such a place by its name: a capitalised name
        before the noun, a number after it; None for any other question."""
        if self.kind not in ("other", "where") or not self.head:
            return None
        # "Which companies' bus routes ...?" asks for companies.
        m = re.search(rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?({_FACILITY})\b", self.text, re.I)
        if not m or tokens(m.group(1)) != [self.head]:
            return None
        noun = re.escape(m.group(1).lower().removesuffix("s")) + "s?"  # every such noun's plural adds an s
        # A name before the noun ("Gloucester Road") or a number after it ("Route 751P", "Terminal 1").
        return (
            re.compile(rf"((?:[A-Z][\w'’&-]*\s+(?:and\s+)?)*[A-Z][\w'’&-]*)\s+(?i:{noun})\b"),
            re.compile(rf"(?i:{noun})\s+(\d[\w-]*)"),
        )

    @cached_property
    def _asked_tokens(self) -> frozenset[str]:
        return frozenset(tokens(self.text))

    @cached_property
    def _asked_dates(self) -> str:
        """The question in lower case, its dates written month first ("november 18")."""
        return _DAY_FIRST.sub(r"\2 \1", self.text.lower())

    @cached_property
    def _partners(self) -> set[str]:
        return _counterparts(self.text)

    @cached_property
    def _compounds(self) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """Key words a release may write joined or apart, as (what a text must hold, key words it then holds):
        "crack down" is held by "crackdown", and "crackdown" by "crack" and "down" (each part of a split four
        letters or more)."""
        key = set(self.key)
        words = _WORDS.findall(self.text.lower())
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

    def pairs_otherwise(self, sentence: str) -> bool:
        """Whether the sentence pairs Hong Kong with another partner than the question does and names not the
        question's ("Hong Kong and ASEAN will sign the FTA" for a question on the Hong Kong-Australia agreement)."""
        asked = self._partners
        if not asked:
            return False
        said = _counterparts(sentence)
        lowered, words = self.text.lower(), set(_WORDS.findall(sentence.lower()))
        if not said or any(s.startswith(a) or a.startswith(s) for s in said for a in asked):
            return False  # the same partner, or spelt with a slip ("Zhejiangin")
        return not asked & words and all(p not in lowered for p in said)

    def names_person(self, sentence: str) -> bool:
        """Whether the sentence names a person (Mr ..., Cheng Tsz-man) that the question does not."""
        names = [m.group(1) for m in _TITLED.finditer(sentence)] + _HYPHEN_NAME.findall(sentence)
        return any(self._new(name) for name in names)

    def _new(self, name: str) -> bool:
        asked = self.text.lower()
        return not all(w.lower() in asked for w in name.split() if w not in _TITLES)

    def _counts(self, sentence: str) -> bool:
        """A number not in the question; for "how many X", one next to X (or next to people)."""
        asked = self.text.lower()
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
            return before is not None and before.group(1).lower() not in _MONTH_WORDS

        # A count ("how many people") is no telephone number; "What number should people call?" asks for one.
        phones = [m.span() for m in _PHONE.finditer(sentence)] if _COUNTED.search(self.text) else []
        numbers = [
            m
            for m in _AMOUNT.finditer(sentence)
            if m.group(0).lower() not in asked and not in_name(m) and not any(a <= m.start() < b for a, b in phones)
        ]
        if not numbers:
            return False
        if self.unit == "age" and _AGED.search(sentence):
            return True
        if self.unit in ("duration", "extent") and _UNTIL.search(sentence):
            return True  # "How long will the signal stay?": "until at least 6 a.m."
        if self.unit:
            return any(m.group(0).lower() not in asked for m in _IN_UNIT[self.unit].finditer(sentence))
        if _HOW_MUCH.match(self.text):
            # An amount is in figures or a large number ("12,800 tonnes", "2 million"): "the two cities" is no
            # answer to "How much trade did the two cities do?".
            # A year ("in January 2004") is no amount.
            numbers = [
                m
                for m in numbers
                if (any(c.isdigit() for c in m.group(0)) or _LARGE.search(m.group(0)))
                and not _YEAR_ALONE.fullmatch(m.group(0).rstrip(",."))
            ]
            # "How much petrol was seized?": the amount is of the thing named, so the sentence names it.
            if numbers and (thing := _HOW_MUCH_OF.match(self.text)):
                return stem(thing.group(1).split()[-1].lower()) in {stem(w) for w in _WORDS.findall(sentence.lower())}
            return bool(numbers)
        noun = _COUNTED.search(self.text)
        if not noun:
            return True
        wanted = {stem(w) for w in noun.group(1).lower().split()} - STOPWORDS
        if wanted & _ANYONE:
            wanted |= _PEOPLE  # "how many people": any of them counts ("33 workers", "22 individuals")
        elif wanted & _PEOPLE:
            wanted |= _ANYONE  # "how many visitors": "500 people" may be the visitors, "35 Members" are not
        for m in numbers:
            after = [stem(w) for w in _WORDS.findall(sentence[m.end() : m.end() + 60].lower())][:5]
            # The counted thing is named before a verb's auxiliary: "the two sides have signed agreements" counts
            # sides.
            after = after[: next((i for i, w in enumerate(after) if w in _AUXILIARY), len(after))]
            if any(_counts_as(w, wanted) for w in after):
                return True
        # "This brings the total number to 247 (164 deaths) so far": a running total of what the sentence before
        # counted.
        if any(_TALLY.search(sentence[: m.start()]) and _TALLY_END.match(sentence[m.end() :]) for m in numbers):
            return True
        # "it could house a population of up to 350 000": a count of people.
        if wanted & _PEOPLE and any(_POPULATION.search(sentence[: m.start()]) for m in numbers):
            return True
        # "the number of outbreaks increased from one to 17": the thing counted, then its count.
        for m in _NUMBER_OF.finditer(sentence):
            counted = [stem(w) for w in _WORDS.findall(m.group(1).lower())][:3]
            if any(_counts_as(w, wanted) for w in counted) and any(n.start() > m.end() for n in numbers):
                return True
        return False


def _counts_as(word: str, wanted: set[str]) -> bool:
    """Whether a word next to a number names the thing counted: the same word or a form of it, but not its
    doer ("35 Members attended the visit" counts no visitors)."""
    return covered(word, wanted) and not any(_doer_of(word, w) or _doer_of(w, word) for w in wanted)


def _doer_of(longer: str, shorter: str) -> bool:
    return longer.startswith(shorter) and longer[len(shorter) :] in _DOER


_DOER = frozenset({"or", "ors", "er", "ers"})
_AUXILIARY = frozenset(
    stem(w) for w in ["has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must"]
)  # not "were": "13 persons were overstaying former FDHs" counts the FDHs
_NAME_BEFORE = re.compile(r"(?<=[\w,;:(] )([A-Z][a-z]+) $")  # a capitalised word, not the sentence's first
_MONTH_WORDS = frozenset(_MONTHS) | {"no", "nos"}
_SHORT_MONTHS = {name[:3]: name for name in _MONTHS} | {"sept": "september"}
_MONTH_NAME = "|".join(sorted(_SHORT_MONTHS, key=len, reverse=True))
# "Dec 2019", "8 Dec. 2019", "Sept 3": a short month name next to a number ("Jan" alone may be a name).
_SHORT_MONTH = re.compile(rf"\b({_MONTH_NAME})\b\.?(?=,?\s*\d)|(?<=\d\s)({_MONTH_NAME})\b\.?", re.I)
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")
_DMY_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")  # Hong Kong writes day/month/year


def spell_dates(text: str) -> str:
    """Dates as the releases write them: "Dec 2019" -> "December 2019", "2019-12-08" and "8/12/2019" ->
    "8 December 2019"."""

    def day_month_year(day: str, month: str, year: str, original: str) -> str:
        d, m = int(day), int(month)
        return f"{d} {_MONTHS[m - 1].capitalize()} {year}" if 1 <= m <= 12 and 1 <= d <= 31 else original

    text = _ISO_DATE.sub(lambda m: day_month_year(m.group(3), m.group(2), m.group(1), m.group(0)), text)
    text = _DMY_DATE.sub(lambda m: day_month_year(m.group(1), m.group(2), m.group(3), m.group(0)), text)
    return _SHORT_MONTH.sub(lambda m: _SHORT_MONTHS[(m.group(1) or m.group(2)).lower()].capitalize(), text)


# A request around the question ("Can you tell me who ...", "I'd like to know when ..."): the question is what
# follows it, read as if asked on its own.
_REQUEST = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[\s,!.]*)?(?:please\s+)?(?:"
    r"(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show|let)\s+me(?:\s+know)?"
    r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:find\s+out|check|say)"
    r"|(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:explain|describe|summari[sz]e|outline|sum\s+up|brief\s+me\s+on"
    r"|give\s+(?:me\s+)?(?:a\s+|an\s+)?(?:short\s+|brief\s+|quick\s+)?(?:summary|overview|rundown|outline)\s+of)"
    r"|(?:please\s+)?(?:tell|show|give|send)\s+me|let\s+me\s+know|(?:please\s+)?(?:name|list|state|find)(?=\s+the\b)"
    r"|i\s*(?:'d|’d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i\s+(?:wonder|was\s+wondering)"
    r"|do\s+you\s+know|does\s+any(?:one|body)\s+know"
    r")\b[\s,:]*(?:please\s+)?(?=\S)"
    r"|^\s*(?:[請请][問问]|我想[問问]|(?:我)?想知道|(?:你|您)知道|(?:可(?:以|否)|能(?:否)?)?[請请]?(?:你|您)?告[訴诉]我)[\s,，:：]*(?=\S)",
    re.I,
)


# A question opened by a conjunction, as the next in a conversation: "And who chairs it?"
_OPENER = re.compile(r"^\s*(?:and|but|so|also|then|ok(?:ay)?|well|now)\b[\s,]*(?=\S)", re.I)
# An embedded question keeps the order of a statement: "(tell me) what the phone number is".
_EMBEDDED = re.compile(
    r"^((?:what|who|whom|whose|where|when|which|how(?:\s+(?:many|much|long|old|far|big|large))?)(?:\s+\w+)??)"
    r"\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|will\b|would\b|can\b|could\b|has\b|have\b|had\b)"
    r"(.+?)\s+(is|was|are|were)\b(.*?)\s*[?.]?$",
    re.I,
)


_SUBJECT_OPENERS = frozenset("the a an this that these those his her its their our my your".split())  # noqa: SIM905


def _is_subject(phrase: str) -> bool:
    """Whether a phrase opens as a noun phrase does ("the fee", "Hong Kong's share"), not as a verb."""
    first = phrase.split()[0]
    return first.lower() in _SUBJECT_OPENERS or first[0].isupper()


# Courtesy after the question: "...? Thanks!", "..., thank you." / "谢谢".
_COURTESY = re.compile(
    r"(?:(?<=[?.!,])|(?<=[?.!,]\s))\s*(?:(?:many\s+)?thanks?(?:\s+(?:you|a\s+lot|in\s+advance))?"
    r"|thank\s+you(?:\s+(?:very\s+much|in\s+advance))?|thx|cheers|please|pls|[謝谢][謝谢]|唔該|唔该)[\s.!?。！？]*$",
    re.I,
)


# A greeting or preamble before the question ("Hi there.", "Quick question:"), words that ask nothing.
_PREAMBLE = re.compile(r"^\s*([A-Za-z' ]+?)\s*[.!:,;—–-]+\s+(?=\S)")
_GREETING = """hi hello hey there dear all good morning afternoon evening day i i've ive have had got a an one
another quick simple small short more question questions query enquiry thanks thank you please help me need want
to ask sir madam team folks everyone ok okay so um well sorry excuse"""
_PREAMBLE_WORDS = frozenset(_GREETING.split())


def strip_request(text: str) -> str:
    """The question inside a request for it: "Can you tell me who chairs it?" -> "Who chairs it?",
    "Do you know what the fee is?" -> "What is the fee?", "And when is it?" -> "When is it?", "Hi there. Who
    chairs it? Thanks!" -> "Who chairs it?"."""
    if (thanked := _COURTESY.search(text)) and any(c.isalnum() for c in text[: thanked.start()]):
        text = text[: thanked.start()].rstrip(" ,")
    while (preamble := _PREAMBLE.match(text)) and set(preamble.group(1).lower().split()) <= _PREAMBLE_WORDS:
        text = text[preamble.end() :]
        text = text[0].upper() + text[1:]
    framed = _REQUEST.match(text) or _OPENER.match(text)
    if not framed:
        return text
    rest = text[framed.end() :].rstrip()
    if not any(c.isalnum() for c in rest):
        return text
    if (embedded := _EMBEDDED.match(rest)) and _is_subject(embedded.group(2)):
        rest = f"{embedded.group(1)} {embedded.group(3)} {embedded.group(2)}{embedded.group(4)}?"
    elif rest.split()[0].lower() in _SUBJECT_OPENERS:  # "Give me the phone number of ...": what it is
        rest = f"What is {rest[0].lower()}{rest[1:]}"
    return rest[0].upper() + (rest[1:-1] + "?" if rest.endswith(".") else rest[1:])


_CONTRACTED = re.compile(r"\b(what|who|where|when|how|which|why)['’](s|re)\b", re.I)

# A question word at the end, where a statement's gap is ("The delegation will visit which city?", "It was held
# when?"), not after a question word or verb that opens a question ("Do you know which ...?").
# A preposition that may open a question before its question word ("Over how many years ...?", "In which city ...?").
_OPENING_PREPOSITION = (
    r"(?:in|on|at|for|from|to|by|with|under|of|during|after|before|since|until|till|over|within|through|across|"
    r"around|into|between|among|about|against|via|towards?|upon|beyond|throughout|despite|without)"
)
_HOW_AFTER_PREPOSITION = re.compile(r"^\s*(?:for|over|by|within|in|during)\s+(how\s+(?:many|much|long)\b)", re.I)
_IN_PLACE = re.compile(
    rf"^(?!\s*(?:{_OPENING_PREPOSITION}\s+)?(?:{_WH}|{_AUX})\b)(?P<rest>.+?)\s+"
    r"(?P<wh>(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|how (?:many|much)(?:\s+[\w'’-]+){0,3}|"
    r"when|where|who|whom)\s*\?+$",
    re.I,
)
_LEAD = r"(?P<lead>(?:in|on|at|during|after|before|by|for|from|since|under|according to|apart from|besides|"
_LEAD += r"as of|as at|of|among|regarding|about|with|without|when|while|once|unlike|like)\b[^,?]{1,80}),\s*"
_LEADING = re.compile(_LEAD + rf"(?P<question>{_WH}\b.+)$", re.I)
_LEADING_REST = re.compile(_LEAD + r"(?P<rest>.+)$", re.I)

_TOPIC_FIRST = re.compile(
    rf"^(?P<topic>[^?:;–—]{{3,80}}?)\s*(?:[:;–—]|\s-\s)\s*(?P<question>(?:{_WH}|{_AUX})\b.+)$", re.I
)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)


def _lower_opening(phrase: str, openers: frozenset[str] = frozenset(("The", "A", "An"))) -> str:
    """A phrase moved from the start of the question: its capital goes when its first word is one of the
    openers (an article, a pronoun), not when it names something."""
    return phrase[0].lower() + phrase[1:] if phrase.split()[0] in openers else phrase


_LEAD_OPENERS = frozenset(
    w.capitalize()
    for w in """in on at during after before by for from since under according apart besides as of among regarding
    about with without when while once unlike like""".split()  # noqa: SIM905
)
_SUBJECT_OPENING = frozenset("The It They He She A An This That These Those".split())  # noqa: SIM905
# Phrases that name no topic: "took place" (happened), "so far", "to date".
_NO_TOPIC = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+place\b|\bso far\b|\bto date\b|\bat present\b|\bup to now\b|"
    r"\bas of now\b|"
    # "What are the vouchers called?": the release names them, it need not say "called".
    r"\b(?:called|named|known as)(?=\s*\?*\s*$)",
    re.I,
)
_SCHOOL_LEVEL = re.compile(r"\b([PS])([1-6])\b")  # Hong Kong's school years: P1-P6 primary, S1-S6 secondary
_LEVELS = {"P": "Primary", "S": "Secondary"}
_YEARS_OLD = re.compile(r"\b(\d{1,3})[\s-]+years?[\s-]+old\b", re.I)
# A question word that asks (at the start, or left before the question mark), not one that opens a clause
# ("the number of people who joined"); a question opened by a verb; Chinese.
_ASKING = re.compile(
    rf"^\s*(?:(?:{_OPENING_PREPOSITION}|and|but|so)\s+)?{_WH}\b|"
    rf"\b{_WH}\s*\?|^\s*(?:{_AUX}|name|list|tell|give|show|explain|describe|summari[sz]e|find|state|define|compare|"
    r"identify)\b|[\u4e00-\u9fff]",
    re.I,
)
_AUX_IN = re.compile(rf"^(?P<subject>.+?)\s+(?P<aux>{_AUX})\s+(?P<verb>.+)$", re.I)


def front_question_word(text: str) -> str:
    """The question word moved to the front, as most questions are written: "The delegation will visit which
    city?" -> "Which city will the delegation visit?", "It was held when?" -> "When was it held?"; a phrase
    set before the question goes after it ("In 2019, what was ...?" -> "What was ... in 2019?")."""
    if (topic := _TOPIC_FIRST.match(text)) and _PRONOUN.search(topic.group("question")):
        # "Zhejiang Liaison Unit - who heads it?": the topic named first is what the pronoun stands for.
        name = _lower_opening(topic.group("topic").strip())
        question = _PRONOUN.sub(
            lambda m: f"{name}'s" if m.group(0).lower() in ("its", "their") else name, topic.group("question"), count=1
        )
        return question[0].upper() + question[1:]
    if lead := _LEADING.match(text):
        question = lead.group("question").rstrip("?")
        return f"{question[0].upper()}{question[1:]} {_lower_opening(lead.group('lead'), _LEAD_OPENERS)}?"
    if (
        (lead := _LEADING_REST.match(text))
        and len(lead.group("rest").split()) > 3
        and _IN_PLACE.match(lead.group("rest"))
    ):
        # "When the warning is issued, employers must follow which guidance?"
        fronted = front_question_word(lead.group("rest"))
        return f"{fronted.rstrip('?')} {_lower_opening(lead.group('lead'), _LEAD_OPENERS)}?"
    m = _IN_PLACE.match(text)
    if not m or m.group("rest").rstrip()[-1] in ":;,":  # "Attendance at the briefing: how many?"
        return text
    rest, wh = m.group("rest"), m.group("wh")
    if lead := _LEADING_REST.match(rest):  # "In 2021, the department arrested how many people?"
        rest = f"{lead.group('rest')} {_lower_opening(lead.group('lead'), _LEAD_OPENERS)}"
    wh = wh[0].upper() + wh[1:]
    if (aux := _AUX_IN.match(rest)) and not re.search(r"[,;:]", aux.group("subject")):
        subject = _lower_opening(aux.group("subject"), _SUBJECT_OPENING)
        return f"{wh} {aux.group('aux').lower()} {subject} {aux.group('verb')}?"
    rest = _lower_opening(rest)
    # No auxiliary to move: "did" stands in, as a reader hears it ("... agreed to expand which approach?" ->
    # "Which approach did ... agreed to expand?"), so that what is asked about reads as in any question.
    return f"{wh} {rest}?" if wh.lower().startswith("how") else f"{wh} did {rest}?"


# Informal short forms people type, in full ("govt" / "government", "Dept" / "Department", "phone no." / "phone
# number"; not "No. 8", a signal's number).
_INFORMAL_WORDS = {
    "govt": "government",
    "gov't": "government",
    "dept": "department",
    "depts": "departments",
    "intl": "international",
    "int'l": "international",
    "univ": "university",
    "assn": "association",
    "assoc": "association",
    "secy": "secretary",
    "approx": "approximately",
    "info": "information",
    "natl": "national",
    "mgmt": "management",
    "admin": "administration",
    "yr": "year",
    "yrs": "years",
    "mth": "month",
    "mths": "months",
    "hr": "hour",
    "hrs": "hours",
    "ppl": "people",
}
_INFORMAL = re.compile(
    r"(?<![\w'])(" + "|".join(re.escape(w) for w in _INFORMAL_WORDS) + r")\b\.?|(?<!\w)(no)\.(?!\s*\d)", re.I
)


def _in_full(m: re.Match) -> str:
    short = m.group(1) or m.group(2)
    full = _INFORMAL_WORDS.get(short.lower(), "number")
    return full.capitalize() if short[0].isupper() else full


_FULL_WIDTH = str.maketrans({"？": "?", "！": "!"})  # a Chinese keyboard's marks, after any language


_TWO_ASKED = re.compile(
    r"\s*(?:who|what|when|where|why|how|which)\s+and\s+(?:who|what|when|where|why|how|which)\b", re.I
)


def parse_question(text: str) -> Question:
    original, text = text, spell_dates(strip_request(text.translate(_FULL_WIDTH).strip()))
    text = _CONTRACTED.sub(lambda m: f"{m.group(1)} {'is' if m.group(2).lower() == 's' else 'are'}", text)
    text = _INFORMAL.sub(_in_full, text)
    text = _YEARS_OLD.sub(r"\1-year-old", text)  # "84 year old" as the releases write it
    text = _SCHOOL_LEVEL.sub(
        lambda m: f"{_LEVELS[m.group(1)]} {m.group(2)}", text
    )  # "P4 to S2": Primary 4 to Secondary 2
    if text and text[-1].isalnum():
        text += "?"  # as most questions are written: the model's vector, and so the ranking, shifts without it
    text = front_question_word(text)
    # "Over how many years ...?", "For how long ...?", "By how much ...?" ask as "How many years / long / much".
    text = _HOW_AFTER_PREPOSITION.sub(lambda m: m.group(1).capitalize(), text)
    fragment = not _ASKING.search(text)
    if fragment:
        # Words with no question in them ("accident and emergency fee after the reform?", "opening date of the
        # museum") ask what the thing is: read as such, the kind of answer is read from the thing named.
        text = f"What is {text}"
    unit = None
    span = bool(_SPAN_Q.search(text))  # "the travel time": a duration
    if _TWO_ASKED.match(text):
        kind = "other"  # "When and where ...?": a sentence giving either is part of the answer
    elif _TIME_Q.search(text):
        kind = "time"
    elif _MONEY_Q.search(text):
        kind = "money"
    elif span:
        kind, unit = "number", "duration"
    elif (measure := _MEASURE_Q.search(text) or _WHAT_MEASURE_Q.search(text)) or _NUMBER_Q.search(text):
        kind = "number"
        if measure and measure.group(1).lower() in _UNITS:
            unit = measure.group(1).lower()
        elif how := _HOW_MEASURE_Q.search(text):
            # "How long was the trip / the bridge?": a duration or a length.
            unit = "extent" if how.group(2) else _HOW_MEASURED[(how.group(1) or how.group(3) or how.group(4)).lower()]
    elif _DATE_Q.search(text):
        kind = "date"
    elif _WHO_Q.search(text):
        kind = "who"
    elif _WHERE_Q.search(text):
        kind = "where"
    elif _NAME_Q.search(text):
        kind = "name"
    else:
        kind = "other"
    year = m.group(1) if (m := _YEAR.search(text)) else None
    lowered = text.lower()
    months = tuple(i + 1 for i, name in enumerate(_MONTHS) if re.search(rf"\b{name}\b", lowered))
    issuing = kind in ("date", "time") and bool(_ABOUT_ISSUING.search(text))
    key = key_terms(_NO_TOPIC.sub("happen", text))  # "took place", "so far": no word a release need hold
    head = _head(text)
    if span:  # "takes about five hours" holds neither "travel" nor "time"
        key = [t for t in key if t not in _SPAN_WORDS]
        head = None if head in _SPAN_WORDS else head
    if unit:
        # The answer's unit stands for the measure's name ("By what percentage ...?": "up 14.6%"); the kind
        # check asks for the unit, so no sentence need hold the name.
        key = [t for t in key if t not in _UNIT_WORDS.get(unit, _stems(unit))]
    elif kind == "money":
        key = [t for t in key if t not in _AMOUNT_WORDS]  # "the value of the drugs": "worth $4.67 million"
    elif kind == "number":
        key = [t for t in key if t not in _SIZE_WORDS]  # "the size of the team": "254 athletes"
    if issuing:
        came_out = {t for m in _CAME_OUT.finditer(text) for t in tokens(m.group(0))}
        key = [t for t in key if t not in came_out]
    return Question(
        text=text,
        terms=tuple(query_terms(text)),
        key=tuple(key),
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
                    or re.search(rf"\b{_AUX}\b", phrase)
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
        out.add(_MONTHS[int(month) - 1].rstrip("s"))
        out.add(_MONTHS[int(month) - 1])
        # "early December", "mid-July", "late August": the part of the month the release's day falls in.
        out.add(_PART_OF_MONTH[min(int(day) - 1, 29) // 10])
    return out
