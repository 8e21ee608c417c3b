"""Reading a page's lines as units (titles, headings, paragraphs, items, footers), before any release is cut."""

from __future__ import annotations

from ingest.lines import normalise, read_units


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in read_units(normalise(text)).units]


def test_hard_wrapped_lines_are_joined_into_their_paragraph():
    wrapped = (
        "THE TROPICAL CYCLONE WARNING SIGNAL NO. 8 IS IN FORCE AND\n"
        "WILL REMAIN SO UNTIL AT LEAST NOON TODAY ACROSS THE TERRITORY.\n"
        "GALES ARE EXPECTED TO AFFECT THE SOUTHERN PARTS OF HONG\n"
        "KONG IN THE NEXT FEW HOURS AS THE STORM MOVES CLOSER NOW.\n"
        "MEMBERS OF THE PUBLIC SHOULD STAY AWAY FROM THE SHORELINE\n"
        "AND SHOULD NOT ENGAGE IN WATER SPORTS DURING THIS TIME.\n"
    )
    paras = [text for kind, text in _kinds(wrapped) if kind == "para"]
    assert paras == [
        "THE TROPICAL CYCLONE WARNING SIGNAL NO. 8 IS IN FORCE AND WILL REMAIN SO UNTIL AT LEAST NOON TODAY ACROSS"
        " THE TERRITORY.",
        "GALES ARE EXPECTED TO AFFECT THE SOUTHERN PARTS OF HONG KONG IN THE NEXT FEW HOURS AS THE STORM MOVES CLOSER"
        " NOW.",
        "MEMBERS OF THE PUBLIC SHOULD STAY AWAY FROM THE SHORELINE AND SHOULD NOT ENGAGE IN WATER SPORTS DURING THIS"
        " TIME.",
    ]


def test_a_line_of_dashes_makes_the_line_above_a_heading_and_items_keep_their_text():
    units = _kinds("Aviation\n----------\n• more flights between the two places\n(2) a new route to Ningbo.\n")
    assert units == [
        ("heading", "Aviation"),
        ("item", "more flights between the two places"),
        ("item", "(2) a new route to Ningbo."),
    ]


def test_footer_is_its_own_unit_and_a_question_label_is_a_heading():
    units = _kinds("Question:\nWill the Government act?\nEnds/Friday, May 8, 2020\nIssued at HKT 15:06\n")
    assert units == [
        ("heading", "Question"),
        ("para", "Will the Government act?"),
        ("footer", "Ends/Friday, May 8, 2020"),
        ("footer", "Issued at HKT 15:06"),
    ]


def test_a_reposts_header_is_skipped_up_to_its_stamp_which_dates_the_page():
    read = read_units(normalise("Site menu\nHome | News\n2025-04-24 18:32 Last Updated At\nThe text of it.\n"))
    assert read.page_date == "2025-04-24"
    assert [(u.kind, u.text) for u in read.units] == [("para", "The text of it.")]


def test_a_records_fields_keep_their_lines_and_a_rule_of_stars_parts_records():
    records = (
        "Exchange Fund Bills tender results:\n\n"
        "Tender date : February 21, 2023\nPaper on offer : EF Bills\nIssue number : Q2308\n"
        "Maturity date : May 24, 2023\nAverage yield accepted : 2.88 PCT\n"
        "****************************\n"
        "Tender date : February 21, 2023\nPaper on offer : EF Bills\nIssue number : H2337\n"
        "Maturity date : August 23, 2023\nAverage yield accepted : 3.50 PCT\n"
        "---------------------------------------------------------\n"
        "Tenders to be held in the week beginning February 27, 2023:\n"
    )
    units = _kinds(records)
    # not hard-wrapped lines of one paragraph, and no title or heading made of a field by the rule under it
    assert ("para", "Issue number : Q2308") in units and ("para", "Average yield accepted : 3.50 PCT") in units
    assert [kind for kind, _ in units] == ["para"] * 12


def test_a_hard_wrapped_page_joins_no_line_to_a_records_field():
    page = (
        "THE TROPICAL CYCLONE WARNING SIGNAL NO. 8 IS IN FORCE AND\n"
        "WILL REMAIN SO UNTIL AT LEAST NOON TODAY ACROSS THE TERRITORY.\n"
        "GALES ARE EXPECTED TO AFFECT THE SOUTHERN PARTS OF HONG\n"
        "KONG IN THE NEXT FEW HOURS AS THE STORM MOVES CLOSER NOW.\n"
        "Wind speed : 63 km/h\nGusts : 110 km/h\n"
        "MEMBERS OF THE PUBLIC SHOULD STAY AWAY FROM THE SHORELINE\n"
        "AND SHOULD NOT ENGAGE IN WATER SPORTS DURING THIS TIME.\n"
    )
    paras = [text for kind, text in _kinds(page) if kind == "para"]
    assert "Wind speed : 63 km/h" in paras and "Gusts : 110 km/h" in paras
    assert (
        "MEMBERS OF THE PUBLIC SHOULD STAY AWAY FROM THE SHORELINE AND SHOULD NOT ENGAGE IN WATER SPORTS DURING THIS"
        " TIME." in paras
    )
