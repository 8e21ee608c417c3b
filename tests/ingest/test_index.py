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
