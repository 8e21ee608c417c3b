"""Embedding on an accelerator at archive scale: `python -m bench.gpu --chunks 500000 --device cuda`.

Two stages, each printing one JSON line per figure as soon as it is known (a run cut short still
reports what it measured):

- `--stage raw`: builds a synthetic archive of about --chunks chunks (bench.synth), parses and splits
  it with the ingest code, and embeds every chunk with the same encode call that ingest uses, on
  --device with --batch-size: the model's own throughput over the whole archive.
- `--stage ingest`: runs the real ingest (parse, split, embed on --device, write to Chroma, keyword
  index) over the same archive into --index and prints its progress every --every seconds, then its
  throughput: the whole pipeline, whose non-embedding parts run on the CPU.

The README's "Speed and scale" section reports what this measured on the machine that was lent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from bench.__main__ import CHUNKS_PER_RELEASE, machine
from bench.synth import write_corpus


def _write_part(job: tuple[Path, int, int]) -> None:
    path, releases, first = job
    if releases > 0:
        write_corpus(path, releases, first=first)


def _chunk_texts(path: Path) -> list[str]:
    """The chunks of one part, parsed and split by the ingest code."""
    from ingest.collect import Report, collect
    from ingest.split import split_release

    return [c.text for r in collect([str(path)], Report()) for c in split_release(r)]


def emit(**figures) -> None:
    print(json.dumps(figures), flush=True)


def accelerator(device: str) -> str:
    import torch

    if device.startswith("cuda") and torch.cuda.is_available():
        return f"{torch.cuda.get_device_name(device)}, torch {torch.__version__}"
    return f"{platform.processor() or platform.machine()}, torch {torch.__version__}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gpu")
    parser.add_argument("--stage", choices=["raw", "ingest"], required=True)
    parser.add_argument("--chunks", type=int, default=500_000)
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--work", default="/tmp/bench-gpu")
    parser.add_argument("--index", default=None, help="index folder for --stage ingest (default: WORK/index)")
    parser.add_argument("--every", type=float, default=15.0, help="seconds between progress lines")
    args = parser.parse_args(argv)

    from assistant.config import Settings

    work = Path(args.work)
    releases = int(round(args.chunks / CHUNKS_PER_RELEASE))
    corpus = work / f"synthetic-{releases}"
    parts = max(1, min(os.cpu_count() or 1, 16))
    if not corpus.exists():
        start = time.perf_counter()
        tmp = corpus.with_name(corpus.name + ".tmp")
        tmp.mkdir(parents=True, exist_ok=True)
        size = -(-releases // parts)
        jobs = [(tmp / f"part-{i:02d}.jsonl", min(size, releases - i * size), i * size) for i in range(parts)]
        with ProcessPoolExecutor(parts) as pool:
            list(pool.map(_write_part, jobs))
        tmp.rename(corpus)
        emit(stage="corpus", releases=releases, parts=parts, seconds=round(time.perf_counter() - start, 1))
    settings = replace(
        Settings.from_env().with_index(args.index or work / "index"), device=args.device, batch_size=args.batch_size
    )
    emit(machine=machine(), accelerator=accelerator(args.device), device=args.device, batch_size=args.batch_size)

    from assistant.embeddings import load_embeddings

    if args.stage == "raw":
        start = time.perf_counter()
        with ProcessPoolExecutor(parts) as pool:
            texts = [t for part in pool.map(_chunk_texts, sorted(corpus.glob("*.jsonl"))) for t in part]
        emit(stage="parse_split", releases=releases, chunks=len(texts), seconds=round(time.perf_counter() - start, 1))
        embeddings = load_embeddings(settings.model_path, settings.device)
        embeddings.encode(texts[: args.batch_size * 4], args.batch_size)  # warm-up
        start, done, step = time.perf_counter(), 0, args.batch_size * 200
        while done < len(texts):
            embeddings.encode(texts[done : done + step], args.batch_size)
            done = min(done + step, len(texts))
            seconds = time.perf_counter() - start
            emit(stage="raw", chunks=done, seconds=round(seconds, 1), chunks_per_s=round(done / seconds))
        return 0

    from ingest.index import ingest

    load_embeddings(settings.model_path, settings.device)  # loaded once, as in the app: not timed
    start = time.perf_counter()
    last = [0.0]

    def on_progress(stage: str, done: int, total: int | None) -> None:
        now = time.perf_counter() - start
        if now - last[0] >= args.every or (total and done == total):
            last[0] = now
            emit(stage=f"ingest:{stage}", done=done, total=total, seconds=round(now, 1))

    report = ingest([str(corpus)], settings, on_progress=on_progress)
    seconds = time.perf_counter() - start
    emit(
        stage="ingest",
        releases=report.releases,
        chunks_added=report.chunks_added,
        seconds=round(seconds, 1),
        chunks_per_s=round(report.chunks_added / seconds, 1) if seconds else 0,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
