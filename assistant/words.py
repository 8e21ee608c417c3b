"""Words as the index and the answerer compare them: tokens, light stemming, stop words, aliases, and whether
a text holds a word in some form.

"Seized" and "seize", "organization" and "organisation", "six" and "6", "區" and "区" are one word here;
"chair" holds "chairman". Pure functions over text: no index (BM25 is in `keyword.py`), no model.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from assistant.phrasing import MONTHS, SHORT_MONTHS, US
from assistant.spelling import simplified, spelling

_WORD = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*|[\u4e00-\u9fff]")
LETTER_WORDS = re.compile(r"[a-z][a-z-]+")  # lower-case words as written: letters and hyphens
_POSSESSIVE = re.compile(r"['’]s?\b")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that say nothing about the topic.
STOPWORDS = _words(
    """a an the of to in on at for by with from and or but as is are was were be been being it its this
    that these those there their they them he she his her we our you your i me my what which who whom whose
    when where why how do does did done doing has have had having will would shall should can cannot could may might
    must about into over under than then so if not no any all some each more most other such only own same
    too very s t just also per up out off again further once here both few nor between during before after
    above below through until while against because 的 了 和 是 在 有 於 于 及 與 与"""
)
# Words that shape a question but are not what it is about; they never decide a refusal.
QUESTION_WORDS = _words(
    """tell say said says know please give list many much long often latest recent recently last first
    new happen happened agree agreed announce announced mention mentioned plan planned according release
    releases government press issue issued statement get gets got make made take taken go going went
    time date day year number kind type sort way thing things item items part what's who's where's when's 甚麼 什麼 什么
    actually really behind besides beside apart except among amongst despite upon via roughly approximately exactly precisely come came comes
    coming place places within across without toward towards near beyond throughout amid amidst along onto whether
    want wants wanted suggest suggests suggested advise advises advised recommend recommends recommended
    urge urges urged remind reminds reminded
    何時 何时 誰 谁 哪 多少 幾 几"""
)
ALIASES = {
    "hk": "hong kong",
    "ce": "chief executive",
    "ceo": "chief executive officer",
    "legco": "legislative council",
    "hksar": "hong kong",
    "i&t": "innovation and technology",
    "r&d": "research and development",
    "a&e": "accident and emergency",
    "uk": "united kingdom",
    "usa": "united states",
    "uae": "united arab emirates",
}


PLAIN_STOPWORDS = STOPWORDS  # as written, before their stems join them
_AMPERSAND_ALIAS = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(a) for a in ALIASES if "&" in a) + r")(?![a-z])")


# Prefixes written with a hyphen or without ("co-operation" / "cooperation", "re-elected" / "reelected").
_PREFIXES = frozenset({"co", "re", "pre", "non", "anti", "multi", "inter", "sub", "e"})


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """A light English stemmer: plurals, -ed, -ing and a final e ("seized", "seize" -> "seiz"); one spelling
    for American and British forms of a word."""
    if "-" in word:  # "re-industrialization"
        prefix, _, rest = word.partition("-")
        if prefix in _PREFIXES and rest.isalpha():  # "co-operation" as "cooperation", "e-commerce" as "ecommerce"
            return stem(prefix + rest)
        return "-".join(spelling(part) for part in word.split("-"))
    if len(word) <= 3 or not word.isalpha():
        return word
    w = word = spelling(word)
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ied") and len(w) > 5:
        return w[:-3] + "y"  # replied -> reply, applied -> apply
    elif w.endswith(("sses", "xes", "ches", "shes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # stopped -> stop
            elif suffix == "ed" and w in PLAIN_STOPWORDS:
                w += "e"  # themed -> theme, not the stopword "them"
            break
    if w.endswith("e") and len(w) > 4 and (w[:-1] not in PLAIN_STOPWORDS or word in PLAIN_STOPWORDS):
        w = w[:-1]  # but "theme" is not "them"
    return w


STOPWORDS = STOPWORDS | {stem(w) for w in STOPWORDS}
_CJK_FUNCTION = frozenset("的了和是在有於于及與与由誰谁何甚麼什么哪幾几嗎吗呢將将會会么")


_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty""".split()  # noqa: SIM905
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000"}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# "nineteenth" as "19th", "twenty-first" as "21st" ("first" and "second" stay words: "the first", "a second").
_ORDINAL_UNITS = dict(
    zip(
        """third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
        sixteenth seventeenth eighteenth nineteenth""".split(),  # noqa: SIM905
        range(3, 20),
        strict=True,
    )
)
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ORDINAL_WORDS = {w: _ordinal(n) for w, n in (_ORDINAL_UNITS | _ORDINAL_TENS).items()} | {
    f"{tens}-{unit}": _ordinal(t + u)
    for tens, t in _TENS.items()
    for unit, u in ({"first": 1, "second": 2} | {k: v for k, v in _ORDINAL_UNITS.items() if v < 10}).items()
}
_NUMBER_WORDS |= _ORDINAL_WORDS


# Initials before a name, spaced or not ("C Y Leung", "C.Y. Leung", "CY Leung"): written as one word.
_INITIALS = re.compile(r"\b([A-Z])\.? ?([A-Z])\.?(?: ?([A-Z])\.?)? (?=[A-Z][a-z])")


_AGED = re.compile(r"\baged (\d{1,3})\b(?!\s*(?:to|and|or|-|–)\s*\d)")  # one age, not a range


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens ("six" as "6", "nineteenth" as "19th", "C Y" Leung as "cy"); Chinese
    as single characters plus character bigrams, traditional characters written simplified."""
    text = _INITIALS.sub(lambda m: "".join(g for g in m.groups() if g) + " ", text)
    text = simplified(_POSSESSIVE.sub("", text.lower()))
    if "&" in text:  # "I&T" is innovation and technology, "R&D" research and development, "A&E" accident and emergency
        text = _AMPERSAND_ALIAS.sub(lambda m: ALIASES[m.group(0)], text)
    words = _WORD.findall(text)
    out = [_NUMBER_WORDS.get(w) or stem(w.strip(".")) for w in words if w.strip(".")]
    cjk = [w for w in words if "\u4e00" <= w[0] <= "\u9fff"]
    out.extend(a + b for a, b in zip(cjk, cjk[1:], strict=False))
    out.extend(f"{n}-year-old" for n in _AGED.findall(text))  # "aged 59" is the "59-year-old" asked about
    return out


def token_set(words: str) -> frozenset[str]:
    """The tokens of space-separated words, as a question's are tokenised ("one" -> "1")."""
    return frozenset(t for w in words.split() for t in tokens(w))


def with_aliases(words: set[str]) -> set[str]:
    """The words, with what each alias among them stands for ("legco": legislative, council), each month written
    short as its name ("dec": december), and the ends of a range of years or months ("2018-2020": 2018, 2020;
    "july-september": july, september)."""
    extra = {w for alias in words & _ALIAS_WORDS.keys() for w in _ALIAS_WORDS[alias]}
    extra |= {SHORT_MONTHS[w] for w in words & SHORT_MONTHS.keys()}
    for w in words:
        if "-" in w:
            extra |= _range_ends(w)
    return words | extra if extra else words


_FIGURE_JOINED = re.compile(r"\d[\d.,]*[a-z]*-[a-z]")


def _figure_parts(token: str) -> set[str]:
    figure, _, rest = token.partition("-")
    return {figure, stem(rest)} if rest.isalpha() else {figure}


def text_words(text: str) -> set[str]:
    """A passage's words as the answerer matches them: its tokens, with their aliases (`with_aliases`), the United
    States for "US", and the months a span of the year's first months runs between ("the first 10 months":
    january, october)."""
    words = with_aliases(set(tokens(text)))
    # "a 4.3-magnitude earthquake", "an 8km-deep epicentre": the figure and the word it is joined to, each on its own
    words |= {part for t in words if _FIGURE_JOINED.match(t) for part in _figure_parts(t)}
    if US.search(text):
        words = words | _UNITED_STATES  # "the US": "us" is a stopword
    for m in _FIRST_MONTHS.finditer(text):
        n = _NUMBER_WORDS.get(m.group(1).lower(), m.group(1))
        if n.isdigit() and 2 <= int(n) <= 12:
            words = words | {MONTHS[0], MONTHS[int(n) - 1]}
    return words


_UNITED_STATES = frozenset(tokens("united states"))
# "the first 10 months of the year", "in the first eight months": January to the tenth or eighth month.
_FIRST_MONTHS = re.compile(r"\bfirst\s+(\w+)\s+months\b", re.I)


def _range_ends(word: str) -> set[str]:
    """The ends of a range of years or months written with a hyphen; none for another hyphenated word."""
    parts = word.split("-")
    if len(parts) != 2:
        return set()
    if all(p.isdigit() for p in parts) and len(parts[0]) == 4 and len(parts[1]) in (2, 4):
        # "2018-2020"; "2019-20" is 2019 and 2020, but "2018-08" is a month and "2020-2018" no range.
        first, last = int(parts[0]), int(parts[1] if len(parts[1]) == 4 else parts[0][:2] + parts[1])
        if len(parts[1]) == 2 and last != first + 1:
            return set()
        return {str(first), str(last)} if first < last <= first + 30 else set()
    months = [SHORT_MONTHS.get(p[:4] if p.startswith("sept") else p[:3]) for p in parts]
    if all(m and (p == m or p in SHORT_MONTHS) for m, p in zip(months, parts, strict=True)):
        return {m for m in months if m}
    return set()


def _expand(question: str) -> str:
    return " ".join(ALIASES.get(w.lower().strip("?,.!"), w) for w in question.split())


_ALIAS_WORDS = {alias: frozenset(tokens(words)) for alias, words in ALIASES.items()}

# A country and the word for its people and things: "Polish poultry" is poultry from Poland, "a Korean farm" is in
# Korea. Not China or England: "Chinese" and "English" name a language or a festival as often as the country.
DEMONYMS = """Japan Japanese; Korea Korean; Thailand Thai; Malaysia Malaysian; Singapore Singaporean;
    Indonesia Indonesian; Philippines Philippine Filipino; Vietnam Vietnamese; Cambodia Cambodian; Myanmar Burmese;
    India Indian; Pakistan Pakistani; Bangladesh Bangladeshi; Nepal Nepalese Nepali; Australia Australian;
    Canada Canadian; America American; Mexico Mexican; Brazil Brazilian; Chile Chilean; Peru Peruvian;
    Britain British; France French; Germany German; Italy Italian; Spain Spanish; Portugal Portuguese;
    Netherlands Dutch; Belgium Belgian; Switzerland Swiss; Austria Austrian; Poland Polish; Russia Russian;
    Ukraine Ukrainian; Turkey Turkish; Greece Greek; Sweden Swedish; Norway Norwegian; Denmark Danish;
    Finland Finnish; Ireland Irish; Hungary Hungarian; Israel Israeli; Egypt Egyptian; Iran Iranian; Iraq Iraqi;
    Mongolia Mongolian; Kazakhstan Kazakh; Taiwan Taiwanese; Macao Macau Macanese; Africa African;
    Europe European; Asia Asian; Nigeria Nigerian; Kenya Kenyan; Argentina Argentine Argentinian;
    Colombia Colombian; Ethiopia Ethiopian; Ecuador Ecuadorian; Venezuela Venezuelan; Bolivia Bolivian; Cuba Cuban;
    Jamaica Jamaican; Panama Panamanian; Uruguay Uruguayan; Paraguay Paraguayan; Guatemala Guatemalan;
    Qatar Qatari; Saudi; Kuwait Kuwaiti; Bahrain Bahraini; Oman Omani; Yemen Yemeni; Lebanon Lebanese;
    Syria Syrian; Jordan Jordanian; Afghanistan Afghan; Uzbekistan Uzbek; Laos Lao Laotian; Brunei Bruneian;
    Maldives Maldivian; Bhutan Bhutanese; Lanka Lankan; Morocco Moroccan; Algeria Algerian; Tunisia Tunisian;
    Libya Libyan; Sudan Sudanese; Ghana Ghanaian; Uganda Ugandan; Tanzania Tanzanian; Zambia Zambian;
    Zimbabwe Zimbabwean; Mozambique Mozambican; Cameroon Cameroonian; Senegal Senegalese; Romania Romanian;
    Bulgaria Bulgarian; Serbia Serbian; Croatia Croatian; Slovakia Slovak Slovakian; Slovenia Slovenian;
    Czechia Czech; Estonia Estonian; Latvia Latvian; Lithuania Lithuanian; Belarus Belarusian; Iceland Icelandic;
    Scotland Scottish; Wales Welsh; Fiji Fijian; Armenia Armenian; Georgia Georgian; Azerbaijan Azerbaijani"""
# The countries and regions above, and the mainland: where visitors come from, where exports go.
REGIONS = frozenset(tokens(" ".join(g.split()[0] for g in DEMONYMS.split(";")) + " mainland china"))
# "the female patient" is the woman asked about, "a male patient" the man.
_SEXES = "female woman women; male man men"


def _stand_for_each_other(groups: str) -> None:
    """Add each ";"-separated group's words to what each of the others stands for."""
    for group in groups.split(";"):
        stems = {t for w in group.split() for t in tokens(w)}
        for t in stems:
            _ALIAS_WORDS[t] = _ALIAS_WORDS.get(t, frozenset()) | (stems - {t})


_stand_for_each_other(f"{DEMONYMS}; {_SEXES}")


def query_terms(question: str) -> list[str]:
    """The question's searchable words: aliases expanded, stop words dropped."""
    return list(dict.fromkeys(t for t in tokens(_expand(question)) if t not in STOPWORDS))


# Question words as the tokens write them: stemmed, and in simplified characters.
_GENERIC_TERMS = {stem(w) for w in QUESTION_WORDS} | QUESTION_WORDS | {simplified(w) for w in QUESTION_WORDS}


# A Chinese question word of two characters or more: it is no word of the answer, and the characters beside it make
# no pair with it ("在哪裏出現" holds no "裏出", "住在哪個屋邨" no "個屋").
_CJK_QUESTION = re.compile(
    "哪[裏里兒儿個个間间隻只位些處处]?|甚麼|什麼|什么|幾[多時时點点個个]?|几[多时点个]?|多少|多久|為甚麼|為什麼|为什么|怎樣|怎样|如何"
)


# "Besides flats, what will the InnoCell provide?": what the question already knows of, up to a comma or the verb
# after it ("What offence besides collusion were they suspected of?"), not what the answer must say.
_BESIDES = re.compile(
    r"\b(?:besides|apart from|aside from|other than|in addition to)\s+((?:(?!(?:is|are|was|were|do|does|did|has|have|"
    r"had|will|would|can|could|should|may|might)\b)[^,?;\s]+\s*){1,6})",
    re.I,
)


def given_terms(question: str) -> frozenset[str]:
    """The key words of what a question names as already known ("besides flats": flat); a release that says it
    ("... such as customs procedures and trade facilitation, technical barriers to trade") is the nearer for it,
    one that does not ("residential units ... such as co-working space") is no further."""
    return frozenset(t for m in _BESIDES.finditer(question) for t in key_terms(m.group(1)))


def key_terms(question: str) -> list[str]:
    """The words a release must hold to answer the question: searchable words less question words."""
    terms = [t for t in query_terms(_CJK_QUESTION.sub(" ", question)) if t not in _GENERIC_TERMS]
    # Chinese: single characters are too weak to decide anything; keep bigrams of content characters.
    return [t for t in terms if not _is_cjk(t[0]) or (len(t) == 2 and not set(t) & _CJK_FUNCTION)]


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


SURFACE = re.compile(r"[A-Za-z][A-Za-z-]{2,}")  # a word as written, three letters or more


def covered(term: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether the vocabulary holds the term, or a longer or shorter form of it ("chair", "chairman")."""
    if term in vocabulary:
        return True
    if "-" in term:  # "uk-hong" from "UK-Hong Kong": every part held
        parts = [p for p in term.split("-") if p]
        # A hyphenated word's parts are not stemmed on their own ("investhk-chongqing"; "Chongqing" is "chongq").
        return len(parts) > 1 and all(covered(p, vocabulary) or covered(stem(p), vocabulary) for p in parts)
    if len(term) < 4 or not term.isalpha():
        return False
    return any(
        _derived(w, term) or _derived(term, w) or _siblings(w, term) or _nominal(w, term) or _nominal(term, w)
        for w in vocabulary
        if w[:3] == term[:3]
    )


def held_as_is(term: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether the vocabulary holds the term or a longer form of it, not a shorter one: "shipments" holds
    "shipment", "ship" does not."""
    return term in vocabulary or (len(term) >= 4 and any(_derived(w, term) for w in vocabulary if w[:3] == term[:3]))


# Endings that derive a word from another without changing its topic (chair -> chairman, organis ->
# organisation), also as stemmed ("appearance" -> "appearanc").
_ENDINGS = _words(
    """man men woman women person er ers or ors ion ions ation ations al ally ly ment ments ship ist ists ian
    ians ity ive ness ance ence ant ants ent ents ary y ic ical list lists ful"""
)
_SUFFIXES = _ENDINGS | {s[:-1] for s in _ENDINGS if s.endswith("e")}


def _derived(longer: str, shorter: str) -> bool:
    return len(shorter) >= 4 and longer.startswith(shorter) and longer[len(shorter) :] in _SUFFIXES


# Latin verbs whose noun changes the stem's last letters (as the stemmer writes the verb): "subscribe" and
# "subscription", "contravene" and "contravention", "decide" and "decision" (not "receive": a "reception" is
# mostly a party).
_NOMINAL_STEMS = (
    ("scrib", "script"),
    ("sum", "sumpt"),
    ("sorb", "sorpt"),
    ("duc", "duct"),
    ("ven", "vent"),
    ("tain", "tent"),
    ("cid", "cis"),
    ("clud", "clus"),
    ("mit", "miss"),
    ("solv", "solut"),
    ("end", "ens"),  # "extend" and "extension", "suspend" and "suspension"
)
_NOMINAL_BASE = 2  # letters before the changing part: "de-scribe", not "scribe" itself
_NOMINAL_APART = frozenset({"commit"})  # "commit" an offence; a "commission" is a body


def _nominal(verb: str, noun: str) -> bool:
    """Whether the noun is the verb's noun in "-ion" with a changed stem ("subscrib" and "subscription")."""
    if not noun.endswith(("ion", "ions")) or verb in _NOMINAL_APART:
        return False
    for ending, changed in _NOMINAL_STEMS:
        base = verb[: -len(ending)]
        if (
            verb.endswith(ending)
            and len(base) >= _NOMINAL_BASE
            and noun in (base + changed + "ion", base + changed + "ions")
        ):
            return True
    return False


# Endings of a thing or a quality, not of a doer: "government" and "governor" are no siblings.
_SIBLING_ENDINGS = _words("y ic ics ical ism isms ion ions ious ous al ity ive")
_SIBLING_BASE = 5  # letters the two words share before their endings


def _siblings(a: str, b: str) -> bool:
    """Whether two words are both derived from one base by an ending ("metabolism" and "metabolic", "economy" and
    "economic", "infection" and "infectious")."""
    if a == b or len(a) <= _SIBLING_BASE or len(b) <= _SIBLING_BASE or a[:_SIBLING_BASE] != b[:_SIBLING_BASE]:
        return False
    shared = _SIBLING_BASE
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return any(a[k:] in _SIBLING_ENDINGS and b[k:] in _SIBLING_ENDINGS for k in range(shared, _SIBLING_BASE - 1, -1))
