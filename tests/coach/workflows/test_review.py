"""The notes review as a mentor relies on it: one pass finds goals, feedback, questions and action
items in real notes, carries last session's items, and points the next session at its evidence."""

import io
import zipfile

import pytest

from coach.errors import InputError
from coach.text.inputs import read_docx_text
from coach.workflows.review import review_notes

NOTES = """Session 4 with Sam, 12 March
- presented the Q3 numbers to the board, clear and calm
- he's a bit arrogant with juniors
- goal: get better at presenting
- asked: what did you learn from the board's questions? did you enjoy the course?
- Sam to send the CV to Priya by Friday
- I'll book the mock interview for next week"""


@pytest.fixture(scope="module")
def review():
    return review_notes(
        NOTES,
        previous="- Sam to update his LinkedIn profile\n- I will introduce Sam to Dana",
        session_date="2026-03-12",
    )


def test_each_finding_points_into_the_notes(review):
    for item in [*review.goals, *review.feedback, *review.questions, *review.actions]:
        assert NOTES[item.start : item.end].strip()
    assert any("presenting" in NOTES[g.start : g.end] for g in review.goals)


def test_feedback_and_questions_are_judged(review):
    foci = {NOTES[f.start : f.end]: f.focus for f in review.feedback}
    assert foci.get("he's a bit arrogant with juniors") == "personality"
    assert {q.label for q in review.questions} == {"open", "closed"}
    assert review.question_summary["open_ratio"] == 0.5


def test_action_items_have_owner_task_and_iso_due_date(review):
    cv = next(a for a in review.actions if "CV" in a.task)
    assert cv.due == "2026-03-13" and cv.owner in ("mentee", "Sam")
    assert any(a.owner == "mentor" for a in review.actions)


def test_a_goal_is_not_also_an_action_or_a_question(review):
    action_spans = {(a.start, a.end) for a in review.actions}
    assert all((g.start, g.end) not in action_spans for g in review.goals)


def test_last_sessions_items_are_carried_with_a_status(review):
    assert len(review.carried) == 2
    assert {c.status for c in review.carried} <= {"done", "open", "dropped"}


def test_next_session_points_at_the_evidence(review):
    kinds = {step.kind for step in review.next_session}
    assert {"goal", "feedback", "action"} <= kinds
    for step in review.next_session:
        if step.start is not None:
            assert NOTES[step.start : step.end].strip()


def test_the_review_serialises_to_json(review):
    data = review.to_dict()
    assert {
        "goals",
        "feedback",
        "questions",
        "question_summary",
        "actions",
        "carried",
        "next_session",
    } <= set(data)


@pytest.mark.fast
@pytest.mark.parametrize("bad", ["", "   ", b"\x00\x01\x02"])
def test_empty_or_binary_notes_get_a_clear_message(bad):
    with pytest.raises(InputError):
        review_notes(bad)


@pytest.mark.fast
def test_a_word_file_is_read_and_a_fake_one_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>Sam to send the CV by Friday</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>What went well?</w:t></w:r></w:p></w:body></w:document>",
        )
    assert read_docx_text(buffer.getvalue(), "notes.docx") == "Sam to send the CV by Friday\nWhat went well?"
    with pytest.raises(InputError, match="not a Word .docx"):
        read_docx_text(b"plain text pretending", "fake.docx")


def test_guesses_left_for_after_the_parse_change_nothing(monkeypatch):
    """Guesses the segmenter cuts otherwise are not embedded early; the review is the same without them."""
    from coach.analyzers.feedback import guess_sentences
    from coach.workflows import review as review_module

    notes = (
        "MENTORING LOG – G. Pryce – 16/02/2026\n- should I learn dbt? undecided, parking it\n"
        "He's going to email Prof. Aldous tomorrow asking for a 30 min slot.\n4.\n"
        "- Sam to send the CV to Priya by Friday. You're so disorganised.\n- what did you learn from it?"
    )
    pieces = guess_sentences(notes)
    sure = review_module.sure_guesses(pieces)
    assert (
        "should I learn dbt? undecided, parking it" in pieces
        and "should I learn dbt? undecided, parking it" not in sure
    )
    assert "He's going to email Prof." in pieces and not any("Prof." in p or "Aldous" in p for p in sure)
    assert "4." not in sure and "Sam to send the CV to Priya by Friday." in sure
    assert "what did you learn from it?" in sure
    deferred = review_module.review_notes(notes, session_date="2026-03-12").to_dict()
    monkeypatch.setattr(review_module, "sure_guesses", lambda pieces: sorted(set(pieces)))
    assert review_module.review_notes(notes, session_date="2026-03-12").to_dict() == deferred


def test_harm_no_recogniser_names_is_offered_as_uncertain_and_ordinary_notes_get_nothing():
    notes = (
        "Session 3 with Lina. We went through her portfolio plan and she will send the draft by Friday. "
        "She said her ex sits in his car across from the depot when her shift ends and she is frightened of him. "
        "Goal: finish the forklift licence by May."
    )
    review = review_notes(notes, session_date="2026-03-03")
    assert review.safety and review.safety["uncertain"] is True and review.safety["kind"] == "threat"
    e = review.safety["evidence"][0]
    assert notes[e["start"] : e["end"]] == e["text"] and "across from the depot" in e["text"]
    assert review.warnings[0].startswith("These notes may disclose harm, but this is not certain")
    assert review.next_session[0].text.startswith("Safeguarding, in case (not certain)")
    for ordinary in (
        "Session 3 with Lina. She said she is just a driver really. Goal: finish the forklift licence by May.",
        "Catch-up with Tom. He told me he's exhausted after the audit and the deadline is killing him.",
    ):
        assert review_notes(ordinary, session_date="2026-03-03").safety is None, ordinary


def test_an_ex_turning_up_where_she_works_is_named_and_routed_first():
    notes = (
        "Session 3 with Lina. She said her ex keeps turning up at the depot after her shift and she is "
        "frightened of him. Goal: finish the forklift licence by May."
    )
    review = review_notes(notes, session_date="2026-03-03")
    assert review.safety and review.safety["uncertain"] is False and review.safety["kind"] == "threat"
    assert review.next_session[0].text.startswith("Safeguarding first")


def test_a_harm_word_the_rest_of_the_note_does_not_bear_out_is_offered_not_routed():
    notes = (
        "Session with Liam, apprentice joiner. He came in with a black eye and a cut on his eyebrow; he said "
        "it was from his amateur boxing bout on Saturday, which he won. We went through his site diary and "
        "he will finish the stair module by Friday."
    )
    review = review_notes(notes, session_date="2026-03-03")
    assert review.safety and review.safety["uncertain"] is True
    assert "does not read like a disclosure" in review.safety["reason"]
    assert not review.warnings[0].startswith("These notes read like a disclosure")


def test_notes_that_disclose_harm_get_the_safeguarding_playbook_first():
    notes = (
        "Good catch-up. She mentioned her team lead makes comments about her figure in meetings. "
        "She laughed it off. Priya to send the CV by Friday."
    )
    review = review_notes(notes)
    assert review.safety and review.next_session[0].kind == "safeguarding"
    e = review.safety["evidence"][0]
    assert notes[e["start"] : e["end"]] == e["text"] == "comments about her figure"
    assert "harassment" in review.safety["title"].lower()
    assert (
        review_notes("We disagreed about the roadmap and it got heated. Sam to send the CV by Friday.").safety
        is None
    )


def test_a_mentees_phone_note_lists_its_own_to_dos_and_its_counts_match_what_it_shows():
    note = (
        "mtg w/ Ruth (my mentor) 12/11\n"
        "- goal: apply for TL role before internal deadline (30 nov)\n"
        "- i need to: rewrite status update template by mon, send ruth my 90 day plan draft by 25th\n"
        "- next: mock interview w ruth on 27th?"
    )
    review = review_notes(note, session_date="2025-11-12")
    assert [(a.owner, a.task, a.due) for a in review.actions] == [
        ("mentee", "rewrite status update template", "2025-11-17"),
        ("mentee", "send ruth my 90 day plan draft", "2025-11-25"),
    ]
    # A sentence the note settles as a goal, a question or a task is not counted as feedback either.
    shown = {f: sum(1 for s in review.feedback if s.focus == f) for f in ("behaviour", "personality")}
    assert {f: review.feedback_summary[f] for f in shown} == shown
