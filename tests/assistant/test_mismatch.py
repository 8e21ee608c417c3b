"""Signs that the best sentence tells of another occasion or event (unit tests: hand-made candidates and release
words, no model, no index)."""

from __future__ import annotations

from assistant.candidate import Candidate
from assistant.mismatch import (
    another_aged,
    another_amount,
    another_deed,
    another_destination,
    another_event,
    another_kind_of_measure,
    another_month,
    another_occasion,
    another_ordinal,
    another_part,
    another_party,
    another_place,
    another_rate,
    another_sex,
    another_year,
    cause_unsaid,
    deed_unsaid,
    excepted,
    figure_of_another_year,
    figure_unsaid,
    months_said_before,
    nobody_did,
    opposite_kind,
    opposite_said,
    range_for_one,
    sibling_name,
    tells_of_year_before,
    unnamed_country,
    word_pairs,
)
from assistant.names import name_terms
from assistant.question import date_terms, parse_question
from assistant.records import Chunk
from assistant.sentences import Unit
from assistant.words import tokens

CHUNK = Chunk("c1", "", "r1", "Title", "2025-04-24", None, "test", "en", None, 0)


def words(text: str) -> set[str]:
    return set(tokens(text))


def candidate(text: str, footer: bool = False) -> Candidate:
    return Candidate(Unit(text, 0, False), CHUNK, 1, footer=footer, words=frozenset(tokens(text)))


# Names that are no English word (WordNet's `knows` says so of them); every other word is one.
FOREIGN = {"shenzhen", "zhejiang", "hangzhou", "hato", "pakhar", "saola", "kompasu", "waglan", "wai"}


def occasion(question: str, release: str, date: str) -> bool:
    q = parse_question(question)
    vocabulary = words(release)
    return another_occasion(q, vocabulary, vocabulary | date_terms(q, date), lambda w: w.lower() not in FOREIGN)


def test_a_release_of_another_year_without_a_name_asked_is_another_occasion():
    release = "Four Hong Kong co-operation agreements were signed in Hangzhou, Zhejiang."
    asked = "How many agreements were signed at the 2019 Hong Kong-Shenzhen meeting?"
    assert occasion(asked, release, "2025-04-24")
    assert not occasion(asked, release + " Shenzhen too.", "2025-04-24")  # the name is there
    assert not occasion("How many agreements were signed at the 2019 meeting?", release, "2019-04-02")  # its year


def test_a_release_that_never_names_an_event_or_body_the_question_names_is_another_occasion():
    release = "As at 4.30pm today, 19 bus routes had been suspended in Central and Admiralty."
    asked = "How many bus routes were suspended in Central because of the Legislative Council meeting?"
    assert occasion(asked, release, "2019-06-12")
    assert not occasion(asked, release + " The Legislative Council meeting was called off.", "2019-06-12")
    assert not occasion(asked, release.replace("today", "today (Council sitting)"), "2019-06-12")  # a word of it
    assert not occasion("How many bus routes were suspended in Central?", release, "2019-06-12")
    assert not occasion("When would Mass Transit Railway trains stop?", "MTR trains stop at 11pm.", "2019-11-18")


def test_a_month_range_written_with_a_hyphen_names_its_months():
    release = "The unemployment rate dropped from 2.9 percent in January-March to 2.8 percent in February-April."
    assert not occasion("What was the unemployment rate in February to April 2018?", release, "2018-05-17")
    assert occasion("What was the unemployment rate in June 2018?", release, "2018-05-17")


def test_a_release_that_never_names_the_partner_asked_about_is_another_occasion():
    release = "Hong Kong and Shanghai reached consensus on 16 areas. Fifteen agreements were signed."
    asked = "How many agreements were signed at the 2018 Hong Kong/Beijing plenary?"
    assert occasion(asked, release, "2018-08-24")  # the same year, another partner
    assert not occasion(asked, release + " Beijing sent a delegation.", "2018-08-24")
    bridge = "The Hong Kong-Zhuhai-Macao Bridge has been operating smoothly since last October."
    assert not occasion("How has the Hong Kong-Zhuhai-Macao Bridge been operating?", bridge, "2019-11-06")


def test_a_month_counts_only_where_the_question_names_one():
    release = "Partial NWFB, CTB and XHT bus routes will be diverted for the procession on July 1."
    assert not occasion("Which bus routes were diverted for the July 1 march?", release, "2003-06-28")
    assert occasion("Which bus routes were diverted in March 2003?", release, "2003-06-28")


def test_another_ordinal_or_age_is_another_occasion():
    release = "The 4th Plenary Session was held. The patient, aged 59, was discharged. A 59-year-old woman."
    assert occasion("Who attended the 5th Plenary Session?", release, "2018-08-24")
    assert occasion("When was the 84-year-old patient discharged?", release, "2016-09-19")
    assert not occasion("When was the 59-year-old patient discharged?", release, "2016-09-19")


def test_a_footer_does_not_say_when_a_warning_was_cancelled():
    footer = candidate("Issued at HKT 8:56", footer=True)
    release = words("The Red Rainstorm Warning Signal is now in force. Issued at HKT 8:56")
    assert another_event(parse_question("When was the Red Rainstorm Warning cancelled?"), footer, release, None)
    assert not another_event(parse_question("When was the Red Rainstorm Warning issued?"), footer, release, None)


def test_a_meeting_asked_about_is_one_the_sentence_tells_of():
    asked = parse_question("Which Fujian officials did Grace Lui meet?")
    release = words("Grace Lui is leading a delegation to Fujian. The delegation will meet Fujian officials.")
    assert another_event(asked, candidate("Grace Lui is leading a delegation to Fujian Province."), release, None)
    assert not another_event(asked, candidate("The delegation will meet Fujian officials."), release, None)
    # another word for it, found by the second look, counts
    assert not another_event(asked, candidate("She called on Fujian officials."), release, {"meet": {"call"}})


def test_a_release_on_the_opposite_kind_of_thing_only():
    opposites = {"female": {"male"}, "secondary": {"primary"}, "adult": {"juvenile"}}.get

    def opposite(question: str, release: str) -> bool:
        chunk = Chunk("c1", release, "r1", "Title", "2024-01-01", None, "test", "en", None, 0)
        return opposite_kind(
            parse_question(question), words(release), word_pairs([chunk]), lambda w: opposites(w, set()), None
        )

    release = "Adult male remand prisoners were moved to Stanley Prison. Remand prisoners numbered 3,096."
    assert opposite("How many female remand prisoners were there in 2023?", release)
    assert not opposite("How many remand prisoners were there in 2023?", release)  # no opposite asked
    assert not opposite("How many female remand prisoners were there?", release + " Female ones: 300.")
    assert not opposite("How many adult prisoners were there?", release)  # the release holds "adult"
    assert not opposite("How many secondary schools reported outbreaks?", "Most were in schools, few in homes.")


def test_a_release_on_the_negated_thing_only():
    """ "unemployed" is the opposite of "employed", and "vaccinated" of "unvaccinated"."""

    def opposite(question: str, release: str) -> bool:
        chunk = Chunk("c1", release, "r1", "Title", "2024-01-01", None, "test", "en", None, 0)
        return opposite_kind(parse_question(question), words(release), word_pairs([chunk]), lambda w: set(), None)

    unemployed = "The number of unemployed persons decreased by around 7,900 to 147,400."
    assert opposite("How many people were employed in August to October?", unemployed)
    assert not opposite("How many people were unemployed in August to October?", unemployed)
    assert not opposite("How many people were employed?", unemployed + " Total employment rose to 3,628,900.")
    assert opposite("How many unvaccinated patients died?", "Four of the vaccinated patients died.")
    assert not opposite("How many units were sold?", "The union said 300 units were sold.")  # no negation


def test_a_figure_asked_for_one_sector_needs_a_sentence_naming_it():
    question = parse_question("How many unemployed people were in the retail sector in August-October 2022?")
    assert another_part(question, candidate("The number of unemployed persons decreased to 147,400."))
    assert not another_part(question, candidate("Unemployed persons in the retail sector numbered 21,000."))
    # Only figures: "Which sectors ...?" and the like are not asked of one sector.
    assert not another_part(
        parse_question("What did the minister say about the retail sector?"), candidate("He spoke of jobs.")
    )


def test_a_month_asked_of_one_year_is_another_in_a_later_release():
    q = parse_question("What was the value of exports in July 2017?")
    words = set(tokens("The value of exports rose to $359.1 billion in July, up 10% on the same month last year."))
    assert another_year(q, words, "2018-08-27")  # that July is July 2018
    assert not another_year(q, words, "2017-08-28")
    assert not another_year(q, words | {"2017"}, "2018-08-27")  # the release names the year itself
    # a January release may look back to the December before it, a December one ahead to January
    assert not another_year(parse_question("How did exports do in December 2017?"), words, "2018-01-26")
    assert not another_year(parse_question("When will the fair open in January 2019?"), words, "2018-12-20")
    text = "The value of exports rose to $359.1 billion in July, up 10% on the same month last year."
    assert not another_year(parse_question("How did exports do in 2017?"), words, "2018-08-27", text)  # last year
    # "February this year" in a release of March 2011 is not February 2012
    assert another_year(parse_question("What were the foreign assets in February 2012?"), words, "2011-03-14")
    # a month the release names only with another year
    bribes = "It is alleged that between July and August 2023, the defendants conspired to offer bribes."
    assert another_year(parse_question("What were the reserves in August 2024?"), set(), "2024-05-21", bribes)
    assert not another_year(parse_question("What happened in August 2023?"), {"2023"}, "2024-05-21", bribes)


def test_a_month_near_the_release_date_is_of_the_year_asked():
    december = parse_question("What were the reserves in December 2018?")
    assert "2018" in date_terms(december, "2019-01-07")  # a January release that says "in December"
    assert "2018" not in date_terms(december, "2019-08-07")


def test_a_release_that_never_names_where_things_go_or_come_from_is_another_destination():
    totals = set(tokens("The value of Hong Kong's total exports of goods rose to $359.1 billion in July."))
    assert another_destination(parse_question("What were exports to the mainland in July 2018?"), totals)
    assert not another_destination(parse_question("What were exports to the mainland?"), totals | {"mainland"})
    visitors = set(tokens("Visitor arrivals rose 10 per cent, with 3.9 million visitors in July."))
    assert another_destination(parse_question("How many visitors from Japan came in July?"), visitors)
    assert not another_destination(parse_question("How many visitors came to Hong Kong in July?"), visitors)
    assert another_destination(parse_question("How many visitors came from Japan in July?"), visitors)
    shade = set(tokens("Employers should put up shading covers for outdoor workers."))
    assert not another_destination(
        parse_question("What should employers put up to shield workers from the sun?"), shade
    )


def test_a_release_that_names_the_person_but_never_says_the_deed_asked_about():
    release = set(tokens("Wong Kin-shing, aged 22, went missing after he left his residence on August 27."))
    wearing = parse_question("What was Wong Kin-shing wearing?")
    assert another_deed(wearing, release, name_terms(wearing.asked), None)
    carried = set(tokens("Lok Yiu-yuk was last seen wearing a grey shirt and carrying a recycling bag."))
    carrying = parse_question("What was Lok Yiu-yuk carrying?")
    assert not another_deed(carrying, carried, name_terms(carrying.asked), None)
    pool = parse_question("When will Tung Chung Swimming Pool reopen?")
    closed = set(tokens("Tung Chung Swimming Pool has been temporarily closed until further notice (June 18)."))
    assert another_deed(pool, closed, name_terms(pool.asked), None)
    assert not another_deed(pool, closed | {"reopen"}, name_terms(pool.asked), None)
    # "Where was ... found?": the place of a deed the release never tells of
    found = parse_question("Where was Lee Wing-cheong found?")
    left = set(tokens("Lee Wing-cheong, aged 54, went missing after he left an elderly home on Tai Tsun Street."))
    assert another_deed(found, left, name_terms(found.asked), None)
    assert not another_deed(found, left | {"found"}, name_terms(found.asked), None)
    # the clause after "when" only says at what time: the deed asked is "wearing"
    missing = parse_question("What was Wong Kin-shing wearing when he went missing?")
    assert another_deed(missing, release, name_terms(missing.asked), None)
    worn = release | set(tokens("He was last seen wearing a black shirt."))
    assert not another_deed(missing, worn, name_terms(missing.asked), None)
    # the opposite deed said: "lowered" of a release that says the flag was hoisted
    lowered = parse_question("When was the red flag at Silver Mine Bay Beach lowered?")
    hoisted = set(tokens("Due to a suspected red tide sighting, red flag has been hoisted at Silver Mine Bay Beach."))
    assert another_deed(lowered, hoisted, name_terms(lowered.asked), None, {"hoist", "rais"})
    assert not another_deed(lowered, hoisted, name_terms(lowered.asked), None)  # other words than names, no opposite
    assert not another_deed(lowered, hoisted | {"lower"}, name_terms(lowered.asked), None, {"hoist"})
    # other key words than names: the question is not about the named person alone
    notable = parse_question("What was notable about the Hong Kong/Shenzhen meeting?")
    assert not another_deed(notable, set(tokens("Hong Kong and Shenzhen met.")), name_terms(notable.asked), None)


def test_a_year_asked_is_another_in_a_release_of_another_year_that_never_names_it():
    q = parse_question("What was the theme flower of the 2015 Hong Kong Flower Show?")
    text = "The Hong Kong Flower Show opened today with the kalanchoe as its theme flower."
    words = set(tokens(text))
    assert another_year(q, words, "2014-03-07", text)
    assert not another_year(q, words, "2015-03-13", text)  # the release is of that year
    assert not another_year(q, words, None, text)  # undated: it may be
    assert not another_year(q, words, "2016-03-11", text + " Last year's show drew 500,000.")  # last year
    assert not another_year(q, words, "2014-03-07", text + " The next show is in March next year.")
    assert not another_year(q, words | {"2015"}, "2014-03-07", text + " The 2015 show will be bigger.")
    assert not another_year(q, words, "2014-03-07", text + " Its 2015-16 budget is set.")  # a financial year
    assert another_year(q, words, "2014-03-07", text + " It drew more visitors than 20150 visitors.")  # no year


def test_a_figure_asked_for_what_comes_from_one_place_needs_a_sentence_naming_it():
    question = parse_question("How many visitors came from Russia in October 2009?")
    assert another_part(question, candidate("Visitors rose 9 per cent in October to 2.762 million."))
    assert not another_part(question, candidate("Arrivals from Russia rose 30 per cent to 12,000."))
    to_hong_kong = parse_question("How many visitors came to Hong Kong in October 2009?")
    assert not another_part(to_hong_kong, candidate("Visitors rose 9 per cent in October to 2.762 million."))
    samples = parse_question("How many water samples from the Kai Ching Estate patient's home were positive?")
    assert not another_part(samples, candidate("All eight pairs of water samples tested positive."))  # no country


def test_a_body_named_by_its_telling_words_is_not_another_body_of_the_same_kind():
    # The release names an Advisory Committee, but not the Lotteries Fund one asked about.
    release = "Mr Simon Ip was re-appointed as the Chairman of the Advisory Committee on Post-office Employment."
    assert occasion("Who chairs the Lotteries Fund Advisory Committee?", release, "2025-06-30")
    assert not occasion("Who chairs the Post-office Employment Advisory Committee?", release, "2025-06-30")


def test_someone_who_belongs_to_a_named_party_is_another_party_than_the_party():
    question = parse_question("How much was Hing Wah's director fined?")
    assert another_party(question, candidate("The court also fined Hing Wah Materials $10,000."))
    assert another_party(question, candidate("The court fined East 8th Group and one of its directors $51,000."))
    assert not another_party(question, candidate("The court fined Hing Wah and its director $20,000."))
    husband = parse_question("Where does the patient's husband live?")
    assert another_party(husband, candidate("The patient lives in Tai Po."))
    assert not another_party(husband, candidate("Her husband lives in Tai Po."))


def test_a_figure_of_other_years_only_is_no_figure_of_the_year_asked():
    q = parse_question("How many Legionnaires' disease cases were recorded in 2014?")
    assert figure_of_another_year(q, "There were 28 cases filed in both 2012 and 2013.")
    assert figure_of_another_year(q, "There were 30 cases in 2012-13.")  # a financial year names both its years
    assert not figure_of_another_year(q, "In 2014 and 2013, 41 and 28 cases were recorded respectively.")
    assert not figure_of_another_year(q, "This is the 35th case reported this year.")  # no year: the release's
    assert not figure_of_another_year(q, "From 2010 to 2016, 300 cases were recorded.")  # a span holds it
    assert not figure_of_another_year(q, "Cases rose to 41, the highest since the beginning of 2010.")  # compared
    ages = parse_question("How old were the three men in the second cluster of January 2023?")
    assert not figure_of_another_year(ages, "They fell ill after dinner on December 18, 2022.")  # a day's date
    assert not figure_of_another_year(parse_question("When were cases recorded in 2014?"), "In 2012, 28 cases.")


def test_last_year_in_a_release_of_the_year_asked_is_the_year_before():
    calls = parse_question("How many fire calls did the FSD receive in 2023?")
    review = "The FSD received a total of 34 775 fire calls last year, an increase of 2.6 per cent over 2021."
    assert figure_of_another_year(calls, review, "2023-01-18")  # "over 2021" is only compared with
    assert not figure_of_another_year(parse_question("How many fire calls in 2022?"), review, "2023-01-18")
    assert not figure_of_another_year(calls, review)  # undated: no year to count back from
    assert not figure_of_another_year(calls, "There were 500 calls this year, against 450 last year.", "2023-12-01")
    # "last year" only compared with: the figures are of the release's own time
    assert not figure_of_another_year(calls, "About 1.11 million calls, up 16.9% over last year.", "2023-04-10")
    assert not figure_of_another_year(calls, "Some 300 million calls, 50 per cent more than last year's.", "2023-07-10")


def test_a_release_dated_in_a_year_may_tell_only_of_the_year_before():
    assert tells_of_year_before("2022", "2022-01-13", words("33,891 fire calls were received in 2021"))
    assert not tells_of_year_before("2022", "2022-01-13", words("calls in 2022 and 2021"))  # names its own
    assert not tells_of_year_before("2022", "2022-06-13", words("50 per cent more than last year's"))
    assert not tells_of_year_before("2022", "2023-01-18", words("calls in 2021"))  # dated otherwise


def test_a_kind_of_the_thing_measured_that_the_release_never_names_is_another_measure():
    q = parse_question("What was the youth unemployment rate in May 2009?")
    assert another_kind_of_measure(q, words("The unemployment rate remained unchanged at 5.3%."))
    assert not another_kind_of_measure(
        q, words("The youth unemployment rate was 9.1%, and the unemployment rate 5.3%.")
    )
    assert not another_kind_of_measure(parse_question("What was the unemployment rate?"), words("It was 5.3%."))


def test_a_country_named_with_a_common_first_word_is_named_as_a_whole():
    q = parse_question("How much poultry did Hong Kong import from the United States?")
    # "United" of "the UK" and "States" of "Statistics" name no United States
    assert unnamed_country(q, "The Census and Statistics Department said 420 tonnes came from the UK.")
    assert not unnamed_country(q, "About 420 tonnes came from the US last year.")
    assert not unnamed_country(q, "About 420 tonnes came from the United States last year.")
    assert unnamed_country(q, "Tell us about it: 420 tonnes came from Canada.")  # "us" is no "US"
    assert not unnamed_country(parse_question("How much poultry came from Canada?"), "420 tonnes from the UK.")


def test_a_sector_named_as_the_owner_of_a_figure_is_a_part():
    q = parse_question("What was the construction sector's unemployment rate in August-October 2019?")
    assert another_part(q, candidate("The unemployment rate rose to 3.1% in August-October 2019."))
    assert not another_part(q, candidate("The construction sector's unemployment rate rose to 6.1%."))


def test_someone_close_to_the_person_named_is_another_party():
    q = parse_question("How old is the home contact of the Shau Kei Wan Road patient?")
    assert another_party(q, candidate("The female patient, aged 63, lives on Shau Kei Wan Road."))
    assert not another_party(q, candidate("Her home contact, aged 60, has remained asymptomatic."))
    owned = parse_question("Which hospital admitted the 66-year-old man's home contact?")
    assert another_party(owned, candidate("The patient was admitted to Pamela Youde Nethersole Eastern Hospital."))


def test_a_building_named_by_other_words_is_another_occasion():
    q = parse_question("What were the test results of the water tanks on the roof of Wing Chun House?")
    release = words("The water sample taken from the roof water tank of Mun Ching House was negative.")
    assert another_occasion(q, release, release, lambda w: True)
    named = words("Water samples were taken from the tanks of Wing Chun House.")
    assert not another_occasion(q, named, named, lambda w: True)


def dated(text: str, date: str, before: str = "") -> Candidate:
    chunk = Chunk("c1", "", "r1", "Title", date, None, "test", "en", None, 0)
    return Candidate(Unit(text, 0, False), chunk, 1, words=frozenset(tokens(text)), before=before)


def test_a_figure_of_a_month_the_sentence_is_not_of_is_another_month():
    q = parse_question("What was the rainfall in September 2021?")
    november = dated("The monthly rainfall was 5.8mm.", "2021-12-02")
    assert another_month(q, november, words("November sunny, dry. November was marked by dry weather."))
    assert not another_month(q, november, words("September sunny, dry."))  # the headline says which month
    october = parse_question("What was the rainfall in October 2021?")
    assert not another_month(october, november, words("A dry month."))  # a report of the month before
    spring = parse_question("By how much did employment rise in March to May 2009?")
    assert not another_month(spring, dated("Employment rose by 12,800.", "2009-06-16"), set())
    # a sentence that names another month is of it, though its release is dated in the month asked
    march = parse_question("What was the heaviest fine in March 2013?")
    assert another_month(march, dated("The heaviest fine in February was $50,000.", "2013-03-18"), set())
    assert not another_month(march, dated("On February 28, a fine of $50,000 was imposed.", "2013-03-18"), set())
    assert not another_month(march, dated("Fines rose 5% on February.", "2013-03-18"), set())  # compared with
    february = parse_question("What was the heaviest fine in February 2013?")
    assert not another_month(february, dated("The heaviest fine in February was $50,000.", "2013-03-18"), set())


def test_a_figure_of_a_place_or_a_party_the_sentence_does_not_name_is_another_place():
    lots = words("Sha Tin Town Lot No. 581 and Lot No. 682 in Peng Chau were sold. Site area and floor areas.")
    q = parse_question("What is the minimum gross floor area of the Peng Chau lot?")
    floor = "The minimum gross floor area and the maximum gross floor area are 24 000 sq m and 40 000 sq m."
    other = dated(floor, "2014-03-25", before="Sha Tin Town Lot No. 581 has a site area of about 37 700 sq m.")
    assert another_place(q, other, words("Two residential sites were sold."), lots)
    # a sentence that names no other place may be about the release's one site
    alone = dated(floor, "2014-03-25", before="It has a site area of about 37 700 sq m.")
    assert not another_place(q, alone, words("Two residential sites were sold."), lots)
    # the place in the sentence before, or in the release's headline
    assert not another_place(q, other, words("The Peng Chau lot was sold."), lots)
    bid = parse_question("How much did Sino Land bid for the lot?")
    award = dated("The lot was awarded to Smart Tycoon Limited at a premium of $981.68 million.", "2016-06-28")
    assert another_place(bid, award, set(), words("Sino Land bid. Smart Tycoon Limited won the lot."))
    bound = parse_question("How many tablets were found in the container bound for Kuwait?")
    seized = dated("Customs seized 570 000 tablets at the River Trade Terminal in Tuen Mun.", "2019-08-12")
    assert not another_place(bound, seized, set(), words("bound for Kuwait. Tuen Mun River Trade Terminal"))
    # the district the release writes the place in is no other place: "San Tin, Yuen Long"
    worth = parse_question("How much were the cigarettes seized in San Tin worth?")
    total = dated("Customs seized 21 million cigarettes worth about $57 million in Yuen Long.", "2021-12-24")
    release = "Customs seized cigarettes in Yuen Long. During an operation in San Tin, Yuen Long, officers seized them."
    assert not another_place(worth, total, set(), words(release), release)
    assert another_place(worth, total, set(), words(release))  # without the release's text, another place
    # a day asked for a place: "When will the talk in Cheung Chau be held?" is not the day of talks elsewhere
    talk = parse_question("When will the health talk in Cheung Chau be held?")
    elsewhere = dated("Two health talks will be held at Kai Tak Community Hall tomorrow (August 20).", "2018-08-19")
    assert another_place(talk, elsewhere, set(), words("a talk in Cheung Chau. Kai Tak Community Hall"))


def test_a_figure_of_a_place_the_release_never_names_is_not_another_places():
    guangxi = parse_question("How many H7N9 cases were reported in Guangxi in the third wave?")
    wave = dated("A total of 217 cases have been reported including 72 in Guangdong, 45 in Zhejiang.", "2015-07-17")
    release = words("The third wave. 72 in Guangdong, 45 in Zhejiang.")
    assert another_place(guangxi, wave, set(), release)
    # ... nor the whole's
    alone = dated("A total of 217 cases have been reported in the third wave.", "2015-07-17")
    assert another_place(guangxi, alone, set(), release)
    assert not another_place(guangxi, alone, set(), release | words("Guangxi"))


def test_a_count_asked_for_each_day_or_in_total_needs_a_figure_of_that_kind():
    daily = parse_question("How many passengers a day were expected at Shenzhen Bay?")
    assert another_rate(daily, candidate("An estimated 8.62 million passengers will pass through control points."))
    assert not another_rate(daily, candidate("Shenzhen Bay will see a daily average of 150,000 passengers."))
    total = parse_question("How many passengers were expected at Lo Wu in total over Labour Day?")
    assert another_rate(total, candidate("Lo Wu will be the busiest, with a daily average of 263,000 passengers."))
    both = candidate("Lo Wu will see an estimated 1.54 million or a daily average of 309,000 passengers.")
    assert not another_rate(total, both)
    assert not another_rate(parse_question("How many passengers were expected?"), candidate("263,000 a day."))


def test_one_persons_age_is_not_a_groups_range():
    one = parse_question("How old was the H7N9 patient from Shanghai?")
    assert range_for_one(one, candidate("The patients include 17 men and four women, aged 10 to 77."))
    assert range_for_one(one, candidate("The patients, aged between 58 and 77, are in hospital."))
    assert not range_for_one(one, candidate("A 58-year-old patient from Shanghai and others aged 10 to 77."))
    assert not range_for_one(one, candidate("The patient, aged 58, lives in Shanghai."))
    group = parse_question("How old were the 21 patients?")
    assert not range_for_one(group, candidate("The patients include 17 men and four women, aged 10 to 77."))


def test_a_figure_of_someone_from_one_place_is_not_of_someone_from_another():
    henan = parse_question("How old was the H7N9 patient from Henan?")
    shanghai = candidate("The remaining 58-year-old male patient from Shanghai is receiving treatment.")
    assert another_place(henan, shanghai, set(), words("A female patient from Henan. A patient from Shanghai."))
    both = candidate("A 58-year-old patient from Shanghai and a 35-year-old from Henan are in hospital.")
    assert not another_place(henan, both, set(), words("patients from Henan and Shanghai"))
    # where the one asked about was taken is no other place they came from
    passenger = parse_question("How much was the ketamine seized from the passenger from Amsterdam worth?")
    airport = candidate("Customs seized ketamine worth $3.12 million at Hong Kong International Airport.")
    assert not another_place(passenger, airport, set(), words("a passenger from Amsterdam, Hong Kong International"))


def test_a_thing_left_out_by_except_is_not_what_the_sentence_tells_of():
    disabled = parse_question("What hours will disabled parking spaces on Island Road be suspended?")
    lead = "The following parking spaces will be suspended from 4pm on September 10 to 6am on September 12:"
    items = "- All metered and motorcycle parking spaces on Island Road, except disabled parking spaces; and"
    assert excepted(disabled, dated(lead, "2022-09-09", before=items))
    # said outside the exception too: "... and disabled parking spaces ..., except those on Beach Road"
    both = "All metered and disabled parking spaces on Island Road, except those on Beach Road, will be suspended."
    assert not excepted(disabled, candidate(both))
    metered = parse_question("What hours will metered parking spaces on Island Road be suspended?")
    assert not excepted(metered, dated(lead, "2022-09-09", before=items))


def test_an_amount_asked_of_a_thing_needs_a_sentence_that_names_it():
    bail = parse_question("How much was Wong Lei-po's ICAC bail?")
    assert another_amount(bail, candidate("Wong Lei-po, 56, faces one count of fraud."))
    assert not another_amount(bail, candidate("He was released on ICAC bail of $5,000."))
    contract = parse_question("How much did Gammon's contract with the Airport Authority cost?")
    assert another_amount(contract, candidate("He accepted a bribe of $4,800 from each of the 10 carpenters."))
    assert not another_amount(contract, candidate("The contract cost $2 billion."))
    # "How much were X fined?": the amount of the fine, which needs no word for X
    fined = parse_question("How much were the Siu Sai Wan Road contractors fined?")
    assert not another_amount(fined, candidate("They were fined a total of $20,000 by Eastern Magistrates' Courts."))
    # "expected to rise": the rise of the traffic named before it
    traffic = parse_question("By how much was passenger traffic expected to rise?")
    assert another_amount(traffic, candidate("The department expected 6.68 million passengers to pass through."))
    # an amount paid, or something's worth, names no thing
    assert not another_amount(parse_question("How much was paid for the site?"), candidate("It sold for $3 billion."))
    worth = parse_question("How much was the ketamine worth?")
    assert not another_amount(worth, candidate("The drugs had a market value of about $5 million."))
    # the thing, not what qualifies it: "the crack cocaine alone"
    alone = parse_question("How much did the crack cocaine alone cost?")
    assert not another_amount(alone, candidate("About 60 grams of crack cocaine worth $80,000 were seized."))


def test_an_age_asked_of_one_role_is_not_another_roles_age():
    employers = parse_question("How old were the suspected employers arrested in the February operations?")
    workers = candidate("The group of arrested workers consisted of nine women, aged between 28 and 54.")
    assert another_aged(employers, workers)
    assert not another_aged(employers, candidate("Two suspected employers, aged 35 and 41, were arrested."))
    # a sentence of no role may be of anyone; "the woman suspected of employing" asks of a woman
    assert not another_aged(employers, candidate("Two women, aged 35 and 41, were also arrested."))
    woman = parse_question("How old was the woman suspected of employing illegal workers?")
    assert not another_aged(woman, candidate("A woman aged 52 who employed the workers was arrested."))


def test_a_woman_asked_about_is_not_the_man_the_sentence_tells_of():
    yip = parse_question("How old was the woman surnamed Yip?")
    assert another_sex(yip, "Police detained a 46-year-old local man, identified only by the surname Yip.")
    assert not another_sex(yip, "A 40-year-old local woman, surnamed Ho, and a 62-year-old man were arrested.")
    assert not another_sex(yip, "The 46-year-old, surnamed Yip, was arrested.")  # says neither
    women = parse_question("How many women were arrested?")
    assert not another_sex(women, "Officers arrested 148 men and 54 women.")
    assert another_sex(parse_question("How old is the boy?"), "A 9-year-old girl was sent to hospital.")
    # only an age's person: a sentence that mentions a woman of another case may be the man's
    man = parse_question("How old is the man who lives in Tin Shui Wai?")
    assert not another_sex(man, "He lives next to the home of another case, involving a female patient aged 50.")


def test_a_thing_numbered_otherwise_by_the_release_is_another_occasion():
    first = parse_question("How many valid applications were received for the first Silver Bond?")
    assert another_ordinal(first, "Subscription and allocation results for the second Silver Bond were released.")
    assert another_ordinal(first, "The results of the eighth batch of Silver Bonds were announced.")
    assert not another_ordinal(first, "The first Silver Bond drew 50,000 applications; the second drew more.")
    fourth = parse_question("When was the fourth Silver Bond issued?")
    assert not another_ordinal(fourth, "4th Silver Bond results announced")
    # a release that numbers nothing of the kind says nothing against it
    assert not another_ordinal(first, "Subscription results for the Silver Bond were released.")
    assert not another_ordinal(parse_question("When did they first meet?"), "They met for a second time.")


def test_a_cause_only_sought_is_not_told():
    caused = parse_question("What caused the accident in Tin Shui Wai?")
    sought = "The LD is now conducting an investigation to look into its cause."
    assert cause_unsaid(caused, sought)
    assert cause_unsaid(
        parse_question("What was the cause of the fire?"), "The cause of the fire is under investigation."
    )
    assert not cause_unsaid(caused, sought + " The accident was caused by a falling crane.")
    assert not cause_unsaid(caused, sought + " The worker fell due to a broken ladder.")
    assert not cause_unsaid(caused, "The crane collapsed because of strong winds.")
    # only a question of a cause
    assert not cause_unsaid(parse_question("Where was the accident?"), sought)
    assert not cause_unsaid(parse_question("Which roads in Causeway Bay were closed?"), sought)


def test_the_previous_month_of_a_months_report_is_the_month_before():
    august = parse_question("What was the underlying inflation rate in August 2017?")
    report = "Prices rose 1.4% in September; the underlying rate was also 1.4%, lower than the previous month of 1.9%."
    assert "august" in months_said_before(august, words(report), report)
    assert not months_said_before(august, words("Prices rose 1.4% in October."), "lower than the previous month")
    assert not months_said_before(august, words(report), "Prices rose 1.4% in September.")  # no month before
    assert not months_said_before(parse_question("What was the rate in 2017?"), words(report), report)


def test_a_name_the_release_says_only_with_other_first_words_is_another_thing():
    water = parse_question("How many convictions under the Water Pollution Control Ordinance were there in July?")
    listed = "Five were under the Air Pollution Control Ordinance and four under the Noise Control Ordinance."
    assert sibling_name(water, listed)
    assert not sibling_name(water, listed + " Two were under the Water Pollution Control Ordinance.")
    assert not sibling_name(parse_question("How many were under the Air Pollution Control Ordinance?"), listed)
    # no sibling named: the release may call it otherwise
    assert not sibling_name(water, "Five convictions were recorded in July.")
    # the question's own words said elsewhere in the release: the same thing, named apart
    sites = parse_question("Who gave the Lands Department authority to award the Ma On Shan and Peng Chau sites?")
    assert not sibling_name(sites, "Lot No. 682 in Demarcation District Peng Chau was sold; so was a Ma On Shan lot.")


def test_a_name_that_is_no_english_word_must_be_in_the_release():
    typhoons = "The Home Affairs Department has opened 33 temporary shelters during the typhoon period."

    def other(question: str, release: str) -> bool:
        return occasion(question, release, "2023-09-01")

    assert other("How many temporary shelters were opened during Typhoon Hato?", typhoons)
    assert other("How many people sought refuge in shelters during Pakhar?", typhoons)
    assert not other("How many temporary shelters were opened during Typhoon Saola?", "Typhoon Saola. " + typhoons)
    # a storm's kind says nothing of which storm, even when its name is an English word
    assert other("What was the gust at Waglan Island during Typhoon Yagi?", "Typhoon Kompasu: gusts at Waglan Island.")
    # a name of English words needs only one of them
    assert not other("What was seen in Victoria Harbour?", "A red tide was sighted in the harbour.")
    # a person's hyphened given name is one word of the release ("Wu Wai-man")
    assert not other("How tall is Wu Wai-man?", "Wu Wai-man is about 1.78 metres tall.")


def test_a_month_named_without_a_year_in_an_early_january_release_is_of_the_year_before():
    text = "Officers arrested 19 men between December 23 and January 1."
    q = parse_question("How many drivers were arrested over Christmas 2023?")
    assert not another_year(q, words(text), "2024-01-02", text)
    assert another_year(q, words(text), "2024-01-02", "Officers arrested 19 men on January 1.")
    assert another_year(q, words(text), "2024-01-02", "Officers arrested 19 men in December 2024.")
    assert another_year(parse_question("How many were arrested in 2022?"), words(text), "2024-01-02", text)


def test_a_sentence_that_says_this_year_is_of_the_releases_year_too():
    sentence = (
        "Demand notes for the year of assessment 2018/19 which fall between April to June of this year are extended."
    )
    assert not figure_of_another_year(
        parse_question("By how long were deadlines in 2020 extended?"), sentence, "2020-04-09"
    )
    assert figure_of_another_year(
        parse_question("By how long were deadlines in 2021 extended?"), sentence, "2020-04-09"
    )


def test_a_figure_only_compared_with_last_year_is_of_the_releases_year():
    sentence = "There were 4,662 traffic accidents in the first four months of the year, down 259 on last year."
    assert figure_of_another_year(parse_question("How many accidents in early 2007?"), sentence, "2008-05-08")
    assert not figure_of_another_year(parse_question("How many accidents in early 2008?"), sentence, "2008-05-08")
    # "last year's arrivals" is of last year, not only compared
    stays = "Half of last year's overall visitor arrivals were overnight visitors, who stayed for 3.2 nights."
    assert not figure_of_another_year(parse_question("How long did visitors stay in 2024?"), stays, "2025-02-02")


def test_a_sentence_of_the_opposite_extreme_or_direction_does_not_answer():
    opposites = {"lowest": {"high"}, "highest": {"low"}}.get

    def said(question: str, sentence: str, aliases: dict[str, set[str]] | None = None) -> bool:
        return opposite_said(parse_question(question), candidate(sentence), lambda w: opposites(w, set()), aliases)

    hottest = "The temperature soared to 24.5 degrees Celsius on January 31, the highest of the month."
    assert said("What was the lowest temperature recorded in January 2019?", hottest)
    assert not said("What was the highest temperature recorded in January 2019?", hottest)
    assert not said("What was the lowest temperature?", "The lowest was 8 degrees, the highest 20 degrees.")
    fall = "Decreases in the unemployment rate were mainly seen in the transportation sector."
    assert said("Which sectors saw unemployment rise in 2013?", fall)
    rise = "Increases in the unemployment rate were mainly observed in the retail sector."
    assert not said("Which sectors saw unemployment rise in 2013?", rise, {"rise": {"increas"}})
    assert not said("Did unemployment rise in the transportation sector?", fall)  # yes or no: "decreases" says no


def test_a_sector_word_inside_a_things_name_names_no_sector():
    q = parse_question("How many mobile phones were seized in the August 2014 river trade case?")
    assert not another_part(q, candidate("The goods seized included about 200 high-end mobile phones."))


def test_a_measure_said_another_way_is_the_measure_asked():
    q = parse_question("What is the top fine for a second conviction of dumping waste?")
    assert not another_kind_of_measure(q, words("A maximum fine of $500,000 may be imposed on second convictions."))
    assert another_kind_of_measure(q, words("A fine of $500,000 may be imposed on second convictions."))


def test_a_cause_asked_of_a_release_that_tells_of_none():
    q = parse_question("What caused the sand barge collision?")
    collided = "A sand barge and a container vessel collided east of Tung Lung Chau."
    assert cause_unsaid(q, collided)
    assert not cause_unsaid(q, collided + " The collision happened because of poor visibility.")
    # a question of what the thing caused, not of its cause
    assert not cause_unsaid(parse_question("How many deaths were caused by the collision?"), collided)


def test_a_group_of_people_of_a_kind_the_release_never_names_is_another_measure():
    q = parse_question("What was the unemployment rate for young people in June - August 2018?")
    assert another_kind_of_measure(q, words("The seasonally adjusted unemployment rate stood at 2.8%."))
    assert not another_kind_of_measure(q, words("The unemployment rate for young people was 9.1%, overall 2.8%."))


def test_ordinals_joined_number_one_noun():
    first = parse_question("Which bills were introduced for first reading in April 2013?")
    readings = "The bills will be introduced into the Council for First and Second Readings."
    assert not another_ordinal(first, readings)
    assert another_ordinal(parse_question("Which bills had a third reading?"), readings)
    assert not another_ordinal(parse_question("What is in the fourth phase?"), "the second, third and fourth phases")


def test_a_yes_or_no_question_whose_verb_the_release_never_says():
    passed = parse_question("Did the Appropriation Bill 2013 pass?")
    debated = words("Members will continue the Second Reading debate on the Appropriation Bill 2013.")
    assert another_deed(passed, debated, name_terms(passed.asked), None)
    assert not another_deed(passed, debated | {"pass"}, name_terms(passed.asked), None)
    # a number inside a name is no year: "Where was the Wan Hai 301 going?"
    going = parse_question("Where was the Wan Hai 301 going?")
    assert not another_deed(going, words("The Wan Hai 301 was on its way to Osaka."), name_terms(going.asked), None)


def test_who_did_what_the_release_never_says_is_not_answered_by_a_sentence_naming_nobody():
    q = parse_question("Who designed the Enchanted Blossom under the Moon display?")
    release = "A thematic lantern display entitled Enchanted Blossom under the Moon is underway in the Cultural Centre."
    assert nobody_did(q, release, words(release), None)
    assert not nobody_did(q, release, words(release) | {"design"}, None)
    assert not nobody_did(q, "The display was created by artist Jet Hsu.", words(release), None)
    headed = parse_question("Who headed the delegation to the meeting?")
    chaired = "Financial Secretary Paul Chan co-chaired the meeting today."
    assert not nobody_did(headed, chaired, words(chaired), None)


def test_a_figure_with_decimals_the_release_never_writes_is_another_event():
    q = parse_question("How deep was the epicentre of the magnitude 3.2 quake?")
    assert figure_unsaid(q, "A magnitude 5.0 earthquake struck, with an epicentre located 10km deep.")
    assert not figure_unsaid(q, "An earthquake of magnitude 3.2 has occurred near the coast.")
    assert not figure_unsaid(q, "A 3.2-magnitude earthquake has occurred.")
    assert not figure_unsaid(parse_question("What happened at 7.55pm?"), "At 7:55 p.m. a tremor was felt.")


def test_a_chinese_question_of_where_something_was_done_needs_the_deed_said():
    found = parse_question("潘大文最後在哪裏被找到?")
    seen = set(tokens("62歲男子潘大文昨日下午曾經在獅子山郊野公園出現,之後不知所終。"))
    assert deed_unsaid(found, seen, None)
    assert not deed_unsaid(found, seen | set(tokens("警方今日下午在沙田找到他。")), None)
    appeared = parse_question("羅大海最後在哪裏出現?")
    assert not deed_unsaid(appeared, set(tokens("他昨日在秀明道一個商場最後露面。")), {"出现": {"露面"}})
