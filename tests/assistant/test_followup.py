"""Follow-up questions carry the previous subject (no LLM)."""

from __future__ import annotations

import pytest

from assistant.followup import is_follow_up, rewrite

PREVIOUS = "What did HK and Zhejiang agree on aviation?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("And on finance?", "What did HK and Zhejiang agree on finance?"),
        ("What about education?", "What did HK and Zhejiang agree about education?"),
        ("housing?", "What did HK and Zhejiang agree about housing?"),
    ],
)
def test_elliptical_question_takes_the_previous_subject(question, expected):
    assert rewrite(question, PREVIOUS) == expected


def test_complete_question_is_left_alone():
    question = "How many people were arrested in operation Thunderbolt 12?"
    assert not is_follow_up(question)
    assert rewrite(question, PREVIOUS) == question


def test_first_question_is_left_alone():
    assert rewrite("And on finance?", None) == "And on finance?"
