"""Read a JSON Lines archive into documents, one record a line, whatever its size.

Each record is an object with the release text and, optionally, its id, title, date, URL, language and source, under
the names of `shared/releases/releases.jsonl` or of other exports ("body", "headline", "published", ...). A bad line
becomes a `Problem` naming the file and line; it never stops the good ones. Knows nothing about release structure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from ingest.documents import Document, Problem
from ingest.fetch import MAX_BYTES
from ingest.text import date_line, iso_date


def stream_jsonl(path: Path) -> Iterator[Document | Problem]:
    """A JSON Lines archive of any size, read a line at a time (UTF-8, as JSON Lines is); each record is
    held to the single-file limit instead."""
    if path.stat().st_size == 0:
        yield Problem(str(path), "the file is empty; nothing to ingest.")
        return
    with open(path, "rb") as f:
        head = f.read(8192)
        if b"\x00" in head:
            yield Problem(str(path), "this looks like a binary file, not release text; skip it or convert it to text.")
            return
        f.seek(0)
        for n, raw in enumerate(f, 1):
            if len(raw) > MAX_BYTES:
                yield Problem(f"{path}:{n}", f"this record is over {MAX_BYTES // 2**20} MB; split its text.")
                continue
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield Problem(f"{path}:{n}", "this line is not UTF-8; JSON Lines files must be UTF-8.")
                continue
            yield from _read_jsonl_line(path, n, line)


def _read_jsonl_line(path: Path, n: int, line: str) -> Iterator[Document | Problem]:
    if not line.strip():
        return
    where = f"{path}:{n}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(where, f"not valid JSON ({exc.msg}); fix or remove the line.")
        return
    text = _field(record, "text") if isinstance(record, dict) else None
    if not isinstance(record, dict) or text is None or not text.strip():
        yield Problem(where, 'each line must be an object with a non-empty "text" (or "body", "content") field.')
        return
    record_id = _field(record, "id")
    yield Document(
        text=text,
        origin=f"{path}#{record_id}" if record_id else where,
        url=_field(record, "url"),
        source=_field(record, "source") or path.stem,
        lang=_field(record, "lang"),
        title=_field(record, "title"),
        date=record_date(_field(record, "date")),
        record_id=record_id,
    )


# A record's fields, by the names other exports give them too.
_FIELD_NAMES = {
    "text": ("text", "body", "content", "article", "full_text"),
    "title": ("title", "headline", "subject"),
    "url": ("url", "link", "href"),
    "date": ("date", "published", "published_at", "pubDate", "date_published", "issued", "datetime"),
    "id": ("id", "release_id", "guid"),
    "source": ("source",),
    "lang": ("lang", "language"),
}


def _field(record: dict, name: str) -> str | None:
    """The record's value for the field, under its first name present; None when empty."""
    for key in _FIELD_NAMES[name]:
        value = record.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            return str(value)
    return None


_NUMERIC_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")  # 2026-01-10, 2026/01/10T15:30
_CJK_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")


def record_date(value: str | None) -> str | None:
    """A record's own date as YYYY-MM-DD ("2026-01-10T15:30:00+08:00", "2026/1/10", "10 January 2026", "Saturday,
    January 10, 2026", "2026年1月10日"); None when it is not a date this reads, so the text's own date is used."""
    if not value:
        return None
    s = value.strip()
    if m := _NUMERIC_DATE.match(s) or _CJK_DATE.match(s):
        return iso_date(m.group(1), m.group(2), m.group(3))
    return date_line(s)
