"""An ingest killed half-way leaves the previous index usable, and the next run finishes the work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from assistant.config import Settings
from assistant.store import forget_local_clients, open_store
from conftest import AVIATION_Q, CORPUS, RELEASES_JSONL, REPO
from ingest.index import ingest

pytestmark = pytest.mark.integration


def test_sigkill_while_embedding_loses_nothing_and_rerun_completes(tmp_path):
    settings = Settings().with_index(tmp_path / "index")
    ingest([str(CORPUS)], settings)
    seed_count = open_store(settings).count()

    proc = subprocess.Popen(
        [sys.executable, "-m", "ingest", str(RELEASES_JSONL), str(CORPUS), "--index", str(settings.index_dir)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    seen = b""
    deadline = time.monotonic() + 240
    while b"Embedding" not in seen and time.monotonic() < deadline:
        seen += proc.stderr.read1(4096) or b""
        if proc.poll() is not None:
            break
    time.sleep(3)  # into the embedding and writing of the first batches
    assert proc.poll() is None, "ingest ended before it could be killed while embedding"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    forget_local_clients()  # this process opened the folder before the other one wrote to it

    from assistant.service import Assistant

    assert open_store(settings).count() >= seed_count
    answer = Assistant(settings).ask(AVIATION_Q)
    assert answer.answered and "Hangzhou, Ningbo and Wenzhou" in answer.answer

    finish = ingest([str(RELEASES_JSONL), str(CORPUS)], settings)
    assert finish.chunks_added > 0 and not finish.problems
    again = ingest([str(RELEASES_JSONL), str(CORPUS)], settings)
    assert (again.new, again.changed, again.chunks_added, again.chunks_removed) == (0, 0, 0, 0)
    ids = list(open_store(settings).metadata_by_id())
    assert len(ids) == len(set(ids)) == open_store(settings).count()
