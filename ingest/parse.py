"""Turn one scraped page of text into the releases it holds.

Finds the title, date, issue time, language and sections of each release, drops site
boilerplate, unwraps hard-wrapped lines and splits pages that hold several releases.
Knows nothing about files, HTML or storage.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from assistant.records import Release, Section
from ingest import text as t

_ITEM = re.compile(r"^(?:[•·▪●◦*\-–]\s+|\(?\d{1,2}[.)]\s+|\([ivxlc]{1,5}\)\s+|\([a-z]\)\s+)", re.I)
_GLYPH = re.compile(r"^[•·▪●◦*]\s+")
_TERMINAL = tuple(".。:：;；,，!?！？")
_P_NUMBER = re.compile(r"\bP\d{12,13}(?=\D|$)")
_QA = re.compile(r"^(Question|Reply|問題|答覆|问题|答复)\s*[:：]$")


@dataclass
class _Unit:
    kind: str  # title | heading | para | item | footer
    text: str


@dataclass
class _Draft:
    units: list[_Unit] = field(default_factory=list)
    footer_date: str | None = None
    issued_at: str | None = None
    page_date: str | None = None
    head_date: str | None = None

    def has_body(self) -> bool:
        return units_have_body(self.units)

    def has_dateline(self) -> bool:
        return any(t.dateline(u.text) for u in self.units if u.kind == "para")


def _title_like(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= 200 and not s.endswith(_TERMINAL) and not _ITEM.match(s)


def _normalise(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    return [line.rstrip() for line in text.split("\n")]


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the page wraps its paragraphs at a fixed width (weather bulletins do, at ~60)."""
    texty = [ln.strip() for ln in lines if len(ln.strip()) > 30]
    if len(texty) < 4:
        return False
    short_open = sum(1 for ln in texty if len(ln) <= 80 and not ln.endswith(_TERMINAL))
    return short_open > 0.4 * len(texty) and sum(len(ln) > 100 for ln in texty) < 0.2 * len(texty)


def _units(lines: list[str], draft: _Draft) -> list[_Unit]:
    """Classify lines into units, unwrapping hard-wrapped paragraphs."""
    units: list[_Unit] = []
    blank = True
    wrapped = _hard_wrapped(lines)
    stamp_seen = any(t.page_stamp(ln) and "Last Updated" in ln for ln in lines)
    pending_listing = False
    for i, raw in enumerate(lines):
        line = t.unglue_sentences(raw.strip())
        if line.isdigit() and i + 1 < len(lines) and (d := t.listing_date(line, lines[i + 1])):
            units.append(_Unit("marker", d))
            continue
        if units and units[-1].kind == "marker" and t.listing_date(lines[i - 1], line):
            pending_listing = True
            continue
        if pending_listing and line:
            pending_listing = False
            if glued := t.split_glued_title(line):
                units += [_Unit("title", glued[0]), _Unit("para", glued[1])]
                blank = False
                continue
        if stamp_seen:  # a repost's own header runs up to its "Last Updated At" stamp
            if t.page_stamp(line):
                stamp_seen = False
                draft.page_date = t.page_stamp(line)
                units.clear()
            continue
        if not line or t.is_boilerplate(line):
            blank = True
            continue
        if t.page_stamp(line):
            draft.page_date = draft.page_date or t.page_stamp(line)
            line = t.strip_date_prefix(line)
            if not line or t.is_boilerplate(line):
                continue
        if t.is_underline(line):
            if units and units[-1].kind == "para":
                units[-1].kind = "title"
            blank = True
            continue
        if t.is_dashes(line):
            if units and units[-1].kind in ("para", "item"):
                units[-1] = _Unit("heading", _GLYPH.sub("", units[-1].text))
            blank = True
            continue
        if t.footer_fields(line) is not None:
            units.append(_Unit("footer", line))
            blank = True
            continue
        if (d := t.date_line(line)) and not units_have_body(units):
            draft.head_date = draft.head_date or d
            blank = True
            continue
        if _QA.match(line):
            units.append(_Unit("heading", line.rstrip(":：")))
            blank = True
            continue
        is_item = bool(_ITEM.match(line))
        prev = units[-1] if units else None
        if (  # a wrapped line continues the unfinished paragraph or item before it
            prev is not None
            and prev.kind in ("para", "item")
            and not prev.text.endswith(_TERMINAL)
            and wrapped
            and not blank
            and not is_item
        ):
            prev.text += ("" if t.is_cjk(line[:1]) else " ") + line
        else:
            units.append(_Unit("item" if is_item else "para", _GLYPH.sub("", line) if is_item else line))
        blank = False
    return _drop_caption_labels(units)


def _drop_caption_labels(units: list[_Unit]) -> list[_Unit]:
    """A photo's label line ("Fujian friends") repeated as the start of its caption ("Fujian friends: ...")."""
    out = []
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.kind == "para" and nxt is not None and nxt.text.startswith(unit.text + ":"):
            continue
        out.append(unit)
    return out


def units_have_body(units: list[_Unit]) -> bool:
    """Whether the units hold a paragraph of text, not only headline-like lines."""
    return any(u.kind in ("para", "item") and not _title_like(u.text) for u in units)


def _split(units: list[_Unit], first: _Draft) -> list[_Draft]:
    """Cut the page's units into one draft per release."""
    drafts = [first]
    for i, unit in enumerate(units):
        cur = drafts[-1]
        after_footer = any(u.kind == "footer" for u in cur.units) and unit.kind != "footer"
        new_title = unit.kind == "title" and cur.has_body() and not (i > 0 and units[i - 1].kind == "marker")
        nxt = units[i + 1] if i + 1 < len(units) else None
        new_dateline = (
            unit.kind == "para"
            and _title_like(unit.text)
            and len(unit.text.split()) >= 4
            and nxt is not None
            and nxt.kind == "para"
            and t.lead_dateline(nxt.text)
            and cur.has_dateline()
        )
        if unit.kind == "marker":
            if cur.has_body():
                drafts.append(_Draft())
            drafts[-1].head_date = unit.text
            continue
        if (after_footer and (unit.kind in ("title", "para"))) or new_title or new_dateline:
            drafts.append(_Draft())
            cur = drafts[-1]
        if unit.kind == "footer":
            date, time = t.footer_fields(unit.text) or (None, None)
            cur.footer_date = cur.footer_date or date
            cur.issued_at = cur.issued_at or time
        cur.units.append(unit)
    return [d for d in drafts if d.has_body()]


def _title_and_body(units: list[_Unit]) -> tuple[str | None, list[_Unit]]:
    titles = [i for i, u in enumerate(units) if u.kind == "title"]
    if titles:
        i = titles[0]
        return units[i].text, units[i + 1 :]
    head = 0
    while head < len(units) and units[head].kind in ("para", "heading") and _title_like(units[head].text):
        head += 1
    if head == 0 or head >= len(units):
        return None, units
    # Short lines above the first paragraph are site names and the headline; the last is the headline.
    return units[head - 1].text, units[head:]


def _sections(units: list[_Unit]) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    paras: list[str] = []
    footer: list[str] = []
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        implied_heading = (
            unit.kind == "para"
            and len(unit.text) <= 100
            and _title_like(unit.text)
            and nxt is not None
            and nxt.kind in ("para", "item")
            and not _title_like(nxt.text)
        )
        if unit.kind in ("heading", "title") or implied_heading:
            if paras:
                sections.append(Section(heading, tuple(paras)))
            heading, paras = unit.text, []
        elif unit.kind == "footer":
            footer.append(unit.text)
        else:
            paras.append(unit.text)
    if paras:
        sections.append(Section(heading, tuple(paras)))
    if footer:
        sections.append(Section(None, tuple(dict.fromkeys(footer))))
    return tuple(sections)


def release_id(url: str | None, title: str | None, date: str | None, body: str) -> str:
    """The info.gov.hk P-number where the URL has one, else a hash of title and date (or body)."""
    if url and (m := _P_NUMBER.search(url)):
        return m.group(0)
    key = f"{title}|{date}" if title and date else re.sub(r"\s+", " ", body)
    return "r-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def parse_page(
    text: str,
    *,
    url: str | None = None,
    source: str = "",
    origin: str = "",
    lang: str | None = None,
) -> list[Release]:
    """Every release on one page, in page order. Returns [] when the page holds no release text."""
    lines = _normalise(text)
    first = _Draft()
    units = _units(lines, first)
    drafts = _split(units, first)
    releases: list[Release] = []
    ref_date: str | None = None
    for n, draft in enumerate(drafts):
        title, body_units = _title_and_body(draft.units)
        sections = _sections(body_units)
        body = "\n".join(p for s in sections for p in s.paragraphs)
        bulletin_date, bulletin_time = t.dispatched(body)
        page_url = url if n == 0 else None
        date = (
            t.url_date(page_url)
            or draft.footer_date
            or bulletin_date
            or draft.page_date
            or draft.head_date
            or (first.page_date if n == 0 else None)
        )
        if date is None and (md := t.dateline(body)) and (ref_date or first.page_date):
            date = t.resolve_dateline(md, ref_date or first.page_date or "")
        ref_date = ref_date or date
        releases.append(
            Release(
                release_id=release_id(page_url, title, date, body),
                title=title,
                date=date,
                url=url,
                source=source,
                lang=lang or ("zh" if t.is_cjk(body[:500]) else "en"),
                sections=sections,
                issued_at=draft.issued_at or bulletin_time,
                origin=origin,
            )
        )
    return releases
