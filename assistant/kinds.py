"""The kind of answer a question asks for: a number (with its unit, for a measure), an amount of money, a time,
a date, a person, a place, a name, or anything else.

Read from the question's wording alone; whether a sentence gives that kind of answer is `supplies.py`'s job.
"""

from __future__ import annotations

import re

from assistant.counts import CHANGE_Q, UNITS
from assistant.phrasing import AUX

_NUMBER_Q = re.compile(
    r"^\s*(?:(?:by|and|so|roughly|approximately|about|around|exactly|precisely|just|nearly|almost)\s+)*"
    r"how (many|much|far|long|old|big|large|fast|strong|high|close|tall|heavy|wide|deep)\b|\bhow many\b|"
    r"\b(what|which) (percentage|share|proportion|rate|number|amount|sum|figure|total|strength|concentration|size|quantity)\b|"
    r"多少|幾(?!時)|几(?!时)",  # "幾時" is "when"
    re.I,
)
_TIME_Q = re.compile(
    # "What time of day is best?" asks for a part of the day ("in the morning"), not a clock time.
    r"\bat what time\b|\b(what|which) (?:time(?! of (?:the )?day\b)|hours)\b|\bat what hour\b|幾點|几点|時間|时间|"
    # "What were the flower show's opening hours?", "What are the lifeguard hours?": from when to when
    r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?hours\b",
    re.I,
)
_DATE_Q = re.compile(
    r"^\s*(when|until when|by when|since when)\b|\b(what|which) (dates?|days?|months?|years?|periods?|time periods?)\b|^\s*what is\b.*\bdate\?*$|何時|何时|什么时候|甚麼時候|幾時|哪天|日期",
    re.I,
)
WHAT_IS = r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+"
# "What was Yagi's central pressure?", "What is the lowest temperature?": a measure is a number.
_MEASURE_Q = re.compile(
    WHAT_IS + r"(?:[\w'’-]+\s+){0,5}?(pressure|temperature|speed|population|"
    r"area|height|length|distance|weight|capacity|duration|rainfall|number|rate|percentage|total|amount|index|quota|age|ages|size|sizes)"
    r"(?:s|es)?\b",
    re.I,
)
# "What was the daily average forecast for Lo Wu?": an average is a figure (of a measure, when one is named).
_AVERAGE_Q = re.compile(WHAT_IS + r"(?:[\w'’-]+\s+){0,3}?averages?\b", re.I)
# "What percentage ...?", "What temperature should the food reach?": the measure named right after "what".
# "What is the travel time ...?": a time that things take, a duration.
SPAN_Q = re.compile(
    WHAT_IS + r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:travel|journey|waiting|flight|train|ride|trip|transit)\s+times?\b",
    re.I,
)
# "What is the maximum prison term for ...?": a duration ("imprisonment for five years").
_PRISON_TERM_Q = re.compile(
    WHAT_IS + r"(?:[\w'’-]+\s+){0,3}?(?:prison|jail|gaol|custodial)\s+(?:term|sentence)\b", re.I
)
_WHAT_MEASURE_Q = re.compile(
    r"\bwhat\s+(percentage|temperature|pressure|speed|rainfall|height|length|distance|weight|age)\b", re.I
)
# "How much rain fell?" (read as "How much rainfall"): so many millimetres.
_HOW_MUCH_RAIN = re.compile(r"^\s*how much\s+rain(?:fall)?\b", re.I)
# "How long did the visit last?" asks for a duration, "How far from ...?" for a distance ("How long is the
# bridge?" may ask either; "How far did the rate fall?" asks for a change).
_HOW_MEASURE_Q = re.compile(
    rf"^\s*how (?:(long) (?:{AUX}\b(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)|(is|was|are|were)\b)|"
    r"(far)\b(?=.*\b(?:from|away)\b)|(old)\b|"
    # "How fast was the ferry travelling?" asks for a speed; "How fast did the economy grow?" for a rate.
    r"(fast)\b(?=.*\b(?:travel|go|going|went|mov|driv|drove|run|ran|fly|flying|flew|sail|cruis|blow|wind)\w*)|"
    # "How tall is the missing man?": a height; "How heavy is the pack?": a weight.
    r"(tall|heavy|wide|deep)\b)",
    re.I,
)
# "How large an area did the red tide cover?": so many hectares or square kilometres.
_HOW_LARGE_AREA = re.compile(r"^\s*how\s+(?:large|big|wide|extensive)\s+(?:an?\s+)?area\b", re.I)
_HOW_MEASURED = {
    "long": "duration",
    "far": "distance",
    "old": "age",
    "fast": "speed",
    "tall": "height",
    "heavy": "weight",
    "wide": "length",
    "deep": "length",
}
# Money: "How much did the trip cost?", "What is the fine for ...?": an amount in a currency.
_MONEY_WORDS = (
    r"(?:cost|costs|spend|spent|pay|paid|price|prices|fee|fees|fare|fares|fine|fined|salary|salaries|wage|wages|budget|"
    r"charge|charged|money|funding|prize|worth|value|values|valued|premium|premiums|bid|bids|fetch|fetched)"
)
_MONEY_Q = re.compile(
    rf"^\s*how much\b.*\b(?:{_MONEY_WORDS}|(?:sell|sells|sold|selling|go|goes|went|going) for)\b|{WHAT_IS}(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_MONEY_WORDS}\b|"
    rf"^\s*(?:what|which)\s+(?:[\w'’-]+\s+)?{_MONEY_WORDS}\s+{AUX}\b|"  # "What fare did the MTR charge?"
    rf"^\s*what\s+{AUX}\s+.*\b(?:pay|cost|charge|spend|earn|raise|fetch)\b[^?]*\?*$"  # "What would a household pay?"
    # "How much did the victim lose?" (not "How much weight did he lose?")
    rf"|^\s*how much\s+(?:money\s+)?{AUX}\b.*\b(?:lose|lost|swindled|cheated|stolen|stole|owe|owed)\b"
    r"|\bworth\s*\?*\s*$",  # "What was the haul seized from the passenger worth?"
    re.I,
)
# "What charge does Wong face?", "What charges were laid against the trio?": an offence, not a price.
_CRIMINAL_CHARGE = re.compile(
    r"^\s*(?:what|which)\s+(?:\w+\s+)?charges?\b(?!.*\b(?:cost|costs|pay|paid|fee|fees|price|\$))"
    r".*\b(?:face|faces|faced|facing|laid|brought|against|lodged|filed)\b",
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
# "Where did ASEAN rank?" asks for a rank, not a place.
_WHERE_Q = re.compile(
    r"^\s*where\b(?!.*\b(?:rank|ranks|ranked|ranking|placed|stand|stands|stood)\b)|哪裏|哪里|何處|何处", re.I
)
# Verbs that only say something came out: the footer says when, and no sentence need hold the verb.
_CAME_OUT_VERBS = r"issu\w*|dispatch\w*|put out|sen[dt] out|publish\w*|posted|broadcast\w*"
CAME_OUT = re.compile(rf"\b(?:{_CAME_OUT_VERBS})\b", re.I)
# A question about when something was issued (a release's footer answers only that, not "when was it held").
ABOUT_ISSUING = re.compile(
    rf"\b(?:{_CAME_OUT_VERBS}|releas\w*|announc\w*|hoist\w*|cancel\w*|lower\w*|raised|in force)\b"
    r"|發出|发出|發布|发布|公布",
    re.I,
)
# "What kinds of premises ...?" asks for a list of things; a release may name them under a word of its own
# ("target locations including restaurants, guesthouses and retail stores").
KINDS_Q = re.compile(r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|categories)\s+of\b", re.I)
_TWO_ASKED = re.compile(
    r"\s*(?:who|what|when|where|why|how|which)\s+and\s+(?:who|what|when|where|why|how|which)\b", re.I
)


def kind_of_answer(text: str, span: bool) -> tuple[str, str | None]:
    """The kind of answer asked for (number, money, time, date, who, where, name, other) and, for a measure,
    its unit ("temperature", "duration", ...)."""
    if _TWO_ASKED.match(text):
        return "other", None  # "When and where ...?": a sentence giving either is part of the answer
    if _TIME_Q.search(text):
        return "time", None
    if _MONEY_Q.search(text) and not CHANGE_Q.search(text) and not _CRIMINAL_CHARGE.search(text):
        return "money", None
    if span or _PRISON_TERM_Q.search(text):
        return "number", "duration"
    if _HOW_LARGE_AREA.search(text):
        return "number", "area"
    if (
        (measure := _MEASURE_Q.search(text) or _WHAT_MEASURE_Q.search(text))
        or _NUMBER_Q.search(text)
        or _AVERAGE_Q.search(text)
    ):
        if measure and measure.group(1).lower() in UNITS:
            return "number", measure.group(1).lower()
        if _HOW_MUCH_RAIN.search(text):
            return "number", "rainfall"
        if how := _HOW_MEASURE_Q.search(text):
            # "How long was the trip / the bridge?": a duration or a length.
            return "number", (
                "extent"
                if how.group(2)
                else _HOW_MEASURED[
                    (how.group(1) or how.group(3) or how.group(4) or how.group(5) or how.group(6)).lower()
                ]
            )
        return "number", None
    for kind, pattern in (("date", _DATE_Q), ("who", _WHO_Q), ("where", _WHERE_Q), ("name", _NAME_Q)):
        if pattern.search(text):
            return kind, None
    return "other", None
