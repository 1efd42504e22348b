"""Session plans as a mentor relies on them, checked over many generated requests: the times add up,
no question repeats, every question is open by our own analyzer, every cited entry exists and
fits the phase and relationship, SMART gaps become agenda points, nothing is invented."""

import itertools
import random

import pytest

from coach.analyzers.questions import analyze_questions_many
from coach.errors import InputError
from coach.workflows.plan import PlanRequest, allocate_minutes, infer_phase, plan_session
from coach.workflows.suggest import get_knowledge_base
from knowledge.schema import PHASES, RELATIONSHIPS

FOCI = [
    "my mentee keeps cancelling our meetings",
    "she wants to move into management but doubts herself",
    "",
    "reverse mentoring: teaching my director how to use TikTok for recruiting",
    "we are wrapping up after nine months",
    "he got harsh feedback in his appraisal and is upset",
]
GOALS = [
    "get better at presenting",
    "Pass the AWS Solutions Architect exam by 30 June so I can lead the migration",
    "network more",
    "Publish two blog posts on our engineering blog this quarter",
]


def generated_requests(n=24, seed=7):
    rng = random.Random(seed)
    combos = list(itertools.product(PHASES, RELATIONSHIPS))
    rng.shuffle(combos)
    for phase, relationship in combos[:n]:
        yield PlanRequest(
            focus=rng.choice(FOCI),
            phase=phase,
            relationship=relationship,
            minutes=rng.choice([15, 30, 45, 60, 90, 120]),
            goals=rng.sample(GOALS, rng.randint(0, 3)),
        )


@pytest.fixture(scope="module")
def plans():
    return [(request, plan_session(request)) for request in generated_requests()]


def test_timeboxes_always_sum_to_the_length(plans):
    for request, plan in plans:
        assert sum(item.minutes for item in plan.agenda) == request.minutes
        assert all(item.minutes >= 1 for item in plan.agenda)


def test_no_question_repeats_and_each_item_has_two_to_four(plans):
    for _, plan in plans:
        ids = [q.id for item in plan.agenda for q in item.questions]
        assert len(ids) == len(set(ids))
        assert all(2 <= len(item.questions) <= 4 for item in plan.agenda)
        assert all(item.technique is None or item.technique.kind == "technique" for item in plan.agenda)


def test_the_check_in_asks_how_things_have_been_not_about_the_main_topic(plans):
    # It once opened a presenting goal's session with a question about cultural misunderstandings.
    for _, plan in plans:
        check_in = next(item for item in plan.agenda if item.key == "check_in")
        assert any(q.title.startswith("Opening check-in") for q in check_in.questions), [
            q.title for q in check_in.questions
        ]


def test_every_planned_question_is_judged_open_by_our_own_analyzer(plans):
    texts = sorted({q.text for _, plan in plans for item in plan.agenda for q in item.questions})
    for text, report in zip(texts, analyze_questions_many(texts)):
        assert report.questions and all(q.label == "open" for q in report.questions), text


def test_every_cited_entry_exists_and_fits_phase_and_relationship(plans):
    entries = {e.id: e for e in get_knowledge_base().entries}
    for request, plan in plans:
        cited = (
            [q for item in plan.agenda for q in item.questions]
            + [item.technique for item in plan.agenda if item.technique]
            + plan.checklist
        )
        for citation in cited:
            entry = entries[citation.id]
            assert citation.text == entry.text
            assert entry.fits("phases", request.phase) and entry.fits("relationships", request.relationship)


def test_smart_gaps_become_agenda_points_for_that_goal():
    plan = plan_session(
        PlanRequest(focus="", phase="negotiating", goals=["Pass the CFA exam by June", "network more"])
    )
    goal_work = next(item for item in plan.agenda if item.key == "goals")
    assert any(p.startswith("Agree how progress on goal 2 will be measured") for p in goal_work.points)
    assert not any("goal 1" in p and "deadline" in p for p in goal_work.points)


def test_the_same_request_gives_the_same_plan():
    request = PlanRequest(focus="my mentee keeps cancelling", phase="enabling_growth", goals=["network more"])
    assert plan_session(request).to_dict() == plan_session(request).to_dict()


def test_draft_questions_are_judged_and_closed_ones_reworded():
    plan = plan_session(
        PlanRequest(
            focus="course feedback", draft_questions=["Did you enjoy the course?", "What surprised you?"]
        )
    )
    closed, open_ = plan.draft_questions
    assert closed["label"] == "closed" and closed["suggestion"] and open_["label"] == "open"


@pytest.mark.fast
def test_the_phase_is_inferred_from_the_meeting_number():
    assert infer_phase(1, 10)[0] == "preparation"
    assert infer_phase(2, 10)[0] == "negotiating"
    assert infer_phase(5, 10)[0] == "enabling_growth"
    assert infer_phase(10, 10)[0] == "closure"


def test_previous_actions_are_carried_into_the_review():
    plan = plan_session(
        PlanRequest(phase="enabling_growth", previous="- Sam to send the CV to Priya by Friday\n")
    )
    review = next(item for item in plan.agenda if item.key == "review")
    assert any("CV" in p for p in review.points)


def test_exports_are_markdown_json_and_self_contained_html():
    plan = plan_session(PlanRequest(focus="closing well", phase="closure", minutes=45))
    assert plan.to_markdown().startswith("# Session plan (45 minutes)")
    assert '"agenda"' in plan.to_json()
    page = plan.to_html()
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page


@pytest.mark.parametrize("minutes", [5, 600])
def test_extreme_lengths_still_give_a_sensible_plan(minutes):
    plan = plan_session(PlanRequest(focus="confidence", phase="enabling_growth", minutes=minutes))
    assert sum(item.minutes for item in plan.agenda) == minutes and plan.warnings


@pytest.mark.fast
@pytest.mark.parametrize(
    "request_, message",
    [
        (PlanRequest(phase="middle"), "Unknown phase"),
        (PlanRequest(relationship="friends"), "Unknown relationship"),
        (PlanRequest(minutes=2), "outside"),
        (PlanRequest(goals=["a goal"] * 21), "more than one session"),
    ],
)
def test_bad_requests_get_a_clear_message(request_, message):
    with pytest.raises(InputError, match=message):
        plan_session(request_)


def test_twenty_goals_still_plan():
    plan = plan_session(
        PlanRequest(phase="negotiating", goals=[f"goal number {i}: improve" for i in range(20)])
    )
    assert sum(item.minutes for item in plan.agenda) == 60


@pytest.mark.fast
def test_minutes_are_allocated_exactly():
    assert allocate_minutes([1, 1, 1], 10) == [4, 3, 3]
    assert sum(allocate_minutes([1, 1.5, 3, 2, 1], 61)) == 61


def test_a_focus_that_discloses_harm_puts_the_safeguarding_playbook_first():
    plan = plan_session(
        PlanRequest(focus="she told me a colleague keeps making racist jokes about her accent")
    )
    assert plan.safeguarding and "safeguarding" in plan.safeguarding["title"].lower()
    assert plan.warnings[0].startswith("The focus reads like a disclosure")
    assert plan.to_markdown().index("Safeguarding first") < plan.to_markdown().index("Check-in")
    assert (
        plan_session(PlanRequest(focus="we disagreed about the roadmap and it got heated")).safeguarding
        is None
    )


def test_a_focus_only_the_model_reads_as_harm_offers_the_playbook_marked_not_certain():
    # The model reads this at 0.94: between the offer cut (0.7) and the route cut (0.96).
    plan = plan_session(
        PlanRequest(
            focus="my mentee told me a man waits by her car after every late shift and she doesn't know what to do"
        )
    )
    assert plan.safeguarding and plan.safeguarding["uncertain"] is True
    assert plan.warnings[0].startswith("The focus may disclose harm, but this is not certain")
    assert "Safeguarding, in case (not certain)" in plan.to_markdown()
    assert "Safeguarding first" not in plan.to_markdown()


def test_each_goal_is_shown_with_its_words_score_and_a_rewrite():
    plan = plan_session(PlanRequest(phase="enabling_growth", goals=["get better at presenting"]))
    goal_work = next(item for item in plan.agenda if item.key == "goals")
    assert goal_work.points[0].startswith("Goal 1: “get better at presenting” (SMART ")
    markdown = plan.to_markdown()
    assert (
        "## Goals" in markdown and "get better at presenting" in markdown and "wording to agree" in markdown
    )


def test_only_questions_for_the_mentee_go_under_ask():
    from coach.workflows.plan import asks_the_mentee

    for request in (
        PlanRequest(focus="I think I talk too much in our sessions", phase="closure"),
        PlanRequest(focus="my mentee keeps cancelling", phase="enabling_growth"),
    ):
        for item in plan_session(request).agenda:
            assert all(asks_the_mentee(q.text) for q in item.questions), [q.text for q in item.questions]
    assert not asks_the_mentee("Where in this session did I jump to advice too quickly?")


def test_a_question_never_states_what_the_mentor_did_not_say():
    plan = plan_session(PlanRequest(focus="my mentee keeps cancelling our meetings", phase="enabling_growth"))
    asked = " ".join(q.text for item in plan.agenda for q in item.questions)
    assert "last three sessions" not in asked
