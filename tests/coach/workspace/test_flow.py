"""A mentee's sessions through the workspace, on the real analyzers: a review stored for the mentee,
the next plan started from it with the open items carried, the items' statuses carried from session
to session, the goal's versions improving, the mentor's own trend, and erasure of it all."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.workflows.plan import SessionPlan, plan_session
from coach.workspace import (
    check_goal,
    match_goal,
    mentor_trend,
    next_plan_request,
    open_workspace,
    prepare_review,
    record_review,
    save_plan,
)
from coach.workspace.flow import clean_goal_text

LABEL = "Quokka"
FIRST = (
    "Session 1 with Quokka\n- you're a bit disorganised\n- Quokka to send the CV to Priya by Friday\n"
    "- Quokka to book a mock interview by 20 March\n- did you enjoy the course?\n- was the deadline clear?"
)
SECOND = (
    "Session 2 with Quokka\n- Quokka sent the CV to Priya, done\n"
    "- goal: Present the Q3 results to the leadership team by 30 June so that I'm ready for the team lead role\n"
    "- In Tuesday's demo you skipped the error slide; next time walk the client through it.\n"
    "- what did you learn from the board's questions?"
)


@pytest.fixture(scope="module")
def journey(tmp_path_factory):
    """Goal v1, session 1 reviewed, session 2 planned from it, then reviewed: what each step returned."""
    ws = open_workspace(f"sqlite:///{tmp_path_factory.mktemp('ws') / 'workspace.sqlite'}")
    ws.add_mentee(LABEL)
    out = {"ws": ws, "goal": check_goal(ws, LABEL, "get better at presenting")}
    out["first"] = record_review(ws, prepare_review(ws, LABEL, FIRST, "2026-03-10"))
    out["request"] = next_plan_request(ws, LABEL)
    out["plan"] = plan_session(out["request"])
    out["planned"] = save_plan(ws, LABEL, out["plan"], out["request"])
    out["pending"] = prepare_review(ws, LABEL, SECOND, "2026-03-24")
    out["second"] = record_review(ws, out["pending"])
    out["after"] = next_plan_request(ws, LABEL)
    yield out
    ws.close()


def test_the_next_plan_starts_from_the_review(journey):
    request, plan = journey["request"], journey["plan"]
    assert request.carried_actions == [
        "send the CV to Priya (mentee, due 2026-03-13)",
        "book a mock interview (mentee, due 2026-03-20)",
    ]
    assert request.goals == ["get better at presenting"]
    assert any("Rephrase as behaviour and impact" in r for r in request.reminders)
    assert request.meeting_number == 2  # one session held: the phase is inferred from it
    review_item = next(item for item in plan.agenda if item.key == "review")
    assert review_item.points[:2] == [f"Carried over: {a}" for a in request.carried_actions]
    assert any(p.startswith("From the last review: Rephrase") for p in review_item.points)
    assert any(
        "Agree how progress on goal 1 will be measured" in p for item in plan.agenda for p in item.points
    )
    assert plan.carried_actions == request.carried_actions


def test_the_planned_session_receives_its_notes(journey):
    assert journey["first"].number == 1 and journey["planned"].number == 2
    second = journey["second"]
    assert second.number == 2 and second.plan is not None and second.review is not None
    assert second.date == "2026-03-24"


def test_action_items_carry_their_status_from_session_to_session(journey):
    assert journey["pending"].tracked == [1, 2]
    actions = {a.number: a for a in journey["ws"].detail(LABEL).actions}
    sent, booked = actions[1], actions[2]
    assert (sent.status, sent.session) == ("done", 1)
    assert sent.history == [
        {"session": 2, "status": "done", "reason": sent.reason, "words": "Quokka sent the CV to Priya"}
    ]
    assert (booked.status, booked.reason) == ("open", "not mentioned")
    assert journey["after"].carried_actions == ["book a mock interview (mentee, due 2026-03-20)"]


def test_a_goal_improves_over_versions(journey):
    goals = journey["ws"].detail(LABEL).goals
    assert len(goals) == 1
    versions = goals[0].versions
    assert [v.text for v in versions] == [
        "get better at presenting",
        "Present the Q3 results to the leadership team by 30 June so that I'm ready for the team lead role",
    ]
    assert [v.source for v in versions] == ["goal page", "review"] and versions[1].session == 2
    assert versions[1].smart_score > versions[0].smart_score
    assert "time_bound" in versions[0].unmet and "time_bound" not in versions[1].unmet
    assert journey["after"].goals == [versions[1].text]


def test_a_new_version_is_filed_where_the_mentor_says(journey):
    ws = journey["ws"]
    ws.add_mentee("Otter")
    first = check_goal(ws, "Otter", "network more")
    other = check_goal(ws, "Otter", "get better at presenting")
    assert (first.number, other.number) == (1, 2)
    revised = check_goal(ws, "Otter", "Meet two people from other teams each month", goal=1)
    assert revised.number == 1 and len(revised.versions) == 2
    assert len(check_goal(ws, "Otter", "Meet two people from other teams each month", goal=1).versions) == 2
    with pytest.raises(InputError, match="no goal 9"):
        check_goal(ws, "Otter", "Pass the AWS exam by June", goal=9)
    with pytest.raises(InputError, match="Not kept"):
        check_goal(ws, "Otter", "How do I get promoted?")
    assert ws.delete_mentee("Otter")["rows"] > 0


def test_the_same_notes_stored_twice_make_one_session(journey):
    ws = journey["ws"]
    again = record_review(ws, journey["pending"])
    assert again.number == 2
    assert len(ws.detail(LABEL).sessions) == 2 and len(ws.detail(LABEL).actions) == 2


def test_the_mentors_trend_shows_the_sentences_behind_each_point(journey):
    trend = mentor_trend(journey["ws"], LABEL)
    first, second = trend.points
    assert (first.date, second.date) == ("2026-03-10", "2026-03-24")
    assert first.personality_share == 1.0 and second.personality_share == 0.0
    assert [s["text"] for s in first.sentences] == ["you're a bit disorganised"]
    assert first.sentences[0]["focus"] == "personality"
    assert second.sentences and all(s["focus"] == "behaviour" for s in second.sentences)
    assert {q["label"] for q in first.questions} == {"closed"} and second.open_ratio == 1.0
    assert trend.changes["personality_share"]["direction"] == "better"
    assert trend.changes["open_ratio"] == {"first": 0.0, "latest": 1.0, "direction": "better", "sessions": 2}
    assert trend.to_dict()["points"][0]["sentences"][0]["text"] == "you're a bit disorganised"


def test_an_unknown_mentee_is_refused_before_any_analysis(journey):
    with pytest.raises(InputError, match="No mentee labelled 'Nobody'"):
        prepare_review(journey["ws"], "Nobody", FIRST)
    with pytest.raises(InputError, match="No mentee labelled"):
        next_plan_request(journey["ws"], "Nobody")


def test_a_saved_plan_reads_back_as_the_same_plan(journey):
    plan = journey["plan"]
    assert SessionPlan.from_dict(plan.to_dict()) == plan
    assert journey["ws"].detail(LABEL).sessions[1].plan == plan.to_dict()
    with pytest.raises(InputError, match="not waiting for its notes"):
        save_plan(journey["ws"], LABEL, plan, session=1)


def test_erasing_the_mentee_leaves_none_of_their_notes_in_the_files(tmp_path):
    ws = open_workspace(f"sqlite:///{tmp_path / 'w.sqlite'}")
    ws.add_mentee(LABEL)
    record_review(ws, prepare_review(ws, LABEL, FIRST, "2026-03-10"))
    wal = ws.path.with_name(ws.path.name + "-wal")

    def on_disk() -> bytes:
        return ws.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    assert b"mock interview" in on_disk()
    ws.delete_mentee(LABEL)
    for text in (b"mock interview", b"Priya", b"disorganised", LABEL.encode()):
        assert text not in on_disk(), text
    ws.close()


@pytest.mark.fast
@pytest.mark.parametrize(
    "text, goals, expected",
    [
        (
            "Present the Q3 results to the board by June",
            [(1, "get better at presenting"), (2, "network more")],
            1,
        ),
        ("Pass the AWS exam by 30 June", [(1, "get better at presenting")], None),
        ("get better at negotiating", [(1, "get better at presenting")], None),  # "get better at" is no link
        (
            "Publish two blog posts on the engineering blog",
            [(3, "write blog posts for the engineering blog")],
            3,
        ),
    ],
)
def test_a_wording_revises_the_goal_that_shares_its_distinctive_words(text, goals, expected):
    assert match_goal(text, goals) == expected


@pytest.mark.fast
def test_the_notes_label_is_not_part_of_the_goal():
    assert clean_goal_text("- Goal: get better at presenting") == "get better at presenting"
    assert clean_goal_text("My goals – pass the exam") == "pass the exam"
