"""What reading an input gives: a `Document` (the raw text of a page or record, with what its container says about
it) or a `Problem` (an input that could not be read, named with what to do). Nothing here reads anything."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """The text of one page or record, with what its container says about it."""

    text: str
    origin: str
    url: str | None = None
    source: str = ""
    lang: str | None = None
    title: str | None = None
    date: str | None = None
    record_id: str | None = None


@dataclass(frozen=True)
class Problem:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
