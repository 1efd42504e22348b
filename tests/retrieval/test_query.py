"""Who is asking, read from the query's own words: a soft boost in ranking, so a guess is made only
where the words say it, and a story about someone else is read as told by whoever supports them."""

import pytest

from retrieval.query import infer_audience

pytestmark = pytest.mark.fast


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
def test_the_asker_is_read_from_the_words_or_left_unknown(query, audience):
    assert infer_audience(query) == audience
