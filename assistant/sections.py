"""A section as an answer: "What did Hong Kong and Zhejiang agree on aviation?" is answered by the items of the
release's "Aviation" section, not by one sentence.

It finds the section a question names and lists its units; whether a question gets a section, and which
releases are searched for one, is decided by the answerer.
"""

from __future__ import annotations

from assistant import sentences
from assistant.candidate import Candidate
from assistant.question import Question
from assistant.retrieve import Retriever
from assistant.words import covered, tokens

MAX_SECTION_UNITS = 12


def topic_section(retriever: Retriever, question: Question, release_id: str) -> str | None:
    """A section of the release whose heading the question names ("... on aviation?"); for a topic
    question one shared word will do ("agree on culture?" -> "Cultural Co-operation and Creative Industries")."""
    chunks = retriever.release_chunks(release_id)
    title_words = set(tokens(chunks[0].title or "")) if chunks else set()
    asked = [t for t in question.terms if len(t) > 2]
    best, best_overlap = None, 0
    for heading in dict.fromkeys(c.section for c in chunks if c.section):
        words = {w for w in tokens(heading) if w not in title_words and len(w) > 2}
        overlap = sum(1 for w in words if any(covered(t, {w}) for t in asked))
        # One shared word names the section for a topic question; otherwise it takes two, or the
        # thing asked about ("Which secretary replied to the question?" is not after a "Question" section).
        named = question.topical or overlap >= 2 or bool(question.head and covered(question.head, words))
        if (
            overlap > best_overlap
            and overlap >= len(words) / 2
            and named
            or overlap > best_overlap
            and question.topical
        ):
            best, best_overlap = heading, overlap
    return best


def section_units(retriever: Retriever, release_id: str, section: str) -> list[Candidate]:
    """The section's sentences and list items, in order, up to MAX_SECTION_UNITS."""
    out: list[Candidate] = []
    for chunk in retriever.release_chunks(release_id):
        if chunk.section == section:
            out.extend(Candidate(u, chunk, 1) for u in sentences.units(chunk.text, list_like=True))
    return out[:MAX_SECTION_UNITS]
