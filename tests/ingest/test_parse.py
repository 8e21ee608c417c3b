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


def test_titles_and_dates_match_the_shared_records(capsys):
    import json

    from conftest import RELEASES_JSONL

    records = [json.loads(line) for line in RELEASES_JSONL.read_text(encoding="utf-8").splitlines()]
    checked = matched = 0
    misses = []
    for record in records:
        if not (record["title"] or record["date"]):
            continue
        releases = parse_page(record["text"], url=record["url"], source=record["source"])
        first = releases[0] if releases else None
        ok = first is not None
        if ok and record["title"]:
            ok = first.title == record["title"]
        if ok and record["date"]:
            ok = first.date == record["date"]
        checked += 1
        matched += ok
        if not ok:
            misses.append(record["id"])
    share = matched / checked
    with capsys.disabled():
        print(f"\ntitle and date equal the record's: {matched}/{checked} = {share:.1%}; misses: {misses}")
    assert share >= 0.9


def test_no_release_of_the_shared_file_keeps_site_boilerplate():
    import json

    from conftest import RELEASES_JSONL

    for line in RELEASES_JSONL.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for release in parse_page(record["text"], url=record["url"]):
            for junk in ("Source: HKSAR Government Press Releases", "Skip to Content", "Skip to main content"):
                assert junk not in release.body, (record["id"], junk)


def test_legco_question_and_reply_become_sections():
    page = (
        "LCQ1: Test question\n*******************\n\n     Following is a question by the Hon A and a reply by B "
        "in the Legislative Council today (May 24):\n\nQuestion:\n\n     Will the Government say how many?\n\n"
        "Reply:\n\nPresident,\n\n     The number is 12.\n\nEnds/Wednesday, May 24, 2023\nIssued at HKT 12:00\n"
    )
    (release,) = parse_page(page)
    headings = [s.heading for s in release.sections]
    assert "Question" in headings and "Reply" in headings
    reply = next(s for s in release.sections if s.heading == "Reply")
    assert "The number is 12." in reply.paragraphs


def test_a_field_of_a_record_is_not_a_heading():
    page = (
        "CFS urges public not to consume a snack\n****************************\n\n"
        "     The Centre for Food Safety today (May 10) urged the public not to consume a snack.\n\n"
        "Product details are as follows:\n\nProduct name: Duck Wings\n\nBrand: JUEWEI\n\n"
        "Importer: Juewei Food (Hong Kong) Limited\n\n"
        "     A spokesman for the CFS said the trade should stop selling the product.\n"
    )
    (release,) = parse_page(page)
    assert [s.heading for s in release.sections] == [None]
    assert "Importer: Juewei Food (Hong Kong) Limited" in release.sections[0].paragraphs


def test_a_numbered_heading_is_a_part_of_the_plain_heading_above_it():
    page = (
        "Special traffic arrangements during Mid-Autumn Festival\n**************************\n\n"
        "     Police will implement special traffic arrangements in various districts.\n\n"
        "Tai Hang\n--------\n\n     The arrangements will facilitate the Fire Dragon Dance.\n\n"
        "I. Road closure\n\n     The following roads will be closed daily from 6pm:\n\n- Lai Yin Lane;\n\n"
        "Causeway Bay\n------------\n\nI. Pedestrianisation\n\n     Pedestrianisation will be implemented on:\n\n"
        "- East Point Road.\n"
    )
    (release,) = parse_page(page)
    headings = [s.heading for s in release.sections]
    assert headings == [None, "Tai Hang", "Tai Hang - I. Road closure", "Causeway Bay - I. Pedestrianisation"]


def test_weather_bulletin_is_unwrapped_and_dated_from_its_dispatch_line():
    page = (
        "PRESS WEATHER NO. 188 - TROPICAL CYCLONE WARNING BULLETIN (SIGNAL NO. 8)\n"
        "************************************************************\n \n"
        "THE NO. 8 SOUTHEAST GALE OR STORM SIGNAL IS IN FORCE. THIS MEANS\nTHAT WINDS WITH MEAN SPEEDS OF 63 "
        "KILOMETRES PER HOUR OR MORE\nARE EXPECTED FROM THE SOUTHEAST QUARTER.\n \n"
        "AT 3 A.M., SEVERE TROPICAL STORM SAOLA WAS CENTRED ABOUT 190\nKILOMETRES SOUTH-SOUTHWEST OF HONG KONG "
        "AND IS FORECAST TO MOVE\nWEST-NORTHWEST AT ABOUT 28 KILOMETRES PER HOUR.\n \n"
        "DISPATCHED BY HONG KONG OBSERVATORY AT 14:45 HKT ON 02.09.2023\n"
    )
    (release,) = parse_page(page)
    assert release.title.startswith("PRESS WEATHER NO. 188")
    assert release.date == "2023-09-02" and release.issued_at == "14:45"
    assert any("THIS MEANS THAT WINDS WITH MEAN SPEEDS" in p for p in release.body.split("\n"))


def test_a_record_under_the_headline_is_body_not_headline():
    # A notice of the Centre for Food Safety opens on its record: short "Label: value" lines right under the
    # headline are what it reports, not site names above a headline (written for this test).
    page = (
        "A spinach sample detected with pesticide residue exceeding legal limit\n\n"
        "Food name: Spinach\nPesticide: Acetamiprid\nDetected level: 1.5 parts per million\n"
        "Sampling location: A market stall in Sham Shui Po\n\n"
        "Remarks:\n- The CFS has instructed the vendor to stop selling the affected product.\n"
    )
    (release,) = parse_page(page)
    assert release.title == "A spinach sample detected with pesticide residue exceeding legal limit"
    body = [p for s in release.sections for p in s.paragraphs]
    assert "Pesticide: Acetamiprid" in body and "Sampling location: A market stall in Sham Shui Po" in body


def test_a_text_that_opens_on_its_record_keeps_every_field():
    # an export whose text starts right at the record (its headline in a field of its own); but a headline of the
    # form "CE: Promoting co-operation ..." over a paragraph stays the headline
    (record,) = parse_page(
        "Food name: Spinach\nPesticide: Acetamiprid\nDetected level: 1.5 parts per million\n\n"
        "The Centre for Food Safety has instructed the vendor concerned to stop selling the affected product.\n"
    )
    assert "Food name: Spinach" in [p for s in record.sections for p in s.paragraphs]
    (speech,) = parse_page(
        "CE: Promoting co-operation between Hong Kong and Macao\n\nThe Chief Executive visited Macao today (August 5) "
        "and met the Chief Executive of the Macao Special Administrative Region.\n"
    )
    assert speech.title == "CE: Promoting co-operation between Hong Kong and Macao"
