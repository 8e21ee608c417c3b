"""One benchmark size, in its own process (so its peak memory is its own): prints one JSON object.

The index may already hold a smaller size's corpus (a prefix of this one): then the ingest adds only
the new releases, as an archive grows, and its throughput is over the chunks it added.

`python -m bench.size --corpus FILE --index DIR [--questions N] [--batch-size N] [--device cpu]`;
with CHROMA_HOST/CHROMA_PORT set it runs against that Chroma server instead of DIR.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from dataclasses import replace
from itertools import islice
from pathlib import Path

from assistant.config import REPO_ROOT, Settings
from assistant.golden import load_golden

RAW_SAMPLE = 1500  # chunks embedded to measure the model's own throughput
GOLDEN = REPO_ROOT / "tests" / "golden" / "golden.jsonl"


def raw_throughput(corpus: Path, embeddings, batch_size: int) -> float:
    """Chunks/s of the model alone, on chunks of this corpus (parsed and split, not timed)."""
    from ingest.collect import Report, collect
    from ingest.split import split_release

    sample = corpus.with_suffix(".sample.jsonl")
    with open(corpus, encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
        dst.writelines(islice(src, RAW_SAMPLE // 3))
    texts = [c.text for r in collect([str(sample)], Report()) for c in split_release(r)][:RAW_SAMPLE]
    sample.unlink()
    embeddings.encode(texts[:batch_size], batch_size)  # warm-up
    start = time.perf_counter()
    embeddings.encode(texts, batch_size)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()

    from assistant.embeddings import load_embeddings
    from assistant.service import Assistant
    from ingest.index import ingest

    settings = replace(Settings.from_env().with_index(Path(args.index)), batch_size=args.batch_size, device=args.device)
    out: dict = {"batch_size": args.batch_size, "device": args.device}
    start = time.perf_counter()
    embeddings = load_embeddings(settings.model_path, settings.device)
    out["model_load_s"] = time.perf_counter() - start
    out["raw_chunks_per_s"] = raw_throughput(Path(args.corpus), embeddings, args.batch_size)

    start = time.perf_counter()
    report = ingest([args.corpus], settings)
    seconds = time.perf_counter() - start
    out.update(releases=report.releases, chunks_added=report.chunks_added, ingest_s=seconds)
    out["ingest_chunks_per_s"] = report.chunks_added / seconds if report.chunks_added else 0.0
    if report.problems:
        out["problems"] = [str(p) for p in report.problems[:5]]

    start = time.perf_counter()
    noop = ingest([args.corpus], settings)
    out["noop_reingest_s"] = time.perf_counter() - start
    assert noop.chunks_added == 0 and noop.unchanged == report.releases, noop.summary()

    start = time.perf_counter()
    assistant = Assistant(settings)
    out["assistant_start_s"] = time.perf_counter() - start
    out["chunks"] = assistant.store.count()
    questions = [g.question for g in load_golden(GOLDEN)][: args.questions]
    for q in questions[:3]:
        assistant.ask(q)  # warm-up
    times = []
    for q in questions:
        start = time.perf_counter()
        assistant.ask(q)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    out["ask_p50_ms"] = statistics.median(times)
    out["ask_p95_ms"] = times[max(0, int(round(0.95 * len(times))) - 1)]
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
