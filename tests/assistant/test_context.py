"""What a sentence leans on beyond its own words, on a small real index of releases written for these tests: the
release's headline and first sentence for a sentence that speaks of "the duo" or "the company", the whole release
for the one sentence that gives its one person's age, a release dated in the year asked before one that only
names the year, and a road by name for "which street"."""

import json

import pytest

RELEASES = [
    {
        "id": "foremen",
        "date": "2024-05-08",
        "title": "Two former site foremen of drainage contractor charged by ICAC with bribery",
        "text": "The ICAC today (May 8) charged two former site foremen of a drainage works contractor with "
        "accepting bribes of about $30,000 from labourers as a reward for assigning overtime work.\n\n"
        "Chan Tai-man, 41, and Wong Siu-ming, 52, each face three counts of agent accepting an advantage.\n\n"
        "The duo were released on ICAC bail, pending their appearance at the Fanling Magistrates' Courts on "
        "Friday (May 10) for plea.\n\n"
        "It is alleged that between March and June 2023, the defendants accepted the bribes on eleven occasions.",
    },
    {
        "id": "heroin",
        "date": "2023-09-14",
        "title": "Customs seizes suspected heroin at airport",
        "text": "Customs yesterday (September 13) seized about two kilograms of suspected heroin at Hong Kong "
        "International Airport.\n\n"
        "A 58-year-old female passenger arrived in Hong Kong from Lima, Peru, via Madrid yesterday.\n\n"
        "During clearance, officers found the drugs sewn into the lining of her handbag. The woman was then "
        "arrested.\n\nAn investigation is ongoing.",
    },
    {
        "id": "buffet",
        "date": "2022-04-06",
        "title": "CHP investigates suspected food poisoning cluster",
        "text": "The cluster involved four males and three females, aged 20 to 50, who developed vomiting and "
        "diarrhoea about five hours after having a buffet dinner at a hotel in Mong Kok on April 2.\n\n"
        "Three of them sought medical advice. None required hospitalisation.",
    },
    {
        "id": "fire",
        "date": "2024-02-16",
        "title": "Residents evacuated after flat fire in Yau Ma Tei",
        "text": "Fifty residents were evacuated after a fire broke out in a flat early this morning.\n\n"
        "Police said they received a report of the fire at Kwong Fat Mansion on Pak Hoi Road at about 5am.",
    },
    {
        "id": "panel-2017",
        "date": "2017-06-09",
        "title": "Appointments to Harbour Advisory Panel",
        "text": "The Government today (June 9) announced that Dr Ho Ka-wai has been appointed as a new member of "
        "the Harbour Advisory Panel for a term of two years from July 1, 2017, to June 30, 2019.\n\n"
        "The Panel advises the Government on the planning of the harbourfront.",
    },
    {
        "id": "panel-2019",
        "date": "2019-06-06",
        "title": "Appointments to Harbour Advisory Panel",
        "text": "The Government today (June 6) announced that Ms Lam Mei-yee has been appointed as a new member of "
        "the Harbour Advisory Panel for a term of two years from July 1, 2019, to June 30, 2021.\n\n"
        "The Government thanked the outgoing member, Mr Yip Chi-keung, for his service.",
    },
]


@pytest.fixture(scope="module")
def story_assistant(tmp_path_factory):
    from assistant.config import Settings
    from assistant.service import Assistant
    from ingest.index import ingest

    folder = tmp_path_factory.mktemp("stories")
    archive = folder / "stories.jsonl"
    archive.write_text("".join(json.dumps(r) + "\n" for r in RELEASES), encoding="utf-8")
    settings = Settings().with_index(folder / "index")
    report = ingest([str(archive)], settings)
    assert not report.problems, report.summary()
    return Assistant(settings)


def test_the_duo_are_the_people_the_headline_names(story_assistant):
    # "The duo were released ..." never says "site foremen": the headline and the first sentence do.
    answer = story_assistant.ask("Which court will the site foremen appear at?")
    assert answer.answered and "Fanling Magistrates" in answer.answer


def test_the_one_sentence_with_an_age_tells_how_old_the_person_the_release_describes_is(story_assistant):
    # The handbag and the heroin are in other sentences than the age.
    answer = story_assistant.ask("How old was the woman caught with heroin in her handbag lining?")
    assert answer.answered and "58-year-old" in answer.answer


def test_none_counts_nought(story_assistant):
    answer = story_assistant.ask("How many people were hospitalised after the buffet in Mong Kok?")
    assert answer.answered and "None required hospitalisation" in answer.answer


def test_a_release_dated_in_the_year_asked_comes_before_one_that_only_names_it(story_assistant):
    # The 2017 release names 2019 (its term ends then); the 2019 appointment is the other release's.
    answer = story_assistant.ask("When does the 2019 term of the Harbour Advisory Panel end?")
    assert answer.answered and answer.answer.startswith("The Government today (June 6)")


def test_which_street_is_answered_by_a_road_by_name(story_assistant):
    # The release never says "street": the road named answers, as the question's own kind of thing.
    answer = story_assistant.ask("Which street is Kwong Fat Mansion on?")
    assert answer.answered and "Pak Hoi Road" in answer.answer
