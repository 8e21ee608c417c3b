"""The chat UI: `python app.py [--host H] [--port N]` serves it on http://127.0.0.1:7860 by default.

It listens on 127.0.0.1 (this machine only) unless told otherwise by `--host` or GRADIO_SERVER_NAME.
Set ASSISTANT_AUTH="user:password[,user2:password2]" (or ASSISTANT_AUTH_FILE, one user:password a line)
to require a login.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.config import Settings  # noqa: E402
from assistant.errors import InputError  # noqa: E402
from assistant.ui import CSS, build_demo  # noqa: E402

_assistant = None
_lock = threading.Lock()


def get_assistant():
    """The shared assistant, built once on first use rather than at import."""
    global _assistant
    with _lock:
        if _assistant is None:
            from assistant.service import Assistant

            _assistant = Assistant(Settings.from_env())
        return _assistant


def auth_from_env(env: dict[str, str] | None = None) -> list[tuple[str, str]] | None:
    """Logins from ASSISTANT_AUTH ("user:password,...") or ASSISTANT_AUTH_FILE; None: no login asked."""
    env = dict(os.environ if env is None else env)
    entries: list[str] = []
    if env.get("ASSISTANT_AUTH"):
        entries += env["ASSISTANT_AUTH"].split(",")
    if env.get("ASSISTANT_AUTH_FILE"):
        path = Path(env["ASSISTANT_AUTH_FILE"])
        if not path.is_file():
            raise InputError(f"ASSISTANT_AUTH_FILE={path}: no such file; give a file of user:password lines.")
        entries += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = []
    for entry in entries:
        user, sep, password = entry.strip().partition(":")
        if not sep or not user or not password:
            raise InputError("A login must read user:password (in ASSISTANT_AUTH or ASSISTANT_AUTH_FILE).")
        pairs.append((user, password))
    return pairs or None


demo = build_demo(get_assistant)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python app.py", description="Serve the press release chat UI.")
    parser.add_argument(
        "--host",
        default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: everyone)",
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("GRADIO_SERVER_PORT", "7860")))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        auth = auth_from_env()
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    threading.Thread(target=get_assistant, daemon=True).start()  # warm up while the server starts
    demo.queue(default_concurrency_limit=4).launch(
        server_name=args.host,
        server_port=args.port,
        show_error=False,
        css=CSS,
        auth=auth,
        auth_message="Log in to ask about the press releases." if auth else None,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
