"""Batch scoring of a program's sessions with the existing analyzers, resumable and incremental.

Sessions stream from the store in chunks (memory flat in the number of sessions). For a chunk,
every text (notes; goal column; feedback column) is parsed by spaCy in one ``parse`` call, every
sentence is embedded once (the guessed sentences while spaCy parses, the rest after), and the
analyzers' ``*_from_docs`` functions read those Docs and vectors: notes -> feedback, questions,
actions and goals; the goal column -> goals; the feedback column -> feedback. Results go to the
store per session (counts) and per unit (sentence, goal, question, action, with masked text and
evidence), and each chunk is committed, so an interrupted run resumes where it stopped. A session
is scored again when its content changed or when ``analyzer_version()`` differs.

Example:
    >>> summary = score_pending(open_store())            # doctest: +SKIP
    >>> summary.scored, summary.analyzer_version          # doctest: +SKIP
    (618, 'program-1+feedback-1+questions-1+goals-1+actions-1+int8')
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import sqlalchemy as sa

from coach.errors import InputError
from coach.program.types import CRITERIA
from coach.types import DocsContext

SCORING_VERSION = "program-41"  # 41: writer L's notes: the writer's or a named mentee's words about themselves, reported, are no feedback; a sentence's subject is found inside the sentence; "doing great" is no trait word; reported "where" questions about where a view comes from or helps are open, "asking each member what…" is reported, "which floor and which flat" is no question; more ways a note says the mentee writes it; a "You:" line is for the one spoken to; "Dean's goal, written on his card, is to …", "What she wants: …" and the answer to "What's your goal…?" state goals; estimates calibrated on nine writers; 40: a task keeps how long the deed lasts ("shadow the team for two days"), the question an errand asks ("ping Dana to ask when applications close") and brackets about its object that close the item ("(school exclusions data)"); "approx." and other short forms end no sentence; a perfect ("I have told him…"), what "it" will do and "Note to self" are no items; "You book … next week" and "Book forklift refresher before 1 Sept." are; 39: a header word is a name only when the tagger reads a proper noun or a person ("Development mentoring – FF Tomasz Wójcik"); with no names in the header, the person the notes keep naming owns their tasks as the mentee; a chat export's time stamp goes with the speaker's label ("[10:05] Rhea Kapoor: …"); a question with no commitment and "thank you" are no action items; a short labelled goal line ("Goal: get better at Excel") is a goal, not a heading or a task; "ask Denise if the home will pay for it" keeps what is asked; a hand-over with no object or a bare plural ("… and send to Helen", "… send photos to Claudette") and a report back ("… and tell me what she found", "… talk me through it", "… get it to me") stay in the task; ranks and offices ("Sgt.", "Insp.", "Cllr.") end neither a sentence nor a task, "re:" does not end a task, an aside in brackets the task goes on after stays in it; writers J's and K's notes: a line labelled "Tip:", "Suggestion from …:", "Development:" or "Strength:" is behaviour feedback; "he ask me how…" (no past tense), "asked me straight out why…" and quoted reported questions are judged by what was asked; "Can I ask something?" is no question yet; bracketed and bold chat labels ("[Mentee]", "**Dana:**") are labels; a reflection form's prompts ("What are your goals?", "What will you do before the next session?") head goals and tasks and are no questions; an "Actions:" heading names no owner; estimates calibrated on eight writers; 38: advice recorded as advice ("Her advice: …", "I suggested he …") is behaviour feedback, not a task, unless the sentence says it was taken on; 37: "book the room and email the agenda" is two items, "ask X for a reference letter" keeps what is asked for; 36: a task keeps a hand-over with its own object and recipient ("… and send me the link"), a date inside its object ("the 18 June study day") and a "by" that is not a deadline ("posts by other leaders"); 35: "i need to: X, Y" is the writer's own to-do list; 34: writer I's notes: a questions heading without its colon, the writer's own questions ("Question for myself:", a thing asked about and answered), requests put as questions and template fields are read as the guide says; every item under a goals heading or after a goal label is a goal however vague; "Mentee: / Mentor:" header fields say whose initials own an action; estimates calibrated on six writers; 33: a planned "Next time: ask how…" is judged by what it asks, "share it with me" is the owner's deed alone, "in what way?" at the end of a question and "where does that leave you" ask for an account; 32: the writer's own hedged view of themselves ("I think I'm just awkward") is no feedback; someone's judgement of another person, reported ("the lead said Priya handled it calmly"), is judged by its content; 31: questions, goals and action items in notes as writer G writes them (chat exports' labels, quoted, planned and asked-and-answered questions, rhetorical ones and quoted titles no questions, elliptical ones by what they ask for; a mentee's words about themselves in their turn are not feedback; a question put to the mentee is no action item; goal labels inside a paragraph); 30: "She told me she…" is the speaker's own words; 29: a listed "- Me: send him…" is the writer's own task, not feedback; 28: in a mentee's notes, "She said my margins were clean" is feedback the writer received, judged by its content; 27: a task keeps its hand-over ("… and send it to me") and what it is about ("… from the neuro caseload"), ends where another subject's deed starts; note heads learnt from writers C and F; 26: questions in notes as writer F reports them ("asked him y…", "by asking everyone when…, and how…"), and the writer's own questions, closing requests, tentative answers and "### …?" headings are not questions of the session; 25: "I asked her about the move" is a reported open question; 24: items of a "what we covered:" list, the writer weighing a decision ("shld i put him fwd??"), a "When the … " statement and "say why" in a chain of advice are not questions of the session; 23: a note line that only says "Good morning!" or "Many thanks!" is a greeting, as "Hi Sam," was; 22: "fill it in" and a "Catch-up with …" heading are not requests for an account; 21: reported questions found in phone spelling ("asked wht…"), to "you" or a group, and as yes/no ("asked him isnt it…"); 20: the safety guard binds topic talk to the harm words; 19: "Goal (his):" and "Goal for the concert on 5 April:" lines are labelled goals; 18: "you were late twice" is behaviour too; 17: a bare imperative with nobody taking it on and no date is advice, not an action item; 16: an infinitive of purpose (", to earn more for her family") makes a goal relevant; 15: "share" asks a question only when it asks for an account; 14: being late, early or absent is evidence of behaviour; 13: a trait label in a note is reworded with the account the note gives beside it; 12: advice to keep a habit ("report every defect the same day") is not an action item; a task logged under a name ("Samira: …") is; 11: a goal stated in a note is judged without the words that report it ("He wants to | …"), two goals in a sentence apart; 10: sentences of a note judged by the feedback heads that learnt from whole notes, and a goal needs its word of intention in its own sentence; 9: a question word at the end of a statement ("the plan is what?") read as asked, tasks run past titles and initials ("ask Dr. Okafor"); 8: each unit's probabilities summed per session for the estimates and their intervals; 7: one note path with the review (stated goals win over tasks); 6: hints scrubbed of every name in the note, pronouns never masked; 2: names scrubbed from stored reasons and hints; 3: heads retrained on one-sentence-per-run int8 vectors, proper-noun names masked; 4: heads retrained on the statically quantized (calibrated) int8 model; 5: back to the one-sentence-per-run int8 model (static was no faster)
MAX_CELL_CHARS = 200_000


def _module_version(module: str) -> str:
    """A module's ``ANALYZER_VERSION`` read from its source, without importing it (the analyzers'
    imports pull in numpy, spaCy and the heads: seconds a dashboard should not wait for)."""
    import ast
    import importlib.machinery
    import importlib.util

    # find_spec(module) would import the module's package, and an analyzer's package imports the
    # whole analyzer: only the package is found (its own packages imported), the module by its path.
    package = module.rpartition(".")[0]
    spec = importlib.machinery.PathFinder.find_spec(
        module, importlib.util.find_spec(package).submodule_search_locations
    )
    if spec is not None and spec.origin and spec.origin.endswith(".py"):
        with open(spec.origin, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "ANALYZER_VERSION" for t in node.targets)
                and isinstance(node.value, ast.Constant)
            ):
                return str(node.value.value)
    return str(importlib.import_module(module).ANALYZER_VERSION)


@functools.lru_cache(maxsize=1)
def _versions() -> tuple[str, ...]:
    from coach.program.estimate import calibration

    return (
        *(
            _module_version(m)
            for m in (
                "coach.analyzers.feedback.model",
                "coach.analyzers.questions.model",
                "coach.analyzers.goals.model",
                "coach.analyzers.actions.results",
            )
        ),
        f"estimates-{calibration().get('version', 0)}",
    )


def describe_version(version: str | None) -> str:
    """An analyzer version in plain words, for a page or a report.

    Example:
        >>> describe_version("program-7+feedback-1+questions-1+goals-1+actions-1+int8")
        'scored by the analyzers of scoring version 7 (feedback 1, questions 1, goals 1, actions 1; int8 sentence vectors)'
    """
    if not version:
        return "not scored yet"
    parts = version.split("+")
    head = parts[0].removeprefix("program-")
    names = [p.rsplit("-", 1) for p in parts[1:-1] if "-" in p]
    vectors = parts[-1] if len(parts) > 1 else ""
    vectors = (vectors.replace("-l", ", first ") + " layers") if "-l" in vectors else vectors
    inner = ", ".join(f"{n} {v}" for n, v in names)
    return f"scored by the analyzers of scoring version {head}" + (
        f" ({inner}; {vectors} sentence vectors)" if inner else ""
    )


def analyzer_version() -> str:
    """The combined version of every analyzer scoring uses (and the sentence embedder's weights).

    Example:
        >>> analyzer_version().startswith("program-")
        True
    """
    from coach.settings import get_settings

    settings = get_settings()
    layers = f"-l{settings.sentence_embedder_layers}" if settings.sentence_embedder_layers else ""
    return "+".join([SCORING_VERSION, *_versions(), settings.sentence_embedder_quantization + layers])


@dataclass
class ScoringSummary:
    """What a scoring run did. ``skipped``: sessions with no text to analyse (stored as scored, empty)."""

    scored: int = 0
    skipped: int = 0
    total: int = 0
    seconds: float = 0.0
    analyzer_version: str = ""
    sentences: int = 0
    stopped: bool = False  # should_stop asked to stop; the rest is scored next time
    # Where the time went, in seconds: parse (spaCy), embed (waiting for the embedder after the parse),
    # analyze (the analyzers' rules and heads), mask (names), db (reading and writing the store).
    timings: dict[str, float] = field(default_factory=dict)
    # On Ray: one entry per worker (node, chunks, sessions, sentences, busy seconds); empty in-process.
    workers: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def add(self, chunk: ChunkResult) -> None:
        self.scored += chunk.scored
        self.skipped += chunk.skipped
        self.sentences += chunk.sentences


def _pending(version: str):
    """The sessions table joined to its scores, and the condition of a session still to score:
    new, changed since it was scored, or scored by another analyzer version."""
    from coach.program.schema import session_scores as sc
    from coach.program.schema import sessions as s

    return (
        s.outerjoin(sc, sc.c.session_pk == s.c.pk),
        sa.or_(
            sc.c.session_pk.is_(None), sc.c.content_hash != s.c.content_hash, sc.c.analyzer_version != version
        ),
    )


def count_pending(store, version: str | None = None) -> int:
    """Sessions new, changed, or scored by another analyzer version."""
    joined, pending = _pending(version or analyzer_version())
    query = sa.select(sa.func.count()).select_from(joined).where(pending)
    with store.engine.connect() as conn:
        return conn.execute(query).scalar_one()


def _known_names(store):
    from coach.program.privacy import known_names_pattern
    from coach.program.schema import sessions

    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(sessions.c.mentor, sessions.c.mentee).distinct()).all()
    return known_names_pattern({n for row in rows for n in row})


def _evidence(
    items, unit_start: int, masked: list[tuple[int, int]], unit_len: int, prefix: str = ""
) -> list[dict]:
    """Evidence spans as offsets into the unit's masked text; words inside a masked name are not shown."""
    from coach.program.privacy import shift_offset

    out = []
    for e in items:
        s, t = e.start - unit_start, e.end - unit_start
        if s < 0 or t > unit_len or t <= s:
            continue
        ms, mt = shift_offset(s, masked), shift_offset(t, masked, end=True)
        out.append({"start": ms, "end": mt, "text": None, "reason": prefix + e.reason})
    return out


class _Texts:
    """The texts of a chunk, each with where it came from."""

    def __init__(self):
        self.items: list[tuple[int, str, str, int]] = []  # (session index, source, prepared text, offset)

    def add(self, index: int, source: str, value: str | None) -> None:
        from coach.program.ingest import is_placeholder
        from coach.text.textcheck import prepare_text

        if is_placeholder(value):
            return
        try:
            prepared = prepare_text(value, max_chars=MAX_CELL_CHARS, what=source)
        except InputError:
            return  # binary or empty after cleaning: nothing to analyse
        self.items.append((index, source, prepared.text, prepared.offset))


def _unit(
    session_pk,
    kind,
    label,
    source,
    start,
    end,
    score,
    cell,
    doc_offset,
    people,
    pattern,
    evidence,
    data,
    names: set[str],
):
    """A stored unit: its text masked (``people``: the note's ``PersonSpans``), and its evidence reasons and hint scrubbed of ``names``, every
    name masked anywhere in the note (``note_names``): a hint quotes the note (an addressee, an owner, an
    antecedent from another sentence), so the unit's own masked words are not enough."""
    from coach.program.privacy import apply_mask, scrub_names

    text = cell[start:end]
    spans = [
        (max(s + doc_offset, start) - start, min(e + doc_offset, end) - start)
        for s, e in people.within(start - doc_offset, end - doc_offset)
    ]
    if pattern is not None:
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    masked_text, masked = apply_mask(text, spans)
    names = names | {text[s:e] for s, e in masked}
    ev = _evidence(evidence, start, masked, len(text))
    for item in ev:
        item["text"] = masked_text[item["start"] : item["end"]]
        item["reason"] = scrub_names(item["reason"], names, pattern)
    data = {
        k: scrub_names(v, names, pattern) if k == "hint" and isinstance(v, str) else v
        for k, v in data.items()
    }
    return {
        "session_pk": session_pk,
        "kind": kind,
        "label": label,
        "source": source,
        "start": start,
        "end": end,
        "score": None if score is None else float(score),
        "text": masked_text,
        "data": json.dumps({"evidence": ev, **data}, ensure_ascii=False),
    }


def _parse_and_embed(items, timings: dict[str, float]):
    """The chunk's one parse, its sentence units, and a vector for every sentence the analyzers ask for:
    (Docs, each text's segments, vectors). Goal-column texts are judged whole, so they have no segments."""
    import numpy as np

    from coach.analyzers.feedback import guess_sentences
    from coach.models.loading import TextVectors, get_sentence_embedder
    from coach.text.nlp import parse
    from coach.text.segment import segments

    embedder = get_sentence_embedder()
    sentence_texts = [t for (_, source, t, _) in items if source != "goal"]
    guesses = sorted({g for t in sentence_texts for g in guess_sentences(t)})
    pending = embedder.encode_beside(guesses)  # embeds on the other core while spaCy parses
    started = time.perf_counter()
    docs = parse([t for (_, _, t, _) in items]) if items else []  # the chunk's one parse
    timings["parse"] = timings.get("parse", 0.0) + time.perf_counter() - started
    started = time.perf_counter()
    known = set(guesses)
    segs = [segments(d) if items[k][1] != "goal" else [] for k, d in enumerate(docs)]
    missing = sorted({t for ss in segs for seg in ss for t in (seg.text, seg.span.text) if t not in known})
    vectors_now = pending()
    extra = embedder.encode(missing) if missing else np.zeros((0, embedder.dimension), dtype=np.float32)
    vectors = TextVectors(
        embedder.model_id,
        zip(
            guesses + missing,
            np.vstack(
                [np.asarray(vectors_now, dtype=np.float32).reshape(len(guesses), embedder.dimension), extra]
            ),
        ),
    )
    timings["embed"] = timings.get("embed", 0.0) + time.perf_counter() - started
    return docs, segs, vectors


def _feedback_units(feedback, unit, counts: dict, tally) -> list[dict]:
    """A unit per feedback sentence, counted by focus, actionable and specific."""
    from coach.program.estimate import feedback_probabilities

    out = []
    for f in feedback:
        for name, p in feedback_probabilities(f).items():
            tally.add(name, p)
        counts["feedback_sentences"] += 1
        counts[f.focus] += 1
        counts["actionable"] += bool(f.actionable)
        counts["specific"] += bool(f.specific)
        out.append(
            unit(
                "feedback",
                f.focus,
                f.start,
                f.end,
                f.scores.get(f.focus),
                f.evidence,
                {
                    "actionable": f.actionable,
                    "specific": f.specific,
                    "scores": f.scores,
                    "actionable_score": f.actionable_score,
                    "specific_score": f.specific_score,
                    "hint": f.suggestion if f.focus == "personality" else None,
                },
            )
        )
    return out


def _question_units(questions, unit, counts: dict, tally) -> list[dict]:
    """A unit per question asked, counted open or closed."""
    from coach.program.estimate import open_probability

    out = []
    for q in questions:
        tally.add("open", open_probability(q))
        counts["questions"] += 1
        counts["open_questions"] += q.label == "open"
        out.append(
            unit(
                "question",
                q.label,
                q.start,
                q.end,
                q.score,
                q.evidence,
                {
                    "leading": q.leading,
                    "leading_score": q.leading_score,
                    "question_score": q.question_score,
                    "hint": q.suggestion,
                },
            )
        )
    return out


def _action_units(actions, unit, counts: dict, tally) -> list[dict]:
    """A unit per action item, labelled by its owner."""
    out = []
    for a in actions:
        tally.add_count("actions", 1)
        counts["actions"] += 1
        out.append(
            unit(
                "action",
                a.owner if a.owner in ("mentee", "mentor", "both") else "action",
                a.start,
                a.end,
                a.score,
                a.evidence,
                {"due": a.due, "hint": None},
            )
        )
    return out


def _goal_units(goals, unit, counts: dict, tally) -> list[dict]:
    """A unit per goal, with its SMART criteria met and the evidence of each."""
    out = []
    for g in goals:
        counts["goals"] += 1
        counts["smart_sum"] += int(g.smart_score)
        met = {c: bool(g.criteria[c].met) for c in CRITERIA if c in g.criteria}
        for c in CRITERIA:
            probability = float(g.criteria[c].score) if c in g.criteria else 0.0
            tally.add(f"{c}_met", probability)
            tally.add("smart", probability, calibrate_as=f"{c}_met")
        for c, ok in met.items():
            counts[f"{c}_met"] += ok
        evidence = [e for c in CRITERIA if c in g.criteria for e in _with_reason(g.criteria[c].evidence, c)]
        unmet = [c for c in CRITERIA if not met.get(c)]
        out.append(
            unit(
                "goal",
                f"{int(g.smart_score)}/5",
                g.start,
                g.end,
                g.is_goal_score,
                evidence,
                {
                    "criteria": met,
                    "criteria_scores": {
                        c: round(float(g.criteria[c].score), 4) for c in CRITERIA if c in g.criteria
                    },
                    "hint": ("not yet " + ", ".join(c.replace("_", "-") for c in unmet)) if unmet else None,
                },
            )
        )
    return out


def _text_units(row, item, doc, text_segments, found, pattern, counts: dict, tally) -> list[dict]:
    """The units of one text of a session (its notes, goal or feedback column), masked, in the order
    feedback, questions, actions, goals; ``counts`` and ``tally`` take the session's share of them."""
    from coach.program.privacy import PersonSpans, note_names

    _, source, _, offset = item
    cell = {"notes": row.notes, "goal": row.goal, "feedback": row.feedback}[source] or ""
    people = PersonSpans(doc)  # the note's names, found once for all its units
    names = note_names(doc, pattern, people)
    counts["sentences"] += len(text_segments) if source != "goal" else 1

    def unit(kind, label, start, end, score, evidence, data):
        return _unit(
            row.pk,
            kind,
            label,
            source,
            start,
            end,
            score,
            cell,
            offset,
            people,
            pattern,
            evidence,
            data,
            names,
        )

    return (
        _feedback_units(found.feedback, unit, counts, tally)
        + _question_units(found.questions, unit, counts, tally)
        + _action_units(found.actions, unit, counts, tally)
        + _goal_units(found.goals, unit, counts, tally)
    )


def _score_row(row, counts: dict, tally, has_text: bool, now: dt.datetime) -> dict:
    """A session's stored score: its counts, and a summary of its shares and estimate sums."""
    fb, ng, nq = counts["feedback_sentences"], counts["goals"], counts["questions"]
    # The session's own shares, for a reader of the store; the dashboards sum the counts instead.
    summary = {
        "no_text": not has_text,
        "personality_share": round(counts["personality"] / fb, 4) if fb else None,
        "actionable_share": round(counts["actionable"] / fb, 4) if fb else None,
        "specific_share": round(counts["specific"] / fb, 4) if fb else None,
        "mean_smart": round(counts["smart_sum"] / ng, 3) if ng else None,
        "open_ratio": round(counts["open_questions"] / nq, 3) if nq else None,
        # Sums of the units' probabilities (and of p(1-p)) behind the program's estimates.
        "estimates": tally.as_dict(),
    }
    return {
        "session_pk": row.pk,
        "content_hash": row.content_hash,
        "scored_at": now,
        "has_text": has_text,
        **counts,
        "summary": json.dumps(summary),
    }


def _score_chunk(rows, pattern, timings: dict[str, float]) -> tuple[list[dict], list[dict], int]:
    """Analyse one chunk of sessions: (score rows, unit rows, sentences).

    What every way of scoring runs, in this process or on a Ray worker (``score_sessions``).
    """
    from coach.program.estimate import UnitTally
    from coach.program.schema import COUNT_COLUMNS
    from coach.workflows.notes import ANALYSES, analyze_docs

    texts = _Texts()
    for i, row in enumerate(rows):
        texts.add(i, "notes", row.notes)
        texts.add(i, "goal", row.goal)
        texts.add(i, "feedback", row.feedback)
    items = texts.items
    docs, segs, vectors = _parse_and_embed(items, timings)
    sentences = sum(len(s) for s in segs) + sum(1 for it in items if it[1] == "goal")

    started = time.perf_counter()
    # The review's own note path: a program's notes get every analysis, its goal column the goal
    # analyzer only, its feedback column the feedback analyzer only.
    only = {"notes": ANALYSES, "goal": ("goals",), "feedback": ("feedback",)}
    context = DocsContext(
        offsets=[it[3] for it in items], session_dates=[rows[it[0]].date for it in items], vectors=vectors
    )
    found = analyze_docs(docs, context, kinds=[only[it[1]] for it in items])
    timings["analyze"] = timings.get("analyze", 0.0) + time.perf_counter() - started

    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    scores, unit_rows = [], []
    per_session: dict[int, list[int]] = {}
    for k, it in enumerate(items):
        per_session.setdefault(it[0], []).append(k)
    for i, row in enumerate(rows):
        counts = dict.fromkeys(COUNT_COLUMNS, 0)
        tally = UnitTally()
        for k in per_session.get(i, []):
            unit_rows += _text_units(row, items[k], docs[k], segs[k], found[k], pattern, counts, tally)
        scores.append(_score_row(row, counts, tally, bool(per_session.get(i)), now))
    timings["mask"] = timings.get("mask", 0.0) + time.perf_counter() - started
    return scores, unit_rows, sentences


def _with_reason(evidence, criterion: str):
    from coach.types import Evidence

    return [Evidence(e.start, e.end, e.text, f"{criterion.replace('_', '-')}: {e.reason}") for e in evidence]


def _forget_docs() -> None:
    """Drop the sentence memo of coach.text.segment once a chunk is stored.

    The memo now lets a Doc go when nothing else holds it (it used to keep every Doc alive: memory
    grew ~150 MB per 1,000 sessions); emptying it per chunk also frees it at once, and it only
    saves work within one chunk's analyzers anyway.
    """
    from coach.text import segment

    cache = getattr(segment, "_cache", None)
    if cache is not None:
        cache.clear()


def pending_keys(store, version: str) -> list[int]:
    """The primary keys of the sessions new, changed, or scored by another analyzer version, in order.

    Example:
        >>> pending_keys(store, analyzer_version())[:3]                         # doctest: +SKIP
        [1, 2, 3]
    """
    from coach.program.schema import sessions as s

    joined, pending = _pending(version)
    query = sa.select(s.c.pk).select_from(joined).where(pending).order_by(s.c.pk)
    with store.engine.connect() as conn:
        return list(conn.execute(query).scalars())


@dataclass
class ChunkResult:
    """What scoring one chunk stored: sessions with text, sessions without, sentences analysed."""

    scored: int = 0
    skipped: int = 0
    sentences: int = 0


def score_sessions(store, keys: list[int], version: str, pattern, timings: dict[str, float]) -> ChunkResult:
    """Score the sessions ``keys`` that are still pending and store them in one transaction.

    The one chunk step of every way of scoring (in this process or on a Ray worker): a session
    already scored by ``version`` since the chunk was handed out is left alone, and a chunk scored
    twice (a worker killed after its commit) writes the same rows again, never a second copy.
    """
    from coach.program.schema import session_scores, sessions, units

    t0 = time.perf_counter()
    s = sessions
    joined, pending = _pending(version)
    query = (
        sa.select(s.c.pk, s.c.date, s.c.notes, s.c.goal, s.c.feedback, s.c.has_text, s.c.content_hash)
        .select_from(joined)
        .where(s.c.pk.in_(keys), pending)
        .order_by(s.c.pk)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    timings["db"] = timings.get("db", 0.0) + time.perf_counter() - t0
    if not rows:
        return ChunkResult()
    scores, unit_rows, sentences = _score_chunk(rows, pattern, timings)
    t0 = time.perf_counter()
    pks = [r.pk for r in rows]
    with (
        store.engine.begin() as conn
    ):  # one chunk, one commit: Ctrl-C or a lost worker loses at most this chunk
        conn.execute(units.delete().where(units.c.session_pk.in_(pks)))
        conn.execute(session_scores.delete().where(session_scores.c.session_pk.in_(pks)))
        conn.execute(session_scores.insert(), [row | {"analyzer_version": version} for row in scores])
        if unit_rows:
            conn.execute(units.insert(), unit_rows)
    timings["db"] += time.perf_counter() - t0
    _forget_docs()
    return ChunkResult(
        scored=sum(1 for row in scores if row["has_text"]),
        skipped=sum(1 for row in scores if not row["has_text"]),
        sentences=sentences,
    )


def chunks_of(keys: list[int], chunk_size: int) -> list[list[int]]:
    """``keys`` cut into chunks of ``chunk_size``.

    Example:
        >>> chunks_of([1, 2, 3, 4, 5], 2)
        [[1, 2], [3, 4], [5]]
    """
    if chunk_size < 1:
        raise InputError("chunk_size must be at least 1")
    return [keys[i : i + chunk_size] for i in range(0, len(keys), chunk_size)]


def score_pending(
    store,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    chunk_size: int = 64,
) -> ScoringSummary:
    """Score, in this process, every session that is new, changed, or scored by an older analyzer version.

    ``progress(done, total)`` is called after each committed chunk; ``should_stop()`` is asked
    between chunks (the work done so far stays committed, and the next run resumes).
    ``coach.program.distributed.score_on_ray`` does the same on a Ray cluster.

    Example:
        >>> score_pending(store, progress=lambda d, t: print(d, "/", t)).scored     # doctest: +SKIP
        618
    """
    started = time.perf_counter()
    version = analyzer_version()
    summary = ScoringSummary(analyzer_version=version)
    chunks = chunks_of(pending_keys(store, version), chunk_size)
    summary.total = sum(len(c) for c in chunks)
    timings = summary.timings
    if progress:
        progress(0, summary.total)
    pattern = _known_names(store) if chunks else None
    for keys in chunks:
        if should_stop and should_stop():
            summary.stopped = True
            break
        summary.add(score_sessions(store, keys, version, pattern, timings))
        if progress:
            progress(summary.scored + summary.skipped, summary.total)
    summary.seconds = time.perf_counter() - started
    for key in list(timings):
        timings[key] = round(timings[key], 2)
    return summary
