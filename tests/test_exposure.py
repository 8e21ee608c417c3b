"""Under load, behind a login, on 127.0.0.1, and never a stack trace or a server path for a user."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import AVIATION_Q, REPO, free_port

pytestmark = [pytest.mark.integration, pytest.mark.ui]


def test_twenty_concurrent_users_all_get_answers(seed_assistant):
    """The short CI version of `python -m bench.load` (which runs 60 s)."""
    from assistant.ui import build_demo
    from bench.load import run_load

    demo = build_demo(lambda: seed_assistant)
    port = free_port()
    demo.queue(default_concurrency_limit=4).launch(
        server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True
    )
    try:
        questions = [AVIATION_Q, "What did they agree on finance?", "Who should keep warm?", "MTR fares next year?"]
        result = run_load(f"http://127.0.0.1:{port}/", users=20, seconds=8, questions=questions)
    finally:
        demo.close()
    print(result.summary())
    assert result.errors == []
    assert result.asked >= 20 and result.answered == result.asked


class Boom:
    """A FAKE assistant whose answering fails with a message holding a server path."""

    settings = None

    def ask(self, question, filters=None):
        raise RuntimeError("disk I/O error in /srv/secret/index/chroma.sqlite3")


def test_an_internal_failure_shows_no_stack_trace_and_no_path():
    from gradio_client import Client

    from assistant.ui import build_demo

    demo = build_demo(lambda: Boom())
    port = free_port()
    demo.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        for api, args in (("/ask", (AVIATION_Q,)), ("/chat", (AVIATION_Q, []))):
            with pytest.raises(Exception) as info:
                client.predict(*args, api_name=api)
            text = str(info.value)
            assert "/srv/secret" not in text and "Traceback" not in text and "RuntimeError" not in text
            assert "Something went wrong" in text
    finally:
        demo.close()


def test_error_messages_for_users_hide_server_paths():
    from assistant.errors import StoreError
    from assistant.render import public_message

    message = public_message(StoreError("Cannot open the index at /home/ops/.index: locked. See http://x.org/a/b"))
    assert "/home/ops" not in message and ".../.index" in message and "http://x.org/a/b" in message


@pytest.fixture(scope="module")
def served_app(seed_settings, tmp_path_factory):
    """`python app.py` as a user runs it, with a login required from the environment."""
    port = free_port()
    log = tmp_path_factory.mktemp("app") / "app.log"
    env = {
        **os.environ,
        "ASSISTANT_INDEX": str(seed_settings.index_dir),
        "ASSISTANT_AUTH": "reporter:s3cret-pass",
        "GRADIO_SERVER_PORT": str(port),
        "HF_HUB_OFFLINE": "1",
    }
    env.pop("GRADIO_SERVER_NAME", None)
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(log.read_text()) from None
            time.sleep(0.5)
    yield url, port, proc
    proc.terminate()
    proc.wait(timeout=30)


def _listening_addresses(port: int) -> set[str]:
    out = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]  # noqa: SIM115
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if int(hex_port, 16) == port and state == "0A":  # LISTEN
                out.add(address)
    return out


def test_app_listens_on_localhost_only_by_default(served_app):
    _, port, _ = served_app
    addresses = _listening_addresses(port)
    assert addresses == {"0100007F"}, addresses  # 127.0.0.1, not 0.0.0.0 or ::


def test_app_requires_the_login_from_the_environment(served_app):
    from gradio_client import Client

    url, _, _ = served_app
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; what matters is no answer
        Client(url, verbose=False).predict(AVIATION_Q, api_name="/ask")
    data = Client(url, auth=("reporter", "s3cret-pass"), verbose=False).predict(AVIATION_Q, api_name="/ask")
    assert data["answered"] and "Hangzhou, Ningbo and Wenzhou" in data["answer"]


def test_bad_login_configuration_stops_the_app_with_a_clear_message():
    proc = subprocess.run(
        [sys.executable, "app.py"],
        cwd=REPO,
        env={**os.environ, "ASSISTANT_AUTH": "no-colon-here"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "user:password" in proc.stderr and "Traceback" not in proc.stderr
