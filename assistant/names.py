"""Names and abbreviations in a text: initials of capitalised runs ("Chief Executive Officer" -> "ceo"), the
capitals a text writes ("MTR"), surnames given with a title ("Mr Lee"), and given names in a question ("John
Lee"), so that a question and a release that name the same thing differently still meet.
"""

from __future__ import annotations

import re

from assistant.words import STOPWORDS, stem, tokens

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


HYPHEN_NAME = re.compile(r"\b[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-[a-z]{1,5}\b")  # Cheng Tsz-man
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


_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")  # "construction noise permit (CNP)"


def defined_acronyms(text: str) -> dict[str, frozenset[str]]:
    """The abbreviations a text defines, with the stems of the words they stand for: "a construction noise permit
    (CNP)" -> "cnp": construction, noise, permit (the words before the brackets whose initials spell it)."""
    out: dict[str, frozenset[str]] = {}
    for m in _DEFINED.finditer(text):
        short = m.group(1).lower()
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[max(0, m.start() - 200) : m.start()])
        initials = ""
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            if word.lower() in _JOINERS:
                continue
            initials = word[0].lower() + initials
            if initials == short:
                out.setdefault(short, frozenset(tokens(" ".join(words[i:]))) - STOPWORDS)
                break
            if not short.endswith(initials):
                break
    return out


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


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def name_terms(text: str) -> set[str]:
    """The stems of the words a question writes capitalised after its first word ("What was Wong Kin-shing
    wearing?" -> wong, kin-shing): the names of whom or what it is about."""
    return {t for w in _WORD.findall(text)[1:] if w[0].isupper() for t in tokens(w)}
