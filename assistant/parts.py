"""The parts of a release that tells of several cases or operations, each in paragraphs of its own: "In the first
case, ...", "During operation "Blockade", ...", "In the operation codenamed "Windsand", ...", "In the first phase of
the operation, ...". A question that names one part ("How many locations were raided in the Windsand operation?")
is answered from that part's paragraphs, not by the figure of another part or of the whole ("A total of 58
target locations were raided ...").

A part runs from a paragraph whose first sentence opens it to the next such paragraph; what comes before the first
is the release's overview. A release set out as records (a table's rows as "Label : value" lines) has a part for
each record. Pure functions of a release's chunks and the question; the answerer ranks a named part's
sentences first and refuses a sentence from outside it (`answer.py`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from assistant import sentences
from assistant.candidate import holds
from assistant.phrasing import MONTH, NOT_NAMES
from assistant.question import Question
from assistant.records import Chunk
from assistant.words import covered, text_words, tokens

# A paragraph that opens a part: "In the first case", "During operation "Blockade"", "Under Operation "Powerplayer"",
# "In a separate operation", "In the operation codenamed ...".
_OPENER = re.compile(
    r"^(?:In|During|Under|For|At)\b(?:\W+\w+){0,10}?\W+(?:case|cases|operation|operations|phase|raid|raids|"
    r"incident|codenamed)\b",
    re.I,
)
# What names a part in a question: a name ("Windsand", "Tracer"), an ordinal and what it counts ("the first
# phase", "the second case") or a day ("the March 18 case").
_NAME = re.compile(r"(?<=[\s(\"“])[A-Z][\w'’-]*")
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|last|latter|former)\s+[a-z]+\b", re.I)
_DAY = re.compile(rf"\b(?:{MONTH})\s+\d{{1,2}}\b", re.I)
MIN_PARTS = 2  # a release of one part has none to tell apart


@dataclass(frozen=True)
class Part:
    opening: frozenset[str]  # the words of the sentence that opens it
    sentences: frozenset[str]  # its sentences, as `sentences.split_sentences` cuts them


def parts(chunks: list[Chunk]) -> tuple[Part, ...]:
    """A release's parts, in order (its overview, before the first, is none); none for a release of fewer than
    MIN_PARTS. A paragraph cut across two chunks stays in its part: only an opening sentence starts a new one."""
    found: list[tuple[frozenset[str], list[str]]] = []
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            said = sentences.split_sentences(line.strip()) if line.strip() else []
            if said and _OPENER.match(said[0]):
                found.append((frozenset(text_words(said[0])), []))
            if found:
                found[-1][1].extend(said)
    if len(found) < MIN_PARTS:
        return _records(chunks)
    return tuple(Part(opening, frozenset(said)) for opening, said in found)


def _records(chunks: list[Chunk]) -> tuple[Part, ...]:
    """A release of records ("Issue number : Q2308", "Average yield accepted : 2.88 PCT", ...): each record is a part,
    named by any of its lines; none for fewer than MIN_PARTS."""
    found = release_records(chunks)
    if len(found) < MIN_PARTS:
        return ()
    return tuple(
        Part(frozenset(text_words(" ".join(u.text for u in run))), frozenset(u.text for u in run)) for run in found
    )


def references(question: Question) -> list[list[str]]:
    """What in the question may name a part: its names (not its first word, a month, a weekday or Hong Kong), an
    ordinal with the word after it, a day of a month; each as its tokens."""
    text = question.text
    # a name, or a code ("Q2308"), not a figure
    found = [
        [t for t in tokens(m.group(0)) if t.isalnum() and not t.isdigit() and t not in NOT_NAMES]
        for m in _NAME.finditer(text)
    ]
    found += [tokens(m.group(0)) for pattern in (_ORDINAL, _DAY) for m in pattern.finditer(text)]
    return [ref for ref in found if ref]


def asked_part(question: Question, release_parts: tuple[Part, ...]) -> tuple[Part, list[str]] | None:
    """The part the question names, and the words that name it: those of a reference found in the opening
    sentence of exactly one part."""
    for ref in references(question):
        named = [p for p in release_parts if all(t in p.opening for t in ref)]
        if len(named) == 1:
            return named[0], ref
    return None


def outside_part(question: Question, sentence: str, words: frozenset[str], release_parts: tuple[Part, ...]) -> bool:
    """Whether the question names a part of the release and the sentence is neither in it nor names it itself:
    "How many locations were raided in the first phase?" is not answered by the whole operation's "A total of 58
    target locations were raided", nor "... in the Windsand operation?" by another operation's raids."""
    if not (asked := asked_part(question, release_parts)):
        return False
    part, ref = asked
    return sentence not in part.sentences and not all(t in words for t in ref)


def field_labels(chunks: list[Chunk]) -> frozenset[str]:
    """The words of the labels of a release's records ("amount", "appli" of "Amount applied : HK$40,725 MN")."""
    return frozenset(
        t for run in release_records(chunks) for u in run for t in tokens(sentences.field_label(u.text) or "")
    )


def another_field(
    question: Question, sentence: str, record: str, labels: frozenset[str], elsewhere: frozenset[str] = frozenset()
) -> bool:
    """Whether the sentence is a record's field ("Amount on offer : HK$11,000 MN") and the question asks for a field
    its record lacks: a word of the question that the record does not hold labels another field of the release
    ("How much was applied for in the H1835 tender?": "Amount applied" of other issues), or, in any form, a field
    of another release's records ("Who distributed the sauce?": "Distributor: ..." of another recall, not the
    sauce's "Importer: ...")."""
    if not sentences.FIELD.match(sentence):
        return False
    said = set(tokens(f"{sentence} {record}"))
    return any(
        t not in said and (t in labels or (not covered(t, said) and covered(t, elsewhere))) for t in question.key
    )


def off_label(
    question: Question,
    sentence: str,
    record: str,
    lead: AbstractSet[str],
    aliases: dict[str, set[str]] | None = None,
) -> bool:
    """Whether the sentence is a field of a record whose label names nothing the question asks ("Manufacturer:
    Hakutsuru Sake Brewing Co Ltd"), and the question asks of something that neither the record nor the release's
    headline and first sentence say ("What is the alcohol content of the recalled sake?")."""
    label = sentences.field_label(sentence)
    if label is None or any(c.isdigit() for c in label) or not sentences.is_list_item(sentence):
        return False  # "Issued at HKT 14:35" is a time; a long "She added: ..." is a sentence
    labelled = question.joined(set(tokens(label)))
    if any(holds(t, labelled, aliases) for t in question.key):
        return False
    said = question.joined(set(tokens(f"{sentence} {record}")) | lead)
    return any(not holds(t, said, aliases) for t in question.key)


def release_records(chunks: list[Chunk]) -> list[list[sentences.Unit]]:
    """The records of a release, over all its chunks (`sentences.records`): its parts, its labels, and what "the
    above-mentioned product" is (`scoring.py`)."""
    return sentences.records([u for chunk in chunks for u in sentences.units(chunk.text)])
