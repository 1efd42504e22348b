"""What the trained head reads of a unit: its sentence embedding and the rule features."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from coach.analyzers.actions.clauses import Clause
from coach.analyzers.actions.note import Note
from coach.analyzers.actions.units import Unit
from coach.analyzers.actions.words import (
    AGENDA,
    CONDITIONAL,
    DECLINED,
    HEDGES,
    NEGATION,
    NO_ACTIONS,
    PAST_WORDS,
    STATUS,
    SUGGEST,
    TASK_VERBS,
    THINK,
    UPTAKE,
)

RULE_FEATURES = (
    "cue_future_self",
    "cue_future_other",
    "cue_we",
    "cue_to_do",
    "cue_imperative",
    "cue_request",
    "cue_offer",
    "cue_agreed",
    "cue_reported",
    "n_clauses",
    "negated_all",
    "owner_label",
    "section_actions",
    "section_review",
    "section_none",
    "section_owners",
    "due_deadline",
    "due_any",
    "date_past",
    "question",
    "hedge",
    "think",
    "negation",
    "past_tense",
    "status",
    "agenda",
    "no_actions",
    "suggest",
    "uptake",
    "declined",
    "next_accepts",
    "prev_request",
    "transcript",
    "log_tokens",
    "conditional",
    "first_in_line",
    "header",
    "bullet",
    "starts_verb",
    "starts_modal",
    "email",
    "group",
)


def rule_features(doc, unit: Unit, clauses: list[Clause], units: list[Unit], note: Note) -> dict[str, float]:
    """The rule features (``RULE_FEATURES``) of a unit: its cues, section, dates and the words that
    speak for or against an item."""
    text = unit.text
    span = unit.seg.span
    f = dict.fromkeys(RULE_FEATURES, 0.0)
    positive = [c for c in clauses if c.negative is None]
    for c in positive:
        subj = (c.subject or "").lower()
        if c.cue in ("future", "going-to", "present"):
            if subj == "we" or subj == "both":
                f["cue_we"] = 1.0
            elif subj in ("i", "") and not (
                note.transcript and unit.speaker and unit.speaker.lower() != "me"
            ):
                f["cue_future_self"] = 1.0
            else:
                f["cue_future_other"] = 1.0
        elif c.cue == "to-do":
            f["cue_to_do"] = 1.0
        elif c.cue == "imperative":
            f["cue_imperative"] = 1.0
        elif c.cue == "request":
            f["cue_request"] = 1.0
        elif c.cue == "offer":
            f["cue_offer"] = 1.0
        elif c.cue == "agreed":
            f["cue_agreed"] = 1.0
        elif c.cue == "reported":
            f["cue_reported"] = 1.0
    f["n_clauses"] = float(min(len(positive), 3))
    f["negated_all"] = float(bool(clauses) and not positive)
    f["owner_label"] = float(unit.label is not None)
    f["section_actions"] = float(
        unit.section == "actions" or unit.checkbox == "open" or unit.table is not None
    )
    f["section_review"] = float(unit.section == "review" or unit.checkbox == "done")
    f["section_none"] = float(unit.section == "none")
    f["section_owners"] = float(unit.section == "owners")
    cands = [
        m for m in unit.mentions if m.iso and not m.past and m.kind != "vague" and m.link_kind != "start"
    ]
    f["due_deadline"] = float(any(m.link_kind in ("deadline", "first") for m in cands))
    f["due_any"] = float(bool(cands) or any(unit.start <= ev.start < unit.end for ev in note.events))
    f["date_past"] = float(any(m.past for m in unit.mentions))
    f["question"] = float(text.rstrip().endswith("?"))
    f["hedge"] = float(bool(HEDGES.search(text)))
    f["think"] = float(bool(THINK.search(text)))
    f["negation"] = float(bool(NEGATION.search(text)))
    main = [t for t in span if t.dep_ == "ROOT"]
    f["past_tense"] = float(
        bool(main) and main[0].tag_ in ("VBD", "VBN") and not positive or bool(PAST_WORDS.search(text))
    )
    f["status"] = float(bool(STATUS.search(unit.line_text)))
    f["agenda"] = float(bool(AGENDA.search(text)))
    f["no_actions"] = float(bool(NO_ACTIONS.search(text)))
    f["suggest"] = float(bool(SUGGEST.search(text)))
    f["uptake"] = float(bool(UPTAKE.search(text)))
    f["declined"] = float(bool(DECLINED.search(text)))
    nxt = (
        units[unit.index + 1]
        if unit.index + 1 < len(units) and units[unit.index + 1].note == unit.note
        else None
    )
    if nxt is not None and nxt.speaker and unit.speaker and nxt.speaker != unit.speaker:
        f["next_accepts"] = float(
            bool(
                re.match(
                    r"\s*(?:yes|yeah|yep|ok|okay|sure|fine|deal|will do|please|i can|i'll|"
                    r"no problem|of course|can do|on it|absolutely|definitely|great)\b",
                    nxt.text,
                    re.I,
                )
            )
        )
    prev = units[unit.index - 1] if unit.index > 0 and units[unit.index - 1].note == unit.note else None
    if prev is not None and prev.speaker and unit.speaker and prev.speaker != unit.speaker:
        f["prev_request"] = float(
            prev.text.rstrip().endswith("?")
            and bool(re.search(r"\b(?:can|could|will|would) you\b", prev.text, re.I))
        )
    f["transcript"] = float(note.transcript)
    f["log_tokens"] = math.log1p(len(span))
    f["conditional"] = float(bool(CONDITIONAL.search(text)))
    f["first_in_line"] = float(unit.first_in_line)
    f["header"] = float(unit.line == 0 or unit.line <= 1 and note.email)
    f["bullet"] = float(bool(re.match(r"\s*(?:[-*•·▪‣◦–—>+]|->|→|\(?\d{1,3}[.)]|\[)", unit.line_text)))
    first = next((t for t in span if not t.is_punct and t.idx >= unit.start), None)
    f["starts_verb"] = float(first is not None and (first.tag_ == "VB" or first.lower_ in TASK_VERBS))
    f["starts_modal"] = float(first is not None and first.tag_ == "MD")
    f["email"] = float(note.email)
    f["group"] = float(note.group)
    return f


def feature_matrix(units: Sequence[Unit], vectors: np.ndarray) -> np.ndarray:
    """The head's input: each unit's sentence vector followed by its rule features.

    Example:
        >>> feature_matrix(units, unit_vectors(units)).shape  # doctest: +SKIP
        (12, 426)
    """
    rules = np.asarray([[u.features[name] for name in RULE_FEATURES] for u in units], dtype=np.float64)
    rules = rules.reshape(len(units), len(RULE_FEATURES))
    return np.hstack([np.asarray(vectors, dtype=np.float64).reshape(len(units), -1), rules])


def feature_names(dimension: int) -> list[str]:
    """The names of the columns of ``feature_matrix`` for an embedding of ``dimension``.

    Example:
        >>> feature_names(2)[:3], len(feature_names(384))
        (['emb_0', 'emb_1', 'cue_future_self'], 426)
    """
    return [f"emb_{i}" for i in range(dimension)] + list(RULE_FEATURES)


def unit_vectors(units: Sequence[Unit], early: dict | None = None) -> np.ndarray:
    """The sentence vectors of units, taken from ``early`` (vectors already computed, keyed by the
    sentence Span's text) where there, the rest embedded in one call."""
    from coach.models.loading import get_action_embedder, known_vectors

    embedder = get_action_embedder()
    early = known_vectors(embedder, early)
    texts = [u.vector_key for u in units]
    missing = sorted({t for t in texts if t not in early})
    found = dict(early)
    if missing:
        found.update(zip(missing, embedder.encode(missing)))
    return np.array([found[t] for t in texts], dtype=np.float32).reshape(len(texts), embedder.dimension)
