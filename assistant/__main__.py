"""Command line: `python -m assistant ask "QUESTION" [--index DIR] [--json]`.

`ask --json -` reads one question per line from standard input and prints one JSON
object per line, loading the model once.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from assistant.config import REPO_ROOT, Settings
from assistant.errors import AssistantError, InputError
from assistant.records import Answer

DEFAULT_GOLDEN = REPO_ROOT / "tests" / "golden" / "golden.jsonl"


def render_text(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "Sources:"]
        for c in answer.citations:
            where = " — ".join(filter(None, [c.label, c.date or "undated", c.section, c.url]))
            lines.append(f"[{c.n}] {where}")
    return "\n".join(lines)


def _ask(args: argparse.Namespace) -> int:
    from assistant.service import Assistant

    settings = Settings.from_env().with_index(args.index)
    if not _has_index(settings):
        return 2
    filters = parse_filters(args)
    assistant = Assistant(settings, llm_config(args))
    if args.question == "-":
        failed = 0
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            question, extra = batch_line(line.strip())
            try:
                if not question:
                    raise InputError(
                        f'line {n}: a JSON line needs a "question" text, e.g. {{"question": "Who chairs it?"}}.'
                    )
                result = {**extra, **assistant.ask(question, filters).to_json()}
            except AssistantError as exc:
                failed += 1
                # Same shape as an answer, so a batch reader never trips over a bad line.
                result = {
                    **extra,
                    "question": question or line.strip(),
                    "answer": str(exc),
                    "answered": False,
                    "citations": [],
                    "error": str(exc),
                }
            print(json.dumps(result, ensure_ascii=False) if args.json else render_text_dict(result), flush=True)
        return 1 if failed else 0
    answer = assistant.ask(args.question, filters)
    print(json.dumps(answer.to_json(), ensure_ascii=False, indent=None) if args.json else render_text(answer))
    return 0


def batch_line(line: str) -> tuple[str, dict[str, object]]:
    """A batch line's question: the line itself, or the "question" of a JSON object ("" when it has none), whose
    "id", when it has one, is given back with the answer."""
    if not line.startswith("{"):
        return line, {}
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return line, {}  # a question that happens to start with a brace
    if not isinstance(data, dict):
        return line, {}
    question = data.get("question")
    extra = {"id": data["id"]} if "id" in data else {}
    return (question.strip() if isinstance(question, str) else ""), extra


def _has_index(settings: Settings) -> bool:
    """Whether there is an index to ask (a Chroma server counts); if not, says how to build one."""
    if settings.chroma_host or (settings.index_dir / "chroma.sqlite3").exists():
        return True
    print(f"error: no index at {settings.index_dir}; build it first with `python -m ingest corpus`.", file=sys.stderr)
    return False


def llm_config(args: argparse.Namespace):
    from assistant.chat_model import LLMConfig

    config = LLMConfig.from_env().with_overrides(
        url=args.llm_url, model=args.llm_model, gguf=args.llm_gguf, threads=args.llm_threads
    )
    if args.llm_url and not args.llm_gguf:
        config = config.with_overrides(gguf="")
    if args.llm_gguf and not args.llm_url:
        config = config.with_overrides(url="")
    config.check()
    return config


def parse_filters(args: argparse.Namespace):
    from assistant.retrieve import Filters

    for flag, value in (("--from", args.date_from), ("--to", args.date_to)):
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise InputError(f"{flag} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-04-24.")
    return Filters(date_from=args.date_from, date_to=args.date_to, source=args.source, release_id=args.release)


def _eval(args: argparse.Namespace) -> int:
    from assistant import evaluate
    from assistant.golden import load_golden
    from assistant.service import Assistant

    golden = load_golden(args.golden, args.split)  # a bad file is named before anything slow starts
    settings = Settings.from_env().with_index(args.index)
    if args.ingest:
        from ingest.index import ingest

        print(ingest(args.ingest, settings).summary(), file=sys.stderr)
    elif not _has_index(settings):
        return 2
    assistant = Assistant(settings)

    def passages(question: str) -> list[str]:
        return [h.chunk.text for h in assistant.retriever.search(question, k=evaluate.SEARCH_DEPTH)]

    results: dict[str, object] = {"golden": str(args.golden), "split": args.split}

    def show(key: str, title: str, outcomes: list) -> None:
        """Keep the figures for the JSON object, or print them now."""
        if args.json:
            results[key] = evaluate.as_json(outcomes, not args.quiet)
        else:
            print(evaluate.report(outcomes, title, not args.quiet))

    show(
        "assistant",
        f"assistant ({len(golden)} questions, split={args.split})",
        evaluate.run(golden, assistant.ask, passages),
    )
    if args.baseline:
        show("baseline", "naive LangChain baseline (1,000-char chunks, top-4)", _baseline_outcomes(assistant, golden))
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    return 0


def _baseline_outcomes(assistant, golden: list) -> list:
    """The naive LangChain pipeline over the same chunks and questions, scored as the assistant is."""
    from assistant import evaluate
    from assistant.baseline import NaiveBaseline

    naive = NaiveBaseline(list(assistant.retriever.chunks.values()), assistant.embeddings)
    return evaluate.run(golden, naive.ask, lambda q: [d.page_content for d in naive.search(q, k=evaluate.SEARCH_DEPTH)])


def render_text_dict(result: dict) -> str:
    if "error" in result:
        return f"error: {result['error']}"
    return result["answer"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Ask the press releases.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question with citations")
    ask.add_argument("question", help='the question, or "-" to read one question per line from stdin')
    ask.add_argument("--index", metavar="DIR", help="index folder (default: $ASSISTANT_INDEX or .index/)")
    ask.add_argument("--json", action="store_true", help="print JSON (one object per question)")
    ask.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="only releases dated on or after")
    ask.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="only releases dated on or before")
    ask.add_argument("--source", help="only releases from this source (e.g. info.gov.hk)")
    ask.add_argument("--release", metavar="ID", help="only this release")
    llm = ask.add_argument_group("generative answers (optional; the extractive answer is the default)")
    llm.add_argument("--llm-url", metavar="URL", help="OpenAI-compatible base URL ($ASSISTANT_LLM_URL)")
    llm.add_argument("--llm-model", metavar="NAME", help="model name at that URL ($ASSISTANT_LLM_MODEL)")
    llm.add_argument("--llm-gguf", metavar="FILE", help='local GGUF run in-process, or "smollm2" ($ASSISTANT_LLM_GGUF)')
    llm.add_argument("--llm-threads", type=int, metavar="N", help="threads for the GGUF (default 1)")
    ev = sub.add_parser("eval", help="score answers against golden questions")
    ev.add_argument("--golden", default=str(DEFAULT_GOLDEN), help="golden questions (JSON Lines)")
    ev.add_argument("--index", metavar="DIR", help="index folder (default: $ASSISTANT_INDEX or .index/)")
    ev.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ev.add_argument("--baseline", action="store_true", help="also run the naive LangChain pipeline")
    ev.add_argument("--ingest", nargs="+", metavar="PATH", help="ingest these inputs into the index first")
    ev.add_argument("--quiet", action="store_true", help="figures only, not one line per question")
    ev.add_argument("--json", action="store_true", help="print one JSON object: figures, by kind, per question")
    args = parser.parse_args(argv)
    try:
        return _ask(args) if args.command == "ask" else _eval(args)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
