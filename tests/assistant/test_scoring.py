"""What the scorer reads of a release beyond a sentence (unit tests, no index)."""

from assistant.scoring import _one_age
from assistant.words import tokens


def test_the_age_of_a_releases_one_patient_speaks_for_every_sentence_of_it():
    one = set(tokens("The female patient, aged 22, has fever. She lives in a flat on Maidstone Road."))
    assert _one_age(one) == {"22-year-old"}
    several = set(tokens("They involve a man aged 61 and a man aged 82."))
    assert _one_age(several) == set()  # which patient lives where is not for the release to say at once
    assert _one_age(set(tokens("No one is named."))) == set()
