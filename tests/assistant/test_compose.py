"""Unit tests of how chosen sentences become an answer or a refusal (no model, no index)."""

from __future__ import annotations

from assistant import compose
from assistant.candidate import Candidate
from assistant.records import Chunk
from assistant.sentences import Unit


def _chunk(chunk_id: str, release_id: str, text: str) -> Chunk:
    return Chunk(
        chunk_id, text, release_id, f"Title {release_id}", "2025-01-02", f"https://x/{release_id}", "t", "en", None, 0
    )


def _cand(chunk: Chunk, text: str, item: bool = False) -> Candidate:
    return Candidate(Unit(text, 0, item), chunk, 1)


def test_each_passage_gets_one_citation_number_in_order_of_first_use():
    a = _chunk("c1", "r1", "First. Second.")
    b = _chunk("c2", "r2", "Other.")
    answer = compose.answer("Q?", [_cand(a, "First."), _cand(b, "Other."), _cand(a, "Second.")], str.upper)
    assert answer.answered
    assert answer.answer == "First. [1] Other. [2] Second. [1]"
    assert [(c.n, c.release_id, c.name) for c in answer.citations] == [(1, "r1", "R1"), (2, "r2", "R2")]


def test_list_items_are_one_per_line():
    a = _chunk("c1", "r1", "(1) one\n(2) two")
    answer = compose.answer("Q?", [_cand(a, "(1) one", True), _cand(a, "(2) two", True)], str)
    assert answer.answer == "(1) one [1]\n(2) two [1]"


def test_nothing_chosen_is_a_refusal():
    answer = compose.answer("Q?", [], str)
    assert not answer.answered and answer.answer == compose.NO_ANSWER and not answer.citations


def test_refusal_names_the_closest_release_and_quotes_a_long_nearest_sentence_cut_at_a_word():
    nearest = "word " * 100
    refusal = compose.refusal("Q?", _chunk("c1", "r1", "x"), "Some release", nearest.strip())
    assert not refusal.answered and not refusal.citations
    assert refusal.answer.startswith(f'{compose.NO_ANSWER} The closest release, "Some release" (2025-01-02)')
    quoted = refusal.answer.split("which is not an answer: ")[1].strip('"')
    assert quoted.endswith("word…") and len(quoted) <= compose.NEAREST_CHARS


def test_a_sentence_ends_at_etc_but_not_at_mr_or_no():
    from assistant.sentences import split_sentences

    assert split_sentences('for offences including "Dangerous Driving", etc. Three vehicles had been towed away.') == [
        'for offences including "Dangerous Driving", etc.',
        "Three vehicles had been towed away.",
    ]
    assert split_sentences("Mr. Chan hoisted Signal No. 8 at noon.") == ["Mr. Chan hoisted Signal No. 8 at noon."]
