"""The SMART goal analyzer as a mentee relies on it: judgements with evidence, hints, a rewrite
that invents nothing, several goals split, and bad input answered with a message."""

import re

import pytest

from coach.analyzers.goals import analyze_goal, analyze_goals
from coach.errors import InputError
from coach.types import DocsContext

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


def test_a_vague_goal_fails_most_criteria_and_gets_a_skeleton_in_its_own_words():
    report = analyze_goal("get better at presenting")
    assert report.is_goal
    assert not report.criteria["time_bound"].met and not report.criteria["measurable"].met
    assert report.smart_score <= 2
    # The flagged vague verb gives way to a placeholder naming it; the user's other words stay.
    assert report.rewrite.startswith("[a concrete action instead of “get better at”] presenting")
    assert "[when?]" in report.rewrite and "[measured how?]" in report.rewrite
    assert all(report.criteria[c].hint for c in CRITERIA if not report.criteria[c].met)


def test_a_smart_goal_meets_every_criterion_with_evidence_spans_into_the_input():
    text = "I want to pass the AWS Solutions Architect exam by 30 June so that I can lead our cloud migration"
    report = analyze_goal(text)
    assert report.smart_score == 5 and report.rewrite is None
    deadline = report.criteria["time_bound"].evidence
    assert any(text[e.start : e.end] == e.text == "by 30 June" for e in deadline)
    for c in CRITERIA:
        for e in report.criteria[c].evidence:
            assert text[e.start : e.end] == e.text and e.reason


@pytest.mark.parametrize(
    "text",
    [
        "Run a 5k every Saturday",  # a recurrence without an end is not time-bound
        "Finish my thesis, which I started in 2019",  # a past date is not a deadline
    ],
)
def test_dates_that_are_not_deadlines_do_not_make_a_goal_time_bound(text):
    assert not analyze_goal(text).criteria["time_bound"].met


def test_a_recurrence_without_an_end_asks_for_an_end_date_not_a_start():
    report = analyze_goal("Post one article on LinkedIn every week")
    assert report.criteria["measurable"].met
    assert "until [end or review date?]" in report.rewrite


def test_the_rewrite_never_invents_a_number_or_a_date():
    for text in ["improve my Python", "be more confident in meetings", "learn Spanish"]:
        rewrite = analyze_goal(text).rewrite
        assert not re.search(r"\d", rewrite), rewrite
        assert rewrite.count("[") >= 2


def test_the_context_informs_relevance():
    goal = "Shadow two senior engineers' design reviews by the end of March"
    without = analyze_goal(goal).criteria["relevant"]
    within = analyze_goal(goal, context="I want to become a software architect within two years").criteria[
        "relevant"
    ]
    assert within.score > without.score
    assert any("compared with your context" in e.reason for e in within.evidence)


def test_a_paragraph_with_several_goals_is_split_and_each_reported():
    text = (
        "- Get my CIPD level 5 by December\n"
        "- Also I want to run the team meeting myself every other week until the summer\n"
        "- be better at saying no"
    )
    report = analyze_goal(text)
    assert len(report.goals) == 3
    assert [text[g.start : g.end] for g in report.goals][0] == "Get my CIPD level 5 by December"
    assert report.smart_score == report.goals[0].smart_score


@pytest.mark.parametrize(
    "text, why",
    [
        ("How do I get promoted faster?", "question"),
        ("hi, thanks for yesterday!", "greeting"),
        ("12345 678 90", "numbers"),
        ("🙂🙂🚀", ""),
    ],
)
def test_text_that_is_not_a_goal_says_why_instead_of_scoring_zero(text, why):
    try:
        report = analyze_goal(text)
    except InputError as exc:  # only symbols: a clear message is as good as a report
        assert "words" in str(exc) or "empty" in str(exc)
        return
    assert not report.is_goal
    assert report.reason and why in report.reason


@pytest.mark.parametrize("bad", ["", "   \n ", None, b"\x00\x01\x02binary"])
def test_empty_or_binary_input_raises_a_clear_input_error(bad):
    with pytest.raises(InputError):
        analyze_goal(bad)


def test_non_english_text_is_flagged_not_crashed():
    report = analyze_goal("Quiero mejorar mi inglés antes del verano para conseguir un ascenso")
    assert any("English" in w for w in report.warnings)


def test_a_huge_paste_is_analysed_in_part_and_says_so():
    text = ("I will finish the onboarding guide by Friday so the new starters can use it. " * 700)[:50_000]
    report = analyze_goal(text)
    assert report.is_goal
    assert report.warnings


def test_a_batch_keeps_order_and_reports_bad_items_in_place():
    reports = analyze_goals(["Pass the driving test by May", "", "How are you?"])
    assert reports[0].is_goal and reports[0].criteria["time_bound"].met
    assert reports[1].error
    assert not reports[2].is_goal and not reports[2].error


def test_the_report_serialises_to_the_cli_contract():
    data = analyze_goal("Read two books on negotiation by the end of the quarter").to_dict()
    assert {"text", "is_goal", "smart_score", "criteria", "rewrite", "goals"} <= set(data)
    assert set(data["criteria"]) == set(CRITERIA)
    assert all(set(c) >= {"met", "score", "evidence", "hint"} for c in data["criteria"].values())
    assert 0.0 <= data["criteria"]["specific"]["score"] <= 1.0


def test_notes_screened_with_the_sentence_analyzers_vectors_give_the_same_goals(monkeypatch):
    """The review passes its int8 sentence vectors; they only spare float32 embeddings, never change a goal."""
    from coach.analyzers.goals import goals_from_docs
    from coach.models import loading as models
    from coach.text.nlp import parse
    from coach.text.segment import segments

    notes = [
        "Catch-up with Amira\n- she wants to pass the CIMA exam by November so she can apply for the FP&A role\n"
        "- We talked about her commute and the new hybrid policy.\n- Lunch was good, the canteen is back.\n"
        "- Goal: present the Q3 variance analysis to the finance director before the end of the quarter",
        "Talked about his week. He said the sprint was chaotic. I want to get better at estimating, he said. "
        "We agreed to meet in two weeks. He also wants to run one retro on his own this month.",
    ]
    docs = parse(notes)
    sentence_vectors = models.get_sentence_embedder().vectors([s.text for d in docs for s in segments(d)])
    exact = models.get_embedder()
    calls = []
    for method in ("encode", "encode_beside"):
        original = getattr(exact, method)
        monkeypatch.setattr(
            exact, method, lambda texts, original=original: calls.append(len(texts)) or original(texts)
        )
    screened = goals_from_docs(docs, DocsContext(vectors=sentence_vectors))
    spared = sum(calls)
    calls.clear()
    unscreened = goals_from_docs(docs)
    assert [[(g.start, g.end, g.smart_score) for g in gs] for gs in screened] == [
        [(g.start, g.end, g.smart_score) for g in gs] for gs in unscreened
    ]
    assert any(screened) and spared < sum(calls)


def test_sentence_docs_made_from_one_array_equal_span_as_doc():
    """goals_from_docs turns a note into its sentences' Docs once per note, not once per sentence."""
    from spacy.tokens import Doc

    from coach.analyzers.goals import span_docs
    from coach.text.nlp import parse_one
    from coach.text.segment import segments

    doc = parse_one(
        "MENTORING LOG – G. Pryce – 16/02/2026\n- Priya to book a 10 min slot with Kev for the 6 Feb demo\n"
        "She wants to pass the AWS exam by 30 June, then lead the migration at Acme Corp.\n"
        "- he's going to email Prof. Aldous tomorrow; I said I'd ask Naomi in April"
    )
    spans = [doc.char_span(s.start, s.end, alignment_mode="expand") for s in segments(doc)]
    attrs = Doc._get_array_attrs()
    for fast, span in zip(span_docs(doc, spans), spans, strict=True):
        plain = span.as_doc()
        assert fast.text == plain.text
        assert (fast.to_array(attrs) == plain.to_array(attrs)).all()
        assert [(e.start, e.end, e.label_) for e in fast.ents] == [
            (e.start, e.end, e.label_) for e in plain.ents
        ]
        assert [s.start for s in fast.sents] == [s.start for s in plain.sents]


def test_the_rule_features_are_named_once_and_match_the_trained_heads():
    from coach.analyzers.goals import (
        EVIDENCE_FEATURES,
        FEATURE_NAMES,
        evidence_features,
        find_evidence,
        get_goal_model,
    )
    from coach.text.nlp import parse_one

    doc = parse_one("Ship the release to two pilot customers by 30 May.")
    assert tuple(evidence_features(doc, find_evidence(doc), 0.4)) == EVIDENCE_FEATURES
    head = get_goal_model().heads["is_goal"]
    assert head.feature_names[-len(FEATURE_NAMES) :] == FEATURE_NAMES


@pytest.mark.parametrize(
    "goal",
    [
        "have her own chair and 40 regular clients by the end of the year, to earn more for her family",
        "hit 110% of quota this year to get to presidents club",
    ],
)
def test_an_infinitive_of_purpose_says_why_the_goal_matters(goal):
    relevant = analyze_goal(goal).criteria["relevant"]
    assert relevant.met
    assert any("says why it matters" in e.reason for e in relevant.evidence)
