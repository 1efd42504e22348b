"""Feedback analysis: each sentence judged behaviour, personality or other, actionable and specific,
with the words that carried it, and for personality sentences an SBI rewording with marked
placeholders for what only the writer knows.

Example:
    >>> report = analyze_feedback("You're so disorganised. In Tuesday's demo you skipped the error slide.")
    >>> [s.focus for s in report.sentences]
    ['personality', 'behaviour']
    >>> report.focus
    'personality'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from coach.analyzers.feedback.evidence import FeedbackFinding
from coach.analyzers.feedback.model import (
    ANALYZER_VERSION,
    FeedbackModel,
    feature_matrix,
    get_feedback_model,
    rule_evidence,
)
from coach.analyzers.feedback.rewording import reword_from_neighbours, sbi_suggestion
from coach.errors import InputError
from coach.models.heads import SoftmaxHead
from coach.models.loading import PendingVectors, get_sentence_embedder, known_vectors
from coach.settings import get_settings
from coach.text.nlp import doc_text as nlp_doc_text
from coach.text.nlp import parse
from coach.text.segment import segments
from coach.text.textcheck import prepare_texts
from coach.types import AnalyzerResult, DocsContext, Evidence, is_uncertain

FOCI = ("behaviour", "personality", "other")
MAX_FEEDBACK_CHARS = 200_000


@dataclass
class FeedbackSentence:
    text: str
    start: int
    end: int
    focus: str
    scores: dict[str, float]
    actionable: bool | None
    specific: bool | None
    evidence: list[Evidence] = field(default_factory=list)
    suggestion: str | None = None
    actionable_score: float | None = None
    specific_score: float | None = None

    @property
    def uncertain(self) -> bool:
        """The focus is too close to call (or actionable/specific sits near its threshold)."""
        return (
            is_uncertain(self.scores.get(self.focus), classes=3)
            or self.focus != "other"
            and (is_uncertain(self.actionable_score) or is_uncertain(self.specific_score))
        )

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "focus": self.focus,
            "scores": self.scores,
            "actionable": self.actionable,
            "specific": self.specific,
            "evidence": [e.to_dict() for e in self.evidence],
            "suggestion": self.suggestion,
            "actionable_score": self.actionable_score,
            "specific_score": self.specific_score,
            "uncertain": self.uncertain,
        }


@dataclass
class FeedbackReport(AnalyzerResult):
    """A text's feedback sentences, each judged, with a summary for the whole text."""

    text: str
    focus: str
    actionable: bool
    specific: bool
    sentences: list[FeedbackSentence]
    summary: dict
    warnings: list[str] = field(default_factory=list)
    version: str = ANALYZER_VERSION
    error: str | None = None

    def to_dict(self) -> dict:
        extra = {"error": self.error} if self.error else {}
        return extra | {
            "text": self.text,
            "focus": self.focus,
            "actionable": self.actionable,
            "specific": self.specific,
            "sentences": [s.to_dict() for s in self.sentences],
            "summary": self.summary,
            "warnings": list(self.warnings),
            "version": self.version,
        }


# -- analysis ------------------------------------------------------------------------------------
def _evidence(found: list[FeedbackFinding], offset: int, focus: str) -> list[Evidence]:
    keep = []
    for f in found:
        if f.kind == "behaviour" and focus != "behaviour":
            continue
        keep.append(Evidence(offset + f.start, offset + f.end, f.text, f.reason))
    return keep


@dataclass
class _Unit:
    item: int  # which input text
    start: int  # the sentence's offsets into the input text
    end: int
    span_start: int  # where the span's own text starts in the input text (findings are relative to it)
    span: object  # the spaCy Span
    text: str = ""  # the sentence as the user wrote it (bullet stripped)


def _units(docs: Sequence, offsets: Sequence[int]) -> list[_Unit]:
    units = []
    for t, (doc, offset) in enumerate(zip(docs, offsets)):
        doc_text = nlp_doc_text(doc)
        for seg in segments(doc):
            units.append(
                _Unit(
                    t,
                    offset + seg.start,
                    offset + seg.end,
                    offset + seg.span.start_char,
                    seg.span,
                    doc_text[seg.start : seg.end],
                )
            )
    return units


NOTE_HEADS = {"focus": "note_focus", "actionable": "note_actionable", "specific": "note_specific"}


def _heads_for(model: FeedbackModel, in_note: bool) -> dict:
    """The heads a sentence is judged by: in a whole note, the heads that also learnt from whole notes
    (narration, reported words and log-form tasks read like feedback out of context); alone, the
    sentence heads. A model file without note heads judges both alike."""
    if in_note and all(n in model.heads for n in NOTE_HEADS.values()):
        return {label: model.heads[name] for label, name in NOTE_HEADS.items()}
    return {label: model.heads[label] for label in NOTE_HEADS}


def _judge(
    units: list[_Unit],
    vectors: np.ndarray,
    model: FeedbackModel,
    evidence: tuple[list, list[dict]],
    in_note: Sequence[bool],
) -> list[FeedbackSentence]:
    if not units:
        return []
    found_all, feats_all = evidence
    X = feature_matrix(vectors, feats_all)
    probs = np.zeros((len(units), len(FOCI)))
    act, spec = np.zeros(len(units)), np.zeros(len(units))
    cut_act, cut_spec = np.zeros(len(units)), np.zeros(len(units))
    classes: list[str] = []
    for note in (False, True):
        rows = np.array([i for i, u in enumerate(units) if bool(in_note[u.item]) == note], dtype=int)
        if not len(rows):
            continue
        heads = _heads_for(model, note)
        focus_head: SoftmaxHead = heads["focus"]
        classes = focus_head.classes_
        probs[rows] = focus_head.predict_proba(X[rows])
        act[rows] = heads["actionable"].predict_proba(X[rows])
        spec[rows] = heads["specific"].predict_proba(X[rows])
        cut_act[rows] = heads["actionable"].threshold_
        cut_spec[rows] = heads["specific"].threshold_
    judged = []
    for i, unit in enumerate(units):
        scores = {c: round(float(p), 4) for c, p in zip(classes, probs[i])}
        focus = max(scores, key=scores.get)
        feedback = focus != "other"
        sentence_text = unit.text
        judged.append(
            FeedbackSentence(
                text=sentence_text,
                start=unit.start,
                end=unit.end,
                focus=focus,
                scores=scores,
                actionable=bool(act[i] >= cut_act[i]) if feedback else None,
                specific=bool(spec[i] >= cut_spec[i]) if feedback else None,
                evidence=_evidence(found_all[i], unit.span_start, focus),
                suggestion=sbi_suggestion(sentence_text, found_all[i]) if focus == "personality" else None,
                actionable_score=round(float(act[i]), 4) if feedback else None,
                specific_score=round(float(spec[i]), 4) if feedback else None,
            )
        )
    return judged


def summarize(sentences: Sequence[FeedbackSentence]) -> dict:
    """Counts per focus and the actionable and specific shares of the feedback sentences."""
    counts = {f: sum(1 for s in sentences if s.focus == f) for f in FOCI}
    feedback = [s for s in sentences if s.focus != "other"]
    return {
        "sentences": len(sentences),
        **counts,
        "feedback_sentences": len(feedback),
        "actionable": sum(1 for s in feedback if s.actionable),
        "specific": sum(1 for s in feedback if s.specific),
        "actionable_share": round(sum(1 for s in feedback if s.actionable) / len(feedback), 4)
        if feedback
        else None,
        "specific_share": round(sum(1 for s in feedback if s.specific) / len(feedback), 4)
        if feedback
        else None,
        "personality_share": round(counts["personality"] / len(feedback), 4) if feedback else None,
    }


def _report(text: str, sentences: list[FeedbackSentence], warnings: list[str]) -> FeedbackReport:
    foci = {s.focus for s in sentences}
    focus = "personality" if "personality" in foci else "behaviour" if "behaviour" in foci else "other"
    feedback = [s for s in sentences if s.focus != "other"]
    return FeedbackReport(
        text=text,
        focus=focus,
        actionable=any(s.actionable for s in feedback),
        specific=any(s.specific for s in feedback),
        sentences=sentences,
        summary=summarize(sentences),
        warnings=warnings,
    )


_GUESS_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'“(]?[A-Z0-9])|\n+")


def guess_sentences(text: str) -> list[str]:
    """A cheap guess at the sentences spaCy will find, so they can be embedded while it parses."""
    from coach.text.segment import strip_lead

    out = []
    for piece in _GUESS_SPLIT.split(text):
        # The same bullets, checkboxes and speaker labels ("Me:", "Dana:") as the segmenter strips:
        # a guess that keeps "Me:" is a vector no analyzer asks for.
        piece = piece[strip_lead(piece, 0, len(piece)) :].strip()
        if piece:
            out.append(piece)
    return out


def _vectors_for(units: list[_Unit], early: dict[str, np.ndarray] | None) -> np.ndarray:
    embedder = get_sentence_embedder()
    early = known_vectors(embedder, early)
    texts = [u.span.text for u in units]
    missing = sorted({t for t in texts if t not in early})
    if missing:
        early = {**early, **dict(zip(missing, embedder.encode(missing)))}
    return np.array([early[t] for t in texts], dtype=np.float32).reshape(len(texts), embedder.dimension)


def feedback_from_docs(docs: Sequence, context: DocsContext | None = None) -> list[list[FeedbackSentence]]:
    """Judge every sentence of already-parsed Docs (one list per Doc); shares one parse with other analyzers.

    Of the ``context`` it reads ``offsets`` (shift each Doc's character offsets into the user's
    text), ``vectors`` (sentence embeddings already computed by text, e.g. while spaCy parsed) and
    ``in_note`` (Doc i is a whole session note, judged by the heads that learnt from whole notes).

    Example:
        >>> from coach.text.nlp import parse
        >>> [[s.focus for s in f] for f in feedback_from_docs(parse(["You are lazy."]))]
        [['personality']]
    """
    context = context or DocsContext()
    early_vectors = context.vectors
    offsets = list(context.offsets) if context.offsets is not None else [0] * len(docs)
    in_note = list(context.in_note) if context.in_note is not None else [False] * len(docs)
    model = get_feedback_model()
    units = _units(docs, offsets)
    evidence = rule_evidence([u.span for u in units])  # before the vectors: they may still be computing
    vectors = _vectors_for(units, early_vectors)
    judged = _judge(units, vectors, model, evidence, in_note)
    if any(in_note):
        reword_from_neighbours(units, judged, evidence[0], [nlp_doc_text(d) for d in docs], offsets, in_note)
    out: list[list[FeedbackSentence]] = [[] for _ in docs]
    for unit, sentence in zip(units, judged):
        out[unit.item].append(sentence)
    return out


def analyze_feedback_many(texts: Sequence[object]) -> list[FeedbackReport]:
    """Analyze many texts at once: one spaCy pass, one batched embedding call.

    A text that cannot be analysed comes back in its place as a report with ``error`` set.
    """
    settings = get_settings()
    prepared, problems = prepare_texts(
        texts,
        max_chars=min(MAX_FEEDBACK_CHARS, settings.max_text_chars),
        what="feedback",
        hard_limit=settings.max_text_chars,
    )
    usable = [p for p in prepared if p is not None]
    # Embed the likely sentences while spaCy parses (ONNX Runtime releases the GIL): on two cores
    # this overlaps the two models instead of running them one after the other.
    guesses = sorted({g for p in usable for g in guess_sentences(p.text)})
    embedder = get_sentence_embedder()
    pending = embedder.encode_beside(guesses)
    docs = parse([p.text for p in usable], entities="none")
    early = PendingVectors(embedder.model_id, guesses, pending)
    per_doc = feedback_from_docs(docs, DocsContext(offsets=[p.offset for p in usable], vectors=early))
    results = iter(per_doc)
    reports = []
    for text, p, problem in zip(texts, prepared, problems):
        original = text if isinstance(text, str) else ""
        if p is None:
            report = _report(original, [], [])
            report.error = problem
            reports.append(report)
            continue
        reports.append(_report(original, next(results), list(p.warnings)))
    return reports


def analyze_feedback(text: object) -> FeedbackReport:
    """Judge each sentence of a feedback text or session notes.

    Raises InputError for text that cannot be analysed (empty, binary, too long).
    """
    report = analyze_feedback_many([text])[0]
    if report.error:
        raise InputError(report.error)
    return report
