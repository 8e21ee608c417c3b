"""One spelling for a word written two ways: American and British English ("organization" / "organisation"),
traditional and simplified Chinese ("區" / "区").

Used by the tokeniser (`words.py`) before stemming, so that a question spelled either way finds the releases.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.config import package_file

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
