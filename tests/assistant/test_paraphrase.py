"""The hand-written list of words releases use for a question's words (unit tests: no model, no index)."""

from __future__ import annotations

from assistant.paraphrase import Paraphrases, paraphrases, read_groups
from assistant.question import parse_question
from assistant.words import tokens


def aliases_of(lexicon: Paraphrases, question: str) -> dict[str, set[str]]:
    q = parse_question(question)
    return lexicon.aliases(q.text, q.key)


def test_a_group_is_read_as_stems_and_comments_are_skipped():
    groups = read_groups("# a comment\ntrip, visits, Tour  # a note\n\nlonely\nsmall business, SMEs\n")
    assert groups == [[("trip",), ("visit",), ("tour",)], [("small", "business"), ("sme",)]]


def test_each_question_word_of_a_group_gets_the_groups_other_members():
    lexicon = Paraphrases(read_groups("purpose, objective, aim\ntrip, visit\n"))
    found = aliases_of(lexicon, "What was the purpose of the minister's trip to London?")
    assert found == {"purpos": {"objectiv", "aim"}, "trip": {"visit"}}
    # A group none of whose words the question uses gives nothing.
    assert aliases_of(lexicon, "Who chairs the council?") == {}


def test_a_question_that_says_it_twice_is_held_by_either_word():
    lexicon = Paraphrases(read_groups("hospital, hospitalised, admitted\n"))
    found = aliases_of(lexicon, "When was the Dazhou patient admitted to hospital?")
    # "admitted for treatment" holds "hospital" too; "hospitalised" holds both.
    assert found == {"hospital": {"hospitalis", "admit"}, "admit": {"hospitalis", "hospital"}}


def test_a_member_of_several_words_must_be_held_whole():
    lexicon = Paraphrases(read_groups("small business, SME, small and medium enterprise\n"))
    found = aliases_of(lexicon, "Which scheme for small businesses was extended?")
    # "small-and-medium-enterpris": the release must hold every part, not "small" alone.
    assert found == {s: {"sme", "small-and-medium-enterpris"} for s in ("small", "business")}
    # "business" alone is not the member "small business".
    assert aliases_of(lexicon, "Which business was fined?") == {}


def test_the_shipped_list_reads_everyday_paraphrases_of_releases():
    lexicon = paraphrases()
    assert len(lexicon.groups) > 100
    found = aliases_of(lexicon, "How many workers were caught in the operation?")
    assert "arrest" in found[tokens("caught")[0]]
    assert "visit" in aliases_of(lexicon, "Why did he make the trip?")[tokens("trip")[0]]
    found = aliases_of(lexicon, "What were people told about the coast?")  # "ADVISED TO STAY AWAY FROM THE SHORELINE"
    assert tokens("advised")[0] in found[tokens("told")[0]] and tokens("shoreline")[0] in found[tokens("coast")[0]]
    found = aliases_of(lexicon, "What are the measures meant to tackle?")  # "measures that aim to address"
    assert "aim-to" in found[tokens("meant")[0]] and tokens("address")[0] in found[tokens("tackle")[0]]
    found = aliases_of(lexicon, "For how many periods in a row had the rate stayed at 1.1%?")
    assert tokens("consecutive")[0] in found["row"] and tokens("remained")[0] in found[tokens("stayed")[0]]
    assert "very-hot-weather" in aliases_of(lexicon, "Where should the elderly stay during a heat wave?")["wave"]
    assert "said" in aliases_of(lexicon, "Who spoke for the police?")[tokens("spoke")[0]]
    assert tokens("operates")[0] in aliases_of(lexicon, "When is the hotline open?")["open"]
    assert tokens("equipment")[0] in aliases_of(lexicon, "What tools did the contractors use?")[tokens("tools")[0]]


def test_the_shipped_list_never_joins_different_facts():
    # Each pair is two facts a question tells apart: a release that says one does not answer the other.
    different = [
        ("arrested", "charged"),
        ("arrested", "convicted"),
        ("injured", "killed"),
        ("suspected", "confirmed"),
        ("visitors", "residents"),
        ("increase", "decrease"),
        ("start", "end"),
        ("employer", "employee"),
        ("import", "export"),
        ("first", "last"),
    ]
    for group in paraphrases().groups:
        members = set(group)
        for a, b in different:
            assert not {tuple(tokens(a)), tuple(tokens(b))} <= members, (a, b, group)


def test_the_shipped_list_reads_bribes_repayment_and_falling_ill():
    lexicon = paraphrases()
    assert tokens("accepted")[0] in aliases_of(lexicon, "How much did the worker receive?")[tokens("receive")[0]]
    assert tokens("repay")[0] in aliases_of(lexicon, "How much did he pay back to the school?")["pay"]
    assert tokens("symptoms")[0] in aliases_of(lexicon, "When did the diners fall ill?")["fall"]


def test_the_shipped_list_reads_soliciting():
    lexicon = paraphrases()
    assert tokens("solicited")[0] in aliases_of(lexicon, "How much did he ask the crane operator for?")["ask"]


def test_the_shipped_list_reads_vehicles_crashes_and_parcels():
    lexicon = paraphrases()
    assert tokens("plb")[0] in aliases_of(lexicon, "What was the minibus driver arrested for?")["minibus"]
    assert "traffic-accident" in aliases_of(lexicon, "Where did the crash happen?")[tokens("crash")[0]]
    assert tokens("consignment")[0] in aliases_of(lexicon, "How many parcels were checked?")[tokens("parcel")[0]]
    assert (
        "destin-for"
        in aliases_of(lexicon, "How long did the operation against goods bound for Peru last?")[tokens("bound")[0]]
    )


def test_the_shipped_list_reads_boundary_crossings():
    lexicon = paraphrases()
    found = aliases_of(lexicon, "How many passengers used land crossings at Easter?")
    assert "control-point" in found[tokens("crossings")[0]]
    assert tokens("land")[0] not in found  # the land is no checkpoint


def test_the_shipped_list_reads_prices_that_fall_or_rise():
    found = aliases_of(paraphrases(), "Which items got cheaper in September 2017?")
    assert "pric-decreas" in found[tokens("cheaper")[0]]  # "Year-on-year price decreases were recorded for ..."
    assert "pric-increas" in aliases_of(paraphrases(), "What got dearer last month?")[tokens("dearer")[0]]


def test_the_shipped_list_reads_the_heaviest_fine_as_the_biggest():
    found = aliases_of(paraphrases(), "What was the biggest fine in December 2005?")
    assert "heaviest-fine" in found[tokens("biggest")[0]]


def test_the_shipped_list_reads_bird_flu_rejections_and_the_largest_as_the_maximum():
    lexicon = paraphrases()
    assert "avian-influenza" in aliases_of(lexicon, "Where does the bird flu patient live?")["bird"]
    assert tokens("rejected")[0] in aliases_of(lexicon, "Why were the bids turned down?")["turn"]
    assert tokens("maximum")[0] in aliases_of(lexicon, "What is the largest floor area?")[tokens("largest")[0]]
    assert "develop-symptom" in aliases_of(lexicon, "When did the patient first show symptoms?")["show"]


def test_a_chinese_member_is_its_character_pair():
    groups = read_groups("出現, 露面")
    assert groups == [[("出现",), ("露面",)]]
    lexicon = Paraphrases(groups)
    assert lexicon.aliases("羅海星最後在哪裏出現?", ("罗海", "海星", "最后", "出现")) == {"出现": {"露面"}}


def test_the_shipped_list_reads_notices_and_warnings_words():
    lexicon = paraphrases()
    assert tokens("uploaded")[0] in aliases_of(lexicon, "How often are the results published?")[tokens("published")[0]]
    assert "avoid-going-out" in aliases_of(lexicon, "Should the elderly stay indoors when it is cold?")["stay"]
    assert tokens("earthquake")[0] in aliases_of(lexicon, "How deep was the quake?")[tokens("quake")[0]]
