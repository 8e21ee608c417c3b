"""Ingest killed (SIGKILL) at each of five points, then run again: nothing lost, nothing twice.

Each run starts from an index holding release A (version 1) and the seed corpus, and ingests
version 2 of A (changed text: its old chunks must go) plus 24 shared releases (new chunks).
After the kill the old index still answers; after the re-run the vector and keyword indexes hold
exactly the chunks of the inputs, once each, and every release is found by its own words.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys

import pytest

from assistant.config import Settings
from assistant.errors import StoreError
from assistant.faults import POINTS
from assistant.retrieve import Retriever
from assistant.store import Store, forget_local_clients, open_store
from conftest import AVIATION_Q, CORPUS, RELEASES_JSONL, REPO
from ingest.collect import Report, collect
from ingest.index import ingest
from ingest.split import split_release

pytestmark = pytest.mark.integration

RELEASE_A = """Lantau ferry timetable revised
******************************

The Transport Department announced today (March 3) that the {version} ferry timetable for Mui Wo will
take effect on April 1. Sailings leave Central every {minutes} minutes during peak hours.

Ends/Monday, March 3, 2025
Issued at HKT 16:30
"""


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """Inputs, and an index of release A version 1 and the seed corpus, built once and copied per test."""
    root = tmp_path_factory.mktemp("crash-base")
    inputs = root / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text(RELEASE_A.format(version="first", minutes=20), encoding="utf-8")
    lines = RELEASES_JSONL.read_text(encoding="utf-8").splitlines()
    (root / "some.jsonl").write_text("\n".join(lines[:24]) + "\n", encoding="utf-8")
    settings = Settings().with_index(root / "index")
    ingest([str(inputs / "a.txt"), str(CORPUS)], settings)
    return root


def fresh(base, tmp_path):
    shutil.copytree(base / "index", tmp_path / "index")
    shutil.copytree(base / "inputs", tmp_path / "inputs")
    (tmp_path / "inputs" / "a.txt").write_text(RELEASE_A.format(version="second", minutes=15), encoding="utf-8")
    paths = [str(tmp_path / "inputs" / "a.txt"), str(base / "some.jsonl"), str(CORPUS)]
    return Settings().with_index(tmp_path / "index"), paths


def assert_index_matches_inputs(settings, paths):
    store = open_store(settings)
    releases = collect(paths, Report())
    wanted = {c.chunk_id for r in releases for c in split_release(r)}
    stored = store.ids()
    assert len(stored) == len(set(stored)), "a chunk is stored twice"
    vectors = store._collection.get(ids=stored, include=["embeddings"])["embeddings"]  # every id has its vector
    assert len(vectors) == len(stored)
    assert set(stored) == wanted, f"orphans: {len(set(stored) - wanted)}, missing: {len(wanted - set(stored))}"
    retriever = Retriever(store, None, settings.keyword_cache)
    assert set(retriever.keyword.doc_of) == set(stored) == set(retriever.chunks)  # keyword index == vectors
    meta = store.metadata_by_id()
    assert {m["release_id"] for m in meta.values()} == {r.release_id for r in releases}
    return releases


@pytest.mark.parametrize("point", POINTS)
def test_sigkill_at_each_point_then_rerun_loses_nothing_and_duplicates_nothing(base, tmp_path, point):
    settings, paths = fresh(base, tmp_path)
    before = open_store(settings).count()
    proc = subprocess.run(
        [sys.executable, "-m", "ingest", *paths, "--index", str(settings.index_dir)],
        cwd=REPO,
        capture_output=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "ASSISTANT_FAULT": point},
        timeout=600,
    )
    assert proc.returncode == -9, f"the ingest was not killed at {point}: {proc.stderr.decode()[-500:]}"
    forget_local_clients()  # this process opened the folder before the other one wrote to it

    from assistant.service import Assistant

    assert open_store(settings).count() >= before  # nothing the index held is gone
    answer = Assistant(settings).ask(AVIATION_Q)
    assert answer.answered and "Hangzhou, Ningbo and Wenzhou" in answer.answer

    report = ingest(paths, settings)  # the re-run, in process and without the fault
    assert not report.problems
    releases = assert_index_matches_inputs(settings, paths)
    again = ingest(paths, settings)
    assert (again.new, again.changed, again.chunks_added, again.chunks_removed) == (0, 0, 0, 0)

    assistant = Assistant(settings)
    ferry = assistant.ask("How often do Mui Wo ferries leave Central at peak hours?")
    assert ferry.answered and "15 minutes" in ferry.answer and "20 minutes" not in ferry.answer
    for release in releases:  # every release is found by its own words
        words = release.body[:300]
        top = assistant.retriever.search(words, k=10)
        assert release.release_id in {h.chunk.release_id for h in top}, words


def test_a_full_disk_mid_ingest_gives_a_clear_error_and_loses_nothing(base, tmp_path, monkeypatch):
    settings, paths = fresh(base, tmp_path)
    before = set(open_store(settings).ids())
    calls = {"n": 0}
    original = Store._write

    def write_then_fill_the_disk(self, batch, vectors, after_batch):  # a FAKE disk that fills after one batch
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.ENOSPC, "No space left on device")  # raised on the writing thread
        return original(self, batch, vectors, after_batch)

    monkeypatch.setattr(Store, "_write", write_then_fill_the_disk)
    monkeypatch.setattr("assistant.store._WRITE_BATCH", 8)
    with pytest.raises(StoreError) as info:
        ingest(paths, settings)
    message = str(info.value)
    assert "No space left on device" in message and "run the same command again" in message
    assert calls["n"] == 2 and "after 8 new chunks" in message  # one batch written, the failure reported with it
    assert before <= set(open_store(settings).ids())  # every chunk it had is still there

    from assistant.service import Assistant

    assert Assistant(settings).ask(AVIATION_Q).answered
    monkeypatch.undo()
    ingest(paths, settings)
    assert_index_matches_inputs(settings, paths)


def test_cli_reports_a_write_failure_with_exit_code_2(base, tmp_path):
    settings, paths = fresh(base, tmp_path)
    # The same FAKE full disk, in a CLI process: one plain message, no traceback.
    script = (
        "import errno, sys\n"
        "from assistant.store import Store\n"
        "def full(self, chunks, after_batch=None):\n"
        "    raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "Store.add = full\n"
        "from ingest.__main__ import main\n"
        f"sys.exit(main({json.dumps([*paths, '--index', str(settings.index_dir)])}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert "No space left on device" in proc.stderr and "Traceback" not in proc.stderr
