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


@pytest.fixture(scope="module")
def upload_app(tmp_path_factory, seed_assistant):
    """Its own index, so that uploads change nothing the other tests read."""
    from assistant.config import Settings
    from assistant.service import Assistant
    from assistant.ui import build_demo
    from conftest import CORPUS
    from ingest.index import ingest

    settings = Settings().with_index(tmp_path_factory.mktemp("upload-index"))
    ingest([str(CORPUS)], settings)
    assistant = Assistant(settings)
    uploads = tmp_path_factory.mktemp("uploads")
    demo = build_demo(lambda: assistant, upload_dir=uploads)
    port = free_port()
    demo.queue(default_concurrency_limit=4).launch(
        server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True
    )
    yield f"http://127.0.0.1:{port}/", assistant, uploads
    demo.close()


def test_uploaded_release_is_answerable_at_once_and_a_bad_file_changes_nothing(upload_app, tmp_path):
    from gradio_client import Client, handle_file

    url, assistant, uploads = upload_app
    client = Client(url, verbose=False)
    release = tmp_path / "library.txt"
    release.write_text(
        "New library opens in Kai Tak\n****************************\n\n     The Leisure and Cultural Services "
        "Department announced today (June 2) that the Kai Tak library opens on June 30 with 120 000 books.\n\n"
        "Ends/Monday, June 2, 2025\nIssued at HKT 12:00\n",
        encoding="utf-8",
    )
    status = client.predict([handle_file(str(release))], api_name="/upload")
    assert "1 new" in status
    answer = client.predict("How many books will the Kai Tak library have?", api_name="/ask")
    assert answer["answered"] and "120 000 books" in answer["answer"]

    count = assistant.store.count()
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    status = client.predict([handle_file(str(bad))], api_name="/upload")
    assert "broken.txt" in status and "binary" in status
    assert assistant.store.count() == count


def test_upload_names_cannot_leave_the_upload_folder():
    from assistant.ui import safe_name

    for name in ["../../etc/passwd.txt", "/abs/path/x.txt", "..\\..\\win.txt", "a b<c>.txt", ".hidden.txt"]:
        safe = safe_name(name)
        assert "/" not in safe and "\\" not in safe and not safe.startswith(".")
        assert safe.endswith(".txt")


def test_concurrent_questions_are_all_answered(upload_app):
    from concurrent.futures import ThreadPoolExecutor

    from gradio_client import Client

    url, _, _ = upload_app
    questions = [AVIATION_Q, "What did they agree on finance?", "What should outdoor workers do?", "MTR fares?"] * 2

    def ask(question):
        return Client(url, verbose=False).predict(question, api_name="/ask")

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(ask, questions))
    assert [r["question"] for r in results] == questions
    assert all("answered" in r for r in results)
    assert results[0]["answered"] and not results[3]["answered"]
