"""Ingest into a real Chroma index with the real model: counts, idempotence, changes."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.store import open_store
from conftest import CORPUS, SEED
from ingest.index import ingest

pytestmark = pytest.mark.integration


def test_ingest_writes_every_chunk_once(seed_settings):
    store = open_store(seed_settings)
    metas = store.metadata_by_id()
    assert len(metas) == store.count() > 10
    assert {m["release_id"] for m in metas.values()}.__len__() == 2
    assert all(m["title"] and m["date"] for m in metas.values())


def test_reingest_of_unchanged_corpus_writes_nothing(seed_settings):
    before = open_store(seed_settings).count()
    report = ingest([str(CORPUS)], seed_settings)
    assert (report.new, report.changed, report.unchanged, report.chunks_added) == (0, 0, 2, 0)
    assert "0 new, 0 changed, 2 unchanged" in report.summary()
    assert open_store(seed_settings).count() == before


def test_changed_release_replaces_its_old_chunks(tmp_path):
    settings = Settings().with_index(tmp_path / "index")
    page = tmp_path / "page.txt"
    page.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    ingest([str(page)], settings)
    count = open_store(settings).count()
    page.write_text(SEED.read_text(encoding="utf-8").replace("Wenzhou", "Wenzhou and Jinhua"), encoding="utf-8")
    report = ingest([str(page)], settings)
    assert (report.changed, report.unchanged, report.chunks_added, report.chunks_removed) == (1, 1, 1, 1)
    store = open_store(settings)
    assert store.count() == count
    texts = [c.text for c in store.chunks()]
    assert any("Wenzhou and Jinhua" in t for t in texts)
    assert not any("Wenzhou in accordance" in t for t in texts)


def test_bad_inputs_are_named_and_good_ones_still_ingested(tmp_path):
    settings = Settings().with_index(tmp_path / "index")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "bad.jsonl").write_text('{"text": "A title\\n*****\\nThe body of a release, long enough."}\nnot json\n')
    report = ingest([str(tmp_path), str(tmp_path / "missing.txt")], settings)
    messages = [str(p) for p in report.problems]
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("binary.txt" in m and "binary" in m for m in messages)
    assert any("bad.jsonl:2" in m and "JSON" in m for m in messages)
    assert any("missing.txt" in m for m in messages)
    assert report.new == 1


def write_release(path, title: str, body: str, date: str = "Monday, May 5, 2025") -> None:
    path.write_text(f"{title}\n{'*' * len(title)}\n\n     {body}\n\nEnds/{date}\nIssued at HKT 10:00\n", "utf-8")


def test_edited_release_without_p_number_replaces_its_old_version(tmp_path):
    settings = Settings().with_index(tmp_path / "index")
    page = tmp_path / "in" / "a.txt"
    page.parent.mkdir()
    write_release(page, "Library opens", "The new library opens on Monday with 300 seats.")
    ingest([str(page.parent)], settings)
    write_release(page, "Library opens on Tuesday", "The new library opens on Tuesday with 300 seats.")
    report = ingest([str(page.parent)], settings)
    assert (report.new, report.changed) == (0, 1)
    texts = [c.text for c in open_store(settings).chunks()]
    assert any("Tuesday" in t for t in texts) and not any("on Monday" in t for t in texts)


def test_prune_removes_releases_whose_files_are_gone(tmp_path):
    settings = Settings().with_index(tmp_path / "index")
    folder = tmp_path / "in"
    folder.mkdir()
    write_release(folder / "a.txt", "Library opens", "The new library opens on Monday with 300 seats.")
    write_release(folder / "b.txt", "Pool closes", "The old pool closes for repairs for three months.")
    ingest([str(folder)], settings)
    (folder / "b.txt").unlink()
    assert ingest([str(folder)], settings).pruned == 0, "without --prune nothing is removed"
    assert len({c.release_id for c in open_store(settings).chunks()}) == 2
    report = ingest([str(folder)], settings, prune=True)
    assert report.pruned == 1
    assert {c.title for c in open_store(settings).chunks()} == {"Library opens"}


def test_same_release_in_two_files_is_stored_once_and_the_fuller_copy_kept(tmp_path):
    settings = Settings().with_index(tmp_path / "index")
    full = "The new library opens on Monday with 300 seats. It has a children's corner."
    write_release(tmp_path / "full.txt", "Library opens", full)
    write_release(tmp_path / "short.txt", "Library opens", "The new library opens on Monday with 300 seats.")
    ingest([str(tmp_path / "full.txt")], settings)
    report = ingest([str(tmp_path / "short.txt")], settings)
    assert report.unchanged == 1 and report.chunks_added == 0
    chunks = list(open_store(settings).chunks())
    assert len({c.release_id for c in chunks}) == 1
    assert any("children's corner" in c.text for c in chunks)


def test_ledger_is_trusted_only_while_it_describes_the_store(tmp_path, monkeypatch):
    """A re-run reads what the index holds from the ledger, not from Chroma; a ledger that no longer
    matches the store (another writer, a copied folder) is ignored and the store is read instead."""
    import pickle

    from ingest import ledger

    settings = Settings().with_index(tmp_path / "index")
    page = tmp_path / "page.txt"
    page.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    ingest([str(page)], settings)
    store = open_store(settings)
    held = ledger.load(settings.ledger, store)
    assert held is not None and set(held) == set(store.ids())

    reads = []
    real = type(store).metadata_by_id
    monkeypatch.setattr(type(store), "metadata_by_id", lambda self: reads.append(1) or real(self))
    assert ingest([str(page)], settings).chunks_added == 0
    assert reads == []  # the no-op re-run trusted the ledger

    # A ledger with the right count but ids the store lacks is not trusted, and the run is still correct.
    lying = {f"not-stored-{i}": meta for i, meta in enumerate(held.values())}
    with open(settings.ledger, "wb") as f:
        pickle.dump({"version": ledger.VERSION, "meta": lying}, f)
    assert ledger.load(settings.ledger, store) is None
    page.write_text(SEED.read_text(encoding="utf-8").replace("Wenzhou", "Wenzhou and Jinhua"), encoding="utf-8")
    report = ingest([str(page)], settings)
    assert reads == [1] and (report.changed, report.chunks_added, report.chunks_removed) == (1, 1, 1)
    assert ledger.load(settings.ledger, open_store(settings)).keys() == set(open_store(settings).ids())
