"""The question analyzer as a mentor uses it: which sentences are questions, open or closed,
leading or not, why, and how to ask a closed one openly. Runs on the real models."""

import json
import time

import pytest

from coach.analyzers.questions import (
    QuestionModel,
    analyze_questions,
    analyze_questions_many,
    questions_from_docs,
)
from coach.errors import InputError, ModelUnavailable
from coach.text.nlp import parse
from coach.types import DocsContext


def judged(text):
    """[(question text, label, leading)] for a text."""
    return [(q.text, q.label, q.leading) for q in analyze_questions(text).questions]


def only(text):
    report = analyze_questions(text)
    assert len(report.questions) == 1, [q.text for q in report.questions]
    return report.questions[0]


# -- open or closed: the labelling guide's definitions and traps ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "What would success look like for you?",
        "How did you feel when the project was cancelled?",
        "Tell me about your week.",
        "Why did you turn the offer down?",
        "Can you tell me more about the conflict with your lead?",
        "How are things?",
        "In what ways could this become a two-way exchange?",  # "in what way" asks how
        "What would you need to let go of, or say no to, for your workload to feel sustainable?",  # no options
    ],
)
def test_questions_that_invite_an_account_are_open(text):
    assert only(text).label == "open"


@pytest.mark.parametrize(
    "text",
    [
        "Did you finish the course?",
        "Is the deadline Friday?",
        "Would you prefer mornings or afternoons?",
        "How many reports did you write?",  # a question word does not make a question open
        "When is your review?",
        "How long have you been in your current role?",
        "Can you send me the slides?",  # a request for an action in a yes/no form
    ],
)
def test_questions_a_yes_no_or_one_fact_answers_are_closed(text):
    assert only(text).label == "closed"


@pytest.mark.parametrize(
    "text, label",
    [
        ("So the plan is what?", "open"),  # spoken turns leave the question word at the end
        ("You handled it how?", "open"),
        ("You did that why?", "open"),
        ("The deadline is what?", "closed"),  # still one fact
        ("The review is when?", "closed"),
    ],
)
def test_a_question_word_at_the_end_asks_what_it_would_ask_first(text, label):
    question = only(text)
    assert question.label == label
    assert any("at the end of a statement" in e.reason for e in question.evidence)


@pytest.mark.parametrize(
    "text, label",
    [
        ("And your manager's view?", "open"),  # only the noun of an account
        ("Your plan for the summer?", "open"),
        ("And the deadline?", "closed"),  # only the noun of a fact
        ("And she said?", "open"),  # a prompt to go on with the story
        ("You told him, and then?", "open"),
        ("How hot?", "closed"),  # a measure: a number answers it
        ("Which rooms?", "closed"),  # a pick among things both know
        ("Where are you with the hiring?", "open"),  # how things stand, not a place
        ("Where did you leave the keys?", "closed"),
        ("can I ask how you found your first clients?", "open"),  # the indirect question decides
        ("Can I ask when you started?", "closed"),
        ("random thought but why did you pick law?", "open"),
        ("Overwhelming in what way?", "open"),  # the word before it, asked about
        ("So, where are you now with the decision?", "open"),
        ("So where does that leave you?", "open"),  # how things stand now
        ("Where does the bus leave from?", "closed"),
        ("I wanted to ask what you think made things so hard.", "open"),  # no "?" needed
        ("I wanted to ask if you got my email.", "closed"),
    ],
)
def test_elliptical_and_spoken_questions_are_judged_by_what_they_ask_for(text, label):
    assert only(text).label == label


@pytest.mark.parametrize(
    "text",
    [
        "tell me about your week",
        "Walk me through what happened on release night",
        "I wonder what you'd do differently next time",
        "how did the demo go",
    ],
)
def test_questions_without_a_question_mark_are_found(text):
    assert only(text).label == "open"


@pytest.mark.parametrize(
    "text",
    [
        "We'll meet again on the 14th.",
        "She asked whether she should apply for the lead role.",  # a reported question
        "Let me know how it goes!",
        "Send me the slides when you get a chance.",
        "I think you handled that really well.",
        "How exciting that you got the role!",
    ],
)
def test_statements_are_not_questions(text):
    assert analyze_questions(text).questions == []


def test_a_stacked_question_is_open_if_any_part_is_open():
    assert only("How did it go, and did you get the budget?").label == "open"
    assert only("Did you finish the course, and are you planning the next one?").label == "closed"


# -- leading ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Don't you think you should apply?",
        "Wouldn't it be better to wait?",
        "You agree, right?",
        "Surely you've updated your CV by now?",
    ],
)
def test_questions_that_push_an_answer_are_leading_with_the_words_that_push(text):
    q = only(text)
    assert q.label == "closed" and q.leading
    assert any("leading" in e.reason for e in q.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Do you think you should apply?",
        "Is the deadline realistic?",
        "Have you considered talking to your manager about it?",
    ],
)
def test_neutral_closed_questions_are_not_leading(text):
    q = only(text)
    assert q.label == "closed" and not q.leading


def test_why_didnt_you_stays_open_and_not_leading_but_gets_a_blameless_rewording():
    question = only("Why didn't you ask for help?")
    assert question.label == "open" and not question.leading  # the guide: leading is for closed ones
    assert question.suggestion == "What got in the way of asking for help?"
    assert any("sound like blame" in e.reason and e.text == "Why didn't you" for e in question.evidence)


def test_open_questions_are_never_leading():
    q = only("What went well, and don't you think the ending was rushed?")
    assert q.label == "open" and not q.leading and q.leading_score == 0.0


@pytest.mark.parametrize(
    "text, labels",
    [
        ("Fill me in on the audit.", ["open"]),
        ("Catch me up on the launch.", ["open"]),
        ("Fill it in as you go, even one line.", []),  # a deed, not a request for an account
        ("Catch-up with Bartek, shift leader line 3.", []),  # a heading
    ],
)
def test_fill_me_in_asks_for_an_account_but_fill_it_in_does_not(text, labels):
    assert [q.label for q in analyze_questions(text).questions] == labels


# -- evidence and rewordings ----------------------------------------------------------------------
def test_evidence_names_the_opening_words():
    q = only("How many people report to you now?")
    assert any(e.text == "How many" and "single fact" in e.reason for e in q.evidence)
    q = only("Walk me through the launch plan.")
    assert any(e.text.startswith("Walk me through") for e in q.evidence)


@pytest.mark.parametrize(
    "question, rewording",
    [
        ("Did you enjoy the course?", "What did you get out of the course?"),
        ("Is the deadline realistic?", "How realistic does the deadline feel to you?"),
        ("Have you talked to your manager?", "What conversations have you had with your manager so far?"),
    ],
)
def test_closed_questions_get_an_open_rewording(question, rewording):
    assert only(question).suggestion == rewording


CLOSED = [
    ("Did you finish the course?", ["course"]),
    ("Are you happy with the new team?", ["happy", "team"]),
    ("Have you raised it with HR?", ["HR"]),
    ("Do you feel ready for the interview?", ["ready", "interview"]),
    ("Is anything stopping you from applying?", ["stopping", "applying"]),
    ("Would you like to set a goal for next time?", ["goal", "next time"]),
    ("Don't you think you should apply?", ["apply"]),
    ("You've updated your CV, right?", ["CV"]),
    ("When is your review?", ["review"]),
    ("Did you send the email to Raj?", ["email", "Raj"]),
]


def test_rewordings_keep_the_topic_and_are_judged_open():
    reports = analyze_questions_many([q for q, _ in CLOSED])
    rewordings = [r.questions[0].suggestion for r in reports]
    for (question, topic), rewording in zip(CLOSED, rewordings):
        assert rewording, question
        assert all(word.lower() in rewording.lower() for word in topic), (question, rewording)
    for rewording, report in zip(rewordings, analyze_questions_many(rewordings)):
        assert [q.label for q in report.questions] == ["open"], rewording
        assert not report.questions[0].leading


def test_leading_questions_get_a_neutral_rewording():
    q = only("Wouldn't it be better to wait?")
    assert q.suggestion == "What do you see as the pros and cons of waiting?"
    assert not only(q.suggestion).leading


def test_open_questions_need_no_rewording():
    assert only("What would you change next time?").suggestion is None


# -- notes, offsets, batches ---------------------------------------------------------------------
NOTES = """Questions for Amara, session 3:
- How did the stakeholder meeting go?
- did she get the budget sign-off
- Check whether she has read the chapter on delegation.
* tell me about your week
2) You agree the plan is solid, right?
Mentor: Great demo today. What would you change next time?"""


def test_questions_are_found_in_notes_and_offsets_point_into_the_input():
    report = analyze_questions(NOTES)
    assert [(q.text, q.label, q.leading) for q in report.questions] == [
        ("How did the stakeholder meeting go?", "open", False),
        ("did she get the budget sign-off", "closed", False),
        ("tell me about your week", "open", False),
        ("You agree the plan is solid, right?", "closed", True),
        ("What would you change next time?", "open", False),
    ]
    for q in report.questions:
        assert NOTES[q.start : q.end] == q.text
        for e in q.evidence:
            assert NOTES[e.start : e.end] == e.text and q.start <= e.start <= e.end <= q.end
    assert report.summary == {"questions": 5, "open": 3, "closed": 2, "leading": 1, "open_ratio": 0.6}


def test_offsets_count_the_whitespace_the_input_starts_with():
    text = "\n\n   Did you pass?"
    q = analyze_questions(text).questions[0]
    assert text[q.start : q.end] == "Did you pass?"


def test_the_json_contract():
    data = json.loads(json.dumps(analyze_questions("Did you pass? Why?").to_dict()))
    assert list(data)[:2] == ["text", "questions"] and "error" not in data
    assert data["text"] == "Did you pass? Why?"
    for q in data["questions"]:
        assert list(q)[:8] == ["text", "start", "end", "label", "leading", "score", "evidence", "suggestion"]
        assert q["label"] in ("open", "closed") and 0.5 <= q["score"] <= 1.0
        assert all(list(e) == ["start", "end", "text", "reason"] for e in q["evidence"])


def test_a_batch_keeps_order_and_reports_bad_items_in_place():
    reports = analyze_questions_many(
        ["How was your week?", "", b"\x00\x01\x02\x03" * 50, None, "Did you pass?"]
    )
    assert [len(r.questions) for r in reports] == [1, 0, 0, 0, 1]
    assert [bool(r.error) for r in reports] == [False, True, True, True, False]
    assert reports[1].to_dict()["error"] and reports[1].to_dict()["questions"] == []


def test_parsed_docs_can_be_shared_with_other_analyzers():
    docs = parse(["Notes.\nHow did it go?", "Tell me more."])
    found = questions_from_docs(docs, DocsContext(offsets=[100, 0]))
    assert [(q.text, q.start) for q in found[0]] == [("How did it go?", 107)]
    assert [q.label for q in found[1]] == ["open"]


# -- bad input -------------------------------------------------------------------------------------
@pytest.mark.parametrize("bad", ["", "   \n\t ", None, "🙂🙂🙂", "12345 678", b"\xff\xfe\x00\x01" * 100, 42])
def test_unusable_input_gets_a_message(bad):
    with pytest.raises(InputError):
        analyze_questions(bad)


def test_non_english_text_gets_a_warning_not_a_traceback():
    report = analyze_questions("Wie geht es dir heute? Was hast du am Wochenende gemacht?")
    assert any("English" in w for w in report.warnings)


def test_a_50kb_text_is_analysed_within_a_few_seconds():
    text = (
        "Did you finish the report? Tell me about your week. We met on Tuesday and talked about the budget.\n"
        "- how did the demo go\n"
    ) * 450
    assert len(text) > 50_000
    analyze_questions("warm-up?")
    started = time.perf_counter()
    report = analyze_questions(text)
    assert time.perf_counter() - started < 15
    assert len(report.questions) == 3 * 450


@pytest.mark.fast
def test_a_missing_model_names_the_command_that_trains_it(tmp_path):
    with pytest.raises(ModelUnavailable, match="mentor-coach train questions"):
        QuestionModel.load(tmp_path / "questions.json")


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Share how the launch went.", True),
        ("Share your thoughts on the plan.", True),
        ("Share the deck with us by Friday.", False),
        ("share her pricing sheet with both of us", False),
    ],
)
def test_share_asks_a_question_only_when_it_asks_for_an_account(text, asked):
    assert bool(analyze_questions(text).questions) is asked
