"""Parsing pages into releases (pure functions, no model, no store)."""

from __future__ import annotations

from conftest import SEED
from ingest.parse import parse_page


def seed_releases():
    return parse_page(SEED.read_text(encoding="utf-8"), origin=str(SEED))


def test_seed_page_holds_two_releases_with_their_own_titles_and_dates():
    releases = seed_releases()
    assert [(r.title, r.date) for r in releases] == [
        (
            "High-Level Meeting cum First Plenary Session of Hong Kong/Zhejiang Co-operation Conference held in Hangzhou",
            "2025-04-24",
        ),
        ("CHP reminds public to take precautions against cold weather", "2025-01-03"),
    ]
    assert releases[0].release_id != releases[1].release_id


def test_seed_sections_come_from_headings_over_dashes():
    cooperation, cold = seed_releases()
    headings = [s.heading for s in cooperation.sections]
    assert "Aviation" in headings and "Finance" in headings
    aviation = next(s for s in cooperation.sections if s.heading == "Aviation")
    assert len(aviation.paragraphs) == 2
    assert aviation.paragraphs[0].startswith("Increase the frequency of flights")
    assert "Outdoor workers" in [s.heading for s in cold.sections]


def test_site_boilerplate_is_dropped_from_release_text():
    for release in seed_releases():
        body = release.body
        assert "Source: HKSAR Government Press Releases" not in body
        assert "Skip to Content" not in body
        assert "More Images" not in body
        assert "Recommended Articles" not in body
        assert "AI-found images" not in body


def test_list_items_stay_in_their_section():
    _, cold = seed_releases()
    infants = next(s for s in cold.sections if s.heading == "Infants, children and pregnant women")
    assert any(p.startswith("Always place babies on their backs") for p in infants.paragraphs)


def test_footer_lines_give_date_and_issue_time_and_stay_in_the_text():
    page = (
        "Test release on footers\n*****************\n\n     The Government announced a test today (May 5).\n\n"
        "Ends/Monday, May 5, 2025\nIssued at HKT 16:20\n\nNNNN\n"
    )
    (release,) = parse_page(page)
    assert release.title == "Test release on footers"
    assert release.date == "2025-05-05"
    assert release.issued_at == "16:20"
    assert "Issued at HKT 16:20" in release.body
    assert "NNNN" not in release.body


def test_release_id_is_the_p_number_of_an_info_gov_hk_url():
    (release,) = parse_page(
        "A title\n*******\nSome body text that is long enough to be a paragraph.",
        url="https://www.info.gov.hk/gia/general/202504/24/P2025042400524.htm",
    )
    assert release.release_id == "P2025042400524"
    assert release.date == "2025-04-24"


def test_empty_or_boilerplate_only_page_gives_no_release():
    assert parse_page("") == []
    assert parse_page("Skip to Content Facebook Feature Image\n\nMore Images\n") == []
