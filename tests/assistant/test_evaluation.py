"""The golden questions: valid, and answered as well as measured (test split, never tuned on)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import evaluate
from assistant.golden import load_golden, norm
from conftest import CORPUS, RELEASES_JSONL

pytestmark = pytest.mark.integration
GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "golden.jsonl"
REWORDED = GOLDEN.with_name("reworded.jsonl")
FRESH = GOLDEN.with_name("fresh.jsonl")


def test_golden_set_is_large_and_split():
    golden = load_golden(GOLDEN)
    answerable = [g for g in golden if g.answerable]
    assert len(answerable) >= 150 and len(golden) - len(answerable) >= 40
    assert sum(g.kind == "near-miss" for g in golden) > (len(golden) - len(answerable)) / 2
    assert {g.split for g in golden} == {"dev", "test"}
    assert len({g.question for g in golden}) == len(golden)


def test_reworded_questions_are_dev_questions_asked_another_way():
    golden = {g.id: g for g in load_golden(GOLDEN)}
    reworded = load_golden(REWORDED)
    assert len(reworded) >= 270 and {g.split for g in reworded} == {"dev"}
    for g in reworded:
        original = golden["a" + g.id[1:] if g.answerable else "u" + g.id[1:]]
        assert original.split == "dev" and original.expected is None if not g.answerable else original.answerable
        assert g.question != original.question


def test_fresh_questions_are_new_dev_questions():
    golden = load_golden(GOLDEN)
    fresh = load_golden(FRESH)
    assert len(fresh) >= 100 and {g.split for g in fresh} == {"dev"} and all(g.id.startswith("n") for g in fresh)
    assert not {g.question for g in fresh} & {g.question for g in golden}
    assert not {g.expected for g in fresh if g.answerable} & {g.expected for g in golden}


def test_fresh_questions_do_not_reword_test_questions(shared_assistant):
    # The releases are short and the golden set asks about most of their details, so a new question can say
    # again what a test question asks. Tuning on it would tune on the test split: such questions are left out.
    # Checked by shared words (Jaccard) and by the model's cosine between the two questions.
    import numpy as np

    from assistant.words import tokens

    test = [g for g in load_golden(GOLDEN) if g.split == "test"]
    fresh = load_golden(FRESH)
    words = [set(tokens(g.question)) for g in test]
    for g in fresh:
        own = set(tokens(g.question))
        assert max(len(own & w) / len(own | w) for w in words) < 0.5, g.id
    embed = shared_assistant.embeddings.embed_documents
    cosines = np.array(embed([g.question for g in fresh])) @ np.array(embed([g.question for g in test])).T
    close = [g.id for g, row in zip(fresh, cosines, strict=True) if row.max() >= 0.8]
    assert close == []


def test_every_expected_answer_is_in_the_releases():
    from ingest.collect import Report, collect

    texts = [norm(f"{r.title} {r.body}") for r in collect([str(RELEASES_JSONL), str(CORPUS)], Report())]
    missing = [
        g.id
        for g in load_golden(GOLDEN) + load_golden(FRESH)
        if g.answerable and not any(norm(g.expected) in t for t in texts)
    ]
    assert missing == []


def _scored(assistant, path, label, capsys) -> dict:
    """The harness's figures for a file of questions, printed."""
    results = evaluate.run(
        load_golden(path),
        assistant.ask,
        lambda q: [h.chunk.text for h in assistant.retriever.search(q, k=evaluate.SEARCH_DEPTH)],
    )
    figures = evaluate.metrics(results)
    with capsys.disabled():
        print("\n" + evaluate.format_metrics(label, figures))
    return figures


def test_reworded_dev_questions_are_answered_about_as_well(shared_assistant, capsys):
    """The same dev questions in other words (a hedge, the question word left in place, a phrase set before
    it, words with no question, "what number of", "the value of"): the answerer reads the question, not one phrasing of it. Tuned on;
    a regression floor."""
    figures = _scored(shared_assistant, REWORDED, "reworded dev questions", capsys)
    # Measured (271 questions): answer 0.929, refusal 0.865 (0.893 / 0.838 before the list of paraphrases);
    # before the rewording fixes 0.812 and 0.541. Seven
    # later batches were scored before any fix for them: 36 questions at 0.733 and 0.667, 32 (fragments,
    # requests, lower case) at 0.815 and 0.200, 30 at 0.833 and 0.667, 28 (Chinese, two questions in one) at
    # 0.833 and 0.750, 25 at 0.842 and 0.667, 20 at 0.867 and 1.000, 14 unanswerable at refusal 0.786.
    assert figures["answer_accuracy"] >= 0.88
    assert figures["refusal_accuracy"] >= 0.77


def test_fresh_dev_questions_are_answered_about_as_well(shared_assistant, capsys):
    """New dev questions on facts no golden question asks, in words of their own. Tuned on after their blind
    scoring; a regression floor."""
    figures = _scored(shared_assistant, FRESH, "fresh dev questions", capsys)
    # Measured (372 questions, 113 unanswerable): answer 0.865, refusal 0.876; scored blind, batch by batch,
    # before the rules they led to: 0.789 and 0.679 for the first 227 (the fourth session's four batches, 85
    # questions: 0.791 and 0.611), 0.753 and 0.727 for the twelfth session's eight batches (110 questions),
    # 0.822 and 0.636 for the thirteenth's (89 questions). The questions that reword a test question were taken
    # out in the thirteenth session (151 of them; see test_fresh_questions_do_not_reword_test_questions).
    assert figures["answer_accuracy"] >= 0.84
    assert figures["refusal_accuracy"] >= 0.74


@pytest.fixture(scope="module")
def outcomes(shared_assistant):
    golden = load_golden(GOLDEN, "test")
    answers = {}

    def ask(question):
        answers[question] = shared_assistant.ask(question)
        return answers[question]

    def passages(question):
        return [h.chunk.text for h in shared_assistant.retriever.search(question, k=evaluate.SEARCH_DEPTH)]

    return evaluate.run(golden, ask, passages), answers


def test_held_out_questions_score_at_least_as_measured(outcomes, capsys):
    results, _ = outcomes
    figures = evaluate.metrics(results)
    with capsys.disabled():
        print("\n" + evaluate.format_metrics("golden test split", figures))
    assert figures["recall@5"] >= 0.95
    # Measured on this split (296 questions, 73 of them unanswerable; it grew with batches of questions
    # written before any tuning on them): answer 0.901, refusal 0.904, recall@5 0.973. The bars, asserted
    # here: one answer lost (0.901 -> 0.897) or four more near-misses answered (0.904 -> 0.849) fail the suite.
    # Two of the answers came from rules found on fresh questions that turned out to reword test questions
    # (docs/EVALUATION.md, the thirteenth session); counting only clean gains, the answer figure is 0.892.
    assert figures["answer_accuracy"] >= 0.9
    assert figures["refusal_accuracy"] >= 0.85


def test_every_answer_quotes_its_citations_verbatim(outcomes):
    _, answers = outcomes
    for answer in answers.values():
        if not answer.answered:
            assert "do not say" in answer.answer and not answer.citations
            continue
        numbers = {c.n: c.quote for c in answer.citations}
        pieces = re.findall(r"(.+?)\s*\[(\d+)\]", answer.answer, flags=re.S)
        assert pieces
        for text, n in pieces:
            assert text.strip() in numbers[int(n)], (answer.question, text)
        assert len(answer.answer) <= 1500


def test_no_stored_chunk_keeps_site_boilerplate(shared_assistant):
    chunks = list(shared_assistant.retriever.chunks.values())
    assert len({c.release_id for c in chunks}) >= 98
    for chunk in chunks:
        assert "Source: HKSAR Government Press Releases" not in chunk.text
        assert "Skip to Content" not in chunk.text
        assert chunk.release_id and chunk.source and chunk.lang in ("en", "zh")
