"""What the index holds, kept beside it so that a re-run need not read every chunk's metadata back.

Reading 10^5 chunk ids and metadata out of Chroma takes seconds (about 0.14 ms a chunk here); this
ledger holds the same facts (release id, origin, size of each stored chunk) in one small file. It is
trusted only when the collection's chunk count matches it and a sample of its ids is really stored;
otherwise, or when it is missing or unreadable, ingest reads the metadata from the store as before.
It is deleted before an ingest writes anything and saved after the writes succeed, so a crash
mid-ingest leaves no ledger to mislead the next run.
"""

from __future__ import annotations

import logging
import os
import pickle
import random
from pathlib import Path

log = logging.getLogger(__name__)
VERSION = 1
SAMPLE = 64  # ids checked against the store before the ledger is trusted


def load(path: Path, store) -> dict[str, dict] | None:
    """{chunk id: metadata} as last saved, if it still describes the store; else None."""
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)  # noqa: S301 - our own file, written atomically by save()
        if data.get("version") != VERSION:
            return None
        meta: dict[str, dict] = data["meta"]
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a bad ledger only costs a full read
        log.warning("ignoring the index ledger %s (%s)", path, exc)
        return None
    if store.count() != len(meta):
        return None
    sample = random.Random(len(meta)).sample(sorted(meta), min(SAMPLE, len(meta))) if meta else []
    if sample and len(store.existing(sample)) != len(sample):
        return None
    return meta


def save(path: Path, meta: dict[str, dict]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump({"version": VERSION, "meta": meta}, f, protocol=5)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only or full disk costs a full read next time, nothing else
        log.warning("could not save the index ledger %s: %s", path, exc)


def forget(path: Path) -> None:
    path.unlink(missing_ok=True)
