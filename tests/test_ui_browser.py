"""The chat in a real browser (Playwright driving Debian's Chromium): answers, source cards, no script runs."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import AVIATION_Q, CORPUS, free_port

pytestmark = [pytest.mark.integration, pytest.mark.ui]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = {
    "id": "hostile-1",
    "title": "Ferry pier <script>window.__xss = 1</script> reopens",
    "date": "2025-05-05",
    "text": "Ferry pier reopens\n*****\n\n     The Marine Department announced today (May 5) that the Central "
    'ferry pier <img src=x onerror="window.__xss = 2"> reopens on Monday <script>window.__xss = 3</script> '
    "after repairs lasting six weeks.\n\nEnds/Monday, May 5, 2025\nIssued at HKT 11:00\n",
}


@pytest.fixture(scope="module")
def browser_app(tmp_path_factory):
    from assistant.config import Settings
    from assistant.service import Assistant
    from assistant.ui import CSS, build_demo
    from ingest.index import ingest

    settings = Settings().with_index(tmp_path_factory.mktemp("ui-index"))
    hostile = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    ingest([str(CORPUS), str(hostile)], settings)
    assistant = Assistant(settings)
    demo = build_demo(lambda: assistant, upload_dir=tmp_path_factory.mktemp("uploads"))
    port = free_port()
    demo.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, css=CSS)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


@pytest.fixture(scope="module")
def page(browser_app):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.dialogs = dialogs
        page.goto(browser_app, wait_until="load")
        page.wait_for_selector("#chat-input textarea", timeout=60_000)
        yield page
        browser.close()


def ask(page, question: str, expect: str) -> None:
    """Type the question, press Enter, and wait until the sources panel shows `expect`."""
    page.fill("#chat-input textarea", question)
    page.press("#chat-input textarea", "Enter")
    page.wait_for_function(
        "text => { const s = document.querySelector('#sources');"
        " return s && s.innerText.includes(text) && !s.innerText.includes('processing'); }",
        arg=expect,
        timeout=120_000,
    )


def test_aviation_answer_and_source_card_in_the_browser(page, tmp_path):
    ask(page, AVIATION_Q, "Aviation")
    card = page.locator("#sources .source-card").first.inner_text()
    assert "Zhejiang Co-operation Conference" in card and "2025-04-24" in card and "Aviation" in card
    assert page.locator("#sources mark").count() >= 2
    chat = page.locator("#chat").inner_text()
    assert "Hangzhou, Ningbo and Wenzhou" in chat
    page.locator("#chat a[href='#source-1']").first.click()
    page.wait_for_function("() => location.hash === '#source-1'")
    page.screenshot(path=str(tmp_path / "aviation.png"), full_page=True)
    assert (tmp_path / "aviation.png").stat().st_size > 10_000


def test_follow_up_carries_the_subject(page):
    ask(page, "And on finance?", "Finance")
    card = page.locator("#sources .source-card").first.inner_text()
    assert "Finance" in card and "2025-04-24" in card


def test_markup_inside_a_release_never_runs(page):
    ask(page, "When does the Central ferry pier reopen?", "Ferry pier")
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#sources script").count() == 0 and page.locator("#sources img").count() == 0
    shown = page.locator("#sources").inner_text()
    assert "<img src=x" in shown and "<script>" in shown, "markup is shown as text"
    assert page.dialogs == []
