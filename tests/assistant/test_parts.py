"""The parts of a release that tells of several cases or operations (unit tests: hand-made chunks, no model, no
index)."""

from __future__ import annotations

import pytest

from assistant.parts import asked_part, outside_part, parts
from assistant.question import parse_question
from assistant.records import Chunk
from assistant.words import text_words, tokens

OPERATIONS = [
    'The department mounted operations codenamed "Harbour" and "Lantern" from May 1 to May 4. A total of 20 '
    "suspected illegal workers and five suspected employers were arrested.\n"
    'During operation "Harbour", officers raided 30 target locations, including restaurants and a warehouse. '
    "Twelve suspected illegal workers were arrested.",
    # a paragraph cut across two chunks stays in its part
    "Among them, six were holders of recognisance forms.\n"
    'In the operation codenamed "Lantern", officers raided 14 shops in Mong Kok. Eight suspected illegal '
    "workers and five suspected employers were arrested.",
]
CASES = [
    "Customs detected two cases on March 3 and yesterday (March 9) and seized a total of 12 kilograms of drugs.\n"
    "In the first case, Customs on March 3 inspected an air parcel from Germany and found 8 kilograms of drugs.\n"
    "In the second case, officers stopped a man in Fanling and seized 4 kilograms of drugs.",
]


def chunks(texts: list[str]) -> list[Chunk]:
    return [Chunk(f"c{i}", t, "r1", "Title", "2025-05-05", None, "test", "en", None, i) for i, t in enumerate(texts)]


def outside(question: str, sentence: str, texts: list[str]) -> bool:
    return outside_part(parse_question(question), sentence, frozenset(text_words(sentence)), parts(chunks(texts)))


def test_a_release_is_cut_into_the_parts_its_paragraphs_open():
    found = parts(chunks(OPERATIONS))
    assert len(found) == 2
    assert "Among them, six were holders of recognisance forms." in found[0].sentences  # the cut paragraph
    assert "Eight suspected illegal workers and five suspected employers were arrested." in found[1].sentences


def test_a_release_of_one_part_has_none():
    assert parts(chunks(["In the case, Customs seized 3 kilograms of drugs.\nThe man was arrested."])) == ()


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How many shops were raided in the Lantern operation?", "lantern"),
        ("How many recognisance form holders were caught in Harbour?", "harbour"),
    ],
)
def test_a_question_names_a_part_by_its_name(question, named):
    found = asked_part(parse_question(question), parts(chunks(OPERATIONS)))
    assert found is not None and found[1] == [named]


def test_a_name_of_no_part_names_none():
    assert (
        asked_part(parse_question("How many workers did the Labour Department arrest?"), parts(chunks(OPERATIONS)))
        is None
    )


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # the whole's figure, or another part's, does not answer for one part
        (
            "How many locations were raided in the Lantern operation?",
            'During operation "Harbour", officers raided 30 target locations, including restaurants and a warehouse.',
            True,
        ),
        (
            "How many employers were arrested in the Lantern operation?",
            "A total of 20 suspected illegal workers and five suspected employers were arrested.",
            True,
        ),
        (
            "How many kilograms were seized in the second case?",
            "Customs detected two cases on March 3 and yesterday (March 9) and seized a total of 12 kilograms of drugs.",
            True,
        ),
        # the part's own sentences do, the one cut across chunks too
        (
            "How many shops were raided in the Lantern operation?",
            'In the operation codenamed "Lantern", officers raided 14 shops in Mong Kok.',
            False,
        ),
        (
            "How many recognisance form holders were caught in Harbour?",
            "Among them, six were holders of recognisance forms.",
            False,
        ),
        (
            "How much was found in the air parcel in the March 3 case?",
            "In the first case, Customs on March 3 inspected an air parcel from Germany and found 8 kilograms of drugs.",
            False,
        ),
        # a question that names no part is answered from anywhere
        (
            "How many suspected employers were arrested?",
            "A total of 20 suspected illegal workers and five suspected employers were arrested.",
            False,
        ),
    ],
)
def test_a_part_is_answered_from_its_own_paragraphs(question, sentence, expected):
    texts = CASES if "case" in question else OPERATIONS
    assert outside(question, sentence, texts) is expected


RECORDS = [
    "Exchange Fund Bills tender results:\nTender date : February 21, 2023\nIssue number : Q2308\n"
    "Amount applied : HK$129,150 MN\nAverage yield accepted : 2.88 PCT\nTender date : February 21, 2023\n"
    "Issue number : H2337\nAmount applied : HK$69,233 MN\nAverage yield accepted : 3.50 PCT\n"
    "Tenders to be held in the week beginning February 27, 2023:\nTender date : February 28, 2023\n"
    "Issue number : Q2309\nTenor : 91 Days\nAmount on offer : HK$58,889 MN",
]


def test_a_release_of_records_has_a_part_for_each_record_named_by_its_code():
    assert len(parts(chunks(RECORDS))) == 3
    # "Q2309": a code names its record; the yield of another record does not answer
    assert outside("What was the average yield accepted for issue Q2309?", "Average yield accepted : 2.88 PCT", RECORDS)
    assert not outside("What was the average yield accepted for Q2308?", "Average yield accepted : 2.88 PCT", RECORDS)


def test_a_field_answers_only_for_a_field_its_record_has():
    from assistant.parts import another_field, field_labels

    labels = field_labels(chunks(RECORDS))
    offered = "Tender date : February 28, 2023 Issue number : Q2309 Tenor : 91 Days"
    applied = parse_question("How much was applied for in the Q2309 tender?")
    assert another_field(applied, "Amount on offer : HK$58,889 MN", offered, labels)  # "Amount applied" is another
    on_offer = parse_question("How much was on offer in the Q2309 tender?")
    assert not another_field(on_offer, "Amount on offer : HK$58,889 MN", offered, labels)
    assert not another_field(applied, "The tender was held on February 28.", offered, labels)  # no field
    # a field of another release's records: "Who distributed the sauce?" is not answered by its importer
    sauce = "Product name: Delice de Courgettes Brand: JEAN D'AUDIGNAC Place of origin: France"
    distributed = parse_question("Who distributed the JEAN D'AUDIGNAC sauce?")
    elsewhere = frozenset({"distributor", "importer", "product", "name", "brand"})
    assert another_field(distributed, "Importer: Repertoire Culinaire Hong Kong Limited", sauce, frozenset(), elsewhere)
    imported = parse_question("Who imported the JEAN D'AUDIGNAC sauce?")
    assert not another_field(
        imported, "Importer: Repertoire Culinaire Hong Kong Limited", sauce, frozenset(), elsewhere
    )


def test_a_field_whose_label_names_nothing_asked_does_not_answer():
    from assistant.parts import off_label

    record = "Product name: Not available in English Place of origin: Japan Volume: 720 millilitres per bottle"
    lead = frozenset(tokens("CFS urges public not to consume batch of Japanese bottled alcoholic drink"))
    content = parse_question("What is the alcohol content of the recalled Hakutsuru sake?")
    made = "Manufacturer: Hakutsuru Sake Brewing Co Ltd"
    assert off_label(content, made, record, lead)
    maker = parse_question("Who is the manufacturer of the recalled sake?")
    assert not off_label(maker, made, record, lead)  # the label holds what is asked
    assert not off_label(content, "Issued at HKT 14:35", record, lead)  # a time, not a field
    heavy = parse_question("How heavy is the CANTOREL cheese plate?")
    plate = "Product name: Plate of 5 Medals Winner Assorted Cheeses Brand: CANTOREL"
    assert not off_label(heavy, "Net weight: 310 grams", plate, frozenset(), {"heavy": {"weight", "weigh"}})
