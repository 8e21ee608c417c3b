"""Evaluation against golden questions: answer and citation accuracy, retrieval rank, refusals, speed.

Puts golden questions (`golden.py`) to an answerer and scores what comes back; it neither reads golden files nor
answers. The same questions can be put to the naive LangChain pipeline (`baseline`) for comparison.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from assistant.golden import Golden, norm

RECALL_K = 5
SEARCH_DEPTH = 20


@dataclass(frozen=True)
class Outcome:
    golden: Golden
    answered: bool
    answer_ok: bool  # answerable: expected text in the answer; unanswerable: refused
    citation_ok: bool  # a cited quote contains the expected text
    rank: int | None  # rank of the first retrieved passage holding the expected text
    chars: int
    seconds: float


def run(golden: list[Golden], ask: Callable, passages: Callable[[str], list[str]]) -> list[Outcome]:
    """Put each question to `ask` (-> Answer-like) and `passages` (-> ranked passage texts)."""
    outcomes = []
    for g in golden:
        start = time.perf_counter()
        answer = ask(g.question)
        seconds = time.perf_counter() - start
        rank = None
        if g.answerable:
            spans = g.spans
            texts = passages(g.question)
            rank = next((i for i, t in enumerate(texts, 1) if _holds(t, spans)), None)
            answer_ok = answer.answered and _holds(answer.answer, spans)
            citation_ok = answer.answered and any(_holds(c.quote, spans) for c in answer.citations)
        else:
            answer_ok, citation_ok = not answer.answered, not answer.answered
        outcomes.append(Outcome(g, answer.answered, answer_ok, citation_ok, rank, len(answer.answer), seconds))
    return outcomes


def _holds(text: str, spans: tuple[str, ...]) -> bool:
    text = norm(text)
    return any(span in text for span in spans)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else 0.0


def metrics(outcomes: list[Outcome]) -> dict[str, float]:
    answerable = [o for o in outcomes if o.golden.answerable]
    refusals = [o for o in outcomes if not o.golden.answerable]
    out: dict[str, float] = {"questions": len(outcomes)}
    if answerable:
        out["answer_accuracy"] = sum(o.answer_ok for o in answerable) / len(answerable)
        out["citation_accuracy"] = sum(o.citation_ok for o in answerable) / len(answerable)
        out[f"recall@{RECALL_K}"] = sum(o.rank is not None and o.rank <= RECALL_K for o in answerable) / len(answerable)
        out["mrr"] = sum(1 / o.rank for o in answerable if o.rank) / len(answerable)
        out["false_refusals"] = sum(not o.answered for o in answerable) / len(answerable)
        out["median_chars"] = (
            statistics.median(o.chars for o in answerable if o.answered) if any(o.answered for o in answerable) else 0
        )
    if refusals:
        out["refusal_accuracy"] = sum(o.answer_ok for o in refusals) / len(refusals)
    out["p50_ms"] = 1000 * _percentile([o.seconds for o in outcomes], 0.5)
    out["p95_ms"] = 1000 * _percentile([o.seconds for o in outcomes], 0.95)
    return out


def by_kind(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.golden.kind].append(o)
    return {kind: metrics(group) for kind, group in sorted(groups.items())}


def report(outcomes: list[Outcome], title: str, verbose: bool = True) -> str:
    lines = [f"== {title}"]
    if verbose:
        for o in outcomes:
            mark = "ok  " if o.answer_ok else "MISS"
            cite = "cite" if o.citation_ok else "----"
            rank = f"rank={o.rank}" if o.rank else ("rank=-" if o.golden.answerable else "refuse")
            lines.append(f"{mark} {cite} {rank:<8} {o.golden.kind:<12} {o.golden.id:<8} {o.golden.question}")
    lines.append(format_metrics("all", metrics(outcomes)))
    for kind, values in by_kind(outcomes).items():
        lines.append(format_metrics(kind, values))
    return "\n".join(lines)


def as_json(outcomes: list[Outcome], per_question: bool = True) -> dict:
    """The figures, the figures by kind, and (unless left out) one record per question."""
    out: dict = {"metrics": metrics(outcomes), "by_kind": by_kind(outcomes)}
    if per_question:
        out["questions"] = [
            {
                "id": o.golden.id,
                "question": o.golden.question,
                "kind": o.golden.kind,
                "answerable": o.golden.answerable,
                "answered": o.answered,
                "answer_ok": o.answer_ok,
                "citation_ok": o.citation_ok,
                "rank": o.rank,
                "chars": o.chars,
                "ms": round(1000 * o.seconds, 1),
            }
            for o in outcomes
        ]
    return out


def format_metrics(label: str, values: dict[str, float]) -> str:
    parts = []
    for key, value in values.items():
        parts.append(
            f"{key}={value:.0f}"
            if key in ("questions", "median_chars") or key.endswith("_ms")
            else f"{key}={value:.3f}"
        )
    return f"  {label:<14} " + " ".join(parts)
