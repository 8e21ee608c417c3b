"""Golden questions: what a question's answer must contain, read from a JSON Lines file.

A golden question has the exact text its answer must contain (`expected`, or any of several), or none when the
releases do not answer it. Matching ignores case and runs of whitespace. Scoring answers against them is
`evaluate.py`'s job; the file format is described in tests/golden/README.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import InputError


@dataclass(frozen=True)
class Golden:
    id: str
    question: str
    kind: str
    expected: str | None  # None: the releases do not answer it
    split: str = "dev"
    also: tuple[str, ...] = ()  # other wordings of the answer that count as well

    @property
    def answerable(self) -> bool:
        return self.expected is not None

    @property
    def spans(self) -> tuple[str, ...]:
        """Every text that counts as the answer, normalised."""
        return tuple(norm(s) for s in (self.expected, *self.also) if s)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


_EXPECTED_FIELDS = ("expected", "answer", "expected_answer")


def load_golden(path: str | Path, split: str = "all") -> list[Golden]:
    """The golden questions of a JSON Lines file (see tests/golden/README.md). Only `question` is required: `id`
    defaults to the line number, `kind` to "answerable" or "unanswerable", and a row without `split` is in every
    split. The answer may be given as `expected` (or `answer`), a text or number, or a list of them any of which counts;
    null, or `"answerable": false`, marks a question the releases do not answer."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read golden questions from {path}: {exc}") from exc
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            row = _golden_row(line, f"{path}:{n}", n)
            if split == "all" or row.split in (split, "all"):
                rows.append(row)
    if not rows:
        raise InputError(f"{path}: no golden questions" + ("" if split == "all" else f" in split {split!r}") + ".")
    return rows


def _golden_row(line: str, where: str, n: int) -> Golden:
    try:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("a line must be a JSON object")
        question = data["question"]
        if not isinstance(question, str) or not question.strip():
            raise ValueError("'question' must be a non-empty text")
    except (ValueError, KeyError) as exc:
        raise InputError(f"{where}: not a golden question ({exc}); see tests/golden/README.md.") from exc
    given = next((data[f] for f in _EXPECTED_FIELDS if f in data), None)
    listed = given if isinstance(given, list) else [] if given is None else [given]
    if any(isinstance(s, bool) or not isinstance(s, str | int | float) for s in listed):
        raise InputError(f"{where}: the expected answer must be a text, a number, a list of them, or null.")
    spans = [str(s) for s in listed if str(s).strip()]
    if data.get("answerable") is False:
        spans = []
    kind = data.get("kind") or ("answerable" if spans else "unanswerable")
    expected = spans[0] if spans else None
    return Golden(
        str(data.get("id", f"q{n}")), question, str(kind), expected, str(data.get("split", "all")), tuple(spans[1:])
    )
