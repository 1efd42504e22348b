"""Session notes read as a mentor means them (guide §2 "Whole notes", §3, §4), through the one note path."""

import pytest

from coach.workflows.notes import goal_parts, stated_as_goal
from coach.workflows.review import review_notes

NOTE = """Catch-up with Priya, 12 March
- We started by looking back at the stakeholder update she gave last week.
- She said it went better than expected.
- She feels she is not a natural presenter.
- In Tuesday's demo she skipped the risk slide, and the client asked about it twice.
- Her goal for this quarter is to present the Q3 roadmap to the leadership team by 15 September without notes.
- I asked her what support she'd want before the board meeting.
- Her draft was thorough, which saved the team a day.
- Could you send me the revised deck before Friday?
- Priya to book a rehearsal slot with the comms team by 20 March.
- I'll ask Dana whether the board slot can move."""


@pytest.fixture(scope="module")
def review():
    return review_notes(NOTE, session_date="2026-03-12")


def focus_of(review, words: str) -> str:
    for f in review.feedback:
        if words in NOTE[f.start : f.end]:
            return f.focus
    return "other"


def test_narration_and_the_mentees_reported_words_are_not_feedback(review):
    assert focus_of(review, "We started by looking back") == "other"
    assert focus_of(review, "She said it went better") == "other"
    assert focus_of(review, "not a natural presenter") == "other"
    assert focus_of(review, "she skipped the risk slide") == "behaviour"


def test_feedback_a_mentee_records_in_their_own_notes_is_judged_by_what_it_says():
    """In the mentee's notes, "She said my…" is the mentor's feedback, kept; the mentor's own news is not."""
    note = (
        "Session with Dr Hale, 4 March\n"
        "She said my notes for last Tuesday's list were excellent, especially the consent discussion.\n"
        "She also said the margins on my lower molar were clean and the temporary fitted first time.\n"
        "She said her own first year was hard too.\n"
        "She told me she still checks every rota herself before the shift ends.\n"
    )
    found = review_notes(note, session_date="2026-03-04").feedback

    def focus(words: str) -> str:
        return next((f.focus for f in found if words in note[f.start : f.end]), "other")

    assert focus("my notes for last Tuesday") == "behaviour"
    assert focus("margins on my lower molar") == "behaviour"
    assert focus("her own first year") == "other"
    assert focus("still checks every rota") == "other", "'told me' says to whom, not about whom"


def test_the_writers_own_task_in_a_list_is_not_feedback_but_a_chat_line_is_judged_as_said():
    note = (
        "Catch-up with Tom, 9 March\n"
        "Me: Your handover to the night team was really clear, every bed had a plan.\n\n"
        "Actions\n"
        "- Me: send him three articles on rota design worth reading.\n"
        "- Tom: redo the weekend rota by Friday.\n"
    )
    found = review_notes(note, session_date="2026-03-09").feedback
    judged = [note[f.start : f.end] for f in found]
    assert any("handover to the night team" in j for j in judged)
    assert not any("three articles" in j for j in judged)


def test_a_mentees_self_label_is_offered_to_explore_not_shown_as_feedback(review):
    explore = [s for s in review.next_session if s.kind == "explore"]
    assert explore and "natural presenter" in NOTE[explore[0].start : explore[0].end]
    assert "not your feedback" in explore[0].why


def test_a_goal_inside_a_sentence_is_found_and_is_not_also_a_task(review):
    goal = next(g for g in review.goals if "Q3 roadmap" in NOTE[g.start : g.end])
    assert goal.criteria["time_bound"].met
    assert not any("Q3 roadmap" in NOTE[a.start : a.end] for a in review.actions)


def test_a_reported_question_counts_and_a_which_clause_does_not(review):
    texts = [NOTE[q.start : q.end] for q in review.questions]
    assert any("I asked her what support" in t for t in texts)
    assert not any("which saved the team" in t for t in texts)
    asked = next(q for q in review.questions if "I asked her" in NOTE[q.start : q.end])
    assert asked.label == "open" and asked.evidence


def test_a_polite_request_is_behaviour_and_actionable_not_a_question(review):
    assert not any("Could you send" in NOTE[q.start : q.end] for q in review.questions)
    request = next(f for f in review.feedback if "Could you send" in NOTE[f.start : f.end])
    assert request.focus == "behaviour" and request.actionable


def test_an_agreed_task_is_an_action_not_feedback_and_asking_someone_else_is_a_task(review):
    assert any("book a rehearsal slot" in a.task for a in review.actions)
    assert focus_of(review, "Priya to book a rehearsal") == "other"
    assert not any("ask Dana" in NOTE[q.start : q.end] for q in review.questions)


@pytest.mark.fast
@pytest.mark.parametrize(
    "note,start,end,expected",
    [
        ("Goals\nShip the rate-limiter by 20 March.", 6, 42, True),
        ("Her aim is to qualify into litigation in September.", 0, 51, True),
        ("Next steps\nNext time, get sign-off first.", 11, 41, False),
        ("Goals", 0, 5, False),
    ],
)
def test_stated_as_goal(note, start, end, expected):
    assert stated_as_goal(note, start, end) is expected


def test_a_sentence_in_a_note_is_judged_by_the_heads_that_learnt_from_whole_notes(review):
    """Out of context, "Her draft was thorough…" is judged by the sentence heads; inside a note by
    the note heads, which also learnt that narration and log-form tasks are not feedback."""
    from coach.analyzers.feedback import analyze_feedback, get_feedback_model

    assert {"note_focus", "note_actionable", "note_specific"} <= set(get_feedback_model().heads)
    sentence = "Her draft was thorough, which saved the team a day."
    in_note = next(f for f in review.feedback if NOTE[f.start : f.end].startswith("Her draft"))
    alone = analyze_feedback(sentence).sentences[0]
    assert in_note.focus == "behaviour"
    assert in_note.scores != alone.scores


@pytest.mark.fast
def test_a_word_of_intention_elsewhere_in_a_paragraph_makes_no_sentence_a_goal():
    paragraph = (
        "She wants to pass the ARLA Level 3 by the end of summer. "
        "Don't give landlords dates you don't control."
    )
    advice = paragraph.index("Don't")
    assert stated_as_goal(paragraph, 0, advice - 1)
    assert not stated_as_goal(paragraph, advice, len(paragraph))


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("I asked her how long it took her to get clean blots when she started.", "closed"),
        ("She asked me how many files I close in a normal week.", "closed"),
        ("I asked him how the launch went from his side.", "open"),
    ],
)
def test_a_reported_how_many_or_how_long_question_asks_for_a_fact(sentence, label):
    note = f"Catch-up, 3 March\n- {sentence}\n- Tom to send the rota by Friday."
    found = review_notes(note, session_date="2026-03-03").questions
    assert [q.label for q in found] == [label]


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("asked wht hes doing diff in discovery calls now..", "open"),
        ("asked her wat happens when an agent calls her mobile", "open"),
        ("asked him where he sees himself in 5 yrs", "open"),
        ("Afterwards I asked you what you'd want the choir to sing by June.", "open"),
        ("I asked the group whether anyone had used the grant before.", "closed"),
        ("asked him isnt it time he did his orals, he agreed", "closed"),
        ("I asked her about the move to Leeds.", "open"),
        ("asked him for his take on the reorg", "open"),
        ("I opened by asking the group when they last asked for a raise, and how it went.", "open"),
        ("when I asked him directly how nights were going, he changed the subject", "open"),
        ("asked her y she skips the huddle", "open"),
        ("I ask him if is possible to finish the audit by Friday.", "closed"),
        ("Priya asked the others whether anyone had tried the new rota.", "closed"),
        ('Asked him: "What would a good handover look like to you?"', "open"),  # a quote after the colon
        ("Don't forget to ask how the house move went!", "open"),  # planned, with no one named
        ("She wanted to know whether the panel reads the cover letter.", "closed"),  # the mentee asked
        ("did he book the theory test yet - no, next month", "closed"),  # asked and answered in one line
        ("Next time: ask how the director meeting went?", "open"),  # a plan, judged by what it asks
        ("next session ask whether the visa came through", "closed"),
        ("He ask me how long it takes normally to become senior.", "closed"),  # non-native: no past tense
        ("She ask me if she did something wrong with the ligature.", "closed"),
        ("Richard asked me straight out why three of our graduates left.", "open"),
        ('she asked me straight out "am i any good at this or are you just being nice"', "closed"),
        ("also asked wouldnt he be better off nailing garnish first", "closed"),
        (
            'Mariam then asked, "How did you get people to stop interrupting you?"',
            "open",
        ),  # the quote decides
        ("Ama opened by asking each member what had surprised them on site this month.", "open"),
        ("I asked her where that worry is useful to her and where it costs her.", "open"),
        ("She asked me where I'd got that idea.", "open"),  # where a view comes from: an account
        ("I asked him where the spare keys are kept.", "closed"),  # a place: one fact
    ],
)
def test_a_reported_question_is_found_however_the_note_spells_it(sentence, label):
    """Phone spelling, "you" in an email to the mentee, a group asked, a yes/no question reported as is."""
    note = f"Catch-up, 3 March\n- {sentence}\n- Tom to send the rota by Friday."
    found = review_notes(note, session_date="2026-03-03").questions
    assert [q.label for q in found] == [label]


def test_what_a_note_lists_as_covered_is_topics_not_questions():
    note = (
        "Hi Margaret,\n\nQuick recap of what we covered:\n"
        "- why the CEO update got 300 views and the warehouse tour got 40,000\n"
        "- how the algorithm treats the first two seconds\n\n"
        "What would you film next, if you had a free afternoon?"
    )
    found = review_notes(note, session_date="2026-03-03").questions
    assert [note[q.start : q.end] for q in found] == [
        "What would you film next, if you had a free afternoon?"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "shld i put him fwd for the enterprise team??",  # the writer weighing a decision about the mentee
        "When the formwork gang ignored her on Monday she walked off instead of stopping the pour.",
        "Cut them to 150 words, lead with the finding, and say why it matters now.",  # advice on writing
        "On the call he never asked the client what their budget was.",  # a question nobody asked
        "It would help if you asked them what they meant.",  # advice about asking others
        "Should I tell his manager?",  # the writer weighing a step, in the note's own prose
        "Is she coping with the new shifts?",  # the writer's worry, put to nobody
        "ok will do by fri can u check my slides first?",  # a request closing a statement
        "maybe a checklist on the wall?",  # a tentative idea with a question mark
        "Fair point, who wouldn't be nervous before a live demo?",  # rhetorical: no answer expected
        "who even reads the appendix lol",  # rhetorical
        'She has signed the novel "Where Did the Summer Go?" for spring.',  # a title, nobody asks it
        "send me the revised budget by friday?",  # a request for a deed
        "also can we move next week's call to Thursday?",  # logistics, not a question of the session
        "Is it my place to push him toward the Lisbon office?",  # the writer weighing a step
        "is a 10% cut realistic for her by June? prob not",  # answered by the writer at once
        "Can we meet on the Tuesday after the bank holiday?",  # a request, put as a question
        "Would you be ok splitting the next one into three PRs?",
        "Is it weird to give a director feedback? A bit.",  # a thing, not a person, answered by the writer
    ],
)
def test_the_writers_own_deliberation_and_statements_are_not_questions_of_the_session(sentence):
    note = f"Catch-up, 3 March\n- {sentence}\n- Tom to send the rota by Friday."
    assert review_notes(note, session_date="2026-03-03").questions == []


def test_a_question_planned_under_a_lead_or_answered_in_the_note_is_a_question_of_the_session():
    planned = "Catch-up, 3 March\nThings to ask next time:\n- is he still keen on the night course?\n"
    answered = (
        "Catch-up, 3 March\nI asked what the client wanted. He said a demo. Did they say that, though?\n"
    )
    by_name = "Catch-up, 3 March\nDid he talk to Omar about the rota? Not yet, so that's on him.\n"
    for note in (planned, answered, by_name):
        found = review_notes(note, session_date="2026-03-03").questions
        assert "closed" in [q.label for q in found], note


def test_a_question_said_in_quotes_is_the_speakers_not_a_title():
    note = 'Catch-up, 3 March\nShe pushed back: "Isn\'t it quicker if I just fix it myself?"\n'
    assert [q.label for q in review_notes(note, session_date="2026-03-03").questions] == ["closed"]


def test_a_planned_question_asks_the_mentee_but_one_for_someone_else_is_a_task():
    planned = "Catch-up, 3 March\nis he sleeping enough??\nask gently next time\n"
    elsewhere = "Catch-up, 3 March\nDoes she know about the travel budget? Ask Marco, not her.\n"
    assert [q.label for q in review_notes(planned, session_date="2026-03-03").questions] == ["closed"]
    assert review_notes(elsewhere, session_date="2026-03-03").questions == []


def test_a_chat_export_keeps_its_speakers_apart_from_the_question():
    chat = (
        "[03/03/2025, 19:02] Dev sir: Why is the scrap rate climbing since Monday?\n"
        "[03/03/2025, 19:05] Anita: Two new starters on the line.\n"
        "Anita: sorry also\n"
        "should I have flagged it earlier\n"
        "[03/03/2025, 19:07] Dev sir: Not from where you sat, no.\n"
    )
    found = review_notes(chat, session_date="2025-03-03").questions
    assert [(chat[q.start : q.end].strip().split()[-1], q.label) for q in found] == [
        ("Monday?", "open"),
        ("earlier", "closed"),
    ]


def test_a_template_heading_with_a_question_mark_is_a_heading():
    note = "Retro with Jo, 3 March\nWhat went well?\n- the demo landed\nWhat could be better?\n- timing\n"
    assert review_notes(note, session_date="2026-03-03").questions == []


def test_a_mentees_words_about_themselves_in_their_turn_are_not_feedback_but_worth_exploring():
    chat = (
        "M: How did the pitch go?\nJo: Badly. I'm just not a confident person.\nM: What made it feel bad?\n"
    )
    review = review_notes(chat, session_date="2026-03-03")
    assert not [f for f in review.feedback if "confident" in f.text]
    assert any("confident" in step.text for step in review.next_session if step.kind == "explore")


def test_a_reflection_forms_prompts_are_headings_over_goals_and_actions_not_questions():
    form = (
        "MENTEE REFLECTION FORM\nName: Grace Adeyemi Mentor: Phil Dorsey Date: 20/11/2024\n\n"
        "What did we discuss?\nMy move to the network operations team.\n\n"
        "What are your goals?\nLead a burst response as duty officer on my own by the end of Q1.\n"
        "Get better at reading the telemetry.\n\n"
        "What will you do before the next session?\n"
        "Rewrite the Hawley Road report with a summary and send it to Phil.\n"
    )
    review = review_notes(form, session_date="2024-11-20")
    assert review.questions == []
    assert [g.text.split()[0] for g in review.goals] == ["Lead", "Get"]
    assert [(a.task.split()[0], a.owner) for a in review.actions] == [("Rewrite", "mentee")]


def test_permission_to_ask_is_not_yet_a_question_and_bracketed_or_bold_speakers_are_labels():
    chat = (
        "[Mentee] Can I ask something?\n[Mentor] Sure.\n[Mentee] How did you get your first promotion?\n"
        "**Dana:** what's making you hesitate?\n"
    )
    found = review_notes(chat, session_date="2026-03-03").questions
    assert [(chat[q.start : q.end], q.label) for q in found] == [
        ("How did you get your first promotion?", "open"),
        ("what's making you hesitate?", "open"),
    ]


def test_a_line_labelled_as_advice_or_strength_is_behaviour_feedback_with_its_label_as_the_reason():
    note = (
        "Observed Sam's session, 3 March.\n"
        "Strength: calm and well-prepared under questioning from members.\n"
        "Suggestion from Leticia: name the figure in the first sentence of the ask, then stop talking.\n"
        "Observation: Y9 set 3, electrolysis practical, Wed p3\n"
    )
    found = [(f.focus, f.actionable, f.text.split()[0]) for f in review_notes(note).feedback]
    assert found == [("behaviour", False, "calm"), ("behaviour", True, "Suggestion")]
    reasons = [f.evidence[0].reason for f in review_notes(note).feedback]
    assert "Leticia" not in " ".join(reasons)


def test_a_short_goal_line_is_a_goal_not_a_heading_and_not_a_task():
    for line, goal in [
        ("Goal: reduce average handle time", "reduce average handle time"),
        ("Goal: get better at Excel", "get better at Excel"),
    ]:
        review = review_notes(f"Session 2 | 22 Oct 2024 | Mentor: J. Ferreira\n{line}\nNotes: Good chat.")
        assert [g.text for g in review.goals] == [goal]
        assert review.actions == []


def test_a_markdown_heading_with_a_question_mark_is_a_heading():
    note = "## Session 2\n\n### Why does this matter?\nShe wants to decide on the rollout by July."
    assert review_notes(note, session_date="2026-03-03").questions == []


@pytest.mark.parametrize(
    "sentence, goals",
    [
        ("Goal: UEFA C licence by the end of the season.", ["UEFA C licence by the end of the season"]),
        (
            "He told me he wants to go for crew commander next year, and that he is not a paperwork person.",
            ["go for crew commander next year"],
        ),
        (
            "Her aim is to qualify in September, and she wants to run one hearing alone before July.",
            ["Her aim is to qualify in September", "run one hearing alone before July"],
        ),
        ("I don't want to push him in front of the group.", []),
        ("Ship the rate-limiter by 20 March.", ["Ship the rate-limiter by 20 March."]),
    ],
)
def test_a_stated_goal_is_judged_without_the_words_that_report_it(sentence, goals):
    assert [sentence[a:b] for a, b in goal_parts(sentence, 0, len(sentence))] == goals


def test_a_goal_reported_in_the_third_person_is_found_in_a_note():
    note = (
        "1:1 with Dev, 2 March\n"
        "He wants to run an open AMA with the engineering org before the end of Q2.\n"
        "Yerlan wants to get a 2:1 on the first lab report.\n"
        "I don't want to push him in front of the group."
    )
    found = [note[g.start : g.end] for g in review_notes(note, session_date="2026-03-02").goals]
    assert found == [
        "run an open AMA with the engineering org before the end of Q2",
        "get a 2:1 on the first lab report",
    ]


def test_a_habit_to_keep_is_advice_but_a_task_logged_under_a_name_is_an_item():
    note = (
        "Ward round debrief, 9 May\n"
        "Her handover on Tuesday missed the bed 4 obs.\n"
        "Report every defect in the system the same day, even small ones.\n"
        "Samira: book the tissue viability course and tell me the date."
    )
    tasks = [a.task for a in review_notes(note, session_date="2026-05-09").actions]
    assert not any("defect" in t for t in tasks)
    assert any(t.startswith("book the tissue viability course") for t in tasks)


def _rewording(note: str, label: str) -> str:
    found = review_notes(note, session_date="2026-03-12").feedback
    return next(f.suggestion for f in found if note[f.start : f.end].startswith(label))


def test_a_trait_label_is_reworded_with_the_account_the_note_already_gives():
    note = (
        "Catch-up with Priya, 12 March\n"
        "- In Tuesday's demo she skipped the risk slide, and the client asked about it twice.\n"
        "- She can be a bit disorganised."
    )
    rewording = _rewording(note, "She can be")
    assert rewording.startswith(
        "In Tuesday's demo she skipped the risk slide, and the client asked about it twice."
    )
    assert "[When and where" not in rewording and "The effect was" not in rewording
    assert "Next time, [what you would like to see instead]." in rewording


def test_praise_is_never_borrowed_as_the_evidence_for_a_criticism():
    note = (
        "Catch-up with Priya, 12 March\n"
        "- Her handovers on Monday were clear and in SBAR order.\n"
        "- She can be a bit timid with the consultants.\n"
        "- She wants to do the ALS course next spring."
    )
    assert _rewording(note, "She can be").startswith("[When and where")


def test_only_a_sentence_given_as_an_example_is_taken_from_after_the_label():
    after = "In Friday's huddle she did not escalate the NEWS2 score of 6 to the registrar."
    note = "Catch-up, 12 March\n- She can be a bit timid with the consultants.\n- " + after
    assert _rewording(note, "She can be").startswith("[When and where")
    example = (
        "Catch-up, 12 March\n- She can be a bit timid with the consultants.\n- For example, i" + after[1:]
    )
    assert _rewording(example, "She can be").startswith("For example, in Friday's huddle")


def test_a_bare_imperative_without_a_date_is_advice_but_one_with_a_date_is_a_task():
    note = (
        "Catch-up, 3 May\n"
        "- Her summaries run long.\n"
        "- Cut them to 150 words and lead with the finding.\n"
        "- Send me the revised rota by 12 May."
    )
    tasks = [a.task for a in review_notes(note, session_date="2026-05-03").actions]
    assert not any(t.startswith(("Cut", "lead")) for t in tasks)
    assert tasks == ["Send me the revised rota"]


@pytest.mark.parametrize(
    "line",
    [
        "Goal (his): pass ICA Diploma in AML by June.",
        "Goal for the concert on 5 April: conduct the whole Requiem from memory.",
        "Her Q1 goal, in her own words: cut the end-of-shift overrun to 15 minutes.",
    ],
)
def test_a_goal_line_is_labelled_as_one_whatever_stands_between_goal_and_colon(line):
    from coach.workflows.notes import labelled_goal

    assert labelled_goal(line, 0, len(line))


def test_a_question_planned_for_the_mentee_is_no_action_item_but_asking_someone_else_is():
    note = "Catch-up, 3 March\nNext time I'll ask her what she'd need from her lead to speak up sooner.\n"
    review = review_notes(note, session_date="2026-03-03")
    assert [q.label for q in review.questions] == ["open"] and review.actions == []
    other = "Catch-up, 3 March\nI'll ask Greta whether the budget covers a second course.\n"
    assert [a.task for a in review_notes(other, session_date="2026-03-03").actions]


@pytest.mark.parametrize(
    "note",
    [
        "Hi me,\nQuick notes before I forget. Her goal: submit the audit paper to a journal by the end of "
        "January, to strengthen her fellowship application. She thinks it is doable.",
        "Session 2, 3 March\nGoal we agreed: Omar will complete the safety workbook and get it signed off "
        "before he rotates in May.",
        "Session 2, 3 March\nWe set a goal together: by September she will lead the briefing on eight "
        "surveys with no senior colleague stepping in.",
        "Session 2, 3 March\nHer goals, as she phrased them:\n1. Complete the field security course before "
        "her deployment in July.",
    ],
)
def test_a_labelled_goal_is_a_goal_and_not_also_an_action_item_wherever_the_label_stands(note):
    review = review_notes(note, session_date="2026-03-03")
    assert len(review.goals) == 1 and review.actions == [], [a.task for a in review.actions]


def test_someones_judgement_of_another_person_is_feedback_but_their_words_about_themselves_are_not():
    observed = "Observation, 3 March\nThe lead said Priya handled the angry client calmly and kept the refund within policy.\n"
    review = review_notes(observed, session_date="2026-03-03")
    assert [f.focus for f in review.feedback] == ["behaviour"]
    own = "Observation, 3 March\nHe said he rushed the handover on Friday.\n"
    assert review_notes(own, session_date="2026-03-03").feedback == []


def test_the_writers_own_hedged_view_of_themselves_is_no_feedback_but_a_label_received_is():
    journal = "My journal, 3 March\nI think I'm just awkward with relatives.\n"
    assert review_notes(journal, session_date="2026-03-03").feedback == []
    received = 'My journal, 3 March\nApparently I\'m "too nice" in design crits.\n'
    assert [f.focus for f in review_notes(received, session_date="2026-03-03").feedback] == ["personality"]


def test_questions_under_a_heading_without_a_colon_count_but_the_writers_own_and_template_fields_do_not():
    note = (
        "Mentoring record, 21 Feb\nWho: Marco, Dee\nWhere: The Anchor, upstairs\n\n"
        "Questions for next time\n- What would a good committee appearance look like to her?\n"
        "- Does she want to take on a major application this year?\n\n"
        "Question for myself: do I actually want to keep mentoring two people?"
    )
    found = review_notes(note, session_date="2024-02-21").questions
    assert [(q.label, q.text[:12]) for q in found] == [("open", "What would a"), ("closed", "Does she wan")]


def test_every_item_under_a_goals_heading_is_a_goal_however_vague():
    """Guide §1: a goal is judged by the SMART criteria, not dropped for being vague."""
    note = (
        "Circle minutes, 3 Feb\n\n3. Goals for February\n"
        "Marco: no shouting on the pass for the whole of February.\n"
        "Dee: get her food GP up to 72% by the end of February.\n"
        "Lin: take a proper day off every week.\n"
        "Kwame: no goal recorded.\n\n"
        "4. Next circle\n2 March, same room."
    )
    goals = review_notes(note, session_date="2025-02-03").goals
    assert [g.text.split()[0] for g in goals] == ["no", "get", "take"]


def test_a_record_header_says_whose_initials_own_each_action():
    note = (
        "MENTORING RECORD\nMentee: Priyanka S.\nMentor: R. Okafor\nDate: 21/02/2024\n\n"
        "Actions\n- RO to check whether the council will fund the RTPI fee\n"
        "- PS to send me her draft case study by 1 March"
    )
    owners = {a.task.split()[0]: a.owner for a in review_notes(note, session_date="2024-02-21").actions}
    assert owners == {"check": "mentor", "send": "mentee"}


def test_advice_recorded_as_advice_is_behaviour_feedback_not_a_task_unless_taken_on():
    note = (
        "Choir rehearsal debrief, 4 March\n"
        "Owen conducted side-on, so the back row could not see his beat and came in late twice.\n"
        "I suggested he bring the choir forward or stand on the box so all three rows can see him.\n"
        "I suggested he film Thursday's rehearsal and he agreed to send it to me by Friday."
    )
    review = review_notes(note, session_date="2025-03-04")
    tasks = [a.task for a in review.actions]
    assert not any("choir" in t for t in tasks)  # suggested, not taken on
    assert any(note.index("he agreed") < a.end for a in review.actions)  # taken on: an item
    assert [f.focus for f in review.feedback if "bring the choir forward" in f.text] == ["behaviour"]


def test_the_writers_words_about_themselves_and_a_named_persons_about_himself_are_not_feedback():
    mentee_notes = "Mentoring notes – my session with Frau Keller, 14.05\nI told her I am a perfectionist, maybe this is the reason.\n"
    assert review_notes(mentee_notes, session_date="2025-05-14").feedback == []
    named = "Check-in with Tomás, 3 March\nTomás said he tends to be overcautious by nature.\n"
    assert review_notes(named, session_date="2026-03-03").feedback == []
    # Whom someone told is another person: "he" is the one told.
    told = "Observation, 3 March\nRD told KA he can come across as cold and distant.\n"
    assert [f.focus for f in review_notes(told, session_date="2026-03-03").feedback] == ["personality"]


def test_a_statement_listing_which_is_no_question():
    note = (
        "Debrief, 3 March\nHer crew briefing was clear, and the BA team went in knowing exactly which floor "
        "and which flat.\n"
    )
    assert review_notes(note, session_date="2026-03-03").questions == []


@pytest.mark.parametrize(
    "sentence, goal_words",
    [
        (
            "Dean's goal, written on his card, is to read a letter from his daughter without help by Easter.",
            "read a letter",
        ),
        ('Her goal when we started was "to be ready for promotion".', "ready for promotion"),
        ("What she wants: to be a senior planner.", "senior planner"),
    ],
)
def test_a_goal_is_found_with_words_between_goal_and_is_or_after_what_she_wants(sentence, goal_words):
    note = f"Session, 3 March\n{sentence} We talked it through."
    goals = review_notes(note, session_date="2026-03-03").goals
    assert any(goal_words in g.text for g in goals), [g.text for g in goals]


def test_the_answer_to_a_question_about_the_goal_is_a_goal_but_not_a_shrug():
    note = (
        "Stage management mentoring, 3 March\nBK: What's your goal for this contract?\n"
        "JE: To call the show myself at least one night a week before we close on 29 March.\nBK: Good."
    )
    goals = review_notes(note, session_date="2026-03-03").goals
    assert any("call the show myself" in g.text for g in goals), [g.text for g in goals]
    shrug = "Catch-up, 3 March\nBK: What's your goal for this contract?\nJE: Not sure yet, to be honest with you.\n"
    assert review_notes(shrug, session_date="2026-03-03").goals == []
