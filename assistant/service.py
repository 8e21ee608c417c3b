"""The assistant as one object: model, store, retriever and answerer, built once and shared."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator

from assistant.answer import Answerer
from assistant.chat_model import LLMConfig, make_chat_model
from assistant.config import Settings
from assistant.embeddings import load_embeddings
from assistant.errors import InputError
from assistant.llm import GenerativeAnswerer, build_chain
from assistant.records import Answer
from assistant.retrieve import Filters, Retriever
from assistant.store import open_store

MAX_QUESTION_CHARS = 2000


class Assistant:
    def __init__(self, settings: Settings, llm: LLMConfig | None = None, chat_model=None):
        """`llm` (default: from the environment) or a ready LangChain `chat_model` turns on generative answers."""
        self.settings = settings
        self.embeddings = load_embeddings(settings.model_path, settings.device)
        self.store = open_store(settings, self.embeddings)
        self.retriever = Retriever(self.store, self.embeddings, settings.keyword_cache)
        self.answerer = Answerer(self.retriever, self.embeddings)
        self._lock = threading.Lock()
        self.generative: GenerativeAnswerer | None = None
        llm = llm if llm is not None else LLMConfig.from_env()
        if chat_model is None and llm.enabled:
            chat_model = make_chat_model(llm)
        if chat_model is not None:
            self.generative = GenerativeAnswerer(
                build_chain(chat_model), self.retriever, self.answerer, self.answerer.key_coverage
            )

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        question = check_question(question)
        if self.generative is not None:
            return self.generative.ask(question, filters)
        return self.answerer.ask(question, filters)

    def stream(self, question: str, filters: Filters | None = None) -> Iterator[Answer]:
        """Partial answers while a model writes (each sentence checked first); the last is the answer."""
        question = check_question(question)
        if self.generative is not None:
            yield from self.generative.stream(question, filters)
        else:
            yield self.answerer.ask(question, filters)

    def refresh(self) -> None:
        """Pick up chunks written since this assistant was built."""
        with self._lock:
            self.retriever.refresh()


def check_question(question: str) -> str:
    """The question, stripped; a clear InputError at once when it is empty, too long or holds control characters."""
    if not isinstance(question, str):
        raise InputError("The question must be text.")
    if len(question) > MAX_QUESTION_CHARS * 2:  # decided before any work on a huge input
        raise InputError(f"The question is {len(question):,} characters long; keep it under {MAX_QUESTION_CHARS:,}.")
    bad = next((ch for ch in question if unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t\r"), None)
    if bad is not None:
        raise InputError(
            f"The question holds a control character (U+{ord(bad):04X}); remove it and ask again in plain text."
        )
    cleaned = " ".join(question.split())
    if not cleaned:
        raise InputError("The question is empty: type a question about the press releases.")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise InputError(f"The question is {len(cleaned):,} characters long; keep it under {MAX_QUESTION_CHARS:,}.")
    return cleaned
