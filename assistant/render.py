"""An answer as the page shows it: the chat bubble's Markdown and the source cards' HTML, and an error's message.

Release text is always escaped before it reaches the page, so markup inside a release never runs. Plain
functions of an `Answer`; the Gradio interface that shows them is `ui.py`.
"""

from __future__ import annotations

import html
import re

from assistant.records import Answer

_PATH = re.compile(r"(?<![\w:/])(?:/[^\s/'\"]+)+/?|[A-Za-z]:\\[^\s'\"]+")


def public_message(exc: Exception) -> str:
    """An error's message for a user: server paths reduced to their last part ("the index at .../index")."""
    return _PATH.sub(lambda m: ".../" + re.split(r"[/\\]", m.group(0).rstrip("/\\"))[-1], str(exc))


def _cited_pieces(answer: Answer) -> dict[int, list[str]]:
    pieces: dict[int, list[str]] = {}
    for text, n in re.findall(r"(.+?)\s*\[(\d+)\]", answer.answer, flags=re.S):
        pieces.setdefault(int(n), []).append(text.strip())
    return pieces


def _marked(quote: str, pieces: list[str]) -> str:
    """The quote, escaped, with the cited sentences wrapped in <mark>."""
    spans = sorted((quote.find(p), quote.find(p) + len(p)) for p in pieces if p and p in quote)
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue
        out += [html.escape(quote[pos:start]), "<mark>", html.escape(quote[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(quote[pos:]))
    return "".join(out).replace("\n", "<br>")


def sources_html(answer: Answer | None) -> str:
    """A card per citation: number, release title, date, section, link, and the marked passage."""
    if answer is None:
        return "<p class='sources-empty'>Sources for the latest answer appear here.</p>"
    if not answer.citations:
        return "<p class='sources-empty'><b>No release answers this question.</b> Try other words or filters.</p>"
    pieces = _cited_pieces(answer)
    cards = []
    for c in answer.citations:
        title = html.escape(c.label)
        if c.url and c.url.startswith(("http://", "https://")):
            title = f"<a href='{html.escape(c.url, quote=True)}' target='_blank' rel='noopener noreferrer'>{title}</a>"
        meta = " · ".join(html.escape(x) for x in [c.date or "undated", c.section or ""] if x)
        cards.append(
            f"<div class='source-card' id='source-{c.n}'><b>[{c.n}]</b> {title}<br><small>{meta}</small>"
            f"<blockquote>{_marked(c.quote, pieces.get(c.n, []))}</blockquote></div>"
        )
    return "\n".join(cards)


def answer_markdown(answer: Answer, asked_as: str | None = None) -> str:
    """The answer for the chat bubble: escaped text with [n] linked to its source card, then the sources."""
    text = html.escape(answer.answer, quote=False)
    text = re.sub(r"\[(\d+)\]", r"[[\1]](#source-\1)", text).replace("\n", "  \n")
    if asked_as:
        text = f"*Understood as: {html.escape(asked_as, quote=False)}*  \n" + text
    if answer.mode in ("llm", "llm-checked", "llm-partial"):
        dropped = sum(not c["kept"] for c in answer.checks)
        text += "  \n*Written by the language model; every sentence checked against the passage it cites"
        text += f" ({dropped} unsupported sentence{'s' * (dropped != 1)} removed).*" if dropped else ".*"
    elif answer.mode == "extractive-fallback" and answer.answered and answer.checks:
        text += "  \n*The language model's answer could not be checked against the releases; quoted instead.*"
    if not answer.citations:
        return text
    lines = [f"[{c.n}] {html.escape(c.label)} ({c.date or 'undated'})" for c in answer.citations]
    return text + "\n\n**Sources**  \n" + "  \n".join(lines)
