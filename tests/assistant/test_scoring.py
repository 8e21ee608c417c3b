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


def test_the_body_a_release_tells_of_speaks_in_it_said_and_chinese_refers_back():
    from assistant.scoring import _HE_OR_SHE, _REFERS_BACK

    assert _REFERS_BACK.search("It said it had received more than 100 reports from residents of minor shaking.")
    assert not _REFERS_BACK.search("It is expected to rain.")
    assert _REFERS_BACK.search("至今日傍晚5時許傳來好消息,證實尋回老翁,他被發現時清醒。")
    assert not _REFERS_BACK.search("其他人士可致電熱線查詢。")  # "其他" is "other", no "he"
    assert _HE_OR_SHE.match("He was last seen wearing a grey jacket.")
    assert not _HE_OR_SHE.match("Hence the closure.")


def test_a_chinese_pair_between_two_words_of_the_archive_weighs_nothing(tmp_path):
    from assistant.question import parse_question
    from assistant.scoring import Scorer

    class _FakeKeyword:  # a fake keyword index (unit test): the pairs it holds
        held = {"海星", "最后", "出现", "罗海"}

        def df(self, term):
            return 1 if term in self.held else 0

        def __len__(self):
            return 10

    class _FakeRetriever:
        keyword = _FakeKeyword()

    scorer = Scorer(_FakeRetriever(), None, None)  # type: ignore[arg-type]
    weights = scorer.weights(parse_question("羅海星最後在哪裏出現?"))
    assert weights["星最"] == 0.0  # "海星" and "最后" are words; "星最" is only where they meet
    assert weights["海星"] > 0
    alone = scorer.weights(parse_question("羅海星的工資是多少?"))
    assert alone["工资"] > 0  # a word missing from the archive still counts, at half weight
