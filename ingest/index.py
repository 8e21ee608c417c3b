"""Write releases into the store incrementally: add what is new, replace what changed.

Chunk ids derive from release id and text, so comparing id sets tells what changed without
embedding anything. New chunks are written before stale ones are deleted: an interrupted
run leaves every release it had still answerable, and the next run finishes the work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.embeddings import LazyEmbeddings
from assistant.errors import StoreError
from assistant.faults import checkpoint
from assistant.records import Chunk, Release
from ingest import ledger
from ingest.collect import Report, collect
from ingest.memo import ParseMemo
from ingest.split import split_release

if TYPE_CHECKING:
    from assistant.store import Store


def ingest(
    paths: list[str],
    settings: Settings,
    prune: bool = False,
    on_progress: Callable[[str, int, int | None], None] | None = None,
) -> Report:
    """Bring the index in line with the inputs; `on_progress(stage, done, total)` follows the work."""
    report = Report()
    origins: set[str] = set()
    memo = ParseMemo(settings.parse_memo)
    releases = collect(paths, report, origins, on_progress, memo)
    report.releases = len(releases)
    from assistant.store import open_store  # here: reading and parsing need no Chroma

    store = open_store(settings, LazyEmbeddings(settings.model_path, settings.device, settings.batch_size))
    held = ledger.load(settings.ledger, store)
    if held is None:
        held = {cid: _ledger_entry(meta) for cid, meta in store.metadata_by_id().items()}
    to_add, to_remove = _changes(releases, _Stored.of(held), memo, report, origins, prune)
    if to_add or to_remove:
        ledger.forget(settings.ledger)  # saved again only once every write has succeeded
    _write(store, to_add, to_remove, report, on_progress)
    if to_add or to_remove or not settings.ledger.exists():
        for cid in to_remove:
            held.pop(cid, None)
        held.update((c.chunk_id, _ledger_entry(c.metadata())) for c in to_add)
        ledger.save(settings.ledger, held)
    if to_add or to_remove:
        # Bring the saved keyword index in step now, so the next start of the app only reads it back.
        from assistant.retrieve import Retriever

        if on_progress:
            on_progress("Indexing words", 0, None)
        Retriever(store, None, settings.keyword_cache)
    memo.save()
    return report


@dataclass
class _Stored:
    """What the index holds, by release: its chunk ids, the input it came from, and its length."""

    chunks: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    origin: dict[str, str] = field(default_factory=dict)
    chars: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, held: dict[str, dict]) -> _Stored:
        stored = cls()
        for cid, meta in held.items():
            rid = str(meta.get("release_id", ""))
            stored.chunks[rid].add(cid)
            stored.origin[rid] = str(meta.get("origin", ""))
            stored.chars[rid] = int(meta.get("release_chars", 0) or 0)
        return stored


def _changes(
    releases: list[Release], stored: _Stored, memo: ParseMemo, report: Report, origins: set[str], prune: bool
) -> tuple[list[Chunk], list[str]]:
    """The chunks to add and the chunk ids to remove, from comparing chunk ids (nothing is embedded); counts
    each release as new, changed or unchanged in the report."""
    to_add: list[Chunk] = []
    to_remove: list[str] = []
    for release in releases:
        wanted = memo.chunk_ids.get(id(release))
        chunks = None
        if wanted is None:
            chunks = split_release(release)
            wanted = frozenset(c.chunk_id for c in chunks)
        rid = release.release_id
        have = stored.chunks.get(rid, set())
        fuller_elsewhere = have and stored.origin[rid] != release.origin and stored.chars[rid] > len(release.body)
        if wanted == have or fuller_elsewhere:  # the same release, already stored from a fuller copy
            report.unchanged += 1
            continue
        if have:
            report.changed += 1
        else:
            report.new += 1
        chunks = chunks if chunks is not None else split_release(release)
        to_add.extend(c for c in chunks if c.chunk_id not in have)
        to_remove.extend(have - wanted)
    seen = {r.release_id for r in releases}
    # A release whose page was read again but no longer holds it was edited into another id.
    replaced = [rid for rid in stored.chunks if rid not in seen and stored.origin.get(rid) in origins]
    gone = [rid for rid in stored.chunks if rid not in seen and rid not in replaced] if prune else []
    report.pruned = len(gone)
    moved = min(len(replaced), report.new)  # an edited page's release got a new id: a change, not an addition
    report.new, report.changed = report.new - moved, report.changed + moved
    to_remove.extend(cid for rid in replaced + gone for cid in stored.chunks[rid])
    return to_add, to_remove


def _write(
    store: Store,
    to_add: list[Chunk],
    to_remove: list[str],
    report: Report,
    on_progress: Callable[[str, int, int | None], None] | None,
) -> None:
    """New chunks first, then the stale ones deleted: an interruption leaves every release answerable. A
    failed write is a StoreError that says what was written."""
    if on_progress and to_add:
        on_progress("Embedding", 0, len(to_add))

    def after_batch(stage: str, count: int) -> None:
        checkpoint("embedding" if stage == "embedded" else "writing")
        if stage == "written":
            report.chunks_added += count
            if on_progress:
                on_progress("Embedding", report.chunks_added, len(to_add))

    try:
        store.add(to_add, after_batch)
        checkpoint("finishing")
        store.delete(to_remove)
    except (OSError, StoreError) as exc:
        raise StoreError(_write_failed(exc, report)) from exc
    except Exception as exc:  # chromadb and sqlite raise their own kinds (e.g. "database or disk is full")
        if type(exc).__module__.split(".")[0] not in ("chromadb", "sqlite3"):
            raise
        raise StoreError(_write_failed(exc, report)) from exc
    report.chunks_removed = len(to_remove)


def _ledger_entry(meta: dict) -> dict:
    return {k: meta.get(k) for k in ("release_id", "origin", "release_chars")}


def _write_failed(exc: Exception, report: Report) -> str:
    return (
        f"Writing to the index failed after {report.chunks_added} new chunks: {exc}. "
        "Every release the index held before is still there and answerable; free disk space (or fix the "
        "cause) and run the same command again to finish."
    )
