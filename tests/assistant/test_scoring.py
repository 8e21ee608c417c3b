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
