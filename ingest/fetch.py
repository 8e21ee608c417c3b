"""Fetch feeds and release pages over HTTP(S), with a timeout and a size cap."""

from __future__ import annotations

import urllib.error
import urllib.request

from assistant.errors import InputError

TIMEOUT_S = 20
MAX_BYTES = 20 * 1024 * 1024


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def fetch(url: str) -> tuple[bytes, str]:
    """The body and content type at the URL; InputError naming the URL when it cannot be had."""
    request = urllib.request.Request(url, headers={"User-Agent": "press-release-assistant/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            body = response.read(MAX_BYTES + 1)
            kind = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered HTTP {exc.code}; check the address.") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: cannot be reached ({reason}); check the address and the network.") from exc
    if len(body) > MAX_BYTES:
        raise InputError(f"{url}: the page is over {MAX_BYTES // 2**20} MB; skipped.")
    return body, kind
