"""The feedback analyzer as a mentor relies on it: each sentence judged with its evidence, trait
labels turned into an SBI skeleton, notes-style text split well, bad input answered."""

import pytest

from coach.analyzers.feedback import analyze_feedback, analyze_feedback_many
from coach.errors import InputError


def test_a_trait_label_is_personality_and_gets_an_sbi_skeleton_without_invented_facts():
    report = analyze_feedback("You're so disorganised.")
    (sentence,) = report.sentences
    assert sentence.focus == "personality" and report.focus == "personality"
    assert any("disorganised" in e.text for e in sentence.evidence)
    assert "[When and where" in sentence.suggestion and "disorganised" in sentence.suggestion
    assert "Next time, [" in sentence.suggestion


def test_behaviour_with_situation_and_impact_is_behaviour_and_specific_with_sbi_evidence():
    text = "In Tuesday's demo you skipped the error-handling slide, and the client asked about it twice."
    (sentence,) = analyze_feedback(text).sentences
    assert sentence.focus == "behaviour" and sentence.specific
    reasons = " ".join(e.reason for e in sentence.evidence)
    assert "situation" in reasons and "what the person did" in reasons and "impact" in reasons
    for e in sentence.evidence:
        assert text[e.start : e.end] == e.text
    assert sentence.suggestion is None


def test_a_trait_label_with_supporting_behaviour_is_still_personality():
    report = analyze_feedback("You're disorganised: you missed two deadlines this month.")
    assert report.focus == "personality"


def test_a_concrete_suggestion_is_actionable():
    (sentence,) = analyze_feedback(
        "Next time, summarise the decision in one line at the end of the call."
    ).sentences
    assert sentence.focus == "behaviour" and sentence.actionable


def test_logistics_are_other_and_not_scored_for_actionable_or_specific():
    (sentence,) = analyze_feedback("We'll meet again on the 14th.").sentences
    assert sentence.focus == "other" and sentence.actionable is None and sentence.specific is None


def test_notes_style_is_split_into_sentences_with_offsets_into_the_input():
    text = (
        "Session 4 w/ Sam\n- presented the Q3 numbers to the board, clear and calm\n"
        "* he's a bit arrogant with juniors\n- next session: 12 March"
    )
    report = analyze_feedback(text)
    assert [s.text for s in report.sentences] == [
        "Session 4 w/ Sam",
        "presented the Q3 numbers to the board, clear and calm",
        "he's a bit arrogant with juniors",
        "next session: 12 March",
    ]
    for s in report.sentences:
        assert text[s.start : s.end] == s.text
    assert report.sentences[2].focus == "personality"
    summary = report.summary
    assert summary["sentences"] == 4 and summary["personality"] >= 1
    assert summary["behaviour"] + summary["personality"] + summary["other"] == 4


def test_the_report_serialises_to_the_cli_contract():
    data = analyze_feedback("You always interrupt. Try letting Priya finish her point first.").to_dict()
    assert {"text", "focus", "actionable", "specific", "sentences", "summary"} <= set(data)
    keys = {"text", "start", "end", "focus", "scores", "actionable", "specific", "evidence", "suggestion"}
    assert all(keys <= set(s) for s in data["sentences"])
    assert abs(sum(data["sentences"][0]["scores"].values()) - 1) < 1e-3
    assert any("absolute" in e["reason"] for e in data["sentences"][0]["evidence"])


@pytest.mark.parametrize("bad", ["", "  \n\t ", None, b"\x00\xff\x00 binary"])
def test_empty_or_binary_input_raises_a_clear_input_error(bad):
    with pytest.raises(InputError):
        analyze_feedback(bad)


def test_non_english_text_is_flagged_not_crashed():
    report = analyze_feedback("Du bist immer so unorganisiert und kommst zu spät zu den Besprechungen.")
    assert any("English" in w for w in report.warnings)


def test_a_batch_keeps_order_and_reports_bad_items_in_place():
    reports = analyze_feedback_many(["You're lazy.", "", "Your report was late twice this month."])
    assert reports[0].focus == "personality" and reports[1].error and reports[2].focus == "behaviour"


def test_a_long_paste_is_analysed():
    text = "You presented the budget clearly in Monday's meeting. " * 400
    report = analyze_feedback(text)
    assert report.summary["sentences"] == 400


def test_a_judgement_near_its_threshold_is_marked_uncertain_in_the_json():
    from coach.types import is_uncertain

    assert is_uncertain(0.55) and not is_uncertain(0.95) and not is_uncertain(0.05)
    assert is_uncertain(0.55, classes=3) and not is_uncertain(0.9, classes=3)
    data = analyze_feedback("You're lazy. We meet again on the 14th.").to_dict()
    assert all("uncertain" in s for s in data["sentences"])
    assert all(
        s["uncertain"] == (max(s["scores"].values()) < 0.65) or s["focus"] != "other"
        for s in data["sentences"]
    )


TRAIT_SENTENCES = [
    ("You're so disorganised.", "you"),
    ("She is not a natural presenter.", "she"),
    ("He's lazy.", "he"),
    ("They are too quiet in meetings.", "they"),
    ("Priya is arrogant with juniors.", "Priya"),
    ("This is so arrogant of you.", "you"),
    ("Be more confident.", "you"),
    ("You are not a team player.", "you"),
    ("Honestly, Tom is naive.", "Tom"),
    ("You're brilliant with clients.", "you"),
    ("He is never reliable.", "he"),
]


@pytest.mark.parametrize("sentence,subject", TRAIT_SENTENCES)
def test_every_sbi_rewording_is_grammatical_for_any_subject_and_negation(sentence, subject):
    s = analyze_feedback(sentence).sentences[0]
    assert s.focus == "personality", sentence
    hint = s.suggestion
    assert hint.startswith(
        "[When and where: which meeting, task or moment], " + subject + " [the action you saw"
    )
    assert "like you to" not in hint and ", Be " not in hint and ", This " not in hint
    quoted = hint.split("made you think “", 1)[1].split("”", 1)[0]
    assert quoted and quoted != "this"
    if " not " in sentence or "never" in sentence:
        assert quoted.startswith(("not ", "never ")), quoted


@pytest.mark.parametrize("text", ["Du bist so faul.", "Tu es très paresseux.", "Eres muy perezoso."])
def test_short_feedback_in_another_language_gets_the_language_warning(text):
    assert any("English" in w for w in analyze_feedback(text).warnings)


@pytest.mark.fast
def test_english_fragments_are_not_taken_for_another_language():
    from coach.text.textcheck import language_check

    for text in ("Café catch-up with José went well", "GOT PROMOTED. first promotion ever. what now lol"):
        assert language_check(text)[1] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "She was late to the handover on Monday.",
        "You were late to both stand-ups this week.",
        "You were late twice.",
    ],
)
def test_being_late_on_an_occasion_is_behaviour_not_a_trait(sentence):
    judged = analyze_feedback(sentence).sentences[0]
    assert judged.focus == "behaviour"
    assert any(e.reason.startswith("what the person did") for e in judged.evidence)


def test_how_the_work_is_going_is_not_shown_as_a_trait_word():
    report = analyze_feedback("Otherwise she's doing great.")
    assert not [e for e in report.sentences[0].evidence if e.reason.startswith("a trait word")]
    assert "a trait word: great" in [e.reason for e in analyze_feedback("She's great.").sentences[0].evidence]
