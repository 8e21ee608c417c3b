"""A question as people type it, rewritten as the parser reads it (pure functions)."""

from __future__ import annotations

import pytest

from assistant.framing import strip_request
from assistant.phrasing import front_question_word, months_named, rewrite, spell_dates
from assistant.question import parse_question


@pytest.mark.parametrize(
    ("asked", "spelled"),
    [
        ("What happened in Dec 2019?", "What happened in December 2019?"),
        ("Who spoke on 8 Dec. 2019?", "Who spoke on 8 December 2019?"),
        ("What fell on Sept 3?", "What fell on September 3?"),
        ("What was issued on 2015-08-15?", "What was issued on 15 August 2015?"),
        ("What was issued on 3/2/2017?", "What was issued on 3 February 2017?"),  # day/month/year, as in Hong Kong
        ("Who is Jan Smith?", "Who is Jan Smith?"),  # a short month name alone may be a name
        ("What is the 2020-21 school year?", "What is the 2020-21 school year?"),
        ("What was issued on 2015-13-45?", "What was issued on 2015-13-45?"),  # not a date
    ],
)
def test_dates_are_spelled_as_the_releases_write_them(asked, spelled):
    assert spell_dates(asked) == spelled


@pytest.mark.parametrize(
    ("asked", "question"),
    [
        ("Can you tell me who chairs the task force?", "Who chairs the task force?"),
        ("could you please tell me when it opens", "When it opens"),
        ("Hi, can you tell me: where is it?", "Where is it?"),
        ("I'd like to know how many people died.", "How many people died?"),
        ("Do you know which body will be set up?", "Which body will be set up?"),
        ("请问李家超何时前往北京述職?", "李家超何时前往北京述職?"),
        ("我想知道誰署理行政長官?", "誰署理行政長官?"),
        ("Who can tell me the date?", "Who can tell me the date?"),  # a question, no request around one
        ("Can you tell me what the phone number of the infoline is?", "What is the phone number of the infoline?"),
        ("Do you know who the Secretary for Security is?", "Who is the Secretary for Security?"),
        ("I wonder how much the fee was.", "How much was the fee?"),
        ("Can you tell me how many people were arrested?", "How many people were arrested?"),
        ("Do you know what was agreed?", "What was agreed?"),
        ("And who chairs it?", "Who chairs it?"),
        ("So, when is the meeting?", "When is the meeting?"),
        ("Who chairs it? Thanks!", "Who chairs it?"),
        ("Can you tell me who chairs it? Thank you very much.", "Who chairs it?"),
        ("Who chairs it, please?", "Who chairs it"),
        ("李家超何时前往北京述職?谢谢", "李家超何时前往北京述職?"),
        ("How many thanks letters were sent?", "How many thanks letters were sent?"),
        ("Thank you.", "Thank you."),
        ("Hi there. Who chairs it?", "Who chairs it?"),
        ("Give me the phone number of the infoline.", "What is the phone number of the infoline?"),
        ("Summarise the aviation agreement.", "What is the aviation agreement?"),
        ("Give me a short summary of the aviation agreement.", "What is the aviation agreement?"),
        ("Could you explain why the tenders failed?", "Why the tenders failed?"),
        ("Describe the levels of the warning.", "What is the levels of the warning?"),
        ("Tell me the fee.", "What is the fee?"),
        ("Find the release on dengue.", "What is the release on dengue?"),
        ("I have a question. who chairs it?", "Who chairs it?"),
        ("Good morning team, I want to ask: who chairs it?", "Who chairs it?"),
        ("Hello! Can you tell me who chairs it?", "Who chairs it?"),
        ("Hong Kong: who chairs it?", "Hong Kong: who chairs it?"),  # words that matter are kept
        ("Tell me.", "Tell me."),
    ],
)
def test_the_question_inside_a_request_is_read_on_its_own(asked, question):
    assert strip_request(asked) == question
    assert parse_question(asked).asked == asked


@pytest.mark.parametrize(
    ("asked", "fronted"),
    [
        (
            "The youth delegation will visit which Austrian city?",
            "Which Austrian city will the youth delegation visit?",
        ),
        ("The meeting was held when?", "When was the meeting held?"),
        ("The task force is chaired by whom?", "Whom is the task force chaired by?"),
        ("The campaign gave away how many air tickets?", "How many air tickets the campaign gave away?"),
        ("Carrie Lam met which minister?", "Which minister did Carrie Lam met?"),  # "did" stands in
        ("In 2019, what was the index?", "What was the index in 2019?"),
        ("In 2021, the department arrested how many people?", "How many people the department arrested in 2021?"),
        ("Attendance at the briefing: how many?", "Attendance at the briefing: how many?"),
        ("Zhejiang Liaison Unit - who heads it?", "Who heads Zhejiang Liaison Unit?"),
        (
            "When the warning is issued, employers must follow which guidance?",
            "Which guidance must employers follow when the warning is issued?",
        ),
        ("The FSDC: who chairs it?", "Who chairs the FSDC?"),
        ("Do you know which city?", "Do you know which city?"),  # a question already
        ("Which city is it?", "Which city is it?"),
    ],
)
def test_a_question_word_left_in_place_is_read_at_the_front(asked, fronted):
    assert front_question_word(asked) == fronted


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Hi there. Who chairs the task force? Thanks!", "Who chairs the task force?"),
        ("the delegation will visit which city", "Which city will the delegation visit?"),
        ("what's the fee on 2019-12-08", "what is the fee on 8 December 2019?"),
        ("How many P4 pupils took part", "How many Primary 4 pupils took part?"),
        ("For how long will the Govt keep it？", "How long will the Government keep it?"),
    ],
)
def test_a_typed_question_is_rewritten_as_the_parser_reads_it(typed, read):
    assert rewrite(typed) == read


@pytest.mark.parametrize(
    ("asked", "months"),
    [
        ("How many visitors came in April 2023?", (4,)),
        ("What happened on 3 May and in June?", (5, 6)),
        ("Which bus routes were diverted for the July 1 march?", (7,)),  # a march, not March
        ("May I know when the fair opens?", ()),  # a request, not May
        ("what was announced in march 2020?", (3,)),  # typed in lower case: a number makes it a month
        ("what was announced in june?", (6,)),
        ("how far did the may day march go?", ()),
    ],
)
def test_a_month_is_read_where_the_question_names_it_as_one(asked, months):
    assert months_named(asked) == months


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("What was the underemployment rate in mid-2025?", "What was the underemployment rate in 2025?"),
        ("How many were unemployed at the end of 2017?", "How many were unemployed in 2017?"),
        ("What happened in late 2019?", "What happened in 2019?"),
        ("Early 2020 saw what?", "In 2020 saw what?"),
        ("What was the rate at the end of March?", "What was the rate at the end of March?"),  # a month's end stays
    ],
)
def test_a_part_of_a_year_is_the_year(asked, read):
    assert rewrite(asked) == read


def test_the_us_is_the_united_states_but_us_is_us():
    assert rewrite("How long did the operation against goods bound for the US last?") == (
        "How long did the operation against goods bound for the United States last?"
    )
    assert "United States" not in rewrite("Can you tell us who won?")
    assert "US$" in rewrite("How much in US$ was it?")


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("How much rain fell in October 2017?", "How much rainfall in October 2017?"),
        ("How much rain had fallen by July?", "How much rainfall by July?"),
        ("What can't the site be used for?", "What can not the site be used for?"),
        ("Why won't the pool open?", "Why will not the pool open?"),
        ("What was the total rainfall for the whole of 2015?", "What was the total rainfall in 2015?"),
    ],
)
def test_rain_that_fell_negations_and_whole_years_as_the_releases_say_them(asked, read):
    assert rewrite(asked) == read


def test_what_is_wrong_with_asks_what_happened_to():
    assert rewrite("What's wrong with Chan Kwok-leung's leg") == "What happened to Chan Kwok-leung's leg?"
    assert rewrite("What was wrong with the sample?") == "What happened to the sample?"
    assert rewrite("Which information was wrong?") == "Which information was wrong?"
