"""Whether a sentence supplies the kind of thing a question asks for: a number, a time, a date, a person, a
place, a name, beyond what the question itself already says.

"When was the meeting held?" is not answered by a sentence without a date, nor "Who chairs it?" by one that
names only the people the question names. A check over the text of one sentence at a time (counts and amounts
in `counts.py`); it does not rank sentences or decide refusals, which the answerer does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from assistant.counts import HUMAN_NOUNS, PEOPLE, counts, not_fines, said_in
from assistant.names import HYPHEN_NAME
from assistant.phrasing import AUX, IRREGULAR_PAST, MONTH, WEEKDAY, spell_dates
from assistant.sentences import FIELD
from assistant.thesaurus import wordnet
from assistant.words import LETTER_WORDS, STOPWORDS, stem, token_set, tokens

if TYPE_CHECKING:
    from assistant.question import Question
    from assistant.records import Chunk

# An amount in a currency: "$2 million", "HK$500", "RMB 30", "12 yuan".
_MONEY = re.compile(
    r"(?:[$£€¥]|\bHK\$|\bRMB\s?)\s?\d|\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:dollars?|yuan|euros?|pounds?)\b",
    re.I,
)  # "$2 million", "RMB 30", "12 yuan", "5.5 million yuan"
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b|\d{1,2}時|\d{1,2}时", re.I
)
_DATEISH = re.compile(
    # A month with its day ("November 14", "14 November") is new even when the question names the month.
    rf"\b(?:\d{{1,2}}\s+)?(?:{MONTH})\b(?:\s+\d{{1,2}}\b)?|\b(?:{WEEKDAY}|\d{{4}})\b|\d{{1,2}}:\d{{2}}|"
    r"\d{1,2}\s*(a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b|月|日|年|"
    # A time said relative to the release's date ("later this year", "early next year", "in the coming weeks").
    r"\b(?:(?:later|earlier|early|late|by the end of|end of)\s+)?(?:this|next|last|the following)\s+"
    r"(?:year|month|week|spring|summer|autumn|winter|quarter)\b|\bin the coming (?:days|weeks|months|years)\b|"
    r"\btomorrow\b|\byesterday\b|\bthe same day\b|"
    # A day named by what happens on it: "set on the day of tender closure", "on the eve of the festival".
    r"\bon the (?:day|eve|morning|evening|night) (?:of|before|after)\b|"
    # A time said relative to an event: "from about 1.5 hours before the start of the first race".
    r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half\s+an?)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?)\s+(?:before|after|prior\s+to|ahead\s+of)\b|"
    # A season: "activity is expected to increase in winter".
    r"\b(?:in|during|over|throughout)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b",
    re.I,
)
# Hong Kong's partner: "Hong Kong and ASEAN", "Hong Kong-Australia", "HK/Shenzhen", "Zhejiang-Hong Kong".
_COUNTERPART = re.compile(
    r"\b(?:Hong Kong|HK)(?:\s+and\s+|\s*[-/–]\s*)([A-Z][a-z]+|[A-Z]{2,})\b"
    r"|\b([A-Z][a-z]+|[A-Z]{2,})(?:\s+and\s+|\s*[-/–]\s*)(?:Hong Kong|HK)\b"
)


def counterparts(text: str) -> set[str]:
    """The partners a text pairs Hong Kong with ("Hong Kong and ASEAN", "HK/Shenzhen"), lower-cased."""
    return {(m.group(1) or m.group(2)).lower() for m in _COUNTERPART.finditer(text)} - {"hong", "kong", "hk"}


_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({MONTH})\b")  # "18 November", lower-cased
_CALENDAR_NAME = re.compile(rf"(?:{MONTH}|{WEEKDAY})(?:\s+\d{{1,2}})?", re.I)  # "August 18", "Monday"
_NAME = re.compile(r"\b[A-Z][A-Za-z'’-]+(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][A-Za-z'’-]+)*")
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\([a-z]\))\s+")
# A sentence that lists things: "target locations including restaurants, guesthouses and retail stores".
_LISTING = re.compile(r"\b(?:including|includ\w+|such as|namely)\s+\w|\w, [^,.;]+,? (?:and|or) \w", re.I)
# A place named by its kind: "in primary schools", "at the construction site", "to elderly homes".
_PLACE_NOUNS = (
    r"schools?|kindergartens?|homes?|hospitals?|clinics?|restaurants?|shops?|stores?|markets?|buildings?|estates?|"
    r"districts?|parks?|stations?|cent(?:re|er)s?|offices?|premises|sites?|venues?|halls?|airports?|ports?|"
    r"flats?|streets?|roads?|villages?|campus(?:es)?|institutions?|facilit(?:y|ies)|plants?|factor(?:y|ies)|"
    r"warehouses?|residences?|parlours?|guesthouses?|hotels?|clubs?|beach(?:es)?|piers?|terminals?|"
    r"provinces?|cit(?:y|ies)|towns?|countr(?:y|ies)|regions?|areas?|zones?|farms?|universit(?:y|ies)|"
    # where things were found or hidden: "inside his private car", "in two paper bags"
    r"cars?|vehicles?|bags?|backpacks?|pockets?|boxe?s|parcels?|luggage|suitcases?|compartments?|containers?"
)
# Places asked for by name, whose names hold their kind ("Gloucester Road", "University Station", "Route 751P");
# not those a kind may answer ("a private hospital", "country parks").
_FACILITY = (
    r"roads?|streets?|stations?|stops?|bridges?|tunnels?|lines?|routes?|estates?|villages?|piers?|terminals?|"
    r"address(?:es)?"
)
# Things asked for by name, whose names hold their kind ("Eastern Magistrates' Courts", "University of Hong Kong",
# "Palace Museum", "Ministry of Commerce", "Security Bureau"): "Which court?" is not answered by "the court".
# Not banks, newspapers or shows, whose names often do not ("HSBC", "Hong Kong Commercial Daily", "Swan Lake"),
# nor companies or programmes, often answered by a kind ("Chongqing companies", "the summer internship programme").
_THOROUGHFARE = r"(?:street|road|avenue|lane|path|drive|terrace|crescent|highway)s?"
_A_HOSPITAL = re.compile(r"\bhospitals?\b", re.I)
_NAMED_KIND = r"courts?|universit(?:y|ies)|museums?|airports?|ministr(?:y|ies)|bureau[sx]?|hospitals?"
# A court's penalty: "sentenced to 11 months' imprisonment", "120 hours of community service", "fined $5,000".
_PENALTY_HEADS = frozenset(stem(w) for w in ("sentence", "sentences", "penalty", "penalties", "punishment"))
# A question answered yes or no, and a sentence that says no with the question's own words.
_YES_NO = re.compile(r"^\s*(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could)\b", re.I)
_DENIES = re.compile(r"\b(?:no|not|never|neither|nor|none)\b|n[’']t\b", re.I)
# "Why ...?" is answered by a sentence, not by a list or its opening line ("The following roads will be closed
# daily from 6pm to 11.59pm:" says when, not why). Causes are said too many ways to ask for a word of cause
# ("whose employment contracts were prematurely terminated").
_WHY = re.compile(r"^\s*(?:and\s+)?why\b", re.I)
_LISTING_LINE = re.compile(r"^\s*(?:[-–•*]|\(?(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])[.)])\s|:\s*$")
_PENALTY = re.compile(
    r"\b(?:imprisonment|jail(?:ed)?|prison term|custodial|detention|community service|fined?|probation|"
    r"suspended|penalty of|sentenced to)\b",
    re.I,
)
_QUOTED = re.compile(r"[\"“][^\"“”]{3,80}[\"”]")
_CAPITALISED = r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*"
_AT_PLACE = re.compile(rf"\b(?:in|at|to|near|inside|into|on|by)\s+(?:[\w'’-]+\s+){{0,3}}?({_PLACE_NOUNS})\b", re.I)
_PEOPLE_PHRASE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\w-]* (?:\w+ )?("
    + "|".join(HUMAN_NOUNS)
    + r"|man|woman|boy|girl)\b",
    re.I,
)
# People named by who they are, not by name: "the elderly", "innocent and immature students" answer "Who is at
# risk?" as a name would.
_GROUPS = PEOPLE | token_set(
    "elderly parents pupils youths teachers doctors employers infants babies citizens public travellers tourists "
    "drivers seniors personnel representatives lawyers journalists reporters nurses victims witnesses volunteers "
    "participants spectators organisers"
)
_TITLED = re.compile(
    r"\b(?:Mr|Ms|Mrs|Miss|Dr|Professor|Prof|Sir|Madam|the Hon)\.? ((?:[A-Z]\.? )*[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)*)"
)
_TITLES = frozenset("Mr Ms Mrs Miss Dr Professor Prof Sir Madam The Hon".split())  # noqa: SIM905
_PLACE_HEADS = frozenset(
    stem(w) for w in ("city", "town", "province", "country", "region", "municipality", "destination")
)
# "Which places ...?" asks for places by name; "What place does Fujian have in ...?" for a role.
_PLACES_ASKED = re.compile(r"^\s*(?:to\s+|in\s+)?(?:which|what)\s+places\b", re.I)


def _asks_place(question: Question) -> bool:
    return question.head in _PLACE_HEADS or bool(_PLACES_ASKED.search(question.text))


_COUNTRY = stem("country")
# A place after a preposition or a verb of going: "in Shenzhen", "after visiting Thailand", "toured Japan",
# "destined for Argentina".
# ... or a product's "Place of origin: Malaysia".
# ... or the places a sentence names its kind by: "four cities ..., namely Guangzhou, Foshan, Zhongshan and Zhuhai".
_GOING = r"\b(?:in|at|to|from|visit\w*|tour\w*|namely|origin:|(?:destined|bound|headed|heading)\s+for)\s+(?:the\s+)?"
_PLACE_NAMED = re.compile(rf"{_GOING}([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
# A country's name may hold "of": "to the Republic of Korea".
_COUNTRY_NAMED = re.compile(rf"{_GOING}([A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+)*)")
_PLACE_NAME = re.compile(r"\b(?:Province|City|District|County|Region|Island|Street|Road|Avenue)$")
# ... and a building or an event names no one either: "the Hong Kong Convention and Exhibition Centre", "the Book Fair".
_NO_ONE = re.compile(
    rf"{_PLACE_NAME.pattern}|\b(?:Centre|Center|Fair|Hall|Park|Station|Building|Stadium|Airport|Bridge|Tunnel|Market|"
    r"Plaza|Square|Gardens?|Museum|Library|Hotel|Estate|Exhibition|Festival|Show|Expo|Pavilion|Village)$"
)
# A name right after another, set off by a comma or not: "the Secretary for Home Affairs, Mr Lau Kong-wah".
_APPOSED = re.compile(
    r"(?:\s+(?:for|of)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?,?\s+(?:(?:Mr|Ms|Mrs|Miss|Dr|Professor)\.?\s+)?"
    r"([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)*)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_NUMBER = re.compile(r"[0-9一二三四五六七八九十百千萬万億亿]")
# A count: not a month, a day or an hour ("九月二十四日"), an ordinal ("第三"), or a year ("2004年").
_CJK_COUNT = re.compile(
    r"(?<![第0-9一二三四五六七八九十百千萬万億亿兩两])(?!(?:19|20)\d\d年)[0-9一二三四五六七八九十百千萬万億亿兩两]+"
    r"(?![0-9一二三四五六七八九十百千萬万億亿兩两]|[月日號号時时點点])"
)
# "多少名 ...?": a count in the measure word asked (people, for 名, 人 and 位).
_CJK_MEASURE = re.compile(r"(?:多少|幾|几)([名人位個个宗項项間间架輛辆艘隻只件批次天])")


# "the name of the employee owed wages", "the names of the banks involved": the thing to be named, up to a
# participle, a relative clause or a preposition.
_NAMED_THING = re.compile(
    r"\bnames?\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?([a-z][\w-]*)"
    r"(?=\s+(?:who|that|which|whose|being|in|at|on|of|for|from|by|with|to|[a-z]+ed)\b|\s*[?,.]|\s*$)"
)
# What may come between the thing and its name: "the employee, Chan Tai-man", "twins named Jia Jia and Le Le",
# "the bank (DBS Bank)"; or the name right before it: "the DBS Bank employee".
_BETWEEN_AFTER = re.compile(r"^[\w-]*[\s,(:]*(?:(?:named|called|known as|namely)\s*)?[\s\"“‘']*$", re.I)
_BETWEEN_BEFORE = re.compile(r"^[\s'’s]*$")


def _next_to(sentence: str, start: int, size: int, spot: int) -> bool:
    """Whether a name at `start` is the name of the word at `spot`: right after it, or right before it."""
    if start < 0:
        return False
    if start > spot:
        return bool(_BETWEEN_AFTER.match(sentence[spot:start]))
    return bool(_BETWEEN_BEFORE.match(sentence[start + size : spot]))


# "Who chairs / leads / organised ...?" asks for whoever holds that role: a sentence that names people but not the
# role ("announced the appointment of five new members") does not say who.
_ROLE_WORDS = [
    # "Who led the delegation?": "Paul Chan co-chaired the meeting"
    (
        r"chair(?:s|ed|ing)?|presid(?:es|ed|ing)|lead(?:s|ing)?|led|head(?:s|ed|ing)?",
        r"(?:co-)?chair\w*|presid\w*|convenor|lead\w*|led|head\w*|chief(?!\s+(?:Executive|Secretary)\b)",
    ),
    # "Who organised the symposiums?": "events held in the two places by the HKTDC"
    (
        r"organi[sz](?:es|ed|ing)?|host(?:s|ed|ing)?",
        r"(?:co-)?organi[sz]\w*|host\w*|staged|(?:held|run|presented|launched)\b[^.;]{0,60}\bby",
    ),
]
_ROLES = [
    (re.compile(rf"^\s*who\s+(?:{asked})\b", re.I), re.compile(rf"\b(?:{said})\b", re.I)) for asked, said in _ROLE_WORDS
]


def names_place(question: Question, sentence: str) -> bool:
    """Whether a question for a city, a province or a country ("In which city ...?") meets a sentence that
    names a place the question does not ("... chaired the meeting in Shenzhen today")."""
    if not _asks_place(question):
        return False
    countries = _countries() if question.head == _COUNTRY else None
    places = [m.group(1) for m in (_COUNTRY_NAMED if countries else _PLACE_NAMED).finditer(sentence)]
    places += [m.group(0) for m in _NAME.finditer(sentence) if _PLACE_NAME.search(m.group(0))]  # "Jilin Province"
    # "the Yangtze River Delta Region" names no place beyond "the Yangtze River Delta"
    places = [_PLACE_NAME.sub("", place).strip() for place in places]
    return any(
        place
        and new_name(question, place)
        and not _CALENDAR_NAME.fullmatch(place)
        and place.split()[0].rstrip(".") not in _TITLES  # "introduced it to Dr Karmasin"
        and (not countries or _a_country(place, countries))
        for place in places
    )


@functools.cache
def _countries() -> frozenset[str]:
    """The countries WordNet knows by name ("Thailand", "South Korea"); none without WordNet."""
    return frozenset(wordnet().kinds_of("country", senses=2, depth=3, phrases=True))


def _a_country(place: str, countries: frozenset[str]) -> bool:
    """Whether a place names a country: "Which country did he visit?" is not answered by "lives in Shui Yee
    House" or "in Tin Shui Wai", but by "after visiting Thailand" or "in the Republic of Korea"."""
    words = place.lower().split()
    return any(" ".join(words[i:j]) in countries for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _plays_role(question: Question, sentence: str) -> bool:
    """Whether the sentence names the role a "who" question asks about, when it asks about one."""
    for asked, said in _ROLES:
        if asked.search(question.text):
            return bool(said.search(sentence))
    return True


# The last character of a Chinese place's name that says what kind of place it is: "何文田邨" is an estate (屋邨),
# "秀明道" a road, "沙田站" a station.
_CJK_PLACE_ENDS = frozenset("邨村苑街道路站園园山島岛灣湾港橋桥樓楼廈厦")


def names_chinese_place(head: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether a release names a place of the kind a Chinese question asks for by the character its names end in:
    "哪個屋邨?" of "與家人同住何文田邨"."""
    end = head[-1:]
    return len(head) == 2 and end in _CJK_PLACE_ENDS and any(len(w) == 2 and w[1] == end for w in vocabulary)


def lists(question: Question, sentence: str) -> bool:
    """Whether a question about kinds of things meets a sentence that lists things."""
    return question.kinds and bool(_LISTING.search(sentence))


def asks_why(question: Question) -> bool:
    """Whether the question asks for a cause or a purpose ("Why ...?")."""
    return bool(_WHY.match(question.text))


_TIME_OF_DAY_Q = re.compile(r"\b(?:what|which)\s+(?:time|times|part|parts)\s+of\s+(?:the\s+)?day\b", re.I)
_PART_OF_DAY = re.compile(
    r"\b(?:morning|mornings|afternoon|afternoons|evening|evenings|night|nights|noon|midday|dawn|dusk)\b", re.I
)


# A Chinese question for a sum of money ("保釋金是多少?", "罰款多少?", "費用是幾多?") and a sum ("$5,000", "2萬元").
_CJK_MONEY_ASKED = re.compile(r"[金費费款錢钱價价額额租]\s*(?:是|為|为|有|要)?\s*(?:多少|幾多|几多)")
_CJK_MONEY = re.compile(
    r"\$\s*\d|\d\s*(?:萬|万|億|亿)?\s*(?:港?元|港幣|港币|蚊)|[一二三四五六七八九十百千萬万億亿]+\s*(?:港?元|港幣|港币)"
)

# A question for the next time something happens, and a sentence that says something is still to come.
_NEXT_Q = re.compile(r"^\s*(?:when|on what date|what date)\b.*\bnext\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|next|upcoming|forthcoming|coming|scheduled|expected|planned|later|to be held|to take place)\b",
    re.I,
)
_HOW_OFTEN = re.compile(r"\bhow\s+(?:often|frequently)\b", re.I)
_FREQUENCY = re.compile(
    r"\b(?:every|each|daily|weekly|fortnightly|monthly|quarterly|yearly|annually|hourly|nightly|once|twice|"
    r"(?:\w+\s+)?times\s+(?:a|per|each|every)|per\s+(?:day|week|month|year|hour)|a\s+(?:day|week|month|year))\b",
    re.I,
)


def fits(question: Question, sentence: str) -> bool:
    """Whether the sentence supplies the kind of thing asked for (a number, a time, a date, a
    person, a place) beyond what the question itself already says."""
    if asks_why(question) and _LISTING_LINE.search(sentence):
        return False
    if FIELD.match(sentence) and set(tokens(sentence.split(":", 1)[1])) <= set(question.asked_tokens):
        return False  # "Issue number : Q2308" tells nothing of issue Q2308
    if (named := question.named_facility) is not None:
        # "Which roads were closed?" asks for roads by name: "Gloucester Road", "the Chestwood and Yau Oi stops".
        # A single capitalised word that opens the sentence is no name ("Partial road closure ...").
        plain = _ENUMERATOR.sub("", sentence)
        if question.head == "hospital" and _A_HOSPITAL.search(plain):
            return True  # "She was in a private hospital" says which kind; a sentence of no hospital says none
        before, after = named
        return any(m.group(1).lower() not in question.text.lower() for m in after.finditer(plain)) or any(
            (m.start() > 0 or " " in m.group(1)) and new_name(question, m.group(1)) for m in before.finditer(plain)
        )
    if question.kind == "other" and _asks_place(question):
        return names_place(question, sentence) or bool(lists(question, sentence))
    if question.kind == "other" and question.head in _PENALTY_HEADS:
        return bool(_PENALTY.search(sentence))  # "What sentence did he get?": not "adjourned the case for sentence"
    if question.kind == "other" and _TIME_OF_DAY_Q.search(question.text):
        return bool(_PART_OF_DAY.search(sentence))  # "What time of day is best?": "in the morning"
    if _NEXT_Q.search(question.text) and not _FUTURE.search(sentence):
        return False  # "When will the forum meet next?": not "held its eleventh meeting today"
    if _HOW_OFTEN.search(question.text):
        return bool(_FREQUENCY.search(sentence))  # "How often are the results published?": "every working day"
    if question.kind == "other" and _YES_NO.match(question.text) and _DENIES.search(sentence):
        return True  # "Were there unsettled contracts?": "There were no unsettled contracts." says no
    if question.kind == "other":
        # An answer says something the question does not: a heading-like run of the question's own
        # words ("3. TROPICAL CYCLONE BROUGHT") tells nothing.
        return any(t not in question.asked_tokens and t not in STOPWORDS for t in tokens(_ENUMERATOR.sub("", sentence)))
    if _CJK.search(sentence):
        if question.kind == "number":
            if _CJK_MONEY_ASKED.search(question.text):
                return bool(_CJK_MONEY.search(sentence))  # "保釋金是多少?": a sum, not "四十歲"
            if m := _CJK_MEASURE.search(question.text):  # "多少名": a count of people, not "三天"
                measure = "名人位" if m.group(1) in "名人位" else m.group(1)
                follows = (sentence[n.end() : n.end() + 1] for n in _CJK_COUNT.finditer(sentence))
                return any(c and c in measure for c in follows)
            return bool(_CJK_COUNT.search(sentence))
        return question.kind not in ("money", "time", "date") or bool(_CJK_NUMBER.search(sentence))
    asked, asked_words = question.text.lower(), question.asked_tokens
    sentence = _ENUMERATOR.sub("", sentence)  # "2. Public transport services": a list's number, not a count
    if question.kind == "time":
        return any(m.group(0).lower() not in asked for m in _CLOCK.finditer(sentence))
    if question.kind == "date":
        # "18 November" and "November 18" are one date; "Dec. 11" is "December 11".
        dates = _DATEISH.finditer(spell_dates(sentence))
        return any(month_first(m.group(0).lower()) not in question.asked_dates for m in dates)
    if question.kind == "number":
        return counts(question, sentence)
    if question.kind == "money":
        return any(
            not said_in(m.group(0), asked) for m in not_fines(question, sentence, list(_MONEY.finditer(sentence)))
        )
    if question.kind == "who" and not _plays_role(question, sentence):
        return False
    if question.kind == "who" and (_PEOPLE_PHRASE.search(sentence) or set(tokens(sentence)) & _GROUPS - asked_words):
        return True
    if question.kind == "where" and any(m.group(1).lower() not in asked for m in _AT_PLACE.finditer(sentence)):
        return True  # "outbreaks mainly occurred in primary schools": a kind of place, not a name
    sentence = _unquoted(question, sentence)
    names = [m.group(1) for m in _TITLED.finditer(sentence)] + HYPHEN_NAME.findall(sentence)
    # A capitalised run that opens the sentence is a name without its first word, which may be capitalised
    # only for opening it ("Chief Secretary Matthew Cheung will be Acting Chief Executive").
    for m in _NAME.finditer(sentence):
        words = m.group(0).split()
        if (
            question.kind == "who"
            and (apposed := _APPOSED.match(sentence[m.end() :]))
            and not new_name(question, apposed.group(1))
        ):
            continue  # "The Secretary for Home Affairs, Mr Lau Kong-wah": the title of the person asked about
        names += [" ".join(words if m.start() else words[1:])]
    # A month or a weekday is capitalised but names no one and nowhere ("from August 18 to 24"); a province or a
    # district names no one ("meet the officials of Jilin Province").
    fresh = [
        name
        for name in names
        if name and not _CALENDAR_NAME.fullmatch(name) and not (question.kind == "who" and _NO_ONE.search(name))
        if new_name(question, name)
    ]
    if fresh and question.kind == "name" and (thing := _NAMED_THING.search(question.text)):
        # "What was the name of the employee ...?": a sentence that speaks of "an employee" names him next to
        # the word, not somewhere else in the sentence.
        word = stem(thing.group(1).lower())
        spots = [m.start() for m in re.finditer(rf"\b{re.escape(word)}", sentence, re.I)]
        return any(_next_to(sentence, sentence.find(name), len(name), spot) for name in fresh for spot in spots)
    return bool(fresh)


def named_facility(question: Question) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For "Which road / station / route / court / museum ...?", patterns for such a thing by its name: a
    capitalised name before the noun, a number or a name after it; None for any other question."""
    if question.kind not in ("other", "where", "name"):
        return None
    # "Which companies' bus routes ...?" asks for companies; "What kind of bank ...?" for a kind.
    m = re.search(
        rf"\b(?:(?:which|what)\s+(?!(?:kinds?|types?|sorts?|{AUX})\b)|names?\s+of\s+(?:the\s+)?)"
        rf"(?:[\w-]+\s+){{0,2}}?({_FACILITY}|{_NAMED_KIND})\b(?!['’])(\s+(?:{AUX}\b|[a-z]+ed\b))?",
        question.text,
        re.I,
    )
    # The noun is what is asked for: the question's head, or followed by a verb ("Which court issued ...?").
    if not m or tokens(m.group(1)) != [question.head] and not (question.head is None and m.group(2)):
        return None
    word = m.group(1).lower()
    # Every such noun's plural adds an s, or turns its y to ies (a bureau's: s or x).
    if word.endswith("ies"):
        noun = re.escape(word[:-3]) + "(?:y|ies)"
    elif word.startswith("bureau"):
        noun = "bureau[sx]?"  # "bureaux" or "bureaus"
    elif word.removesuffix("s") in ("street", "road") or word.startswith("address"):
        noun = _THOROUGHFARE  # "Which street is it on?": "Tong Mi Road"; "Which addresses?": "433 Shanghai Street"
    elif word.removesuffix("s") == "hospital":
        noun = r"hospitals?|medical\s+cent(?:re|er)s?"  # "Caritas Medical Centre" is a hospital
    else:
        noun = re.escape(word.removesuffix("s")) + "s?"
    # After the noun, a number ("Route 751P", "Terminal 1"); for a named kind also "of" and a name ("University of
    # Hong Kong") or a quoted title (the ballet "Swan Lake").
    after = (
        r"\d[\w-]*"
        if re.fullmatch(_FACILITY, word)
        else rf"\d[\w-]*|(?:of\s+(?:the\s+)?)?{_CAPITALISED}|{_QUOTED.pattern}"
    )
    if word.removesuffix("s") in ("stop", "stand", "exit", "entrance"):
        # a stop is told by where it stands: "the tram stop on Wong Nai Chung Road outside the Hong Kong Cemetery"
        after += rf"|(?:(?:\w+bound\s+)?(?:on|at|outside|near|opposite)\s+(?:the\s+)?){_CAPITALISED}"
    return (
        # "Gloucester Road"; "Tin Shui (1) Estate", whose phases are numbered
        re.compile(
            rf"((?:[A-Z][\w'’&-]*\s+(?:and\s+)?)*(?:[A-Z][\w'’&-]*|\((?:\d{{1,2}}|[IVX]{{1,4}})\)))\s+(?i:{noun})\b"
        ),
        re.compile(rf"(?i:{noun}),?\s+({after})"),
    )


def pairs_otherwise(question: Question, sentence: str) -> bool:
    """Whether the sentence pairs Hong Kong with another partner than the question does and names not the
    question's ("Hong Kong and ASEAN will sign the FTA" for a question on the Hong Kong-Australia agreement)."""
    asked = question.partners
    if not asked:
        return False
    said = counterparts(sentence)
    lowered, words = question.text.lower(), set(LETTER_WORDS.findall(sentence.lower()))
    if not said or any(s.startswith(a) or a.startswith(s) for s in said for a in asked):
        return False  # the same partner, or spelt with a slip ("Zhejiangin")
    return not asked & words and all(p not in lowered for p in said)


def _unquoted(question: Question, sentence: str) -> str:
    """For "who" and "where", the sentence without its short quotations: a quoted title ("Possession of Firearm
    without Licence", an offence) names no one and nowhere."""
    return _QUOTED.sub(" ", sentence) if question.kind in ("who", "where") else sentence


def names_person(question: Question, sentence: str) -> bool:
    """Whether the sentence names a person (Mr ..., Cheng Tsz-man) that the question does not."""
    sentence = _unquoted(question, sentence)
    names = [m.group(1) for m in _TITLED.finditer(sentence)] + HYPHEN_NAME.findall(sentence)
    return any(new_name(question, name) for name in names)


def new_name(question: Question, name: str) -> bool:
    """Whether the name holds a word the question does not (titles aside): "Mr Paul Chan" is new to a question
    about Ronald Chan, "Mr Chan" is not."""
    asked = question.text.lower()
    return not all(w.lower() in asked for w in name.split() if w not in _TITLES)


def month_first(text: str) -> str:
    """Dates in lower-case text written month first ("18 november" -> "november 18"): one date, either way."""
    return _DAY_FIRST.sub(r"\2 \1", text)


# "Which hospital ...?", "What is the name of the firm ...?": the thing asked for, named in a release or not.
_WHICH_OPEN = re.compile(
    rf"^\s*(?:(?:in|at|on|from|to|with|by|for|into)\s+)?(?:which|what)\s+(?!{AUX}\b)|"
    r"\bnames?\s+of\s+(?:the|a|an|this|that|its|their|his|her)\s+",
    re.I,
)
_WHICH_STOP = re.compile(
    rf"^(?:{AUX}|in|at|on|from|to|with|by|for|of|that|which|who|where|when|during|after|before|and|or|"
    rf"{IRREGULAR_PAST}|\w+ed|"
    r"first|also|then|later|finally|initially|eventually|recently|previously|originally|still|now|currently)$",
    re.I,
)
# Things that go by a name of their own, which a release gives when it says which.
_NAMEABLE = token_set(
    """firm firms company companies hospital hospitals platform platforms app apps website websites organisation
    organisations organization organizations group groups school schools restaurant restaurants shop shops hotel
    hotels team teams club clubs association associations agency agencies newspaper newspapers employee employees
    brand brands product products operator operators contractor contractors developer developers supplier
    suppliers importer importers retailer retailers airline airlines institution institutions charity charities flight
    flights building buildings estate estates venue venues"""
)
# People asked for by name, whom a release names by their title ("Minister of Commerce Wang Wentao") when it says
# which.
_NAMEABLE_PEOPLE = token_set("minister ministers official officials leader leaders")
_NOT_BODIES = token_set(  # nameable, but no body
    "flight flights product products employee employees app apps building buildings estate estates venue venues"
)
_BUSINESSES = token_set(
    """firm firms company companies importer importers supplier suppliers retailer retailers operator operators
    contractor contractors developer developers airline airlines"""
)
_REGISTERED = re.compile(
    r"\b[A-Z0-9][\w&'’-]*(?:\s+[A-Z&][\w&'’()-]*)*\s+(?:Limited|Ltd|Co|Inc|Corporation|Holdings)\b"
)
_AIRLINES = token_set("airline airlines carrier carriers")
_AIRLINE_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:Airways|Airlines|Air Lines)\b")
# Words that single nothing out: "the major cities", "other firms", "local hospitals".
_VAGUE = token_set(
    """a an the this that these those some several many various certain other others local major main relevant
    related such any all both each every few more most new large small big key different particular private public
    overseas foreign concerned affected"""
)
_MODIFIER = re.compile(r"^[\w-]+$")
_POSSESSIVE = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_EXAMPLES_LATER = re.compile(r"\b(?:including|such as|namely)\s+(?:the\s+)?[A-Z]")
_NAMING_AFTER = re.compile(
    r"^(?:\s*,?\s*(?:called|named|known as|namely|such as|including|i\.e\.|like)\b|\s*\(|\s*:|,?\s+(?:of\s+)?[A-Z]|"
    r"\s+(?:number|no\.)\s+[A-Z\d])"  # "flight number UO 123"
)


def asked_which(question: Question) -> str | None:
    """The thing a "which X" or "name of the X" question asks to be named ("Which private hospital was she
    admitted to?" -> hospital), as a stem; None for other questions, and for attributes and places."""
    if question.kind not in ("other", "where", "name", "who"):
        return None
    m = _WHICH_OPEN.search(question.text)
    if not m:
        return None
    words = question.text[m.end() :].rstrip("?").split()
    thing = None
    for i, word in enumerate(words[:5]):
        bare = word.strip(",;:'’\"")
        if _WHICH_STOP.match(bare) or (i and bare[:1].isupper()):
            break
        thing = bare
    if not thing or not thing.isalpha():
        return None
    stemmed = stem(thing.lower())
    if question.kind == "who":  # "Which French ministers did he meet?": not "participating ministers"
        return stemmed if stemmed in _NAMEABLE_PEOPLE else None
    return stemmed if stemmed in _NAMEABLE else None


def names_which(question: Question, thing: str, text: str) -> bool | None:
    """Whether a release's text names the thing asked for anywhere ("Queen Mary Hospital", "the education sector",
    "a firm called Inca Tops"); None when it does not mention the thing at all. A thing mentioned only as "a private
    hospital" or "social media platforms" is not named: the release does not say which."""
    unsaid = _VAGUE | question.asked_tokens  # modifiers that single out nothing the question does not already
    if thing in _BUSINESSES and _REGISTERED.search(text):
        return True  # "Suntory Beverage & Food Hong Kong Limited" is a company, the importer
    if thing in _AIRLINES and _AIRLINE_NAME.search(text):
        return True  # "Cathay Pacific Airways flights" names the airline
    mentioned = False
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        words = sentence.split()
        for i, word in enumerate(words):
            bare = word.strip(",;:.!?()\"'’“”")
            if not bare.isalpha() or stem(bare.lower()) != thing:
                continue
            mentioned = True
            if i and bare[0].isupper():
                return True  # part of a name: "Queen Mary Hospital", "Tsim Tung Fire Station"
            start = i  # the noun's modifiers, back to a determiner: "the education sector", "a private hospital"
            while (
                start > max(0, i - 3)
                and _MODIFIER.match(words[start - 1])
                and words[start - 1].lower() not in STOPWORDS
            ):
                start -= 1
            modifiers = words[start:i]
            determiner = words[start - 1].strip('("“').lower() if start else ""
            if determiner in _POSSESSIVE or determiner.endswith(("'s", "’s")):
                return True  # "its website", "the Observatory's website": whose it is says which
            # "Government officials", "the senior officials": what kind of official, not which ("Xiamen Municipal
            # Government officials" names whose)
            kind_only = thing in _NAMEABLE_PEOPLE and sum(w[:1].isupper() for w in modifiers) < 2
            if not kind_only and (
                (start > 0 and any(w[0].isupper() for w in modifiers)) or any(w.isupper() for w in modifiers)
            ):
                return True  # "Shenzhen companies", "the HKTDC symposiums"
            if (
                not kind_only
                and determiner == "the"
                and any(stem(w.lower()) not in unsaid and not _a_count(w) for w in modifiers)
            ):
                # "the education sector": a modifier the question does not give; a count ("the four concerned
                # flights") says how many, not which
                return True
            rest = " ".join(words[i + 1 :])
            if _NAMING_AFTER.match(" " + rest if rest else "") or _EXAMPLES_LATER.search(
                " ".join(words[i + 1 : i + 16])
            ):
                return True  # "working groups to promote collaboration in key areas including the Northern Metropolis"
    return False if mentioned else None


def release_text(chunks: list[Chunk]) -> str:
    """A release's passages, one after another (what `names_which` reads)."""
    return "\n".join(chunk.text for chunk in chunks)


def _a_count(word: str) -> bool:
    """Whether the word is a number ("4", "four"), as the tokeniser writes number words."""
    found = tokens(word)
    return len(found) == 1 and found[0].isdigit()


# The last words of a public body's name: "the Labour Department (LD)" is no company, contractor or importer.
_PUBLIC_BODIES = frozenset(
    "department bureau office authority commission council government police force administration ministry".split()  # noqa: SIM905
)
_NAME_WITH_SHORT = re.compile(rf"({_NAME.pattern})\s+\([A-Z][A-Za-z]*[A-Z]\)")


def names_organisation(question: Question, sentence: str) -> bool:
    """Whether the sentence gives an organisation's name the question does not, with its short form: "Hong Kong
    Commercial Daily (HKCD)" says which newspaper without the word; it says which flight, product or employee
    it is not, and a public body ("the Labour Department (LD)") is no company. For a person asked for by role
    ("Which official ...?"), whether it names a person the question does not."""
    if question.asked_which in _NAMEABLE_PEOPLE:
        return names_person(question, sentence)  # "Which official ...?": "..., Mr Zhou Ji, also attended"
    if question.asked_which in _NOT_BODIES:
        return False
    business = question.asked_which in _BUSINESSES
    return any(
        len(m.group(1).split()) >= 2
        and new_name(question, m.group(1))
        and not (business and m.group(1).split()[-1].lower() in _PUBLIC_BODIES)
        for m in _NAME_WITH_SHORT.finditer(sentence)
    )
