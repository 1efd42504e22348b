"""Notes are cut into sentences the way a mentor wrote them: one line, one bullet, one sentence."""

import pytest

from coach.text.nlp import parse, parse_one
from coach.text.segment import MostlyInside, segment_text, segments, sentence_spans


def texts(text: str) -> list[str]:
    return [s.text for s in sentence_spans(parse_one(text))]


def test_bullets_numbers_and_checkboxes_are_stripped():
    notes = "- How did it go?\n* tell me more\n• any blockers\n1. Walk me through it\n2) next steps\na) the plan\n[ ] book room\n- [x] sent CV"
    assert texts(notes) == [
        "How did it go?",
        "tell me more",
        "any blockers",
        "Walk me through it",
        "next steps",
        "the plan",
        "book room",
        "sent CV",
    ]


def test_a_bullet_glued_to_the_word_is_still_stripped_in_the_offsets():
    text = "-How did it go?\n•Tell me about it"
    found = segments(parse_one(text))
    assert [text[s.start : s.end] for s in found] == ["How did it go?", "Tell me about it"]


def test_lines_without_full_stops_are_sentences_of_their_own():
    assert texts("met Sam today\ndiscussed the budget\nwhat next") == [
        "met Sam today",
        "discussed the budget",
        "what next",
    ]


def test_questions_in_a_row_are_split_even_without_capitals():
    assert texts("did u finish? also how was the trip!! and what now") == [
        "did u finish?",
        "also how was the trip!!",
        "and what now",
    ]
    assert texts("Is it done? When can I see it?") == ["Is it done?", "When can I see it?"]


def test_abbreviations_do_not_end_a_sentence():
    assert texts("Ask Dr. Lee about e.g. the budget. Then call Mr. Smith.") == [
        "Ask Dr. Lee about e.g. the budget.",
        "Then call Mr. Smith.",
    ]
    # A chat export's time stamp goes with the speaker's label; a time that opens a sentence stays.
    assert texts(
        "[10:05] Rhea Kapoor: you were great\n28/11/2024, 18:43 - Gav Marsh: sent it\n10:30 stand-up."
    ) == [
        "you were great",
        "sent it",
        "10:30 stand-up.",
    ]
    assert texts("me to ask Insp. Barr re: the refresher. Then Capt. Jones") == [
        "me to ask Insp. Barr re: the refresher.",
        "Then Capt. Jones",
    ]
    # A short form never ends one either; "no." does only where it is the answer, not a number.
    assert texts(
        "Samir to complete approx. 10 more consultations. He said no. Ask for ticket no. 5 at the desk."
    ) == [
        "Samir to complete approx. 10 more consultations.",
        "He said no.",
        "Ask for ticket no. 5 at the desk.",
    ]


def test_a_quoted_question_does_not_cut_the_sentence():
    assert texts('He said "why?" and left.') == ['He said "why?" and left.']


def test_speaker_labels_are_stripped_but_headings_kept():
    assert texts("Dana: What am I looking at here\nLeo: Tap the plus.") == [
        "What am I looking at here",
        "Tap the plus.",
    ]
    assert texts("Homework: list three wins") == ["Homework: list three wins"]
    # Chat exports bold the label or bracket it without a colon; a checkbox is still a checkbox.
    assert texts("**Ravi:** ok, the deck is done\n[Mentee] Can I ask something?\n[ ] book the room") == [
        "ok, the deck is done",
        "Can I ask something?",
        "book the room",
    ]


def test_a_parser_cut_mid_clause_is_mended():
    assert texts("Wouldn't a few days off do you good?") == ["Wouldn't a few days off do you good?"]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "-\n*\n1.\n[ ]", "...", "\n\n- \n"])
def test_empty_pieces_are_dropped(text):
    assert sentence_spans(parse_one(text)) == []


def test_offsets_point_into_the_text():
    text = "  Notes for Sam\n\n- How did the demo go?   \n   2) did he get the budget  "
    ranges = segment_text(text)
    assert [text[a:b] for a, b in ranges] == [
        "Notes for Sam",
        "How did the demo go?",
        "did he get the budget",
    ]


def test_spans_are_spacy_spans_of_the_same_doc():
    doc = parse(["First line\nSecond line."])[0]
    spans = sentence_spans(doc)
    assert all(s.doc is doc for s in spans)
    assert [s.text for s in spans] == ["First line", "Second line."]


def test_the_sentence_memo_lets_parsed_docs_go():
    import gc
    import weakref

    from coach.text import segment
    from coach.text.nlp import parse_one

    doc = parse_one("First line here.\nSecond line there?")
    first = segment.segments(doc)
    assert [s.text for s in segment.segments(doc)] == [s.text for s in first]  # from the memo
    gone = weakref.ref(doc)
    del doc, first
    gc.collect()
    assert gone() is None


@pytest.mark.fast
def test_mostly_inside_matches_trying_every_range():
    import random

    rng = random.Random(3)
    for _ in range(200):
        ranges = [
            (s, s + rng.randint(1, 60)) for s in (rng.randint(0, 400) for _ in range(rng.randint(0, 12)))
        ]
        inside = MostlyInside(ranges)
        for _ in range(30):
            start = rng.randint(0, 420)
            end = start + rng.randint(1, 80)
            assert inside(start, end) == any(
                min(end, e) - max(start, s) > 0.5 * (end - start) for s, e in ranges
            )
