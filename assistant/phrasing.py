"""A question as people type it, rewritten as the parser reads it.

Requests around a question ("Can you tell me who ...?"), greetings and thanks come off (`framing.py`); a
question word left in place ("It was held when?") moves to the front; dates are spelled as the releases spell
them ("Dec 2019", "2019-12-08"); informal short forms ("govt", "P4") are written in full. Pure functions over the
text: this module does not read what is asked (`question.py` does) and knows nothing of the releases.
"""

from __future__ import annotations

import re

from assistant.framing import strip_request

MONTHS = "january february march april may june july august september october november december".split()  # noqa: SIM905
MONTH = "|".join(MONTHS)
WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Capitalised words of a question that name no place and no part of a release: a month, a weekday, Hong Kong.
NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAY.split("|")) | {"hong", "kong"}
AUX = r"(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|must|may|might)"
# Past tenses that do not end in "-ed": "Which official spoke ...?", "Which firm won ...?"
IRREGULAR_PAST = (
    r"(?:saw|won|led|made|took|gave|sent|held|met|said|told|became|began|got|brought|caught|ran|paid|went|spoke|"
    r"came|left|kept|lost|found|wrote|sold|bought|chose|struck|hit|stole|flew|drew|grew|rose|fell|set)"
)
WH = r"(?:who|whom|whose|what|which|when|where|why|how)"

SHORT_MONTHS = {name[:3]: name for name in MONTHS} | {"sept": "september"}
_MONTH_NAME = "|".join(sorted(SHORT_MONTHS, key=len, reverse=True))
# "Dec 2019", "8 Dec. 2019", "Sept 3": a short month name next to a number ("Jan" alone may be a name).
_SHORT_MONTH = re.compile(rf"\b({_MONTH_NAME})\b\.?(?=,?\s*\d)|(?<=\d\s)({_MONTH_NAME})\b\.?", re.I)
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b")
_DMY_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")  # Hong Kong writes day/month/year


def months_named(text: str) -> tuple[int, ...]:
    """The months the text names as months (1-12): "March" or "in march 2020", not "the July 1 march" or "may"."""
    lowered, typed_lower = text.lower(), text == text.lower()
    out = []
    for i, name in enumerate(MONTHS):
        for m in re.finditer(rf"\b{name}\b", lowered):
            near_number = bool(re.search(r"\d,?\s*$", lowered[: m.start()]) or re.match(r",?\s*\d", lowered[m.end() :]))
            if typed_lower:
                named = near_number or name not in ("march", "may")
            else:  # capitalised, and not "May I ...?"
                named = text[m.start()].isupper() and (m.start() > 0 or near_number)
            if named:
                out.append(i + 1)
                break
    return tuple(out)


def spell_dates(text: str) -> str:
    """Dates as the releases write them: "Dec 2019" -> "December 2019", "2019-12-08" and "8/12/2019" ->
    "8 December 2019"."""

    def day_month_year(day: str, month: str, year: str, original: str) -> str:
        d, m = int(day), int(month)
        return f"{d} {MONTHS[m - 1].capitalize()} {year}" if 1 <= m <= 12 and 1 <= d <= 31 else original

    text = _ISO_DATE.sub(lambda m: day_month_year(m.group(3), m.group(2), m.group(1), m.group(0)), text)
    text = _DMY_DATE.sub(lambda m: day_month_year(m.group(1), m.group(2), m.group(3), m.group(0)), text)
    return _SHORT_MONTH.sub(lambda m: SHORT_MONTHS[(m.group(1) or m.group(2)).lower()].capitalize(), text)


_CONTRACTED = re.compile(r"\b(what|who|where|when|how|which|why)['’](s|re)\b", re.I)
# "can't", "won't", "isn't": the verb and "not" ("cant" is no word of a release).
_NOT = re.compile(r"\b(ca|wo|sha|do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n['’]t\b", re.I)
_NOT_VERBS = {"ca": "can", "wo": "will", "sha": "shall"}

# A question word at the end, where a statement's gap is ("The delegation will visit which city?", "It was held
# when?"), not after a question word or verb that opens a question ("Do you know which ...?").
# A preposition that may open a question before its question word ("Over how many years ...?", "In which city ...?").
_OPENING_PREPOSITION = (
    r"(?:in|on|at|for|from|to|by|with|under|of|during|after|before|since|until|till|over|within|through|across|"
    r"around|into|between|among|about|against|via|towards?|upon|beyond|throughout|despite|without)"
)
_HOW_AFTER_PREPOSITION = re.compile(r"^\s*(?:for|over|by|within|in|during)\s+(how\s+(?:many|much|long)\b)", re.I)
_IN_PLACE = re.compile(
    rf"^(?!\s*(?:{_OPENING_PREPOSITION}\s+)?(?:{WH}|{AUX})\b)(?P<rest>.+?)\s+"
    r"(?P<wh>(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|how (?:many|much)(?:\s+[\w'’-]+){0,3}|"
    r"when|where|who|whom)\s*\?+$",
    re.I,
)
_LEAD = r"(?P<lead>(?:in|on|at|during|after|before|by|for|from|since|under|according to|apart from|besides|"
_LEAD += r"as of|as at|of|among|regarding|about|with|without|when|while|once|unlike|like)\b[^,?]{1,80}),\s*"
_LEADING = re.compile(_LEAD + rf"(?P<question>{WH}\b.+)$", re.I)
_LEADING_REST = re.compile(_LEAD + r"(?P<rest>.+)$", re.I)

_TOPIC_FIRST = re.compile(
    rf"^(?P<topic>[^?:;–—]{{3,80}}?)\s*(?:[:;–—]|\s-\s)\s*(?P<question>(?:{WH}|{AUX})\b.+)$", re.I
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
_SCHOOL_LEVEL = re.compile(r"\b([PS])([1-6])\b")  # Hong Kong's school years: P1-P6 primary, S1-S6 secondary
_LEVELS = {"P": "Primary", "S": "Secondary"}
_YEARS_OLD = re.compile(r"\b(\d{1,3})[\s-]+years?[\s-]+old\b", re.I)
# A question word that asks (at the start, or left before the question mark), not one that opens a clause
# ("the number of people who joined"); a question opened by a verb; Chinese.
_ASKING = re.compile(
    rf"^\s*(?:(?:{_OPENING_PREPOSITION}|and|but|so)\s+)?{WH}\b|"
    rf"\b{WH}\s*\?|^\s*(?:{AUX}|name|list|tell|give|show|explain|describe|summari[sz]e|find|state|define|compare|"
    r"identify)\b|[\u4e00-\u9fff]",
    re.I,
)
_AUX_IN = re.compile(rf"^(?P<subject>.+?)\s+(?P<aux>{AUX})\s+(?P<verb>.+)$", re.I)


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


# "in mid-2025", "at the end of 2017", "early 2020", "for the whole of 2015": the year (what part of it, the
# release's words say).
_PART_OF_YEAR = re.compile(
    r"\b(?:(?:in|at|by|during|around|towards?|for|throughout)\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+|"
    r"(?:end|start|beginning|middle|first half|second half|whole|entirety)\s+of\s+)((?:19|20)\d\d)\b",
    re.I,
)
# "the US": the United States, as most releases name it ("US" is no "us"; "US$" is a currency). "UK" and "UAE"
# stand for their names as aliases (`words.ALIASES`), which match a release that writes them short, too.
US = re.compile(r"(?<![\w.$])U\.?S\.?(?![\w$])")
# "How much rain fell?": the rainfall, as the releases say it.
_RAIN_FELL = re.compile(r"\brain\s+(?:(?:has|had|have)\s+)?(?:fell|falls?|fallen)\b", re.I)
_ADDRESS_OF = re.compile(r"^\s*what\s+(?:is|was)\s+(?:the\s+)?address\s+of\s+", re.I)
# "What was wrong with his arm?": what happened to it (no release says "wrong" of an injury or an illness)
_WRONG_WITH = re.compile(r"^\s*what\s+(?:is|was|were|are)\s+wrong\s+with\s+", re.I)


def rewrite(text: str) -> str:
    """The question as the parser reads it: the request, greeting and thanks around it taken off, dates and
    short forms written out, the question word in front, and a question mark at the end."""
    text = spell_dates(strip_request(text.translate(_FULL_WIDTH).strip()))
    text = _CONTRACTED.sub(lambda m: f"{m.group(1)} {'is' if m.group(2).lower() == 's' else 'are'}", text)
    text = _NOT.sub(lambda m: f"{_NOT_VERBS.get(m.group(1).lower(), m.group(1))} not", text)
    text = _INFORMAL.sub(_in_full, text)
    text = _YEARS_OLD.sub(r"\1-year-old", text)  # "84 year old" as the releases write it
    text = US.sub("United States", text)
    text = _RAIN_FELL.sub("rainfall", text)
    text = _PART_OF_YEAR.sub(lambda m: f"{'In' if m.start() == 0 else 'in'} {m.group(1)}", text)
    text = _SCHOOL_LEVEL.sub(
        lambda m: f"{_LEVELS[m.group(1)]} {m.group(2)}", text
    )  # "P4 to S2": Primary 4 to Secondary 2
    if text and text[-1].isalnum():
        text += "?"  # as most questions are written: the model's vector, and so the ranking, shifts without it
    text = front_question_word(text)
    # "Over how many years ...?", "For how long ...?", "By how much ...?" ask as "How many years / long / much".
    text = _HOW_AFTER_PREPOSITION.sub(lambda m: m.group(1).capitalize(), text)
    text = _WRONG_WITH.sub("What happened to ", text)
    return _ADDRESS_OF.sub("Where is ", text)  # "What is the address of Kai Ming Building?": where it is


def asks(text: str) -> bool:
    """Whether the text asks something (a question word that asks, a verb that opens a question, Chinese),
    rather than only naming a thing ("opening date of the museum")."""
    return bool(_ASKING.search(text))
