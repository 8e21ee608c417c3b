"""Chunking follows the release structure and gives stable ids."""

from __future__ import annotations

from conftest import SEED
from ingest.parse import parse_page
from ingest.split import split_release


def test_chunks_never_span_two_sections_and_carry_metadata():
    for release in parse_page(SEED.read_text(encoding="utf-8")):
        chunks = split_release(release)
        section_text = {s.heading: "\n".join(s.paragraphs) for s in release.sections}
        for chunk in chunks:
            assert chunk.release_id == release.release_id
            assert chunk.title == release.title and chunk.date == release.date
            for line in chunk.text.split("\n"):
                assert line in section_text[chunk.section]
        assert [c.position for c in chunks] == list(range(len(chunks)))


def test_chunk_ids_are_stable_and_change_with_the_text():
    (first, _) = parse_page(SEED.read_text(encoding="utf-8"))
    again = split_release(first)
    assert [c.chunk_id for c in split_release(first)] == [c.chunk_id for c in again]
    edited = SEED.read_text(encoding="utf-8").replace("Wenzhou", "Wenzhou and Jinhua")
    (changed, _) = parse_page(edited)
    before = {c.chunk_id for c in again}
    after = {c.chunk_id for c in split_release(changed)}
    assert changed.release_id == first.release_id
    assert len(after - before) == 1


def test_long_paragraph_is_cut_between_sentences():
    body = "".join(f"The Government will build road number {i} in the district. " for i in range(60))
    page = "A long release\n**************\n\n" + body
    (release,) = parse_page(page)
    chunks = split_release(release, max_chars=400)
    assert len(chunks) > 3
    assert all(len(c.text) <= 400 for c in chunks)
    assert all(c.text.endswith("district.") for c in chunks)
