"""Split a passage into answer units: sentences of paragraphs, and whole list items.

Every unit is an exact substring of the passage, so a quoted unit can always be found in
the passage it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"[.!?。！？;；](?:[\"”’)]*)(?=\s+[\"“(]?[A-Z0-9]|\s*$)|[。！？](?=.)")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|St|Hon|Co|Ltd|Inc|Jr|Sr|vs|Cap|Ord|para|Art|Sec|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"|\b[A-Z]|\be\.g|\bi\.e)\.$",
    re.IGNORECASE,
)
_ITEM_MAX = 400


@dataclass(frozen=True)
class Unit:
    text: str
    line: int  # line number inside the passage
    is_item: bool


def split_sentences(line: str) -> list[str]:
    """The sentences of one line of text, each stripped; "Mr." and "No." do not end one."""
    out, start = [], 0
    for m in _END.finditer(line):
        end = m.end()
        piece = line[start:end]
        if m.group(0).startswith(".") and _ABBREV.search(line[max(0, end - 8) : m.start() + 1]):
            continue
        if piece.strip():
            out.append(piece.strip())
        start = end
    if line[start:].strip():
        out.append(line[start:].strip())
    return out


def units(passage: str, list_like: bool = False) -> list[Unit]:
    """Units of the passage in order. A line is kept whole when it is a list item
    (short, or the passage reads as a list); otherwise it is cut into sentences."""
    out: list[Unit] = []
    lines = [ln.strip() for ln in passage.split("\n")]
    for i, line in enumerate(lines):
        if not line:
            continue
        item = list_like and len(line) <= _ITEM_MAX
        if item or re.match(r"^\(?[0-9ivx]{1,4}[.)]\s", line):
            out.append(Unit(line, i, True))
            continue
        out.extend(Unit(s, i, False) for s in split_sentences(line))
    return out


# A field of a record: "Importer: Impex Quality Products Limited", "Place of origin: Canada", "Use-by date: May 9".
# ... or a table's row set out as text: "Average yield accepted : 2.88 PCT", "Pro rata ratio* : About 76 PCT".
FIELD = re.compile(r"^[A-Z][\w'’/()&*-]*(?: [\w'’/()&*-]+){0,4}(?::\s*\S| :\s+\S)")
RECORD_LINE = 100  # a record's lines are short and do not end a sentence ("Granola Bars Mixed Berry;")


def records(units: list[Unit]) -> list[list[Unit]]:
    """The records among the units: runs of short lines, at least two of them "Label: value" fields; a label said
    again starts the next record ("Tender date : ..." of the second issue tendered)."""
    out: list[list[Unit]] = []
    run: list[Unit] = []
    labels: set[str | None] = set()
    for unit in [*units, None]:
        line = unit is not None and len(unit.text) <= RECORD_LINE and not unit.text.endswith(".")
        label = field_label(unit.text) if unit is not None and line else None
        if unit is not None and line and (label is None or label not in labels):
            run.append(unit)
            labels.add(label)
            continue
        if sum(bool(FIELD.match(u.text)) for u in run) >= 2:
            out.append(run)
        run, labels = ([unit], {label}) if unit is not None and line else ([], set())
    return out


def record_context(units: list[Unit]) -> dict[str, str]:
    """For each field of a record, the rest of the record: "Importer: Impex Quality Products Limited" is the importer
    of the product named in the lines around it ("Product name: Granola Bars", "Brand: MadeGood")."""
    return {
        u.text: " ".join(other.text for other in run if other is not u)
        for run in records(units)
        for u in run
        if FIELD.match(u.text)
    }


def field_label(text: str) -> str | None:
    """A field's label ("Tender date" of "Tender date : March 22, 2019"), lower-cased; None for no field."""
    return text.split(":", 1)[0].strip().lower() if FIELD.match(text) else None


# A list's item: "- Bonham Strand;", "(a) the Tai Hang roads", "• Lily Street", or a short line that ends no sentence.
_ITEM_LINE = re.compile(r"^\s*(?:[-–•*·]\s|\(?[a-z0-9ivx]{1,4}[.)]\s)", re.I)


def is_list_item(text: str) -> bool:
    """Whether a unit reads as an item of a list (marked, or a short line that ends no sentence)."""
    return bool(_ITEM_LINE.match(text)) or (len(text) <= RECORD_LINE and not text.endswith((".", ":", "!", "?")))


def list_leads(units: list[Unit]) -> dict[str, str]:
    """For each sentence that leads into a list ("The following roads will be closed from 9.15am:"), the items
    that follow it: what it says, it says of each of them ("- Bonham Strand;")."""
    return {lead: " ".join(items) for lead, items in _lists(units)}


def item_leads(units: list[Unit]) -> dict[str, str]:
    """For each item of a list, the sentence that leads into it ("Grade 1 beaches are:" for "Clear Water Bay Second
    Beach"): what the item is one of."""
    return {item: lead for lead, items in _lists(units) for item in items}


def _lists(units: list[Unit]) -> list[tuple[str, list[str]]]:
    """The lists among the units: each lead-in ("... as follows:") with the items after it."""
    out: list[tuple[str, list[str]]] = []
    for i, unit in enumerate(units):
        if not unit.text.endswith(":"):
            continue
        items: list[str] = []
        for after in units[i + 1 :]:
            # A list marked by dashes or numbers ends at its first unmarked line; any list ends with a full stop.
            marked = bool(items) and bool(_ITEM_LINE.match(items[0]))
            if not is_list_item(after.text) or marked and not _ITEM_LINE.match(after.text):
                break
            items.append(after.text)
            if after.text.endswith("."):
                break
        if items:
            out.append((unit.text, items))
    return out
