"""The chat UI: `python app.py` serves it on http://127.0.0.1:7860 (GRADIO_SERVER_NAME/PORT override)."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.config import Settings  # noqa: E402
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


demo = build_demo(get_assistant)

if __name__ == "__main__":
    threading.Thread(target=get_assistant, daemon=True).start()  # warm up while the server starts
    demo.queue(default_concurrency_limit=4).launch(
        server_name=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
        server_port=int(os.environ.get("GRADIO_SERVER_PORT", "7860")),
        show_error=False,
        css=CSS,
    )
