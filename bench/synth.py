"""Synthetic archives for benchmarks: the shared releases' paragraphs recombined, with names, numbers
and dates varied, written as JSON Lines in the shared file's format.

Each synthetic release takes the title and opening of one real release and paragraphs of one or two
others, so it reads like a release and is about five chunks long. Numbers are redrawn with the same
number of digits, years within 2000-2025, month names redrawn, and titled names (Mr Chan) swapped from
a pool. Every release gets its own P-number URL, and a text seen before is redrawn: no exact duplicates.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from assistant.config import REPO_ROOT
from ingest.collect import Report, collect
from ingest.text import footer_fields

SHARED_RELEASES = REPO_ROOT.parent / "shared" / "releases" / "releases.jsonl"
SURNAMES = """Chan Wong Leung Lau Lee Cheung Ng Ho Lam Tang Yeung Tse Chow Fung Kwok Mak Yip Tsang Lai Choi
    Poon Siu Wu Yu Hui Ma Ko Law Kwan Tam Lo Chu Ip Sin Fong Man Shek Yim Kong""".split()  # noqa: SIM905
MONTHS = "January February March April May June July August September October November December".split()  # noqa: SIM905
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()  # noqa: SIM905
_NUMBER = re.compile(r"\b\d+\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_DATELINE = re.compile(r"\b(today|yesterday|tonight|this (morning|afternoon|evening))\b|\(\w+ \d{1,2}\)", re.I)
_TITLED = re.compile(r"\b(Mr|Ms|Mrs|Dr|Professor) ([A-Z][a-z]+)\b")


def source_releases(path: Path = SHARED_RELEASES) -> list:
    releases = [r for r in collect([str(path)], Report()) if r.lang == "en" and len(r.body) > 300]
    if not releases:
        raise SystemExit(f"no English releases in {path}")
    return releases


def _vary(text: str, rng: random.Random) -> str:
    def number(m: re.Match) -> str:
        digits = m.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(rng.randint(2000, 2025))
        if len(digits) == 1:
            return str(rng.randint(1, 9))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    text = _NUMBER.sub(number, text)
    text = _MONTH.sub(lambda m: rng.choice(MONTHS), text)
    return _TITLED.sub(lambda m: f"{m.group(1)} {rng.choice(SURNAMES)}", text)


def _plain(paragraphs: list[str]) -> list[str]:
    """Paragraphs less footer lines ("Ends/...", "Issued at HKT ..."): one footer ends each release."""
    return [p for p in paragraphs if not any(footer_fields(line) is not None for line in p.split("\n"))]


def synth_release(n: int, pool: list, rng: random.Random) -> dict:
    base = rng.choice(pool)
    others = rng.sample(pool, 2)
    day = date(2000, 1, 1) + timedelta(days=rng.randrange(26 * 365))
    paragraphs = _plain([p for s in base.sections for p in s.paragraphs])
    for other in others:
        # Not their openings: a dateline paragraph ("today (June 1)") starts a release of its own.
        extra = [p for s in other.sections for p in s.paragraphs][1:]
        extra = _plain([p for p in extra if not _DATELINE.search(p)])
        start = rng.randrange(max(1, len(extra) - 3))
        paragraphs += extra[start : start + rng.randint(2, 4)]
    body = "\n\n".join(_vary(p, rng) for p in paragraphs)
    title = _vary(base.title or paragraphs[0][:80], rng)
    footer = f"Ends/{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
    footer += f"\nIssued at HKT {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}"
    pnum = f"P{day:%Y%m%d}{n % 100000:05d}"
    return {
        "id": f"synth-{n}",
        "url": f"https://www.info.gov.hk/gia/general/{day:%Y%m}/{day:%d}/{pnum}.htm",
        "source": "info.gov.hk",
        "lang": "en",
        "title": title,
        "date": day.isoformat(),
        "text": f"{title}\n{'*' * len(title)}\n\n{body}\n\n{footer}\n",
    }


def write_corpus(path: Path, releases: int, seed: int = 7, pool: list | None = None, first: int = 0) -> Path:
    """Write `releases` synthetic releases to `path` (JSON Lines); returns the path. Parts of one
    archive written in parallel each take their own `first` release number (their ids never clash)."""
    pool = pool or source_releases()
    rng = random.Random(seed + first)
    seen: set[str] = set()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        n = first
        while n < first + releases:
            record = synth_release(n, pool, rng)
            digest = hashlib.sha1(record["text"].encode()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return path
