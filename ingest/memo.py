"""What each input document parsed into, remembered between runs so a re-run skips unchanged inputs.

Keyed by a hash of the document (text and what its container says about it), the memo holds the
releases it produced and their chunk ids. A re-run over 10^4 unchanged releases then costs reading
and hashing the inputs, not parsing and splitting them. It is a cache: a missing or unreadable file
only means parsing again, and it is written atomically.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path

from assistant.records import Release
from ingest.sources import Document


def _code_version() -> str:
    """A parse depends on the parsing code: any change to it makes the memo stale."""
    h = hashlib.sha1(b"1")
    for name in ("parse.py", "text.py", "split.py", "html.py", "sources.py", "feeds.py", "memo.py"):
        path = Path(__file__).with_name(name)
        if path.exists():
            h.update(path.read_bytes())
    h.update((Path(__file__).parent.parent / "assistant" / "sentences.py").read_bytes())
    return h.hexdigest()


VERSION = _code_version()
log = logging.getLogger(__name__)


def doc_key(doc: Document) -> str:
    h = hashlib.sha1()
    for part in (doc.text, doc.origin, doc.url, doc.source, doc.lang, doc.title, doc.date, doc.record_id):
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class ParseMemo:
    def __init__(self, path: Path | None):
        self.path = path
        # doc key -> (release, its chunk ids, its text fingerprint) for each release of the document
        self.entries: dict[str, tuple[tuple[Release, frozenset[str], str], ...]] = {}
        self.dirty = False
        self.chunk_ids: dict[int, frozenset[str]] = {}  # id(release) -> its chunk ids, for this run only
        self.fingerprints: dict[int, str] = {}  # id(release) -> its text fingerprint, for this run only
        if path is not None and path.exists():
            try:
                with open(path, "rb") as f:
                    data = pickle.load(f)  # noqa: S301 - our own cache file
                if data.get("version") == VERSION:
                    self.entries = data["entries"]
            except Exception as exc:  # noqa: BLE001 - a bad cache only costs a re-parse
                log.warning("parse memo %s unusable (%s); parsing again", path, exc)

    def get(self, key: str) -> tuple[tuple[Release, frozenset[str], str], ...] | None:
        return self.entries.get(key)

    def put(self, key: str, releases: list[tuple[Release, frozenset[str], str]]) -> None:
        self.entries[key] = tuple(releases)
        self.dirty = True

    def save(self) -> None:
        if self.path is None or not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump({"version": VERSION, "entries": self.entries}, f, protocol=5)
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("could not save the parse memo to %s: %s", self.path, exc)
