"""How common a word is in English at large, and the word weights it gives a small archive (no index, no model)."""

from assistant import background


def test_an_everyday_word_is_in_more_english_chunks_than_a_rare_name():
    assert background.chunk_share("close") > 0.01
    assert background.chunk_share("close") > 10 * background.chunk_share("legionnaires")
    assert background.chunk_share("2015") == 0.0  # a year is as particular as the archive says
    assert background.chunk_share("香港") == 0.0
    assert background.chunk_share("") == 0.0


def test_in_a_small_archive_a_missing_everyday_word_weighs_less_than_a_missing_name():
    chunks = 12  # five releases on one topic
    everyday = background.idf(0, chunks, background.chunk_share("close"))
    name = background.idf(0, chunks, background.chunk_share("osnabrück"))
    year = background.idf(1, chunks, 0.0)  # the year asked, in one chunk
    assert everyday < year < name


def test_in_a_large_archive_the_prior_hardly_moves_a_weight():
    import math

    chunks, df = 5000, 40
    plain = math.log(1 + (chunks - df + 0.5) / (df + 0.5))
    assert abs(background.idf(df, chunks, background.chunk_share("close")) - plain) < 0.1 * plain
