"""`python -m bench`: ingest and ask benchmarks on synthetic archives built from the shared releases.

For each size it prints ingest throughput (chunks/s) beside the raw embedding throughput of the same
model measured in the same run, the no-op re-ingest time, `ask` latency p50/p95 (warm, in process),
peak memory and the index size on disk; `--server` adds the same over a real Chroma server.

    python -m bench                       # 1k releases, 10k releases, 100k chunks; server at 1k
    python -m bench --sizes 200 --no-server   # a quick look (the smoke test runs this kind of size)

Each size runs in its own process, so its peak memory is its own. Corpora are cached in --work.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.synth import source_releases, write_corpus

CHUNKS_PER_RELEASE = 5.7  # measured on synthetic releases (1,000 -> 5,707 chunks)


def parse_size(text: str) -> tuple[str, int]:
    """ "1k" -> 1,000 releases; "100kc" -> about 100,000 chunks' worth of releases; "200" -> 200 releases."""
    chunks = text.endswith("c")
    number = text.rstrip("c").lower()
    value = int(float(number[:-1]) * 1000) if number.endswith("k") else int(number)
    releases = int(round(value / CHUNKS_PER_RELEASE)) if chunks else value
    return text, releases


def machine() -> str:
    cpus = os.cpu_count()
    mem = ""
    try:
        lines = Path("/proc/meminfo").read_text().splitlines()
        kb = int(next(line for line in lines if line.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.machine()}, {cpus} CPUs{mem}, Python {platform.python_version()}"


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_size(corpus: Path, index: Path, args, env: dict | None = None) -> dict:
    cmd = [sys.executable, "-m", "bench.size", "--corpus", str(corpus), "--index", str(index)]
    cmd += ["--questions", str(args.questions), "--batch-size", str(args.batch_size), "--device", args.device]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        raise SystemExit(f"benchmark of {corpus.name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def start_chroma(path: Path, port: int) -> subprocess.Popen:
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    import urllib.request

    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the Chroma server did not start")


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


ROW = "| {size} | {mode} | {releases:,} | {chunks:,} | {added:,} | {ingest:.0f} | {raw:.0f} | {share:.0%} | {noop:.2f} | {start:.1f} | {p50:.0f} | {p95:.0f} | {mem:,.0f} | {disk:,.0f} |"  # noqa: E501


def row(size: str, mode: str, r: dict, disk: float, mem: float | None = None) -> str:
    return ROW.format(
        size=size,
        mode=mode,
        releases=r["releases"],
        chunks=r["chunks"],
        added=r["chunks_added"],
        ingest=r["ingest_chunks_per_s"],
        raw=r["raw_chunks_per_s"],
        share=r["ingest_chunks_per_s"] / r["raw_chunks_per_s"],
        noop=r["noop_reingest_s"],
        start=r["assistant_start_s"],
        p50=r["ask_p50_ms"],
        p95=r["ask_p95_ms"],
        mem=mem if mem is not None else r["peak_rss_mb"],
        disk=disk,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,10k,100kc", help="comma-separated: 1k, 10k (releases), 100kc (chunks)")
    parser.add_argument("--server", default="1k", help="size to run over a Chroma server too")
    parser.add_argument("--no-server", action="store_true")
    parser.add_argument("--work", default=None, help="folder for corpora and indexes (default: a temp folder)")
    parser.add_argument("--questions", type=int, default=60, help="questions timed per size")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--json", action="store_true", help="also print each size's raw figures as JSON")
    args = parser.parse_args(argv)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="bench-"))
    work.mkdir(parents=True, exist_ok=True)
    pool = source_releases()
    print(f"machine: {machine()}; device {args.device}, batch size {args.batch_size}", flush=True)
    print(
        "| size | store | releases | chunks | chunks added | ingest chunks/s | raw embedding chunks/s | ingest/raw | "
        "no-op re-ingest s | assistant start s | ask p50 ms | ask p95 ms | peak memory MB | index MB |"
    )
    print("| --- " * 14 + "|", flush=True)
    sizes = sorted((parse_size(s) for s in args.sizes.split(",") if s), key=lambda sr: sr[1])
    runs = [(size, releases, "embedded") for size, releases in sizes]
    if not args.no_server and args.server:
        runs.insert(0, (*parse_size(args.server), "server"))
    # The embedded sizes grow one index: each corpus is a prefix of the next (same seed), so each run
    # adds only the new releases, as an archive grows. The server run builds its own from nothing.
    shutil.rmtree(work / "index-embedded", ignore_errors=True)
    shutil.rmtree(work / "index-server", ignore_errors=True)
    shutil.rmtree(work / "cache", ignore_errors=True)
    for size, releases, mode in runs:
        corpus = work / f"synthetic-{releases}.jsonl"
        if not corpus.exists():
            write_corpus(corpus, releases, pool=pool)
        index = work / f"index-{mode}"
        if mode == "embedded":
            result = run_size(corpus, index, args)
            print(row(size, mode, result, disk_mb(index)), flush=True)
        else:
            port = free_port()
            server = start_chroma(index, port)
            try:
                env = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(port), "ASSISTANT_CACHE": str(work / "cache")}
                result = run_size(corpus, index, args, env)
                server_mem = peak_rss_mb(server.pid)
            finally:
                server.terminate()
                server.wait(timeout=30)
            result["server_peak_rss_mb"] = server_mem
            print(row(size, "server", result, disk_mb(index), result["peak_rss_mb"] + server_mem), flush=True)
        if args.json:
            print(json.dumps({"size": size, "mode": mode, **result}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
