"""The action-item extractor as a mentor relies on it: who committed to what by when, with the words
that say so; advice, wishes, past events and agenda left out; last session's items marked done, open
or dropped; bad input answered with a message. On the real models; one batch for most cases."""

import json

import pytest

from coach.analyzers.actions import (
    ActionItem,
    ActionModel,
    CarriedItem,
    extract_actions,
    extract_actions_many,
    track_previous,
)
from coach.errors import InputError, ModelUnavailable

NOTES = {
    "owners": (
        "Mentoring – Priya / 27 Jan\n"
        "- Priya to pick one ticket from the backlog and estimate it before sprint planning on Mon 2nd\n"
        "- I'll send her the estimation checklist tonight\n"
        "- She'll book the AWS exam by Friday\n"
        "- We'll both go to the PyData meetup on 19 Feb\n"
        "- Priya: draft the retro summary, share it with me by Thursday\n"
        "- Practise the estimate walkthrough with me on Wednesday"
    ),
    "group": (
        "Women in Law circle – 9 Feb\nPresent: Deborah (mentor), Amara, Siân\n"
        "- Amara: going to ask her partner for a client-facing matter this quarter\n"
        "- Mentees to read the HBR piece before next circle (9 March).\n"
        "- Deborah to circulate the slides"
    ),
    "mentee_writes": (
        "Notes from meeting with my mentor Rachel (25/02)\n"
        "I will rewrite the budget and send it to Rachel until Friday. "
        "She will check it in the weekend and give me comments."
    ),
    "negatives": (
        "Catch-up with Megan 18/2\n"
        "You could try whole-class feedback sheets, I said; she wasn't keen.\n"
        "She already booked the workshop last week.\n"
        "She's going to sleep on it.\n"
        "Next session we'll look at her marking load.\n"
        "Would be lovely if the department shared resources.\n"
        "Should she apply for the coordinator post?"
    ),
    "shorthand": (
        "coffee w/ Jo Marsh 12/3\n"
        "- JM to send CV by Fri\n"
        "- me: intro to Harriet (M&A partner) - will ping her Mon\n"
        "- Holly: rewrite opener, have conversation (Thu)"
    ),
}
SESSIONS = {
    "owners": "2026-01-27",
    "group": "2026-02-09",
    "mentee_writes": "2026-02-25",
    "negatives": "2026-02-18",
    "shorthand": "2026-03-12",
}


@pytest.fixture(scope="module")
def found():
    keys = list(NOTES)
    results = extract_actions_many([NOTES[k] for k in keys], [SESSIONS[k] for k in keys])
    return dict(zip(keys, results))


def by_task(items, words):
    return next(i for i in items if words in i.task)


def test_owners_come_from_the_subject_and_roles(found):
    items = found["owners"]
    assert by_task(items, "pick one ticket").owner == "mentee"
    assert (
        by_task(items, "send her the estimation checklist").owner == "mentor"
    )  # the writer, assumed the mentor
    assert by_task(items, "book the AWS exam").owner == "mentee"
    assert by_task(items, "go to the PyData meetup").owner == "both"
    # Handing the result over to the writer is not doing the deed together (guide §4).
    assert by_task(items, "draft the retro summary").owner == "mentee"
    assert by_task(items, "estimate walkthrough").owner == "both"


def test_due_dates_are_resolved_against_the_session_date(found):
    items = found["owners"]
    assert by_task(items, "pick one ticket").due == "2026-02-02"
    assert by_task(items, "estimation checklist").due == "2026-01-27"  # tonight
    assert by_task(items, "AWS exam").due == "2026-01-30"  # the first Friday after Tue 27 Jan
    assert by_task(items, "PyData").due == "2026-02-19"
    item = by_task(items, "AWS exam")
    assert NOTES["owners"][item.due_start : item.due_end] == item.due_text == "by Friday"


def test_group_members_are_owned_by_name_and_the_facilitator_is_the_mentor(found):
    items = found["group"]
    assert by_task(items, "ask her partner").owner == "Amara"
    assert by_task(items, "read the HBR piece").owner == "mentee"
    assert by_task(items, "read the HBR piece").due == "2026-03-09"
    assert by_task(items, "circulate the slides").owner == "mentor"


def test_a_note_written_by_the_mentee_says_so(found):
    items = found["mentee_writes"]
    assert by_task(items, "rewrite the budget").owner == "mentee"
    assert by_task(items, "rewrite the budget").due == "2026-02-27"  # "until Friday" means by Friday
    assert by_task(items, "check it").owner == "mentor"
    assert by_task(items, "check it").due == "2026-03-01"  # in the weekend: the coming Sunday


def test_advice_not_taken_wishes_thinking_past_events_agenda_and_questions_are_not_items(found):
    assert list(found["negatives"]) == []


def test_shorthand_lines_initials_labels_and_two_deeds_in_one_bullet(found):
    items = found["shorthand"]
    cv = by_task(items, "send CV")
    assert (cv.owner, cv.due) == ("mentee", "2026-03-13")  # JM = Jo Marsh; Fri after Thu 12 Mar
    intro = by_task(items, "intro to Harriet")
    assert (intro.owner, intro.due) == ("mentor", "2026-03-16")  # "me:" is the writer; "will ping her Mon"
    holly = [i for i in items if i.text.startswith("Holly:")]
    assert [i.task for i in holly] == ["rewrite opener", "have conversation"]
    assert {i.owner for i in holly} == {"Holly"} and {i.due for i in holly} == {"2026-03-19"}


def test_spans_and_evidence_point_into_the_input(found):
    for key, items in found.items():
        text = NOTES[key]
        for item in items:
            assert text[item.start : item.end] == item.text
            assert item.start <= item.task_start < item.task_end <= item.end
            assert text[item.task_start : item.task_end] == item.task
            assert 0.0 <= item.score <= 1.0 and item.evidence
            for e in item.evidence:
                assert text[e.start : e.end] == e.text and e.reason


def test_offsets_count_from_the_users_text_and_results_serialise():
    text = "\n\n   - Tom to email Prof. Aldous tomorrow"
    (item,) = extract_actions(text, "2026-01-21")
    assert text[item.start : item.end] == item.text and item.due == "2026-01-22"
    data = json.loads(json.dumps(extract_actions(text, "2026-01-21").to_dict()))
    assert data["items"][0]["owner"] == "mentee" and data["session_date"] == "2026-01-21"
    assert isinstance(item, ActionItem) and set(item.to_dict()) >= {
        "owner",
        "task",
        "due",
        "evidence",
        "score",
    }


def test_the_session_date_comes_from_the_header_when_not_given():
    (item,) = extract_actions("Chloe – session 4 – 10 Feb 2026\n- Chloe to draft a 90-day plan by Friday")
    assert item.due == "2026-02-13"


def test_table_rows_are_items():
    text = (
        "Mentoring – Jonas\n| What | Who | When |\n|---|---|---|\n| draft the budget memo | Jonas | Fri |\n"
        "| book room for workshop | me | KW 25 |"
    )
    items = extract_actions(text, "2026-06-03")
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("draft the budget memo", "mentee", "2026-06-05"),
        ("book room for workshop", "mentor", "2026-06-19"),
    ]


def test_last_sessions_items_are_marked_done_open_or_dropped():
    previous = [
        {"task": "send her the estimation checklist"},
        {"task": "register for the SHRM exam window"},
        {"task": "book the negotiation course"},
        {"task": "ask Joanne about a shadow day"},
    ]
    notes = (
        "Kayla 5/3\n- Checklist: sent ✓\n- SHRM: not registered yet, still planning to\n"
        "- Negotiation course – dropped, no budget this year"
    )
    carried = track_previous(previous, notes)
    assert [c.status for c in carried] == ["done", "open", "dropped", "open"]
    assert carried[3].reason == "not mentioned" and carried[3].score < 0.5 and carried[3].start is None
    for c in carried[:3]:
        assert isinstance(c, CarriedItem) and notes[c.start : c.end] == c.text and c.evidence
    json.dumps([c.to_dict() for c in carried])


def test_previous_items_can_be_given_as_last_sessions_notes():
    last = "Olivia 14/1\n- Olivia to book onto the IV study day before the 23rd\n- I'll ask Bernie about a Saturday shadow"
    now = "Olivia 11/2\nStudy day: she didn't book it in time, rota closed, so we've agreed to drop it.\nBernie said yes to the shadowing."
    carried = track_previous(last, now)
    assert [c.status for c in carried] == ["dropped", "done"]


@pytest.mark.fast
@pytest.mark.parametrize("bad", ["", "   \n ", None, b"\x00\x01\x02\xff" * 50, 42])
def test_bad_input_is_a_message(bad):
    with pytest.raises(InputError):
        extract_actions(bad)


def test_a_bad_note_in_a_batch_is_reported_in_its_place():
    results = extract_actions_many(["", "- I'll send the deck by Friday"], ["2026-01-27", "2026-01-27"])
    assert results[0].error and list(results[0]) == []
    assert results[1].error is None and results[1][0].due == "2026-01-30"
    with pytest.raises(InputError):
        extract_actions("- I'll send the deck", "next Tuesday")


def test_non_english_notes_get_a_warning_not_a_traceback():
    result = extract_actions(
        "Le mentoré va envoyer son CV vendredi et nous parlerons de la suite la semaine prochaine."
    )
    assert any("English" in w for w in result.warnings)


@pytest.mark.fast
def test_a_missing_model_says_how_to_train_it(tmp_path):
    with pytest.raises(ModelUnavailable, match="mentor-coach train actions"):
        ActionModel.load(tmp_path / "actions.json")


@pytest.mark.parametrize(
    "text, task",
    [
        (
            "Priya to ask Dr. Okafor for the audit template by Friday.",
            "ask Dr. Okafor for the audit template",
        ),
        (
            "Ana to send the draft to J. Smith and cc Prof. Novak by 3 March.",
            "send the draft to J. Smith and cc Prof. Novak",
        ),
        (
            "She will email Mr. Lee about the budget, e.g. the Q3 figures.",
            "email Mr. Lee about the budget, e.g. the Q3 figures",
        ),
        # Ranks and offices, and "re:" for "regarding"
        (
            "Jess will ask Sgt. Rees if she can shadow dispatch for a shift next month.",
            "ask Sgt. Rees if she can shadow dispatch for a shift",
        ),
        (
            "- me to ask Insp. Barr re: getting him on the statement-writing refresher",
            "ask Insp. Barr re: getting him on the statement-writing refresher",
        ),
    ],
)
def test_a_title_an_initial_or_a_short_form_does_not_end_the_task(text, task):
    items = extract_actions(text, session_date="2026-03-02")
    assert [i.task for i in items] == [task]


@pytest.mark.parametrize(
    "text, task",
    [
        # Handing over the deed's result stays in the item (guide §4).
        (
            "Tom will draft the induction checklist and send it to me by Friday.",
            "draft the induction checklist and send it to me",
        ),
        (
            "She'll write up the interview notes and share them with the panel.",
            "write up the interview notes and share them with the panel",
        ),
        (
            "Ravi to cut the slides to ten and send the revised deck to Ola.",
            "cut the slides to ten and send the revised deck to Ola",
        ),
        # What the deed is about or where it comes from is part of it.
        (
            "Me: send him three examples from other regional papers.",
            "send him three examples from other regional papers",
        ),
        # A new subject starts another deed; "the next call" is an object, not the timing.
        (
            "Jo: write the correction email herself and I read it before it goes",
            "write the correction email herself",
        ),
        ("Ines: book the next call for 9 April", "book the next call"),
        # A hand-over with its own object and recipient; a date or "by" inside the object.
        (
            "Tariq to update his profile and send me the link by Friday",
            "update his profile and send me the link",
        ),
        (
            "AH to audit his appointment times and bring the figures to Dr Lindqvist",
            "audit his appointment times and bring the figures to Dr Lindqvist",
        ),
        ("I'll book her onto the 18 June study day", "book her onto the 18 June study day"),
        ("Sam will cover your Thursday duty", "cover your Thursday duty"),
        ("Me: send him three posts by other leaders", "send him three posts by other leaders"),
        # A hand-over that names no object, or a bare plural, and a report back on the deed.
        (
            "Sam will rewrite the memo conclusion and send to Helen",
            "rewrite the memo conclusion and send to Helen",
        ),
        (
            "Ana to finish the new toile and send photos to Claudette",
            "finish the new toile and send photos to Claudette",
        ),
        (
            "Precious to look up the ESOL classes and tell me what she found next Wednesday",
            "look up the ESOL classes and tell me what she found",
        ),
        (
            "Dev will read the MOE section and talk me through it",
            "read the MOE section and talk me through it",
        ),
        ("Tom to draft the consent form and get it to me", "draft the consent form and get it to me"),
        (
            "I'll book the training slot and tell Marta the dates",
            "book the training slot and tell Marta the dates",
        ),
        ("Sam to run the audit and update me on Friday", "run the audit and update me"),
        ("Priya will book the course and update her CV", "update her CV"),  # another deed, not a report
        # What is asked is the ask's object, not a deed of its own; a deed after "and" still is.
        ("I will ask Denise if the home will pay for it", "ask Denise if the home will pay for it"),
        ("I'll ask Olusegun whether she can take it, and Kim will book the room", "book the room"),
        # An aside in brackets the task goes on after is part of it.
        (
            "Bea to share her Carver proposal (redacted) with the circle by Friday",
            "share her Carver proposal (redacted) with the circle",
        ),
        (
            "Ben to compare the three vendor quotes by total cost by Friday",
            "compare the three vendor quotes by total cost",
        ),
        # How long the deed lasts qualifies it; the period it runs in ("for the next…") is timing.
        ("Kai to shadow the claims team for two days in March", "shadow the claims team for two days"),
        ("Lena to shadow Marcus on tier 2 for a day", "shadow Marcus on tier 2 for a day"),
        ("Jo to spot-check five lists a night for the next two weeks", "spot-check five lists a night"),
        # An errand whose point is a question keeps the question.
        ("Ola to ping Dana to ask when applications close", "ping Dana to ask when applications close"),
        (
            "Sam will email his tutor to confirm which evidence counts for unit 7",
            "email his tutor to confirm which evidence counts for unit 7",
        ),
        # Brackets closing the item about its object are kept; an aside, a feeling or a date is not.
        (
            "I'll send my first FOI request (school exclusions data)",
            "send my first FOI request (school exclusions data)",
        ),
        (
            "Mo to circulate Priya's script (with her permission)",
            "circulate Priya's script (with her permission)",
        ),
        ("Ife to ask Mark about the portfolio (scary)", "ask Mark about the portfolio"),
        # Another person's deed after "and" ends the task, whether or not the pronoun is shortened.
        ("Sam: Send me the dates and I'll book the room", "Send me the dates"),
        (
            "Dee to book the APC preparation course (Sue will sign the form)",
            "book the APC preparation course",
        ),
    ],
)
def test_a_task_keeps_its_hand_over_and_its_object_and_ends_where_another_deed_starts(text, task):
    items = extract_actions(f"Catch-up, 2 March\n\nActions\n- {text}", session_date="2026-03-02")
    assert task in [i.task for i in items], [i.task for i in items]


def test_a_question_or_a_thank_you_is_no_task_but_a_request_in_question_form_is():
    note = (
        "Rhys to write up the near miss by Friday.\n\nMentor's reflection\n"
        "Is he ready for Class 2 by June? On ship handling, yes.\n"
        "Dumi: OK, thank you.\n"
        "Can you send me the draft by Friday?"
    )
    assert [i.task for i in extract_actions(note, session_date="2026-03-02")] == [
        "write up the near miss",
        "send me the draft",
    ]


def test_with_no_names_in_the_header_the_person_the_notes_keep_naming_is_the_mentee():
    note = (
        "20/05/25 – session 7\nGoal: Pitch and publish one long-read feature this year.\n"
        "Notes: Reviewed Nadia's pitch to the long-reads desk. Told her to cut it to one paragraph.\n"
        "Actions: Nadia to resend the cut-down pitch by Friday."
    )
    assert [(i.owner, i.task) for i in extract_actions(note, session_date="2025-05-20")] == [
        ("mentee", "resend the cut-down pitch")
    ]


def test_a_word_of_the_header_that_is_no_name_is_not_taken_for_the_mentee():
    note = (
        "Development mentoring – FF Tomasz Wójcik\nTuesday 23 April, station 21\n\n"
        "Tomasz asked for this one. He wanted to talk about the RTC on Sunday.\n"
        "- Tomasz to write a short reflective account of the RTC for his PDR folder"
    )
    assert [i.owner for i in extract_actions(note, session_date="2024-04-23")] == ["mentee"]


def test_the_guides_own_examples_of_one_deed_and_two():
    """Guide §4: a hand-over stays in its item; two different deeds are two items with one owner and due."""
    note = (
        "Catch-up, 2 March\n\nActions\n"
        "- Nia to book the room and email the agenda by Friday\n"
        "- Priya will update her CV and ask Prof. Lindqvist for a reference letter\n"
        "- Tom to draft the induction checklist and send it to me"
    )
    items = [(i.owner, i.task, i.due) for i in extract_actions(note, session_date="2026-03-02")]
    assert items == [
        ("Nia", "book the room", "2026-03-06"),
        ("Nia", "email the agenda", "2026-03-06"),
        ("Priya", "update her CV", None),
        ("Priya", "ask Prof. Lindqvist for a reference letter", None),
        ("Tom", "draft the induction checklist and send it to me", None),
    ]


def test_reports_regrets_what_a_thing_will_do_and_a_note_to_self_are_not_items():
    note = (
        "Catch-up with Omar, 3 March\n"
        "I have told him that in the closing meeting he must answer the client himself.\n"
        "He said he should have filed the incident form the same day.\n"
        "He's a perfectionist and it's going to burn him out.\n"
        "Omar to send me the revised budget by Friday."
    )
    items = extract_actions(note, session_date="2026-03-03")
    assert [(i.task, i.owner) for i in items] == [("send me the revised budget", "mentee")]
    note_to_self = (
        "Call w/ Henrik 14 Jan\nNote to self before I forget. Henrik will send the sample jobs on Friday."
    )
    assert [i.task for i in extract_actions(note_to_self, session_date="2026-01-14")] == [
        "send the sample jobs"
    ]


def test_a_mentor_named_with_a_word_before_it_says_the_mentee_writes():
    note = (
        "Notes after meeting with Dr. Kowalczyk-Mbeki (my postdoc mentor), Thu 20 March\n"
        "She will check if I can get training on the ChemiDoc before then. "
        "I will redo the western blots next week."
    )
    items = extract_actions(note, session_date="2026-03-20")
    assert by_task(items, "check if I can get training").owner == "mentor"
    assert by_task(items, "redo the western blots").owner == "mentee"


def test_a_line_opening_with_a_task_verb_and_a_date_to_come_is_an_instruction():
    note = "Dmitri – depot 1:1\nPick rate up to 118/hr, well done.\nBook forklift refresher before 1 Sept."
    items = extract_actions(note, session_date="2026-08-03")
    assert [(i.task, i.due) for i in items] == [("Book forklift refresher", "2026-09-01")]


def test_you_with_a_present_task_verb_and_a_date_is_the_person_spoken_to():
    note = (
        "Sanjay – service desk 1:1\nMe: What's stopping you from taking the ITIL exam this term?\n"
        "Sanjay: Money, mostly.\nMe: I'll ask Greta if the training budget covers it. "
        "You book the practice test for next week."
    )
    items = extract_actions(note, session_date="2026-01-05")
    assert (
        by_task(items, "book the practice test").task,
        by_task(items, "book the practice test").owner,
    ) == (
        "book the practice test",
        "mentee",
    )


@pytest.mark.parametrize(
    "note",
    [
        "Mentoring w/ Graham – 8 Oct\n- Graham said my readbacks were clipped.\n- I will redo sim scenario 4 by Friday.",
        "mentor catch up w/ Steve 4/3\n- he watched the lifts\n- i will redo sim scenario 4 by fri",
        "My notes – reverse mentoring with Chloe (I am principal viola, the mentee)\nI will redo sim scenario 4 by Friday.",
        "Log – 28/01\nGoal: pass my tower endorsement check\nI will redo sim scenario 4 by Friday.",
    ],
)
def test_notes_the_mentee_writes_say_so_in_many_ways(note):
    items = extract_actions(note, session_date="2026-03-02")
    assert by_task(items, "redo sim scenario 4").owner == "mentee"


def test_a_line_labelled_you_is_for_the_one_the_note_speaks_to():
    note = "Hi Freya,\nThanks for today.\nActions\nYou: send me your draft presentation by Friday.\nMe: book a dry run."
    items = extract_actions(note, session_date="2026-03-02")
    assert by_task(items, "send me your draft presentation").owner == "mentee"
