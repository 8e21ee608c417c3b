"""The Gradio chat: builds the interface around an assistant that is loaded on first use.

Chat on the left; beside it the sources of the latest answer (title, date, section, link, the
quoted passage with the cited sentences marked), filters, and an upload box that ingests
releases at once. Release text is always escaped before it reaches the page, so markup inside
a release never runs. Building the interface does no work: the model loads on first use.
"""

from __future__ import annotations

import html
import logging
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import gradio as gr

from assistant.errors import AssistantError, InputError
from assistant.followup import rewrite
from assistant.render import answer_markdown, public_message, sources_html
from assistant.retrieve import Filters

if TYPE_CHECKING:
    from assistant.service import Assistant

EXAMPLES = [
    "What did HK and Zhejiang agree on aviation?",
    "And on finance?",
    "What should outdoor workers do in cold weather?",
]
UPLOAD_TYPES = [".txt", ".html", ".htm", ".jsonl"]
UNEXPECTED = "Something went wrong on the server; it has been logged. Try again, or rephrase the question."
log = logging.getLogger(__name__)


CSS = """
#sources .source-card { border: 1px solid #ddd; border-radius: 6px; padding: 8px; margin-bottom: 8px; }
#sources .source-card:target { border-color: #e8a200; box-shadow: 0 0 0 2px #e8a200; }
#sources mark { background: #fff2a8; }
"""


def _filters(date_from: str, date_to: str, source: str) -> Filters:
    for label, value in (("From", date_from), ("To", date_to)):
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise InputError(f"{label} date {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-04-24.")
    return Filters(
        date_from=(date_from or "").strip() or None,
        date_to=(date_to or "").strip() or None,
        source=None if source in (None, "", "All sources") else source,
    )


def safe_name(name: str) -> str:
    """A file name that cannot leave the upload folder: base name only, plain characters."""
    base = re.sub(r"[^A-Za-z0-9._-]", "_", Path(str(name).replace("\\", "/")).name).lstrip(".")
    return base[:120] or "upload.txt"


class Handlers:
    """What the page's events call. Each turns the assistant's answer, or its error, into what the page shows:
    a user sees a message, never a stack trace or a server path."""

    def __init__(self, get_assistant: Callable[[], Assistant], upload_dir: Path | None = None):
        self.get_assistant = get_assistant
        self.upload_dir = upload_dir

    def respond(self, message, history, date_from="", date_to="", source="All sources") -> Iterator[tuple]:
        """A chat turn, streamed: (history, sources panel HTML, "" for the question box)."""
        history = list(history or [])
        previous = next((_field(m, "content") for m in reversed(history) if _field(m, "role") == "user"), None)
        try:
            filters = _filters(date_from, date_to, source)
            question = rewrite(message, _plain(previous) if previous else None)
            assistant = self.get_assistant()
            stream = getattr(assistant, "stream", None)
            answers = stream(question, filters) if stream else iter([assistant.ask(question, filters)])
            answer = next(answers)
        except AssistantError as exc:
            raise gr.Error(public_message(exc)) from None
        except Exception:  # noqa: BLE001 - never a stack trace or a server path in front of a user
            log.exception("answering %r failed", message)
            raise gr.Error(UNEXPECTED) from None
        history.append({"role": "user", "content": html.escape(message, quote=False)})
        asked_as = question if question != message else None
        # A model's answer arrives sentence by sentence, each checked against its citations first.
        for later in answers:
            if answer.mode == "llm-partial":
                yield history + [{"role": "assistant", "content": answer_markdown(answer, asked_as)}], gr.update(), ""
            answer = later
        shown = answer_markdown(answer, asked_as)
        # An extractive answer is shown quote by quote, then the sources.
        parts = shown.split("  \n")
        for i in range(1, len(parts)):
            yield history + [{"role": "assistant", "content": "  \n".join(parts[:i])}], gr.update(), ""
        yield history + [{"role": "assistant", "content": shown}], sources_html(answer), ""

    def chat(self, message: str, history: list) -> tuple[list, str, str]:
        """The chat turn without filters or streaming: (history, sources panel HTML, "")."""
        *_, last = self.respond(message, history)
        return last

    def ask_json(self, question: str) -> dict:
        try:
            return self.get_assistant().ask(question).to_json()
        except AssistantError as exc:
            raise gr.Error(public_message(exc)) from None
        except Exception:  # noqa: BLE001
            log.exception("answering %r failed", question)
            raise gr.Error(UNEXPECTED) from None

    def upload(self, files, progress=gr.Progress()) -> str:  # noqa: B008 - Gradio injects the tracker
        try:
            return self._ingest(files, progress)
        except AssistantError as exc:
            return f"⚠ {html.escape(public_message(exc))}"
        except Exception:  # noqa: BLE001
            log.exception("upload failed")
            return f"⚠ {UNEXPECTED}"

    def _ingest(self, files, progress) -> str:
        """Saves the uploaded release files (by a safe name) and ingests them; the report, one line a problem."""
        if not files:
            return ""
        from ingest.index import ingest

        def on_progress(stage: str, done: int, total: int | None) -> None:
            progress((done, total) if total else None, desc=f"{stage}…")

        assistant = self.get_assistant()
        folder = self.upload_dir or (assistant.settings.index_dir.parent / ".uploads")
        folder.mkdir(parents=True, exist_ok=True)
        saved, refused = [], []
        for f in files:
            name = safe_name(getattr(f, "orig_name", None) or Path(str(f)).name)
            if Path(name).suffix.lower() not in UPLOAD_TYPES:
                refused.append(f"{html.escape(name)}: not a .txt, .html or .jsonl file.")
                continue
            target = folder / name
            shutil.copyfile(str(f), target)
            saved.append(str(target))
        report = ingest(saved, assistant.settings, on_progress=on_progress) if saved else None  # type: ignore[attr-defined]
        if report and (report.new or report.changed):
            assistant.refresh()  # type: ignore[attr-defined]
        lines = [html.escape(report.summary().split("\n")[0])] if report else []
        lines += [f"⚠ {html.escape(str(p))}" for p in (report.problems if report else [])]
        lines += [f"⚠ {r}" for r in refused]
        return "  \n".join(lines)


def build_demo(get_assistant: Callable[[], Assistant], upload_dir: Path | None = None) -> gr.Blocks:
    """The page: chat, filters and upload on the left, the latest answer's sources on the right; and the API
    endpoints (chat, chat_with_filters, upload, ask)."""
    handlers = Handlers(get_assistant, upload_dir)
    with gr.Blocks(title="Press release assistant") as demo:
        gr.Markdown("## Press release assistant\nAsk about the government press releases; every answer cites them.")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Answers", height=480, sanitize_html=True, elem_id="chat")
                question = gr.Textbox(
                    label="Question", placeholder="Ask about the press releases…", elem_id="chat-input"
                )
                gr.Examples(EXAMPLES, inputs=question)
                with gr.Accordion("Filters", open=False), gr.Row():
                    date_from = gr.Textbox(label="From (YYYY-MM-DD)", elem_id="date-from")
                    date_to = gr.Textbox(label="To (YYYY-MM-DD)", elem_id="date-to")
                    source = gr.Textbox(label="Source (e.g. info.gov.hk)", value="", elem_id="source-filter")
                with gr.Accordion("Add releases", open=False):
                    files = gr.File(
                        label="Upload .txt, .html or .jsonl", file_count="multiple", file_types=UPLOAD_TYPES
                    )
                    status = gr.Markdown(elem_id="upload-status")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(sources_html(None), elem_id="sources")
        question.submit(
            handlers.respond,
            [question, chatbot, date_from, date_to, source],
            [chatbot, sources, question],
            api_name="chat_with_filters",
        )
        gr.api(handlers.chat, api_name="chat")
        files.upload(handlers.upload, files, status, api_name="upload")
        gr.api(handlers.ask_json, api_name="ask")
    return demo


def _field(message, name: str):
    return message.get(name) if isinstance(message, dict) else getattr(message, name, None)


def _plain(content) -> str:
    """The text of a chat message, whatever form Gradio hands it in (a string or a list of parts)."""
    if isinstance(content, list):
        content = " ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    elif isinstance(content, dict):
        content = content.get("text", "")
    return html.unescape(re.sub(r"<[^>]+>", "", str(content)))
