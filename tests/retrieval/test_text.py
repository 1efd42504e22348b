import pytest

from retrieval.text import stem, terms

pytestmark = pytest.mark.fast


def test_inflections_meet_on_one_term():
    assert terms("cancelling") == terms("cancelled") == terms("cancel")
    assert terms("deadlines") == terms("deadline")
    assert terms("giving") == terms("give")


def test_stop_words_are_ignored():
    assert terms("what is the best way to do it") == ["best"]


def test_words_every_entry_shares_are_domain_stop_words():
    assert terms("my mentee and I had a mentoring session") == []
    assert terms("my mentee and I had a mentoring session", domain_stop=False) == [
        "mentee",
        "mentor",
        "session",
    ]


def test_the_stemmer_leaves_short_bases_whole():
    # "early" is not "ear" + "ly", nor "only" "on" + "ly".
    assert stem("early") == "early" and stem("only") == "only"
    assert stem("quickly") == "quick"
