"""Crash points for the crash tests: `ASSISTANT_FAULT=<point>` makes an ingest kill itself (SIGKILL)
the first time it reaches that point, exactly as a power cut or the OOM killer would.

Points: parsing (after the first input is parsed), embedding (a batch embedded, not yet written),
writing (a batch written, more to come), keyword (keyword index written to a temporary file, not yet
moved into place), finishing (every new chunk written, replaced ones not yet deleted).
Unset, `checkpoint` does nothing.
"""

from __future__ import annotations

import os
import signal

POINTS = ("parsing", "embedding", "writing", "keyword", "finishing")


def checkpoint(point: str) -> None:
    if os.environ.get("ASSISTANT_FAULT") == point:
        os.kill(os.getpid(), signal.SIGKILL)
