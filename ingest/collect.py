"""Every release of the inputs, once: read, parsed (through the parse memo, so an input is parsed once) and
kept once when the same release came from two places.

It reads and parses; writing the releases into the index is `index.py`'s job.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.faults import checkpoint
from assistant.records import Release
from ingest.memo import ParseMemo, doc_key
from ingest.parse import parse_page, release_id
from ingest.sources import Document, Problem, read_inputs
from ingest.split import split_release


@dataclass
class Report:
    """What an ingest run did: releases new, changed, unchanged and pruned, chunks added and removed, and the
    inputs that failed, each with what to do."""

    releases: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    pruned: int = 0
    chunks_added: int = 0
    chunks_removed: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{self.releases} releases: {self.new} new, {self.changed} changed, {self.unchanged} unchanged"
            f"{f', {self.pruned} pruned' if self.pruned else ''}; "
            f"{self.chunks_added} chunks added, {self.chunks_removed} removed."
        )
        if self.problems:
            text += f" {len(self.problems)} input(s) failed:\n" + "\n".join(f"  {p}" for p in self.problems)
        return text


def releases_of(doc: Document) -> list[Release]:
    """Parse a document; a record's own title and date (and P-number id) win over what the text suggests."""
    releases = parse_page(doc.text, url=doc.url, source=doc.source, origin=doc.origin, lang=doc.lang)
    if len(releases) == 1 and (doc.record_id or doc.title or doc.date):
        r = releases[0]
        title, date = doc.title or r.title, doc.date or r.date
        url = doc.url if r.release_id.startswith("P") or not doc.record_id else f"/{doc.record_id}"
        rid = release_id(url, title, date, r.body)
        releases = [dataclasses.replace(r, release_id=rid, title=title, date=date)]
    return releases


def fingerprint(release: Release) -> str:
    return hashlib.sha1(re.sub(r"\W+", " ", release.body).strip().lower().encode()).hexdigest()


def collect(
    paths: list[str],
    report: Report,
    origins: set[str] | None = None,
    on_progress: Callable[[str, int, int | None], None] | None = None,
    memo: ParseMemo | None = None,
) -> list[Release]:
    """Every release of the inputs once: by id, and by text when one release came from two places
    (the fuller text wins; a P-number id wins over a hash id). With a memo, an input parsed before
    is not parsed again."""
    by_id: dict[str, Release] = {}
    id_by_text: dict[str, str] = {}
    for n, item in enumerate(read_inputs(paths), 1):
        if on_progress:
            on_progress("Reading", n, None)
        if isinstance(item, Problem):
            report.problems.append(item)
            continue
        found = releases_of(item) if memo is None else _remembered(item, memo)
        checkpoint("parsing")
        if origins is not None:
            origins.add(item.origin)
        if not found:
            report.problems.append(Problem(item.origin, "no release text found in it."))
        for release in found:
            text_key = memo.fingerprints.get(id(release)) if memo is not None else None
            _keep(release, text_key or fingerprint(release), by_id, id_by_text)
    return list(by_id.values())


def _remembered(item: Document, memo: ParseMemo) -> list[Release]:
    """The input's releases, parsed and split once: from the memo when it was read before, with their chunk ids and
    fingerprints kept in the memo for this run."""
    key = doc_key(item)
    known = memo.get(key)
    if known is None:
        known = tuple((r, frozenset(c.chunk_id for c in split_release(r)), fingerprint(r)) for r in releases_of(item))
        memo.put(key, list(known))
    memo.chunk_ids.update((id(r), ids) for r, ids, _ in known)
    memo.fingerprints.update((id(r), fp) for r, _, fp in known)
    return [r for r, _, _ in known]


def _keep(release: Release, text_key: str, by_id: dict[str, Release], id_by_text: dict[str, str]) -> None:
    """Keep the release unless it is a copy of one kept already: the fuller text wins, and a P-number id over a
    hash id."""
    twin = id_by_text.get(text_key)
    if twin and twin != release.release_id:
        if release.release_id.startswith("r-") or not by_id[twin].release_id.startswith("r-"):
            return
        del by_id[twin]
    old = by_id.get(release.release_id)
    if old is None or len(release.body) > len(old.body):
        by_id[release.release_id] = release
    id_by_text[text_key] = release.release_id
