"""The assistant as one object: model, store, retriever and answerer, built once and shared."""

from __future__ import annotations

import threading

from assistant.answer import Answerer
from assistant.config import Settings
from assistant.embeddings import load_embeddings
from assistant.errors import InputError
from assistant.records import Answer
from assistant.retrieve import Filters, Retriever
from assistant.store import open_store

MAX_QUESTION_CHARS = 2000


class Assistant:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.embeddings = load_embeddings(settings.model_path, settings.device)
        self.store = open_store(settings, self.embeddings)
        self.retriever = Retriever(self.store, self.embeddings)
        self.answerer = Answerer(self.retriever, self.embeddings)
        self._lock = threading.Lock()

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        question = check_question(question)
        return self.answerer.ask(question, filters)

    def refresh(self) -> None:
        """Pick up chunks written since this assistant was built."""
        with self._lock:
            self.retriever.refresh()


def check_question(question: str) -> str:
    cleaned = "".join(ch for ch in question if ch.isprintable() or ch in "\n\t").strip()
    if not cleaned:
        raise InputError("The question is empty: type a question about the press releases.")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise InputError(f"The question is {len(cleaned):,} characters long; keep it under {MAX_QUESTION_CHARS:,}.")
    return cleaned
