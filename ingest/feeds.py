"""RSS 2.0 and Atom feeds: each item's link is fetched and read as a release page."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import feedparser

from assistant.errors import InputError
from ingest.fetch import fetch
from ingest.html import html_to_text


def feed_items(data: bytes, location: str) -> list[tuple[str, str | None]]:
    """(link, title) of each item; InputError when the feed cannot be read."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise InputError(f"{location}: not a readable RSS or Atom feed ({parsed.get('bozo_exception')}).")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            items.append((urljoin(location, link) if location.startswith("http") else link, entry.get("title")))
    return items


def read_feed(data: bytes, location: str) -> Iterator[tuple[str, str, str | None] | InputError]:
    """(page text, page URL, item title) for each item, or an error naming the item's URL."""
    for link, title in feed_items(data, location):
        try:
            body, kind = fetch(link)
        except InputError as exc:
            yield exc
            continue
        text = body.decode("utf-8", errors="replace")
        if "html" in kind or "<html" in text[:2000].lower():
            page = html_to_text(text)
            text, link = page.text, page.url or link
        yield text, link, title
