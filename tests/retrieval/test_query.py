"""Who is asking, read from the query's own words, else from its phrasing as learnt from the knowledge
base's cues: a soft boost in ranking, so a guess is made only where either says it clearly."""

import numpy as np
import pytest

from retrieval.query import AUDIENCES, PHRASING_PROBABILITY, Asker, AskerModel, infer_audience, who_asks


@pytest.mark.parametrize(
    "query, audience",
    [
        ("my mentor keeps cancelling on me", "mentee"),
        ("half the pairs in our cohort stopped meeting", "program_lead"),
        ("I'm mentoring a new grad who never prepares", "mentor"),
        ("mentee wants to leave accounting and become a UX designer", "mentor"),  # the role, spoken of
        ("she burst into tears halfway through the call and I completely froze", "mentor"),
        ("my manager presented my analysis to the board as his own. again.", "mentee"),  # "his" = the manager
        ("mentor told me to confront my manager directly", "mentee"),  # the asker is on the receiving end
        (
            "a mentor rang me because her mentee stopped answering emails",
            "program_lead",
        ),  # both roles, from outside
        ("not enough volunteers signing up as mentors this year", None),
        ("our mentor pool is mostly engineers", "program_lead"),
        ("first session??", None),  # nothing says who asks
    ],
)
@pytest.mark.fast
def test_the_asker_is_read_from_the_words_or_left_unknown(query, audience):
    assert infer_audience(query) == audience


@pytest.mark.parametrize(
    "query, audience",
    [
        ("evaluation report due to the sponsor next month", "program_lead"),
        ("interview at a bigger firm next week, nervous", "mentee"),
        ("graduate cries every time we talk about her targets", "mentor"),
        ("keeps cancelling last minute, third time now", None),  # either side could say it: left unknown
    ],
)
def test_where_the_words_name_no_role_the_phrasing_learnt_from_the_cues_reads_the_asker(query, audience):
    from coach.workflows.suggest import get_index

    index = get_index()
    asker = index.who_asks(query)
    assert infer_audience(query) is None
    assert asker.audience == audience
    if audience:
        assert asker.source == "phrasing" and asker.probability >= PHRASING_PROBABILITY


@pytest.mark.fast
def test_the_askers_own_words_outrank_the_phrasing():
    always_a_lead = AskerModel(np.zeros((3, 2), np.float32), np.array([0.0, 0.0, 9.0], np.float32))
    vector = np.ones(2, np.float32)
    assert who_asks("my mentor keeps cancelling on me", vector, always_a_lead) == Asker("mentee", "words")
    assert who_asks("first session??", vector, always_a_lead).audience == "program_lead"
    assert who_asks("first session??", vector, AskerModel()) == Asker(None)  # nothing learnt: unknown


@pytest.mark.fast
def test_the_asker_model_learns_only_from_cues_of_entries_for_one_audience():
    class Entry:
        def __init__(self, *audiences):
            self.audiences = audiences

    # An entry for mentors and mentees says nothing about either's phrasing: its three cues sit where
    # the mentee's does, and would outvote it if they were learnt as a mentor's.
    entries = [Entry("mentor"), Entry("mentee"), Entry("program_lead"), Entry("mentor", "mentee")]
    vectors = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 1, 0], [0, 1, 0], [0, 1, 0]], dtype=np.float32)
    model = AskerModel.from_cues(entries, vectors, np.array([0, 1, 2, 3, 3, 3]))
    assert model.fitted
    assert [AUDIENCES[i] for i in model.predict_proba(vectors[:3]).argmax(axis=1)] == list(AUDIENCES)
