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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from coach.analyzers.goals.clauses import candidate_lines, span_docs, split_clauses
from coach.analyzers.goals.model import FEATURE_NAMES, GoalModel, featurize, get_goal_model
from coach.analyzers.goals.report import GoalReport, judge_goal, not_goal_report, why_not_goal
from coach.errors import InputError
from coach.models.loading import PendingVectors, TextVectors, get_embedder, known_vectors
from coach.settings import get_settings
from coach.text.nlp import doc_text as nlp_doc_text
from coach.text.nlp import parse
from coach.text.textcheck import prepare_texts
from coach.types import DocsContext

MAX_GOAL_CHARS = 50_000
LONG_GOAL_CHARS = 2_000
# A clause that gives the reason for the goal before it ("This will help me…") belongs to that goal.
_REASON_START = re.compile(
    r"^\s*(?:this|that|it|which)\s+(?:will|would|should|could|is|'s)\b|^\s*(?:because|cos|since|as|so that|so i|in order|that way|this is because|the reason|i need (?:it|this|that)|it'?s for|for my|to (?:help|support|prepare))\b",
    re.I,
)


# A note's sentence whose probability under the "prescreen" head (the is-goal head trained on the
# sentence analyzers' int8 vectors, see evaluation/train.py) is below this is not embedded in
# float32: it is not a goal. Measured on the 82 training notes of evaluation/data/actions: 51 % fewer
# float32 embeddings and not one note's goals changed (none at 0.2 either); on every third session
# of the demo program (206 notes, 103 labelled goals) goal precision and recall are unchanged.
PRESCREEN_PROBABILITY = 0.1


def analyze_goal(text: object, context: str | None = None) -> GoalReport:
    """Judge one goal text (or a paragraph of several goals) against the SMART criteria.

    Raises InputError for text that cannot be analysed (empty, binary, too long).

    Example:
        >>> analyze_goal("Pass the AWS exam by 30 June").criteria["time_bound"].met
        True
    """
    if context is not None and not isinstance(context, str):
        raise InputError("The context must be text.")
    report = analyze_goals([text], [context])[0]
    if report.error:
        raise InputError(report.error)
    return report


def analyze_goals(texts: Sequence[object], contexts: Sequence[str | None] | None = None) -> list[GoalReport]:
    """Analyze many goal texts at once: one spaCy pass and batched embedding calls for the whole batch.

    A text that cannot be analysed comes back as a report with ``error`` set, in its place.

    Example:
        >>> [(r.is_goal, bool(r.error)) for r in analyze_goals(["Pass the AWS exam by June", "", "How are you?"])]
        [(True, False), (False, True), (False, False)]
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
    prepared, problems = prepare_texts(
        texts, max_chars=MAX_GOAL_CHARS, what="goal", hard_limit=settings.max_text_chars
    )
    # Every line of every text, parsed in one batch; then sentences and "also" clauses.
    line_index = [
        (t, s, e) for t, p in enumerate(prepared) if p is not None for s, e in candidate_lines(p.text)
    ]
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


def goals_from_docs(docs: Sequence, context: DocsContext | None = None) -> list[list[GoalReport]]:
    """The goals stated in already-parsed notes, one list per Doc, sharing the notes' single parse.

    Each sentence of the notes is a candidate. Of the ``context`` it reads ``offsets``, ``vectors``
    (sentence embeddings already computed by text, for instance by the feedback analyzer, reused
    instead of embedded again), ``skip`` (character ranges of Doc i, before offsets, already known to
    be something else, such as an agreed action item or a question; sentences inside them are not
    candidates) and ``candidates`` (when given for Doc i, the character ranges to judge instead of its
    sentences: a note's goal without its lead, "He wants to | run an open AMA before Q2").

    Example:
        >>> from coach.text.nlp import parse
        >>> [[g.text for g in goals] for goals in goals_from_docs(parse(["We met. I want to pass the AWS exam by June."]))]
        [['I want to pass the AWS exam by June.']]
    """
    from coach.text.segment import MostlyInside
    from coach.text.segment import segments as sentence_segments
    from coach.text.textcheck import PreparedText

    context = context or DocsContext()
    vectors, skip, candidates = context.vectors, context.skip, context.candidates
    sure_lines: list[bool] = []
    offsets = list(context.offsets) if context.offsets is not None else [0] * len(docs)
    prepared, line_index, line_docs = [], [], []
    for t, (doc, offset) in enumerate(zip(docs, offsets)):
        doc_text = nlp_doc_text(doc)
        prepared.append(PreparedText(text=doc_text, original_length=len(doc_text), offset=offset))
        taken = MostlyInside(skip[t] if skip is not None else [])
        chosen = candidates[t] if candidates is not None else None
        if chosen is None:
            chosen = [(seg.start, seg.end) for seg in sentence_segments(doc) if not taken(seg.start, seg.end)]
        spans = []
        labelled = set(context.stated[t]) if context.stated is not None else set()
        for start, end in chosen:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            line_index.append((t, span.start_char, span.end_char))
            sure_lines.append((start, end) in labelled)
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
        texts,
        prepared,
        [None] * len(docs),
        [None] * len(docs),
        line_index,
        line_docs,
        own,
        {},
        approximate,
        sure_lines,
    )
    return [r.goals if r.is_goal else [] for r in reports]


# A clause of a candidate line: (which text, start and end in that text, the clause's Doc).
_Clause = tuple[int, int, int, object]


@dataclass
class _Clauses:
    """Every clause of a batch of texts, judged; lists and arrays in clause order."""

    segments: list[_Clause]
    X: np.ndarray  # feature rows: the embedding, then the rule features
    found: list[dict]  # each clause's rule evidence
    vectors: np.ndarray
    goal_prob: np.ndarray
    # A goal of several clauses, by its first clause: its row, evidence, context similarity and text.
    merged: dict[int, tuple[np.ndarray, dict, float | None, str]]
    similarity: Callable[[int, np.ndarray], float | None]  # to text t's context, if it has one


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
    sure_lines: list[bool] | None = None,
):
    """Judge the candidate lines (already parsed) of every text; the core of analyze_goals.
    ``sure_lines[k]``: line k is stated as a goal by its text, so it is one whatever the heads say."""
    model = get_goal_model()
    embedder = get_embedder()
    segments: list[_Clause] = []
    sure: set[int] = set()
    for k, ((t, s, _e), doc) in enumerate(zip(line_index, line_docs)):
        for n, (a, b, seg_doc) in enumerate(split_clauses(doc, s)):
            if sure_lines and sure_lines[k] and n == 0:
                sure.add(len(segments))  # its first clause; the others are reasons or goals of their own
            segments.append((t, a, b, seg_doc))

    def sim(t: int, v: np.ndarray) -> float | None:
        return float(v @ ctx_vectors[contexts[t]]) if contexts[t] else None

    X, found, seg_vectors, screened_out = _clause_features(
        segments, contexts, sim, line_vectors, approximate, model, embedder, sure
    )
    goal_prob = _goal_probabilities(X, screened_out, model, embedder.dimension, sure)
    groups = _group_with_reasons(segments, goal_prob, model.heads["is_goal"].threshold_, len(texts))
    merged = _merged_goals(groups, segments, sim, embedder)
    clauses = _Clauses(segments, X, found, seg_vectors, goal_prob, merged, sim)
    reports: list[GoalReport] = []
    for t, p in enumerate(prepared):
        original = texts[t] if isinstance(texts[t], str) else ""
        if p is None:
            report = not_goal_report(original, 0, 0, 0.0, problems[t], [])
            report.error = problems[t]
            reports.append(report)
        else:
            reports.append(_text_report(t, original, p, groups[t], clauses, model, embedder.dimension))
    return reports


def _clause_features(segments, contexts, sim, line_vectors, approximate, model, embedder, sure=frozenset()):
    """The clauses' feature rows, evidence and vectors, and those the screen found surely not goals
    (with the screen's probability). ``line_vectors`` receives every vector embedded here."""

    # A clause Doc keeps its last token's trailing space ("Lunch with Tom. "); the embedder ignores
    # it, so the sentence's vector computed earlier is the clause's vector: don't embed it again.
    def key(text: str) -> str:
        return text if text in line_vectors else text.strip()

    keys = [key(d.text) for *_, d in segments]
    missing = sorted({k for k in keys if k not in line_vectors})
    seg_docs = [d for *_, d in segments]
    no_context = not any(contexts[t] for t, *_ in segments)
    if approximate and missing and no_context:
        return _screened_features(segments, keys, seg_docs, line_vectors, approximate, model, embedder, sure)
    if missing and no_context:
        # Without a context no rule feature needs a vector: find the evidence while the clauses are
        # embedded (ONNX Runtime releases the GIL), then put the vectors in front of the rule features.
        pending = embedder.encode_beside(missing)
        X, found = featurize(seg_docs, np.zeros((len(segments), embedder.dimension)), [None] * len(segments))
        line_vectors.update(zip(missing, pending()))
        seg_vectors = np.array([line_vectors[k] for k in keys]).reshape(len(segments), embedder.dimension)
        X[:, : embedder.dimension] = seg_vectors
        return X, found, seg_vectors, {}
    line_vectors.update(zip(missing, embedder.encode(missing)))
    seg_vectors = np.array([line_vectors[k] for k in keys]).reshape(len(segments), embedder.dimension)
    X, found = featurize(seg_docs, seg_vectors, [sim(t, v) for (t, *_), v in zip(segments, seg_vectors)])
    return X, found, seg_vectors, {}


def _screened_features(
    segments, keys, seg_docs, line_vectors, approximate, model, embedder, sure=frozenset()
):
    """``_clause_features`` with the sentence analyzers' vectors at hand: the screen reads those, and
    only the clauses it cannot rule out are embedded for the goal heads."""
    X, found = featurize(seg_docs, np.zeros((len(segments), embedder.dimension)), [None] * len(segments))
    screened = [i for i, k in enumerate(keys) if k not in line_vectors and k in approximate and i not in sure]
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
    return X, found, seg_vectors, surely_not


def _goal_probabilities(
    X: np.ndarray, screened_out: dict[int, float], model: GoalModel, dimension: int, sure=frozenset()
):
    """Each clause's probability of being a goal; a clause in ``sure`` (its text labels it a goal) is one
    at least at the threshold."""
    goal_prob = model.heads["is_goal"].predict_proba(X) if len(X) else np.zeros(0)
    for i, p_screen in screened_out.items():
        goal_prob[i] = p_screen  # surely not a goal: the screen's own probability is its score
    for i in sure:
        goal_prob[i] = max(goal_prob[i], model.heads["is_goal"].threshold_)
    # The guide is explicit that a question is not a goal, however goal-like its words.
    if len(X):
        question_column = FEATURE_NAMES.index("question")
        goal_prob = np.where(X[:, dimension + question_column] > 0, np.minimum(goal_prob, 0.01), goal_prob)
    return goal_prob


def _group_with_reasons(
    segments: list[_Clause], goal_prob: np.ndarray, threshold: float, n_texts: int
) -> dict[int, list[list[int]]]:
    """Each text's goals as lists of clause indices: a goal's clause, then the reason clauses that follow it."""
    groups: dict[int, list[list[int]]] = {t: [] for t in range(n_texts)}
    for i, (t, _, _, doc) in enumerate(segments):
        if goal_prob[i] >= threshold:
            groups[t].append([i])
        elif groups[t] and groups[t][-1][-1] == i - 1 and _REASON_START.search(doc.text):
            groups[t][-1].append(i)
    return groups


def _merged_goals(groups, segments: list[_Clause], sim, embedder) -> dict:
    """A goal of several clauses is judged as one text: their Docs merged (no new parse) and embedded."""
    from spacy.tokens import Doc

    multi = [g for t in groups for g in groups[t] if len(g) > 1]
    merged_docs = [Doc.from_docs([segments[i][3] for i in g]) for g in multi]
    if not merged_docs:
        return {}
    merged_vectors = embedder.encode([d.text for d in merged_docs])
    owners = [segments[g[0]][0] for g in multi]
    sims = [sim(t, v) for t, v in zip(owners, merged_vectors)]
    Xm, found_m = featurize(merged_docs, merged_vectors, sims)
    return {g[0]: (Xm[k], found_m[k], sims[k], merged_docs[k].text) for k, g in enumerate(multi)}


def _text_report(
    t: int, original: str, p, groups: list[list[int]], clauses: _Clauses, model: GoalModel, dimension: int
) -> GoalReport:
    """Text t's report: its first goal's judgement, with every goal in ``goals``; or why it has none."""
    goals = [_judge_group(t, p, g, clauses, model) for g in groups]
    if not goals:
        mine = [i for i, seg in enumerate(clauses.segments) if seg[0] == t]
        best = max(mine, key=lambda i: clauses.goal_prob[i]) if mine else None
        feats = dict(zip(FEATURE_NAMES, clauses.X[best, dimension:])) if best is not None else {}
        return not_goal_report(
            original,
            p.offset,
            p.offset + len(p.text),
            float(clauses.goal_prob[best]) if best is not None else 0.0,
            why_not_goal(feats),
            p.warnings,
        )
    top = goals[0]
    warnings = list(p.warnings)
    if len(p.text) > LONG_GOAL_CHARS:
        warnings.append(
            f"This is a long text ({len(p.text):,} characters) for a goal: {len(goals)} goal "
            f"statement{'s' if len(goals) != 1 else ''} found and judged one by one. A goal is "
            f"usually one or two sentences."
        )
    return GoalReport(
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


def _judge_group(t: int, p, group: list[int], clauses: _Clauses, model: GoalModel) -> GoalReport:
    """One goal of text t: its clause, or its clauses judged as one text."""
    first = group[0]
    if len(group) > 1:
        row, found, similarity, judged_text = clauses.merged[first]
    else:
        row, found = clauses.X[first], clauses.found[first]
        similarity = clauses.similarity(t, clauses.vectors[first])
        judged_text = clauses.segments[first][3].text
    start, end = clauses.segments[first][1], clauses.segments[group[-1]][2]
    return judge_goal(
        p, start, end, row, found, similarity, float(clauses.goal_prob[first]), model, judged_text
    )
