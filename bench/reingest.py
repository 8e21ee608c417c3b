"""Time a full ingest of the shared releases and the no-op re-run over them.

`python -m bench.reingest [--releases FILE]` prints: first ingest wall time and chunks/s, then
the no-op re-run in process (store open + parse + compare) and as a fresh CLI process.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant.config import REPO_ROOT, Settings
from ingest.index import ingest

DEFAULT_RELEASES = REPO_ROOT.parent / "shared" / "releases" / "releases.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", default=str(DEFAULT_RELEASES))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings().with_index(Path(tmp) / "index")
        start = time.perf_counter()
        report = ingest([args.releases], settings)
        first = time.perf_counter() - start
        print(
            f"first ingest: {report.releases} releases, {report.chunks_added} chunks in {first:.1f} s "
            f"({report.chunks_added / first:.0f} chunks/s incl. model load)"
        )
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            noop = ingest([args.releases], settings)
            times.append(time.perf_counter() - start)
            assert noop.chunks_added == 0 and noop.unchanged == report.releases
        print(
            f"no-op re-run, in process: median {statistics.median(times):.2f} s, max {max(times):.2f} s "
            f"over {args.repeat} runs ({noop.summary()})"
        )
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "ingest", args.releases, "--index", str(settings.index_dir)],
            check=True,
            capture_output=True,
        )
        print(f"no-op re-run, fresh CLI process (imports included): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
