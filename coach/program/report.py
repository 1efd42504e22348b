"""The program report as a file: one self-contained HTML page, a CSV table or JSON.

Presentation only: the figures come already pseudonymised and folded in a ``ProgramAnalytics``
(see ``coach.program.analytics``); nothing here reads the store or a model.

Example:
    >>> from coach.program.types import GroupMetrics, ProgramAnalytics
    >>> a = ProgramAnalytics(by="cohort", total=GroupMetrics("all", 12, personality_share=0.25))
    >>> render_report(a, "csv").splitlines()[1].split(",")[:4]
    ['total', 'all', '12', '0']
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from coach.errors import InputError
from coach.program.scoring import describe_version
from coach.program.types import CRITERIA, Example, GroupMetrics, ProgramAnalytics, TrendPoint

FORMATS = ("html", "csv", "json")
# Spreadsheets run a cell beginning with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ALL_SERIES = "all"
# Okabe-Ito: distinguishable with the common colour-vision deficiencies and in greyscale print.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
ALL_COLOR = "#555555"


def neutralise_cell(value) -> str:
    """A CSV cell as text a spreadsheet will not run as a formula.

    Example:
        >>> neutralise_cell("=HYPERLINK(\\"x\\")"), neutralise_cell(0.5), neutralise_cell(None)
        ('\\'=HYPERLINK("x")', '0.5', '')
    """
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = f"{value:.4f}".rstrip("0").rstrip(".") if value == value else ""
    else:
        text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


# -- metrics: one definition shared by the CSV columns, the HTML table and the charts --------------
@dataclass(frozen=True)
class Metric:
    key: str  # CSV column name
    title: str  # HTML heading
    get: Callable[[GroupMetrics], float | int | None]
    kind: str  # "count" | "share" | "score" (0-5) | "rate"
    # The 90 % interval beside an estimated figure ([low, high] or None); None for counts.
    interval: Callable[[GroupMetrics], list[float] | None] | None = None


def _criterion(name: str) -> Callable[[GroupMetrics], float | None]:
    return lambda m: (m.criteria_shares or {}).get(name)


def _criterion_interval(name: str) -> Callable[[GroupMetrics], list[float] | None]:
    return lambda m: (m.criteria_intervals or {}).get(name)


def _interval_of(key: str) -> Callable[[GroupMetrics], list[float] | None]:
    return lambda m: getattr(m, f"{key}_interval", None)


METRICS: tuple[Metric, ...] = (
    Metric("sessions", "Sessions", lambda m: m.sessions, "count"),
    Metric("feedback_sentences", "Feedback sentences", lambda m: m.feedback_sentences, "count"),
    Metric(
        "personality_share",
        "Personality-focused",
        lambda m: m.personality_share,
        "share",
        _interval_of("personality_share"),
    ),
    Metric(
        "actionable_share",
        "Actionable",
        lambda m: m.actionable_share,
        "share",
        _interval_of("actionable_share"),
    ),
    Metric("specific_share", "Specific", lambda m: m.specific_share, "share", _interval_of("specific_share")),
    Metric("goals", "Goals", lambda m: m.goals, "count"),
    Metric("mean_smart", "Mean SMART (0–5)", lambda m: m.mean_smart, "score", _interval_of("mean_smart")),
    *(
        Metric(
            f"smart_{c}_share", f"Goals {c.replace('_', '-')}", _criterion(c), "share", _criterion_interval(c)
        )
        for c in CRITERIA
    ),
    Metric("questions", "Questions", lambda m: m.questions, "count"),
    Metric("open_ratio", "Open questions", lambda m: m.open_ratio, "share", _interval_of("open_ratio")),
    Metric("actions", "Action items", lambda m: m.actions, "count"),
    Metric(
        "actions_per_session",
        "Actions per session",
        lambda m: m.actions_per_session,
        "rate",
        _interval_of("actions_per_session"),
    ),
)
METRIC_BY_KEY = {m.key: m for m in METRICS}

# The trend charts of the HTML report, in reading order.
CHARTS: tuple[tuple[str, str], ...] = (
    ("personality_share", "Personality-focused feedback (share of feedback sentences)"),
    ("actionable_share", "Actionable feedback (share of feedback sentences)"),
    ("specific_share", "Specific feedback (share of feedback sentences)"),
    ("mean_smart", "Mean SMART score of goals (0–5)"),
    ("smart_time_bound_share", "Time-bound goals (share of goals)"),
    ("open_ratio", "Open questions (share of questions)"),
)


def format_value(value, kind: str) -> str:
    """A figure as a person reads it: shares in per cent, SMART to one decimal; a dash for no data.

    Example:
        >>> format_value(0.4267, "share"), format_value(3.14159, "score"), format_value(None, "share")
        ('43%', '3.1', '–')
    """
    if value is None:
        return "–"
    if kind == "share":
        return f"{value * 100:.0f}%"
    if kind in ("score", "rate"):
        return f"{value:.1f}" if kind == "score" else f"{value:.2f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


# Said beside every set of figures: what an estimate and its interval are.
ESTIMATES_NOTE = (
    "Each share and mean is estimated from the analyzers' calibrated probabilities, not counted from "
    "their yes/no labels, and shown with a 90% interval (in brackets; a pale band in the charts) that "
    "allows for the analyzers' doubt about each sentence and for the sessions being a sample."
)


def format_interval(interval: list[float] | None, kind: str) -> str:
    """A 90 % interval as a person reads it, or "" when there is none.

    Example:
        >>> format_interval([0.21, 0.274], "share"), format_interval([3.02, 3.4], "score"), format_interval(None, "share")
        ('21–27%', '3.0–3.4', '')
    """
    if not interval:
        return ""
    if kind == "share":
        return f"{interval[0] * 100:.0f}–{interval[1] * 100:.0f}%"
    digits = 1 if kind == "score" else 2
    return f"{interval[0]:.{digits}f}–{interval[1]:.{digits}f}"


def format_with_interval(metric: Metric, group: GroupMetrics) -> str:
    """The figure with its interval in brackets, e.g. "24% (21–27%)"; a dash for no data."""
    value = format_value(metric.get(group), metric.kind)
    interval = format_interval(metric.interval(group), metric.kind) if metric.interval else ""
    return f"{value} ({interval})" if interval and value != "–" else value


# -- entry point -----------------------------------------------------------------------------------
def render_report(analytics: ProgramAnalytics, fmt: str, examples: list[Example] | None = None) -> str:
    """The program report as ``html``, ``csv`` or ``json`` text.

    Example:
        >>> from coach.program.types import GroupMetrics, ProgramAnalytics
        >>> a = ProgramAnalytics(by="month", total=GroupMetrics("all", 7))
        >>> render_report(a, "html").startswith("<!doctype html>")
        True
    """
    fmt = (fmt or "").strip().lower()
    examples = [shown_example(e) for e in examples or []]
    if fmt == "html":
        return _html(analytics, examples)
    if fmt == "csv":
        return _csv(analytics)
    if fmt == "json":
        data = analytics.to_dict()
        data["examples"] = [e.to_dict() for e in examples]
        return json.dumps(data, ensure_ascii=False, indent=2)
    raise InputError(f"unknown report format {fmt!r}: choose one of {', '.join(FORMATS)}")


# -- CSV -------------------------------------------------------------------------------------------
def _csv(analytics: ProgramAnalytics) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = ["row", analytics.by]
    for m in METRICS:
        header += [m.key] + ([f"{m.key}_low", f"{m.key}_high"] if m.interval else [])
    writer.writerow(header)
    rows = [("group", g) for g in analytics.groups] + [("total", analytics.total)]
    for kind, g in rows:
        cells: list = [kind, g.group]
        for m in METRICS:
            cells.append(m.get(g))
            if m.interval:
                cells += list(m.interval(g) or (None, None))
        writer.writerow([neutralise_cell(v) for v in cells])
    return out.getvalue()


# -- HTML ------------------------------------------------------------------------------------------
def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;
     line-height:1.45;color:#222}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-top:1px solid #ccc;padding-top:.6rem;margin-top:2rem}
.meta{color:#555;font-size:.9rem}.note{background:#fff8e1;border-left:4px solid #e0a800;padding:.4rem .7rem;margin:.4rem 0}
.kpis{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}.kpi{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;
     min-width:8.5rem}.kpi b{display:block;font-size:1.4rem}.kpi span{color:#555;font-size:.8rem}.kpi small{display:block;color:#555;font-size:.72rem}
table{border-collapse:collapse;font-size:.85rem;margin:.6rem 0}th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:right}
th:first-child,td:first-child{text-align:left}thead th{background:#f3f3f3}tr.total td{font-weight:bold;background:#fafafa}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(21rem,1fr));gap:1rem}
figure{margin:0;border:1px solid #eee;border-radius:6px;padding:.5rem}figcaption{font-size:.85rem;font-weight:600}
.legend{font-size:.8rem;margin:.3rem 0}.legend span{margin-right:.9rem;white-space:nowrap}
.legend i{display:inline-block;width:1.4rem;height:0;border-top:3px solid;vertical-align:middle;margin-right:.3rem}
.ex{border:1px solid #ddd;border-radius:6px;padding:.4rem .7rem;margin:.4rem 0}.ex .where{color:#555;font-size:.8rem}
mark{background:#f8c9c9;padding:0 2px;border-radius:3px}.ev{color:#555;font-size:.8rem}
details{margin:.3rem 0}.wide{overflow-x:auto}caption{text-align:left;font-weight:600;padding:.2rem 0}
@media print{
  body{margin:0;max-width:none;font-size:10pt}.wide{overflow:visible}table{font-size:7pt}h2{break-after:avoid}figure,.kpi,.ex,tr{break-inside:avoid}
  .charts{grid-template-columns:repeat(2,1fr)}details{display:block}details>summary{display:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def _series_colors(trends: list[TrendPoint]) -> dict[str, str]:
    names = sorted({t.series for t in trends if t.series != ALL_SERIES})
    colors = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}
    if any(t.series == ALL_SERIES for t in trends):
        colors[ALL_SERIES] = ALL_COLOR
    return colors


def _trend_values(trends: list[TrendPoint], metric) -> tuple[list[str], dict, dict]:
    """The months shown, each series' value per month, and its 90 % interval per month where known."""
    months = sorted({t.month for t in trends})
    values: dict[str, dict[str, float]] = {}
    bands: dict[str, dict[str, list[float]]] = {}
    for t in trends:
        v = metric.get(t.metrics)
        if v is not None:
            values.setdefault(t.series, {})[t.month] = float(v)
            interval = metric.interval(t.metrics) if metric.interval else None
            if interval:
                bands.setdefault(t.series, {})[t.month] = interval
    return months, values, bands


def _y_axis(metric, values: dict[str, dict[str, float]]) -> tuple[float, list[float]]:
    """The top of the y axis and its ticks: a share runs to 1, a SMART score to 5, a count past its highest."""
    if metric.kind == "share":
        return 1.0, [0, 0.25, 0.5, 0.75, 1.0]
    if metric.kind == "score":
        return 5.0, [0, 1, 2, 3, 4, 5]
    top_value = max((v for s in values.values() for v in s.values()), default=1.0)
    y_max = max(1.0, float(int(top_value) + 1))
    return y_max, [y_max * i / 4 for i in range(5)]


def _series_line(
    series: str,
    months: list[str],
    values: dict[str, float],
    bands: dict[str, list[float]],
    color: str,
    x,
    y,
    kind: str,
) -> list[str]:
    """A series' line, broken where a month has no value, and a point with a tooltip for each value."""
    parts = []
    dash = ' stroke-dasharray="6 4"' if series == ALL_SERIES else ""
    run: list[str] = []
    runs: list[list[str]] = []
    for m in months:
        if m in values:
            run.append(f"{x(m):.1f},{y(values[m]):.1f}")
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    for r in runs:
        if len(r) > 1:
            parts.append(
                f'<polyline fill="none" stroke="{color}" stroke-width="2"{dash} points="{" ".join(r)}"/>'
            )
    for m, v in values.items():
        band = format_interval(bands.get(m), kind)
        tip = f"{series}, {_month_label(m)}: {format_value(v, kind)}" + (
            f" (90% interval {band})" if band else ""
        )
        parts.append(
            f'<circle cx="{x(m):.1f}" cy="{y(v):.1f}" r="3.2" fill="{color}" '
            f'data-series="{_e(series)}" data-month="{_e(m)}" data-value="{round(v, 4):g}">'
            f"<title>{_e(tip)}</title></circle>"
        )
    return parts


def trend_chart_svg(
    trends: list[TrendPoint], metric_key: str, title: str, colors: dict[str, str] | None = None
) -> str:
    """One inline SVG line chart of a metric per month, one line per series; no scripts, no fonts.

    Each data point is a ``<circle>`` carrying ``data-series``, ``data-month`` and ``data-value`` and a
    ``<title>`` tooltip; a month without data for a series breaks its line rather than inventing a value.

    Example:
        >>> from coach.program.types import GroupMetrics, TrendPoint
        >>> pts = [TrendPoint("A", "2026-01", GroupMetrics("A", 9, open_ratio=0.5))]
        >>> 'data-value="0.5"' in trend_chart_svg(pts, "open_ratio", "Open questions")
        True
    """
    metric = METRIC_BY_KEY[metric_key]
    colors = colors or _series_colors(trends)
    months, values, bands = _trend_values(trends, metric)
    width, height, left, right, top, bottom = 420, 220, 44, 30, 12, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    y_max, ticks = _y_axis(metric, values)

    def x(month: str) -> float:
        i = months.index(month)
        return left + (plot_w / 2 if len(months) == 1 else plot_w * i / (len(months) - 1))

    def y(v: float) -> float:
        return top + plot_h * (1 - min(max(v, 0.0), y_max) / y_max)

    parts = [
        f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{_e(title)}" '
        f'data-metric="{_e(metric_key)}" style="max-width:{width}px;font-family:inherit">'
    ]
    for t in ticks:
        label = format_value(t, "share") if metric.kind == "share" else (f"{t:g}")
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#e5e5e5"/>'
            f'<text x="{left - 5}" y="{y(t) + 4:.1f}" font-size="10" text-anchor="end" fill="#555">'
            f"{_e(label)}</text>"
        )
    for m in months:
        parts.append(
            f'<text x="{x(m):.1f}" y="{height - bottom + 16}" font-size="10" text-anchor="middle" '
            f'fill="#555">{_e(_month_label(m))}</text>'
        )
    if not values:
        parts.append(
            f'<text x="{left + plot_w / 2:.1f}" y="{top + plot_h / 2:.1f}" font-size="12" '
            f'text-anchor="middle" fill="#777">no data for this figure</text>'
        )
    # "all" is drawn last, so the programme line stays on top of the cohorts.
    order = sorted(values, key=lambda s: (s == ALL_SERIES, s))
    for series in order:
        # The 90 % interval as a pale band behind the line, over each run of consecutive months.
        known = [m for m in months if m in bands.get(series, {})]
        if len(known) > 1:
            upper = " ".join(f"{x(m):.1f},{y(bands[series][m][1]):.1f}" for m in known)
            lower = " ".join(f"{x(m):.1f},{y(bands[series][m][0]):.1f}" for m in reversed(known))
            parts.append(
                f'<polygon class="band" data-series="{_e(series)}" points="{upper} {lower}" '
                f'fill="{colors.get(series, ALL_COLOR)}" fill-opacity="0.12" stroke="none"/>'
            )
    for series in order:
        color = colors.get(series, ALL_COLOR)
        parts += _series_line(series, months, values[series], bands.get(series, {}), color, x, y, metric.kind)
    parts.append("</svg>")
    return "".join(parts)


def _month_label(month: str) -> str:
    try:
        return datetime.strptime(month, "%Y-%m").strftime("%b %Y")
    except ValueError:
        return month


def _legend(colors: dict[str, str]) -> str:
    items = []
    for series, color in sorted(colors.items(), key=lambda kv: (kv[0] == ALL_SERIES, kv[0])):
        style = "dashed" if series == ALL_SERIES else "solid"
        name = "whole programme" if series == ALL_SERIES else series
        items.append(f'<span><i style="border-top:3px {style} {color}"></i>{_e(name)}</span>')
    return '<div class="legend">' + "".join(items) + "</div>"


def _kpi_tiles(total: GroupMetrics) -> str:
    tiles = [
        ("sessions", "sessions"),
        ("personality_share", "personality-focused feedback"),
        ("actionable_share", "actionable feedback"),
        ("specific_share", "specific feedback"),
        ("mean_smart", "mean SMART (0–5)"),
        ("open_ratio", "open questions"),
        ("actions_per_session", "action items per session"),
    ]
    out = []
    for key, label in tiles:
        metric = METRIC_BY_KEY[key]
        interval = format_interval(metric.interval(total), metric.kind) if metric.interval else ""
        band = f"<small>90% interval {_e(interval)}</small>" if interval else ""
        out.append(
            f'<div class="kpi"><b>{_e(format_value(metric.get(total), metric.kind))}</b>{band}'
            f"<span>{_e(label)}</span></div>"
        )
    return '<div class="kpis">' + "".join(out) + "</div>"


# The table per group, split in three so each fits a page (and the dashboard): feedback, goals, questions and actions.
TABLES = (
    (
        "Feedback",
        ("sessions", "feedback_sentences", "personality_share", "actionable_share", "specific_share"),
    ),
    ("Goals", ("sessions", "goals", "mean_smart", *(f"smart_{c}_share" for c in CRITERIA))),
    ("Questions and action items", ("sessions", "questions", "open_ratio", "actions", "actions_per_session")),
)


def _group_table(analytics: ProgramAnalytics) -> str:
    out = []
    for caption, keys in TABLES:
        metrics = [METRIC_BY_KEY[k] for k in keys]
        head = "".join(f"<th>{_e(m.title)}</th>" for m in metrics)
        rows = []
        for g, cls in [*((g, "") for g in analytics.groups), (analytics.total, "total")]:
            name = "All sessions shown" if cls == "total" else g.group
            cells = "".join(f"<td>{_e(format_with_interval(m, g))}</td>" for m in metrics)
            rows.append(f'<tr class="{cls}"><td>{_e(name)}</td>{cells}</tr>')
        out.append(
            f"<div class='wide'><table><caption>{_e(caption)}</caption><thead><tr>"
            f"<th>{_e(analytics.by.capitalize())}</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        )
    return "".join(out)


def _trend_table(trends: list[TrendPoint], metric_key: str) -> str:
    metric = METRIC_BY_KEY[metric_key]
    months = sorted({t.month for t in trends})
    by_series: dict[str, dict[str, TrendPoint]] = {}
    for t in trends:
        by_series.setdefault(t.series, {})[t.month] = t
    head = "".join(f"<th>{_e(_month_label(m))}</th>" for m in months)
    rows = []
    for series in sorted(by_series, key=lambda s: (s == ALL_SERIES, s)):
        cells = "".join(
            f"<td>{_e(format_with_interval(metric, by_series[series][m].metrics)) if m in by_series[series] else '–'}</td>"
            for m in months
        )
        rows.append(f"<tr><td>{_e('whole programme' if series == ALL_SERIES else series)}</td>{cells}</tr>")
    return f"<table><thead><tr><th>Series</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")


def display_reason(evidence: dict, text: str = "") -> str:
    """An evidence span's reason, fit to show beside the masked sentence ``text``.

    The analyzers' reasons quote the note as it was written, before names were masked: a quote
    (“…”, or the words after the last ": ") that is not in the masked sentence is replaced by the
    span's masked ``text``; a quote that is (a cue word such as “what”) stays as it is.

    Example:
        >>> ev = {"text": "[name] was rude", "reason": "describes who the person is (“Tom was rude”)"}
        >>> display_reason(ev, "[name] was rude.")
        'describes who the person is (“[name] was rude”)'
        >>> display_reason({"text": "copy [name] in", "reason": "specific: for: a next step: copy Dave in"}, "copy [name] in")
        'specific: for: a next step: copy [name] in'
        >>> display_reason({"text": "What", "reason": "“what” invites a description: What"}, "What went well?")
        '“what” invites a description: What'
        >>> display_reason({"text": "[name]", "reason": 'owner: "Sara": named'}, "[name] to reply")
        'owner: "[name]": named'
    """
    reason = str(evidence.get("reason") or "")
    quoted = str(evidence.get("text") or "")
    haystack = f"{text}\n{quoted}".casefold()

    def safe(words: str) -> str:
        return words if words.strip().casefold() in haystack else (quoted or "…")

    reason = _QUOTED.sub(lambda m: m.group(0)[0] + safe(m.group(0)[1:-1]) + m.group(0)[-1], reason)
    head, sep, tail = reason.rpartition(": ")
    # A lower-case tail is the analyzer's own word ("named"), not a quote of the note.
    if sep and tail.strip() and tail != tail.lower():
        reason = f"{head}: {safe(tail)}"
    return reason


def shown_example(example: Example) -> Example:
    """The example as it may be shown or exported: every reason's quotes rebuilt from the masked text.

    The scoring scrubs known names from reasons and hints too; this also covers names only spaCy
    found in the sentence, which a reason quoting the unmasked note would otherwise repeat.

    Example:
        >>> ex = Example("Session 1", "2026-03", "A", "Mentor 7F2A", "feedback", "personality", "[name] is rude",
        ...              [{"start": 0, "end": 14, "text": "[name] is rude", "reason": "a label: Ann is rude"}])
        >>> shown_example(ex).evidence[0]["reason"]
        'a label: [name] is rude'
    """
    evidence = [{**ev, "reason": display_reason(ev, example.text)} for ev in example.evidence]
    return replace(example, evidence=evidence)


def marked_text_html(text: str, evidence: list[dict]) -> str:
    """The masked sentence as HTML with each evidence span in a ``<mark>``, its reason on hover.

    Example:
        >>> marked_text_html("You are <lazy>", [{"start": 8, "end": 14, "reason": "a trait"}])
        'You are <mark title="a trait">&lt;lazy&gt;</mark>'
    """
    spans = sorted(
        (
            (int(ev.get("start", -1)), int(ev.get("end", -1)), str(ev.get("reason") or ""))
            for ev in evidence or []
        ),
        key=lambda s: (s[0], -s[1]),
    )
    out, pos = [], 0
    for start, end, reason in spans:
        # Overlapping or out-of-range spans are skipped, not guessed at: the text is shown as it is.
        if start < pos or end <= start or end > len(text):
            continue
        out.append(_e(text[pos:start]))
        out.append(f'<mark title="{_e(reason)}">{_e(text[start:end])}</mark>')
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _examples_html(examples: list[Example]) -> str:
    parts = [
        "<h2>Examples behind the figures</h2>",
        "<p class='meta'>Person names inside the notes are masked as [name]; mentors are pseudonyms. "
        "Marked words carried the label (reason on hover).</p>",
    ]
    for ex in examples:
        reasons = "; ".join(str(ev.get("reason")) for ev in ex.evidence if ev.get("reason"))
        parts.append(
            f'<div class="ex"><div class="where">{_e(ex.kind)}: <b>{_e(ex.label)}</b> · {_e(ex.cohort)} · '
            f"{_e(_month_label(ex.month))} · {_e(ex.mentor)} · {_e(ex.session)}</div>"
            f"<div>{marked_text_html(ex.text, ex.evidence)}</div>"
            + (f'<div class="ev">{_e(reasons)}</div>' if reasons else "")
            + (f'<div class="ev">Hint: {_e(ex.hint)}</div>' if ex.hint else "")
            + "</div>"
        )
    return "".join(parts)


def _html(analytics: ProgramAnalytics, examples: list[Example]) -> str:
    total = analytics.total
    colors = _series_colors(analytics.trends)
    filters = "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(analytics.filters.items()) if v) or "none"
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Program report by {_e(analytics.by)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Feedback and goal-setting quality, by {_e(analytics.by)}</h1>",
        f"<p class='meta'>{_e(format_value(total.sessions, 'count'))} sessions · filters: {_e(filters)} · "
        f"{_e(describe_version(analytics.analyzer_version))} · generated {_e(generated)}</p>",
        f"<p class='meta'>Mentors are shown by pseudonym and names inside notes are masked. No figure is "
        f"shown for a group of fewer than {_e(analytics.min_group_sessions)} sessions: such groups are "
        f"folded into “other” (with the smallest other groups when “other” would still be too small).</p>",
        f"<p class='meta'>{_e(ESTIMATES_NOTE)}</p>",
    ]
    if analytics.unscored_sessions:
        parts.append(
            f"<p class='note'>{_e(analytics.unscored_sessions)} imported sessions are not scored yet and "
            f"are not counted here (run <code>mentor-coach score</code>).</p>"
        )
    parts += [f"<p class='note'>{_e(note)}</p>" for note in analytics.folded]
    parts.append(_kpi_tiles(total))
    parts.append(f"<h2>By {_e(analytics.by)}</h2>")
    parts.append(_group_table(analytics))
    parts.append("<h2>Trends by month</h2>")
    if analytics.trends:
        parts.append(_legend(colors))
        parts.append('<div class="charts">')
        for key, title in CHARTS:
            parts.append(
                f"<figure><figcaption>{_e(title)}</figcaption>"
                f"{trend_chart_svg(analytics.trends, key, title, colors)}"
                f"<details><summary>the figures</summary>{_trend_table(analytics.trends, key)}</details>"
                f"</figure>"
            )
        parts.append("</div>")
    else:
        parts.append("<p>No month has enough scored sessions to draw a trend.</p>")
    if examples:
        parts.append(_examples_html(examples))
    parts.append("</body></html>")
    return "".join(parts)
