"""The owner of an item: mentee, mentor, both or a name, from its subject, its line's label or
section, the speaker of a transcript, and who the note says is who."""

from __future__ import annotations

import re

from coach.analyzers.actions.clauses import Clause
from coach.analyzers.actions.note import Note, full_name, owner_label, role_of
from coach.analyzers.actions.units import Unit
from coach.analyzers.actions.words import NAME_STOP

# A hand-over to the writer, not a deed done together: "share it with me", "check the draft with me first".
_HANDED_TO_ME = re.compile(
    r"\b(?:share|shares|sharing|shared|check|checks|send|sends|email|forward|leave|drop|post)\b"
    r"(?:\s+[\w'-]+){0,5}?\s+with\s+me\b",
    re.IGNORECASE,
)


def _antecedent(doc, unit: Unit, units: list[Unit], note: Note, before: int) -> str | None:
    """The person a he/she/they refers to: the name that is the subject of this sentence (before the
    pronoun) or of one of the three before it, or the label of their line; None when there is none
    (the caller then takes the person the note is about)."""
    for u in reversed(units[max(0, unit.index - 3) : unit.index + 1]):
        if u.note != unit.note:
            continue
        limit = before if u is unit else u.end
        subjects = [
            t
            for t in u.seg.span
            if t.idx < limit
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.lower_ not in NAME_STOP
            and (t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
            and (role_of(note, t.text) is not None or t.ent_type_ == "PERSON")
        ]
        if subjects:
            return subjects[0].text
        if (
            u.label
            and u.label.lower() not in ("me", "both", "all", "everyone", "him", "her")
            and role_of(note, u.label)
        ):
            return u.label
    if note.group:
        # In a group, the member named last before the pronoun ("Connor's situation: … He'll talk to HR").
        for u in reversed(units[max(0, unit.index - 3) : unit.index + 1]):
            limit = before if u is unit else u.end
            names = [
                t.text
                for t in u.seg.span
                if t.idx < limit and t.text[:1].isupper() and note.roles.get(t.lower_) == "member"
            ]
            if names:
                return names[-1]
    return None


def owner_of(
    doc, clause: Clause, unit: Unit, units: list[Unit], note: Note
) -> tuple[str, str, tuple[int, int] | None]:
    """The owner of a deed (mentee, mentor, both or a name), why, and the span of the subject that
    names them (None when the owner comes from elsewhere: a label, a section, the speaker)."""
    span = clause.subject_span
    who, why_prefix = _person_meant(doc, clause, unit, units, note)
    if who == "counterpart-of-speaker":
        others = [s for s in note.speakers if s != unit.speaker]
        who = others[0] if others else "counterpart"
    if who == "counterpart":
        if (
            note.writer_role == "mentee"
            and not note.transcript
            and clause.cue in ("imperative", "to-do", "fallback")
        ):
            who = "writer"
        elif note.counterpart:
            who = note.counterpart
        else:
            label = "mentee" if note.writer_role == "mentor" else "mentor"
            return label, why_prefix + f"the other party ({label})", span
    # A shared deed: "we'll both …", "with me", "together".
    joint = re.search(
        r"\b(?:with me|(?<!put )(?<!pull )(?<!get )together|we(?:'ll| will)? both|we'll each|both of us|"
        r"co-run|jointly)\b",
        unit.text,
        re.I,
    )
    if joint and joint.group(0).lower() == "with me" and _HANDED_TO_ME.search(unit.text):
        joint = None  # "share it with me" hands the result over; the deed is the owner's alone (guide §4)
    if (
        joint
        and who in ("writer", "both")
        or joint
        and clause.cue in ("imperative", "fallback", "to-do")
        and re.search(r"\b(?:with me|(?<!put )(?<!pull )(?<!get )together)\b", unit.text, re.I)
    ):
        return "both", why_prefix + f'"{joint.group(0)}": a deed the two share', span
    label, why = _label_of_person(note, who, clause.subject)
    return label, why_prefix + why, span


def _person_meant(doc, clause: Clause, unit: Unit, units: list[Unit], note: Note) -> tuple[str, str]:
    """Whom the deed is for, before mapping to a role, and what beyond the subject says so: the subject,
    else the line's label, the section's owner, the one spoken to in a turn, else the other party."""
    subj = clause.subject
    span = clause.subject_span
    before = span[0] if span else unit.end
    who = _person(subj, doc, unit, units, note, before)
    why_prefix = ""
    if (
        (subj or "").lower() == "you"
        and unit.label
        and role_of(note, unit.label) not in (None,)
        and not note.transcript
    ):
        who = unit.label  # "Tariq – you said you'd sound out Dr Evans"
        why_prefix = f'the line is for "{unit.label}"; '
    if who and who.lower() in ("him", "her", "them"):
        who = "counterpart"
    if who is not None:
        return who, why_prefix
    if unit.label and unit.label.lower() in ("you", "u"):
        # "You: send me your draft presentation": the line is for the one the note speaks to
        return _person("you", doc, unit, units, note, before), f'the line is labelled "{unit.label}"; '
    if unit.label:
        return unit.label, f'the line is labelled "{unit.label}"; '
    if unit.section_owner:
        so = re.sub(r"\s*\(.*", "", unit.section_owner)
        who = _person(
            "you" if so.lower() == "you" else "I" if so.lower() == "me" else so,
            doc,
            unit,
            units,
            note,
            before,
        )
        m = re.search(r"\(([^)]+)\)", unit.section_owner)
        if m and so.lower() == "me":
            who = m.group(1) if note.reciprocal else "writer"
        return who, f'listed under "{unit.section_owner}"; '
    if note.transcript and unit.speaker:
        # An imperative or request in a turn is for the one spoken to.
        voc = _VOCATIVE.match(unit.text)
        if voc and role_of(note, voc.group(1)):
            return voc.group(1), why_prefix
        if note.group:
            return "mentee", why_prefix
        return _person("you", doc, unit, units, note, before), why_prefix
    return "counterpart", why_prefix


# A person addressed at the start of a turn: "OK, Sam, …".
_VOCATIVE = re.compile(r"\s*(?:ok|okay|and|so|right|good|great)?[,\s–-]*([A-Z][a-z]+),")


def _person(p: str | None, doc, unit: Unit, units: list[Unit], note: Note, before: int) -> str | None:
    """The person a subject word means: "writer", "both", "counterpart", "counterpart-of-speaker", a
    speaker or a name. ``before``: where the subject stands (a pronoun's antecedent comes before it)."""
    if p is None:
        return None
    low = p.lower()
    speaker = unit.speaker
    if low in ("i", "me", "my"):
        if note.transcript and speaker:
            return speaker if speaker.lower() != "me" else "writer"
        return "writer"
    if low == "we":
        return "both"
    if low == "you":
        return _addressee(unit, note)
    if low in ("he", "she", "they", "him", "her", "them"):
        if note.transcript and speaker and not note.group:
            return "counterpart-of-speaker"
        ante = _antecedent(doc, unit, units, note, before)
        return ante or "counterpart"
    return p


def _addressee(unit: Unit, note: Note) -> str:
    """Whom "you" means: in a transcript the one named ("Sam, …") or the other speaker; in an email the
    one greeted; else the other party."""
    speaker = unit.speaker
    if note.transcript and speaker:
        voc = _VOCATIVE.match(unit.text)
        if voc and role_of(note, voc.group(1)):
            return voc.group(1)
        others = [s for s in note.speakers if s != speaker and s.lower() not in ("all", "everyone")]
        if note.group:
            return "mentee" if not voc else voc.group(1)
        if speaker.lower() == "me":
            return others[0] if others else "counterpart"
        return (
            "writer"
            if any(s.lower() == "me" for s in note.speakers)
            else (others[0] if others else "counterpart")
        )
    if note.email and note.addressees:
        return note.addressees[0] if len(note.addressees) == 1 else "mentee"
    return "counterpart"


def _label_of_person(note: Note, who: str, subj: str | None) -> tuple[str, str]:
    """The owner label of a person (the writer, both, a speaker, a name) and why."""
    if who == "writer":
        label, why = owner_label(note, "I")
        return label, (f'"{subj}" is the writer: ' if subj else "") + why
    if who == "both":
        if note.group:
            return "both", '"we": the mentor and the mentees'
        return "both", f'"{subj or who}": both of them'
    if who.lower() in ("me",):
        return owner_label(note, "I")
    if note.transcript and who in note.speakers and who.lower() != "me":
        full = next((n for n in note.roles if n.startswith(who.lower())), who.lower())
        role = note.roles.get(full)
        if role in ("mentor", "mentee") and not note.group and not note.reciprocal:
            return role, f'"{who}" speaks as the {role}'
        if role == "mentor":
            return "mentor", f'"{who}" leads the group'
        return full_name(note, who), f'"{who}" speaks'
    return owner_label(note, who)
