"""Golden question files from elsewhere: only the question is required, and bad lines are named (unit tests, no
model: the answers come from a fake answerer)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from assistant import evaluate
from assistant.errors import InputError
from assistant.golden import load_golden


def _write(tmp_path, rows) -> str:
    path = tmp_path / "golden.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_only_the_question_is_required(tmp_path):
    path = _write(
        tmp_path,
        [
            {"question": "Who chairs it?", "expected": "Mr Chan"},
            "",
            {"question": "Who won the cup?", "expected": None},
            {"question": "Which city?", "answer": ["Hangzhou", "Ningbo"]},
            {"question": "Which year?", "expected": "2025", "answerable": False},
            {"question": "How many?", "expected": 24},
        ],
    )
    rows = load_golden(path)
    assert [g.id for g in rows] == ["q1", "q3", "q4", "q5", "q6"]
    assert [g.kind for g in rows] == ["answerable", "unanswerable", "answerable", "unanswerable", "answerable"]
    assert [g.answerable for g in rows] == [True, False, True, False, True]
    assert rows[2].spans == ("hangzhou", "ningbo") and rows[4].spans == ("24",)
    # A row without a split is in every split; a row with one only in its own.
    assert len(load_golden(path, "test")) == 5


def test_split_selects_rows(tmp_path):
    path = _write(
        tmp_path,
        [
            {"id": "a1", "question": "Q one?", "kind": "who", "expected": "x", "split": "dev"},
            {"id": "a2", "question": "Q two?", "kind": "who", "expected": "y", "split": "test"},
        ],
    )
    assert [g.id for g in load_golden(path, "test")] == ["a2"]
    assert [g.id for g in load_golden(path)] == ["a1", "a2"]


def test_any_listed_wording_counts_as_the_answer(tmp_path):
    path = _write(tmp_path, [{"question": "Which city?", "expected": ["Wenzhou", "Ningbo"]}, {"question": "Odd?"}])
    fake_answers = {
        "Which city?": SimpleNamespace(answered=True, answer="Flights to Ningbo. [1]", citations=()),
        "Odd?": SimpleNamespace(answered=False, answer="The releases do not say.", citations=()),
    }
    outcomes = evaluate.run(load_golden(path), fake_answers.__getitem__, lambda q: ["... NINGBO ..."])
    assert [(o.answer_ok, o.rank) for o in outcomes] == [(True, 1), (True, None)]
    assert evaluate.metrics(outcomes)["refusal_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["[1, 2]"], "golden.jsonl:1: not a golden question (a line must be a JSON object)"),
        (["{not json"], "golden.jsonl:1: not a golden question"),
        ([{"id": "a1"}, {"question": "ok?"}], "golden.jsonl:1: not a golden question ('question')"),
        ([{"question": "  "}], "golden.jsonl:1: not a golden question ('question' must be a non-empty text)"),
        ([{"question": "Q?", "split": "dev"}], "no golden questions in split 'test'"),
        ([{"question": "Q?", "expected": {"text": "x"}}], "golden.jsonl:1: the expected answer must be a text"),
    ],
)
def test_bad_files_are_named_with_what_is_wrong(tmp_path, rows, message):
    with pytest.raises(InputError) as err:
        load_golden(_write(tmp_path, rows), "test" if "split" in message else "all")
    assert message in str(err.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match="cannot read golden questions from .*nowhere.jsonl"):
        load_golden(tmp_path / "nowhere.jsonl")
