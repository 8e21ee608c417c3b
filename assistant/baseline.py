"""The naive LangChain pipeline the evaluation compares against.

1,000-character chunks from a RecursiveCharacterTextSplitter, top-4 similarity search in an
in-memory Chroma collection with the same embedding model, and the four chunks as the answer.
It never refuses. Built from the releases already in the store, so both see the same text.
"""

from __future__ import annotations

from collections import defaultdict

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.records import Answer, Chunk, Citation
from assistant.store import ephemeral_vectors

CHUNK_CHARS = 1000
TOP_K = 4


class NaiveBaseline:
    def __init__(self, chunks: list[Chunk], embeddings):
        by_release: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in chunks:
            by_release[chunk.release_id].append(chunk)
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_CHARS, chunk_overlap=0)
        texts, metas = [], []
        for release_id, parts in by_release.items():
            parts.sort(key=lambda c: c.position)
            head = parts[0]
            body = "\n\n".join([head.title or ""] + [c.text for c in parts])
            for piece in splitter.split_text(body):
                texts.append(piece)
                metas.append({"release_id": release_id, "title": head.title or "", "date": head.date or ""})
        self.vectors = ephemeral_vectors("naive-baseline", embeddings)
        self.vectors.add_texts(texts=texts, metadatas=metas, ids=[f"b{i}" for i in range(len(texts))])

    def search(self, question: str, k: int = TOP_K) -> list:
        return self.vectors.similarity_search(question, k=k)

    def ask(self, question: str) -> Answer:
        docs = self.search(question)
        citations = tuple(
            Citation(
                i,
                d.metadata["release_id"],
                d.metadata["title"] or None,
                d.metadata["date"] or None,
                None,
                None,
                d.page_content,
            )
            for i, d in enumerate(docs, 1)
        )
        text = "\n\n".join(f"{d.page_content} [{i}]" for i, d in enumerate(docs, 1))
        return Answer(question, text, True, citations)
