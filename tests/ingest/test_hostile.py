"""Hostile input: any text, any bytes, hostile HTML, huge lines, archives, odd names, odd questions."""

from __future__ import annotations

import re
import signal
import zipfile
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import InputError
from assistant.records import Release
from assistant.service import MAX_QUESTION_CHARS, check_question
from assistant.ui import safe_name
from ingest.collect import Report, collect
from ingest.html import html_to_text
from ingest.parse import parse_page
from ingest.sources import read_inputs
from ingest.split import MAX_CHARS, split_release


@contextmanager
def finishes_within(seconds: int):
    """Fail (instead of hanging the suite) if the block runs longer than `seconds`."""

    def alarm(signum, frame):
        raise AssertionError(f"did not finish within {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def release_words(releases: list[Release]) -> set[str]:
    text = " ".join(f"{r.title or ''} {' '.join(s.heading or '' for s in r.sections)} {r.body}" for r in releases)
    return set(re.findall(r"[a-z]+", text.lower()))


FAST = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=3000))
def test_any_text_parses_without_error(text):
    for release in parse_page(text, url=None, source="t", origin="t"):
        for chunk in split_release(release):
            assert chunk.text.strip() and len(chunk.text) <= MAX_CHARS * 2


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10)
_sentence = st.lists(_word, min_size=3, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
_paragraph = st.lists(_sentence, min_size=1, max_size=5).map(" ".join)


@FAST
@given(st.lists(_paragraph, min_size=1, max_size=8))
def test_no_word_of_release_text_is_lost(paragraphs):
    """Plain paragraphs hold no boilerplate: every word of them is in the parsed releases."""
    text = "\n\n".join(paragraphs)
    releases = parse_page(text, url=None, source="t", origin="t")
    words = set(re.findall(r"[a-z]+", text.lower()))
    assert words <= release_words(releases)
    chunk_words = set()
    for release in releases:
        for chunk in split_release(release):
            assert len(chunk.text) <= MAX_CHARS * 2
            chunk_words |= set(re.findall(r"[a-z]+", chunk.text.lower()))
    body_words = set(re.findall(r"[a-z]+", " ".join(r.body for r in releases).lower()))
    assert body_words <= chunk_words  # chunking keeps every word of the body


@settings(
    max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=5000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".xml", ".bin"]))
def test_any_bytes_in_any_file_give_documents_or_a_named_problem(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    report = Report()
    collect([str(path)], report)  # never raises
    for problem in report.problems:
        assert str(path) in str(problem)


def test_hostile_html_runs_nothing_and_keeps_the_text():
    page = (
        "<html><head><style>body{display:none}</style><script>alert('x')</script></head><body>"
        "<iframe src='https://evil.example/'></iframe>"
        "<div onclick=\"steal()\"><h1 onmouseover='x()'>Water rates unchanged</h1>"
        "<p>The Water Supplies Department said water rates stay unchanged.<img src=x onerror=alert(1)></p>"
        "<p>Ends/Monday, January 5, 2026</p></div><script>document.cookie</script></body></html>"
    )
    text = html_to_text(page).text
    assert "Water Supplies Department said water rates stay unchanged" in text
    for bad in ("alert", "steal", "onerror", "onclick", "evil.example", "display:none", "document.cookie"):
        assert bad not in text


def test_deeply_nested_html_does_not_crash():
    depth = 5000
    page = "<html><body>" + "<div>" * depth + "<p>Deep text survives here.</p>" + "</div>" * depth + "</body></html>"
    with finishes_within(120):
        text = html_to_text(page).text
    assert "Deep text survives here." in text


def test_a_single_line_of_several_megabytes_is_parsed_in_bounded_time():
    parts, size, n = [], 0, 0
    while size < 5_000_000:
        parts.append(f"The Department announced scheme number {n} for residents of district {n % 97}. ")
        size += len(parts[-1])
        n += 1
    line = "".join(parts)
    with finishes_within(180):
        releases = parse_page(line, url=None, source="t", origin="t")
        chunks = [c for r in releases for c in split_release(r)]
    assert chunks and all(len(c.text) <= MAX_CHARS * 2 for c in chunks)
    assert sum(len(c.text) for c in chunks) >= 0.95 * len(line.strip())


@pytest.mark.parametrize("name", ["releases.zip", "releases.tar.gz", "disguised.txt"])
def test_archives_are_never_unpacked(tmp_path, name):
    inner = tmp_path / "inner.txt"
    inner.write_text("Secret release\n\nThis text is inside an archive.\n", encoding="utf-8")
    path = tmp_path / name
    if name.endswith(".tar.gz"):
        import tarfile

        with tarfile.open(path, "w:gz") as tar:
            tar.add(inner, arcname="inner.txt")
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(inner, "inner.txt")
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and "archive" in str(items[0]) and "never unpacked" in str(items[0])
    assert not [p for p in tmp_path.iterdir() if p.name not in {"inner.txt", name}]  # nothing extracted


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd.txt", "/etc/cron.d/x.txt", "..\\..\\boot.ini.txt", "a\x00b.txt", "CON.txt", "é漢字 ✓.txt", ""],
)
def test_upload_names_stay_inside_the_upload_folder(tmp_path, name):
    folder = tmp_path / "uploads"
    folder.mkdir()
    target = (folder / safe_name(name)).resolve()
    assert target.parent == folder.resolve()
    assert not target.name.startswith(".") and "/" not in target.name and "\x00" not in target.name


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("x" * 100_000, "characters long"),
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("What did they agree\x07 on finance?", "control character"),
        ("\x1b[31mred\x1b[0m", "control character"),
    ],
)
def test_bad_questions_get_a_clear_message_at_once(question, says):
    with finishes_within(5), pytest.raises(InputError, match=says):
        check_question(question)


def test_a_long_but_allowed_question_is_kept():
    question = "What did Hong Kong and Zhejiang agree on aviation? " * 10
    assert len(check_question(question)) < MAX_QUESTION_CHARS
