"""Load: N concurrent users asking through the running app's API (gradio_client on 127.0.0.1).

    python -m bench.load [--url http://127.0.0.1:7860/] [--users 20] [--seconds 60] [--index DIR]

Without --url it serves the app itself, in process, over --index (default: the app's index).
Prints questions asked, answered, errors, and latency p50/p95 as the users saw it (queueing included).
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from dataclasses import dataclass, field

from assistant.config import REPO_ROOT
from assistant.golden import load_golden

GOLDEN = REPO_ROOT / "tests" / "golden" / "golden.jsonl"


@dataclass
class LoadResult:
    users: int
    seconds: float
    asked: int = 0
    answered: int = 0  # a well-formed answer came back (answered or an honest refusal)
    errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        data = sorted(self.latencies_ms)
        return data[max(0, int(round(q * len(data))) - 1)] if data else 0.0

    def summary(self) -> str:
        median = statistics.median(self.latencies_ms) if self.latencies_ms else 0.0
        return (
            f"{self.users} users for {self.seconds:.0f} s: {self.asked} questions asked, {self.answered} answered, "
            f"{len(self.errors)} errors; latency p50 {median:.0f} ms, p95 {self.percentile(0.95):.0f} ms; "
            f"{self.answered / self.seconds:.1f} answers/s"
        )


def run_load(url: str, users: int = 20, seconds: float = 60, questions: list[str] | None = None) -> LoadResult:
    from gradio_client import Client

    questions = questions or [g.question for g in load_golden(GOLDEN)]
    result = LoadResult(users, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def user(n: int) -> None:
        try:
            client = Client(url, verbose=False)
        except Exception as exc:  # noqa: BLE001 - counted, not raised
            with lock:
                result.errors.append(f"user {n} could not connect: {exc}")
            return
        i = n
        while time.monotonic() < deadline:
            question = questions[i % len(questions)]
            i += users
            start = time.perf_counter()
            try:
                data = client.predict(question, api_name="/ask")
                ok = isinstance(data, dict) and data.get("question") and "answered" in data
            except Exception as exc:  # noqa: BLE001
                with lock:
                    result.asked += 1
                    result.errors.append(f"{question!r}: {exc}")
                continue
            with lock:
                result.asked += 1
                result.latencies_ms.append((time.perf_counter() - start) * 1000)
                if ok:
                    result.answered += 1
                else:
                    result.errors.append(f"{question!r}: malformed answer {data!r:.200}")

    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running app (default: serve one here)")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--index", help="index for the app served here (default: $ASSISTANT_INDEX or .index/)")
    args = parser.parse_args(argv)
    demo = None
    url = args.url
    if not url:
        from assistant.config import Settings
        from assistant.service import Assistant
        from assistant.ui import build_demo
        from bench.__main__ import free_port

        assistant = Assistant(Settings.from_env().with_index(args.index))
        demo = build_demo(lambda: assistant)
        port = free_port()
        demo.queue(default_concurrency_limit=4).launch(
            server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True
        )
        url = f"http://127.0.0.1:{port}/"
    try:
        result = run_load(url, args.users, args.seconds)
    finally:
        if demo is not None:
            demo.close()
    print(result.summary())
    for error in result.errors[:10]:
        print(f"  error: {error}")
    return 1 if result.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
