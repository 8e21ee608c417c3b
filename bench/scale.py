"""The query side at archive scale, without hours of embedding: real chunks, stand-in vectors.

    python -m bench.scale --corpus FILE --index DIR

Parses and splits the corpus (real text, real chunk ids and metadata), writes the chunks to Chroma
with random unit vectors instead of model embeddings (the one thing not real: it makes the dense half
of retrieval return unrelated chunks, but costs the same), then measures what the archive's size
drives: keyword index build, assistant start from the saved index, `ask` latency end to end (the
question and candidate sentences are embedded by the real model), no-op re-ingest, peak memory and
index size. Prints one JSON object. Ingest throughput is measured by `python -m bench`, with the model.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from assistant.config import REPO_ROOT, Settings
from assistant.golden import load_golden

GOLDEN = REPO_ROOT / "tests" / "golden" / "golden.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument("--questions", type=int, default=60)
    args = parser.parse_args(argv)

    from assistant.retrieve import Retriever
    from assistant.service import Assistant
    from assistant.store import open_store
    from assistant.words import query_terms
    from ingest.collect import Report, collect
    from ingest.index import ingest
    from ingest.split import split_release

    settings = Settings.from_env().with_index(Path(args.index))
    out: dict = {}
    start = time.perf_counter()
    releases = collect([args.corpus], Report())
    chunks = [c for r in releases for c in split_release(r)]
    out["parse_split_s"] = time.perf_counter() - start
    from assistant.embeddings import load_embeddings

    load_embeddings(settings.model_path, settings.device)  # loaded before "assistant start" is timed
    out.update(releases=len(releases), chunks=len(chunks))

    store = open_store(settings)
    rng = np.random.default_rng(7)
    start = time.perf_counter()
    for i in range(0, len(chunks), 1000):
        batch = chunks[i : i + 1000]
        vectors = rng.standard_normal((len(batch), 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        store._write(batch, vectors, None)  # the store's own write, with stand-in vectors
    out["write_stand_in_vectors_s"] = time.perf_counter() - start

    start = time.perf_counter()
    Retriever(store, None, settings.keyword_cache)
    out["keyword_index_build_s"] = time.perf_counter() - start

    start = time.perf_counter()
    ingest([args.corpus], settings)  # finds every chunk stored: writes nothing, remembers the parse
    out["first_reingest_s"] = time.perf_counter() - start
    start = time.perf_counter()
    noop = ingest([args.corpus], settings)
    out["noop_reingest_s"] = time.perf_counter() - start
    assert noop.chunks_added == 0 and noop.chunks_removed == 0, noop.summary()

    start = time.perf_counter()
    assistant = Assistant(settings)
    out["assistant_start_s"] = time.perf_counter() - start
    questions = [g.question for g in load_golden(GOLDEN)][: args.questions]
    for q in questions[:3]:
        assistant.ask(q)
    times, keyword_ms = [], []
    for q in questions:
        start = time.perf_counter()
        assistant.ask(q)
        times.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        assistant.retriever.keyword.search(query_terms(q), 40)
        keyword_ms.append((time.perf_counter() - start) * 1000)
    times.sort()
    out["ask_p50_ms"] = statistics.median(times)
    out["ask_p95_ms"] = times[max(0, int(round(0.95 * len(times))) - 1)]
    out["keyword_search_p50_ms"] = statistics.median(keyword_ms)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["index_mb"] = sum(f.stat().st_size for f in Path(args.index).rglob("*") if f.is_file()) / 1e6
    json.dump(out, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
