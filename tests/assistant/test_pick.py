"""Which runners-up join the best sentence (unit tests: hand-made candidates, no model, no index)."""

from __future__ import annotations

from assistant.candidate import MAX_CHARS, Candidate, pick
from assistant.records import Chunk
from assistant.sentences import Unit
from assistant.words import tokens

CHUNK = Chunk("c1", "", "r1", "Title", "2025-08-05", None, "test", "en", None, 0)


def candidate(text: str, score: float, line: int) -> Candidate:
    return Candidate(Unit(text, line, False), CHUNK, 1, score=score, words=frozenset(tokens(text)))


def test_a_runner_up_holding_a_key_word_the_best_lacks_comes_first():
    best = candidate("The Chief Executive, Mr John Lee, led representatives to visit Macao. " + "x" * 200, 0.92, 0)
    close = candidate("Mr Lee met Mr Sam for an in-depth discussion on co-operation. " + "y" * 200, 0.90, 2)
    named = candidate("Representatives included the Secretary for Transport, Ms Mable Chan. " + "z" * 200, 0.88, 1)
    key = tuple(tokens("transport official John Lee Macao"))
    chosen = pick([best, close, named], key)
    assert chosen[0] is best and named in chosen and close not in chosen  # room for one runner-up only
    assert sum(len(c.unit.text) for c in chosen) <= MAX_CHARS
    # Without key words the runners-up come by score.
    assert close in pick([best, close, named])


def test_a_sentence_of_the_wider_pool_joins_the_answer_in_the_room_left():
    best = candidate("Mr Cheung will depart for Fuzhou tomorrow morning.", 0.90, 0)
    other = candidate("In Fuzhou, he will meet the Party Secretary.", 0.80, 1)
    extra = candidate("He will then travel to Xiamen.", 0.70, 2)
    extra.contender = False
    too_weak = candidate("He will return to Hong Kong on Friday.", 0.40, 3)  # under RUNNER_UP_BAR of the best
    too_weak.contender = False
    chosen = pick([best, other, extra, too_weak])
    assert chosen == [best, other, extra]  # in the release's order


def test_a_field_of_a_record_reads_the_rest_of_the_record():
    from assistant.sentences import record_context, units

    passage = (
        "The CFS urged the public not to consume a snack.\nProduct name: Granola Bars Chocolate Banana;\n"
        "Granola Bars Mixed Berry\nBrand: MadeGood\nImporter: Impex Quality Products Limited\n"
        "A spokesman said the importer had initiated a recall."
    )
    context = record_context(units(passage))
    assert "MadeGood" in context["Importer: Impex Quality Products Limited"]
    assert "Granola Bars Mixed Berry" in context["Importer: Impex Quality Products Limited"]
    assert "spokesman" not in context["Importer: Impex Quality Products Limited"]
    assert "Granola Bars Mixed Berry" not in context  # not a field
    # A single "Label: value" line is no record.
    assert record_context(units("The CFS said.\nNote: the shop is closed.\nThe CFS will follow up.")) == {}


def test_a_lists_lead_in_reads_its_items():
    from assistant.sentences import list_leads, units

    passage = (
        "(1)\nThe following roads will be intermittently closed from 9.15am:\n\n- Bonham Strand West;\n"
        "- Wing Lok Street.\n\n(2)\nThe following roads will be closed from 2.30pm:\n- Luard Road;\n- Queensway.\n"
        "Vehicles may not be permitted to leave the car parks."
    )
    leads = list_leads(units(passage))
    assert leads["The following roads will be intermittently closed from 9.15am:"] == (
        "- Bonham Strand West; - Wing Lok Street."
    )
    # the second list's items, up to the sentence after it
    assert leads["The following roads will be closed from 2.30pm:"] == "- Luard Road; - Queensway."
    assert list_leads(units("Police said:\nThe roads are closed. They reopen at noon.")) == {}


def test_a_lists_item_reads_its_lead_in():
    from assistant.sentences import item_leads, units

    passage = "Grade 1 beaches are:\n\nClear Water Bay Second Beach\nGolden Beach\n\nThe grading is weekly."
    leads = item_leads(units(passage))
    assert leads == {"Clear Water Bay Second Beach": "Grade 1 beaches are:", "Golden Beach": "Grade 1 beaches are:"}
