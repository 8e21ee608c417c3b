"""Turn one scraped page of text into the releases it holds.

Splits a page that holds several releases, and finds the title, date, issue time, language and sections of
each. The lines are first read as units (`lines.py`: boilerplate dropped, hard-wrapped lines unwrapped).
Knows nothing about files, HTML or storage.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from assistant.records import Release, Section
from assistant.sentences import FIELD
from ingest import text as t
from ingest.lines import Unit, normalise, read_units, title_like, units_have_body

_P_NUMBER = re.compile(r"\bP\d{12,13}(?=\D|$)")


@dataclass
class _Draft:
    units: list[Unit] = field(default_factory=list)
    footer_date: str | None = None
    issued_at: str | None = None
    page_date: str | None = None
    head_date: str | None = None

    def has_body(self) -> bool:
        return units_have_body(self.units)

    def has_dateline(self) -> bool:
        return any(t.dateline(u.text) for u in self.units if u.kind == "para")


def _split(units: list[Unit], first: _Draft) -> list[_Draft]:
    """Cut the page's units into one draft per release."""
    drafts = [first]
    for i, unit in enumerate(units):
        cur = drafts[-1]
        after_footer = any(u.kind == "footer" for u in cur.units) and unit.kind != "footer"
        new_title = unit.kind == "title" and cur.has_body() and not (i > 0 and units[i - 1].kind == "marker")
        nxt = units[i + 1] if i + 1 < len(units) else None
        new_dateline = (
            unit.kind == "para"
            and title_like(unit.text)
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


def _field_next(units: list[Unit], i: int) -> bool:
    return i + 1 < len(units) and bool(FIELD.match(units[i + 1].text))


def _title_and_body(units: list[Unit]) -> tuple[str | None, list[Unit]]:
    titles = [i for i, u in enumerate(units) if u.kind == "title"]
    if titles:
        i = titles[0]
        return units[i].text, units[i + 1 :]
    head = 0
    while (
        head < len(units)
        and units[head].kind in ("para", "heading")
        and title_like(units[head].text)
        # "Food name: Welsh onion" starts a record, the body: it is no headline nor a site's name above one ("CE:
        # Promoting co-operation ..." alone on the first line is a headline)
        and not (FIELD.match(units[head].text) and (head or _field_next(units, head)))
    ):
        head += 1
    if head == 0 or head >= len(units):
        return None, units
    # Short lines above the first paragraph are site names and the headline; the last is the headline.
    return units[head - 1].text, units[head:]


# A heading numbered as a part of another ("I. Road closure", "(a) Lane closures", "2. Diversions").
_NUMBERED = re.compile(r"^\(?(?:[IVX]{1,4}|[a-hA-H]|\d{1,2})[.)]\s+\S")


def _sections(units: list[Unit]) -> tuple[Section, ...]:
    """The page's sections. A numbered heading under a plain one is a part of it: "Causeway Bay" then
    "I. Pedestrianisation" makes the section "Causeway Bay - I. Pedestrianisation" (its items are about
    Causeway Bay, as those under "Tai Hang - I. Road closure" are about Tai Hang)."""
    sections: list[Section] = []
    heading: str | None = None
    parent: str | None = None  # the last plain (unnumbered) heading
    paras: list[str] = []
    footer: list[str] = []
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        implied_heading = (
            unit.kind == "para"
            and len(unit.text) <= 100
            and title_like(unit.text)
            and not FIELD.match(unit.text)  # "Importer: Impex Quality Products Limited" is a field, not a heading
            and nxt is not None
            and nxt.kind in ("para", "item")
            and not title_like(nxt.text)
        )
        if unit.kind in ("heading", "title") or implied_heading:
            if paras:
                sections.append(Section(heading, tuple(paras)))
            if not _NUMBERED.match(unit.text):
                heading = parent = unit.text
            else:
                heading = f"{parent} - {unit.text}" if parent else unit.text
            paras = []
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


def _release_date(
    draft: _Draft, url: str | None, bulletin_date: str | None, page_date: str | None, body: str, ref: str | None
) -> str | None:
    """The release's date: its URL's, its footer's, its bulletin's, its page's; else its dateline ("today (January
    3)") read against `ref`, the date of the release before it on the page or the page's own."""
    date = t.url_date(url) or draft.footer_date or bulletin_date or draft.page_date or draft.head_date or page_date
    if date is None and (md := t.dateline(body)) and ref:
        date = t.resolve_dateline(md, ref)
    return date


def parse_page(
    text: str,
    *,
    url: str | None = None,
    source: str = "",
    origin: str = "",
    lang: str | None = None,
) -> list[Release]:
    """Every release on one page, in page order. Returns [] when the page holds no release text."""
    read = read_units(normalise(text))
    first = _Draft(page_date=read.page_date, head_date=read.head_date)
    drafts = _split(read.units, first)
    releases: list[Release] = []
    ref_date: str | None = None
    for n, draft in enumerate(drafts):
        title, body_units = _title_and_body(draft.units)
        sections = _sections(body_units)
        body = "\n".join(p for s in sections for p in s.paragraphs)
        bulletin_date, bulletin_time = t.dispatched(body)
        page_url = url if n == 0 else None
        page_date = first.page_date if n == 0 else None
        date = _release_date(draft, page_url, bulletin_date, page_date, body, ref_date or first.page_date)
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
