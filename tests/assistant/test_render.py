"""Unit tests of how an answer is shown: the chat bubble's Markdown and the source cards (no model, no browser)."""

from __future__ import annotations

from assistant.records import Answer, Citation
from assistant.render import answer_markdown, public_message, sources_html

QUOTE = "The two sides agreed. Flights will <b>grow</b> to Ningbo."
CITATION = Citation(
    1, "r1", "Title", "2025-04-24", "https://www.info.gov.hk/x.htm", "Aviation", QUOTE, "HK and Zhejiang"
)
ANSWER = Answer("Q?", "Flights will <b>grow</b> to Ningbo. [1]", True, (CITATION,))


def test_source_card_escapes_release_markup_and_marks_the_cited_sentence():
    card = sources_html(ANSWER)
    assert "<b>grow</b>" not in card
    assert "<mark>Flights will &lt;b&gt;grow&lt;/b&gt; to Ningbo.</mark>" in card
    assert "id='source-1'" in card and "href='https://www.info.gov.hk/x.htm'" in card and "2025-04-24" in card


def test_a_link_that_is_not_http_is_not_made_a_link():
    bad = Answer("Q?", "x [1]", True, (Citation(1, "r1", "T", None, "javascript:alert(1)", None, "x", "T"),))
    card = sources_html(bad)
    assert "javascript:" not in card and "undated" in card


def test_bubble_links_each_marker_to_its_card_and_lists_the_sources():
    text = answer_markdown(ANSWER, asked_as="What did they agree on aviation?")
    assert text.startswith("*Understood as: What did they agree on aviation?*")
    assert "[[1]](#source-1)" in text and "&lt;b&gt;" in text
    assert text.endswith("**Sources**  \n[1] Title (2025-04-24)")


def test_a_refusal_shows_no_source_cards():
    assert "No release answers this question" in sources_html(Answer("Q?", "The releases do not say.", False))


def test_error_message_hides_server_paths():
    assert public_message(ValueError("no index at /srv/data/index")) == "no index at .../index"
