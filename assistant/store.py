"""Opens the Chroma collection that holds the chunks, embedded or on a Chroma server.

The only module that imports chromadb. By default an embedded PersistentClient in the index
folder; with `chroma_host` set, an HttpClient to that server. Every other module sees the
same `Store` either way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb  # noqa: E402
from chromadb.api.types import Include  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from langchain_core.embeddings import Embeddings  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.errors import StoreError  # noqa: E402
from assistant.records import Chunk  # noqa: E402

_PAGE = 5000  # rows fetched per call when reading the whole collection
_WRITE_BATCH = 1000


@dataclass(frozen=True)
class DenseHit:
    chunk_id: str
    distance: float


class Store:
    """A chunk collection: add, delete, read back and search by vector."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None):
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if settings.chroma_host:
                client = chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
                )
                client.heartbeat()
                self.location = f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
            else:
                settings.index_dir.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)
                self.location = str(settings.index_dir)
        except StoreError:
            raise
        except Exception as exc:  # chromadb raises many kinds; the user needs one message
            where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else settings.index_dir
            raise StoreError(
                f"Cannot open the index at {where}: {exc}. Check the path or that the server runs."
            ) from exc
        self._client, self._name, self._embeddings = client, settings.collection, embeddings
        self._collection = client.get_or_create_collection(
            settings.collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        self._vectors = None

    @property
    def vectors(self):
        """The collection as a LangChain vector store (imported on first use: it is slow to import)."""
        if self._vectors is None:
            from langchain_chroma import Chroma

            self._vectors = Chroma(
                collection_name=self._name,
                embedding_function=self._embeddings,
                client=self._client,
                collection_metadata={"hnsw:space": "cosine"},
            )
        return self._vectors

    def count(self) -> int:
        return self._collection.count()

    def add(self, chunks: Sequence[Chunk], after_batch=None) -> None:
        """Embed and write chunks (an upsert: a chunk id present already is overwritten).
        `after_batch(stage, n)` is called with "embedded" and "written" and the batch's size around
        each batch's write ("written" from the writing thread)."""
        if not chunks:
            return
        embeddings = self._embeddings
        if embeddings is None:
            raise StoreError("This index was opened without the embedding model, so it cannot add chunks.")
        # Chroma writes one batch on a second thread while the model embeds the next (both release
        # the GIL), so writing costs little beyond embedding; a write's error is raised here.
        with ThreadPoolExecutor(1, thread_name_prefix="chroma-write") as writer:
            pending = None
            for start in range(0, len(chunks), _WRITE_BATCH):
                batch = chunks[start : start + _WRITE_BATCH]
                vectors = embeddings.embed_documents([c.text for c in batch])
                if after_batch:
                    after_batch("embedded", len(batch))
                if pending is not None:
                    pending.result()
                pending = writer.submit(self._write, batch, vectors, after_batch)
            if pending is not None:
                pending.result()

    def _write(self, batch: Sequence[Chunk], vectors, after_batch) -> None:
        self._collection.upsert(
            ids=[c.chunk_id for c in batch],
            embeddings=vectors,
            metadatas=[c.metadata() for c in batch],
            documents=[c.text for c in batch],
        )
        if after_batch:
            after_batch("written", len(batch))

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _WRITE_BATCH):
            self._collection.delete(ids=list(ids[start : start + _WRITE_BATCH]))

    def metadata_by_id(self) -> dict[str, dict]:
        """Every chunk id with its metadata (no text, no vectors)."""
        out: dict[str, dict] = {}
        for ids, metas, _ in self._pages(["metadatas"]):
            out.update(zip(ids, metas, strict=True))
        return out

    def existing(self, ids: Sequence[str]) -> set[str]:
        """Which of these ids are stored."""
        return set(self._collection.get(ids=list(ids), include=[])["ids"]) if ids else set()

    def ids(self) -> list[str]:
        """Every chunk id in the collection (no text, no vectors: cheap even for 10^5 chunks)."""
        return [cid for ids, _, _ in self._pages([]) for cid in ids]

    def get_chunks(self, ids: Sequence[str]) -> list[Chunk]:
        out: list[Chunk] = []
        for start in range(0, len(ids), _PAGE):
            page = self._collection.get(ids=list(ids[start : start + _PAGE]), include=["metadatas", "documents"])
            for cid, meta, doc in zip(*_columns(page), strict=True):
                out.append(Chunk.from_stored(cid, doc or "", meta or {}))
        return out

    def chunks(self) -> Iterator[Chunk]:
        for ids, metas, docs in self._pages(["metadatas", "documents"]):
            for cid, meta, doc in zip(ids, metas, docs, strict=True):
                yield Chunk.from_stored(cid, doc or "", meta or {})

    def _pages(self, include: Include) -> Iterator[tuple[list, list, list]]:
        offset = 0
        while True:
            page = self._collection.get(include=include, limit=_PAGE, offset=offset)
            if not page["ids"]:
                return
            yield _columns(page)
            offset += len(page["ids"])

    def search(self, vector: Sequence[float], k: int, where: dict | None = None) -> list[DenseHit]:
        pairs = self.vectors.similarity_search_by_vector_with_relevance_scores(list(vector), k=k, filter=where)
        return [DenseHit(doc.id or "", float(distance)) for doc, distance in pairs]


def _columns(page) -> tuple[list, list, list]:
    """A page of `Collection.get` as ids, metadatas and documents (empty ones where not asked for)."""
    ids = page["ids"]
    return ids, page.get("metadatas") or [{}] * len(ids), page.get("documents") or [""] * len(ids)


def forget_local_clients() -> None:
    """Drop this process's cached embedded Chroma clients, so the next open reads what another process
    wrote to the same folder (chromadb keeps one client per folder and does not see other writers)."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def open_store(settings: Settings, embeddings: Embeddings | None = None) -> Store:
    return Store(settings, embeddings)


def ephemeral_vectors(name: str, embeddings: Embeddings):
    """An in-memory LangChain Chroma vector store (for the naive baseline of the evaluation)."""
    from langchain_chroma import Chroma

    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    return Chroma(collection_name=name, embedding_function=embeddings, client=client)
