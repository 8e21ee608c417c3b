"""The public command-line interface: `ask`, `ask --json` and the batch mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import AVIATION_Q, REPO

pytestmark = pytest.mark.integration
CITATION_KEYS = {"n", "release_id", "title", "date", "url", "section", "quote"}


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
    )


def test_ask_json_prints_one_object_with_the_public_shape(seed_settings):
    result = run_cli("ask", AVIATION_Q, "--index", str(seed_settings.index_dir), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"question", "answer", "answered", "citations"} <= data.keys()
    assert data["question"] == AVIATION_Q and data["answered"] is True
    for c in data["citations"]:
        assert c.keys() >= CITATION_KEYS
        assert c["date"] is None or len(c["date"]) == 10
    assert data["citations"][0]["date"] == "2025-04-24"


def test_batch_mode_answers_each_stdin_line_in_order(seed_settings):
    questions = [AVIATION_Q, "How much are MTR fares?", "What should outdoor workers wear in the cold?"]
    result = run_cli("ask", "--json", "-", "--index", str(seed_settings.index_dir), stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert [r["answered"] for r in rows] == [True, False, True]


def test_plain_output_lists_sources_after_the_answer(seed_settings):
    result = run_cli("ask", AVIATION_Q, "--index", str(seed_settings.index_dir))
    assert result.returncode == 0, result.stderr
    answer, sources = result.stdout.split("Sources:")
    assert "[1]" in answer and "2025-04-24" in sources


def test_missing_index_is_a_clear_error(tmp_path):
    result = run_cli("ask", AVIATION_Q, "--index", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "no index" in result.stderr and "python -m ingest" in result.stderr


def test_filters_narrow_the_releases_and_bad_dates_are_named(seed_settings):
    index = str(seed_settings.index_dir)
    only_cold = run_cli("ask", "What should outdoor workers do?", "--index", index, "--json", "--to", "2025-02-01")
    assert only_cold.returncode == 0, only_cold.stderr
    data = json.loads(only_cold.stdout)
    assert data["answered"] and {c["date"] for c in data["citations"]} == {"2025-01-03"}
    none_left = run_cli(
        "ask", "What did HK and Zhejiang agree on aviation?", "--index", index, "--json", "--from", "2030-01-01"
    )
    assert json.loads(none_left.stdout)["answered"] is False
    bad = run_cli("ask", "Anything?", "--index", index, "--from", "24/04/2025")
    assert bad.returncode == 2 and "24/04/2025" in bad.stderr and "YYYY-MM-DD" in bad.stderr


def test_batch_mode_keeps_the_json_shape_for_a_bad_question(seed_settings):
    result = run_cli("ask", "--json", "-", "--index", str(seed_settings.index_dir), stdin="ok?\n" + "x" * 3000 + "\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and result.returncode == 1
    assert rows[1]["answered"] is False and "error" in rows[1] and rows[1]["citations"] == []


def test_batch_mode_takes_json_lines_and_gives_their_ids_back(seed_settings):
    lines = [json.dumps({"id": "q-7", "question": AVIATION_Q}), AVIATION_Q, json.dumps({"id": 8, "text": "?"})]
    result = run_cli("ask", "--json", "-", "--index", str(seed_settings.index_dir), stdin="\n".join(lines) + "\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1 and len(rows) == 3
    assert rows[0]["id"] == "q-7" and rows[0]["question"] == AVIATION_Q and rows[0]["answered"]
    assert "id" not in rows[1] and rows[1]["answer"] == rows[0]["answer"]
    assert rows[2]["id"] == 8 and not rows[2]["answered"] and "line 3" in rows[2]["error"]


def test_eval_runs_the_assistant_and_the_naive_baseline_side_by_side(seed_settings, tmp_path):
    golden = tmp_path / "golden.jsonl"
    rows = [
        {
            "id": "a1",
            "question": AVIATION_Q,
            "kind": "topic",
            "expected": "Hangzhou, Ningbo and Wenzhou",
            "split": "dev",
        },
        {"id": "u1", "question": "How much are MTR fares?", "kind": "off-topic", "expected": None, "split": "dev"},
    ]
    golden.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    args = ("eval", "--golden", str(golden), "--index", str(seed_settings.index_dir), "--baseline", "--quiet")
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assistant, baseline = result.stdout.split("naive LangChain baseline")
    assert "answer_accuracy=1.000" in assistant and "refusal_accuracy=1.000" in assistant
    assert "refusal_accuracy=0.000" in baseline  # the baseline never refuses


def test_eval_json_gives_figures_by_kind_and_each_question(seed_settings, tmp_path):
    golden = tmp_path / "golden.jsonl"
    rows = [{"id": "a1", "question": AVIATION_Q, "expected": "Hangzhou"}, {"question": "How much are MTR fares?"}]
    golden.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run_cli("eval", "--golden", str(golden), "--index", str(seed_settings.index_dir), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["assistant"]["metrics"]["answer_accuracy"] == 1.0
    assert data["assistant"]["metrics"]["refusal_accuracy"] == 1.0
    assert set(data["assistant"]["by_kind"]) == {"answerable", "unanswerable"}
    assert [(q["id"], q["answered"], q["rank"]) for q in data["assistant"]["questions"]] == [
        ("a1", True, 1),
        ("q2", False, None),
    ]
    assert "baseline" not in data


def test_eval_without_an_index_says_how_to_build_one(tmp_path):
    golden = tmp_path / "golden.jsonl"
    golden.write_text(json.dumps({"question": AVIATION_Q, "expected": "Hangzhou"}) + "\n", encoding="utf-8")
    result = run_cli("eval", "--golden", str(golden), "--index", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "no index" in result.stderr and "python -m ingest" in result.stderr
    assert not (tmp_path / "nowhere").exists()
