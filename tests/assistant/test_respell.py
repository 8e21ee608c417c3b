"""Spelling: a word the archive has never seen is read as the word one typing slip away (unit tests, with a
fake archive and a fake dictionary)."""

from __future__ import annotations

from assistant.respell import nearest_word, one_slip, respell, slips_of
from assistant.words import tokens


class FakeArchive:
    """Document frequencies of the stems of the given words."""

    def __init__(self, counts: dict[str, int]):
        self.counts = {stem: n for word, n in counts.items() for stem in tokens(word)}

    def df(self, term: str) -> int:
        return self.counts.get(term, 0)


class FakeDictionary:
    def __init__(self, words: set[str]):
        self.words = words

    def knows(self, word: str) -> bool:
        return word.lower() in self.words


def test_a_name_is_spelled_as_the_retrieved_passages_spell_it():
    archive = FakeArchive({"zhejiang": 3, "agree": 9})
    passages = ["Hong Kong and Zhejiang agreed to step up co-operation.", "Zhejiang Province"]
    assert respell("What did Zheijang agree?", passages, archive, FakeDictionary(set())) == "What did Zhejiang agree?"


def test_a_common_word_is_read_as_the_english_word_the_archive_holds_most():
    archive = FakeArchive({"number": 20, "member": 1})
    assert nearest_word("numebr", archive, FakeDictionary({"number"})) == "number"
    assert (
        respell("What is the numebr to call?", [], archive, FakeDictionary({"number"})) == "What is the number to call?"
    )


def test_known_short_and_english_words_are_left_alone():
    archive = FakeArchive({"zhejiang": 3})
    dictionary = FakeDictionary({"wherever"})
    text = "Wherever did Zhe go?"  # "Zhe" is too short to respell, "Wherever" is English
    assert respell(text, ["Zhejiang"], archive, dictionary) == text


def test_a_function_word_is_never_respelled():
    # WordNet knows no "which"; "whish" is an English word one slip away
    text = "Near which towns were the farms?"
    assert respell(text, ["The farms are near Hadang."], FakeArchive({}), FakeDictionary({"whish"})) == text


def test_a_capitalised_unknown_word_with_no_close_passage_word_is_kept_as_a_name():
    text = "Who is Xanthippe?"
    assert respell(text, ["Nothing close here."], FakeArchive({}), FakeDictionary(set())) == text


def test_a_word_with_a_capital_inside_is_never_respelled():
    # "iBond" is one slip from the passages' "Bond", but written so on purpose: a product's name
    text = "How many applied for the iBond?"
    passages = ["The Silver Bond was issued.", "Bond holders"]
    assert respell(text, passages, FakeArchive({"bond": 5}), FakeDictionary({"bond"})) == text
    # a capital only at the start is still a slip
    assert respell("Who is Zheijang?", ["Zhejiang"], FakeArchive({}), FakeDictionary(set())) == "Who is Zhejiang?"


def test_one_typing_slip_apart():
    for a, b in [
        ("zheijang", "zhejiang"),
        ("zhejang", "zhejiang"),
        ("zhejianng", "zhejiang"),
        ("zhejixng", "zhejiang"),
    ]:
        assert one_slip(a, b) and one_slip(b, a)
    for a, b in [("zhejiang", "zhejiang"), ("zhejiang", "zehjaing"), ("zhejiang", "zhe"), ("abcdef", "badcef")]:
        assert not one_slip(a, b)


def test_every_word_one_typing_slip_away():
    slips = slips_of("during")
    assert {"druing", "durng", "durring", "dering"} <= slips and "during" not in slips
    assert all(one_slip("during", s) for s in slips)


def test_a_prefix_before_a_hyphen_is_never_respelled():
    # "multi" is no English word by itself, and "culti" once took its place
    archive = FakeArchive({"cult": 2, "vehicle": 5})
    text = "Where did the multi-vehicle collision happen?"
    assert respell(text, ["a cult film"], archive, FakeDictionary({"cult", "vehicle"})) == text
