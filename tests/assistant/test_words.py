"""Words as the index and the answerer compare them: tokens, stems, spellings, names (pure functions)."""

from __future__ import annotations

import pytest

from assistant.names import acronyms, defined_acronyms, spelled_out
from assistant.spelling import simplified, spelling
from assistant.words import covered, held_as_is, key_terms, stem, text_words, tokens, with_aliases


@pytest.mark.parametrize(
    ("a", "b"),
    [("seized", "seize"), ("arrested", "arrest"), ("stopped", "stop"), ("cities", "city"), ("themed", "theme")],
)
def test_stemming_joins_word_forms(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("organization", "organisation"),
        ("organized", "organised"),
        ("re-industrialization", "re-industrialisation"),
        ("analyzed", "analysed"),
        ("program", "programme"),
        ("centers", "centres"),
        ("centered", "centred"),
        ("kilometers", "kilometres"),
        ("labor", "labour"),
        ("neighborhood", "neighbourhood"),
        ("harbor", "harbour"),
        ("defense", "defence"),
        ("license", "licence"),
        ("traveler", "traveller"),
        ("canceled", "cancelled"),
        ("enrollment", "enrolment"),
        ("dialog", "dialogue"),
        ("pediatric", "paediatric"),
        ("hemorrhagic", "haemorrhagic"),
        ("diarrhea", "diarrhoea"),
        ("aging", "ageing"),
        ("judgment", "judgement"),
        ("gray", "grey"),
    ],
)
def test_american_and_british_spellings_are_one_word(american, british):
    assert tokens(american) == tokens(british)


def test_spelling_leaves_words_that_only_look_like_variants_apart():
    for word in ("size", "prize", "seize", "citizen", "rise", "enterprise", "parameter", "central", "install"):
        assert spelling(word) == word
    assert "cent" in tokens("percent") and "cent" in tokens("per cent")  # "per" is a stop word
    assert stem("meters") == stem("metres")


def test_traditional_and_simplified_chinese_are_one_script_to_the_index():
    assert simplified("林鄭月娥離港期間,誰署理政務司司長?") == "林郑月娥离港期间,谁署理政务司司长?"
    assert simplified("曾國衞") == simplified("曾國衛") == "曾国卫"  # a Hong Kong variant form too
    assert simplified("甚么 Hong Kong 2025") == "甚么 Hong Kong 2025"  # simplified text and the rest unchanged
    assert key_terms("林鄭月娥在廣州出席了甚麼論壇?") == key_terms("林郑月娥在广州出席了甚么论坛?")


def test_prefix_forms_are_covered():
    assert covered("chair", {"chairman", "fsdc"})
    assert not covered("salary", {"chairman", "fsdc"})


def test_a_hyphenated_words_parts_are_held_in_any_form():
    # "InvestHK-Chongqing" is one token whose parts are not stemmed; the release's "Chongqing" is "chongq".
    (joined,) = tokens("InvestHK-Chongqing")
    assert covered(joined, set(tokens("InvestHK and the Chongqing Municipal Commission")))
    assert not covered(joined, set(tokens("InvestHK and the Guangdong Municipal Commission")))


def test_only_a_derivational_ending_joins_a_longer_word():
    assert covered(stem("appear"), {stem("appearance")})
    assert covered(stem("organise"), {stem("organisation")})
    assert not covered(stem("pressure"), {stem("press")})  # "PRESS WEATHER" holds no pressure
    assert covered(stem("harm"), {stem("harmful")})  # "What harm can it do?": "harmful effects to fish"


def test_a_latin_verb_and_its_noun_hold_each_other():
    assert covered(stem("subscribe"), {stem("subscription")})
    assert covered(stem("contravention"), {stem("contravene")})
    assert covered(stem("decide"), {stem("decisions")})
    assert covered(stem("reduce"), {stem("reduction")})
    # a reception is mostly a party; to commit an offence is no commission
    assert not covered(stem("receive"), {stem("reception")})
    assert not covered(stem("commit"), {stem("commission")})
    assert not covered(stem("subscribe"), {stem("script")})
    assert covered(stem("extension"), {stem("extended")}) and covered(stem("suspend"), {stem("suspension")})


def test_abbreviations_and_number_words_match_what_they_stand_for():
    assert "ceo" in acronyms("Chief Executive Officer Maura Wong said")
    assert "dh" in acronyms("the Department of Health said")
    # A possessive ends the run with its word: "EPD" for "the Environmental Protection Department's report".
    assert "epd" in acronyms("the Environmental Protection Department's latest annual report")
    assert "epdl" not in acronyms("the Environmental Protection Department's Latest Report")
    defined = defined_acronyms("without a valid construction noise permit (CNP); the Immigration Department (ImmD)")
    assert defined == {"cnp": frozenset(tokens("construction noise permit"))}  # "ImmD" spells no initials
    assert defined_acronyms("the Independent Commission Against Corruption (ICAC)")["icac"] >= {stem("corruption")}
    assert spelled_out("When will they sign the free trade agreement?")["fta"] == {
        "free",
        stem("trade"),
        stem("agreement"),
    }
    assert tokens("the first six months") == tokens("the first 6 months")
    assert tokens("the nineteenth plenary, its twenty-first meeting") == tokens("the 19th plenary, its 21st meeting")
    assert tokens("the third and twenty-second") == ["the", "3rd", "and", "22nd"]
    assert with_aliases({"legco", "panel"}) == {"legco", "panel", "legislativ", "council"}
    assert with_aliases({"panel"}) == {"panel"}
    assert tokens("co-operation, re-elected, e-commerce") == tokens("cooperation, reelected, ecommerce")
    assert tokens("UK-Hong Kong 2017-18") == ["uk-hong", "kong", "2017-18"]  # not prefixes: kept as written
    assert tokens("C Y Leung") == tokens("CY Leung") == tokens("C.Y. Leung") == ["cy", "leung"]
    assert tokens("influenza A(H3N2), Grade A office") == ["influenza", "a", "h3n2", "grad", "a", "offic"]
    assert "first" in tokens("the first meeting") and "second" in tokens("a second look")  # words, not 1st / 2nd
    assert covered("uk-hong", {"uk", "hong", "kong"})  # "UK-Hong Kong trade"
    assert tokens("Which A&E?") == ["which", "accident", "and", "emergency"]
    assert stem("replied") == stem("reply")


def test_a_country_and_its_people_stand_for_each_other():
    assert {"poland", "polish"} <= with_aliases(set(tokens("Imports from Poland were suspended.")))
    assert {"korea", "korean"} <= with_aliases(set(tokens("Korean chicken farms")))
    assert "china" not in with_aliases(set(tokens("Chinese New Year")))  # a festival, not the country


def test_two_words_derived_from_one_base_cover_each_other_but_not_a_doer():
    assert covered("metabolism", {"metabolic"})
    assert covered("economic", {"economy"})
    assert covered("infectious", {"infection"})
    assert not covered("governor", {"government"})  # a doer is not the thing
    assert not covered("station", {"stationery"})


def test_a_female_patient_is_a_woman_and_a_male_one_a_man():
    assert "woman" in with_aliases(set(tokens("The female patient, aged 22, lives in To Kwa Wan.")))
    assert "male" in with_aliases(set(tokens("a man aged 66")))


def test_a_range_of_years_or_months_holds_its_ends_and_a_short_month_its_name():
    words = with_aliases(set(tokens("between 2018-2020, in 2019-20, July-September, Dec. 11, cross-boundary")))
    assert {"2018", "2020", "2019", "july", "september", "december"} <= words
    assert not {"cross", "boundari", "2021"} & words  # another hyphenated word keeps its parts together
    assert with_aliases({"2018-08"}) == {"2018-08"}  # a month, not the years 2018 to 2008
    assert {"may", "july"} <= with_aliases(set(tokens("May-July")))


def test_the_first_months_of_a_year_hold_january_and_the_last_month():
    assert {"january", "october"} <= text_words("arrivals for this year's first 10 months reached 23.92 million")
    assert {"january", "august"} <= text_words("in the first eight months of the year")
    assert "january" not in text_words("the first months of the scheme")  # no number: no span
    assert "december" not in text_words("the first 14 months of the project")  # no year's months


def test_more_countries_are_named_by_their_peoples_words():
    assert "colombia" in with_aliases(set(tokens("a Colombian parcel")))
    assert "ethiopia" in with_aliases(set(tokens("the Ethiopian passenger")))


def test_a_kinds_word_is_held_as_is_or_longer_not_shorter():
    assert held_as_is("shipment", {"shipment"}) and held_as_is("chair", {"chairman"})
    assert not held_as_is("shipment", {"ship"}) and not held_as_is("chairman", {"chair"})


def test_countries_written_by_their_initials_hold_their_names():
    states, kingdom = set(tokens("United States")), set(tokens("United Kingdom"))
    assert states <= text_words("Exports to the US rose.") and not states <= text_words("Tell us.")
    assert kingdom <= set(key_terms("What does the UK share with Hong Kong?"))
    assert kingdom <= text_words("Hong Kong and the UK share the common law.")


def test_a_figure_joined_to_a_word_is_held_on_its_own_too():
    words = text_words("a 4.3-magnitude earthquake with an 8km-deep epicentre")
    assert {"4.3", "8km", "deep", stem("magnitude")} <= words
    assert covered("4.3", words) and not covered("4.2", words)


def test_a_chinese_question_word_makes_no_pair_with_the_words_beside_it():
    # "在哪裏出現": no "裏出"; "住在哪個屋邨": no "個屋"; "幾點被尋回": no "點被"
    assert key_terms("羅海星最後在哪裏出現?") == ["罗海", "海星", "星最", "最后", "出现"]
    assert "个屋" not in key_terms("楊冰冰住在哪個屋邨?")
    assert "点被" not in key_terms("羅海星幾點被尋回?")


def test_what_a_question_already_knows_of_counts_only_where_held():
    from assistant.candidate import Weights, coverage
    from assistant.words import given_terms

    assert given_terms("What does the InnoCell offer besides flats?") == {"flat"}
    assert given_terms("What offence besides collusion were the arrestees suspected of?") == {"collusion"}
    assert "fat" in given_terms("Apart from having less fat, why might older people find it hard to keep warm?")
    weights = Weights({"innocell": 2.0, "offer": 1.0, "flat": 1.0})
    weights.optional = frozenset({"flat"})
    assert coverage(weights, {"innocell", "offer"}) == 1.0  # "residential units": no flats, and none missing
    assert coverage(weights, {"innocell", "flat"}) == 0.75  # said, it counts as any key word does
    assert coverage(dict(weights), {"innocell", "offer"}) == 0.75
