"""Pseudonyms are stable per store and differ between stores; names are masked in excerpts (real spaCy)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.program.privacy import mask_names, name_variants, person_spans, pseudonym, shift_offset
from coach.program.store import open_store
from coach.text.nlp import parse_one

BAD = Path(__file__).resolve().parents[3] / "evaluation" / "data" / "program" / "bad"


@pytest.mark.fast
def test_pseudonyms_are_stable_across_reopen_and_reimport(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.sqlite'}"
    store = open_store(url)
    store.import_file(BAD / "formulas.csv")
    first = pseudonym(store, "mentor", "Oliver Hartley")
    assert re.fullmatch(r"Mentor [0-9A-F]{4}", first)
    assert pseudonym(store, "mentor", "  oliver   HARTLEY ") == first  # same person, other spelling
    assert pseudonym(store, "mentee", "Oliver Hartley") != first  # roles apart
    assert pseudonym(store, "mentee", "+Amara Nwosu").startswith("Mentee ")
    store.close()
    again = open_store(url)
    again.import_file(BAD / "formulas.csv")
    assert pseudonym(again, "mentor", "Oliver Hartley") == first
    again.close()
    other = open_store(f"sqlite:///{tmp_path / 'q.sqlite'}")
    # Another store has its own secret: the same name gets another code (with 1 in 65536 chance of a tie).
    assert pseudonym(other, "mentor", "Oliver Hartley") != first
    other.close()


@pytest.mark.fast
def test_pseudonyms_never_clash(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'p.sqlite'}")
    codes = {pseudonym(store, "mentee", f"Person {i}") for i in range(600)}
    assert len(codes) == 600
    store.close()


def test_mask_names_spacy_and_known_names():
    text = "Dr Patel joined. Kasia's goal: present at the huddle. Siobhan will check in - SM"
    masked, spans = mask_names(text, known_names=["Kasia Nowak", "Siobhan Murphy"])
    assert "Patel" not in masked and "Kasia" not in masked and "Siobhan" not in masked and " SM" not in masked
    assert "[name]'s goal: present at the huddle." in masked
    assert all(text[s:e].strip() for s, e in spans)


@pytest.mark.fast
def test_known_names_match_as_written_so_common_words_stay():
    from coach.program.privacy import known_names_pattern

    # (spaCy itself may still call a lowercase "max" a PERSON: masking errs on the side of privacy.)
    pattern = known_names_pattern(["Max Weber", "Grace Adeyemi"])
    assert [
        m.group(0) for m in pattern.finditer("Use the max setting with grace. Max and Grace agreed.")
    ] == ["Max", "Grace"]


@pytest.mark.fast
def test_variants_and_offsets():
    assert name_variants(["Mei Lin Tan"]) >= {"Mei Lin Tan", "Mei", "Lin", "Tan", "MLT"}
    assert shift_offset(5, [(10, 13)]) == 5
    assert shift_offset(11, [(10, 13)]) == 10 and shift_offset(11, [(10, 13)], end=True) == 16


# -- names the entity recogniser misses ----------------------------------------------------------
def _names(text: str) -> list[str]:
    doc = parse_one(text)
    return sorted(doc.text[s:e] for s, e in person_spans(doc))


def test_first_names_the_entity_recogniser_misses_are_masked():
    assert "Thandi" in _names("Thandi presented the Q3 figures on Monday.")
    assert "Sam" in _names("Told Sam the draft was late twice.")


def test_calendar_words_and_labels_are_not_taken_for_names():
    names = _names("Actions: send the deck by Friday. Next: review in March.")
    assert not {"Actions", "Friday", "March", "Next"} & set(names)


def test_a_masked_excerpt_keeps_no_unknown_first_name():
    masked, spans = mask_names("Kasia said Thandi had already booked the room for Tuesday.")
    assert "Kasia" not in masked and "Thandi" not in masked and "Tuesday" in masked
    assert len(spans) == 2
