"""Answers from the real index of the shipped corpus: grounded, cited, honest."""

from __future__ import annotations

import json
import re

import pytest

from assistant import scoring
from assistant.question import parse_question
from assistant.retrieve import Filters
from conftest import AVIATION_Q, REPO

pytestmark = pytest.mark.integration


def _pieces(answer) -> list[tuple[str, str]]:
    """The answer's quoted pieces, each with its citation number."""
    return re.findall(r"(.+?)\s*\[(\d+)\]", answer.answer, flags=re.S)


def assert_grounded(answer):
    numbers = {c.n for c in answer.citations}
    pieces = _pieces(answer)
    assert pieces, answer.answer
    for text, n in pieces:
        assert int(n) in numbers
        quote = next(c.quote for c in answer.citations if c.n == int(n))
        assert text.strip() in quote


def test_aviation_answer_holds_both_points_and_cites_the_release(seed_assistant):
    answer = seed_assistant.ask(AVIATION_Q)
    assert answer.answered
    assert "Hangzhou, Ningbo and Wenzhou" in answer.answer
    assert "airport management experience" in answer.answer
    assert_grounded(answer)
    assert {c.date for c in answer.citations} == {"2025-04-24"}
    assert all("Zhejiang" in (c.title or "") for c in answer.citations)
    assert len(answer.answer) < 500, "not padded with other sections"
    assert "Finance" not in {c.section for c in answer.citations}


def test_question_the_releases_do_not_answer_is_refused(seed_assistant):
    answer = seed_assistant.ask("How much are MTR fares going up next year?")
    assert not answer.answered
    assert "do not say" in answer.answer
    assert answer.citations == ()


def test_right_release_without_the_thing_asked_about_is_refused_and_named(seed_assistant):
    # A near-miss: the co-operation release is the closest, but it says nothing on space exploration.
    answer = seed_assistant.ask("What did Hong Kong and Zhejiang agree on space exploration?")
    assert not answer.answered and answer.citations == ()
    assert "do not say" in answer.answer and "Hong Kong/Zhejiang Co-operation Conference" in answer.answer
    assert seed_assistant.ask("What did Hong Kong and Zhejiang agree on tourism?").answered  # it does say that


@pytest.mark.integration
def test_which_one_is_refused_where_the_release_names_none(shared_assistant):
    # The rainstorm release tells schools what to do, but names no school: it does not say which were closed.
    closed = shared_assistant.ask("Which schools were closed during the red rainstorm in August 2015?")
    assert not closed.answered
    admitted = shared_assistant.ask("Which hospital was the 17-year-old dengue patient admitted to in 2018?")
    assert admitted.answered and "Baptist Hospital" in admitted.answer


def test_a_release_on_the_opposite_kind_of_thing_does_not_answer(shared_assistant):
    # The January 2016 flu release counts outbreaks in schools and names primary schools, never secondary ones.
    assert not shared_assistant.ask("How many ILI outbreaks hit secondary schools in January 2016?").answered
    assert shared_assistant.ask("Where did most flu outbreaks happen in the four weeks to late January 2016?").answered


def test_a_near_miss_refusal_quotes_the_nearest_passage_marked_as_not_an_answer(seed_assistant):
    near = seed_assistant.ask("What did Hong Kong and Zhejiang agree on space exploration?")
    assert not near.answered and near.citations == ()
    quoted = near.answer.split("which is not an answer: ", 1)[1].strip('"')
    assert quoted.rstrip("…") in seed_assistant.retriever.search(quoted.rstrip("…"), k=1)[0].chunk.text
    # A question no release comes near gets no passage at all.
    far = seed_assistant.ask("How much are MTR fares going up next year?")
    assert not far.answered and "not an answer" not in far.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What should outdoor workers do when it is cold?", "warm clothing"),
        ("What temperature should the centre of hotpot food reach?", "75 degrees Celsius"),
        ("Who signed the co-operation memorandum for Hong Kong?", "Chan Kwok-ki"),
    ],
)
def test_factual_answers_quote_the_answering_sentence(seed_assistant, question, expected):
    answer = seed_assistant.ask(question)
    assert answer.answered and expected in answer.answer
    assert expected in answer.answer.split(" [")[0], "the answering sentence comes first, then its context"
    assert len(answer.answer) <= 700
    assert_grounded(answer)


def test_empty_question_gets_a_clear_error(seed_assistant):
    from assistant.errors import InputError

    with pytest.raises(InputError, match="empty"):
        seed_assistant.ask("   ")


def test_question_about_one_section_is_answered_from_that_section(seed_assistant):
    answer = seed_assistant.ask("What did they agree on finance?")
    assert answer.answered
    assert {c.section for c in answer.citations} == {"Finance"}
    assert "Hong Kong Exchanges and Clearing Limited" in answer.answer
    assert_grounded(answer)


def test_release_without_a_headline_is_named_by_its_opening_words(shared_assistant):
    # news.gov.hk excerpts that open with a photo caption carry no headline (title null in the shared file).
    untitled = [rid for rid, chunks in shared_assistant.retriever.by_release.items() if not chunks[0].title]
    assert untitled, "the shared releases include excerpts without a headline"
    for rid in untitled:
        label = shared_assistant.retriever.label(rid)
        assert label != rid and len(label) <= 91
        opening = shared_assistant.retriever.release_chunks(rid)[0].text.strip()
        assert opening.startswith(label.rstrip("…"))


def test_lead_words_cut_at_a_word_and_mark_the_cut():
    from assistant.retrieve import lead_words

    assert lead_words("Short line.\nSecond") == "Short line."
    long = "word " * 40
    cut = lead_words(long)
    assert cut.endswith("…") and len(cut) <= 91 and "wor…" not in cut


def test_a_word_the_release_says_another_way_is_found_on_a_second_look(seed_assistant):
    # "dressed" is nowhere in the release; "wear" and "clothed" are (the model puts them close).
    answer = seed_assistant.ask("How should babies be dressed in cold weather?")
    assert answer.answered
    assert "lightly clothed" in answer.answer


def test_topic_question_takes_the_section_one_heading_word_names(seed_assistant):
    # The heading is "Legal and dispute resolution": one shared word names it for a topic question.
    answer = seed_assistant.ask("What did Hong Kong and Zhejiang agree on legal services?")
    assert "law firms of the two places" in answer.answer
    assert "arbitral institutions" in answer.answer


def test_a_release_footer_answers_only_when_the_release_was_issued(shared_assistant):
    issued = shared_assistant.ask("At what time was the 2015 release about C Y Leung meeting Ma Xingrui issued?")
    assert issued.answered and "15:06" in issued.answer
    # "Issued at HKT 19:49" says when the release came out, not when the meeting it mentions was held.
    held = shared_assistant.ask("On what date was the 2010 Hong Kong/Shenzhen Co-operation Meeting held?")
    assert "Issued at HKT" not in held.answer and "Ends/" not in held.answer


def test_the_time_a_warning_was_issued_is_not_when_it_was_cancelled(shared_assistant):
    issued = shared_assistant.ask("At what time was the red rainstorm announcement for schools issued on 4 May 2024?")
    assert issued.answered and "8:56" in issued.answer
    # The release was issued when the signal was hoisted and never tells of its cancelling.
    assert not shared_assistant.ask("When was the Red Rainstorm Warning cancelled on 4 May 2024?").answered


def test_the_footer_of_the_release_of_the_asked_date_wins_over_another_releases(shared_assistant):
    # Template warnings: the footer's own passage is found below other warnings' passages, but it speaks for
    # its release, the one of the date asked.
    for asked in (
        "At what time did the Observatory put out its Very Hot Weather Warning of July 7, 2020?",
        "At what time did the Observatory send out the Very Hot Weather Warning on 7 July 2020?",
    ):
        answer = shared_assistant.ask(asked)
        assert answer.answered and "7:03" in answer.answer, asked
        assert "16:20" not in answer.answer and "14:33" not in answer.answer


def test_a_question_word_the_release_says_as_a_wordnet_synonym_or_kind(shared_assistant):
    from assistant.answer import Answerer
    from assistant.paraphrase import Paraphrases
    from assistant.thesaurus import WordNet

    bare = Answerer(
        shared_assistant.retriever, shared_assistant.embeddings, thesaurus=WordNet(None), lexicon=Paraphrases([])
    )
    # "body": the release names the Hong Kong Science Park, which WordNet holds as a kind of body.
    body = "Which Hong Kong body is going to work with its Fujian counterpart on innovation and technology?"
    # "growth": the release says trade continued to "grow" (a synonym of growth's first senses).
    growth = "What was the UK-Hong Kong merchandise trade growth in 2018 over 2017?"
    for question, expected in ((body, "Hong Kong Science Park"), (growth, "14.6%")):
        answer = shared_assistant.ask(question)
        assert answer.answered and expected in answer.answer
        assert_grounded(answer)
        assert not bare.ask(question).answered, "WordNet is what answers it"
    # A head noun the release holds no kind of is still refused: no Austrian city is named.
    assert not shared_assistant.ask("Which Austrian city will the Hong Kong youth delegation visit?").answered


def test_a_question_in_other_words_than_the_release_is_answered_through_the_list(shared_assistant):
    from assistant.answer import Answerer
    from assistant.paraphrase import Paraphrases

    bare = Answerer(shared_assistant.retriever, shared_assistant.embeddings, lexicon=Paraphrases([]))
    # The release: "The primary objective for my visit to London this time is to foster closer collaboration".
    question = "What was the goal of Christopher Hui's trip to London in 2023?"
    answer = shared_assistant.ask(question)
    assert answer.answered and "closer collaboration with the UK" in answer.answer
    assert_grounded(answer)
    assert not bare.ask(question).answered, "the list is what answers it"
    # A word said another way counts for less than the word itself: "the Hong Kong delegation" for "team"
    # does not make the release name a coach.
    assert not shared_assistant.ask("Who is the coach of Hong Kong's karatedo team?").answered


def test_a_question_said_wholly_in_other_words_gets_a_second_look_further_below_the_bar(shared_assistant, monkeypatch):
    from assistant import answer as answer_module

    # The bulletin: "MEMBERS OF THE PUBLIC ARE ADVISED TO STAY AWAY FROM THE SHORELINE": every word the
    # question lacks ("residents", "told", "coast") has another, so it is answered though it scores low.
    question = "What were residents told about the coast during Wipha?"
    answer = shared_assistant.ask(question)
    assert answer.answered and "STAY AWAY FROM THE SHORELINE" in answer.answer
    assert_grounded(answer)
    # A question as far below the bar that lacks a word with no other word for it is still refused.
    assert not shared_assistant.ask(
        "When does the public consultation on the Hong Kong-Australia free trade talks close?"
    ).answered
    monkeypatch.setattr(answer_module, "PARAPHRASE_MARGIN", answer_module.SECOND_LOOK_MARGIN)
    # The list's words, read again before refusing, answer it too (every word it lacks has another in the list).
    assert shared_assistant.ask(question).answered
    monkeypatch.setattr(answer_module.Answerer, "_said_in_listed_words", lambda *_: None)
    assert not shared_assistant.ask(question).answered, "the wider second look is what answers it"


@pytest.mark.parametrize(
    ("american", "british", "expected"),
    [
        (
            "Which organization held the Hong Kong Dinner in London in 2019?",
            "Which organisation held the Hong Kong Dinner in London in 2019?",
            "Hong Kong Trade Development Council",
        ),
        (
            "Which industries does Hong Kong hope to attract for re-industrialization?",
            "Which industries does Hong Kong hope to attract for re-industrialisation?",
            None,
        ),
    ],
)
def test_a_question_in_american_spelling_gets_the_british_spelled_answer(shared_assistant, american, british, expected):
    us, uk = shared_assistant.ask(american), shared_assistant.ask(british)
    assert us.answered and us.answer == uk.answer
    assert expected is None or expected in us.answer


@pytest.mark.parametrize(
    ("question", "other_script", "expected"),
    [
        ("李家超何時前往北京述職?", "李家超何时前往北京述职?", None),  # a traditional release, asked in simplified
        (
            "罗淑佩离港期间由谁署理文化体育及旅游局局长?",
            "羅淑佩離港期間由誰署理文化體育及旅遊局局長?",
            "刘震",
        ),  # the reverse
    ],
)
def test_a_chinese_question_in_the_other_script_gets_the_same_answer(
    shared_assistant, question, other_script, expected
):
    same, other = shared_assistant.ask(question), shared_assistant.ask(other_script)
    assert same.answered and other.answered and other.answer == same.answer
    assert expected is None or expected in other.answer


def test_a_short_or_numeric_date_finds_what_the_spelled_out_date_finds(shared_assistant):
    spelled = shared_assistant.ask(
        "Which development areas did Henry Tang discuss with Shenzhen officials in August 2010?"
    )
    for asked in (
        "Which development areas did Henry Tang discuss with Shenzhen officials in Aug 2010?",
        "Which development areas did Henry Tang discuss with Shenzhen officials in Aug. 2010?",
    ):
        answer = shared_assistant.ask(asked)
        assert answer.question == asked  # echoed as asked
        assert answer.answered == spelled.answered and answer.answer == spelled.answer


@pytest.mark.parametrize(
    "question",
    [
        "How many women were among those arrested in Thunderbolt 12?",
        "When were the trading company duo due to appear in court?",
        "What was the UK-Hong Kong merchandise trade growth in 2018 over 2017?",
    ],
)
def test_a_question_without_its_question_mark_gets_the_same_answer(shared_assistant, question):
    with_mark, without = shared_assistant.ask(question), shared_assistant.ask(question.rstrip("?"))
    assert without.answer == with_mark.answer and without.answered == with_mark.answered
    assert without.question == question.rstrip("?")


@pytest.mark.parametrize(
    "question",
    [
        "How much money did Zhejiang commit to the Vocational Education Alliance?",  # near-misses
        "What was the lowest temperature when the CHP issued its cold weather reminder?",
        "What did Hong Kong and Zhejiang agree on aviation?",
    ],
)
@pytest.mark.parametrize(
    "request_",
    [
        "Do you know {}",
        "please tell me {}",
        "I'd like to know {}",
        "And {}",
        "{} Thanks!",
        "Hi there. Quick question: {}",
    ],
)
def test_a_question_asked_as_a_request_gets_the_same_answer(seed_assistant, question, request_):
    asked = request_.format(question[0].lower() + question[1:])
    plain, framed = seed_assistant.ask(question), seed_assistant.ask(asked)
    assert framed.answered == plain.answered and framed.answer == plain.answer
    assert framed.question == asked


def test_a_question_embedded_in_a_request_gets_the_same_answer(seed_assistant):
    plain = seed_assistant.ask("What was the lowest temperature when the CHP issued its cold weather reminder?")
    embedded = seed_assistant.ask(
        "Can you tell me what the lowest temperature was when the CHP issued its cold weather reminder?"
    )
    assert not plain.answered and not embedded.answered and embedded.answer == plain.answer
    plain = seed_assistant.ask("What is the phone number of the DH Health Education Infoline?")
    embedded = seed_assistant.ask("Do you know what the phone number of the DH Health Education Infoline is?")
    assert plain.answered and embedded.answer == plain.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the fine for employers who ignore the Heat Stress at Work Warning?",  # a near-miss
        "What is the phone number of the DH Health Education Infoline?",
    ],
)
def test_a_contracted_question_gets_the_same_answer(shared_assistant, question):
    contracted = question.replace("What is", "What's")
    plain, short = shared_assistant.ask(question), shared_assistant.ask(contracted)
    assert short.answered == plain.answered and short.answer == plain.answer
    ordered = shared_assistant.ask(question.replace("What is", "Give me").replace("?", "."))
    assert ordered.answered == plain.answered and ordered.answer == plain.answer


@pytest.mark.parametrize(
    ("slip", "word"),
    [("numebr", "number"), ("recmomend", "recommend"), ("derssed", "dressed"), ("disaptch", "dispatch")],
)
def test_a_misspelt_common_word_is_read_as_the_english_word_one_slip_away(shared_assistant, slip, word):
    question = {
        "number": "What is the phone number of the DH Health Education Infoline?",
        "recommend": "What strength of alcohol-based handrub does the CHP recommend?",
        "dressed": "How should babies be dressed in cold weather?",
        "dispatch": "When did the Observatory dispatch the Saola No. 8 bulletin?",
    }[word]
    right, slipped = shared_assistant.ask(question), shared_assistant.ask(question.replace(word, slip))
    assert right.answered and slipped.answered and slipped.answer == right.answer


def test_a_misspelt_name_is_read_as_the_passages_spell_it(seed_assistant):
    right = seed_assistant.ask("What did Hong Kong and Zhejiang agree on aviation?")
    assert right.answered
    for slip in ("Zheijang", "Zhejang", "Zhejianng", "Zhejixng"):  # swapped, missing, extra, wrong letter
        asked = f"What did Hong Kong and {slip} agree on aviation?"
        answer = seed_assistant.ask(asked)
        assert answer.question == asked and answer.answered and answer.answer == right.answer
    # An English word the releases do not hold is a missing detail, not a slip: it is never respelled.
    assert not seed_assistant.ask("How much are the wages of the Zhejiang liaison unit staff?").answered


def test_a_question_typed_in_lower_case_reads_its_abbreviations(shared_assistant):
    # The release spells out "Chief Executive Officer"; "CEO" matches it, and so does "ceo" typed in lower case.
    upper = shared_assistant.ask("Who is the CEO of the Senior Citizen Home Safety Association?")
    lower = shared_assistant.ask("who is the ceo of the senior citizen home safety association?")
    assert upper.answered and "Maura Wong" in upper.answer
    assert lower.answered and lower.answer == upper.answer


def test_a_word_part_of_a_held_hyphenated_word_is_not_taken_for_a_slip(shared_assistant):
    # "covid" alone is no English word and not in the archive, but "covid-19" is: typed in lower case, it was
    # once "respelled" as "avid-19" and the question refused.
    upper = shared_assistant.ask("To what date was the 2020 summer holiday brought forward because of COVID-19?")
    lower = shared_assistant.ask("to what date was the 2020 summer holiday brought forward because of covid-19")
    assert upper.answered and "July 13" in upper.answer
    assert lower.answered and lower.answer == upper.answer


def test_an_ordinal_in_words_finds_what_the_ordinal_in_digits_finds(shared_assistant):
    digits = shared_assistant.ask("Where were the 13th National Games held?")
    words = shared_assistant.ask("Where were the thirteenth National Games held?")
    assert digits.answered and "Tianjin" in digits.answer
    # The same answering sentence; the runners-up after it may differ, as the two wordings embed differently.
    assert words.answered and words.answer.split(" [1]")[0] == digits.answer.split(" [1]")[0]


@pytest.mark.parametrize(
    ("short", "spelled"),
    [
        (  # the release writes "MTR" only: the spelled-out name is held by its initials
            "When would MTR trains stop running on 18 November 2019?",
            "When would Mass Transit Railway trains stop running on 18 November 2019?",
        ),
        (  # the answering sentence writes "LegCo": an alias holds what it stands for
            "How many LegCo members visited the Hong Kong Palace Museum in August 2022?",
            "How many Legislative Council members visited the Hong Kong Palace Museum in August 2022?",
        ),
    ],
)
def test_a_name_spelled_out_finds_what_its_abbreviation_finds(shared_assistant, short, spelled):
    by_short, by_name = shared_assistant.ask(short), shared_assistant.ask(spelled)
    assert by_short.answered and by_name.answered and by_name.answer == by_short.answer


def test_initials_spaced_or_not_find_the_same_person(shared_assistant):
    spaced = shared_assistant.ask("Who did K C Chan thank for inviting him to the Hong Kong Society gala dinner?")
    joined = shared_assistant.ask("Who did KC Chan thank for inviting him to the Hong Kong Society gala dinner?")
    assert spaced.answered and joined.answered and joined.answer == spaced.answer


@pytest.mark.parametrize(
    ("hyphen", "joined"),
    [
        (
            "How many co-operation agreements were signed after the 2018 Hong Kong-Shanghai plenary?",
            "How many cooperation agreements were signed after the 2018 Hong Kong-Shanghai plenary?",
        ),
        (
            "Which industries does Hong Kong hope to attract for re-industrialisation?",
            "Which industries does Hong Kong hope to attract for reindustrialisation?",
        ),
    ],
)
def test_a_prefix_written_without_its_hyphen_finds_the_hyphenated_word(shared_assistant, hyphen, joined):
    written, typed = shared_assistant.ask(hyphen), shared_assistant.ask(joined)
    # The same answering sentence first (the runners-up may differ: the model reads the two spellings apart).
    assert written.answered and typed.answered
    assert typed.answer.split(" [1]")[0] == written.answer.split(" [1]")[0]


def test_two_things_asked_at_once_are_answered_from_the_sentences_giving_either(shared_assistant):
    # "When and where": a sentence giving only the place is part of the answer, not a reason to refuse.
    answer = shared_assistant.ask("When and where were the 13th National Games held?")
    assert answer.answered and "Tianjin" in answer.answer
    assert parse_question("Where and when was it held?").kind == "other"
    assert parse_question("When was it held?").kind == "date"


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Which bodies organise the International Youth Exchange Programme?", "Intl"),
        ("What number can people call about the Lunar New Year's Eve traffic arrangements in 2011?", "no."),
    ],
)
def test_an_informal_short_form_is_read_in_full(shared_assistant, full, short):
    long_form = {"Intl": "International", "no.": "number"}[short]
    written = shared_assistant.ask(full)
    assert written.answered and shared_assistant.ask(full.replace(long_form, short)).answer == written.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which flu virus was detected most in spring 2017?", "Most detections were influenza A(H3)"),
        ("Who asked LCQ2 on organisations promoting innovation and technology in April 2025?", "Chan Siu-hung"),
    ],
)
def test_a_sentence_short_of_the_bar_gives_way_to_a_runner_up_that_clears_it(shared_assistant, question, expected):
    # The sentence sharing most of the question's words ranks first, but falls short of the bar; a runner-up
    # that clears it answers rather than a refusal.
    answer = shared_assistant.ask(question)
    assert answer.answered and expected in answer.answer
    assert_grounded(answer)


def test_an_ordinal_the_release_lacks_names_another_event(shared_assistant):
    # The release is about the 4th plenary session: the 5th one is another meeting.
    asked = "Who convened the {} Plenary Session of the Hong Kong/Shanghai Co-operation Conference?"
    assert shared_assistant.ask(asked.format("4th")).answered
    assert not shared_assistant.ask(asked.format("5th")).answered


def test_a_question_for_a_city_is_answered_by_a_sentence_naming_the_place(shared_assistant):
    # WordNet knows no Shenzhen as a city: the sentence names a place the question does not.
    answer = shared_assistant.ask("In which city did Matthew Cheung and Chen Rugui hold their co-operation meeting?")
    assert answer.answered and "in Shenzhen" in answer.answer
    assert_grounded(answer)


def test_the_occasion_that_finds_the_release_does_not_outweigh_the_detail_asked(shared_assistant):
    # The release's lead sentence says the occasion ("entered the winter influenza season"); the detail is
    # said further on, in other words ("predominantly influenza B").
    answer = shared_assistant.ask(
        "Which influenza type dominated when Hong Kong entered the 2017-18 winter flu season?"
    )
    assert answer.answered and "predominantly influenza B" in answer.answer
    assert_grounded(answer)


def test_a_patient_of_another_age_is_another_patient(shared_assistant):
    # The releases tell of an 84-year-old dengue patient (never discharged) and of a 59-year-old one who was.
    answer = shared_assistant.ask("Which hospital discharged the 59-year-old dengue patient?")
    assert answer.answered and "Queen Mary Hospital" in answer.answer
    assert not shared_assistant.ask("Which hospital discharged the 84-year-old dengue patient?").answered


def test_a_month_the_release_never_names_is_another_occasion(shared_assistant):
    # The Legislative Council reply of 24 May 2023 counts visitors to come, never April's arrivals.
    assert not shared_assistant.ask("How many visitors came to Hong Kong in April 2023?").answered
    # A month the release names, or is dated in, still answers.
    answer = shared_assistant.ask("How many people did the National Security Department arrest in August 2020?")
    assert answer.answered and "2020-08" in answer.citations[0].date
    assert_grounded(answer)


def test_a_noun_spelled_as_a_month_is_no_month(shared_assistant):
    # "the July 1 march" is the procession of the 2003 release, which never names March.
    answer = shared_assistant.ask("Which bus companies had routes diverted for the July 1 march in 2003?")
    assert answer.answered and "NWFB, CTB and XHT" in answer.answer
    assert_grounded(answer)


def test_a_year_the_question_names_prefers_the_release_of_that_year(shared_assistant):
    # Releases of 2016 and 2019 both tell of a local dengue case and the mosquito control around it; the
    # 2016 one holds more of the question's other words, but the question asks about 2019.
    answer = shared_assistant.ask(
        "What did the FEHD do about mosquitoes near the first local dengue patient's home in 2019?"
    )
    assert answer.answered and "fogging" in answer.answer and answer.citations[0].date.startswith("2019")
    assert_grounded(answer)


def test_the_second_look_reads_the_release_of_the_year_asked_about(shared_assistant):
    # The contenders come year first before the second look is taken, so it looks for missing words in the
    # 2019 release, not in the 2016 one that holds more of the question's words.
    answerer = shared_assistant.answerer
    question = "What did the FEHD do about mosquitoes near the first local dengue patient's home in 2019?"
    parsed, vector, hits = answerer._search(parse_question(question), Filters())
    _, contenders, _ = answerer._contenders(parsed, hits, vector)
    assert contenders and contenders[0].chunk.date.startswith("2019")


def test_a_release_of_another_year_without_the_place_asked_about_is_another_occasion(shared_assistant):
    # The 2025 Zhejiang release counts the agreements signed there; it never names Shenzhen or 2019.
    asked = shared_assistant.ask("How many co-operation agreements were signed at the 2019 Hong Kong-Shenzhen meeting?")
    assert not asked.answered
    # The same question about the Zhejiang meeting is answered.
    answer = shared_assistant.ask(
        "How many co-operation agreements were signed at the 2025 Hong Kong-Zhejiang meeting?"
    )
    assert answer.answered and "four co-operation agreements" in answer.answer
    assert_grounded(answer)


def test_a_meeting_asked_about_is_one_the_answer_tells_of(shared_assistant):
    # The 2005 release tells of Grace Lui's visit to Fujian, never of whom she met there.
    assert not shared_assistant.ask("Which Fujian officials did Grace Lui meet in 2005?").answered
    # The 2018 release says whom the delegation would meet.
    answer = shared_assistant.ask("Which Fujian officials would Matthew Cheung's delegation meet in November 2018?")
    assert answer.answered and "Xiamen Municipal Government officials" in answer.answer
    assert_grounded(answer)


def test_the_wider_runner_up_pool_never_changes_a_refusal(shared_assistant, monkeypatch):
    # The sentences past the contenders may only join an answer: every question is answered or refused as with
    # contenders alone, and an answer keeps its best sentence.
    golden = [json.loads(line) for line in (REPO / "tests" / "golden" / "golden.jsonl").read_text().splitlines()]
    questions = [g["question"] for g in golden if g["split"] == "dev"][::5]
    wide = [shared_assistant.ask(q) for q in questions]
    monkeypatch.setattr(scoring, "RUNNER_POOL", scoring.DENSE_POOL)
    narrow = [shared_assistant.ask(q) for q in questions]
    assert any(w.answered for w in wide) and any(not w.answered for w in wide)
    for q, w, n in zip(questions, wide, narrow, strict=True):
        assert w.answered == n.answered, q
        if not w.answered:
            assert w.answer == n.answer, q
        else:
            assert_grounded(w)
            # the best sentence, at least, is in both
            assert {t.strip() for t, _ in _pieces(n)} & {t.strip() for t, _ in _pieces(w)}, q


RECALL_PAGE = """CFS urges public not to consume a kind of prepackaged oat biscuit
*****************************************************************

     The Centre for Food Safety (CFS) of the Food and Environmental Hygiene Department today (March 3) urged the \
public not to consume a kind of prepackaged oat biscuit as the product might contain pieces of plastic.

     Product details are as follows:

Product name: Honey Oat Crunch
Brand: Brightfield
Place of origin: Denmark
Net weight: 250 grams
Best-before date: June 30, 2027
Importer: Northwind Trading Company Limited

     A spokesman for the CFS said that the importer had stopped selling the product and initiated a recall.

Ends/Tuesday, March 3, 2026
Issued at HKT 18:00
"""


def _assistant_over(tmp_path_factory, name: str, page: str, suffix: str = ".txt"):
    """An assistant over an index of one file alone (its own folder, ingested as a user would)."""
    from assistant.config import Settings
    from assistant.service import Assistant
    from ingest.index import ingest

    folder = tmp_path_factory.mktemp(name)
    (folder / f"{name}{suffix}").write_text(page, encoding="utf-8")
    settings = Settings().with_index(folder / "index")
    assert not ingest([str(folder / f"{name}{suffix}")], settings).problems
    return Assistant(settings)


def _assistant_over_releases(tmp_path_factory, name: str, releases: list[tuple[str, str, str, str]]):
    """An assistant over an index of these releases (id, date, title, text) alone, as one JSON Lines file."""
    lines = [
        json.dumps({"id": rid, "date": date, "title": title, "text": text, "url": f"https://example.org/{rid}"})
        for rid, date, title, text in releases
    ]
    return _assistant_over(tmp_path_factory, name, "\n".join(lines) + "\n", ".jsonl")


@pytest.fixture(scope="module")
def recall_assistant(tmp_path_factory):
    return _assistant_over(tmp_path_factory, "recall", RECALL_PAGE)


@pytest.mark.integration
@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("Who imported the Brightfield oat biscuits?", "Northwind Trading Company Limited"),
        ("When is the best-before date of the Honey Oat Crunch biscuits?", "June 30, 2027"),
    ],
)
def test_a_field_of_a_product_record_answers_what_its_label_names(recall_assistant, asked, expected):
    answer = recall_assistant.ask(asked)
    assert answer.answered and expected in answer.answer


ACCIDENT_PAGE = """Labour Department investigates fatal work accident in Tai Po
*************************************************************

     The Labour Department (LD) is investigating a fatal work accident that happened in Tai Po this morning \
(May 6), in which a worker died while cleaning the windows of a commercial building from a gondola.

     The LD immediately deployed staff to the scene upon receiving a report of the accident, and is now \
conducting an investigation to look into its cause.

Ends/Wednesday, May 6, 2026
Issued at HKT 15:20
"""


@pytest.fixture(scope="module")
def accident_assistant(tmp_path_factory):
    return _assistant_over(tmp_path_factory, "accident", ACCIDENT_PAGE)


@pytest.mark.integration
def test_an_accident_release_says_what_happened_but_not_its_cause_or_contractor(accident_assistant):
    doing = accident_assistant.ask("What was the worker doing when the accident in Tai Po happened?")
    assert doing.answered and "from a gondola" in doing.answer  # "doing" asks for a deed, any deed
    cause = accident_assistant.ask("What caused the accident in Tai Po?")
    assert not cause.answered  # the cause is being looked into
    # the Labour Department is no company ("Ld." is a kind of company to WordNet, and "(LD)" its short form)
    assert not accident_assistant.ask("Which company was the contractor for the window cleaning in Tai Po?").answered


# Three releases of one template, written for this test: the newest must answer "latest", though an older one's
# wording sits nearer the question's meaning.
RATE_RELEASES = [
    (
        "rate-2019",
        "2019-09-19",
        "Base rate lowered",
        "The Monetary Authority has lowered the base rate to 2.25% today.",
    ),
    ("rate-2020", "2020-03-16", "Base rate lowered", "The base rate is therefore set at 0.86%."),
    (
        "rate-2024",
        "2024-11-08",
        "Base rate decreased",
        "The Monetary Authority announced today that it has decreased the base rate to 5% with immediate effect.",
    ),
]


@pytest.fixture(scope="module")
def rate_assistant(tmp_path_factory):
    return _assistant_over_releases(tmp_path_factory, "rates", RATE_RELEASES)


@pytest.mark.integration
def test_latest_is_the_newest_of_releases_that_say_it_in_the_same_words(rate_assistant):
    answer = rate_assistant.ask("What is the latest base rate?")
    assert answer.answered and "5%" in answer.answer.split("[1]")[0]
    assert answer.citations[0].date == "2024-11-08"


CASE_RELEASES = [
    (
        "case-hefei",
        "2024-07-25",
        "Human case of avian influenza A(H5N6) on the Mainland",
        "The case involves a 70-year-old female living in Hefei in Anhui Province. She developed symptoms on June 17 "
        "and was admitted to a hospital for treatment on June 19. She passed away on July 8.",
    ),
    (
        "case-yongzhou",
        "2021-10-27",
        "Human case of avian influenza A(H5N6) in the Mainland",
        "The case involves a 66-year-old man living in Yongzhou in Hunan Province. He developed symptoms on "
        "September 25, and was admitted for treatment on September 27. The patient is in critical condition.",
    ),
]


@pytest.fixture(scope="module")
def case_assistant(tmp_path_factory):
    return _assistant_over_releases(tmp_path_factory, "cases", CASE_RELEASES)


@pytest.mark.integration
def test_a_release_that_says_every_word_asked_another_way_answers(case_assistant):
    # "woman" / "female", "die" / "passed away", "hospitalised" / "admitted": the hand-written list's words, read
    # before refusing, however low the first reading scored
    died = case_assistant.ask("When did the woman from Hefei die?")
    assert died.answered and "July 8" in died.answer.split("[1]")[0]
    admitted = case_assistant.ask("When was the Yongzhou patient hospitalised?")
    assert admitted.answered and "September 27" in admitted.answer.split("[1]")[0]
    assert not case_assistant.ask("When did the Yongzhou patient die?").answered


# Releases written for this test: a missing person named once, then "he"; a list of cities after "namely"; a list
# that ends on "etc."; two earthquakes told apart only by their magnitudes; a meeting held, none announced; and a
# Chinese appeal that says where a man was last seen, not where he was found.
SEEN_RELEASES = [
    (
        "missing-tw",
        "2026-03-03",
        "Appeal for information on missing man in Tsuen Wan",
        "Police today (March 3) appealed to the public for information on a man who went missing in Tsuen Wan. "
        "Chan Kwok-leung, aged 81, went missing after he left his residence on Sha Tsui Road yesterday. His family "
        "made a report to Police on the same day.\n\nHe is about 1.6 metres tall and of thin build. He was last seen "
        "wearing a grey jacket and black trousers, and his left leg was in a brace.",
    ),
    (
        "visit-fj",
        "2026-04-10",
        "Delegation visits Fujian",
        "The Secretary and a delegation of District Council members started a four-day visit to three cities of "
        "Fujian, namely Xiamen, Quanzhou and Zhangzhou, today (April 10).\n\nUpon arrival in Xiamen this morning, "
        "the delegation joined a seminar on the development of the province.",
    ),
    (
        "arrests-0512",
        "2026-05-12",
        "Arrests for unlawful acts",
        "Police arrested 12 people for offences including criminal damage, assault, etc. Five vehicles had been "
        "towed away. Officers will continue to take enforcement action.",
    ),
    (
        "quake-a",
        "2026-06-01",
        "Earthquake felt in Hong Kong",
        "A magnitude 5.6 earthquake struck off the coast this morning, with an epicentre located 12km deep. The "
        "Observatory received over 300 reports of minor shaking.",
    ),
    (
        "quake-b",
        "2026-06-20",
        "Minor earthquake near Hong Kong",
        "An earthquake of magnitude 4.1 occurred near Lamma Island at 2.10pm. The epicentre is located about 20 "
        "kilometres south of the Observatory.",
    ),
    (
        "forum-0330",
        "2026-03-30",
        "Harbour Forum convenes ninth meeting",
        "The Harbour Forum, chaired by the Secretary, held its ninth meeting today (March 30). Members were "
        "briefed on the progress of the harbourfront projects.",
    ),
    (
        "spinach-0210",
        "2026-02-10",
        "A spinach sample detected with pesticide residue exceeding legal limit",
        "Food name: Spinach\nPesticide: Acetamiprid\nDetected level: 1.5 parts per million\nMaximum permitted "
        "level: 1 part per million\nSampling location: A market stall in Sham Shui Po\n\nThe Centre for Food Safety "
        "has instructed the vendor concerned to stop selling the affected product.",
    ),
    (
        "missing-zh",
        "2026-01-13",
        "68歲男子大帽山行山失蹤",
        "68歲男子陳大明昨日(12日)下午曾經在大帽山郊野公園出現,之後不知所終,其家人同日向警方報案。"
        "今日早上8時許,搜救人員在川龍村集合,繼續登山搜索。",
    ),
]


@pytest.fixture(scope="module")
def seen_assistant(tmp_path_factory):
    return _assistant_over_releases(tmp_path_factory, "seen", SEEN_RELEASES)


@pytest.mark.integration
def test_he_and_it_and_namely_and_etc_are_read_as_a_reader_reads_them(seen_assistant):
    # "He was last seen wearing ..." two sentences after the name
    leg = seen_assistant.ask("What was wrong with Chan Kwok-leung's left leg?")
    assert leg.answered and "brace" in leg.answer
    cities = seen_assistant.ask("Which cities did the District Council delegation visit in Fujian?")
    assert cities.answered and "namely Xiamen, Quanzhou and Zhangzhou" in cities.answer.split("[1]")[0]
    towed = seen_assistant.ask("How many vehicles were towed away on May 12?")
    assert towed.answered and "Five vehicles" in towed.answer.split("[1]")[0]


@pytest.mark.integration
def test_a_figure_a_future_or_a_deed_the_release_never_says_is_refused(seen_assistant):
    # no release tells of a magnitude 3.7 quake; the one that gives a depth is of a magnitude 5.6 one
    assert not seen_assistant.ask("How deep was the epicentre of the magnitude 3.7 quake?").answered
    deep = seen_assistant.ask("How deep was the epicentre of the magnitude 5.6 quake?")
    assert deep.answered and "12km deep" in deep.answer
    assert not seen_assistant.ask("When will the Harbour Forum meet next?").answered
    assert not seen_assistant.ask("陳大明最後在哪裏被找到?").answered
    last_seen = seen_assistant.ask("陳大明最後在哪裏出現?")
    assert last_seen.answered and "大帽山郊野公園" in last_seen.answer


@pytest.mark.integration
def test_a_records_fields_answer_for_the_thing_its_other_fields_name(seen_assistant):
    amount = seen_assistant.ask("How much acetamiprid was found in the spinach sample?")
    assert amount.answered and "1.5 parts per million" in amount.answer.split("[1]")[0]
    where = seen_assistant.ask("Where was the spinach sample taken?")
    assert where.answered and "Sham Shui Po" in where.answer
