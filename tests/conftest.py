"""Session-wide fixtures: the real model and a real Chroma index of the shipped corpus, built once."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.config import Settings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SEED = CORPUS / "000_b7993ec987eb3cd1.txt"
SHARED = REPO.parent / "shared"
RELEASES_JSONL = SHARED / "releases" / "releases.jsonl"
AVIATION_Q = "What did HK and Zhejiang agree on aviation?"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory) -> Settings:
    """A real index of corpus/ in a temporary folder."""
    from ingest.index import ingest

    settings = Settings().with_index(tmp_path_factory.mktemp("seed-index"))
    report = ingest([str(CORPUS)], settings)
    assert not report.problems, report.summary()
    return settings


@pytest.fixture(scope="session")
def seed_assistant(seed_settings):
    from assistant.service import Assistant

    return Assistant(seed_settings)


@pytest.fixture(scope="session")
def shared_settings(tmp_path_factory) -> Settings:
    """A real index of the 98 shared releases and corpus/ (what the golden questions ask about)."""
    from ingest.index import ingest

    settings = Settings().with_index(tmp_path_factory.mktemp("shared-index"))
    report = ingest([str(RELEASES_JSONL), str(CORPUS)], settings)
    assert not report.problems, report.summary()
    return settings


@pytest.fixture(scope="session")
def shared_assistant(shared_settings):
    from assistant.service import Assistant

    return Assistant(shared_settings)
