"""Take the release text out of an HTML page, leaving the site's menus and footers behind.

Scripts, styles, frames and forms are removed before any text is read, so nothing
executable survives into the index. Returns plain text for `parse.parse_page`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

_DROP = ["script", "style", "noscript", "iframe", "frame", "object", "embed", "form", "svg", "template"]
_CHROME = ["nav", "header", "footer", "aside", "menu"]
_CONTENT_IDS = re.compile(r"pressrelease|press-release|content|main|article|story|body", re.I)
_BLOCKS = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article"]
_BLOCKS += ["blockquote", "pre", "ul", "ol", "dd", "dt"]


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    url: str | None


def _main_element(soup: BeautifulSoup):
    for selector in ("main", "article", "#pressrelease", "#contentBody", "#content"):
        found = soup.select_one(selector)
        if found and len(found.get_text(strip=True)) > 200:
            return found
    candidates = [el for el in soup.find_all(["div", "section"], id=_CONTENT_IDS) if len(el.get_text(strip=True)) > 200]
    if candidates:
        return min(candidates, key=lambda el: len(el.get_text()))
    return soup.body or soup


def html_to_text(markup: str) -> HtmlPage:
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    canonical = soup.find("link", rel="canonical") or soup.find("meta", property="og:url")
    url = canonical.get("href") or canonical.get("content") if canonical else None
    main = _main_element(soup)
    for tag in main.find_all(_CHROME):
        tag.decompose()
    for tag in main.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for heading in main.find_all(["h1", "h2", "h3"]):
        # A page heading becomes a title line over asterisks, as on the text pages.
        heading.insert_after("\n" + "*" * 10 + "\n" if heading.name == "h1" else "\n" + "-" * 10 + "\n")
    text = main.get_text()
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return HtmlPage(text=text.strip(), title=title, url=str(url) if url else None)
