"""The question analyzer: finds the questions in texts, judges each with the trained heads over
the rule cues, and returns them with their evidence and rewordings.

Example:
    >>> report = analyze_questions("Did you enjoy the course? Tell me about your week")
    >>> [(q.text, q.label) for q in report.questions]
    [('Did you enjoy the course?', 'closed'), ('Tell me about your week', 'open')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from coach.analyzers.questions.cues import Cues, analyze_span
from coach.analyzers.questions.model import ANALYZER_VERSION, QuestionModel, featurize, get_question_model
from coach.analyzers.questions.rewording import BLAME_REASON, BLAME_WHY, suggest_rewording, without_blame
from coach.errors import InputError
from coach.text.segment import Segment, segments
from coach.text.textcheck import prepare_texts
from coach.types import AnalyzerResult, DocsContext, Evidence, is_uncertain

MAX_QUESTION_TEXT_CHARS = 100_000


@dataclass
class Question:
    """One question found in a text, judged."""

    text: str
    start: int  # character offsets into the text the user gave
    end: int
    label: str  # "open" | "closed"
    leading: bool
    score: float  # calibrated probability of ``label``
    leading_score: float  # calibrated probability that the question is leading (0 for open ones)
    evidence: list[Evidence] = field(default_factory=list)
    suggestion: str | None = None  # an open (and neutral) rewording, for closed questions
    question_score: float = 1.0  # calibrated probability that the sentence is a question at all

    @property
    def uncertain(self) -> bool:
        """Open or closed, or leading, is too close to call."""
        return is_uncertain(self.score) or self.label == "closed" and is_uncertain(self.leading_score)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "leading": self.leading,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
            "suggestion": self.suggestion,
            "leading_score": self.leading_score,
            "question_score": self.question_score,
            "uncertain": self.uncertain,
        }


@dataclass
class QuestionReport(AnalyzerResult):
    """The questions of one text, in order, and counts over them."""

    text: str
    questions: list[Question] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    version: str = ANALYZER_VERSION
    error: str | None = None

    def to_dict(self) -> dict:
        data = {
            "text": self.text,
            "questions": [q.to_dict() for q in self.questions],
            "summary": dict(self.summary),
            "warnings": list(self.warnings),
            "version": self.version,
        }
        if self.error:
            data["error"] = self.error
        return data


def summarize(questions: Sequence[Question]) -> dict:
    """Counts over the questions of a text: how many, open, closed and leading, and the share open.

    Example:
        >>> summarize([])
        {'questions': 0, 'open': 0, 'closed': 0, 'leading': 0, 'open_ratio': None}
    """
    n = len(questions)
    n_open = sum(q.label == "open" for q in questions)
    return {
        "questions": n,
        "open": n_open,
        "closed": n - n_open,
        "leading": sum(q.leading for q in questions),
        "open_ratio": round(n_open / n, 3) if n else None,
    }


def _keep_evidence(reason: str, label: str) -> bool:
    if label == "open":
        return not reason.endswith("closed")
    return not reason.endswith(": open") and not reason.endswith("open as a whole")


def _judge(
    cues_list: list[Cues], X: np.ndarray, model: QuestionModel, offsets: Sequence[int]
) -> list[Question | None]:
    """A Question for each sentence the heads take for a question, else None (offsets: added to char positions)."""
    if not cues_list:
        return []
    p_question = model.heads["is_question"].predict_proba(X)
    p_open = model.heads["open"].predict_proba(X)
    p_leading = model.heads["leading"].predict_proba(X)
    out: list[Question | None] = []
    for n, cues in enumerate(cues_list):
        if p_question[n] < model.heads["is_question"].threshold_:
            out.append(None)
            continue
        base = offsets[n]
        sentence = cues.text

        def chars(a: int, b: int) -> str:
            return sentence[a - cues.start : b - cues.start]  # noqa: B023 (used in this iteration)

        is_open = p_open[n] >= model.heads["open"].threshold_
        label = "open" if is_open else "closed"
        score = float(p_open[n] if is_open else 1.0 - p_open[n])
        leading_score = 0.0 if is_open else float(p_leading[n])
        # The README's decision 7: leading is set only where the wording pushes an answer, so the
        # head's judgement needs one of those cues (a tag, a negative question, a presumptive word).
        leading = (
            (not is_open)
            and leading_score >= model.heads["leading"].threshold_
            and bool(cues.leading_evidence)
        )
        start, end = cues.question_start, cues.end
        spans = [(a, b, r) for a, b, r in cues.evidence if _keep_evidence(r, label)]
        if leading:
            taken = {(a, b) for a, b, _ in cues.leading_evidence}
            spans = [e for e in spans if (e[0], e[1]) not in taken] + cues.leading_evidence
        if not any(r for *_, r in spans):
            spans.append(
                (start, end, f"judged {label} from the wording as a whole by the trained classifier")
            )
        evidence = sorted(
            {(base + a, base + b, chars(a, b), r) for a, b, r in spans if b > a}, key=lambda e: (e[0], -e[1])
        )
        suggestion = suggest_rewording(cues) if label == "closed" else without_blame(chars(start, end))
        if label == "open" and suggestion is not None:
            m = BLAME_WHY.match(chars(start, end))
            evidence.append(
                (base + start, base + start + len(m.group(0).rstrip()), m.group(0).rstrip(), BLAME_REASON)
            )
        if suggestion is not None and suggestion.rstrip("?").lower() == chars(start, end).rstrip("?").lower():
            suggestion = None
        out.append(
            Question(
                text=chars(start, end),
                start=base + start,
                end=base + end,
                label=label,
                leading=bool(leading),
                score=round(score, 4),
                leading_score=round(leading_score, 4),
                evidence=[Evidence(*e) for e in evidence],
                suggestion=suggestion,
                question_score=round(float(p_question[n]), 4),
            )
        )
    return out


def _sentences(docs: Sequence) -> list[tuple[int, Segment]]:
    return [(d, seg) for d, doc in enumerate(docs) for seg in segments(doc)]


def questions_from_docs(docs: Sequence, context: DocsContext | None = None) -> list[list[Question]]:
    """The questions of already-parsed Docs (from ``coach.text.nlp.parse``), one list per Doc.

    For callers that parse a text once for several analyzers (the notes review). Of the ``context``
    it reads ``offsets`` (added to every character position of Doc i) and ``vectors`` (sentence
    embeddings already computed, by sentence text); the sentences not in ``vectors`` are embedded in
    one batched call.

    Example:
        >>> from coach.text.nlp import parse
        >>> [[q.label for q in qs] for qs in questions_from_docs(parse(["How many?", "Why?"]))]
        [['closed'], ['open']]
    """
    from coach.models.loading import get_sentence_embedder, known_vectors

    context = context or DocsContext()
    model = get_question_model()
    embedder = get_sentence_embedder()
    offsets = list(context.offsets) if context.offsets is not None else [0] * len(docs)
    if len(offsets) != len(docs):
        raise InputError("Give one offset per Doc (or none).")
    found = _sentences(docs)
    known = known_vectors(embedder, context.vectors)
    missing = sorted({seg.text for _, seg in found if seg.text not in known})
    if missing:
        known.update(zip(missing, embedder.encode(missing)))
    return _questions_for(docs, found, known, offsets, model)


def _questions_for(docs, found, vectors, offsets, model) -> list[list[Question]]:
    cues_list = [analyze_span(seg.span, seg.start, seg.end) for _, seg in found]
    dimension = next(iter(vectors.values())).shape[0] if vectors else 0
    emb = np.array([vectors[seg.text] for _, seg in found], dtype=np.float64).reshape(len(found), dimension)
    X = featurize(cues_list, emb) if found else np.zeros((0, 0))
    judged = _judge(cues_list, X, model, [offsets[d] for d, _ in found])
    per_doc: list[list[Question]] = [[] for _ in docs]
    for (d, _), q in zip(found, judged):
        if q is not None:
            per_doc[d].append(q)
    return per_doc


def _line_texts(text: str) -> list[str]:
    """The lines of a text as the segmenter will most often cut them (bullets stripped), for early embedding."""
    from coach.text.segment import strip_lead

    out = []
    for line in text.splitlines():
        start = strip_lead(line, 0, len(line))
        piece = line[start:].rstrip()
        if piece:
            out.append(piece)
    return out


def analyze_questions_many(texts: Sequence[object]) -> list[QuestionReport]:
    """Analyze many texts at once: one spaCy pass and one batched embedding call for the whole batch.

    A text that cannot be analysed comes back, in its place, as a report with ``error`` set.

    Example:
        >>> [len(r.questions) for r in analyze_questions_many(["How was your week?", "", "Thanks."])]
        [1, 0, 0]
    """
    from coach.models.loading import get_sentence_embedder
    from coach.settings import get_settings
    from coach.text.nlp import parse

    model = get_question_model()
    embedder = get_sentence_embedder()
    settings = get_settings()
    prepared, problems = prepare_texts(
        texts, max_chars=MAX_QUESTION_TEXT_CHARS, what="text", hard_limit=settings.max_text_chars
    )
    ok = [i for i, p in enumerate(prepared) if p is not None]
    # Most questions are one line: embed the lines while spaCy parses (the embedder releases the GIL),
    # then embed only the sentences that are not whole lines.
    lines = sorted({line for i in ok for line in _line_texts(prepared[i].text)})
    early = embedder.encode_beside(lines)
    docs = parse([prepared[i].text for i in ok])
    found = _sentences(docs)
    vectors = dict(zip(lines, early()))
    missing = sorted({seg.text for _, seg in found if seg.text not in vectors})
    if missing:
        vectors.update(zip(missing, embedder.encode(missing)))
    per_doc = _questions_for(docs, found, vectors, [prepared[i].offset for i in ok], model) if ok else []
    by_text = dict(zip(ok, per_doc))
    reports = []
    for i, p in enumerate(prepared):
        original = texts[i] if isinstance(texts[i], str) else ""
        if p is None:
            reports.append(
                QuestionReport(text=original, summary=summarize([]), error=problems[i], version=model.version)
            )
            continue
        questions = by_text[i]
        reports.append(
            QuestionReport(
                text=original,
                questions=questions,
                summary=summarize(questions),
                warnings=list(p.warnings),
                version=model.version,
            )
        )
    return reports


def analyze_questions(text: object) -> QuestionReport:
    """Find and judge the questions in one text (a question, a list of questions, session notes…).

    Raises InputError for text that cannot be analysed (empty, binary, too long).

    Example:
        >>> analyze_questions("How was your week? Did you rest?").summary["open_ratio"]
        0.5
    """
    report = analyze_questions_many([text])[0]
    if report.error:
        raise InputError(report.error)
    return report
