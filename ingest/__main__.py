"""Command line: `python -m ingest PATH... [--index DIR] [--prune] [--device cpu|cuda] [--batch-size N]`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from assistant.config import Settings
from assistant.errors import AssistantError, InputError
from ingest.index import ingest


class _Progress:
    """One progress bar per stage on stderr, shown only for runs longer than a couple of seconds."""

    def __init__(self) -> None:
        self.bars: dict = {}

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage not in self.bars:
            from tqdm import tqdm

            self.close()
            unit = "input" if stage == "Reading" else "chunk"
            if total:
                print(f"{stage} {total} {unit}s...", file=sys.stderr, flush=True)
            # delay: no bar at all for runs that finish within a couple of seconds
            self.bars[stage] = tqdm(total=total, unit=unit, desc=stage, file=sys.stderr, mininterval=0.5, delay=2)
        self.bars[stage].update(done - self.bars[stage].n)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _settings(args: argparse.Namespace) -> Settings:
    """The settings from the environment, with the command line's index, device and batch size."""
    settings = Settings.from_env().with_index(args.index)
    if args.device:
        settings = replace(settings, device=args.device)
    if args.batch_size is not None:
        if args.batch_size < 1:
            raise InputError(f"--batch-size {args.batch_size}: give a whole number of at least 1, e.g. 64.")
        settings = replace(settings, batch_size=args.batch_size)
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Add press releases to the index.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".txt or .jsonl files, or folders of them")
    parser.add_argument("--index", metavar="DIR", help="index folder (default: $ASSISTANT_INDEX or .index/)")
    parser.add_argument("--prune", action="store_true", help="remove releases not found in these inputs")
    parser.add_argument("--device", default=None, help="where to embed: cpu (default), cuda, cuda:1, mps")
    parser.add_argument("--batch-size", type=int, default=None, metavar="N", help="chunks embedded at once (64)")
    args = parser.parse_args(argv)
    progress = _Progress()
    try:
        report = ingest(args.paths, _settings(args), prune=args.prune, on_progress=progress)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrupted: the index keeps what was written; run again to finish.", file=sys.stderr)
        return 130
    finally:
        progress.close()
    print(report.summary())
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
