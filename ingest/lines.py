"""A page's lines as units: titles, headings, paragraphs, list items, footers and a listing's date markers.

Cleans the text, drops site boilerplate and a repost's header, and joins hard-wrapped lines back into their
paragraphs. Which units make up which release, and its sections, is `parse.py`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.sentences import FIELD, RECORD_LINE
from ingest import text as t

_ITEM = re.compile(r"^(?:[•·▪●◦*\-–]\s+|\(?\d{1,2}[.)]\s+|\([ivxlc]{1,5}\)\s+|\([a-z]\)\s+)", re.I)
_GLYPH = re.compile(r"^[•·▪●◦*]\s+")
_TERMINAL = tuple(".。:：;；,，!?！？")
_QA = re.compile(r"^(Question|Reply|問題|答覆|问题|答复)\s*[:：]$")


@dataclass
class Unit:
    kind: str  # title | heading | para | item | footer
    text: str


def title_like(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= 200 and not s.endswith(_TERMINAL) and not _ITEM.match(s)


def normalise(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    return [line.rstrip() for line in text.split("\n")]


def record_fields(lines: list[str]) -> set[int]:
    """The lines that are fields of a record: "Label : value" lines ("Tender date : March 22, 2019", "Brand: X"),
    short, next to another such line (blank lines and rules of stars between them aside)."""
    fields = [i for i, ln in enumerate(lines) if len(ln.strip()) <= RECORD_LINE and FIELD.match(ln.strip())]
    out: set[int] = set()
    for a, b in zip(fields, fields[1:], strict=False):
        if all(not ln.strip() or t.is_underline(ln.strip()) for ln in lines[a + 1 : b]):
            out |= {a, b}
    return out


def _hard_wrapped(lines: list[str], fields: set[int]) -> bool:
    """Whether the page wraps its paragraphs at a fixed width (weather bulletins do, at ~60); a record's fields
    are no wrapped lines."""
    texty = [ln.strip() for i, ln in enumerate(lines) if len(ln.strip()) > 30 and i not in fields]
    if len(texty) < 4:
        return False
    short_open = sum(1 for ln in texty if len(ln) <= 80 and not ln.endswith(_TERMINAL))
    return short_open > 0.4 * len(texty) and sum(len(ln) > 100 for ln in texty) < 0.2 * len(texty)


@dataclass
class Lines:
    """A page's units, with the dates its header gives: a "Last Updated" stamp and a date line above the text."""

    units: list[Unit]
    page_date: str | None = None
    head_date: str | None = None


def read_units(lines: list[str]) -> Lines:
    """Classify lines into units, unwrapping hard-wrapped paragraphs."""
    reader = _Reader(lines)
    return Lines(_drop_caption_labels(reader.read()), reader.page_date, reader.head_date)


class _Reader:
    """Reads a page's lines into units, one line at a time: a listing's date markers, a repost's header up to its
    "Last Updated" stamp, boilerplate, marks that make the line before a title or heading, footers, and the
    paragraphs and items of the text (a hard-wrapped line joined to the one it continues)."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.page_date: str | None = None
        self.head_date: str | None = None
        self.units: list[Unit] = []
        self.blank = True  # the line before was blank or a mark: a wrapped paragraph ends there
        self.fields = record_fields(lines)
        self.wrapped = _hard_wrapped(lines, self.fields)
        self.field = False  # the line being read is a record's field
        self.after_field = False  # the last unit read is a record's field
        self.in_header = any(t.page_stamp(ln) and "Last Updated" in ln for ln in lines)
        self.pending_listing = False

    def read(self) -> list[Unit]:
        for i, raw in enumerate(self.lines):
            line = t.unglue_sentences(raw.strip())
            self.field = i in self.fields
            if not self._listing(i, line) and not self._header(line):
                self._line(line)
        return self.units

    def _listing(self, i: int, line: str) -> bool:
        """A listing's date marker, and the title glued to the first line after it; whether the line is taken."""
        lines, units = self.lines, self.units
        if line.isdigit() and i + 1 < len(lines) and (d := t.listing_date(line, lines[i + 1])):
            units.append(Unit("marker", d))
            return True
        if units and units[-1].kind == "marker" and t.listing_date(lines[i - 1], line):
            self.pending_listing = True
            return True
        if self.pending_listing and line:
            self.pending_listing = False
            if glued := t.split_glued_title(line):
                units += [Unit("title", glued[0]), Unit("para", glued[1])]
                self.blank = False
                return True
        return False

    def _header(self, line: str) -> bool:
        """A repost's own header runs up to its "Last Updated At" stamp: skipped, the stamp giving the date."""
        if not self.in_header:
            return False
        if stamp := t.page_stamp(line):
            self.in_header = False
            self.page_date = stamp
            self.units.clear()
        return True

    def _line(self, line: str) -> None:
        if not line or t.is_boilerplate(line):
            self.blank = True
            return
        if stamp := t.page_stamp(line):
            self.page_date = self.page_date or stamp
            line = t.strip_date_prefix(line)
            if not line or t.is_boilerplate(line):
                return
        if self._mark(line):
            self.blank = True
        else:
            self._text(line)
            self.blank = False

    def _mark(self, line: str) -> bool:
        """An underline or dashes (the line before is a title or heading), a footer, a date line above the text,
        or a "Question:" / "Reply:" heading; whether the line was one."""
        units = self.units
        if t.is_underline(line):
            if units and units[-1].kind == "para" and not self.after_field:  # a rule of stars between records
                units[-1].kind = "title"
        elif t.is_dashes(line):
            if units and units[-1].kind in ("para", "item") and not self.after_field:
                units[-1] = Unit("heading", _GLYPH.sub("", units[-1].text))
        elif t.footer_fields(line) is not None:
            units.append(Unit("footer", line))
        elif (d := t.date_line(line)) and not units_have_body(units):
            self.head_date = self.head_date or d
        elif _QA.match(line):
            units.append(Unit("heading", line.rstrip(":：")))
        else:
            return False
        return True

    def _text(self, line: str) -> None:
        """A paragraph or list item; a wrapped line continues the unfinished paragraph or item before it."""
        is_item = bool(_ITEM.match(line))
        prev = self.units[-1] if self.units else None
        # A record's field is a line of its own: nothing joins it, and it joins nothing.
        field, after_field, self.after_field = self.field, self.after_field, self.field
        if (
            prev is not None
            and prev.kind in ("para", "item")
            and not prev.text.endswith(_TERMINAL)
            and self.wrapped
            and not self.blank
            and not is_item
            and not field
            and not after_field
        ):
            prev.text += ("" if t.is_cjk(line[:1]) else " ") + line
        else:
            self.units.append(Unit("item" if is_item else "para", _GLYPH.sub("", line) if is_item else line))


def _drop_caption_labels(units: list[Unit]) -> list[Unit]:
    """A photo's label line ("Fujian friends") repeated as the start of its caption ("Fujian friends: ...")."""
    out = []
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.kind == "para" and nxt is not None and nxt.text.startswith(unit.text + ":"):
            continue
        out.append(unit)
    return out


def units_have_body(units: list[Unit]) -> bool:
    """Whether the units hold a paragraph of text, not only headline-like lines."""
    return any(u.kind in ("para", "item") and not title_like(u.text) for u in units)
