"""The Gradio app answers through its public API (gradio_client against a live server)."""

from __future__ import annotations

import pytest

from conftest import AVIATION_Q, free_port

pytestmark = [pytest.mark.integration, pytest.mark.ui]


@pytest.fixture(scope="session")
def app_url(seed_assistant):
    import app

    app._assistant = seed_assistant  # the app's lazy loader would build the same thing from settings
    port = free_port()
    app.demo.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    yield f"http://127.0.0.1:{port}/"
    app.demo.close()


def test_app_answers_with_citations_through_gradio_client(app_url):
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    data = client.predict(AVIATION_Q, api_name="/ask")
    assert data["answered"] is True
    assert "Hangzhou, Ningbo and Wenzhou" in data["answer"]
    assert data["citations"][0]["date"] == "2025-04-24"


def test_chat_endpoint_shows_sources_with_title_and_date(app_url):
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    history, sources, cleared = client.predict(AVIATION_Q, [], api_name="/chat")
    reply = history[-1]["content"]
    reply = reply if isinstance(reply, str) else str(reply)
    assert "airport management experience" in reply
    assert "2025-04-24" in reply and "Zhejiang Co-operation Conference" in reply
    assert "Aviation" in sources and "2025-04-24" in sources
    assert cleared == ""
