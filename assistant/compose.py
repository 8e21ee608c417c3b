"""What the reader sees: chosen sentences as an answer with numbered citations, or a refusal.

It neither chooses sentences nor decides to refuse (`answer.py` does both); it only lays out the verbatim
units it is given, each followed by the marker of the passage it comes from, and names the release.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.candidate import Candidate
from assistant.records import Answer, Chunk, Citation

NO_ANSWER = "The releases do not say."
NEAREST_CHARS = 300  # how much of the nearest sentence a refusal quotes


def answer(question: str, chosen: list[Candidate], label: Callable[[str], str]) -> Answer:
    """The units in order, one citation number per passage (a list's items one per line); `label` names a
    release by its id."""
    if not chosen:
        return Answer(question, NO_ANSWER, False)
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []
    for cand in chosen:
        c = cand.chunk
        if c.chunk_id not in numbers:
            numbers[c.chunk_id] = len(numbers) + 1
            citations.append(
                Citation(
                    numbers[c.chunk_id], c.release_id, c.title, c.date, c.url, c.section, c.text, label(c.release_id)
                )
            )
        parts.append(f"{cand.unit.text} [{numbers[c.chunk_id]}]")
    sep = "\n" if any(cand.unit.is_item for cand in chosen) else " "
    return Answer(question, sep.join(parts), True, tuple(citations))


def refusal(question: str, closest: Chunk, label: str, nearest: str | None = None) -> Answer:
    """ "The releases do not say", naming the closest release and, when given, quoting its nearest sentence,
    marked as not an answer and without a citation."""
    text = f'{NO_ANSWER} The closest release, "{label}" ({closest.date or "undated"}), does not answer this question.'
    if nearest:
        if len(nearest) > NEAREST_CHARS:
            nearest = nearest[: NEAREST_CHARS - 1].rsplit(" ", 1)[0] + "…"
        text += f' Its nearest passage, which is not an answer: "{nearest}"'
    return Answer(question, text, False)
