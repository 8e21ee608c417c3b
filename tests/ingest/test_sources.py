"""Reading inputs: HTML pages, JSON Lines, encodings, feeds over a local HTTP server, bad input."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest

from conftest import RELEASES_JSONL, free_port
from ingest.collect import Report, collect
from ingest.sources import Document, Problem, read_inputs

RELEASE_HTML = """<!DOCTYPE html><html><head><title>Site | {title}</title>
<link rel="canonical" href="https://www.info.gov.hk/gia/general/202503/18/{pid}.htm">
<script>window.tracker = 1;</script><style>p {{ color: red }}</style></head>
<body><nav><ul><li>Home</li><li>Press Releases</li><li>Contact us</li></ul></nav>
<header>Skip to main content</header>
<div id="pressrelease"><h1>{title}</h1>
<p>     The Government announced today (March 18) that {body}</p>
<p>Ends/Tuesday, March 18, 2025<br>Issued at HKT 15:30</p></div>
<footer>Copyright notice | Privacy policy | Important notices</footer></body></html>"""


def page(title: str, body: str, pid: str = "P2025031800400") -> str:
    return RELEASE_HTML.format(title=title, body=body, pid=pid)


def only_docs(items):
    return [i for i in items if isinstance(i, Document)]


def test_html_page_gives_the_release_not_the_site(tmp_path):
    path = tmp_path / "release.html"
    path.write_text(page("New ferry route to Lantau", "a ferry route will open in June."), encoding="utf-8")
    (release,) = collect([str(path)], Report())
    assert release.title == "New ferry route to Lantau"
    assert release.date == "2025-03-18" and release.issued_at == "15:30"
    assert release.release_id == "P2025031800400"
    body = release.body
    assert "a ferry route will open in June." in body
    for junk in ("Contact us", "Privacy policy", "window.tracker", "color: red"):
        assert junk not in body


def test_chinese_big5_file_is_decoded(tmp_path):
    text = (
        "行政長官前往北京述職\n**********\n行政長官將於明日到北京述職。\n\n2022年12月20日(星期二)\n香港時間10時30分\n"
    )
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5hkscs"))
    (release,) = collect([str(path)], Report())
    assert release.title == "行政長官前往北京述職"
    assert release.date == "2022-12-20" and release.issued_at == "10:30" and release.lang == "zh"


def test_simplified_chinese_gb18030_file_is_decoded(tmp_path):
    text = "行政长官率团访问哈尔滨\n**********\n随行政长官访问哈尔滨的政府代表团成员包括文化体育及旅游局局长罗淑佩。\n\n完\n2025年2月4日(星期二)\n"
    path = tmp_path / "gb.txt"
    path.write_bytes(text.encode("gb18030"))
    (release,) = collect([str(path)], Report())
    assert release.title == "行政长官率团访问哈尔滨"
    assert "罗淑佩" in release.body and release.date == "2025-02-04"


def test_undecodable_file_is_named(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 r\xe9sum\xe9 na\xefve \xe0 la carte ".encode("latin-1") * 20)
    (problem,) = list(read_inputs([str(path)]))
    assert isinstance(problem, Problem) and "latin.txt" in str(problem) and "UTF-8" in str(problem)


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    (problem,) = list(read_inputs([str(path)]))
    assert isinstance(problem, Problem) and "huge.txt" in str(problem) and "MB" in str(problem)


def test_jsonl_records_keep_their_own_id_title_and_date(tmp_path):
    lines = RELEASES_JSONL.read_text(encoding="utf-8").splitlines()[:5]
    path = tmp_path / "five.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    releases = collect([str(path)], Report())
    records = [json.loads(line) for line in lines]
    assert len(releases) == len(records)
    for release in releases:
        record = next(r for r in records if release.origin.endswith("#" + r["id"]))
        assert release.date == record["date"]
        assert release.title == (record["title"] or release.title)
        assert release.origin.endswith("#" + record["id"])


def test_jsonl_records_from_other_exports_name_their_fields_otherwise(tmp_path):
    rows = [
        {
            "guid": "x-1",
            "headline": "Transport chief visits Shenzhen",
            "published": "2026-01-10T15:30:00+08:00",
            "link": "https://example.org/x-1",
            "body": "The Secretary for Transport visited Shenzhen today to discuss cross-boundary bus services.",
        },
        {
            "id": "x-2",
            "title": "Flu vaccination reminder",
            "date": "3 February 2026",
            "content": "The Centre for Health Protection today reminded the public to get vaccinated against flu.",
        },
        {"id": "x-3", "title": "Odd date", "date": "sometime in spring", "text": "Its text is dated by no one here."},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = Report()
    releases = {r.origin.rsplit("#", 1)[1]: r for r in collect([str(path)], report)}
    assert report.problems == []
    assert (releases["x-1"].title, releases["x-1"].date, releases["x-1"].url) == (
        "Transport chief visits Shenzhen",
        "2026-01-10",
        "https://example.org/x-1",
    )
    assert "cross-boundary bus" in releases["x-1"].body
    assert (releases["x-2"].title, releases["x-2"].date) == ("Flu vaccination reminder", "2026-02-03")
    assert releases["x-3"].date is None  # a date it cannot read is not stored as one


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2026-01-10", "2026-01-10"),
        ("2026-01-10T15:30:00+08:00", "2026-01-10"),
        ("2026/1/10", "2026-01-10"),
        ("10 January 2026", "2026-01-10"),
        ("Saturday, January 10, 2026", "2026-01-10"),
        ("2026年1月10日", "2026-01-10"),
        ("2026-13-40", None),
        ("January 2026", None),
        ("", None),
    ],
)
def test_a_records_own_date_is_read_as_a_calendar_date(value, iso):
    from ingest.jsonl import record_date

    assert record_date(value) == iso


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture
def site(tmp_path):
    """A local web server on 127.0.0.1 serving what the test writes into `tmp_path`."""
    port = free_port()
    handler = lambda *a, **k: _Handler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{port}"
    server.shutdown()


def write_feed(root: Path, base: str, names: list[str], atom: bool = False) -> None:
    if atom:
        entries = "".join(f"<entry><title>{n}</title><link href='{base}/{n}.html'/></entry>" for n in names)
        feed = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>{entries}</feed>"
    else:
        items = "".join(f"<item><title>{n}</title><link>{base}/{n}.html</link></item>" for n in names)
        feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
    (root / ("feed.atom" if atom else "feed.xml")).write_text(feed, encoding="utf-8")


@pytest.mark.parametrize("atom", [False, True])
def test_feed_url_items_are_fetched_as_release_pages(site, atom):
    root, base = site
    for i, name in enumerate(["ferry", "library"]):
        (root / f"{name}.html").write_text(
            page(f"Release about the {name}", f"the {name} plan goes ahead.", pid=f"P202503180040{i}")
        )
    write_feed(root, base, ["ferry", "library", "missing"], atom=atom)
    report = Report()
    releases = collect([f"{base}/feed.{'atom' if atom else 'xml'}"], report)
    assert sorted(r.title for r in releases) == ["Release about the ferry", "Release about the library"]
    assert {r.release_id for r in releases} == {"P2025031800400", "P2025031800401"}
    (problem,) = report.problems
    assert "missing.html" in problem.origin and "404" in problem.message


def test_unreachable_feed_url_is_named():
    url = f"http://127.0.0.1:{free_port()}/feed.xml"
    (problem,) = list(read_inputs([url]))
    assert isinstance(problem, Problem) and problem.origin == url and "cannot be reached" in problem.message


def test_same_release_from_a_url_and_a_file_is_collected_once(site):
    root, base = site
    html = page("Release about the ferry", "the ferry plan goes ahead.")
    (root / "ferry.html").write_text(html)
    copy = root / "copy" / "ferry.html"
    copy.parent.mkdir()
    copy.write_text(html)
    releases = collect([f"{base}/ferry.html", str(copy)], Report())
    assert len(releases) == 1


def test_feed_file_items_are_fetched_too(site, tmp_path):
    root, base = site
    (root / "pier.html").write_text(page("Pier reopens", "the pier reopens on Monday.", pid="P2025031800409"))
    write_feed(root, base, ["pier"])
    releases = collect([str(root / "feed.xml")], Report())
    assert [r.release_id for r in releases] == ["P2025031800409"]


def test_cli_names_bad_inputs_and_exits_nonzero(tmp_path):
    import subprocess
    import sys

    from conftest import REPO

    (tmp_path / "empty.txt").write_text("")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ingest",
            str(tmp_path / "empty.txt"),
            str(tmp_path / "nope.txt"),
            "--index",
            str(tmp_path / "index"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 1
    assert "empty.txt" in result.stdout and "nope.txt" in result.stdout and "2 input(s) failed" in result.stdout


def test_folder_without_release_files_is_named(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (problem,) = list(read_inputs([str(tmp_path)]))
    assert isinstance(problem, Problem) and str(tmp_path) in problem.origin and "no .txt" in problem.message


def test_a_jsonl_archive_over_the_single_file_limit_is_read_record_by_record(tmp_path):
    from ingest.sources import MAX_BYTES, Document, read_inputs

    path = tmp_path / "archive.jsonl"
    record = {"title": "T", "text": "Release text. " * 700}
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        while f.tell() <= MAX_BYTES:
            f.write(json.dumps({**record, "id": f"r{n}"}) + "\n")
            n += 1
    items = list(read_inputs([str(path)]))
    assert len(items) == n and all(isinstance(i, Document) for i in items)
