"""The Gradio chat: builds the interface around an assistant that is loaded on first use.

Building the interface does no work: the model and index load on the first question. Release
text is always escaped before it reaches the page, so markup inside a release never runs.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import gradio as gr

from assistant.errors import AssistantError
from assistant.records import Answer

EXAMPLES = [
    "What did HK and Zhejiang agree on aviation?",
    "What should outdoor workers do in cold weather?",
    "Who signed the co-operation memorandum?",
]


def sources_html(answer: Answer | None) -> str:
    """A card per citation: number, release title, date, section, link and the quoted passage."""
    if answer is None:
        return "<p class='sources-empty'>Sources for the latest answer appear here.</p>"
    if not answer.citations:
        return "<p class='sources-empty'>No passage answers this question.</p>"
    cards = []
    for c in answer.citations:
        title = html.escape(c.title or c.release_id)
        link = (
            f"<a href='{html.escape(c.url, quote=True)}' target='_blank' rel='noopener noreferrer'>{title}</a>"
            if c.url and c.url.startswith(("http://", "https://"))
            else title
        )
        meta = " · ".join(html.escape(x) for x in [c.date or "undated", c.section or ""] if x)
        quote = html.escape(c.quote).replace("\n", "<br>")
        cards.append(
            f"<div class='source-card' id='source-{c.n}'><b>[{c.n}]</b> {link}<br><small>{meta}</small>"
            f"<blockquote>{quote}</blockquote></div>"
        )
    return "\n".join(cards)


def answer_markdown(answer: Answer) -> str:
    """The answer for the chat bubble: escaped text, then the sources named with title and date."""
    text = html.escape(answer.answer).replace("\n", "  \n")
    if not answer.citations:
        return text
    lines = [f"[{c.n}] {html.escape(c.title or c.release_id)} ({c.date or 'undated'})" for c in answer.citations]
    return text + "\n\n**Sources**  \n" + "  \n".join(lines)


def build_demo(get_assistant: Callable[[], object]) -> gr.Blocks:
    def ask(question: str) -> Answer:
        return get_assistant().ask(question)  # type: ignore[attr-defined]

    def respond(message: str, history: list[dict]) -> tuple[list[dict], str, str]:
        history = list(history or [])
        try:
            answer = ask(message)
        except AssistantError as exc:
            raise gr.Error(str(exc)) from None
        history += [
            {"role": "user", "content": html.escape(message)},
            {"role": "assistant", "content": answer_markdown(answer)},
        ]
        return history, sources_html(answer), ""

    def ask_json(question: str) -> dict:
        try:
            return ask(question).to_json()
        except AssistantError as exc:
            raise gr.Error(str(exc)) from None

    with gr.Blocks(title="Press release assistant") as demo:
        gr.Markdown("## Press release assistant\nAsk about the government press releases; every answer cites them.")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Answers", height=480, sanitize_html=True)
                question = gr.Textbox(
                    label="Question", placeholder="Ask about the press releases…", elem_id="chat-input"
                )
                gr.Examples(EXAMPLES, inputs=question)
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(sources_html(None), elem_id="sources")
        question.submit(respond, [question, chatbot], [chatbot, sources, question], api_name="chat")
        gr.api(ask_json, api_name="ask")
    return demo
