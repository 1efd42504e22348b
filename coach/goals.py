"""SMART goal analysis: each criterion judged with the words that carried it, hints, and a rewrite
skeleton that keeps the user's words and marks what only they know.

Example:
    >>> report = analyze_goal("get better at presenting")
    >>> report.smart_score, report.criteria["time_bound"].met
    (1, False)
    >>> report.rewrite
    '[a concrete action instead of “get better at”] presenting [which part exactly, in what situation?] [measured how?] by [when?] so that [why does it matter to you?]'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from coach.errors import InputError
from coach.goal_evidence import CRITERIA, EVIDENCE_FEATURES, Finding, evidence_features, find_evidence
from coach.heads import HeadsHolder, TrainedHeads
from coach.models import PendingVectors, TextVectors, get_embedder, known_vectors
from coach.nlp import doc_text as nlp_doc_text
from coach.nlp import parse
from coach.settings import get_settings
from coach.textcheck import prepare_text
from coach.types import Evidence, is_uncertain

MODEL_FILE = Path(__file__).parent / "trained" / "goals.json"
ANALYZER_VERSION = "goals-1"
MAX_GOAL_CHARS = 50_000
LONG_GOAL_CHARS = 2_000

HINTS = {
    "specific": "Name the concrete action and what it applies to (which skill, task, meeting or deliverable).",
    "measurable": "Say how you will tell it is done: a number, a frequency, a deliverable or a pass/fail event.",
    "achievable": "Aim at what is in your control and realistic in the time you give it.",
    "relevant": 'Say why it matters: the role, career step or team need it serves ("so that…").',
    "time_bound": 'Say by when: a date, or a bounded time frame such as "within six weeks".',
}
PLACEHOLDERS = {
    "specific": "[which part exactly, in what situation?]",
    "measurable": "[measured how?]",
    "achievable": "[which part of this is in your control?]",
    "time_bound": "by [when?]",
    "relevant": "so that [why does it matter to you?]",
}
_BULLET = re.compile(
    r"^\s*(?:[-*•·▪‣–—>]+|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|goal\s*\d*\s*[:.)-]|\[\s?[x ]?\s?\])\s*", re.I
)
_ALSO = re.compile(
    r"(?:,|;)?\s*\b(?:and\s+)?(?:i\s+)?(?:also|additionally)\s*,?\s+(?:i\s+)?(?:want|need|would like|'d like|plan|hope|aim|intend)\s+to\b|;\s+|\s+and\s+(?=(?:i\s+)?(?:also\s+)?(?:want|need|would like|plan|hope)\s+to\b)",
    re.I,
)
_REASON_START = re.compile(
    r"^\s*(?:this|that|it|which)\s+(?:will|would|should|could|is|'s)\b|^\s*(?:because|cos|since|as|so that|so i|in order|that way|this is because|the reason|i need (?:it|this|that)|it'?s for|for my|to (?:help|support|prepare))\b",
    re.I,
)


# "Goal: …", "My goals – …": the label a note puts before a goal is not part of the goal.
GOAL_LABEL = re.compile(r"^\s*(?:(?:my|the|her|his|their|new)\s+)?(?:goals?|aim|objective)\s*[:\-–]\s*", re.I)


def clean_goal_text(text: str) -> str:
    """A goal as the mentee would write it, without the note's bullet or "goal:" label.

    Example:
        >>> clean_goal_text("- goal: get better at presenting")
        'get better at presenting'
    """
    return GOAL_LABEL.sub("", text.strip().lstrip("-*• ").strip()).strip()


@dataclass
class CriterionResult:
    met: bool
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    hint: str | None = None

    @property
    def uncertain(self) -> bool:
        return is_uncertain(self.score)

    def to_dict(self) -> dict:
        return {
            "met": self.met,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
            "hint": self.hint,
            "uncertain": self.uncertain,
        }


@dataclass
class GoalReport:
    """The SMART judgement of one goal (and, for a paragraph, of each goal in it)."""

    text: str
    is_goal: bool
    smart_score: int
    criteria: dict[str, CriterionResult]
    rewrite: str | None
    goals: list[GoalReport] = field(default_factory=list)
    start: int = 0
    end: int = 0
    is_goal_score: float = 1.0
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    version: str = ANALYZER_VERSION
    error: str | None = None

    def to_dict(self) -> dict:
        extra = {"error": self.error} if self.error else {}
        return extra | {
            "text": self.text,
            "is_goal": self.is_goal,
            "smart_score": self.smart_score,
            "criteria": {name: c.to_dict() for name, c in self.criteria.items()},
            "rewrite": self.rewrite,
            "goals": [g.to_dict() for g in self.goals],
            "start": self.start,
            "end": self.end,
            "is_goal_score": self.is_goal_score,
            "reason": self.reason,
            "warnings": list(self.warnings),
            "version": self.version,
            "uncertain": is_uncertain(self.is_goal_score) or any(c.uncertain for c in self.criteria.values()),
        }


# -- the trained heads -------------------------------------------------------------------------
class GoalModel(TrainedHeads):
    """The is-goal head, the screening head and one head per criterion."""

    FILE, VERSION, WHAT, TRAIN = MODEL_FILE, ANALYZER_VERSION, "The goal analyzer", "goals"


get_goal_model = HeadsHolder(GoalModel, get_embedder)


# -- features shared by training and analysis ----------------------------------------------------
FEATURE_NAMES: list[str] = list(EVIDENCE_FEATURES)


def featurize(docs, embeddings: np.ndarray, context_sims: Sequence[float | None]):
    """Feature matrix: sentence embedding followed by the rule features; and the evidence found."""
    if len(docs) == 0:
        return np.zeros((0, embeddings.shape[1] + len(FEATURE_NAMES))), []
    rows, found_all = [], []
    for doc, sim in zip(docs, context_sims):
        found = find_evidence(doc)
        feats = evidence_features(doc, found, sim)
        rows.append([feats[name] for name in FEATURE_NAMES])
        found_all.append(found)
    rule_matrix = np.asarray(rows, dtype=np.float64).reshape(len(docs), -1)
    return np.hstack([embeddings.astype(np.float64), rule_matrix]), found_all


def feature_names(dimension: int) -> list[str]:
    return [f"emb_{i}" for i in range(dimension)] + FEATURE_NAMES


def rule_decisions(found: dict[str, list[Finding]], context_sim: float | None) -> dict[str, bool]:
    """The rules alone: the baseline printed beside the analyzer's scores."""

    def has(criterion, supports=True):
        return any(f.supports == supports for f in found[criterion])

    time_for = [f for f in found["time_bound"] if f.supports]
    time_against = [f for f in found["time_bound"] if not f.supports]
    time_ok = any(not any(a.start <= f.start < a.end for a in time_against) for f in time_for)
    return {
        "specific": has("specific") and not has("specific", False),
        "measurable": has("measurable"),
        "achievable": not has("achievable", False),
        "relevant": has("relevant") or (context_sim is not None and context_sim >= 0.45),
        "time_bound": time_ok,
    }


# -- segmentation --------------------------------------------------------------------------------
@dataclass
class _Segment:
    start: int
    end: int
    doc: object


def _segments(text: str) -> list[tuple[int, int]]:
    """Character ranges of candidate goals: lines without bullets, then clauses joined by 'also'."""
    ranges = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        bullet = _BULLET.match(text[start:end])
        if bullet:
            start += bullet.end()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            ranges.append((start, end))
    return ranges


def _split_clauses(doc, base: int) -> list[tuple[int, int, object]]:
    """Sentences of a line's Doc, split again at 'and I also want to' and semicolons."""
    out = []
    text = doc.text  # Doc.text walks every token: read it once, not once per character
    for sent in doc.sents:
        s_start, s_end = sent.start_char, sent.end_char
        cuts = [s_start]
        for m in _ALSO.finditer(text, s_start, s_end):
            if m.start() - cuts[-1] > 8:
                cuts.append(m.start())
                cuts.append(m.end())
        cuts.append(s_end)
        pieces = []
        for i in range(0, len(cuts) - 1, 2):
            a, b = cuts[i], cuts[i + 1]
            while a < b and text[a] in " ,;":
                a += 1
            while b > a and text[b - 1] in " ,;":
                b -= 1
            if b > a:
                pieces.append((a, b))
        if len(pieces) == 1 and pieces[0] == (0, len(text)) and s_start == 0 and s_end == len(text):
            out.append((base, base + len(text), doc))  # the whole line is one goal: no copy needed
            continue
        for a, b in pieces:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and span.text.strip():
                out.append((base + span.start_char, base + span.end_char, span.as_doc()))
    return out


# -- analysis ------------------------------------------------------------------------------------
def _evidence(findings: list[Finding], offset: int) -> list[Evidence]:
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    return [
        Evidence(
            offset + f.start, offset + f.end, f.text, ("for: " if f.supports else "against: ") + f.reason
        )
        for f in ordered
    ]


def _hint(criterion: str, findings: list[Finding]) -> str:
    against = [f for f in findings if not f.supports]
    if against:
        f = against[0]
        reason = f.reason if f.text in f.reason else f"\u201c{f.text}\u201d: {f.reason}"
        stop = "" if reason[-1] in ".?!" else "."
        return f"{reason[0].upper()}{reason[1:]}{stop} {HINTS[criterion]}"
    return HINTS[criterion]


def build_rewrite(text: str, met: dict[str, bool], found: dict[str, list[Finding]]) -> str | None:
    """The user's own words with a marked placeholder for each unmet criterion; nothing invented."""
    missing = [c for c in ("specific", "measurable", "achievable", "time_bound", "relevant") if not met[c]]
    if not missing:
        return None
    base = text.strip().rstrip(".!;,")
    inserts: list[tuple[int, str]] = []
    if "specific" in missing:
        vague = [f for f in found["specific"] if not f.supports]
        at = max((f.end for f in vague), default=len(base))
        # Place it after the phrase the vague verb governs (up to the next clause boundary).
        boundary = re.search(
            r"\s+(?:by|before|within|so|because|in order|to prepare|every|each|until)\b|[,;]", base[at:]
        )
        at = at + boundary.start() if boundary else len(base)
        inserts.append((min(at, len(base)), PLACEHOLDERS["specific"]))
    tail = [PLACEHOLDERS[c] for c in ("measurable", "achievable") if c in missing]
    if "time_bound" in missing:
        recurrence = any("recurrence" in f.reason for f in found["time_bound"])
        tail.append("until [end or review date?]" if recurrence else PLACEHOLDERS["time_bound"])
    if "relevant" in missing:
        tail.append(PLACEHOLDERS["relevant"])
    out = base
    for at, words in sorted(inserts, reverse=True):
        out = out[:at].rstrip() + " " + words + (" " + out[at:].lstrip() if out[at:].strip() else "")
    if "specific" in missing:
        # The vague verb the judgement flagged does not stay as if it were fine: a placeholder takes its
        # place, naming it, so the user puts the concrete action there ("get better at presenting" ->
        # "[a concrete action instead of “get better at”] presenting …"). Inserts all lie after it.
        lead = len(text) - len(text.lstrip())
        vague = sorted(
            (f for f in found["specific"] if not f.supports and f.end > f.start), key=lambda f: f.start
        )
        if vague:
            a, b = vague[0].start - lead, vague[0].end - lead
            if 0 <= a < b <= len(base) and out[:b] == base[:b]:
                out = out[:a] + f"[a concrete action instead of “{base[a:b]}”]" + out[b:]
    return (out + " " + " ".join(tail)).strip() if tail else out


def _not_goal(text: str, start: int, end: int, score: float, reason: str, warnings: list[str]) -> GoalReport:
    return GoalReport(
        text=text,
        is_goal=False,
        smart_score=0,
        criteria={c: CriterionResult(False, 0.0, [], None) for c in CRITERIA},
        rewrite=None,
        start=start,
        end=end,
        is_goal_score=round(score, 4),
        reason=reason,
        warnings=warnings,
    )


def _why_not_goal(_doc, features: dict[str, float]) -> str:
    if features.get("question"):
        return "This reads as a question, not a goal: say what you intend to achieve."
    if features.get("greeting"):
        return "This reads as a greeting or a reply, not a goal."
    if features.get("alpha_ratio", 1) < 0.4:
        return "This is mostly numbers or symbols, not a goal."
    if features.get("past_tense_main"):
        return "This reports something that happened; a goal says what you intend to achieve."
    return "This does not read as a goal: say what you intend to achieve, e.g. \u201cPresent the Q3 results to the leadership team by 30 June\u201d."


def analyze_goals(texts: Sequence[object], contexts: Sequence[str | None] | None = None) -> list[GoalReport]:
    """Analyze many goal texts at once: one spaCy pass and batched embedding calls for the whole batch.

    A text that cannot be analysed comes back as a report with ``error`` set, in its place.
    """
    contexts = (
        [c.strip() if isinstance(c, str) and c.strip() else None for c in contexts]
        if contexts is not None
        else [None] * len(texts)
    )
    if len(contexts) != len(texts):
        raise InputError("Give one context per text (or none).")
    get_goal_model()  # a missing or stale head file is reported before any text is parsed
    embedder = get_embedder()
    settings = get_settings()
    prepared, problems = [], []
    for text in texts:
        try:
            prepared.append(
                prepare_text(text, max_chars=MAX_GOAL_CHARS, what="goal", hard_limit=settings.max_text_chars)
            )
            problems.append(None)
        except InputError as exc:
            prepared.append(None)
            problems.append(str(exc))
    if any(p is not None and p.truncated for p in prepared):
        pass  # prepare_text already warned that only the first part is analysed
    # Every line of every text, parsed in one batch; then sentences and "also" clauses.
    line_index = [(t, s, e) for t, p in enumerate(prepared) if p is not None for s, e in _segments(p.text)]
    line_texts = [prepared[t].text[s:e] for t, s, e in line_index]
    ctx_texts = sorted({c for c in contexts if c})
    # Most goals are one line: embed the lines while spaCy parses them (ONNX Runtime releases the
    # GIL), and embed afterwards only the segments that are not whole lines.
    early = embedder.encode_beside(line_texts + ctx_texts)
    line_docs = parse(line_texts, entities="when_likely")
    early_vectors = early()
    line_vectors = {text: v for text, v in zip(line_texts, early_vectors)}
    ctx_vectors = dict(zip(ctx_texts, early_vectors[len(line_texts) :]))
    return _goal_reports(
        texts, prepared, problems, contexts, line_index, line_docs, line_vectors, ctx_vectors
    )


def goals_from_docs(
    docs: Sequence,
    offsets: Sequence[int] | None = None,
    vectors: dict[str, np.ndarray] | None = None,
    skip: Sequence[Sequence[tuple[int, int]]] | None = None,
    candidates: Sequence[Sequence[tuple[int, int]] | None] | None = None,
) -> list[list[GoalReport]]:
    """The goals stated in already-parsed notes, one list per Doc, sharing the notes' single parse.

    Each sentence of the notes is a candidate; ``vectors`` are sentence embeddings already
    computed by text (for instance by the feedback analyzer), reused instead of embedded again.
    ``skip[i]`` lists character ranges of Doc i (before offsets) already known to be something
    else, such as an agreed action item or a question; sentences inside them are not candidates.
    ``candidates[i]``, when given, lists the character ranges of Doc i to judge instead of its
    sentences (a note's goal without its lead: "He wants to | run an open AMA before Q2").
    """
    from coach.segment import MostlyInside
    from coach.segment import segments as sentence_segments
    from coach.textcheck import PreparedText

    offsets = list(offsets) if offsets is not None else [0] * len(docs)
    prepared, line_index, line_docs = [], [], []
    for t, (doc, offset) in enumerate(zip(docs, offsets)):
        doc_text = nlp_doc_text(doc)
        prepared.append(PreparedText(text=doc_text, original_length=len(doc_text), offset=offset))
        taken = MostlyInside(skip[t] if skip is not None else [])
        chosen = candidates[t] if candidates is not None else None
        if chosen is None:
            chosen = [(seg.start, seg.end) for seg in sentence_segments(doc) if not taken(seg.start, seg.end)]
        spans = []
        for start, end in chosen:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            line_index.append((t, span.start_char, span.end_char))
            spans.append(span)
        line_docs.extend(span_docs(doc, spans))
    texts = [p.text for p in prepared]
    # Only vectors of the goal heads' own (float32) embedder are reused as they are; vectors of the
    # sentence analyzers' (int8) embedder only screen out sentences that are surely not goals.
    exact = get_embedder()
    if isinstance(vectors, PendingVectors):
        vectors = vectors.resolve()
    own = known_vectors(exact, vectors)
    # The screen has its own head, trained on that embedder's vectors (see evaluation/train.py).
    model = get_goal_model()
    approximate = (
        dict(vectors)
        if isinstance(vectors, TextVectors)
        and not own
        and "prescreen" in model.heads
        and vectors.model_id == model.info.get("prescreen_embedder")
        else None
    )
    reports = _goal_reports(
        texts, prepared, [None] * len(docs), [None] * len(docs), line_index, line_docs, own, {}, approximate
    )
    return [r.goals if r.is_goal else [] for r in reports]


def span_docs(doc, spans) -> list:
    """``span.as_doc()`` for each of many spans of one Doc, the same Docs made faster.

    ``Span.as_doc`` turns the whole Doc into an array each call (half a millisecond for a
    1,000-word note, so tens per review); here the array is made once and each span gets a copy
    of its own rows (``as_doc`` rewrites the rows it is given).
    """
    try:
        head = doc._get_array_attrs()
    except AttributeError:  # another spaCy: the plain way
        return [span.as_doc() for span in spans]
    full = doc.to_array(head)
    rows = np.empty_like(full)
    out = []
    for span in spans:
        rows[span.start : span.end] = full[span.start : span.end]
        out.append(span.as_doc(array_head=head, array=rows))
    return out


# A note's sentence whose probability under the "prescreen" head (the is-goal head trained on the
# sentence analyzers' int8 vectors, see evaluation/train.py) is below this is not embedded in
# float32: it is not a goal. Measured on the 82 training notes of evaluation/data/actions: 51 % fewer
# float32 embeddings and not one note's goals changed (none at 0.2 either); on every third session
# of the demo program (206 notes, 103 labelled goals) goal precision and recall are unchanged.
PRESCREEN_PROBABILITY = 0.1


def _goal_reports(
    texts,
    prepared,
    problems,
    contexts,
    line_index,
    line_docs,
    line_vectors,
    ctx_vectors,
    approximate: dict | None = None,
):
    """Judge the candidate lines (already parsed) of every text; the core of analyze_goals."""
    model = get_goal_model()
    embedder = get_embedder()
    segments: list[tuple[int, int, int, object]] = []
    for (t, s, _e), doc in zip(line_index, line_docs):
        segments.extend((t, a, b, seg_doc) for a, b, seg_doc in _split_clauses(doc, s))

    # A clause Doc keeps its last token's trailing space ("Lunch with Tom. "); the embedder ignores
    # it, so the sentence's vector computed earlier is the clause's vector: don't embed it again.
    def key(text: str) -> str:
        return text if text in line_vectors else text.strip()

    keys = [key(d.text) for *_, d in segments]
    missing = sorted({k for k in keys if k not in line_vectors})

    def sim(t: int, v: np.ndarray) -> float | None:
        return float(v @ ctx_vectors[contexts[t]]) if contexts[t] else None

    seg_docs = [d for *_, d in segments]
    screened_out: dict[int, float] = {}
    if approximate and missing and not any(contexts[t] for t, *_ in segments):
        X, found = featurize(seg_docs, np.zeros((len(segments), embedder.dimension)), [None] * len(segments))
        screened = [i for i, k in enumerate(keys) if k not in line_vectors and k in approximate]
        surely_not: dict[int, float] = {}
        if screened:
            X[screened, : embedder.dimension] = np.array([approximate[keys[i]] for i in screened])
            p = model.heads["prescreen"].predict_proba(X[screened])
            surely_not = {i: float(pi) for i, pi in zip(screened, p) if pi < PRESCREEN_PROBABILITY}
            # The screened-out rows keep no vector of the other embedder: the float32 heads never read it.
            X[list(surely_not), : embedder.dimension] = 0.0
        rest = [i for i in range(len(segments)) if i not in surely_not]
        need = sorted({keys[i] for i in rest if keys[i] not in line_vectors})
        line_vectors.update(zip(need, embedder.encode(need)))
        if rest:
            X[rest, : embedder.dimension] = np.array([line_vectors[keys[i]] for i in rest])
        seg_vectors = np.asarray(X[:, : embedder.dimension], dtype=np.float32)
        screened_out = surely_not
    elif missing and not any(contexts[t] for t, *_ in segments):
        # Without a context no rule feature needs a vector: find the evidence while the clauses are
        # embedded (ONNX Runtime releases the GIL), then put the vectors in front of the rule features.
        pending = embedder.encode_beside(missing)
        X, found = featurize(seg_docs, np.zeros((len(segments), embedder.dimension)), [None] * len(segments))
        line_vectors.update(zip(missing, pending()))
        seg_vectors = np.array([line_vectors[k] for k in keys]).reshape(len(segments), embedder.dimension)
        X[:, : embedder.dimension] = seg_vectors
    else:
        line_vectors.update(zip(missing, embedder.encode(missing)))
        seg_vectors = np.array([line_vectors[k] for k in keys]).reshape(len(segments), embedder.dimension)
        X, found = featurize(seg_docs, seg_vectors, [sim(t, v) for (t, *_), v in zip(segments, seg_vectors)])
    goal_prob = model.heads["is_goal"].predict_proba(X) if segments else np.zeros(0)
    for i, p_screen in screened_out.items():
        goal_prob[i] = p_screen  # surely not a goal: the screen's own probability is its score
    # The guide is explicit that a question is not a goal, however goal-like its words.
    question_column = FEATURE_NAMES.index("question") if segments else 0
    if segments:
        goal_prob = np.where(
            X[:, embedder.dimension + question_column] > 0, np.minimum(goal_prob, 0.01), goal_prob
        )

    # Group each goal with the reason sentences that follow it.
    groups: dict[int, list[list[int]]] = {t: [] for t in range(len(texts))}
    goal_threshold = model.heads["is_goal"].threshold
    for i, (t, _, _, doc) in enumerate(segments):
        if goal_prob[i] >= goal_threshold:
            groups[t].append([i])
        elif groups[t] and groups[t][-1][-1] == i - 1 and _REASON_START.search(doc.text):
            groups[t][-1].append(i)
    # A goal of several segments is judged as one text: merge their Docs (no new parse) and embed it.
    from spacy.tokens import Doc

    multi = [g for t in groups for g in groups[t] if len(g) > 1]
    merged_docs = [Doc.from_docs([segments[i][3] for i in g]) for g in multi]
    merged_vectors = embedder.encode([d.text for d in merged_docs]) if merged_docs else None
    merged_rows: dict[int, tuple[np.ndarray, dict, float | None, int]] = {}
    if merged_docs:
        owners = [segments[g[0]][0] for g in multi]
        sims = [sim(t, v) for t, v in zip(owners, merged_vectors)]
        Xm, found_m = featurize(merged_docs, merged_vectors, sims)
        for k, g in enumerate(multi):
            merged_rows[g[0]] = (Xm[k], found_m[k], sims[k], k)

    reports: list[GoalReport] = []
    for t, p in enumerate(prepared):
        original = texts[t] if isinstance(texts[t], str) else ""
        if p is None:
            report = _not_goal(original, 0, 0, 0.0, problems[t], [])
            report.error = problems[t]
            reports.append(report)
            continue
        goals = []
        for g in groups[t]:
            if len(g) > 1:
                row, group_found, group_sim, _ = merged_rows[g[0]]
                seg_text = merged_docs[multi.index(g)].text
            else:
                row, group_found, group_sim = X[g[0]], found[g[0]], sim(t, seg_vectors[g[0]])
                seg_text = segments[g[0]][3].text
            start, end = segments[g[0]][1], segments[g[-1]][2]
            goals.append(
                _report_for(
                    p, start, end, row, group_found, group_sim, float(goal_prob[g[0]]), model, seg_text
                )
            )
        if not goals:
            mine = [i for i, seg in enumerate(segments) if seg[0] == t]
            best = max(mine, key=lambda i: goal_prob[i]) if mine else None
            feats = dict(zip(FEATURE_NAMES, X[best, embedder.dimension :])) if best is not None else {}
            reports.append(
                _not_goal(
                    original,
                    p.offset,
                    p.offset + len(p.text),
                    float(goal_prob[best]) if best is not None else 0.0,
                    _why_not_goal(None, feats),
                    p.warnings,
                )
            )
            continue
        top = goals[0]
        warnings = list(p.warnings)
        if len(p.text) > LONG_GOAL_CHARS:
            warnings.append(
                f"This is a long text ({len(p.text):,} characters) for a goal: {len(goals)} goal "
                f"statement{'s' if len(goals) != 1 else ''} found and judged one by one. A goal is "
                f"usually one or two sentences."
            )
        reports.append(
            GoalReport(
                text=original,
                is_goal=True,
                smart_score=top.smart_score,
                criteria=top.criteria,
                rewrite=top.rewrite,
                goals=goals,
                start=top.start,
                end=top.end,
                is_goal_score=top.is_goal_score,
                warnings=warnings,
            )
        )
    return reports


def _report_for(
    prepared,
    start: int,
    end: int,
    row: np.ndarray,
    found: dict[str, list[Finding]],
    context_sim: float | None,
    goal_score: float,
    model: GoalModel,
    judged_text: str,
) -> GoalReport:
    """One goal's report; evidence offsets are mapped from the judged text back to the user's input."""
    text = prepared.text[start:end]
    offsets = _align(judged_text, text)
    criteria: dict[str, CriterionResult] = {}
    mapped: dict[str, list[Finding]] = {}
    for c in CRITERIA:
        mapped[c] = [
            Finding(
                offsets(f.start),
                offsets(f.end),
                text[offsets(f.start) : offsets(f.end)],
                f.reason,
                f.supports,
            )
            for f in found[c]
        ]
        score = float(model.heads[c].predict_proba(row.reshape(1, -1))[0])
        if c == "time_bound" and _only_against(mapped[c]):
            # The guide: a recurrence, a start point, "soon" or a past date alone is not a deadline,
            # however date-like the words; the embedding must not outvote that.
            score = min(score, TIME_CAP)
        met = score >= 0.5
        evidence = _evidence(mapped[c], prepared.offset + start)
        if c == "relevant" and context_sim is not None:
            evidence.append(
                Evidence(
                    prepared.offset + start,
                    prepared.offset + end,
                    text,
                    f"{'for' if context_sim >= 0.35 else 'against'}: compared with your context "
                    f"(similarity {context_sim:.2f})",
                )
            )
        criteria[c] = CriterionResult(
            met=met, score=round(score, 4), evidence=evidence, hint=None if met else _hint(c, mapped[c])
        )
    met_map = {c: criteria[c].met for c in CRITERIA}
    return GoalReport(
        text=text,
        is_goal=True,
        smart_score=sum(met_map.values()),
        criteria=criteria,
        rewrite=build_rewrite(text, met_map, mapped),
        start=prepared.offset + start,
        end=prepared.offset + end,
        is_goal_score=round(goal_score, 4),
    )


TIME_CAP = 0.2


def _only_against(findings: list[Finding]) -> bool:
    return bool(findings) and not any(f.supports for f in findings)


def _align(judged: str, original: str):
    """Map offsets in the judged text (segments joined by spaCy) to offsets in the original span."""
    if judged == original:
        return lambda i: i
    table, j = [], 0
    for ch in judged:
        while j < len(original) and original[j] != ch and not (ch.isspace() and original[j].isspace()):
            j += 1
        table.append(min(j, len(original)))
        j += 1 if j < len(original) else 0
    table.append(len(original))
    return lambda i: table[min(max(i, 0), len(table) - 1)]


def analyze_goal(text: object, context: str | None = None) -> GoalReport:
    """Judge one goal text (or a paragraph of several goals) against the SMART criteria.

    Raises InputError for text that cannot be analysed (empty, binary, too long).
    """
    if context is not None and not isinstance(context, str):
        raise InputError("The context must be text.")
    report = analyze_goals([text], [context])[0]
    if report.error:
        raise InputError(report.error)
    return report
