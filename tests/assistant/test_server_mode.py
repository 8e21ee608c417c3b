"""The same ingest and ask code against a real Chroma server (`chroma run`) on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.config import Settings
from conftest import AVIATION_Q, CORPUS, free_port

pytestmark = [pytest.mark.integration, pytest.mark.server]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"chroma run did not start on port {port}")
            time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


def test_ingest_and_ask_through_a_chroma_server(chroma_server, tmp_path):
    from assistant.service import Assistant
    from ingest.index import ingest

    env = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_server), "ASSISTANT_INDEX": str(tmp_path / "unused")}
    settings = Settings.from_env(env)
    assert settings.chroma_host == "127.0.0.1"
    report = ingest([str(CORPUS)], settings)
    assert report.new == 2 and report.chunks_added > 10
    assert ingest([str(CORPUS)], settings).chunks_added == 0
    assert not (tmp_path / "unused").exists(), "server mode must not write a local index"
    answer = Assistant(settings).ask(AVIATION_Q)
    assert answer.answered and "Hangzhou, Ningbo and Wenzhou" in answer.answer


def test_cli_uses_the_server_when_chroma_host_is_set(chroma_server, tmp_path):
    from ingest.index import ingest

    settings = Settings.from_env({"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_server)})
    ingest([str(CORPUS)], settings)
    env = {**os.environ, "CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_server), "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", AVIATION_Q, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert '"answered": true' in result.stdout


def test_unreachable_server_is_a_clear_error():
    from assistant.errors import StoreError
    from assistant.store import open_store

    settings = Settings.from_env({"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(free_port())})
    with pytest.raises(StoreError, match="Cannot open the index"):
        open_store(settings)
