"""Due dates as a mentor writes them, resolved against the session date (evaluation/data/actions/README.md, "Resolving dates")."""

import datetime as dt

import pytest

from coach.text.dates import find_dates, guess_day_first, header_date, resolve_due

TUE = "2026-01-27"  # a Tuesday
FRI = "2026-01-30"  # a Friday


@pytest.mark.fast
@pytest.mark.parametrize(
    "words, session, expected",
    [
        # the session day and the day after
        ("tonight", TUE, "2026-01-27"),
        ("EOD today", TUE, "2026-01-27"),
        ("COB", TUE, "2026-01-27"),
        ("straight after this call", TUE, "2026-01-27"),
        ("tmrw AM", TUE, "2026-01-28"),
        ("tomorrow", TUE, "2026-01-28"),
        # weekdays: the first one strictly after the session; "next" is the following Mon-Sun week
        ("by Friday", TUE, "2026-01-30"),
        ("by Friday", FRI, "2026-02-06"),
        ("Thurs", TUE, "2026-01-29"),
        ("by Weds", TUE, "2026-01-28"),
        ("Friday arvo", TUE, "2026-01-30"),
        ("COB Wednesday", TUE, "2026-01-28"),
        ("until Friday", TUE, "2026-01-30"),
        ("Friday at 4", TUE, "2026-01-30"),
        ("next Wednesday", "2026-07-21", "2026-07-29"),
        ("next Monday", TUE, "2026-02-02"),
        ("Monday week", TUE, "2026-02-09"),
        # weeks, weekends, months, quarters, years
        ("EOW", TUE, "2026-01-30"),
        ("this wk", TUE, "2026-01-30"),
        ("next week", TUE, "2026-02-06"),
        ("by the end of next week", TUE, "2026-02-06"),
        ("w/c 9 March", TUE, "2026-03-13"),
        ("KW 25", "2026-05-20", "2026-06-19"),
        ("over the weekend", TUE, "2026-02-01"),
        ("in the weekend", FRI, "2026-02-01"),
        ("the weekend of the 25th", "2026-04-14", "2026-04-26"),
        ("end of month", TUE, "2026-01-31"),
        ("this month", TUE, "2026-01-31"),
        ("next month", TUE, "2026-02-28"),
        ("by end of May", TUE, "2026-05-31"),
        ("in September", TUE, "2026-09-30"),
        ("mid-May", TUE, "2026-05-15"),
        ("end of Q2", TUE, "2026-06-30"),
        ("end of Q1", "2026-12-03", "2027-03-31"),
        ("year end", TUE, "2026-12-31"),
        ("b4 Christmas", "2025-12-15", "2025-12-25"),
        # periods counted from the session (months as calendar months)
        ("in two weeks", TUE, "2026-02-10"),
        ("a fortnight", TUE, "2026-02-10"),
        ("for the next 4 weeks", "2026-01-20", "2026-02-17"),
        ("within 3 days", TUE, "2026-01-30"),
        ("in 1 month", "2026-01-31", "2026-02-28"),
        # calendar dates: the first such date on or after the session, which may be next year
        ("14 March", TUE, "2026-03-14"),
        ("Mar 14th", TUE, "2026-03-14"),
        ("by 9 Jan", "2025-12-15", "2026-01-09"),
        ("30/1", TUE, "2026-01-30"),
        ("latest 8/1", "2026-11-20", "2027-01-08"),
        ("11.06.", "2026-06-03", "2026-06-11"),
        ("until 2026-06-05", "2026-06-03", "2026-06-05"),
        ("by the 20th", TUE, "2026-02-20"),
        ("the 3rd", TUE, "2026-02-03"),
        ("before sprint planning on Mon 19th", "2026-01-13", "2026-01-19"),
        ("Thurs 19/2", "2026-02-16", "2026-02-19"),
        # "before X" is X itself, the deadline
        ("before 1 June", TUE, "2026-06-01"),
        ("at the latest on 29 May", "2026-05-20", "2026-05-29"),
    ],
)
def test_due_words_resolve_against_the_session_date(words, session, expected):
    iso, reason = resolve_due(words, session)
    assert iso == expected, (words, reason)
    assert reason


@pytest.mark.fast
def test_american_notes_read_month_first():
    assert resolve_due("by 3/20", "2026-03-12", day_first=False)[0] == "2026-03-20"
    assert resolve_due("by 2/10", "2026-02-05", day_first=False)[0] == "2026-02-10"
    assert resolve_due("by 2/10", "2026-02-05")[0] == "2026-10-02"  # day-first by default


@pytest.mark.fast
@pytest.mark.parametrize(
    "words",
    [
        "ASAP",
        "soon",
        "at some point",
        "later",
        "in the coming weeks",
        "from now on",
        "from July",
        "before the offsite",
        "after his next store visit",
        "within a week of getting them",
    ],
)
def test_words_that_give_no_date_resolve_to_none_with_a_reason(words):
    iso, reason = resolve_due(words, TUE)
    assert iso is None and reason


@pytest.mark.fast
def test_bad_or_missing_input_is_not_a_traceback():
    assert resolve_due("", TUE) == (None, "no due words")
    assert resolve_due(None, TUE)[0] is None
    with pytest.raises(ValueError):
        resolve_due("by Friday", "27 Jan")
    # no session date: resolved against today
    assert resolve_due("tomorrow", None)[0] == (dt.date.today() + dt.timedelta(days=1)).isoformat()


@pytest.mark.fast
def test_the_note_says_whether_it_is_american():
    assert guess_day_first("coffee w/ Raj 16/1 - RK to email by 30/1", "2026-01-16") is True
    assert guess_day_first("Jordan check-in – 3/24\n- postmortem by 3/27") is False
    assert guess_day_first("1:1 – Kayla R. – 2/5/26", "2026-02-05") is False  # matches the session month/day
    assert guess_day_first("Mentor call with Greg — Apr 14. First one 5/1, my program") is False
    assert guess_day_first("Catch-up 5/3. Programme review, revise by Friday") is True


@pytest.mark.fast
def test_words_that_look_like_dates_but_are_not():
    text = (
        "Kacper – 18th Edition exam; lead the Monday store huddle; 24/7 support; 2.5 hours; "
        "do the 2nd practice test; block out Friday afternoons; before Good Friday (3 Apr)"
    )
    assert [(m.text, m.iso) for m in find_dates(text, "2026-03-11")] == [("3 Apr", "2026-04-03")]


@pytest.mark.fast
def test_past_dates_are_marked_and_lists_keep_the_last_day():
    mentions = find_dates("she paired with Lee last week; dry runs Thursday and Saturday", "2026-06-03")
    past = [m for m in mentions if m.past]
    assert past and past[0].text.endswith("last week")
    listed = [m for m in mentions if not m.past]
    assert [m.iso for m in listed] == ["2026-06-06"] and "Thursday and Saturday" in listed[0].text


@pytest.mark.fast
def test_mentions_carry_their_linking_word_and_offsets():
    text = "Priya to book the room by Friday, and the exam closes 13 Feb"
    mentions = find_dates(text, TUE)
    assert [(m.text, m.link_kind) for m in mentions] == [
        ("by Friday", "deadline"),
        ("closes 13 Feb", "deadline"),
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.fast
def test_header_date_is_the_session_date_when_none_is_given():
    assert header_date("Priya catch-up 27/1\n- send CV", today="2026-02-10") == dt.date(2026, 1, 27)
    assert header_date("MENTORING LOG – G. Pryce – 16/02/2026\nAP1", today="2026-03-01") == dt.date(
        2026, 2, 16
    )
    assert header_date("no date here\nat all", today="2026-03-01") is None


@pytest.mark.fast
@pytest.mark.parametrize(
    "words,session,due",
    [
        ("by Friday 13 June", "2026-06-01", "2026-06-12"),  # 13 June 2026 is a Saturday
        ("Monday 16 June", "2026-06-01", "2026-06-15"),  # a Tuesday
        ("Friday 12 June", "2026-06-01", "2026-06-12"),  # agrees: no warning
    ],
)
def test_a_weekday_that_does_not_match_its_date_is_read_nearest_the_session_and_said(words, session, due):
    from coach.text.date_resolve import WEEKDAY_MISMATCH

    iso, reason = resolve_due(words, session)
    assert iso == due
    assert (WEEKDAY_MISMATCH in reason) == (words != "Friday 12 June")


def test_the_review_warns_about_a_weekday_that_does_not_match():
    from coach.workflows.review import review_notes

    review = review_notes("Sam to send the CV to Priya by Friday 13 June.", session_date="2026-06-01")
    assert review.actions[0].due == "2026-06-12"
    assert any(w.startswith("Check a date") and "Saturday" in w for w in review.warnings)


@pytest.mark.fast
def test_a_deadline_in_the_first_lines_is_not_taken_for_the_session_date():
    from coach.text.dates import header_date

    assert (
        header_date(
            "Goal: present the roadmap by 30 June\n- Sam to send the deck by Friday", today="2026-12-07"
        )
        is None
    )
    assert (
        str(header_date("Goal: pass the exam by 30 June\nMet Sam 12 March", today="2026-12-07"))
        == "2026-03-12"
    )
