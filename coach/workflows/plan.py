"""Session planning: a timed agenda built from the knowledge base and the mentee's goals, with open
questions and a technique per item (each cited by entry id), SMART gaps turned into agenda points,
a checklist for the phase, and the mentor's own draft questions judged.

Composes the analyzers and retrieval; no model code of its own. The same request gives the same
plan. What only the mentor knows stays a marked placeholder.

Example:
    >>> plan = plan_session(PlanRequest(focus="my mentee keeps cancelling", phase="enabling_growth",
    ...                                 goals=["get better at presenting"], minutes=60))
    >>> sum(item.minutes for item in plan.agenda)
    60
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from coach.errors import InputError
from knowledge.schema import PHASES, RELATIONSHIPS

MIN_MINUTES, MAX_MINUTES = 5, 600
MAX_GOALS = 20
PLAN_VERSION = "plan-1"

GAP_POINTS = {
    "specific": "Pin down what goal {n} covers exactly: which skill, task or deliverable",
    "measurable": "Agree how progress on goal {n} will be measured",
    "achievable": "Check that goal {n} is in the mentee's control and realistic in the time",
    "relevant": "Talk through why goal {n} matters: the role, career step or team need it serves",
    "time_bound": "Agree a deadline or review date for goal {n}",
}
# What each phase's checklist covers, by the knowledge base's topics (guide §5).
PHASE_CHECKLIST = {
    "preparation": [
        "expectations",
        "boundaries",
        "confidentiality",
        "scheduling",
        "goal_setting",
        "matching",
    ],
    "negotiating": ["expectations", "goal_setting", "boundaries", "confidentiality", "scheduling", "trust"],
    "enabling_growth": ["progress_review", "feedback", "obstacles", "motivation", "reflection"],
    "closure": ["progress_review", "celebration", "reflection", "closure"],
}
RELATIONSHIP_TOPICS = {
    "reverse": ["power_dynamics", "trust"],
    "group": ["communication", "listening"],
    "peer": ["trust", "feedback"],
    "informal": ["expectations"],
    "formal": ["expectations"],
}
PHASE_QUERIES = {
    "preparation": "first meeting getting to know each other expectations ground rules confidentiality",
    "negotiating": "agree goals expectations how we will work together",
    "enabling_growth": "progress on goals obstacles learning since last time",
    "closure": "looking back on what was achieved celebrate what happens next ending the relationship",
}


@dataclass
class PlanRequest:
    """Where the relationship stands and what the mentor wants from the session."""

    focus: str = ""
    phase: str | None = None
    relationship: str = "formal"
    minutes: int = 60
    goals: list[str] = field(default_factory=list)
    previous: str | None = None  # last session's notes or open action items
    # Open action items already known (a mentee's workspace): carried as they are, not re-extracted.
    carried_actions: list[str] = field(default_factory=list)
    # What the last review suggested for next time, shown beside the carried items.
    reminders: list[str] = field(default_factory=list)
    draft_questions: list[str] = field(default_factory=list)
    meeting_number: int | None = None  # infers the phase when none is given
    planned_meetings: int | None = None


@dataclass
class Citation:
    id: str
    kind: str
    title: str
    text: str


@dataclass
class AgendaItem:
    key: str
    title: str
    minutes: int
    purpose: str
    questions: list[Citation] = field(default_factory=list)
    technique: Citation | None = None
    points: list[str] = field(default_factory=list)


@dataclass
class SessionPlan:
    phase: str
    phase_reason: str
    relationship: str
    minutes: int
    focus: str
    agenda: list[AgendaItem]
    goals: list[dict]
    checklist: list[Citation]
    draft_questions: list[dict]
    carried_actions: list[str]
    warnings: list[str] = field(default_factory=list)
    version: str = PLAN_VERSION
    # When the focus discloses harm (coach.analyzers.safety): what it discloses and the safeguarding playbook
    # that comes before anything else in the session.
    safeguarding: dict | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> SessionPlan:
        """The plan back from ``to_dict()`` (a saved plan), e.g. ``SessionPlan.from_dict(plan.to_dict()) == plan``."""

        def citation(c: dict | None) -> Citation | None:
            return Citation(**c) if c else None

        agenda = [
            AgendaItem(
                **{
                    **item,
                    "questions": [citation(q) for q in item["questions"]],
                    "technique": citation(item["technique"]),
                }
            )
            for item in data["agenda"]
        ]
        return cls(**{**data, "agenda": agenda, "checklist": [citation(c) for c in data["checklist"]]})

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_markdown(self) -> str:
        """The plan as Markdown, for notes apps and email."""
        from coach.workflows.plan_render import plan_markdown

        return plan_markdown(self)

    def to_html(self) -> str:
        """One printable, self-contained HTML page (no scripts, no external files)."""
        from coach.workflows.plan_render import plan_html

        return plan_html(self)


# -- building blocks -------------------------------------------------------------------------------
def infer_phase(meeting_number: int | None, planned_meetings: int | None) -> tuple[str, str]:
    """The phase from where the meeting falls in the relationship (first, early, middle, last)."""
    if not meeting_number:
        return "enabling_growth", "no phase or meeting number given: the middle of a relationship assumed"
    if meeting_number == 1:
        return "preparation", "the first meeting"
    if planned_meetings and planned_meetings > 1:
        share = meeting_number / planned_meetings
        if meeting_number >= planned_meetings or share >= 0.85:
            return "closure", f"meeting {meeting_number} of {planned_meetings}: near the end"
        if share <= 0.25:
            return "negotiating", f"meeting {meeting_number} of {planned_meetings}: early on"
        return "enabling_growth", f"meeting {meeting_number} of {planned_meetings}"
    if meeting_number <= 3:
        return "negotiating", f"meeting {meeting_number}: early on"
    return "enabling_growth", f"meeting {meeting_number}"


def allocate_minutes(weights: Sequence[float], total: int, minimum: int = 1) -> list[int]:
    """Whole minutes in proportion to the weights, each at least `minimum`, summing exactly to total.

    Example:
        >>> allocate_minutes([1, 1, 1], 10)
        [4, 3, 3]
    """
    if total < minimum * len(weights):
        raise InputError(f"{total} minutes cannot hold {len(weights)} agenda items.")
    raw = [total * w / sum(weights) for w in weights]
    whole = [max(minimum, int(r)) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - whole[i]), i))
    while sum(whole) < total:
        for i in order:
            if sum(whole) == total:
                break
            whole[i] += 1
    while sum(whole) > total:  # the minimums pushed it over: take from the items that can spare it
        i = max(
            (i for i in range(len(whole)) if whole[i] > minimum), key=lambda i: (whole[i] - raw[i], whole[i])
        )
        whole[i] -= 1
    return whole


def adjust_agenda(agenda: Sequence[AgendaItem], total: int, rows: Sequence[dict]) -> list[AgendaItem]:
    """Reorder, remove and retime agenda items while the timeboxes keep summing to the session length.

    ``rows`` lists the items to keep, in the new order, as ``{"key", "minutes"}``. Items whose
    minutes the mentor changed keep them; the others share what is left in proportion to their
    previous length. Raises InputError when the changed times leave no room for the rest.

    Example:
        >>> items = [AgendaItem("a", "A", 10, ""), AgendaItem("b", "B", 20, ""), AgendaItem("c", "C", 30, "")]
        >>> [i.minutes for i in adjust_agenda(items, 60, [{"key": "c", "minutes": 30}, {"key": "a", "minutes": 20}])]
        [40, 20]
    """
    by_key = {item.key: item for item in agenda}
    kept = [dict(row) for row in rows if row.get("key") in by_key]
    if not kept:
        raise InputError("Keep at least one agenda item.")
    for row in kept:
        try:
            row["minutes"] = int(row["minutes"])
        except (TypeError, ValueError):
            raise InputError(
                f"The minutes for {by_key[row['key']].title!r} must be a whole number."
            ) from None
        if row["minutes"] < 1:
            raise InputError(f"Give {by_key[row['key']].title!r} at least one minute, or remove it.")
    fixed = [r for r in kept if r["minutes"] != by_key[r["key"]].minutes]
    flexible = [r for r in kept if r["minutes"] == by_key[r["key"]].minutes]
    room = total - sum(r["minutes"] for r in fixed)
    if flexible and room >= len(flexible):
        for row, minutes in zip(flexible, allocate_minutes([r["minutes"] for r in flexible], room)):
            row["minutes"] = minutes
    elif flexible or room != 0:
        if sum(r["minutes"] for r in fixed) > total - len(flexible):
            raise InputError(
                f"The times you set add up to {sum(r['minutes'] for r in fixed)} minutes, which leaves "
                f"no room in a {total}-minute session for the other items."
            )
        for row, minutes in zip(kept, allocate_minutes([r["minutes"] for r in kept], total)):
            row["minutes"] = minutes
    from dataclasses import replace

    return [replace(by_key[r["key"]], minutes=r["minutes"]) for r in kept]


def _clean_list(values: Sequence[object] | None, what: str) -> list[str]:
    out = []
    for value in values or []:
        if not isinstance(value, str):
            raise InputError(f"Each {what} must be text.")
        if value.strip():
            out.append(value.strip())
    return out


def _validate(request: PlanRequest) -> tuple[str, str, list[str]]:
    warnings = []
    if request.phase:
        phase = request.phase.strip().lower().replace("-", "_").replace(" ", "_")
        if phase not in PHASES:
            raise InputError(f"Unknown phase {request.phase!r}: choose from {', '.join(PHASES)}.")
        reason = "as given"
    else:
        phase, reason = infer_phase(request.meeting_number, request.planned_meetings)
    relationship = (request.relationship or "formal").strip().lower()
    if relationship not in RELATIONSHIPS:
        raise InputError(
            f"Unknown relationship {request.relationship!r}: choose from {', '.join(RELATIONSHIPS)}."
        )
    if not isinstance(request.minutes, int) or isinstance(request.minutes, bool):
        raise InputError("The length must be a whole number of minutes.")
    if not MIN_MINUTES <= request.minutes <= MAX_MINUTES:
        raise InputError(
            f"A session of {request.minutes} minutes is outside {MIN_MINUTES}–{MAX_MINUTES}: "
            f"give the length in minutes (e.g. 60)."
        )
    if request.minutes > 180:
        warnings.append(f"{request.minutes} minutes is a long session: consider breaks or splitting it.")
    if len(request.goals) > MAX_GOALS:
        raise InputError(
            f"{len(request.goals)} goals is more than one session can work on (at most {MAX_GOALS}); "
            f"pick the ones for this session."
        )
    return phase, reason, warnings


class _Picker:
    """Knowledge entries for the plan: fitting phase and relationship, never the same one twice."""

    def __init__(self, phase: str, relationship: str):
        from coach.workflows.suggest import get_index, make_filters

        self.index = get_index()
        self.make_filters = make_filters
        self.phase, self.relationship = phase, relationship
        self.used: set[str] = set()
        self.vectors: dict[str, object] = {}

    def prepare(self, queries: Sequence[str]) -> None:
        """Embed every query of the plan in one batched call."""
        todo = sorted({q for q in queries if q not in self.vectors})
        self.vectors.update(zip(todo, self.index.embedder.encode(todo)))

    def search(self, query: str, kind: str, k: int, topics: Sequence[str] = ()) -> list:
        # Questions and techniques are for the mentor to use; tips and pitfalls may be for either side.
        audience = "mentor" if kind in ("question", "technique") else None
        filters = self.make_filters(
            kind=kind,
            phase=self.phase,
            relationship=self.relationship,
            topic=list(topics) or None,
            audience=audience,
        )
        if query not in self.vectors:
            self.prepare([query])
        results = [
            r
            for r in self.index.search(
                query,
                k=k + len(self.used),
                filters=filters,
                diversify=False,
                query_vector=self.vectors[query],
            )
            if r.entry.id not in self.used
        ]
        if len(results) < k and topics:
            results += [
                r for r in self.search(query, kind, k) if r.entry.id not in {x.entry.id for x in results}
            ]
        return results[:k]

    def take(self, result) -> Citation:
        self.used.add(result.entry.id)
        e = result.entry
        return Citation(e.id, e.kind, e.title, e.text)


_open_verdicts: dict[str, bool] = {}
_verdict_lock = threading.Lock()


# A question in the mentor's own voice about themselves ("Where in this session did I jump to advice?")
# is for the mentor's reflection, not to ask the mentee.
_REFLECTIVE = re.compile(r"\b(?:I|I'm|I've|I'd|my|myself)\b")
_TO_THE_OTHER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def asks_the_mentee(text: str) -> bool:
    """Whether a question is one to ask the mentee, not one for the mentor's own reflection.

    Example:
        >>> asks_the_mentee("What would success look like for you?"), asks_the_mentee("Where did I talk too much?")
        (True, False)
    """
    return bool(_TO_THE_OTHER.search(text)) or not _REFLECTIVE.search(text)


def _open_only(candidates: list, count: int) -> list:
    """Keep the candidates our own question analyzer judges open and not leading.

    The knowledge base does not change while the process runs, so each entry is judged once.
    """
    from coach.analyzers.questions import analyze_questions_many

    with _verdict_lock:
        todo = [r.entry for r in candidates if r.entry.id not in _open_verdicts]
        if todo:
            from coach.workflows.suggest import get_knowledge_base

            # Judge every question entry of the knowledge base in one batch the first time.
            every = {e.id: e for e in get_knowledge_base().entries if e.kind == "question"} | {
                e.id: e for e in todo
            }
            entries = [e for e in every.values() if e.id not in _open_verdicts]
            for entry, report in zip(entries, analyze_questions_many([e.text for e in entries])):
                _open_verdicts[entry.id] = bool(report.questions) and all(
                    q.label == "open" and not q.leading for q in report.questions
                )
    return [r for r in candidates if _open_verdicts[r.entry.id] and asks_the_mentee(r.entry.text)][:count]


def _judge_goals(goals: list[str]) -> tuple[list[dict], list[str]]:
    """Each goal judged SMART: (a row per goal for the plan, the points the goal work should cover)."""
    from coach.analyzers.goals import analyze_goals

    goal_reports = analyze_goals(goals) if goals else []
    goal_rows, gap_points = [], []
    for n, (text, report) in enumerate(zip(goals, goal_reports), 1):
        if report.error or not report.is_goal:
            gap_points.append(
                f"Goal {n}, “{text}”, does not read as a goal yet ({report.reason or report.error}): "
                f"turn it into one together"
            )
            goal_rows.append(
                {
                    "number": n,
                    "text": text,
                    "is_goal": False,
                    "smart_score": 0,
                    "unmet": [],
                    "reason": report.reason or report.error,
                }
            )
            continue
        unmet = [c for c, r in report.criteria.items() if not r.met]
        # The goal's own words first, so the mentor sees which goal each gap belongs to.
        gap_points.append(
            f"Goal {n}: “{text}” (SMART {report.smart_score}/5)"
            + (f"; a wording to agree together: {report.rewrite}" if report.rewrite else "")
        )
        gap_points += [GAP_POINTS[c].format(n=n) for c in unmet]
        goal_rows.append(
            {
                "number": n,
                "text": text,
                "is_goal": True,
                "smart_score": report.smart_score,
                "unmet": unmet,
                "rewrite": report.rewrite,
            }
        )
    return goal_rows, gap_points


def _agenda_shape(phase: str, focus: str, goals: list[str], looking_back: bool) -> list[tuple]:
    """The agenda's items for the phase, as (key, title, weight, purpose, query, topics); ``looking_back``
    when there are carried action items or reminders to review."""
    shape = [
        (
            "check_in",
            "Check-in",
            1.0,
            "Reconnect and hear how things have been since you last met.",
            "check in how have things been since we last met",
            ["wellbeing", "reflection", "communication"],
        )
    ]
    if phase == "preparation":
        shape.append(
            (
                "ground_rules",
                "Expectations and ground rules",
                2.0,
                "Agree what each of you expects, how often and how you will meet, and what stays confidential.",
                PHASE_QUERIES[phase],
                ["expectations", "boundaries", "confidentiality", "scheduling"],
            )
        )
    elif looking_back or phase in ("enabling_growth", "closure"):
        shape.append(
            (
                "review",
                "Review of last actions",
                1.5,
                "Go through what was agreed last time: what got done, what got in the way.",
                "review progress on the actions agreed last time what got in the way",
                ["progress_review", "obstacles"],
            )
        )
    main_query = focus or PHASE_QUERIES[phase]
    shape.append(
        (
            "main",
            focus[:80] if focus else "Main topic",
            3.0,
            "What is on your mind for this session"
            + (f": {focus}" if focus else " [add the topic you want to cover]."),
            main_query,
            [],
        )
    )
    if goals or phase in ("preparation", "negotiating"):
        shape.append(
            (
                "goals",
                "Goal work",
                2.0 if goals else 1.5,
                "Work on the mentee's goals: close the SMART gaps below."
                if goals
                else "Shape the mentee's first goals together.",
                "goal setting measure progress " + " ".join(goals)[:300],
                ["goal_setting", "progress_review"],
            )
        )
    if phase == "closure":
        shape.append(
            (
                "celebrate",
                "Celebrate and look ahead",
                1.5,
                "Name what was achieved and agree what happens next.",
                PHASE_QUERIES[phase],
                ["celebration", "closure", "reflection"],
            )
        )
    shape.append(
        (
            "close",
            "Next steps and close",
            1.0,
            "Agree who does what by when, and how the session felt.",
            "next steps agree actions summary of the session",
            ["progress_review", "reflection"],
        )
    )
    return shape


def _questions_and_techniques(
    picker: _Picker, shape: list[tuple], minutes: list[int], session_minutes: int
) -> dict[str, tuple[list[Citation], Citation | None]]:
    """For each agenda item: the open questions to ask and a technique (for the longer items and the
    main topic), no entry twice in the plan."""
    # Candidate questions for every item, each judged open by our own question analyzer.
    candidates = {key: picker.search(query, "question", 8, topics) for key, _, _, _, query, topics in shape}
    per_item = max(2, min(4, 2 + session_minutes // 45))
    # The main topic chooses first, so the entries closest to the mentor's focus land there.
    priority = {
        "main": 0,
        "goals": 1,
        "review": 2,
        "ground_rules": 2,
        "celebrate": 2,
        "check_in": 3,
        "close": 4,
    }
    chosen_for: dict[str, tuple[list[Citation], Citation | None]] = {}
    for (key, _title, _, _purpose, query, topics), mins in sorted(
        zip(shape, minutes), key=lambda x: priority[x[0][0]]
    ):
        pool = [r for r in candidates[key] if r.entry.id not in picker.used]
        chosen = [picker.take(r) for r in _open_only(pool, per_item if mins >= 8 else 2)]
        if len(chosen) < 2:
            more = [r for r in picker.search(query, "question", 12) if r.entry.id not in picker.used]
            chosen += [picker.take(r) for r in _open_only(more, 2 - len(chosen))]
        technique = None
        if mins >= 8 or key == "main":
            found = picker.search(query, "technique", 1, topics) or picker.search(query, "technique", 1)
            technique = picker.take(found[0]) if found else None
        chosen_for[key] = (chosen, technique)
    return chosen_for


def _checklist(picker: _Picker, topics: list[str], roles_query: str | None) -> list[Citation]:
    """The best tip or pitfall for each of the phase's and relationship's topics, and (``roles_query``)
    a tip on the mentor's roles."""
    checklist = []
    for topic in topics:
        found = [
            r for kind in ("tip", "pitfall") for r in picker.search(topic.replace("_", " "), kind, 1, [topic])
        ]
        if found:
            checklist.append(picker.take(max(found, key=lambda r: r.score)))
    if roles_query:
        roles = picker.search(roles_query, "tip", 1)
        if roles:
            checklist.append(picker.take(roles[0]))
    return checklist


def _judge_drafts(drafts: list[str]) -> list[dict]:
    """The mentor's draft questions judged open or closed and leading, with an open rewording."""
    from coach.analyzers.questions import analyze_questions_many

    judged_drafts = []
    for text, report in zip(drafts, analyze_questions_many(drafts) if drafts else []):
        if report.error or not report.questions:
            judged_drafts.append(
                {
                    "text": text,
                    "label": "not a question",
                    "leading": False,
                    "suggestion": None,
                    "reason": report.error or "no question found",
                }
            )
            continue
        q = report.questions[0]
        judged_drafts.append(
            {
                "text": text,
                "label": q.label,
                "leading": q.leading,
                "suggestion": q.suggestion,
                "score": q.score,
            }
        )
    return judged_drafts


def plan_session(request: PlanRequest) -> SessionPlan:
    """Build a timed agenda for one session; raise InputError for a request that cannot be planned.

    Example:
        >>> plan = plan_session(PlanRequest(focus="moving into product", goals=["run a 5k by June"]))  # doctest: +SKIP
        >>> [item.key for item in plan.agenda]                                                         # doctest: +SKIP
        ['check_in', 'review', 'main', 'goals', 'close']
    """
    phase, phase_reason, warnings = _validate(request)
    relationship = request.relationship.strip().lower()
    focus = (request.focus or "").strip()
    goals = _clean_list(request.goals, "goal")
    drafts = _clean_list(request.draft_questions, "draft question")
    carried = list(
        dict.fromkeys(
            _clean_list(request.carried_actions, "open action item") + _previous_actions(request.previous)
        )
    )
    reminders = _clean_list(request.reminders, "reminder")
    picker = _Picker(phase, relationship)
    goal_rows, gap_points = _judge_goals(goals)

    shape = _agenda_shape(phase, focus, goals, looking_back=bool(carried or reminders))
    if request.minutes < 10:
        shape = [s for s in shape if s[0] in ("check_in", "main", "close")]
        warnings.append(
            f"{request.minutes} minutes is very short: the plan keeps only a check-in, the main topic "
            f"and a close."
        )
    minutes = allocate_minutes([s[2] for s in shape], request.minutes)

    checklist_topics = PHASE_CHECKLIST[phase] + RELATIONSHIP_TOPICS.get(relationship, [])
    roles_query = "which hat consultant counsellor cheerleader roles of the mentor"
    picker.prepare([s[4] for s in shape] + [t.replace("_", " ") for t in checklist_topics] + [roles_query])
    chosen_for = _questions_and_techniques(picker, shape, minutes, request.minutes)
    agenda = []
    for (key, title, _, purpose, _query, _topics), mins in zip(shape, minutes):
        points = []
        if key == "review":
            points = [f"Carried over: {a}" for a in carried] + [
                f"From the last review: {r}" for r in reminders
            ] or ["[Which actions were agreed last time?]"]
        if key == "goals":
            points = gap_points or (
                ["[Which goals will you work on?]"]
                if not goals
                else ["All goals meet the SMART criteria: review progress against them."]
            )
        agenda.append(AgendaItem(key, title, mins, purpose, chosen_for[key][0], chosen_for[key][1], points))
    checklist = _checklist(picker, checklist_topics, roles_query if phase == "enabling_growth" else None)

    safeguarding = _safeguarding(picker, focus)
    if safeguarding and safeguarding.get("uncertain"):
        # Only the model read it, below the cut that routes: offered, and said to be uncertain.
        warnings.insert(
            0,
            f"The focus may disclose harm, but this is not certain ({safeguarding['reason']}): if it does, "
            "follow the safeguarding playbook shown before the agenda.",
        )
    elif safeguarding:
        warnings.insert(
            0,
            f"The focus reads like a disclosure ({safeguarding['reason']}): the safeguarding playbook "
            "comes before the agenda. Listen, do not promise secrecy you cannot keep, and refer on.",
        )
    return SessionPlan(
        phase=phase,
        phase_reason=phase_reason,
        relationship=relationship,
        minutes=request.minutes,
        focus=focus,
        agenda=agenda,
        goals=goal_rows,
        checklist=checklist,
        draft_questions=_judge_drafts(drafts),
        carried_actions=carried,
        warnings=warnings,
        safeguarding=safeguarding,
    )


def _safeguarding(picker: _Picker, focus: str) -> dict | None:
    """The safety route for a plan: the safeguarding playbook that fits the disclosed harm best."""
    from coach.workflows.suggest import safeguarding_first

    if not focus:
        return None
    disclosure, best = safeguarding_first(picker.index, focus, "mentor")
    if best is None:
        return None
    entry = best.entry
    return {
        "id": entry.id,
        "title": entry.title,
        "text": entry.text,
        "playbook": entry.playbook.to_dict(),
        **disclosure,
    }


def _previous_actions(previous: str | None) -> list[str]:
    """Open action items from last session's notes: extracted by the action analyzer when available."""
    if not previous or not previous.strip():
        return []
    try:
        from coach.analyzers.actions import extract_actions
    except ImportError:  # the action analyzer is not installed in this build
        lines = [line.strip(" -*•\t") for line in previous.splitlines()]
        return [line for line in lines if line][:10]
    return [a.text for a in extract_actions(previous)][:10]
