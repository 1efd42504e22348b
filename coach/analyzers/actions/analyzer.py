"""The analyzer's entry points: notes read by the rules, judged by the head, their items decided."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from coach.analyzers.actions.clauses import find_clauses
from coach.analyzers.actions.features import feature_matrix, rule_features, unit_vectors
from coach.analyzers.actions.head import get_action_model
from coach.analyzers.actions.items import accepting_turn, continuation, items_for_unit
from coach.analyzers.actions.note import Note, analyse_note
from coach.analyzers.actions.results import MAX_NOTE_CHARS, ActionItem, ActionItems
from coach.analyzers.actions.units import Unit, read_units
from coach.analyzers.actions.words import GENERIC_TASK, OWNER_PREFIX, content_stems
from coach.errors import InputError
from coach.text.dates import to_date
from coach.text.nlp import doc_text as nlp_doc_text
from coach.types import DocsContext, Evidence


@dataclass
class _Prepared:
    """One note read by the rules, ready for the head."""

    note: Note
    doc: object
    units: list[Unit]


def prepare_notes(docs: Sequence, session_dates: Sequence) -> list[_Prepared]:
    """Each Doc read by the rules: its note, its units, their clauses and rule features."""
    from coach.text.segment import segments

    prepared = []
    for n, (doc, session) in enumerate(zip(docs, session_dates)):
        text = nlp_doc_text(doc)
        note = analyse_note(text, doc, session)
        units = read_units(n, doc, note, segments(doc))
        for unit in units:
            body = max(unit.start, unit.body)
            if unit.label_start is not None:
                m = OWNER_PREFIX.match(text, unit.label_start)
                if m and m.end() > body:
                    body = m.end()
            unit.clauses = find_clauses(doc, unit, note, body)
        for unit in units:
            unit.features = rule_features(doc, unit, unit.clauses, units, note)
        prepared.append(_Prepared(note, doc, units))
    return prepared


def _similar_units(a: Unit, b: Unit) -> float:
    """The share of the shorter unit's content stems that the other has too."""
    wa, wb = content_stems(a.text), content_stems(b.text)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


FALLBACK_MIN = 0.8


def decide_items(prepared: list[_Prepared], probs: np.ndarray, threshold: float) -> list[list[ActionItem]]:
    """Items of every unit the head accepts, with the rules' clean-ups."""
    out: list[list[ActionItem]] = []
    k = 0
    for p in prepared:
        scores = probs[k : k + len(p.units)]
        k += len(p.units)
        units = p.units
        text, doc = p.note.text, p.doc
        # A unit with no commitment cue at all needs a confident head ("F: 20 calcs/day, till exam").
        # A question with no commitment in it ("Is he ready for Class 2 by June?") is no task, however sure.
        accepted = [
            float(sc) >= threshold
            if u.clauses
            else float(sc) >= max(threshold, FALLBACK_MIN) and not u.text.rstrip().endswith("?")
            for u, sc in zip(units, scores)
        ]
        # Rows of a What | Who | When table are items (the training notes hold no tables for the head
        # to learn from), unless a status column says they are done.
        for i, unit in enumerate(units):
            if unit.table is not None:
                status = unit.table.get("status")
                done = status and re.search(r"(?i)done|✓|✔|✅|closed|complete", text[status[0] : status[1]])
                accepted[i] = not done
                scores[i] = max(float(scores[i]), 0.9) if not done else scores[i]
        # A follow-on sentence is part of the item before it, not an item of its own.
        for i, unit in enumerate(units):
            if accepted[i] and i + 1 < len(units) and continuation(unit, units) is units[i + 1]:
                accepted[i + 1] = False

        def vague(unit: Unit) -> bool:
            live = [c for c in unit.clauses if c.negative is None]
            return not live or all(GENERIC_TASK.match(text[doc[c.verb].idx : c.region_end]) for c in live)  # noqa: B023 (used in this iteration)

        # A request and its acceptance are one item, at the request ("Want to try building one panel
        # yourself?" / "Fine, I'll have a go over the weekend."): the acceptance is not a second one.
        for i, unit in enumerate(units):
            if i == 0 or not accepted[i]:
                continue
            request = units[i - 1]
            if accepting_turn(request, units) is unit and vague(unit):
                if not accepted[i - 1] and any(
                    c.cue == "request" and c.negative is None for c in request.clauses
                ):
                    accepted[i - 1] = True
                    scores[i - 1] = scores[i]
                if accepted[i - 1]:
                    accepted[i] = False
        # A commitment stated in the prose and again in the note's action list is counted once, in the list.
        listed = [u for u, ok in zip(units, accepted) if ok and (u.section == "actions" or u.label)]
        for i, unit in enumerate(units):
            if (
                accepted[i]
                and unit.section != "actions"
                and not unit.label
                and any(u.index > unit.index and _similar_units(unit, u) >= 0.6 for u in listed)
            ):
                accepted[i] = False
        items: list[ActionItem] = []
        for unit, score, ok in zip(units, list(scores), accepted):
            if ok:
                items.extend(items_for_unit(p.doc, unit, units, p.note, float(score)))
        out.append(items)
    return out


def actions_from_docs(docs: Sequence, context: DocsContext | None = None) -> list[list[ActionItem]]:
    """The action items of already-parsed Docs (``coach.text.nlp.parse``, full pipeline), one list per Doc.

    Of the ``context`` it reads ``offsets`` (shift each Doc's character offsets into the user's
    text), ``session_dates`` (anchor relative dates) and ``vectors`` (sentence embeddings already
    computed, keyed by the sentence Span's text, as the feedback analyzer computes them), so that a
    review embeds each sentence once. All the candidate units of all the Docs are embedded in one call.

    Example:
        >>> [[i.task for i in items] for items in actions_from_docs(parse(["- I'll book the room"]))]  # doctest: +SKIP
        [['book the room']]
    """
    context = context or DocsContext()
    early_vectors = context.vectors
    offsets = list(context.offsets) if context.offsets is not None else [0] * len(docs)
    session_dates = list(context.session_dates) if context.session_dates is not None else [None] * len(docs)
    if len(offsets) != len(docs) or len(session_dates) != len(docs):
        raise InputError("Give one offset and one session date per note (or none).")
    model = get_action_model()
    prepared = prepare_notes(docs, session_dates)
    units = [u for p in prepared for u in p.units]
    if not units:
        return [[] for _ in docs]
    probs = np.zeros(len(units))
    candidates = [i for i, u in enumerate(units) if u.candidate]
    if candidates:
        chosen = [units[i] for i in candidates]
        probs[candidates] = model.head.predict_proba(
            feature_matrix(chosen, unit_vectors(chosen, early_vectors))
        )
    results = decide_items(prepared, probs, model.head.threshold_)
    for items, offset in zip(results, offsets):
        if offset:
            for item in items:
                _shift(item, offset)
    return results


def _shift(item: ActionItem, offset: int) -> None:
    """Move an item's offsets from its Doc's text into the user's."""
    item.start += offset
    item.end += offset
    item.task_start += offset
    item.task_end += offset
    if item.due_start is not None:
        item.due_start += offset
        item.due_end += offset
    item.evidence = [Evidence(e.start + offset, e.end + offset, e.text, e.reason) for e in item.evidence]


def _session_iso(value: object) -> tuple[dt.date | None, str | None]:
    """The session date as a date and as an ISO string (None, None when not given)."""
    try:
        d = to_date(value)
    except ValueError as exc:
        raise InputError(f"The session date is not a date: {value!r} (give YYYY-MM-DD).") from exc
    return d, d.isoformat() if d else None


def extract_actions_many(texts: Sequence[object], session_dates: Sequence | None = None) -> list[ActionItems]:
    """Extract the action items of many notes at once: one spaCy pass, one embedding call.

    A note that cannot be analysed (empty, binary, not text) comes back in its place as an empty
    ``ActionItems`` with ``error`` set; a session date that is not a date raises InputError.

    Example:
        >>> [(bool(r.error), len(r)) for r in extract_actions_many(["", "- I'll book the room"])]  # doctest: +SKIP
        [(True, 0), (False, 1)]
    """
    from coach.settings import get_settings
    from coach.text.nlp import parse
    from coach.text.textcheck import prepare_texts

    settings = get_settings()
    session_dates = list(session_dates) if session_dates is not None else [None] * len(texts)
    if len(session_dates) != len(texts):
        raise InputError("Give one session date per note (or none).")
    sessions = [_session_iso(s)[0] for s in session_dates]
    prepared, problems = prepare_texts(
        texts,
        max_chars=min(MAX_NOTE_CHARS, settings.max_text_chars),
        what="notes",
        hard_limit=settings.max_text_chars,
    )
    usable = [(p, s) for p, s in zip(prepared, sessions) if p is not None]
    docs = parse([p.text for p, _ in usable]) if usable else []
    per_doc = iter(
        actions_from_docs(
            docs, DocsContext(offsets=[p.offset for p, _ in usable], session_dates=[s for _, s in usable])
        )
        if docs
        else []
    )
    out = []
    for p, s, problem in zip(prepared, sessions, problems):
        if p is None:
            out.append(ActionItems([], [], problem, s.isoformat() if s else None))
            continue
        out.append(ActionItems(next(per_doc), p.warnings, None, s.isoformat() if s else None, p.text))
    return out


def extract_actions(text: object, session_date: object = None) -> ActionItems:
    """The action items of one session's notes (a list of ``ActionItem``, with ``.warnings``).

    Raises InputError for text that cannot be analysed (empty, binary, too long) or a bad session date.

    Example:
        >>> [(i.owner, i.task, i.due) for i in extract_actions("- Priya to send her CV by Friday", "2026-01-27")]  # doctest: +SKIP
        [('mentee', 'send her CV', '2026-01-30')]
    """
    result = extract_actions_many([text], [session_date])[0]
    if result.error:
        raise InputError(result.error)
    return result
