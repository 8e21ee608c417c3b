"""The keyword index: kept on disk, read back at restart, and always in step with the vectors."""

from __future__ import annotations

import shutil

import pytest

from assistant.keyword import BM25
from assistant.names import given_names, titled_surnames
from assistant.retrieve import Retriever
from assistant.store import DenseHit, open_store
from assistant.words import query_terms
from conftest import AVIATION_Q

pytestmark = pytest.mark.integration


@pytest.fixture
def index_copy(seed_settings, tmp_path):
    """A private copy of the seed index (so tests may damage it)."""
    shutil.copytree(seed_settings.index_dir, tmp_path / "index")
    return seed_settings.with_index(tmp_path / "index")


def test_ingest_leaves_a_saved_keyword_index_that_a_restart_reads_back(index_copy, monkeypatch):
    assert index_copy.keyword_cache.exists()
    store = open_store(index_copy)
    added = []
    original = BM25.add
    monkeypatch.setattr(BM25, "add", lambda self, key, text: (added.append(key), original(self, key, text)))
    retriever = Retriever(store, None, index_copy.keyword_cache)
    assert added == []  # nothing re-tokenised
    assert set(retriever.chunks) == set(store.ids())
    hits = retriever.keyword.search(query_terms(AVIATION_Q), 5)
    assert hits and retriever.chunks[hits[0][0]].section == "Aviation"


def test_an_unreadable_saved_index_is_rebuilt_from_the_store(index_copy):
    index_copy.keyword_cache.write_bytes(b"not a pickle at all")
    store = open_store(index_copy)
    retriever = Retriever(store, None, index_copy.keyword_cache)
    assert set(retriever.chunks) == set(store.ids()) and len(retriever.keyword) == store.count()
    assert Retriever(store, None, index_copy.keyword_cache).keyword.search(["ningbo"], 3)  # saved again


def test_chunks_removed_from_the_store_leave_the_keyword_index_at_restart(index_copy):
    store = open_store(index_copy)
    aviation = [cid for cid, meta in store.metadata_by_id().items() if meta.get("section") == "Aviation"]
    assert aviation
    store.delete(aviation)  # behind the saved index's back, as another process would
    retriever = Retriever(store, None, index_copy.keyword_cache)
    assert not set(aviation) & set(retriever.chunks)
    assert set(retriever.chunks) == set(store.ids())
    found = [cid for cid, _ in retriever.keyword.search(["ningbo", "wenzhou"], 10)]
    assert not set(found) & set(aviation)


def test_bm25_removal_and_filter():
    index = BM25()
    index.add("a", "police arrested twelve men")
    index.add("b", "cold weather reminder")
    index.add("c", "police station opens")
    assert {k for k, _ in index.search(["polic"], 5)} == {"a", "c"}
    index.remove("c")
    assert [k for k, _ in index.search(["polic"], 5)] == ["a"]
    assert index.search(["polic"], 5, allowed={"b"}) == []
    index.add("a", "cold morning")  # re-adding a key replaces it
    assert {k for k, _ in index.search(["cold"], 5)} == {"a", "b"}
    assert index.search(["polic"], 5) == []


def test_a_surname_given_with_a_title_alone_stands_for_the_full_name():
    assert titled_surnames("Mr Lee said the Secretary, Mr John Tsang, and Dr Chan agreed.") == {"lee", "chan"}
    assert given_names("What did John Lee urge PPRD companies to do?") == {"lee": "john"}
    assert given_names("what did john lee say?") == {}


def test_the_best_keyword_match_always_has_a_place_among_the_hits(index_copy):
    """A rare word may find a passage the model ranks nowhere, while chunks that both lists rank lower add up to
    more in the fusion; the best keyword match still keeps the last place. The dense side is a fake (named so):
    it ranks the other keyword matches first and never the best one."""
    store = open_store(index_copy)
    retriever = Retriever(store, None, index_copy.keyword_cache)
    question = "Zhejiang co-operation"
    keyword = [cid for cid, _ in retriever.keyword.search(query_terms(question), 40)]
    assert len(keyword) > 4
    fake_dense = [DenseHit(cid, 0.5) for cid in keyword[1:]]
    store.search = lambda vector, k, where=None: fake_dense[:k]
    hits = retriever.search(question, k=3, vector=[0.0])
    assert [h.chunk.chunk_id for h in hits[:2]] == keyword[1:3]  # in both lists: first by the fusion
    assert hits[-1].chunk.chunk_id == keyword[0] and hits[-1].dense_rank is None
