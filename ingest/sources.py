"""Read ingest inputs (text, HTML, JSON Lines, feeds; files, folders, URLs) into raw documents.

A bad input becomes a `Problem` naming the file or line; it never stops the good inputs.
Knows nothing about release structure; that is `parse`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from assistant.errors import InputError
from ingest.documents import Document, Problem
from ingest.fetch import MAX_BYTES, fetch, is_url
from ingest.jsonl import stream_jsonl

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES


def read_inputs(paths: list[str]) -> Iterator[Document | Problem]:
    for raw in paths:
        path = Path(raw)
        if is_url(raw):
            yield from _read_url(raw)
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            known = [f for f in files if f.suffix.lower() in KNOWN_SUFFIXES]
            if not known:
                yield Problem(raw, "no .txt, .html, .jsonl or feed files in this folder; check the path.")
            for file in known:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield Problem(raw, "no such file or folder; check the path.")


def looks_like_feed(head: bytes) -> bool:
    start = head[:2000].lower()
    return b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start


def source_of(url: str) -> str:
    return (urlparse(url).hostname or "").removeprefix("www.")


def html_to_text(markup: str):
    from ingest.html import html_to_text as convert  # BeautifulSoup is imported only for HTML input

    return convert(markup)


def _read_url(url: str) -> Iterator[Document | Problem]:
    try:
        data, kind = fetch(url)
    except InputError as exc:
        yield Problem(url, str(exc).removeprefix(f"{url}: "))
        return
    if looks_like_feed(data):
        yield from _feed_documents(data, url)
        return
    text = _decode_bytes(data, url)
    if isinstance(text, Problem):
        yield text
    elif "html" in kind or "<html" in text[:2000].lower():
        page = html_to_text(text)
        yield Document(text=page.text, origin=url, url=page.url or url, source=source_of(page.url or url))
    else:
        yield Document(text=text, origin=url, url=url, source=source_of(url))


def _feed_documents(data: bytes, location: str) -> Iterator[Document | Problem]:
    from ingest.feeds import read_feed

    try:
        for item in read_feed(data, location):
            if isinstance(item, InputError):
                url = str(item).split(": ", 1)[0]
                yield Problem(url, str(item).removeprefix(f"{url}: "))
            else:
                text, link, _title = item
                yield Document(text=text, origin=link, url=link, source=source_of(link))
    except InputError as exc:
        yield Problem(location, str(exc).removeprefix(f"{location}: "))


def _decode(path: Path) -> str | Problem:
    size = path.stat().st_size
    if size == 0:
        return Problem(str(path), "the file is empty; nothing to ingest.")
    if size > MAX_BYTES:
        return Problem(str(path), f"the file is {size // 2**20} MB, over the {MAX_BYTES // 2**20} MB limit; split it.")
    return _decode_bytes(path.read_bytes(), str(path))


def _decode_bytes(data: bytes, origin: str) -> str | Problem:
    if not data.strip():
        return Problem(origin, "the file is empty; nothing to ingest.")
    if b"\x00" in data[:8192]:
        return Problem(origin, "this looks like a binary file, not release text; skip it or convert it to text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Chinese pages arrive as Big5 or GB18030; each can decode the other's bytes into nonsense, so let
    # charset-normalizer choose between them, and accept only a clean decode that reads as Chinese.
    import charset_normalizer

    guess = charset_normalizer.from_bytes(data[:65536], cp_isolation=["big5hkscs", "big5", "gb18030"]).best()
    if guess is not None:
        try:
            text = data.decode(guess.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if sum("\u4e00" <= ch <= "\u9fff" for ch in text) > len(text) * 0.1:
            return text
    return Problem(origin, "the file is not UTF-8 (nor Big5 or GB18030 Chinese); save it as UTF-8.")


ARCHIVE_SUFFIXES = {".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".zst", ".jar"}
ARCHIVE_MAGIC = (b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf", b"Rar!", b"\xfd7zXZ", b"\x28\xb5\x2f\xfd")


def _is_archive(path: Path) -> bool:
    if path.suffix.lower() in ARCHIVE_SUFFIXES:
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head.startswith(ARCHIVE_MAGIC)


def _read_file(path: Path) -> Iterator[Document | Problem]:
    if _is_archive(path):
        yield Problem(str(path), "an archive; archives are never unpacked: extract the release files and ingest those.")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from stream_jsonl(path)
        return
    text = _decode(path)
    if isinstance(text, Problem):
        yield text
        return
    if suffix in FEED_SUFFIXES or looks_like_feed(text[:2000].encode()):
        yield from _feed_documents(text.encode(), str(path))
    elif suffix in HTML_SUFFIXES or "<html" in text[:2000].lower():
        page = html_to_text(text)
        yield Document(
            text=page.text, origin=str(path), url=page.url, source=source_of(page.url) if page.url else path.parent.name
        )
    else:
        yield Document(text=text, origin=str(path), source=path.parent.name or "file")
