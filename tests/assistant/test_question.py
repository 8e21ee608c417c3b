"""What a question asks for, and whether a sentence supplies it (pure functions: question, supplies, counts)."""

from __future__ import annotations

import pytest

from assistant.question import date_terms, parse_question
from assistant.supplies import names_organisation, names_which
from assistant.words import key_terms, stem, tokens


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many people were arrested?", "number"),
        ("How much did the fund grow?", "number"),
        ("At what time was the warning issued?", "time"),
        ("When does the second phase start?", "date"),
        ("Who chairs the task force?", "who"),
        ("Where is the office?", "where"),
        ("What did HK and Zhejiang agree on aviation?", "other"),
        ("李家超何時前往北京述職?", "date"),
        ("How much did the Government spend on the park?", "money"),
        ("What is the fine for employers who ignore the warning?", "money"),
        ("What was Super Typhoon Yagi's central pressure?", "number"),
        ("What are the names of the banks involved?", "name"),
        ("What make of firearm was seized?", "name"),
        ("Which police officer briefed the media?", "who"),
        ("What did national security officers seize?", "other"),  # "officers" is not what is asked for
        ("Roughly how many people came to the briefing?", "number"),
        ("The campaign was to give away how many air tickets?", "number"),
        ("What fare did the MTR charge for overnight trains?", "money"),
        ("What was the value of the drugs seized?", "money"),
        ("The meeting was held when?", "date"),
        ("What would a household pay under the charging scheme?", "money"),
        ("What concentration of handrub does the CHP recommend?", "number"),
        ("What was the size of the team?", "number"),
        ("Where did ASEAN rank among Hong Kong's trading partners?", "other"),  # a rank, not a place
        ("Where was the trade fair held?", "where"),
        ("What hours are the Tai Hang roads closed?", "time"),
        ("How much is the site expected to sell for?", "money"),  # a price, not a size
        ("How much did import prices rise in July 2017?", "number"),  # a change, most often in per cent
        ("How much did the 75-year-old victim lose?", "money"),
        ("How much weight did he lose?", "number"),
        ("What were the flower show's opening hours in 2011?", "time"),  # from when to when
        ("What are the weekend lifeguard hours in the peak period?", "time"),
        ("How many hours did the strike last?", "number"),
        ("On which days will Tai Hang roads be closed for the Fire Dragon Dance?", "date"),  # days, not a day
        ("In which years was the festival held?", "date"),
        ("What was the daily average forecast for Lok Ma Chau at Easter?", "number"),  # an average is a figure
        ("How tall is the missing man?", "number"),  # a height
        ("How heavy is the cheese plate?", "number"),  # a weight
    ],
)
def test_kind_of_answer_is_read_from_the_question(question, kind):
    assert parse_question(question).kind == kind


def test_count_needs_a_new_number_next_to_the_counted_thing():
    q = parse_question("How many taxi stands were suspended on July 1?")
    assert not q.fits("Services of some taxi stands and car parks will be suspended.")
    assert q.fits("Services of 12 taxi stands will be suspended.")
    people = parse_question("How many people did the ICAC arrest?")
    assert people.fits("The ICAC arrested 22 individuals, including 18 bank employees.")
    # an ordinal is no amount or count
    trade = parse_question("How much did Hong Kong and Shenzhen trade in 2010?")
    assert not trade.fits("This year marks the 30th anniversary of the Shenzhen Special Economic Zone.")
    assert trade.fits("Trade between the two places reached $1.2 trillion last year.")
    # nor is a day of a month
    assert not trade.fits("The two mayors met this morning (September 9) to discuss trade.")
    # "How many were arrested?" names no counted thing: "were" is not one
    assert parse_question("How many were arrested?").fits("Police arrested eight men and three women.")
    # the thing counted comes before a comma or "including": examples after it are not counted
    # the thing counted may come first, then a verb of amounting
    visitors = parse_question("How many visitors came to Hong Kong in July 2024?")
    assert visitors.fits("Visitor arrivals to Hong Kong amounted to 3.92 million in July, up 10 percent.")
    assert not visitors.fits("Hotel occupancy reached 88 percent in July, while visitors enjoyed the fireworks.")
    # "two males and eight females": the health releases' way of counting people
    assert parse_question("How many people fell ill?").fits("The cluster involved eight males and two females.")
    bars = parse_question("How many bars were raided?")
    assert not bars.fits("Officers raided 15 target locations, including bars, guest houses and restaurants.")
    assert bars.fits("Officers raided 15 bars, including two in Wan Chai.")
    # places are counted as locations or premises
    places = parse_question("How many places did the operation raid?")
    assert places.fits("Under the operation, officers targeted 196 locations across four districts.")
    assert not places.fits("Under the operation, officers arrested 15 workers across four districts.")


def test_a_running_total_counts_what_the_question_counts():
    q = parse_question("How many severe flu cases had been recorded this year?")
    assert q.fits("This brings the total number to 247 (164 deaths) so far this year.")
    assert not q.fits("The total number of visitors reached 247.")  # a total of something else


def test_a_quoted_title_names_no_one_and_nowhere():
    where = parse_question("Where did police arrest the eight men?")
    assert not where.fits('Police arrested eight men for "Possession of Firearm without Licence".')
    assert where.fits("Police arrested eight men in Mong Kok.")
    who = parse_question("Who was arrested for possessing a firearm?")
    assert not who.fits('A man was arrested for "Possession of Firearm without Licence".')


def test_a_kind_of_place_answers_a_where_question():
    q = parse_question("Where did most flu outbreaks happen last month?")
    assert q.fits("Outbreaks mainly occurred in primary schools (60 per cent) and kindergartens (30 per cent).")
    assert not q.fits("Outbreaks rose sharply last month.")
    hospital = parse_question("Where will the new hospital be built?")
    assert not hospital.fits("The new hospital will be built soon.")  # the place asked about is no answer
    assert hospital.fits("It will be built on a site next to the station.")
    # where things were found or hidden: in a car, a bag, a pocket
    found = parse_question("Where was the crack cocaine found on the Sheung Shui man?")
    assert found.fits("About 400 grams of suspected crack cocaine were found inside his private car.")
    assert not found.fits("Please stay in safe places.")


def test_how_much_of_a_thing_needs_an_amount_of_that_thing():
    q = parse_question("How much trade did Hong Kong and Shanghai do in 2017?")
    assert not q.fits("The two cities will encourage each other's trade and business events.")  # no amount
    assert not q.fits("The office is at Room 743, 1366 Qianjiang Road.")  # figures, but not of trade
    assert q.fits("Trade between the two cities reached $300 billion.")
    assert parse_question("How much petrol was seized?").fits("The seizure included 900 litres of dutiable petrol.")


def test_a_number_word_in_a_name_is_no_count():
    q = parse_question("How many cross-boundary students attend schools in Hong Kong?")
    assert not q.fits("We have arranged a group of Secondary Three to Five students, who are cross-boundary students.")
    assert q.fits("We have arranged five students, who are cross-boundary students, to attend school.")
    assert q.fits("Five students, who are cross-boundary students, attend school.")
    assert parse_question("How many people were arrested?").fits("THREE PEOPLE WERE ARRESTED IN TSUEN WAN.")


def test_a_list_items_number_is_no_answer_to_a_number_question():
    q = parse_question("What number can people call about the traffic arrangements?")
    for item in ("2. Public transport services", "(3) Road closures", "(b) Bus diversions"):
        assert not q.fits(item)
    assert q.fits("2. For enquiries, please call 1823.")
    assert parse_question("When will the roads close?").fits("1. Roads close from 6 pm.")


def test_who_needs_a_name_the_question_does_not_already_give():
    q = parse_question("Who acted as Chief Executive while C Y Leung was away?")
    assert not q.fits("The Chief Executive, Mr C Y Leung, will lead a delegation.")
    assert q.fits("During his absence, the Secretary for Justice, Mr Rimsky Yuen, will be the Acting Chief Executive.")
    # a name that opens the sentence, behind a title
    assert q.fits("Chief Secretary Matthew Cheung will be Acting Chief Executive during Mr Leung's absence.")
    assert not q.fits("Chief Executive C Y Leung will be away.")
    assert not q.fits("Police will be on duty.")
    # a province names no one
    officials = parse_question("Which Jilin officials did Stephen Lam meet?")
    assert not officials.fits("The delegation will then visit Jilin Province and meet the officials there.")
    assert officials.fits("In Jilin Province, he met the Governor of Jilin, Mr Wang Rulin.")
    # nor does the title of the person asked about
    met = parse_question("Whom did Lau Kong-wah meet in Shenzhen on January 21?")
    assert not met.fits("The Secretary for Home Affairs, Mr Lau Kong-wah, will depart for Shenzhen on January 21.")
    assert met.fits("Mr Lau met the Vice Mayor of Shenzhen, Mr Wang Lixin.")
    # nor does a building or an event
    opened = parse_question("Who opened the 2017 Book Fair?")
    assert not opened.fits(
        "The 28th Hong Kong Book Fair opened today at the Hong Kong Convention and Exhibition Centre."
    )
    assert opened.fits("The Chief Executive, Mr C Y Leung, opened the 28th Hong Kong Book Fair today.")


def test_time_needs_a_clock_time():
    q = parse_question("At what time was the Very Hot Weather Warning issued?")
    assert not q.fits("The Hong Kong Observatory has issued the Very Hot Weather Warning.")
    assert q.fits("Issued at HKT 14:33")


def test_a_count_may_follow_the_thing_counted():
    q = parse_question("How many outbreaks of influenza-like illness were there by May?")
    assert q.fits("In the same period, the number of institutional outbreaks increased from one to 17.")
    assert not q.fits("In the same period, the number of hospital admissions increased from one to 17.")

    # a breakdown: the things counted, then where they were, each with its count in brackets
    schools = parse_question("How many flu outbreaks hit primary schools last week?")
    assert schools.fits("The above outbreaks occurred in primary schools (eight) and kindergartens (five).")
    assert not schools.fits("The above admissions were to public hospitals (eight) and private ones (five).")


def test_a_group_of_people_answers_who_as_a_name_does():
    q = parse_question("Who is most at risk when the weather turns cold?")
    assert q.fits("The elderly and persons with chronic illnesses are particularly vulnerable.")
    assert q.fits("Mr Chan said the risk was highest at night.")  # a name, as before
    assert not q.fits("The risk is highest at night and in the early morning.")  # no one
    # The people the question already names are no answer.
    assert not parse_question("Who told the students to stay home?").fits("The students were told to stay home.")
    shown = parse_question("Who did police let examine the search warrant?")
    assert shown.fits("Police displayed the warrant for examination by the company's legal representatives.")


def test_a_m_and_p_m_times_are_times_and_dates():
    assert parse_question("At what time will the signal be replaced?").fits("IT WILL BE REPLACED AT 6 A.M. TODAY.")
    assert parse_question("Until when will the signal stay up?").fits("IT WILL STAY AT LEAST UNTIL 6 A.M. TODAY.")
    assert not parse_question("At what time will it open?").fits("The ampm shop will open.")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("What did HK and Zhejiang agree on aviation?", "aviation"),
        ("What did Hong Kong and Guangdong agree on aviation at the 2017 plenary?", "aviation"),
        ("On aviation, what did Hong Kong and Guangdong agree at their 2017 plenary?", "aviation"),  # occasion first
        ("What did they agree at the meeting in Guangzhou?", None),  # a place, not a topic
        ("What did Hong Kong and Macau agree on the Hong Kong-Zhuhai-Macao Bridge's tolls in 2019?", "toll"),
        ("Which Zhejiang vice governor did Ronald Chan meet?", "governor"),
        ("What sentences did the people arrested receive?", stem("sentences")),
        ("What share of influenza detections were A(H1N1)pdm09?", stem("detections")),  # "share" is a kind of value
        ("What make of firearm was seized?", "firearm"),
        ("What brands were the cigarettes seized in San Tin?", "brand"),  # brands themselves are asked for
        ("Which one of the airports will get more flights?", "airport"),
        ("How many extra flights a week will run?", "flight"),  # "a week" is not the topic
        ("What strength of alcohol-based handrub does the CHP recommend?", "handrub"),
        ("What else did the Chief Executive say?", None),
        ("On what foundations can Hong Kong set sail again?", None),  # "based on its rule of law"
        ("What exactly did Hong Kong and Zhejiang agree?", None),
        ("On what date would CY Leung lead a delegation?", None),  # a kind of value, no topic
        ("Who chairs the council?", None),  # a "who" verb is never a refusal reason
        ("When does the second phase start?", None),
        ("What was Super Typhoon Yagi's central pressure?", None),  # the unit ("hPa") says it is a pressure
        ("What is the name of the media organisation that police searched?", stem("organisation")),
        ("What was agreed between Hong Kong and Zhejiang on finance?", None),  # no "the X" after the verb
        ("What is the Observatory's mobile app called?", None),  # "called" is a verb
        ("What was the Asian Financial Forum's 2014 theme?", "theme"),  # not the stop word "them"
        ("What is the commission going to set up in Hong Kong?", None),  # "going to": a verb follows
        ("What is the bridge expected to cost?", None),
        ("Name the joint operation ImmD ran with the Labour Department.", stem("operation")),  # not "ran"
        ("What is the name of the organisation they searched?", stem("organisation")),
        ("In what words did Matthew Cheung describe the Policy Address?", None),  # the wording, no thing
        ("Who is the director of the Zhejiang Liaison Unit?", "director"),  # a role: no release without it answers
        ("Hong Kong's karatedo team - who is its coach?", "coach"),
        ("Who was the acting home affairs secretary in September 2016?", "secretary"),
        ("Who is the CEO of the Senior Citizen Home Safety Association?", "officer"),  # the chief executive officer
        ("Who were the people arrested in Thunderbolt 18?", None),  # people, and a participle: no role
        ("Who was the courier caught with 11 false passports?", stem("courier")),  # not the participle "caught"
        ("Which roads in Causeway Bay are pedestrianised?", "road"),  # the roads, not the bay they are in
        ("Which part of Luard Road will be closed?", "road"),  # a part of the road is a stretch of it
        ("Which section of the highway will reopen?", "highway"),
        ("How many people in Hong Kong were infected?", None),  # people, and the place they are in
        ("What painting style was used for the stamps?", stem("painting")),  # a style is a kind of value
        ("代表團在貴州會見了哪位省長?", "省长"),  # Chinese: the noun after "which" closes the question
        ("李家超在哈尔滨看了什么比赛?", "比赛"),
        ("傅小慧率領代表團訪問哪個省份?", None),  # a kind of place, answered by its name
        ("李家超到北京述職,哪位私人秘書隨行?", None),  # a verb closes it: unsure
        ("What was the hottest it got in January 2019?", None),  # a superlative with no noun
    ],
)
def test_the_head_of_what_is_asked_about(question, head):
    assert parse_question(question).head == head


@pytest.mark.parametrize(
    "question, core",
    [
        (
            "Which influenza type dominated when Hong Kong entered the winter flu season?",
            "Which influenza type dominated?",
        ),
        ("Why should people eat enough during cold weather, according to the CHP?", "Why should people eat enough?"),
        ("Which secondary forms went back to class on 27 May 2020?", "Which secondary forms went back to class?"),
        (
            "In 2023, which tropical cyclone brought the No. 8 signal?",
            "Which tropical cyclone brought the No. 8 signal?",
        ),
        (
            "What did Hong Kong and Shenzhen look back on at their 2019 meeting?",
            "What did Hong Kong and Shenzhen look back on?",
        ),
        ("What did HK and Zhejiang agree on aviation?", None),  # no occasion
        ("Who spoke after the meeting?", None),  # too little would be left
    ],
)
def test_the_question_without_its_occasion(question, core):
    assert parse_question(question).core == core


def test_year_and_latest_are_read():
    assert parse_question("What was the unemployment rate in 2009?").year == "2009"
    q = parse_question("What was the latest Very Hot Weather Warning?")
    assert q.latest and q.year is None


def test_question_words_never_count_as_key_words():
    assert key_terms("Where does the 84-year-old patient live?") == ["84-year-old", "patient", "live"]
    assert key_terms("Who cannot benefit from the extension?") == [stem("benefit"), stem("extension")]
    assert "署理" in key_terms("梁振英赴京期间由谁署理行政长官?")
    assert not any(t in key_terms("梁振英赴京期间由谁署理行政长官?") for t in ("由谁", "谁"))
    # relation words shape the question; a word of place may be its point ("around the patient's home")
    assert key_terms("Which typhoon was behind the signal?") == ["typhoon", "signal"]
    assert key_terms("What does it offer besides flats?") == ["offer", "flat"]
    assert "around" in key_terms("What did they do around the home?")
    # advice is given in the imperative ("Wear light-coloured clothes"): the verb that asks for it frames the
    # question, as "what sort of" does
    assert key_terms("What sort of clothes does the Observatory suggest in hot weather?") == [
        stem("clothes"),
        "observatory",
        "hot",
        "weather",
    ]
    assert key_terms("What did the CHP urge the elderly to do?") == ["chp", "elderly"]
    # when something came out is told by the release's footer, which holds no such verb
    issued = parse_question("At what time did the Observatory put out the Cold Weather Warning?")
    assert issued.issuing and "put" not in issued.key and "cold" in issued.key
    hoisted = parse_question("When was the No. 8 signal hoisted?")
    assert hoisted.issuing and "hoist" in hoisted.key
    assert not parse_question("When was the meeting held?").issuing


def test_money_needs_an_amount_in_a_currency():
    q = parse_question("How much did the Government spend on Science Park Phase 3?")
    assert not q.fits("The floor area would be increased by 105,000 square metres.")
    assert q.fits("The project cost HK$2.3 billion.")


@pytest.mark.parametrize(
    ("question", "without_unit", "with_unit"),
    [
        (
            "What was the lowest temperature when the CHP issued its reminder?",
            "The CHP today (January 3) reminded the public to stay warm.",
            "The temperature fell to 8.5°C in urban areas.",
        ),
        (
            "What was the typhoon's central pressure?",
            "At 9 a.m. it was centred about 400 kilometres south of Hong Kong.",
            "Its central pressure was 915 hectopascals.",
        ),
        (
            "What percentage of the flights were cancelled?",
            "About 300 flights were cancelled.",
            "About 12 per cent of the flights were cancelled.",
        ),
        (
            "What temperature should the centre of cooked food reach?",
            "Cook food thoroughly before eating it.",
            "The centre of the food should reach at least 75 degrees Celsius.",
        ),
        (
            "What is the area of the new park?",
            "The park, opened in 2020, has 3 entrances.",
            "The park covers 87 hectares.",
        ),
        (
            "How long did the Financial Secretary stay in New York?",
            "The Financial Secretary began his visit to New York yesterday (October 22).",
            "The Financial Secretary will stay in New York for three days.",
        ),
        (
            "How long will the trial scheme run?",
            "The trial scheme, launched on 1 June 2020, covers 12 districts.",
            "It is a six-month trial scheme.",
        ),
        (
            "How far from Hong Kong was the storm at 3 pm?",
            "At 3 p.m. the storm weakened.",
            "At 3 p.m. the storm was centred about 240 kilometres west of Hong Kong.",
        ),
    ],
)
def test_a_measure_needs_a_number_in_its_unit(question, without_unit, with_unit):
    q = parse_question(question)
    assert q.kind == "number"
    assert not q.fits(without_unit)
    assert q.fits(with_unit)


def test_how_long_is_a_thing_may_ask_a_length_or_a_duration():
    q = parse_question("How long is the new bridge?")
    assert q.fits("The bridge is 55 kilometres long.")
    assert q.fits("Building the bridge took nine years.")
    fall = parse_question("How far did the unemployment rate fall in the construction sector?")
    assert fall.fits("The unemployment rate of the construction sector fell by 0.6 percentage points.")


def test_a_name_question_needs_a_proper_name():
    q = parse_question("What are the names of the banks involved in the case?")
    assert not q.fits("Eighteen of them were frontline staff of 10 banks.")
    assert q.fits("The staff worked at DBS Bank and another lender.")


def test_counting_skips_of_the_and_reads_r_and_d():
    assert parse_question("How many of the severe cases were A(H3N2)?").fits("Among them, 232 were A(H3N2).")
    assert parse_question("How many R&D jobs would the park create?").fits("Some 4,000 jobs related to R&D.")


def test_a_question_keeps_its_wording_while_its_dates_count_as_spelled():
    question = parse_question("How much rain fell on 2015-08-15?")
    assert question.asked == "How much rain fell on 2015-08-15?"
    assert question.year == "2015" and question.months == (8,) and "august" in question.key


def test_a_contracted_question_word_is_read_in_full():
    assert parse_question("What's the rent of a unit?").text == "What is the rent of a unit?"
    assert parse_question("Who’re the winners?").text == "Who are the winners?"
    assert parse_question("What's the rent of a unit?").head == parse_question("What is the rent of a unit?").head


def test_full_width_marks_read_as_plain_ones():
    assert parse_question("Who chairs the task force？").text == "Who chairs the task force?"
    assert parse_question("Who chairs the task force？").asked == "Who chairs the task force？"
    assert parse_question("  Who chairs the task force?\n").key == parse_question("Who chairs the task force?").key


def test_informal_short_forms_are_read_in_full_but_not_a_signal_number():
    assert parse_question("Who will the Govt partner with?").text == "Who will the Government partner with?"
    assert parse_question("What is the phone no. of the Dept. of Health?").text == (
        "What is the phone number of the Department of Health?"
    )
    assert parse_question("When was the No. 8 signal issued?").text == "When was the No. 8 signal issued?"
    assert parse_question("Who paid the bill?").text == "Who paid the bill?"  # "info" only as a whole word


def test_words_that_the_kind_of_answer_checks_are_no_key_words():
    # The unit stands for the measure's name, the amount for "value" or "worth".
    assert "percentag" not in parse_question("By what percentage did merchandise trade grow?").key
    assert not {"valu", "worth"} & set(parse_question("What was the value of the drugs seized?").key)
    # Hedges and light verbs shape a question without naming what it is about.
    assert parse_question("Roughly how many people came to the briefing?").key == ("peopl", "brief")
    assert parse_question("Exactly where did the games take place?").key == ("game",)


def test_what_number_of_counts_like_how_many():
    q = parse_question("What is the number of working groups set up by Hong Kong and Shenzhen?")
    assert not q.fits("Hong Kong and Shenzhen have set up various working groups in 2 cities.")
    assert q.fits("Hong Kong and Shenzhen have set up 12 working groups.")


def test_a_figure_after_a_capitalised_word_names_a_class_or_route_not_a_count():
    q = parse_question("How many students got COVID-19 after classes resumed?")
    assert not q.fits("Under the plan, Primary 4 to Secondary 2 students will resume classes on June 8.")
    assert q.fits("Since classes resumed, 2 students got COVID-19.")
    assert q.fits("On June 8, 2 students got COVID-19.")  # a month is no name


def test_how_long_something_lasts_may_be_answered_by_until_when():
    q = parse_question("How long would the No. 8 signal stay in force?")
    assert q.fits("NO. 8 GALE OR STORM SIGNAL WILL REMAIN IN FORCE AT LEAST UNTIL 6 A.M. TODAY.")
    assert not q.fits("THE NO. 8 SOUTHEAST GALE OR STORM SIGNAL IS IN FORCE.")


def test_an_answer_says_something_the_question_does_not():
    q = parse_question("Which tropical cyclone brought the No. 8 signal in 2023?")
    assert not q.fits("3. TROPICAL CYCLONE BROUGHT")
    assert q.fits("SUPER TYPHOON SAOLA BROUGHT THE NO. 8 SIGNAL.")


def test_an_age_is_asked_by_how_old_or_what_age():
    for asked in ("How old was the dengue patient?", "What age was the dengue patient?"):
        q = parse_question(asked)
        assert q.unit == "age" and "old" not in q.key and "age" not in q.key
        assert q.fits("The new case involves a 66-year-old man.")
        assert q.fits("The patient, aged 66, lives in Cheung Chau.")
        assert not q.fits("The patient fell ill on August 18 with 2 others.")
    # an age set off by commas after the names
    both = parse_question("How old are the two defendants?")
    assert both.fits("Wammy Ngan and Jiang Jiaxin, both 55, jointly face two charges.")
    assert not both.fits("Wammy Ngan and Jiang Jiaxin jointly face two charges, on May 8, 2024.")
    # an age range that opens with a word
    assert parse_question("How old were the four patients?").fits("They are two males aged between two and 68.")


def test_how_long_is_answered_by_a_span_without_a_figure():
    q = parse_question("How long has ASEAN been Hong Kong's second largest trading partner?")
    assert q.unit == "duration"
    assert q.fits("The ASEAN has been our second largest trading partner for a decade.")
    assert q.fits("It has been our partner for 10 years.")
    assert parse_question("How long did overnight visitors stay?").fits("They stayed for an average of 3.2 nights.")
    assert not q.fits("The ASEAN is our second largest trading partner, a year after the agreement.")


def test_how_long_something_is_closed_is_answered_by_hours_from_and_to():
    q = parse_question("How long will Hung Shing Street in Ap Lei Chau be closed on March 17?")
    assert q.fits("- Hung Shing Street north of Main Street, Ap Lei Chau will be closed from 8am to 6pm;")
    assert q.fits("Yuet Hoi Street will be intermittently closed between 1 p.m. and 3 p.m.")
    assert not q.fits("Hung Shing Street will be closed at 8am on March 17.")


def test_a_field_whose_value_the_question_gives_tells_nothing():
    q = parse_question("What was the tenor of issue Q2308?")
    assert not q.fits("Issue number : Q2308")
    assert q.fits("Tenor : 91 Days")


def test_a_share_is_answered_by_a_part_of_the_whole():
    q = parse_question("What share of Labour Day passengers were expected to use land crossings?")
    assert q.fits("The department estimated about 82% or 5.48 million passengers will use land control points.")
    assert q.fits("Half of them, some 3.2 million, will cross at Lo Wu.")
    assert not q.fits("Inbound passengers using land control points will peak on May 1, with 595,000 expected.")


def test_a_season_answers_when():
    q = parse_question("When is bird flu activity on the Mainland expected to increase?")
    assert q.fits("Their activity in the Mainland is expected to increase in winter.")
    assert q.fits("Activity usually rises during the winter months.")
    assert not q.fits("Their activity in the Mainland is expected to increase.")


def test_an_age_is_no_duration():
    q = parse_question("How long did the Hung Hom patient stay in hospital?")
    assert not q.fits("A 22-year-old Hung Hom man was taken to hospital after visiting Thailand.")
    assert q.fits("The 22-year-old Hung Hom man stayed in hospital for five days.")
    assert parse_question("How old is the Hung Hom patient?").fits("A 22-year-old Hung Hom man fell ill.")


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("accident and emergency fee after the healthcare reform?", "money"),
        ("Hong Kong Palace Museum opening date", "date"),
        ("number of people who joined the procession", "number"),  # "who" opens a clause, it does not ask
        ("lowest temperature when the CHP issued its reminder", "number"),
        ("topic of Paul Chan's keynote", "other"),
    ],
)
def test_words_without_a_question_ask_what_the_thing_named_is(words, kind):
    q = parse_question(words)
    assert q.text.startswith("What is ") and q.kind == kind


def test_phrasings_that_name_no_topic_are_no_key_words():
    assert parse_question("Where did the third plenary take place?").key == ("3rd", "plenary")
    assert parse_question("How much plastic has the scheme collected so far?").key == ("plastic", "schem", "collect")
    assert parse_question("What quantity of plastic was collected?").kind == "number"
    assert "84-year-old" in parse_question("Where does the 84 year old patient live?").key
    # "the state of": "her close contacts remain asymptomatic" says it
    assert parse_question("What is the state of the close contacts of the girl?").key == ("clos", "contact", "girl")


def test_a_population_counts_people():
    q = parse_question("How many people could the new town house?")
    assert q.fits("With major infrastructure, it could house a population of up to 350 000.")
    assert not q.fits("The new town will have 3 railway stations.")


def test_a_travel_time_is_a_duration_and_bare_topic_words_ask_for_the_topic():
    q = parse_question("What's the travel time by train from Hong Kong to Fuzhou?")
    assert (q.kind, q.unit) == ("number", "duration") and "travel" not in q.key and q.head is None
    assert q.fits("The train to Fuzhou takes about five hours.")
    assert not q.fits("Trains run to 10 destinations in Fujian.")
    assert parse_question("education co-operation between Hong Kong and Zhejiang").topical
    assert not parse_question("accident and emergency fee after the reform").topical  # money, not a topic


def test_hong_kong_school_years_are_read_in_full():
    assert parse_question("When do P4 to S2 pupils go back?").text == "When do Primary 4 to Secondary 2 pupils go back?"
    assert parse_question("Where is the PS9 site?").text == "Where is the PS9 site?"  # not a school year


def test_a_date_with_its_day_is_new_though_the_question_names_the_month():
    q = parse_question("When did the November 2025 operations start?")
    assert q.fits("Operations ran from November 14 to yesterday (November 20).")
    assert q.fits("The operations started on 14 November.")
    assert not q.fits("The operations were mounted in November.")  # the month asked, nothing new
    assert not q.fits("The mayor attended.")  # "may" inside a word is no month
    day_first = parse_question("When would trains stop running on 18 November 2019?")
    assert not day_first.fits("The department today (November 18) appealed to the public.")  # the same date
    assert day_first.fits("Trains run until November 19.")
    assert parse_question("When would the culling begin after the December 9 decision?").fits(
        "Culling will start the week of Dec. 11."
    )  # a month written short


def test_a_telephone_number_is_no_count():
    q = parse_question("How many people died of cold weather?")
    assert not q.fits("The public may call the Infoline (2833 0111) or visit the website.")
    assert not q.fits("For enquiries, please call (Tel: 1823) and visitors may ask.")
    assert q.fits("A total of 500 000 visitors came.")  # thousands grouped by three
    assert parse_question("What number should people call?").fits("Please call the hotline (2833 0111).")


def test_a_question_about_kinds_of_things_is_answered_by_a_list():
    q = parse_question("What kinds of premises did officers raid?")
    assert q.kinds and q.head == "premis"
    assert q.lists("Officers raided target locations including massage parlours, flats and retail stores.")
    assert q.lists("They raided restaurants, guesthouses and retail stores.")
    assert not q.lists("Officers raided the target locations.")
    assert not parse_question("Which premises did officers raid?").lists("They raided flats, shops and stores.")


def test_one_age_written_aged_n_is_the_n_year_old_asked_about():
    assert "59-year-old" in tokens("The female patient, aged 59, has recovered.")
    assert "59-year-old" in tokens("What symptoms did the 59-year-old patient have?")
    assert not any("year-old" in t for t in tokens("workers aged 22 to 52, and employers aged 27-64"))


def test_a_count_of_one_role_is_no_count_of_another():
    q = parse_question("How many visitors had the museum received?")
    assert not q.fits("A total of 35 LegCo Members attended the visit.")  # members; "visit" is no visitor
    assert q.fits("The museum received 500 visitors.") and q.fits("It welcomed 800 people.")
    assert parse_question("How many people were arrested?").fits("Police arrested 33 suspected illegal workers.")


def test_prepositions_and_wanting_are_no_key_words():
    key = parse_question("What did Hong Kong and Guangdong want to flow within the Bay Area?").key
    assert "within" not in key and "want" not in key and "flow" in key


def test_a_month_or_weekday_is_no_place_or_person():
    q = parse_question("Where does the imported chikungunya patient live?")
    assert not q.fits("Separately, from August 18 to 24, the centre recorded the first imported case.")
    assert q.fits("The patient had been to the Philippines.")
    assert not parse_question("Who chaired the meeting?").fits("The meeting was held on Monday, August 18.")


def test_a_sentence_on_another_partner_of_hong_kong_answers_nothing_on_this_one():
    q = parse_question("When will the Hong Kong-Australia free trade agreement come into force?")
    assert q.pairs_otherwise("Hong Kong and ASEAN will sign the FTA in November this year.")
    assert not q.pairs_otherwise("Hong Kong and Australia signed a free trade agreement today.")
    assert not q.pairs_otherwise("Australia and Hong Kong, like Hong Kong and ASEAN, signed one.")  # names it too
    zhejiang = parse_question("What will Hong Kong and Zhejiang do together in education?")
    assert not zhejiang.pairs_otherwise("Promote the Zhejiang-Hong Kong Vocational Education Alliance.")
    assert not zhejiang.pairs_otherwise("Promote co-operation between Hong Kong and Zhejiangin services.")  # a slip
    assert not parse_question("Who heads the Liaison Unit?").pairs_otherwise("Hong Kong and ASEAN met.")


@pytest.mark.parametrize(
    ("asked", "read", "kind"),
    [
        ("Over how many years will the fund run?", "How many years will the fund run?", "number"),
        ("For how long will the signal stay?", "How long will the signal stay?", "number"),
        ("In which city was it held?", "In which city was it held?", "other"),  # not "Which city ... did In?"
        ("To whom did he speak?", "To whom did he speak?", "who"),
    ],
)
def test_a_preposition_may_open_a_question(asked, read, kind):
    q = parse_question(asked)
    assert (q.text, q.kind) == (read, kind)


def test_ampersand_abbreviations_are_read_in_full_on_both_sides():
    assert {"innovation", "technology"} <= set(parse_question("Which I&T projects got funding?").key)
    assert tokens("the I&T sector, R&D") == tokens("the innovation and technology sector, research and development")


def test_which_road_or_station_asks_for_one_by_name():
    q = parse_question("Which roads were closed near Victoria Park?")
    assert not q.fits("1. Partial road closure in the vicinity of the fair in Victoria Park.")
    assert q.fits("Gloucester Road and Causeway Road will be closed.")
    assert q.fits("Police will close Hing Fat Street and Gloucester Road.")
    stops = parse_question("At which Light Rail stops did vehicles not stop?")
    assert stops.fits("Light Rail Vehicles will not stop at Chestwood and Yau Oi stops.")
    hospital = parse_question("Which hospital was the patient admitted to?")  # a kind may answer: no name needed
    assert hospital.fits("She was admitted to Queen Mary Hospital.") and hospital.fits("She was in a private hospital.")
    assert hospital.fits("She was admitted to Caritas Medical Centre.")  # a hospital by another name
    # a sentence of no hospital names none: "Three required hospitalisation", "the third defendant ran suppliers"
    assert not hospital.fits("Seven sought medical advice and three required hospitalisation.")
    assert not parse_question("Which hospital did the third defendant serve?").fits(
        "The third defendant Cheung Chun-kit (66) was the sole operator of three suppliers."
    )
    assert parse_question("Which schools reported outbreaks?").fits("Most outbreaks were in primary schools.")  # a kind


def test_which_court_or_university_asks_for_one_by_name():
    court = parse_question("Which court issued the search warrant?")  # no head noun: a verb follows the kind
    assert not court.fits("Police had applied for a search warrant from the court.")
    assert court.fits("The case was transferred to the District Court for plea.")
    assert parse_question("Which university did she attend?").fits("She studied at the University of Hong Kong.")
    ministries = parse_question("Which central ministries did the Chief Executive visit?")
    assert not ministries.fits("He will accompany the Chief Executive to pay visits to central ministries.")
    assert ministries.fits("They called on the Ministry of Commerce.")
    assert parse_question("Which bureaux sent staff?").fits("Staff came from the Security Bureau.")
    museum = parse_question("Which museum did the panel visit?")  # a name the question gives is no answer
    assert not parse_question("Which museum did the Palace Museum lend to?").fits("The Palace Museum lent them.")
    assert museum.fits("The panel visited the Hong Kong Palace Museum.")
    # Names that need not hold their kind ("HSBC", "Hong Kong Commercial Daily"), and kinds that answer "what
    # kind of" or "which companies" ("Chongqing companies").
    assert parse_question("Which bank held the account?").fits("It held an account with HSBC.")
    assert parse_question("Which newspaper did Wu work for?").fits("Wu was a manager of Hong Kong Commercial Daily.")
    assert parse_question("What kind of museum is it?").fits("It is a small private museum.")
    assert parse_question("Which companies will the commission help?").fits("It will assist Chongqing companies.")


def test_a_sentence_or_penalty_is_answered_only_by_a_penalty():
    q = parse_question("What sentence did Fung Kwok-kit get?")
    assert not q.fits("The magistrate adjourned the case to May 11 for sentence, pending a background report.")
    assert not q.fits("Fung Kwok-kit was found guilty of one count of conspiracy to accept advantages.")
    assert q.fits("He was sentenced to 120 hours of community service.")
    assert q.fits("Huang was jailed for 11 months.") and q.fits("Each was fined $5,000.")
    assert parse_question("What is the maximum penalty for sedition?").fits(
        "Offences in connection with seditious intention carry a maximum penalty of seven years' imprisonment."
    )


def test_a_day_of_a_month_counts_no_people():
    q = parse_question("How many people received the email?")
    assert not q.fits("The Department of Health today (March 3) appealed to members of the public to stay alert.")
    assert q.fits("About 300 members of the public received it by March 3.")


def test_a_participle_after_a_number_counts_no_one():
    q = parse_question("How many people were arrested over the parcels?")
    assert not q.fits("Customs detected two suspected cases of smuggling at the Air Mail Centre.")
    assert q.fits("Customs arrested two suspects.")


def test_how_many_times_is_answered_by_an_ordinal_time():
    q = parse_question("How many times had Carrie Lam met Xu Qin?")
    assert q.fits("She was pleased to meet him for the fourth time since she took office.")
    assert not q.fits("She was pleased to meet him at Government House.")


def test_which_city_or_country_is_answered_by_a_place_the_question_does_not_name():
    q = parse_question("Which countries did the youth exchange with Austria include besides Austria?")
    assert not q.fits("Both sides agreed to have a Hong Kong youth delegation visit Austria later this year.")
    assert not q.fits("Mr Lau introduced Hong Kong's youth work to Dr Karmasin.")  # a person, not a place
    assert q.fits("The exchange also took the delegation to Germany and to Hungary.")
    visited = parse_question("Which country had the Hung Hom man visited before he fell ill?")
    assert visited.fits("A 22-year-old Hung Hom man fell ill after visiting Thailand.")  # after a verb of going
    province = parse_question("Which province did the delegation visit after Beijing?")
    assert province.fits("The delegation will then visit Jilin Province and meet the officials there.")
    assert not parse_question("Which city did the panel visit in the Pearl River Delta?").fits(
        "It toured the major cities in the Pearl River Delta Region."  # "Region" names no other place
    )


def test_who_chairs_leads_or_organised_is_answered_by_a_sentence_that_names_the_role():
    chair = parse_question("Who chairs the Aviation Development Advisory Committee?")
    assert not chair.fits("The Government announced the appointment of five new members, Mr Aaron Bok and others.")
    assert chair.fits("The Committee is chaired by Mr Jimmy Ng.")
    # leading and chairing are one role: "Paul Chan co-chaired the meeting" says who led the delegation
    assert parse_question("Who led Hong Kong's delegation at the meeting?").fits("Paul Chan co-chaired the meeting.")
    organised = parse_question("Who organised the procession?")
    assert not organised.fits("The Transport Department reminded the public of traffic arrangements in Sheung Shui.")
    assert organised.fits("The symposiums were events held in the two places by the Trade Development Council.")
    assert parse_question("Who attended the meeting?").fits("Mr Aaron Bok attended.")  # no role asked


def test_which_country_is_answered_by_a_country():
    q = parse_question("Which country did the Tin Shui Wai dengue patient travel to?")
    assert not q.fits("The patient lives in Shui Yee House, Tin Shui (1) Estate in Tin Shui Wai.")
    assert q.fits("The patient had travelled to the Republic of Korea during the incubation period.")
    assert q.fits("The patient had travelled to South Korea during the incubation period.")
    assert parse_question("Which country do the recalled bottles come from?").fits("Place of origin: Malaysia")
    assert parse_question("Which countries did the delegation visit?").fits("The delegation visited Japan and Korea.")


def test_a_year_is_no_amount():
    q = parse_question("How much were Hong Kong's Renminbi deposits in January 2014?")
    assert not q.fits("A decade ago, in January 2004, Hong Kong launched its Renminbi banking service.")
    assert q.fits("Deposits reached RMB 860 billion.")


def test_a_route_or_terminal_is_named_by_its_number():
    q = parse_question("Which Light Rail route was suspended?")
    assert q.fits("Light Rail Route 751P has been suspended.") and not q.fits("A Light Rail route was suspended.")
    assert parse_question("Which routes were diverted?").fits("Routes 614, 614P and 751 will be diverted.")
    assert parse_question("Which routes were diverted?").fits("Route 614 will be diverted.")
    assert parse_question("Which lines were suspended?").fits("Service on the East Rail Line was suspended.")
    assert parse_question("Which villages were affected?").fits("Sung Shan New Village was affected.")
    assert parse_question("Which companies' bus routes were diverted?").fits("Citybus and KMB will divert them.")


def test_a_key_word_is_held_when_written_joined_or_apart():
    q = parse_question("What kind of behaviour does the agreement crack down on?")
    assert {"crack", "down"} <= q.joined(set(tokens("anti-competitive behaviour crackdown")))
    q = parse_question("When did the lockdown end?")
    assert "lockdown" in q.joined(set(tokens("the city's lock down ended")))
    # Parts shorter than four letters are not split off ("set" and "up" are not "setup").
    assert "setup" not in parse_question("When was the setup done?").joined(set(tokens("set it up")))
    # Words the question does not hold gain nothing.
    assert q.joined({"break", "down"}) == {"break", "down"}
    # ... or with a hyphen
    best = parse_question("Until when is the recalled Liddells milk best before?")
    assert "best" in best.joined(set(tokens("Best-before date: December 4, 2021")))


def test_a_time_relative_to_the_release_answers_when():
    q = parse_question("When is the youth delegation going to Austria?")
    assert q.fits("The delegation will visit Austria later this year.")
    assert q.fits("A bilateral youth exchange is planned for early next year.")
    assert q.fits("More outbreaks are expected in the coming weeks.")
    assert not q.fits("The delegation will visit Austria.")


def test_a_question_for_a_city_meets_a_sentence_naming_a_new_place():
    q = parse_question("In which city did Matthew Cheung and Chen Rugui hold their meeting?")
    assert q.names_place("Matthew Cheung and Chen Rugui chaired the meeting in Shenzhen today.")
    assert not q.names_place("Matthew Cheung and Chen Rugui chaired the meeting today.")
    assert not q.names_place("They met in August.")  # a month is no place
    assert not q.names_place("Matthew Cheung spoke at the meeting with Chen Rugui.")  # names nothing new
    # Only questions for a city, province or country: a person is no place.
    assert not parse_question("Which official chaired the meeting?").names_place("He chaired it in Shenzhen.")


def test_a_count_is_of_the_thing_named_before_the_verb():
    q = parse_question("How many co-operation agreements did Hong Kong and Fujian sign?")
    assert not q.fits("The two sides have signed agreements of co-operation on innovation and technology.")
    assert q.fits("Four co-operation agreements were signed by government departments.")
    assert q.fits("The two sides signed three agreements.")
    # "were" classifies the persons counted: they are the overstaying helpers asked about.
    q = parse_question("How many overstaying former domestic helpers were arrested?")
    assert q.fits("Among them, 13 persons were overstaying former FDHs and domestic helpers.")


def test_early_mid_or_late_in_the_month_is_held_by_the_releases_day():
    q = parse_question("What was bringing the cold in early December 2019?")
    assert stem("early") in q.key
    assert stem("early") in date_terms(q, "2019-12-04")
    assert stem("late") in date_terms(q, "2019-12-28") and stem("early") not in date_terms(q, "2019-12-28")
    assert stem("mid") in date_terms(parse_question("What happened in mid-July 2020?"), "2020-07-15")
    assert not date_terms(q, "2019-11-04") & {stem("early"), stem("mid"), stem("late")}  # another month


def test_a_place_after_by_answers_where():
    q = parse_question("Besides primary schools, where were most flu outbreaks reported?")
    assert q.fits("Most outbreaks were reported by primary schools, followed by elderly-care homes.")
    assert not q.fits("Most outbreaks were reported by primary schools.")  # no place the question does not name


def test_called_at_the_end_of_a_question_is_no_key_word():
    # "What are the vouchers called?": the release names them; it need not say "called".
    assert stem("called") not in parse_question("What are the Hello Hong Kong vouchers called?").key
    assert stem("named") not in parse_question("What was the operation named?").key
    # Inside the question it is a word of its own.
    assert stem("called") in parse_question("Which company called the police?").key


def test_which_hospital_or_firm_asks_for_one_by_name():
    assert parse_question("Which private hospital was the patient admitted to?").asked_which == "hospital"
    assert parse_question("What was the name of the alpaca fibre firm John Lee visited?").asked_which == "firm"
    assert parse_question("Which social media platform did they advertise on?").asked_which == "platform"
    # not for a kind of thing ("type"), a place (names_place) or a thing that need not have a name
    assert parse_question("Which type of vaccine was given?").asked_which is None
    assert parse_question("Which city did he visit?").asked_which is None
    assert parse_question("What preservative was found in the beef?").asked_which is None


@pytest.mark.parametrize(
    ("asked", "text", "named"),
    [
        ("Which hospital admitted her?", "She was admitted to a private hospital on August 4.", False),
        ("Which hospital admitted him?", "He was admitted to hospital on August 20.", False),
        ("Which hospital admitted him?", "He was admitted to Queen Mary Hospital on August 20.", True),
        ("Which hospital admitted him?", "The hospital, Queen Mary, admitted him.", True),
        ("Which hospital admitted him?", "The Importer is Suntory Hong Kong Limited.", None),  # no hospital at all
        ("Which website has the details?", "Details are on its website.", True),  # whose website says which
        ("Which website has the details?", "Details are on the Observatory's website.", True),
        ("Which social platform did she use?", "She published posts on a social platform.", False),
        ("Which flights did he take?", "Passengers of the four concerned flights were traced.", False),
        ("Which flights did he take?", "He had been on Cathay Pacific Airways flights to Manila.", True),
        ("Which flight did he take?", "He arrived on flight number UO 123.", True),
    ],
)
def test_a_release_that_mentions_the_thing_only_as_a_kind_does_not_say_which(asked, text, named):
    q = parse_question(asked)
    assert names_which(q, q.asked_which, text) is named


def test_a_company_is_named_by_its_registered_name():
    q = parse_question("Which company imported the cordial?")
    assert names_which(q, q.asked_which, "The company said so. Importer: Suntory Beverage & Food Hong Kong Limited")
    assert names_which(q, q.asked_which, "The company said it would recall the cordial.") is False
    groups = parse_question("Which working groups did the two cities set up?")
    text = "They set up various working groups to promote collaboration in areas including the Northern Metropolis."
    assert names_which(groups, groups.asked_which, text)


def test_why_is_answered_by_a_sentence_not_a_list():
    q = parse_question("Why are roads in Tai Hang closed during the Mid-Autumn Festival?")
    assert not q.fits("The following roads will be closed daily from 6pm to 11.59pm:")
    assert not q.fits("- Lai Yin Lane;")
    assert q.fits("The following special traffic arrangements will be implemented to facilitate the Fire Dragon Dance.")
    # a cause need not be said with a word of cause
    assert parse_question("Why were the helpers still in Hong Kong?").fits(
        "Investigators discovered that helpers, whose employment contracts were prematurely terminated, stayed on."
    )


def test_an_age_may_be_given_in_months_and_a_change_is_of_the_thing_named():
    assert parse_question("How old was the girl?").fits("The case involves an 11-month-old girl with good health.")
    assert parse_question("How old was the boy?").fits("The case involves a seven-month-old boy.")
    prices = parse_question("How much did hotel room prices rise over Chinese New Year?")
    assert not prices.fits("Figures show that 680,000 visitors came over the holiday.")
    assert prices.fits("Hotel room prices rose 12 per cent over the holiday.")


def test_a_chinese_count_is_no_date_and_is_of_the_measure_asked():
    q = parse_question("湖南考察團有多少名商界領袖參加?")
    assert not q.fits("行政長官將於九月二十四日率領由商界領袖組成的經貿代表團,啟程前往湖南考察三天。")
    assert q.fits("代表團共有30名商界領袖。")
    assert not q.fits("代表團共有30")  # a count at the end of the sentence, with no measure word after it
    assert parse_question("曾國衞幾時回港?").kind == "date"  # "幾時" asks when, not how many


def test_a_measure_inside_a_name_is_no_answer():
    q = parse_question("How long did the working meeting last?")
    assert not q.fits("Many items are mapped out in accordance with the National 13th Five-Year Plan.")
    assert q.fits("The meeting lasted two hours.")


def test_the_name_asked_for_stands_next_to_the_thing_named():
    employee = parse_question("What was the name of the employee owed wages by the company?")
    assert not employee.fits(
        "The director was prosecuted for failing to pay the sum awarded to an employee by the "
        "Labour Tribunal (LT) on time."
    )
    assert employee.fits("The employee, Chan Tai-man, was owed wages.")
    assert employee.fits("The employee named Chan Tai-man was owed wages.")
    banks = parse_question("What are the names of the banks involved in the case?")
    assert banks.fits("Employees of DBS Bank and Hang Seng Bank were arrested.")  # a bank's name says it is one
    man = parse_question("What is the name of the mainland man arrested at Mong Kok?")
    assert not man.fits("The suspect was arrested at Mong Kok, said Chief Inspector Cheung Chi-chung.")  # no man
    twins = parse_question("What is the name of the giant panda twins being unveiled?")
    assert not twins.fits("Events include the Hong Kong Marathon and the unveiling of the giant panda twins.")


def test_a_yes_no_question_is_answered_by_a_sentence_that_says_no_in_its_own_words():
    q = parse_question("Were there unsettled foreign exchange contracts in April 2021?")
    assert q.fits("There were no unsettled foreign exchange contracts in April.")
    assert not q.fits("Unsettled foreign exchange contracts in April.")  # the question's words, and nothing said


def test_a_possessive_is_part_of_the_thing_counted():
    # "how many Legionnaires' cases" counts cases, not Legionnaires
    q = parse_question("How many Legionnaires' cases were filed in 2012?")
    assert q.fits("In 2013 and 2012, 28 cases were filed in each year.")
    assert not q.fits("In 2013 and 2012, 28 wards were filed in each year.")
    assert parse_question("How many children's books were sold?").fits("About 300 books were sold.")


def test_a_price_change_of_a_kind_of_thing_names_the_kind():
    housing = parse_question("How much did housing prices rise in September 2017?")
    assert housing.kind == "number"
    assert not housing.fits("Overall consumer prices rose 1.4% year-on-year in September.")
    assert housing.fits("Prices of housing rose 2.1% in September.")
    assert parse_question("How much did prices rise?").fits("Overall consumer prices rose 1.4%.")
    # a name may be the release's subject, said once: "bilateral trade" is the UK's and Hong Kong's
    trade = parse_question("How much did UK-Hong Kong trade grow in the first six months of 2019?")
    assert trade.fits("Through the first 6 months of 2019, bilateral trade continued to grow by 18.3%.")
    # a list of kinds, written with commas, asks of a change, not of money
    several = parse_question("How much did electricity, gas and water prices rise in September 2005?")
    assert several.kind == "number"
    assert several.fits("Prices rose for electricity, gas and water (4.1% in the Composite CPI).")


def test_a_designation_is_no_part_of_what_is_counted():
    q = parse_question("How many No. 3 alarm fires were there in 2020?")
    assert q.fits("There were six No. 3 alarm fires, more than the four recorded in 2020.")
    assert not q.fits("There were six ambulances at the No. 3 station.")


def test_a_figure_inside_a_code_is_no_amount():
    q = parse_question("How much poultry does Hong Kong import each year?")
    assert not q.fits("Imports of poultry were suspended after an outbreak of H5N1 avian influenza.")
    assert q.fits("Liaoning exported nearly 28,000 tonnes of frozen poultry to Hong Kong.")
    assert parse_question("How much did the victims lose?").fits("They were scammed out of HK$480,000.")


def test_how_many_people_counts_electors_but_candidates_count_no_electors():
    sentence = "A total of about 1,202,000 registered electors have cast their votes in the election today."
    assert parse_question("How many people voted in the election?").fits(sentence)
    assert not parse_question("How many candidates stood in the election?").fits(sentence)


def test_the_ordinal_of_the_latest_one_is_a_running_tally():
    q = parse_question("How many JE cases had been recorded in 2017 by October 6?")
    assert q.fits("This is the fifth JE case recorded in 2017.")
    assert parse_question("How many cases were reported this year?").fits(
        "This is the 35th LD case reported this year."
    )
    assert not parse_question("How many people were arrested?").fits("This is the fifth operation this year.")
    assert parse_question("How many consecutive periods had the rate stayed at 3.3%?").fits(
        "The rate remained unchanged for the fourth consecutive period at 3.3 percent."
    )


def test_the_adjective_of_how_big_or_how_high_is_no_key_word():
    assert parse_question("How big was the labour force in 2022?").key == tuple(tokens("labour force 2022"))
    assert "temperatur" in parse_question("How high was the temperature?").key
    assert "high" not in parse_question("How high was the temperature?").key
    assert "high" in parse_question("Which high school won?").key
    # "What share of ...?" asks for a figure; the release need not say "share"
    assert parse_question("What share of pupils had the vaccine?").key == tuple(tokens("pupils vaccine"))
    assert "proportion" not in parse_question("What proportion of flats were sold?").key
    assert "shar" in parse_question("How many shares were sold?").key


def test_a_question_ending_on_worth_asks_for_money():
    assert parse_question("What was the shark fin haul from the air passenger worth?").kind == "money"


def test_what_time_of_day_asks_for_a_part_of_the_day_not_a_clock_time():
    assert parse_question("What time of day is best for outdoor activities in very hot weather?").kind == "other"
    assert parse_question("What time did the train leave?").kind == "time"
    assert parse_question("At what time of the day was the warning issued?").kind == "time"
    q = parse_question("What time of day is best for outdoor activities?")
    assert q.fits("Perform outdoor activities in the morning or late afternoon.")
    assert not q.fits("Avoid prolonged activities outdoors.")


def test_a_large_count_with_no_noun_counts_what_its_clause_named():
    q = parse_question("How many visitors came to Hong Kong in October 2009?")
    assert q.fits("Hong Kong saw a 9 percent rise in visitors in October to 2.762 million, the Board said Friday.")
    assert q.fits("The Board said Hong Kong saw a provisional visitor arrival of 1.462 million in February.")
    assert not q.fits("Visitor spending rose 9 per cent to HK$2,500 million.")  # a sum of money
    assert not q.fits("Visitors stayed for 3.2 nights, up from 3.1 in 2008.")  # a small figure, not a count
    assert not q.fits("Hotel occupancy rose to 88 per cent in October.")  # a percentage; nothing counted
    assert not parse_question("How many cases were recorded?").fits("Cases rose by 150 in March.")  # a change


def test_visitors_are_counted_by_their_arrivals_and_visits():
    q = parse_question("How many visitors came over the summer?")
    assert q.fits("Over the summer we welcomed a total of 10,940,371 arrivals, 18.8% more than last year.")
    assert q.fits("Provisional visitor arrivals for March registered 3.4 million visits.")
    assert parse_question("How many Southeast Asian visitors came?").fits(
        "Arrivals from Southeast Asia rose to 250,000."
    )
    assert not q.fits("35 Members attended the visit.")  # a visit's members are no visitors


def test_a_numbered_phase_is_part_of_an_estates_name():
    q = parse_question("Which estate does the dengue patient live in?")
    assert q.fits("The patient resides in Tin Shui (1) Estate in Tin Shui Wai.")
    assert not q.fits("The patient resides in a public housing estate.")


def test_an_organisation_named_with_its_short_form_says_which_body_not_which_flight():
    sentence = "The Hong Kong Commercial Daily (HKCD) reported the case."
    assert names_organisation(parse_question("Which newspaper reported the case?"), sentence)
    assert not names_organisation(parse_question("Which flights did the patient take?"), sentence)
    # a public body is no company
    department = "The Labour Department (LD) is investigating the accident."
    assert not names_organisation(parse_question("Which company was the contractor?"), department)
    assert names_organisation(parse_question("Which body is investigating?"), department)


def test_where_headed_and_a_case_by_its_name_need_no_word_of_their_own():
    # "headed" asks where to, which the answer's place says; "the Shui Hang case" names the case, the release
    # need not say "case".
    assert "head" not in parse_question("Where was the parcel from Colombia headed?").key
    assert parse_question("What were the total wages in the Shui Hang case?").key == ("total", "wage", "shui", "hang")
    assert "case" in parse_question("How many new cases were recorded?").key


def test_filler_adverbs_are_no_key_words():
    assert parse_question("How much did the worker actually receive?").key == ("worker", "receiv")


def test_a_charge_someone_faces_is_an_offence_not_a_price():
    assert parse_question("What charge does Wong Lei-po face?").kind == "other"
    assert parse_question("What charges were laid against the trio?").kind == "other"
    assert parse_question("What fare did the MTR charge?").kind == "money"


def test_how_fast_a_vessel_went_is_a_speed_how_fast_a_thing_grew_a_rate():
    assert parse_question("How fast was the ferry travelling when it hit the ship?").unit == "speed"
    assert parse_question("How fast did the economy grow?").unit is None
    q = parse_question("How fast was the ferry travelling when it hit the ship?")
    assert not q.fits("A cross-border ferry carrying more than 80 passengers collided with a container ship.")
    assert q.fits("The ferry was travelling at about 25 knots.")


def test_an_age_range_is_given_by_ages():
    q = parse_question("What is the age range of the first cluster?")
    assert q.unit == "age" and q.head is None and "rang" not in q.key
    assert q.fits("The first cluster comprises four females aged 2 to 35 who developed abdominal pain.")


def test_an_age_in_brackets_after_a_name_is_an_age():
    q = parse_question("How old is the supplier Cheung Chun-kit?")
    assert q.fits("The third defendant Cheung Chun-kit (66) was the sole operator of three suppliers.")
    assert not q.fits("He operated Tin Shui (1) Estate's shop.")


def test_a_count_of_none_answers_how_many():
    q = parse_question("How many people were hospitalised?")
    assert q.fits("None required hospitalisation and all affected persons are in stable condition.")
    assert q.fits("No casualties were reported.")
    assert not q.fits("All affected persons are in stable condition.")


def test_the_thing_counted_ends_at_the_auxiliary():
    # "how many bonuses did Daniel Wu receive": Daniel is not counted, so a figure near his name is no answer
    q = parse_question("How many bonuses did Daniel Wu receive?")
    assert not q.fits("Daniel Wu was charged contrary to Section 9(1)(a) of the Prevention of Bribery Ordinance.")
    assert q.fits("Wu received three bonuses last year.")


def test_a_company_named_with_a_figure_is_named():
    text = "The director of 1698 Limited, trading as Happy Restaurant, was fined $30,000 today."
    assert names_which(parse_question("Which company traded as Happy Restaurant?"), "company", text) is True


def test_who_chairs_is_not_answered_by_the_chief_executive_alone():
    q = parse_question("Who chairs the ICAC Complaints Committee?")
    assert not q.fits("The Chief Executive, Mr John Lee, has made appointments to the ICAC Complaints Committee.")
    assert q.fits("Mr Chan Tai-man was appointed as the Chairman of the ICAC Complaints Committee.")


def test_the_address_of_a_place_is_where_it_is():
    q = parse_question("What is the address of Kai Ming Building?")
    assert q.kind == "where" and "address" not in q.key and q.head is None


def test_which_street_is_answered_by_a_road_a_street_or_an_avenue_by_name():
    q = parse_question("Which street is the shop on?")
    assert q.fits("The shop is on Tong Mi Road.") and q.fits("The shop is on Nathan Street.")
    assert not q.fits("The shop is on the street.")


def test_a_prison_term_is_a_duration():
    q = parse_question("What is the maximum prison term for importing goods with a forged trade mark?")
    assert (q.kind, q.unit, q.head) == ("number", "duration", None) and "term" not in q.key
    assert q.fits("The maximum penalty is a fine of $500,000 and imprisonment for five years.")
    assert not q.fits("Any person who imports goods with a forged trade mark commits an offence.")


def test_a_measure_asked_by_its_name_needs_no_release_to_hold_the_name():
    q = parse_question("At what temperature does Legionella grow well?")
    assert (q.unit, q.head) == ("temperature", None)
    assert q.fits("Legionella grow well in warm water (20 to 45 degrees Celsius).")


def test_who_is_the_role_doing_something_asks_for_the_role():
    assert parse_question("Who was the labour secretary commenting on the figures?").head == stem("secretary")
    assert parse_question("Who was the officer leading the operation?").head == stem("officer")
    assert parse_question("Who is the housing minister?").head == stem("minister")


def test_a_rate_is_a_figure_not_a_span_or_a_year():
    q = parse_question("What was the jobless rate in the education sector in February-April 2018?")
    assert not q.fits("Compared to the preceding three-month period, a decrease was seen in the education sector.")
    assert not q.fits("Increases in the unemployment rate in August – October 2019 were seen in construction.")
    assert q.fits("The unemployment rate of the education sector was 2.1%.")


def test_a_count_of_another_kind_of_the_thing_asked_is_no_count():
    q = parse_question("How many underemployed persons were there in August-October 2022?")
    assert not q.fits("The number of unemployed persons decreased by around 7,900 from 155,300 to 147,400.")
    assert q.fits("The number of underemployed persons decreased by around 4,900 to 59,000.")
    flu = parse_question("How many flu outbreaks were recorded this week?")
    assert flu.fits("This week, 13 ILI outbreaks have been recorded.")  # a short form is no other kind
    assert flu.fits("The above 13 outbreaks occurred in primary schools.")
    assert parse_question("Of those arrested, how many worked at banks?").fits("18 frontline bank employees.")


def test_a_country_a_thing_is_destined_for_is_named():
    q = parse_question("Which country was the container bound for?")
    assert q.fits("Customs inspected a 40-foot container arriving from Nansha, destined for Argentina.")


def test_which_building_is_not_said_by_a_private_building():
    q = parse_question("What is the name of the private building where the woman lives?")
    text = "The patient lives in a private building on Shau Kei Wan Road, Eastern District."
    assert q.asked_which == stem("building") and names_which(q, q.asked_which, text) is False
    assert names_which(q, q.asked_which, "She lives in Kai Ming Building, Wan Chai.") is True
    assert parse_question("Which hospital first admitted the man?").asked_which == stem("hospital")


def test_an_airline_is_named_by_its_airways():
    q = parse_question("Which airline did the patient work for?")
    text = "A man working for an airline had been on Cathay Pacific Airways flights to Manila."
    assert names_which(q, q.asked_which, text) is True
    assert names_which(q, q.asked_which, "A man working for an airline had been on flights to Manila.") is False


def test_a_count_written_in_a_word_is_not_read_inside_another_word():
    # "one" is in "cyclones", but the question gives no count of one
    q = parse_question("How many tropical cyclones occurred in November 2021?")
    assert q.fits("One tropical cyclone occurred over the South China Sea in November.")


def test_twice_says_how_many_times():
    q = parse_question("How many times was the Very Hot Weather Warning issued in October 2017?")
    assert q.fits("The Very Hot Weather Warning was issued twice during the month.")
    assert not q.fits("The warning was issued during the month.")


def test_what_is_counted_ends_before_what_was_done_to_it():
    q = parse_question("How many typhoons affected Hong Kong in July 2008?")
    assert not q.fits("Rainfall was 2,382.1mm, the highest since 1884, the Hong Kong Observatory says.")
    assert q.fits("Two typhoons affected Hong Kong in July.")


def test_a_measure_of_another_kind_is_no_answer():
    q = parse_question("What was the highest temperature in October 2017?")
    assert not q.fits("The mean temperature for the month was 26.3 degrees Celsius.")
    assert q.fits("The highest temperature of the month was 33.1 degrees.")
    assert parse_question("What was the total rainfall in 2015?").fits("The annual rainfall was 1874.5 millimetres.")


def test_how_much_rain_fell_asks_for_millimetres():
    q = parse_question("How much rain fell at Lau Fau Shan on July 27, 2008?")
    assert (q.kind, q.unit) == ("number", "rainfall") and "rain" not in q.key
    assert not q.fits("Squalls up to 131km an hour were recorded at Lau Fau Shan on July 27.")
    assert q.fits("The monthly total rainfall was 99.6mm, near the normal figure.")


def test_a_premium_or_a_bid_is_money():
    assert parse_question("What was the premium for Kai Tak Area 4B Site 3?").kind == "money"
    assert parse_question("How much did Sino Land bid for the lot?").kind == "money"


def test_how_tall_and_how_heavy_ask_for_a_measure_in_its_unit():
    tall = parse_question("How tall is Wu Wai-man?")
    assert tall.unit == "height"
    assert tall.fits("He is about 1.78 metres tall and of medium build.")
    assert not tall.fits("Wu Wai-man, aged 36, went missing after he left his residence on May 25.")
    heavy = parse_question("How heavy is the CANTOREL cheese plate?")
    assert heavy.unit == "weight"
    assert heavy.fits("Net weight: 310 grams")


def test_a_count_in_words_and_a_grade_named_by_its_figure():
    poor = parse_question("How many beaches were rated poor in the May 2019 grading?")
    assert poor.fits("Seventeen beaches were rated as good (grade 1), 20 as fair (grade 2) and two as poor (grade 3).")
    assert not poor.fits("Grade 1 beaches are:")  # a grade's name, not one beach
    assert poor.fits("Some 20 beaches were rated.") and poor.fits("Nearly 300 beaches were rated.")
    assert parse_question("How many pools were partially open?").fits("Sixteen pools partially open are Pao Yue Kong")


def test_which_address_is_answered_by_a_street_address():
    q = parse_question("Which two addresses were raided in the June 2025 operation?")
    assert q.named_facility is not None
    assert q.fits("Police raided two locations: an apartment at 433 Shanghai Street and a unit at 502 Nathan Road.")
    assert not q.fits("Police raided two gambling dens in Yau Tsim district.")


def test_how_large_an_area_asks_for_an_area_in_its_unit():
    area = parse_question("How large an area did the red tide at Tolo Harbour cover?")
    assert area.unit == "area"
    assert area.fits("The red tide covered about 30 hectares of Tolo Harbour.")
    assert not area.fits("The red tide was spotted at Tolo Harbour on September 12.")


def test_how_many_times_is_answered_by_so_many_occasions():
    times = parse_question("How many times had the No. 8 signal been issued in October?")
    assert times.fits("There had previously been 14 such occasions.")
    assert not times.fits("The signal was issued at 5:40 a.m. on October 13.")


def test_a_count_that_opens_a_sentence_counts_what_the_sentence_before_named():
    from assistant.counts import elliptical_count

    q = parse_question("How many accidents in early 2008 involved drink driving?")
    before = "There were 4,662 traffic accidents in the first four months of the year."
    assert elliptical_count(q, "Eighteen involved drink driving.", before)
    assert elliptical_count(q, "Of these, 18 involved drink driving.", before)
    assert not elliptical_count(q, "Eighteen involved drink driving.", "Police tested 4,000 drivers.")
    assert not elliptical_count(q, "Police said drink driving is dangerous.", before)


def test_a_count_of_people_may_name_them_by_another_word_for_them():
    q = parse_question("How many workers did the company fail to pay?")
    assert q.fits("The company failed to pay seven employees wages totalling about $300,000.")
    assert not q.fits("The company failed to pay wages totalling about $300,000.")


def test_a_share_is_no_count():
    q = parse_question("How many mainland visitors came in January 2004?")
    assert not q.fits("Nearly 32 percent of the mainland visitors arrived under the individual visa scheme.")
    assert q.fits("About 1.11 million mainland visitors came in January.")


def test_an_average_is_a_mean():
    q = parse_question("What was the average temperature in October 2017?")
    assert q.fits("The mean temperature for the month was 26.3 degrees Celsius.")
    assert not q.fits("The highest temperature for the month was 33.1 degrees Celsius.")


def test_an_amount_of_a_thing_is_not_a_fine():
    q = parse_question("How much in wages did the employer owe?")
    assert not q.fits("The employer was fined $10,000 for failing to pay wages to an employee.")
    assert not q.fits("They were fined $40,000 and $24,500 respectively for wage offences.")
    assert q.fits("The total amount of wages involved was $5,640.")
    assert parse_question("How much in fines did the employer pay?").fits("The employer was fined $10,000.")


def test_a_time_before_or_after_an_event_answers_when():
    q = parse_question("When will Wong Nai Chung Road be closed on race days?")
    assert q.fits("From about 1.5 hours before the start of the first race, Wong Nai Chung Road will be closed.")
    assert not q.fits("Wong Nai Chung Road will be closed to all vehicular traffic.")


def test_a_stop_is_named_by_where_it_stands():
    q = parse_question("Which tram stop is suspended on race days?")
    assert q.fits("The tram stop on Wong Nai Chung Road outside the Hong Kong Cemetery will be suspended.")
    assert not q.fits("The tram stop will be suspended until traffic returns to normal.")


def test_a_past_tense_after_the_thing_counted_is_the_questions_verb():
    q = parse_question("How many people visited museums on International Museum Day 2011?")
    assert not q.fits("Since 1978, the ICOM has designated May 18 as International Museum Day.")
    assert q.fits("About 300,000 people visited the museums that weekend.")


def test_a_count_is_of_the_noun_before_a_preposition():
    q = parse_question("How many businesses have the ETOs attracted?")
    assert not q.fits("The 17 dedicated teams for attracting businesses and talent have reached out to enterprises.")
    assert q.fits("The teams attracted 120 businesses last year.")


def test_which_ministers_asks_for_them_by_name():
    assert parse_question("Which French ministers did Algernon Yau meet?").asked_which == "minister"
    assert parse_question("Who did Algernon Yau meet?").asked_which is None


def test_a_rate_asked_for_is_a_level_not_a_change():
    q = parse_question("What was the base rate after the January 2008 cut?")
    assert not q.fits("The HKMA said its base rate was adjusted downward by 50 basis points.")
    assert not q.fits("The base rate was set at 150 basis points above the US federal funds target rate.")
    assert not q.fits("The reduction came after a 50 basis points cut in the US rate.")
    assert q.fits("The base rate was lowered to 3.5% with immediate effect.")
    # asked for the change, the change answers
    assert parse_question("How much was the base rate cut in January 2008?").fits("It was cut by 50 basis points.")


def test_places_asked_for_are_named():
    q = parse_question("Which places did Hong Kong export more to in May 2020?")
    assert not q.fits("In May 2020, the values of Hong Kong's total exports and imports both decreased.")
    assert q.fits("Increases were recorded in the values of total exports to Taiwan (+16.6%).")


def test_an_amount_in_millions_of_a_currency_named_after_it_is_money():
    q = parse_question("How much was the businessman cheated out of?")
    assert q.fits("A jobless man is suspected of cheating a businessman out of 5.5 million yuan.")
    assert q.fits("The haul was worth 30 million dollars.")
    assert not q.fits("About 5.5 million people live there.")


def test_which_thing_then_a_past_tense_names_the_thing_asked():
    assert parse_question("Which arts troupe performed at the 2018 lantern carnivals?").head == "troup"
    assert parse_question("Which official spoke first on the bill?").head == "official"
    assert parse_question("Which official spoke first on the bill?").asked_which == "official"
    assert parse_question("Which company won the tender?").head == "company"
    assert parse_question("Which bills were introduced for first reading?").head == "bill"
    # a present tense, then "the": the past tense after it is no verb of the thing asked
    assert parse_question("Which company makes the recalled RAW Meal shakes?").head is None


def test_items_and_things_asked_for_are_no_topic():
    q = parse_question("What items are banned at the lantern display?")
    assert q.head is None
    assert "item" not in q.key


def test_a_day_named_by_what_happens_on_it_answers_when():
    q = parse_question("When is the reserve price for a site fixed?")
    assert q.fits("The reserve price is set on the day of tender closure.")
    assert not q.fits("The reserve price is set by professional valuers.")


def test_a_count_after_a_body_named_by_its_common_noun_is_a_count():
    q = parse_question("How many questions did Members ask in October 2024?")
    assert q.fits("Members will also ask the Government 22 questions on various policy areas.")
    assert not parse_question("How many buses run on Route 751?").fits("Route 751 has new buses.")


def test_which_official_is_not_answered_by_a_kind_of_official():
    q = parse_question("Which official spoke first on the Appropriation Bill 2013?")
    release = "Members will continue the debate on the Appropriation Bill 2013 and Government officials will speak."
    assert names_which(q, "official", release) is False
    assert names_which(q, "official", "Government officials, Mr Paul Chan among them, will speak.") is True
    assert names_which(q, "official", "The delegation will meet Xiamen Municipal Government officials.") is True


def test_a_name_is_counted_only_as_the_whole_name():
    q = parse_question("How many Locally Felt Earth Tremor Reports were issued in 2011?")
    assert not q.fits(
        "The Observatory will issue Strong Earthquake Reports for earthquakes of magnitude 6 or above and Locally "
        "Felt Earth Tremor Reports for earth tremors felt in Hong Kong."
    )
    assert not q.fits("About 140 to 160 Strong Earthquake Reports will be issued each year.")
    assert q.fits("The Observatory issued 12 Locally Felt Earth Tremor Reports in 2011.")


def test_how_often_asks_for_a_frequency_and_next_for_what_is_to_come():
    often = parse_question("How often are the test results published?")
    assert often.fits("The results are uploaded onto the CFS website every working day.")
    assert not often.fits("The results are uploaded onto the CFS website.")
    following = parse_question("When will the forum meet next?")
    assert not following.fits("The forum held its eleventh meeting today (March 30).")
    assert following.fits("The forum will meet again on June 2.")


def test_places_named_after_namely_answer_which_cities():
    q = parse_question("Which cities did the delegation visit?")
    assert q.fits("The delegation started a visit to three cities, namely Xiamen, Quanzhou and Zhangzhou, today.")


def test_a_chinese_question_for_a_sum_is_answered_by_a_sum():
    bail = parse_question("那名男子的保釋金是多少?")
    assert not bail.fits("警方以涉嫌刑事毀壞拘捕一名四十歲男子,他獲准保釋候查。")
    assert bail.fits("他以5,000元保釋候查。")


def test_where_in_chinese_asks_for_a_place_not_for_a_thing():
    assert parse_question("羅海星最後在哪裏出現?").head is None
    assert parse_question("楊冰冰住在哪個屋邨?").head == "屋邨"


def test_a_chinese_place_is_named_by_the_character_its_kind_ends_in():
    from assistant.supplies import names_chinese_place

    assert names_chinese_place("屋邨", set(tokens("與家人同住何文田邨")))
    assert not names_chinese_place("屋邨", set(tokens("與家人同住一個單位")))
    assert not names_chinese_place("醫院", set(tokens("在區內書院就讀")))  # "院" ends many words of other kinds
