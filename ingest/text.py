"""Line-level cleaning of scraped release text: boilerplate, footers and dates.

Recognises the site furniture of the government sites and reposts (menus, skip links,
photo captions) and the release's own footer lines. Does not decide where releases or
sections start; that is `parse`.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Whole lines that belong to a site, never to a release.
_BOILERPLATE = re.compile(
    r"""^(?:
      skip\ to\ (?:content|main\ content).* | press\ here\ to\ skip\ to\ the\ main\ content
    | go\ to\ main\ content | 跳至主要內容 | 跳至主要内容
    | more\ images | click\ to\ gallery | recommended\ articles | print\ this\ page
    | today'?s\ press\ releases | back\ to\ (?:list|top) | top | hk | share | photo(?:\ photo)*
    | (?:facebook|twitter|whatsapp|linkedin|email|weibo|wechat)(?:\ (?:facebook|twitter|whatsapp|linkedin|email|weibo|wechat))*
    | traditional\ chinese\ simplified\ chinese.* | font\ size | default\ font\ size.*
    | subscribe\ to\ e-newsletter | search | weather\ traffic\ conditions | 即日新聞 | 即日新闻
    | .*\bsource:\ hksar\ government\ press\ releases | source:\ ai-found\ images
    | nnnn | email\ this\ article(?:\ news\.gov\.hk)? | please\ use\ a\ javascript-enabled\ browser\.?
    | \*{1,2} | sitemap(?:home)? | rss\ subscription.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_ENDS = re.compile(rf"^Ends?\s*/\s*{_WEEKDAY},?\s+{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})", re.I)
_ISSUED = re.compile(r"^Issued at HKT (\d{1,2}):(\d{2})", re.I)
_ZH_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*[（(]星期.[)）]$")
_ZH_TIME = re.compile(r"^香港時間(\d{1,2})時(\d{1,2})分$|^香港时间(\d{1,2})时(\d{1,2})分$")
_PAGE_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2})\s+Last Updated At", re.I)
_DATE_PREFIX = re.compile(r"^date (\d{4})-(\d{2})-(\d{2})\s+")
_DISPATCHED = re.compile(r"DISPATCHED BY .*? AT (\d{1,2}):(\d{2}) HKT ON (\d{2})\.(\d{2})\.(\d{4})", re.I)
_LONG_DATE = re.compile(rf"^(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(\d{{1,2}}),\s+(\d{{4}})$", re.I)
_DAY_FIRST_DATE = re.compile(rf"^(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})$", re.I)
_DATELINE = re.compile(
    rf"\b(?:today|yesterday|tomorrow|this (?:morning|afternoon|evening)|tonight)\s*\(\s*{_MONTH}\s+(\d{{1,2}})\b",
    re.I,
)
# (pattern, order of the year, month and day groups); two-digit years are 20xx.
_URL_DATE = [
    (re.compile(r"/(\d{4})(\d{2})/(\d{2})/"), "ymd"),  # info.gov.hk /202504/24/P...
    (re.compile(r"/(\d{4})/\d{2}/\d{4}(\d{2})(\d{2})_\d+"), "ymd"),  # news.gov.hk /2017/06/20170605_190307
    (re.compile(r"/(\d{2})(\d{2})(\d{2})/(?:html|print)/"), "ymd"),  # news.gov.hk e-bulletin /050603/html/
    (re.compile(r"/press/(\d{4})/(\d{2})(\d{2})[a-z]?\.htm"), "ymd"),  # ETO /press/2016/0912b.htm
    (re.compile(r"/pr(\d{2})(\d{2})(\d{4})[a-z]?\.htm"), "dmy"),  # cedb /speech/2011/pr05112011b.htm
    (re.compile(r"/(\d{4})(\d{2})(\d{2})[_/-]"), "ymd"),
]
_UNDERLINE = re.compile(r"^\s*[*＊]{3,}\s*$")
_DASHES = re.compile(r"^\s*[-─—_=]{5,}\s*$")


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line.strip()))


def is_underline(line: str) -> bool:
    return bool(_UNDERLINE.match(line))


def is_dashes(line: str) -> bool:
    return bool(_DASHES.match(line))


def iso_date(y: int | str, m: int | str, d: int | str) -> str | None:
    """YYYY-MM-DD for a year, month and day; None when they make no calendar date."""
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def footer_fields(line: str) -> tuple[str | None, str | None] | None:
    """(date, time) when the line is a release footer ("Ends/...", "Issued at HKT ..."), else None."""
    s = line.strip()
    if m := _ENDS.match(s):
        return iso_date(m.group(3), MONTHS[m.group(1).lower()], m.group(2)), None
    if m := _ISSUED.match(s):
        return None, f"{int(m.group(1)):02d}:{m.group(2)}"
    if m := _ZH_DATE.match(s):
        return iso_date(m.group(1), m.group(2), m.group(3)), None
    if m := _ZH_TIME.match(s):
        h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return None, f"{int(h):02d}:{int(mi):02d}"
    if s in {"完", "Ends", "End"}:
        return None, None
    return None


def page_stamp(line: str) -> str | None:
    """The date of a "2025-04-24 18:32 Last Updated At" or " date 2017-06-05" page stamp."""
    s = line.strip()
    m = _PAGE_STAMP.match(s) or _DATE_PREFIX.match(s)
    return iso_date(m.group(1), m.group(2), m.group(3)) if m else None


def strip_date_prefix(line: str) -> str:
    return _DATE_PREFIX.sub("", line.strip())


def date_line(line: str) -> str | None:
    """A line that is only a date ("February 21, 2017", "28 January 2016")."""
    s = line.strip()
    if m := _LONG_DATE.match(s):
        return iso_date(m.group(3), MONTHS[m.group(1).lower()], m.group(2))
    if m := _DAY_FIRST_DATE.match(s):
        return iso_date(m.group(3), MONTHS[m.group(2).lower()], m.group(1))
    return None


_MONTH_YEAR = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})$", re.I)
_GLUE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_TITLE_GLUE = re.compile(r"(?<=[a-z0-9”’\")])(?=(?:[A-Z][a-z]*|A) [a-z])")


def listing_date(day_line: str, month_line: str) -> str | None:
    """The date of a listing entry written as "18" over "Mar 2025" (ICAC case lists)."""
    m = _MONTH_YEAR.match(month_line.strip())
    if not (m and day_line.strip().isdigit()):
        return None
    month = next(i for name, i in MONTHS.items() if name.startswith(m.group(1).lower()[:3]))
    return iso_date(m.group(2), month, day_line.strip())


def unglue_sentences(line: str) -> str:
    """Put back the space lost between sentences ("applications.The 22 arrestees")."""
    return _GLUE.sub(" ", line)


def split_glued_title(line: str) -> tuple[str, str] | None:
    """A listing's title run into its body ("...referral feesIn a law enforcement ...")."""
    m = _TITLE_GLUE.search(line)
    if not m or m.start() < 15 or m.start() > 250:
        return None
    return line[: m.start()], line[m.start() :]


def dispatched(text: str) -> tuple[str | None, str | None]:
    """Date and time of a weather bulletin's "DISPATCHED BY ... AT 14:45 HKT ON 02.09.2023"."""
    m = _DISPATCHED.search(text)
    if not m:
        return None, None
    return iso_date(m.group(5), m.group(4), m.group(3)), f"{int(m.group(1)):02d}:{m.group(2)}"


def url_date(url: str | None) -> str | None:
    for pattern, order in _URL_DATE:
        if url and (m := pattern.search(url)):
            parts = dict(zip(order, m.groups(), strict=True))
            year = parts["y"] if len(parts["y"]) == 4 else f"20{parts['y']}"
            if iso := iso_date(year, parts["m"], parts["d"]):
                return iso
    return None


def dateline(text: str) -> tuple[int, int] | None:
    """(month, day) of a yearless dateline such as "today (April 24)"."""
    m = _DATELINE.search(text)
    return (MONTHS[m.group(1).lower()], int(m.group(2))) if m else None


_LEAD_DATELINE = re.compile(
    rf"\b(?:today|this (?:morning|afternoon|evening)|tonight)\s*\(\s*{_MONTH}\s+\d{{1,2}}\b", re.I
)


def lead_dateline(paragraph: str) -> bool:
    """Whether the paragraph opens like a release: "... today (April 24) ..." near its start."""
    return bool(_LEAD_DATELINE.search(paragraph[:300]))


def resolve_dateline(month_day: tuple[int, int], reference: str) -> str | None:
    """The latest date with this month and day on or before the reference date."""
    ref = date.fromisoformat(reference)
    for year in (ref.year, ref.year - 1):
        iso = iso_date(year, *month_day)
        if iso and iso <= reference:
            return iso
    return None


def is_cjk(text: str) -> bool:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk > 0.2 * max(1, len(text.replace(" ", "")))
