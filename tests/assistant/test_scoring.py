"""What the scorer reads of a release beyond a sentence (unit tests, no index)."""

from assistant.scoring import _one_age
from assistant.words import tokens


def test_the_age_of_a_releases_one_patient_speaks_for_every_sentence_of_it():
    one = set(tokens("The female patient, aged 22, has fever. She lives in a flat on Maidstone Road."))
    assert _one_age(one) == {"22-year-old"}
    several = set(tokens("They involve a man aged 61 and a man aged 82."))
    assert _one_age(several) == set()  # which patient lives where is not for the release to say at once
    assert _one_age(set(tokens("No one is named."))) == set()


def test_a_sentence_that_refers_to_the_product_above_reads_the_record():
    from assistant.scoring import _REFERS_ABOVE

    assert _REFERS_ABOVE.search("the above-mentioned product is being recalled due to possible sealing defects")
    assert _REFERS_ABOVE.search("The trade should stop using or selling the affected batch of product concerned.")
    assert not _REFERS_ABOVE.search("The CFS will alert the trade to the incident.")


def test_a_figure_the_question_names_a_thing_by_is_held_only_after_its_word():
    from assistant.scoring import labelled_figures

    assert labelled_figures("What is Grade 4 called?") == (("grade", "4"),)
    assert labelled_figures("Which flights use Terminal 1 in May 2019?") == (("terminal", "1"),)
    assert labelled_figures("How many beaches were graded on June 14?") == ()  # a day of a month
    assert labelled_figures("Was Signal No. 8 hoisted in 2019?") == ()


def test_the_missing_man_refers_back_to_the_person_the_release_is_about():
    from assistant.scoring import _REFERS_BACK

    assert _REFERS_BACK.search("Anyone who may have seen the missing man is urged to contact the unit.")


def test_a_role_is_held_only_by_its_own_word_and_people_by_any_persons():
    from assistant.candidate import coverage

    release = set(tokens("Three Mainlanders and two Hong Kong residents were intercepted."))
    assert coverage({"student": 1.0}, release) == 0.0  # residents are no students
    assert coverage({stem_of("people"): 1.0}, release) == 1.0  # but they are people
    assert coverage({stem_of("official"): 1.0}, release) == 1.0  # "Which official?" asks for a person
    assert coverage({stem_of("residents"): 1.0}, set(tokens("Members of the public should stay away."))) == 1.0


def stem_of(word: str) -> str:
    return tokens(word)[0]
