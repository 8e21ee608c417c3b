"""The benchmark runs end to end at a tiny size (the real sizes are run by hand: `python -m bench`)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.integration


def test_bench_smallest_size_prints_a_full_row(tmp_path, capsys):
    from bench.__main__ import main

    assert main(["--sizes", "25", "--no-server", "--questions", "5", "--work", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| 25 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "embedded" and int(cells[2]) == 25
    assert int(cells[3].replace(",", "")) > 25  # chunks
    assert all(re.fullmatch(r"[\d,.]+%?", c) for c in cells[4:]), cells


def test_synthetic_releases_are_distinct_and_parse_one_each(tmp_path):
    import json

    from bench.synth import write_corpus
    from ingest.collect import Report, collect

    path = write_corpus(tmp_path / "s.jsonl", 120)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len({r["text"] for r in records}) == 120
    releases = collect([str(path)], Report())
    assert len(releases) == 120 and all(r.release_id.startswith("P") for r in releases)
