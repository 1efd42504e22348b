"""The program's figures by cohort, mentor (pseudonym) or month, trends per month, and the sentences behind them.

Everything is computed from the store's per-session counts in one grouped SQL query (cells of
cohort x month x mentor), then summed in Python for each view, so a dashboard of 10,000 sessions
is quick. Privacy rules are applied here, before anything is shown or exported: mentors appear by
pseudonym only, a group of fewer than ``MIN_GROUP_SESSIONS`` sessions is folded into "other" (and
"other" is hidden if it is still too small), trend points of small cells are left out, and each
of these is said in ``folded``. A filtered view must also pass the selection rule
(``selection_problems``), so that no two views can be subtracted to give a small group's figures;
a view that fails it is refused with a ``SelectionRefused`` that names the groups too small to split off.

Example:
    >>> analytics = program_analytics(store, by="cohort")                 # doctest: +SKIP
    >>> [(g.group, g.sessions) for g in analytics.groups]                 # doctest: +SKIP
    [('Clinical Leaders', 199), ('Graduate Finance', 209), ('Software Engineering', 210)]
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import sqlalchemy as sa

from coach.errors import InputError
from coach.program.schema import COUNT_COLUMNS
from coach.program.types import (
    CRITERIA,
    GROUPINGS,
    MIN_GROUP_SESSIONS,
    Example,
    GroupMetrics,
    ProgramAnalytics,
    TrendPoint,
)

FILTER_KEYS = ("cohort", "mentor", "month")
KINDS = ("feedback", "goal", "question", "action")
OTHER = "other"
_SUMS = COUNT_COLUMNS[1:]  # every stored count but the sentences


def _check_filters(filters: dict[str, list[str]] | None) -> dict[str, list[str]]:
    filters = {k: [str(v) for v in vs] for k, vs in (filters or {}).items() if vs}
    unknown = sorted(set(filters) - set(FILTER_KEYS))
    if unknown:
        raise InputError(f"Unknown filter(s) {', '.join(unknown)}; the filters are {', '.join(FILTER_KEYS)}.")
    return filters


def _mentor_names(store) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The store's mentor values -> pseudonym, and pseudonym -> the values that carry it."""
    from coach.program.privacy import name_key, pseudonyms
    from coach.program.schema import sessions

    codes = pseudonyms(store, "mentor")
    with store.engine.connect() as conn:
        values = conn.execute(sa.select(sessions.c.mentor).distinct()).scalars().all()
    to_code = {v: codes.get(name_key(v), "Mentor ?") for v in values}
    by_code: dict[str, list[str]] = defaultdict(list)
    for value, code in to_code.items():
        by_code[code].append(value)
    return to_code, by_code


def _where(filters: dict[str, list[str]], by_code: dict[str, list[str]]):
    from coach.program.schema import sessions

    clauses = []
    if "cohort" in filters:
        clauses.append(sessions.c.cohort.in_(filters["cohort"]))
    if "month" in filters:
        clauses.append(sessions.c.month.in_(filters["month"]))
    if "mentor" in filters:
        values = [v for code in filters["mentor"] for v in by_code.get(code, [])]
        clauses.append(sessions.c.mentor.in_(values) if values else sa.false())
    return clauses


def _cells(store, filters: dict[str, list[str]], by_code: dict[str, list[str]]):
    """(cohort, month, mentor) -> [sessions, scored, *sums] for the filtered sessions."""
    from coach.program.schema import session_scores as sc
    from coach.program.schema import sessions as s

    # A score counts while it belongs to the session's current content (even from an older analyzer
    # version: its figures stay on show until the re-scoring replaces them).
    join = s.outerjoin(sc, sa.and_(sc.c.session_pk == s.c.pk, sc.c.content_hash == s.c.content_hash))
    query = (
        sa.select(
            s.c.cohort,
            s.c.month,
            s.c.mentor,
            sa.func.count(s.c.pk),
            sa.func.count(sc.c.session_pk),
            *[sa.func.coalesce(sa.func.sum(sc.c[name]), 0) for name in _SUMS],
        )
        .select_from(join)
        .where(*_where(filters, by_code))
        .group_by(s.c.cohort, s.c.month, s.c.mentor)
    )
    versions = (
        sa.select(sc.c.analyzer_version, sa.func.count())
        .select_from(join)
        .where(*_where(filters, by_code), sc.c.session_pk.is_not(None))
        .group_by(sc.c.analyzer_version)
    )
    with store.engine.connect() as conn:
        cells = {(r[0], r[1], r[2]): [int(x) for x in r[3:]] for r in conn.execute(query)}
        found = dict(conn.execute(versions).all())
    return cells, found


def _counts(store, to_code: dict[str, str]) -> dict[tuple[str, str, str], list[int]]:
    """(cohort, mentor pseudonym, month) -> [sessions, scored sessions], over the whole store."""
    from coach.program.schema import session_scores as sc
    from coach.program.schema import sessions as s

    join = s.outerjoin(sc, sa.and_(sc.c.session_pk == s.c.pk, sc.c.content_hash == s.c.content_hash))
    query = (
        sa.select(s.c.cohort, s.c.mentor, s.c.month, sa.func.count(s.c.pk), sa.func.count(sc.c.session_pk))
        .select_from(join)
        .group_by(s.c.cohort, s.c.mentor, s.c.month)
    )
    counts: dict[tuple[str, str, str], list[int]] = {}
    with store.engine.connect() as conn:
        for cohort, mentor, month, n, scored in conn.execute(query):
            key = (cohort, to_code.get(mentor, "Mentor ?"), month)
            counts[key] = _add(counts.get(key), [int(n), int(scored)])
    return counts


def _too_small(n: int, scored: int) -> bool:
    return 0 < n < MIN_GROUP_SESSIONS or 0 < scored < MIN_GROUP_SESSIONS


@dataclass(frozen=True)
class SmallCell:
    """A combination of filter values that covers too few sessions to be split off by a filter."""

    values: tuple[tuple[str, str], ...]  # ((dimension, value), ...) in FILTER_KEYS order
    sessions: int
    scored: int
    kept: tuple[str, ...]  # the dimensions whose filters were kept while counting


def selection_problems(
    counts: dict[tuple[str, str, str], list[int]], filters: dict[str, list[str]]
) -> list[SmallCell]:
    """What stops the selection ``filters`` from being shown; empty when it may be.

    The rule: for every non-empty set F of the restricted dimensions (cohort, mentor, month), take the
    selection with the filters of F relaxed and the others kept. In it, every combination of values of F
    that the filters leave out must cover 0 or at least ``MIN_GROUP_SESSIONS`` sessions (and scored
    sessions); for a single filter, every value, chosen or left out. For one filter F = {d} this reads:
    with the d filter left empty, every cohort / mentor / month has 0 or 5 or more sessions.

    Why that is enough. Take an allowed selection T and any selection S that contains it (each of S's
    filters chooses at least what T's does, or is empty, as on the unfiltered dashboard). A session of S
    but not of T fails some of T's filters, say exactly those of F, and meets the others; with it, every
    session of the same F values that meets T's other filters is in S and not in T. So S minus T is a
    union of left-out combinations of T-with-F-relaxed, each of 0 or 5 or more sessions: subtracting T
    from S never gives the figures of fewer than 5 sessions, however many filters they differ in. Two
    selections that differ in one filter d only both relax to the same selection, and their difference is
    whole d values of it, each checked by one of them. (F = {d} alone, the first version of the rule, is
    not enough: all sessions minus "cohort A and mentor X" could be one session of mentor Y in cohort B.)
    Not covered: selections nested only through the data, not filter by filter. E.g. {month: March} and
    {mentor: X} when all of X's sessions are in March: their difference is March's other sessions, which
    may be few. Closing that too would refuse nearly every cohort filter of a real program (a cohort
    fixes its mentors), so it is a known limit.
    A group or a trend point of a filtered view is a selection too (the filters and its own value), so
    ``program_analytics`` checks each the same way and folds or leaves out those that fail.

    ``counts`` is ``_counts(store, ...)``: the rule looks at the whole store, not only at the selection.

    Example:
        >>> counts = {("A", "Mentor 1", "2026-01"): [9, 9], ("B", "Mentor 2", "2026-01"): [1, 1]}
        >>> [p.values for p in selection_problems(counts, {"cohort": ["A"]})]
        [(('cohort', 'B'),)]
        >>> selection_problems(counts, {"month": ["2026-01"]})
        []
        >>> [p.values for p in selection_problems({**counts, ("A", "Mentor 2", "2026-01"): [6, 6]},
        ...                                       {"cohort": ["A"], "mentor": ["Mentor 1"]})]
        [(('cohort', 'B'), ('mentor', 'Mentor 2'))]
    """
    free = [d for d in FILTER_KEYS if filters.get(d)]
    keep = {d: set(filters[d]) for d in free}
    cells = [(dict(zip(FILTER_KEYS, key)), n) for key, n in counts.items()]
    problems: list[SmallCell] = []
    for size in range(1, len(free) + 1):
        for relaxed in combinations(free, size):
            kept = [d for d in free if d not in relaxed]
            groups: dict[tuple[str, ...], list[int]] = {}
            for values, n in cells:
                if all(values[d] in keep[d] for d in kept) and (
                    size == 1 or not any(values[d] in keep[d] for d in relaxed)
                ):
                    key = tuple(values[d] for d in relaxed)
                    groups[key] = _add(groups.get(key), n)
            problems += [
                SmallCell(tuple(zip(relaxed, key)), n, scored, tuple(kept))
                for key, (n, scored) in sorted(groups.items())
                if _too_small(n, scored)
            ]
    return problems


def _allowed_counts(store, to_code: dict[str, str], filters: dict[str, list[str]]):
    """The store's counts for checking a filtered selection's groups; raises ``SelectionRefused`` when the
    selection itself fails the rule. An unfiltered view is never refused (and needs no counts)."""
    if not filters:
        return {}
    counts = _counts(store, to_code)
    problems = selection_problems(counts, filters)
    if problems:
        raise SelectionRefused(problems)
    return counts


class SelectionRefused(InputError):
    """A filtered selection that is not shown: set beside a wider one, it would give away a small group.

    ``problems`` holds the ``SmallCell`` s; ``str()`` is the message for the program lead.
    """

    def __init__(self, problems: list[SmallCell]):
        self.problems = problems
        super().__init__(_refusal_message(problems))


def _describe(cell: SmallCell) -> str:
    values = dict(cell.values)
    parts = (
        ([values["mentor"]] if "mentor" in values else [])
        + ([f"cohort {values['cohort']}"] if "cohort" in values else [])
        + ([values["month"]] if "month" in values else [])
    )
    text = " in ".join(parts)
    count = (
        _plural(cell.sessions, "session")
        if 0 < cell.sessions < MIN_GROUP_SESSIONS
        else f"only {_plural(cell.scored, 'scored session')} (of {cell.sessions})"
    )
    return f"{text[0].upper()}{text[1:]} has {count}" + (" within the other filters" if cell.kept else "")


def _refusal_message(problems: list[SmallCell], most: int = 3) -> str:
    seen = list(dict.fromkeys(_describe(p) for p in problems))
    listed = "; ".join(seen[:most]) + (f"; and {len(seen) - most} more" if len(seen) > most else "")
    dims = [d for d in FILTER_KEYS if any(d in dict(p.values) for p in problems)]
    one = len(seen) == 1
    return (
        f"These figures are not shown. {listed}: a filter that takes {'it' if one else 'them'} in or leaves "
        f"{'it' if one else 'them'} out by {'itself' if one else 'themselves'} would let "
        f"{'its' if one else 'their'} figures be worked out, as the difference from a wider selection. "
        f"Choose {'it' if one else 'them'} together with others, or leave the "
        f"{' or the '.join(dims)} filter empty."
    )


def _add(a: list[int] | None, b: list[int]) -> list[int]:
    return list(b) if a is None else [x + y for x, y in zip(a, b)]


def _share(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def metrics(group: str, sums: list[int]) -> GroupMetrics:
    """A group's figures from its summed counts ([sessions, scored, *_SUMS]).

    Example:
        >>> metrics("x", [5, 5] + [4, 3, 1, 2, 2] + [0] * 10).personality_share
        0.25
    """
    n, scored, *rest = sums
    v = dict(zip(_SUMS, rest))
    fb, goals, qs = v["feedback_sentences"], v["goals"], v["questions"]
    return GroupMetrics(
        group=group,
        sessions=n,
        feedback_sentences=fb,
        personality_share=_share(v["personality"], fb),
        actionable_share=_share(v["actionable"], fb),
        specific_share=_share(v["specific"], fb),
        goals=goals,
        mean_smart=round(v["smart_sum"] / goals, 3) if goals else None,
        criteria_shares={c: _share(v[f"{c}_met"], goals) for c in CRITERIA},
        questions=qs,
        open_ratio=_share(v["open_questions"], qs),
        actions=v["actions"],
        actions_per_session=round(v["actions"] / scored, 3) if scored else None,
    )


def _hidden(group: str, sessions: int) -> GroupMetrics:
    # The count alone is shown for the total so the page can say how much is hidden; no figures.
    return GroupMetrics(group=group, sessions=sessions, criteria_shares={c: None for c in CRITERIA})


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _shown_groups(
    groups: dict[str, list[int]], total_sums: list[int], by: str, exposes, folded: list[str]
) -> tuple[list[GroupMetrics], set[str]]:
    """The groups shown, and those folded into "other": a group under ``MIN_GROUP_SESSIONS``, or one
    whose figures a wider selection would give away (``exposes``); then the smallest shown groups too,
    while "other" alone is too small. Each fold is said in ``folded``."""
    what = {"cohort": "cohort", "mentor": "mentor", "month": "month"}[by]
    members_of_other: set[str] = set()
    small = {k: v for k, v in groups.items() if v[0] < MIN_GROUP_SESSIONS}
    big = {k: v for k, v in groups.items() if k not in small}
    cut = (
        {k: big.pop(k) for k in sorted(big) if exposes({by: {k}})}
        if total_sums[0] >= MIN_GROUP_SESSIONS
        else {}
    )
    if (small or cut) and total_sums[0] >= MIN_GROUP_SESSIONS:
        other: list[int] | None = None
        for v in [*small.values(), *cut.values()]:
            other = _add(other, v)
        in_other = set(small) | set(cut)
        notes = []
        if small:
            n_small, n_in = len(small), sum(v[0] for v in small.values())
            notes.append(
                f"{_plural(n_small, what)} with fewer than {MIN_GROUP_SESSIONS} sessions "
                f"({_plural(n_in, 'session')}{' in all' if n_small > 1 else ''}) "
                f"{'is' if n_small == 1 else 'are'} folded into \u201cother\u201d"
            )
        if cut:
            notes.append(
                f"{_plural(len(cut), what)} of {MIN_GROUP_SESSIONS} or more sessions "
                f"{'is' if len(cut) == 1 else 'are'} folded into \u201cother\u201d as well: set beside "
                f"the same {what} of a wider selection, {'its' if len(cut) == 1 else 'their'} figures "
                f"would give away a group of fewer than {MIN_GROUP_SESSIONS} sessions"
            )
        if other[0] >= MIN_GROUP_SESSIONS:
            folded += [note + "." for note in notes]
        else:
            # "other" alone would be too small, and hiding it is not enough: the total minus the shown
            # groups would give its figures. So the smallest shown groups join it until it is big enough.
            joined = 0
            while other[0] < MIN_GROUP_SESSIONS and big:
                key = min(big, key=lambda k: (big[k][0], k))
                other = _add(other, big.pop(key))
                in_other.add(key)
                joined += 1
            n_in = len(small) + len(cut)
            folded += [note + "." for note in notes[:-1]]
            folded.append(
                notes[-1] + f" together with the {'smallest' if joined == 1 else f'{joined} smallest'} "
                f"{what}{'' if joined == 1 else 's'} of 5 or more, so that no figure of "
                f"{'it' if n_in == 1 else 'them'} can be worked out from the total "
                f"(\u201cother\u201d: {_plural(other[0], 'session')})."
            )
        if exposes({by: in_other}):
            # "other" fails the rule too, and the total minus the shown groups would be "other": no group is
            # shown. (In a filtered view, that is so whenever one group is under MIN_GROUP_SESSIONS.)
            shown = []
            folded[-len(notes) :] = [
                f"No {what} is shown on its own in this filtered selection: "
                + (f"one has fewer than {MIN_GROUP_SESSIONS} sessions, and " if small else "")
                + f"set beside a wider selection, the {what}s' figures would give away a group "
                f"of fewer than {MIN_GROUP_SESSIONS} sessions. The total is shown."
            ]
        else:
            shown = [metrics(key, big[key]) for key in sorted(big)] + [metrics(OTHER, other)]
            members_of_other = in_other
    else:
        shown = [metrics(key, big[key]) for key in sorted(big)] if total_sums[0] >= MIN_GROUP_SESSIONS else []

    return shown, members_of_other


def _trend_points(cells: dict, exposes, folded: list[str]) -> list[TrendPoint]:
    """The monthly trend of each cohort and of the program, without the points that are too small or
    would give a smaller one away (said in ``folded``)."""
    trends: list[TrendPoint] = []
    series: dict[tuple[str, str], list[int]] = {}
    for (cohort, month, _mentor), sums in cells.items():
        series[(cohort, month)] = _add(series.get((cohort, month)), sums)
        series[("all", month)] = _add(series.get(("all", month)), sums)
    dropped = {k for k, v in series.items() if v[0] < MIN_GROUP_SESSIONS}
    exposing = {
        (name, month)
        for (name, month) in series
        if (name, month) not in dropped
        and exposes({"month": {month}, **({} if name == "all" else {"cohort": {name}})})
    }
    dropped |= exposing
    # The same for a month: "all" minus the month's shown cohorts must not give one small cohort's figures.
    for month in sorted({m for _, m in series}):
        if ("all", month) in dropped:
            continue
        cohorts = {k: v[0] for k, v in series.items() if k[1] == month and k[0] != "all"}
        missing = sum(n for k, n in cohorts.items() if k in dropped)
        while 0 < missing < MIN_GROUP_SESSIONS:
            rest = [k for k in cohorts if k not in dropped]
            if not rest:
                break
            key = min(rest, key=lambda k: (cohorts[k], k))
            dropped.add(key)
            missing += cohorts[key]
    for name, month in sorted(series, key=lambda k: (k[0] != "all", k[0], k[1])):
        if (name, month) not in dropped:
            trends.append(TrendPoint(series=name, month=month, metrics=metrics(month, series[(name, month)])))
    if dropped:
        n = len(dropped)
        folded.append(
            f"{_plural(n, 'trend point')} (a cohort or the program in one month) {'is' if n == 1 else 'are'} "
            f"left out of the trends: fewer than {MIN_GROUP_SESSIONS} sessions, or the one whose figures "
            f"would give away a smaller one" + (", here or beside a wider selection." if exposing else ".")
        )

    return trends


def program_analytics(
    store, by: str = "cohort", filters: dict[str, list[str]] | None = None
) -> ProgramAnalytics:
    """The figures of the (filtered) program grouped ``by`` cohort, mentor or month, with monthly trends.

    ``filters``: {"cohort": [...], "mentor": [pseudonyms], "month": ["YYYY-MM"]}; empty lists mean all.
    A filtered selection that fails ``selection_problems`` raises ``SelectionRefused`` (a user-facing
    ``InputError``); in one that passes, a group or trend point that would fail it is folded or left out.

    Example:
        >>> a = program_analytics(store, by="mentor", filters={"cohort": ["Graduate Finance"]})   # doctest: +SKIP
        >>> a.folded                                                                                 # doctest: +SKIP
        ["1 mentor with fewer than 5 sessions (3 sessions) is hidden: ..."]
    """
    from coach.program.scoring import analyzer_version, count_pending

    if by not in GROUPINGS:
        raise InputError(f"Group by one of {', '.join(GROUPINGS)}, not {by!r}.")
    filters = _check_filters(filters)
    to_code, by_code = _mentor_names(store)
    counts = _allowed_counts(store, to_code, filters)
    cells, versions = _cells(store, filters, by_code)
    folded: list[str] = []

    def exposes(narrower: dict[str, set[str]]) -> bool:
        # A group or trend point of a filtered view is the selection narrowed to its value(s); set beside
        # a wider selection (the unfiltered dashboard's), it must not give away a small group either.
        return bool(filters) and bool(
            selection_problems(counts, {**filters, **{d: sorted(v) for d, v in narrower.items()}})
        )

    total_sums: list[int] | None = None
    groups: dict[str, list[int]] = {}
    for (cohort, month, mentor), sums in cells.items():
        key = {"cohort": cohort, "month": month, "mentor": to_code.get(mentor, "Mentor ?")}[by]
        groups[key] = _add(groups.get(key), sums)
        total_sums = _add(total_sums, sums)
    total_sums = total_sums or [0] * (2 + len(_SUMS))
    if total_sums[0] < MIN_GROUP_SESSIONS:
        total = _hidden("all", total_sums[0])
        if total_sums[0]:
            folded.append(
                f"No figures are shown: the selection has {_plural(total_sums[0], 'session')}, "
                f"fewer than {MIN_GROUP_SESSIONS}."
            )
    else:
        total = metrics("all", total_sums)
    shown, members_of_other = _shown_groups(groups, total_sums, by, exposes, folded)
    trends = _trend_points(cells, exposes, folded)

    if total.feedback_sentences or total.goals or total.questions or total.actions:
        _add_estimates(store, filters, by_code, to_code, by, total, shown, members_of_other, trends)

    current = analyzer_version()
    if not versions:
        version = ""
    elif set(versions) == {current}:
        version = current
    else:
        version = "mixed: " + ", ".join(sorted(versions))
    unscored = count_pending(store, current) if not filters else _unscored(store, filters, by_code, current)
    return ProgramAnalytics(
        by=by,
        total=total,
        groups=shown,
        trends=trends,
        folded=folded,
        analyzer_version=version,
        unscored_sessions=unscored,
        filters=filters,
    )


# The per-session table behind the estimates, by (store, filters, the store's state): reading and parsing
# 10,000 sessions' summaries is most of an analytics call, and the three groupings of one view share it.
_TABLES: dict[tuple, tuple] = {}
_TABLES_KEPT = 8


def _store_state(store) -> tuple:
    """Changes whenever a session is imported, changed or scored."""
    from coach.program.schema import session_scores as sc
    from coach.program.schema import sessions as s

    with store.engine.connect() as conn:
        scored = conn.execute(sa.select(sa.func.count(), sa.func.max(sc.c.scored_at))).one()
        imported = conn.execute(sa.select(sa.func.count(), sa.func.max(s.c.updated_at))).one()
    return (*scored, *imported)


def _session_table(store, filters, by_code, to_code):
    """Every filtered, scored session's (cohort, month, mentor pseudonym) and its estimates' table."""
    key = (store.url, json.dumps(filters, sort_keys=True), _store_state(store))
    if key not in _TABLES:
        if len(_TABLES) >= _TABLES_KEPT:
            _TABLES.pop(next(iter(_TABLES)))
        _TABLES[key] = _read_session_table(store, filters, by_code, to_code)
    return _TABLES[key]


def _read_session_table(store, filters, by_code, to_code):
    from coach.program.estimate import SessionTable
    from coach.program.schema import session_scores as sc
    from coach.program.schema import sessions as s

    join = s.join(sc, sa.and_(sc.c.session_pk == s.c.pk, sc.c.content_hash == s.c.content_hash))
    query = (
        sa.select(s.c.cohort, s.c.month, s.c.mentor, sc.c.summary, *[sc.c[name] for name in _SUMS])
        .select_from(join)
        .where(*_where(filters, by_code))
    )
    keys, rows = [], []
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            keys.append((row[0], row[1], to_code.get(row[2], "Mentor ?")))
            try:
                estimates = json.loads(row[3] or "{}").get("estimates")
            except (ValueError, AttributeError):
                estimates = None
            rows.append((estimates, {"scored": 1, **dict(zip(_SUMS, row[4:]))}))
    return keys, SessionTable.from_rows(rows)


def _with_estimates(group: GroupMetrics, found: dict) -> GroupMetrics:
    """The group's shares replaced by their estimates, each with its interval beside it."""
    from coach.program.types import ESTIMATED_FIELDS

    for name in ESTIMATED_FIELDS:
        setattr(group, name, found[name].value)
        setattr(group, f"{name}_interval", found[name].interval)
    group.criteria_shares = {c: found[f"criteria:{c}"].value for c in CRITERIA}
    group.criteria_intervals = {c: found[f"criteria:{c}"].interval for c in CRITERIA}
    return group


def _add_estimates(store, filters, by_code, to_code, by, total, shown, members_of_other, trends) -> None:
    """Every figure on show replaced by its probability-based estimate with a 90 % interval (coach.program.estimate)."""
    import numpy as np

    from coach.program.estimate import estimate

    keys, table = _session_table(store, filters, by_code, to_code)
    if not keys:
        return
    cohort, month, mentor = (np.array(column, dtype=object) for column in zip(*keys))
    column = {"cohort": cohort, "month": month, "mentor": mentor}[by]
    everyone = np.arange(len(keys))
    _with_estimates(total, estimate(table, everyone))
    for group in shown:
        if group.group == OTHER and members_of_other:
            members = np.flatnonzero(np.isin(column, list(members_of_other)))
        else:
            members = np.flatnonzero(column == group.group)
        _with_estimates(group, estimate(table, members))
    for point in trends:
        in_month = month == point.month
        members = np.flatnonzero(in_month if point.series == "all" else in_month & (cohort == point.series))
        _with_estimates(point.metrics, estimate(table, members))


def _unscored(store, filters, by_code, version: str) -> int:
    from coach.program.schema import session_scores as sc
    from coach.program.schema import sessions as s

    query = (
        sa.select(sa.func.count())
        .select_from(s.outerjoin(sc, sc.c.session_pk == s.c.pk))
        .where(*_where(filters, by_code))
        .where(
            sa.or_(
                sc.c.session_pk.is_(None),
                sc.c.content_hash != s.c.content_hash,
                sc.c.analyzer_version != version,
            )
        )
    )
    with store.engine.connect() as conn:
        return conn.execute(query).scalar_one()


def filter_options(store) -> dict[str, list[str]]:
    """What the filters can choose from: {"cohort": [...], "mentor": [pseudonyms], "month": ["YYYY-MM"]}.

    Example:
        >>> filter_options(store)["month"][:2]              # doctest: +SKIP
        ['2026-01', '2026-02']
    """
    from coach.program.schema import sessions

    to_code, _ = _mentor_names(store)
    with store.engine.connect() as conn:
        cohorts = conn.execute(sa.select(sessions.c.cohort).distinct()).scalars().all()
        months = conn.execute(sa.select(sessions.c.month).distinct()).scalars().all()
    return {"cohort": sorted(cohorts), "mentor": sorted(set(to_code.values())), "month": sorted(months)}


def small_filter_values(store) -> dict[str, list[str]]:
    """The filter values of fewer than ``MIN_GROUP_SESSIONS`` sessions in the whole program, per filter.

    None of them can be chosen alone, and while one is in a selection, that filter refuses to split it
    off (``selection_problems``): the pages mark them, so the lead knows before choosing.

    Example:
        >>> small_filter_values(store)["mentor"]             # doctest: +SKIP
        ['Mentor 3C1D']
    """
    to_code, _ = _mentor_names(store)
    totals: dict[tuple[str, str], list[int]] = {}
    for key, n in _counts(store, to_code).items():
        for d, value in zip(FILTER_KEYS, key):
            totals[(d, value)] = _add(totals.get((d, value)), n)
    return {
        d: sorted(v for (dim, v), (n, scored) in totals.items() if dim == d and _too_small(n, scored))
        for d in FILTER_KEYS
    }


def _session_ref(secret: str, key: str) -> str:
    return (
        "Session "
        + hmac.new(secret.encode(), f"session\x1f{key}".encode(), hashlib.sha256).hexdigest()[:6].upper()
    )


def examples(
    store,
    kind: str | None = None,
    label: str | None = None,
    filters: dict[str, list[str]] | None = None,
    limit: int = 50,
) -> list[Example]:
    """The sentences behind the figures, newest first: masked, with evidence offsets into the masked text.

    ``kind``: feedback | goal | question | action; ``label``: e.g. personality, behaviour, open, closed,
    "3/5" (goals), mentee/mentor/both (actions). Mentors of fewer than ``MIN_GROUP_SESSIONS`` sessions
    are shown as "other"; a selection of fewer sessions than that gives no sentences at all, and a
    filtered selection that fails ``selection_problems`` raises ``SelectionRefused``, as the figures do.

    Example:
        >>> [e.text for e in examples(store, "feedback", "personality", limit=1)]       # doctest: +SKIP
        ["[name]'s too nice, they should start saying no."]
    """
    from coach.program.privacy import SECRET_KEY, apply_mask, known_names_pattern, scrub_names, shift_offset
    from coach.program.schema import meta
    from coach.program.schema import session_scores as sc
    from coach.program.schema import sessions as s
    from coach.program.schema import units as u

    if kind is not None and kind not in KINDS:
        raise InputError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}.")
    if not 1 <= int(limit) <= 10_000:
        raise InputError("limit must be between 1 and 10000.")
    filters = _check_filters(filters)
    to_code, by_code = _mentor_names(store)
    _allowed_counts(store, to_code, filters)
    query = (
        sa.select(u.c.kind, u.c.label, u.c.text, u.c.data, s.c.session_key, s.c.month, s.c.cohort, s.c.mentor)
        .select_from(
            u.join(s, s.c.pk == u.c.session_pk).join(
                sc, sa.and_(sc.c.session_pk == s.c.pk, sc.c.content_hash == s.c.content_hash)
            )
        )
        .where(*_where(filters, by_code))
    )
    if kind:
        query = query.where(u.c.kind == kind)
    if label:
        query = query.where(u.c.label == label)
    query = query.order_by(s.c.date.desc(), s.c.pk, u.c.start).limit(int(limit))
    with store.engine.connect() as conn:
        # The rule of every figure: no sentences from a selection of fewer than MIN_GROUP_SESSIONS sessions.
        selected = conn.execute(
            sa.select(sa.func.count()).select_from(s).where(*_where(filters, by_code))
        ).scalar_one()
        if selected < MIN_GROUP_SESSIONS:
            return []
        rows = conn.execute(query).all()
        secret = conn.execute(sa.select(meta.c.value).where(meta.c.key == SECRET_KEY)).scalar_one()
        counts = dict(conn.execute(sa.select(s.c.mentor, sa.func.count()).group_by(s.c.mentor)).all())
        cohort_counts = dict(conn.execute(sa.select(s.c.cohort, sa.func.count()).group_by(s.c.cohort)).all())
        names = conn.execute(sa.select(s.c.mentor, s.c.mentee).distinct()).all() if rows else []
    # Masked at scoring time; masked again with today's names, in case people were imported since.
    pattern = known_names_pattern({n for row in names for n in row})
    out = []
    for row in rows:
        data = json.loads(row.data)
        text, evidence = row.text, data.get("evidence", [])
        evidence = [{**e, "reason": scrub_names(e.get("reason") or "", (), pattern)} for e in evidence]
        hint = scrub_names(data["hint"], (), pattern) if isinstance(data.get("hint"), str) else None
        if pattern is not None:
            spans = [(m.start(), m.end()) for m in pattern.finditer(text) if m.group(0) != "[name]"]
            if spans:
                text, merged = apply_mask(text, spans)
                evidence = [
                    {
                        **e,
                        "start": shift_offset(e["start"], merged),
                        "end": shift_offset(e["end"], merged, end=True),
                    }
                    for e in evidence
                ]
                for e in evidence:
                    e["text"] = text[e["start"] : e["end"]]
        mentor = (
            to_code.get(row.mentor, "Mentor ?") if counts.get(row.mentor, 0) >= MIN_GROUP_SESSIONS else OTHER
        )
        cohort = row.cohort if cohort_counts.get(row.cohort, 0) >= MIN_GROUP_SESSIONS else OTHER
        out.append(
            Example(
                session=_session_ref(secret, row.session_key),
                month=row.month,
                cohort=cohort,
                mentor=mentor,
                kind=row.kind,
                label=row.label,
                text=text,
                evidence=evidence,
                hint=hint,
            )
        )
    return out
