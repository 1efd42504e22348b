from retrieval.text import terms


def test_inflections_meet_on_one_term():
    assert terms("cancelling") == terms("cancelled") == terms("cancel")
    assert terms("meetings") == terms("meeting")
    assert terms("giving") == terms("give")


def test_stop_words_are_ignored():
    assert terms("what is the best way to do it") == ["best", "way"]
