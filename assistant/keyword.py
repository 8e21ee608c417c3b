"""Words: tokenising, light stemming, term matching, and an in-memory BM25 index.

BM25 scores only the documents that share a term with the query (an inverted list), so a
query costs in proportion to how common its words are, not to the size of the archive.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

import numpy as np

from assistant.config import package_file

_WORD = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*|[\u4e00-\u9fff]")
_POSSESSIVE = re.compile(r"['’]s?\b")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that say nothing about the topic.
STOPWORDS = _words(
    """a an the of to in on at for by with from and or but as is are was were be been being it its this
    that these those there their they them he she his her we our you your i me my what which who whom whose
    when where why how do does did done has have had having will would shall should can could may might
    must about into over under than then so if not no any all some each more most other such only own same
    too very s t just also per up out off again further once here both few nor between during before after
    above below through until while against because 的 了 和 是 在 有 於 于 及 與 与"""
)
# Words that shape a question but are not what it is about; they never decide a refusal.
QUESTION_WORDS = _words(
    """tell say said says know please give list many much long often latest recent recently last first
    new happen happened agree agreed announce announced mention mentioned plan planned according release
    releases government press issue issued statement get gets got make made take taken go going went
    time date day year number kind type way thing things part what's who's where's when's 甚麼 什麼 什么
    behind besides beside apart except among amongst despite upon via roughly approximately exactly precisely come came comes
    coming place places within across without toward towards near beyond throughout amid amidst along onto whether
    want wants wanted
    何時 何时 誰 谁 哪 多少 幾 几"""
)
ALIASES = {
    "hk": "hong kong",
    "ce": "chief executive",
    "legco": "legislative council",
    "hksar": "hong kong",
    "i&t": "innovation and technology",
    "r&d": "research and development",
}


PLAIN_STOPWORDS = STOPWORDS  # as written, before their stems join them
_AMPERSAND_ALIAS = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(a) for a in ALIASES if "&" in a) + r")(?![a-z])")


# American and British spellings of the same word, each pair reduced to one form before stemming, so that a
# question spelled either way finds the releases (written in British English): "organization" /
# "organisation", "center" / "centre", "labor" / "labour", "traveler" / "traveller", "program" /
# "programme", "defense" / "defence", "pediatric" / "paediatric", "percent" / "per cent".
_SPELLINGS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^(\w{3,})iz(e|es|ed|ing|ation|ations|er|ers)$"), r"\1is\2"),  # organize -> organise
    (re.compile(r"^(\w{2,})yz(e|es|ed|ing|er|ers)$"), r"\1ys\2"),  # analyze -> analyse
    (
        re.compile(
            r"^(colo|hono|labo|neighbo|favo|behavio|harbo|rumo|humo|flavo|vapo|vigo|endeavo|armo|odo|parlo|"
            r"tumo|valo|savio|rigo|splendo|fervo|clamo|cando)r(?!u)"
        ),
        r"\1ur",
    ),  # color -> colour (honorary and honourary meet too)
    (
        re.compile(r"^(cent|theat|lit|fib|calib|somb|spect|lust|met|kilomet|centimet|millimet|millilit)re(s|d)?$"),
        lambda m: m.group(1) + "er" + {"d": "ed", "s": "s"}.get(m.group(2) or "", ""),
    ),  # centre, centred -> center, centered
    (re.compile(r"^(defen|offen|licen|preten)ce(s)?$"), r"\1se\2"),  # defence -> defense
    (re.compile(r"^(catal|dial|anal)ogue(s)?$"), r"\1og\2"),  # catalogue -> catalog
    (
        re.compile(
            r"^(travel|cancel|label|model|fuel|counsel|signal|total|level|channel|dial|equal|marshal|pedal|"
            r"quarrel|rival|shovel|tunnel|duel|jewel)l(ed|ing|er|ers|or|ors)$"
        ),
        r"\1\2",
    ),  # travelled -> traveled
    (re.compile(r"^(enrol|fulfil)l(s|ment|ments)?$"), r"\1\2"),  # enroll -> enrol
    (re.compile(r"^installment(s)?$"), r"instalment\1"),
    (re.compile(r"^(skil|wil)lful(ly)?$"), r"\1ful\2"),
    (re.compile(r"^programme(s)?$"), r"program\1"),
    (re.compile(r"^(p|orthop|encyclop|gyn|an)ae"), r"\1e"),  # paediatric, anaemia, anaesthesia
    (re.compile(r"^(h|leuk|septic)aem"), r"\1em"),  # haemorrhage, leukaemia
    (re.compile(r"^oe(sophag|dema|strogen)"), r"e\1"),
    (re.compile(r"^diarrhoea"), "diarrhea"),
    (re.compile(r"^foet(us|uses|al)$"), r"fet\1"),
    (re.compile(r"^manoeuvr(e|es|ed|ing)$"), r"maneuver\1"),
    (re.compile(r"^practis(e|es|ed|ing)$"), r"practic\1"),
    (re.compile(r"^judgement(s)?$"), r"judgment\1"),
]
_SAME_WORD = {
    "ageing": "aging",
    "jewellery": "jewelry",
    "grey": "gray",
    "mould": "mold",
    "aluminium": "aluminum",
    "sulphur": "sulfur",
    "plough": "plow",
    "percent": "cent",  # "per cent": "per" is a stop word
}


def spelling(word: str) -> str:
    """One spelling for a word that American and British English spell differently."""
    if word in _SAME_WORD:
        return _SAME_WORD[word]
    for pattern, replacement in _SPELLINGS:
        if pattern.search(word):
            return pattern.sub(replacement, word, count=1)
    return word


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


def _simplified_table() -> dict[int, str]:
    """Traditional Chinese characters (and their Hong Kong and Taiwan variant forms) to simplified ones,
    from OpenCC's character tables (the `opencc-python-reimplemented` package's data files, read, not
    imported): "區" and "区" are one character to the keyword index, as "centre" and "center" are one word."""
    characters = package_file("opencc", "dictionary/TSCharacters.txt")
    if characters is None:
        return {}
    folder = characters.parent

    def read(name: str) -> dict[str, str]:
        path, out = folder / name, dict[str, str]()
        for line in path.read_text("utf-8").splitlines() if path.is_file() else []:
            source, _, targets = line.partition("\t")
            if len(source) == 1 and targets:
                out.setdefault(source, targets.split()[0])
        return out

    to_simplified = read("TSCharacters.txt")
    table = dict(to_simplified)
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):  # a variant form -> its standard traditional one
        for variant, standard in read(name).items():
            table.setdefault(variant, to_simplified.get(standard, standard))
    # A character that is itself some character's simplified form stays as it is ("么" is not "幺").
    simplified_forms = set(to_simplified.values())
    return str.maketrans({k: v for k, v in table.items() if len(v) == 1 and k != v and k not in simplified_forms})


_SIMPLIFIED = _simplified_table()


def simplified(text: str) -> str:
    """The text with its traditional Chinese characters written simplified (the rest unchanged)."""
    return text.translate(_SIMPLIFIED)


# Initials before a name, spaced or not ("C Y Leung", "C.Y. Leung", "CY Leung"): written as one word.
_INITIALS = re.compile(r"\b([A-Z])\.? ?([A-Z])\.?(?: ?([A-Z])\.?)? (?=[A-Z][a-z])")


_AGED = re.compile(r"\baged (\d{1,3})\b(?!\s*(?:to|and|or|-|–)\s*\d)")  # one age, not a range


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens ("six" as "6", "nineteenth" as "19th", "C Y" Leung as "cy"); Chinese
    as single characters plus character bigrams, traditional characters written simplified."""
    text = _INITIALS.sub(lambda m: "".join(g for g in m.groups() if g) + " ", text)
    text = _POSSESSIVE.sub("", text.lower()).translate(_SIMPLIFIED)
    if "&" in text:  # "I&T" is innovation and technology, "R&D" research and development
        text = _AMPERSAND_ALIAS.sub(lambda m: ALIASES[m.group(0)], text)
    words = _WORD.findall(text)
    out = [_NUMBER_WORDS.get(w) or stem(w.strip(".")) for w in words if w.strip(".")]
    cjk = [w for w in words if "\u4e00" <= w[0] <= "\u9fff"]
    out.extend(a + b for a, b in zip(cjk, cjk[1:], strict=False))
    out.extend(f"{n}-year-old" for n in _AGED.findall(text))  # "aged 59" is the "59-year-old" asked about
    return out


def with_aliases(words: set[str]) -> set[str]:
    """The words, with what each alias among them stands for ("legco": legislative, council)."""
    found = words & _ALIAS_WORDS.keys()
    return words.union(*(_ALIAS_WORDS[w] for w in found)) if found else words


def _expand(question: str) -> str:
    return " ".join(ALIASES.get(w.lower().strip("?,.!"), w) for w in question.split())


_ALIAS_WORDS = {alias: frozenset(tokens(words)) for alias, words in ALIASES.items()}
_CAPITALISED = re.compile(r"[A-Z][A-Za-z]*")
_JOINERS = frozenset({"of", "and", "for", "the", "&"})


def acronyms(text: str) -> set[str]:
    """Initials of runs of capitalised words ("Chief Executive Officer" -> "ceo", "Department of
    Health" -> "dh"), so that a question's abbreviation finds the words spelled out."""
    out: set[str] = set()
    run: list[str] = []
    for word in [*text.split(), "."]:
        word = word.strip(",;:()\"'“”‘’")
        owner = word.endswith(("'s", "’s"))  # "the Environmental Protection Department's report": the run ends
        word = word[:-2] if owner else word
        if _CAPITALISED.fullmatch(word) and not word.isupper():
            run.append(word[0].lower())
            if not owner:
                continue
        elif word.lower() in _JOINERS and run:
            continue
        for size in range(2, 6):
            out.update("".join(run[i : i + size]) for i in range(len(run) - size + 1))
        run = []
    return out


_CAPITALS = re.compile(r"\b[A-Z]{2,6}\b")  # MTR, FTA, CHP


_TITLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+([A-Z][a-z]+)\b(?!\s+[A-Z][a-z])")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b")


def titled_surnames(text: str) -> set[str]:
    """The stems of the surnames a text gives with a title alone ("Mr Lee said" -> "lee"), not of full names
    ("Mr John Lee")."""
    return {t for m in _TITLED_SURNAME.finditer(text) for t in tokens(m.group(1))}


def given_names(question: str) -> dict[str, str]:
    """For each capitalised pair of words in the question ("John Lee"), the surname's stem -> the given name's
    stem: a release that calls him "Mr Lee" holds the given name too."""
    out: dict[str, str] = {}
    for m in _FULL_NAME.finditer(question):
        given, surname = tokens(m.group(1)), tokens(m.group(2))
        if len(given) == 1 and len(surname) == 1 and given[0] not in STOPWORDS:
            out[surname[0]] = given[0]
    return out


def capitals(text: str) -> set[str]:
    """The abbreviations a text writes in capitals ("MTR", "FTA"), lower-cased; none in a line written all in
    capitals (a bulletin's words are not abbreviations)."""
    return {a.lower() for line in text.splitlines() if not line.isupper() for a in _CAPITALS.findall(line)}


def spelled_out(question: str) -> dict[str, frozenset[str]]:
    """Every run of the question's words by its initials ("free trade agreement" -> "fta": the
    stems of the run), so that a passage's abbreviation ("the FTA") holds the words it stands for."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", question) if w.lower() not in _JOINERS]
    out: dict[str, frozenset[str]] = {}
    for i in range(len(words)):
        for size in range(2, 7):
            run = words[i : i + size]
            if len(run) == size:
                out.setdefault("".join(w[0] for w in run).lower(), frozenset(stem(w.lower()) for w in run))
    return out


def query_terms(question: str) -> list[str]:
    """The question's searchable words: aliases expanded, stop words dropped."""
    return list(dict.fromkeys(t for t in tokens(_expand(question)) if t not in STOPWORDS))


# Question words as the tokens write them: stemmed, and in simplified characters.
_GENERIC_TERMS = {stem(w) for w in QUESTION_WORDS} | QUESTION_WORDS | {simplified(w) for w in QUESTION_WORDS}


def key_terms(question: str) -> list[str]:
    """The words a release must hold to answer the question: searchable words less question words."""
    terms = [t for t in query_terms(question) if t not in _GENERIC_TERMS]
    # Chinese: single characters are too weak to decide anything; keep bigrams of content characters.
    return [t for t in terms if not _is_cjk(t[0]) or (len(t) == 2 and not set(t) & _CJK_FUNCTION)]


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


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
    return any(_derived(w, term) or _derived(term, w) for w in vocabulary if w[:3] == term[:3])


# Endings that derive a word from another without changing its topic (chair -> chairman, organis ->
# organisation), also as stemmed ("appearance" -> "appearanc").
_ENDINGS = _words(
    """man men woman women person er ers or ors ion ions ation ations al ally ly ment ments ship ist ists ian
    ians ity ive ness ance ence ant ants ent ents ary y ic ical list lists"""
)
_SUFFIXES = _ENDINGS | {s[:-1] for s in _ENDINGS if s.endswith("e")}


def _derived(longer: str, shorter: str) -> bool:
    return len(shorter) >= 4 and longer.startswith(shorter) and longer[len(shorter) :] in _SUFFIXES


class BM25:
    """Okapi BM25 over a growing list of documents, compact enough for 10^5-10^6 chunks.

    Postings are typed arrays (doc numbers and term counts), scored with numpy, so a query costs
    in proportion to how common its words are. Removed documents are masked, not re-indexed.
    The whole object pickles (see Retriever's keyword cache).
    """

    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.postings: dict[str, tuple[array, array]] = {}
        self.lengths = array("I")
        self.keys: list[str] = []
        self.dead: set[int] = set()
        self.doc_of: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.keys) - len(self.dead)

    def add(self, key: str, text: str) -> None:
        if key in self.doc_of:
            self.remove(key)
        doc = len(self.keys)
        self.keys.append(key)
        self.doc_of[key] = doc
        counts = Counter(tokens(text))
        self.lengths.append(sum(counts.values()))
        for term, tf in counts.items():
            entry = self.postings.get(term)
            if entry is None:
                entry = self.postings[term] = (array("I"), array("H"))
            entry[0].append(doc)
            entry[1].append(min(tf, 65535))

    def remove(self, key: str) -> None:
        doc = self.doc_of.pop(key, None)
        if doc is not None:
            self.dead.add(doc)

    def df(self, term: str) -> int:
        """How many documents hold the term."""
        return len(self.postings[term][0]) if term in self.postings else 0

    def idf(self, term: str) -> float:
        n = len(self)
        df = self.df(term)
        return math.log(1 + max(n - df + 0.5, 0.5) / (df + 0.5))

    def search(self, terms: Iterable[str], k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        if not len(self):
            return []
        lengths = np.frombuffer(self.lengths, dtype=np.uint32).astype(np.float32)
        avg = float(lengths.mean()) or 1.0
        scores = np.zeros(len(self.keys), dtype=np.float32)
        for term in set(terms):
            if term not in self.postings:
                continue
            docs_a, tfs_a = self.postings[term]
            docs = np.frombuffer(docs_a, dtype=np.uint32)
            tf = np.frombuffer(tfs_a, dtype=np.uint16).astype(np.float32)
            norm = tf + self.k1 * (1 - self.b + self.b * lengths[docs] / avg)
            np.add.at(scores, docs, self.idf(term) * tf * (self.k1 + 1) / norm)
        if self.dead:
            scores[list(self.dead)] = 0
        if allowed is not None:
            mask = np.zeros(len(self.keys), dtype=bool)
            mask[[self.doc_of[key] for key in allowed if key in self.doc_of]] = True
            scores[~mask] = 0
        hits = np.flatnonzero(scores)
        if len(hits) > k:
            hits = hits[np.argpartition(-scores[hits], k)[:k]]
        hits = hits[np.argsort(-scores[hits], kind="stable")]
        return [(self.keys[i], float(scores[i])) for i in hits]
