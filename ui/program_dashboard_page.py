"""Program lead page: the dashboard: filters, KPI tiles, monthly trends per cohort, the group table with
downloads, and one click to the sentences behind a figure. Pseudonyms and folded groups only."""

from __future__ import annotations

import html
import json
from functools import partial

import altair as alt
import pandas as pd
import streamlit as st

from coach.errors import CoachError
from coach.program.analytics import SelectionRefused
from coach.program.report import (
    ALL_COLOR,
    ESTIMATES_NOTE,
    METRIC_BY_KEY,
    METRICS,
    PALETTE,
    TABLES,
    format_interval,
    format_value,
    format_with_interval,
)
from coach.program.scoring import describe_version
from coach.program.types import GROUPINGS
from ui.program_shared import (
    DEMO,
    cached_analytics,
    cached_report,
    choose_store,
    describe_store,
    filter_widgets,
    filters_key,
    month_label,
    preload_demo_in_app,
    revision,
    session_count,
)

TILES = (
    ("sessions", "Sessions", "scored sessions matching the filters"),
    (
        "personality_share",
        "Personality",
        "share of feedback sentences about who the mentee is, not what they did (lower is better)",
    ),
    ("actionable_share", "Actionable", "share of feedback sentences that say what to do next"),
    ("specific_share", "Specific", "share of feedback sentences tied to a concrete moment or piece of work"),
    ("mean_smart", "Mean SMART", "mean number of SMART criteria met per goal, 0 to 5"),
    ("open_ratio", "Open questions", "share of the questions asked in the sessions that are open"),
    ("actions_per_session", "Actions / session", "action items agreed per session"),
)
CHARTS = (
    ("personality_share", "Personality-focused feedback, %"),
    ("actionable_share", "Actionable feedback, %"),
    ("specific_share", "Specific feedback, %"),
    ("mean_smart", "Mean SMART score of goals (0–5)"),
    ("smart_time_bound_share", "Time-bound goals, %"),
    ("open_ratio", "Open questions, % of questions"),
)
# A figure on the dashboard -> the sentences behind it (kind and label as ``analytics.examples`` takes them).
FIGURES = {
    "Personality-focused feedback": ("feedback", "personality"),
    "Behaviour-focused feedback": ("feedback", "behaviour"),
    "Goals": ("goal", None),
    "Closed questions": ("question", "closed"),
    "Open questions": ("question", "open"),
    "Action items": ("action", None),
}
GROUP_FILTER = {"cohort": "cohort", "mentor": "mentor", "month": "month"}
EXAMPLES_REQUEST = "examples_request"
WHOLE = "whole programme"
ALL_SHOWN = "all shown"


def _filters(which: str) -> tuple[dict[str, list[str]], str]:
    c1, c2, c3, c4 = st.columns([3, 3, 3, 2])
    filters = filter_widgets(which, "dash", (c1, c2, c3))
    return filters, c4.radio("Group by", GROUPINGS, key=f"dash_by_{which}", horizontal=True)


def _tiles(analytics) -> None:
    cols = st.columns(len(TILES))
    metric_by_key = {m.key: m for m in METRICS}
    for col, (key, label, help_text) in zip(cols, TILES):
        metric = metric_by_key[key]
        col.metric(label, format_value(metric.get(analytics.total), metric.kind), help=help_text)
        interval = format_interval(metric.interval(analytics.total), metric.kind) if metric.interval else ""
        if interval:
            col.caption(f"90% interval {interval}")


def _trend_frame(analytics, key: str) -> pd.DataFrame:
    """One row per trend point: series, month, the figure and its 90 % interval (shares in per cent)."""
    metric = next(m for m in METRICS if m.key == key)
    scale = 100 if metric.kind == "share" else 1
    rows = []
    for t in analytics.trends:
        value = metric.get(t.metrics)
        if value is None:
            continue
        low, high = (metric.interval(t.metrics) if metric.interval else None) or (value, value)
        rows.append(
            {
                "series": WHOLE if t.series == "all" else t.series,
                "month": t.month,
                "value": round(value * scale, 1),
                "low": round(low * scale, 1),
                "high": round(high * scale, 1),
            }
        )
    frame = pd.DataFrame(rows, columns=["series", "month", "value", "low", "high"])
    frame["when"] = pd.to_datetime(frame["month"] + "-01")
    return frame


def _trends_chart(analytics):
    """The six trends in one faceted chart (one vega view paints much faster than six), each with its bands."""
    frames = []
    for key, title in CHARTS:
        frame = _trend_frame(analytics, key)
        frame["figure"] = title
        frames.append(frame)
    frame = pd.concat(frames, ignore_index=True)
    cohorts = sorted(s for s in frame["series"].unique() if s != WHOLE)
    # The report's colours (Okabe-Ito), the whole programme in grey and dashed.
    colors = [PALETTE[i % len(PALETTE)] for i in range(len(cohorts))] + [ALL_COLOR]
    color = alt.Color(
        "series:N", title=None, scale=alt.Scale(domain=[*cohorts, WHOLE], range=colors), legend=None
    )
    x = alt.X("yearmonth(when):T", title=None, axis=alt.Axis(format="%b", labelAngle=0, tickCount="month"))
    y_scale = alt.Scale(zero=True, nice=True)
    # The 90 % interval of each line as a pale band behind it.
    band = (
        alt.Chart()
        .mark_area(opacity=0.12)
        .encode(x=x, y=alt.Y("low:Q", scale=y_scale, title=None), y2="high:Q", color=color)
    )
    pick = alt.selection_point(name="pick", fields=["figure", "series", "month"], on="click", clear=False)
    line = (
        alt.Chart()
        .mark_line(point=alt.OverlayMarkDef(size=60, filled=True, cursor="pointer"), strokeWidth=2)
        .encode(
            x=x,
            y=alt.Y("value:Q", scale=y_scale, title=None),
            color=color,
            strokeDash=alt.StrokeDash(
                "dashed:N", legend=None, scale=alt.Scale(domain=[False, True], range=[[1, 0], [5, 3]])
            ),
            tooltip=[
                alt.Tooltip("series:N"),
                alt.Tooltip("yearmonth(when):T", title="month", format="%B %Y"),
                alt.Tooltip("figure:N"),
                alt.Tooltip("value:Q", format=".1f"),
                alt.Tooltip("low:Q", title="90% interval from", format=".1f"),
                alt.Tooltip("high:Q", title="to", format=".1f"),
            ],
        )
        .transform_calculate(dashed=f"datum.series == '{WHOLE}'")
        .add_params(pick)
    )
    return (
        alt.layer(band, line, data=frame)
        .properties(width=255, height=180)
        .facet(
            facet=alt.Facet(
                "figure:N",
                sort=[title for _, title in CHARTS],
                title=None,
                header=alt.Header(
                    labelFontWeight="bold", labelFontSize=13, labelAnchor="start", labelAlign="left"
                ),
            ),
            columns=3,
            spacing={"row": 28, "column": 24},
        )
        .resolve_scale(y="independent")
    )


def _legend(analytics) -> None:
    cohorts = sorted({t.series for t in analytics.trends if t.series != "all"})
    items = [
        f'<span style="white-space:nowrap;margin-right:1.2rem"><span style="display:inline-block;width:1.6rem;'
        f'border-top:3px solid {PALETTE[i % len(PALETTE)]};vertical-align:middle"></span> {html.escape(c)}</span>'
        for i, c in enumerate(cohorts)
    ]
    items.append(
        f'<span style="white-space:nowrap"><span style="display:inline-block;width:1.6rem;border-top:3px '
        f'dashed {ALL_COLOR};vertical-align:middle"></span> {WHOLE}</span>'
    )
    st.markdown('<div style="font-size:0.9rem">' + "".join(items) + "</div>", unsafe_allow_html=True)


# A point clicked on a trend chart -> the sentences behind it (the chart's metric, that cohort, that month).
CHART_EXAMPLES = {
    "personality_share": ("feedback", "personality"),
    "actionable_share": ("feedback", None),
    "specific_share": ("feedback", None),
    "mean_smart": ("goal", None),
    "smart_time_bound_share": ("goal", None),
    "open_ratio": ("question", None),
}


def _point_picked() -> None:
    """Runs once per click on a chart (before the rerun): ask for the sentences behind that point."""
    state = st.session_state.get("trends") or {}
    points = (state.get("selection") or {}).get("pick") or []
    key = next((k for k, title in CHARTS if points and title == points[0].get("figure")), None)
    if key is None:
        return
    point, (kind, label) = points[0], CHART_EXAMPLES[key]
    filters = {"month": [point["month"]]} if point.get("month") else {}
    if point.get("series") and point["series"] != WHOLE:
        filters["cohort"] = [point["series"]]
    st.session_state[EXAMPLES_REQUEST] = {"kind": kind, "label": label, "filters": filters, "go": True}


# Building and validating the Altair spec is most of the page script's own time on a warm server; the
# chart depends only on the analytics, so it is kept with the same key (the store's revision moves on
# every import or scoring). Altair copies a chart to serialise it, so the shared objects are not changed.
@st.cache_resource(show_spinner=False, max_entries=64)
def _cached_chart(which: str, rev: int, by: str, filters_json: str):
    return _trends_chart(cached_analytics(which, rev, by, filters_json))


def _charts(which: str, analytics, filters: dict) -> None:
    st.subheader("Trends by month")
    if not analytics.trends:
        st.info("No month has enough scored sessions to draw a trend.")
        return
    st.caption(
        "One line per cohort and one for the whole programme; a month of a cohort with fewer than "
        f"{analytics.min_group_sessions} sessions is left out, so its line has a gap. Click a point to see "
        "the sentences behind it."
    )
    _legend(analytics)
    empty = [
        title
        for key, title in CHARTS
        if all(METRIC_BY_KEY[key].get(point.metrics) is None for point in analytics.trends)
    ]
    chart = _cached_chart(which, revision(which), analytics.by, filters_key(filters))
    st.altair_chart(chart, key="trends", on_select=_point_picked, selection_mode="pick")
    st.caption(
        "Shares in per cent, mean SMART in criteria met (0–5); the pale band around each line is its 90% "
        "interval."
        + (
            f" No data for: {', '.join(empty)} (nothing of this kind was found in the months shown)."
            if empty
            else ""
        )
    )


def _group_table(analytics) -> None:
    st.subheader(f"By {analytics.by}")
    # Two tables, as in the HTML report, so each fits the page; each figure with its 90 % interval, "–" for none.
    for caption, keys in TABLES:
        metrics = [METRIC_BY_KEY[k] for k in keys]
        records = []
        for g in [*analytics.groups, analytics.total]:
            row = {analytics.by: g.group if g is not analytics.total else "All sessions shown"}
            row.update({m.title: format_with_interval(m, g) for m in metrics})
            records.append(row)
        st.markdown(f"**{caption}**")
        # Tall enough for every row of a typical program (about 20 mentors) without a second scrollbar.
        st.dataframe(
            pd.DataFrame.from_records(records),
            hide_index=True,
            width="stretch",
            height=min(38 + 35 * len(records), 800),
        )
    st.caption(ESTIMATES_NOTE)


def _downloads(which: str, analytics, filters: dict) -> None:
    d1, d2, d3 = st.columns(3)
    stem = f"program-{'demo-' if which == DEMO else ''}by-{analytics.by}"
    key = (which, revision(which), analytics.by, filters_key(filters))
    # Callables: Streamlit makes a file only when its button is clicked, so a page load or a new filter does
    # not render three reports (and look up the HTML report's examples) that are rarely downloaded.
    # on_click="ignore": a download changes nothing on the page, so it does not rerun (and redraw) the
    # whole dashboard; a rerun also swapped the buttons under a second click, which was then lost.
    d1.download_button(
        "Download the table (CSV)",
        partial(cached_report, *key, "csv"),
        file_name=stem + ".csv",
        mime="text/csv",
        on_click="ignore",
    )
    d2.download_button(
        "Download JSON",
        partial(cached_report, *key, "json"),
        file_name=stem + ".json",
        mime="application/json",
        on_click="ignore",
    )
    d3.download_button(
        "Download the HTML report",
        partial(cached_report, *key, "html"),
        file_name=stem + ".html",
        mime="text/html",
        on_click="ignore",
    )


def _look_closer(analytics, filters: dict) -> None:
    st.subheader("The sentences behind a figure")
    st.caption(
        "e.g. personality-focused feedback in one cohort in March: pick it and open the sentences, "
        "masked, with the words that carried each label."
    )
    groups = [g.group for g in analytics.groups if g.group != "other"]
    months = sorted({t.month for t in analytics.trends})
    c1, c2, c3, c4 = st.columns([3, 3, 2, 2])
    figure = c1.selectbox("Figure", list(FIGURES), key="dash_figure")
    group = c2.selectbox(
        f"In ({analytics.by})",
        [ALL_SHOWN, *groups],
        key="dash_group",
        format_func=lambda g: month_label(g) if analytics.by == "month" and g != ALL_SHOWN else g,
    )
    month = ALL_SHOWN
    if analytics.by != "month":
        month = c3.selectbox(
            "In month",
            [ALL_SHOWN, *months],
            key="dash_example_month",
            format_func=lambda m: m if m == ALL_SHOWN else month_label(m),
        )
    c4.markdown("&nbsp;")
    if c4.button("Show the sentences", type="primary"):
        chosen = {k: list(v) for k, v in filters.items()}
        if group != ALL_SHOWN:
            chosen[GROUP_FILTER[analytics.by]] = [group]
        if month != ALL_SHOWN:
            chosen["month"] = [month]
        kind, label = FIGURES[figure]
        st.session_state[EXAMPLES_REQUEST] = {"kind": kind, "label": label, "filters": chosen}
        pages = st.session_state.get("program_pages") or {}
        if "examples" in pages:
            st.switch_page(pages["examples"])


def program_dashboard() -> None:
    st.title("Program dashboard")
    which = choose_store()
    st.caption(
        f"Showing {describe_store(which)}. Mentors are shown by pseudonym; no figure is shown for a group "
        "of fewer than 5 sessions."
    )
    try:
        count = session_count(which, revision(which))
    except CoachError as exc:
        st.error(str(exc))
        return
    if count == 0:
        if which == DEMO:
            st.info("The demo program is not loaded yet (`make run` preloads it).")
            if st.button("Load the demo program", type="primary"):
                preload_demo_in_app()
                st.rerun()
        else:
            st.info(
                "Your program has no sessions yet: import your session records on the Import page, "
                "or switch to the demo program above."
            )
            pages = st.session_state.get("program_pages") or {}
            if "import" in pages:
                st.page_link(pages["import"], label="Import session records", icon=":material/upload_file:")
        return
    request = st.session_state.get(EXAMPLES_REQUEST) or {}
    if request.pop("go", False) and "examples" in (st.session_state.get("program_pages") or {}):
        st.switch_page(st.session_state["program_pages"]["examples"])
    filters, by = _filters(which)
    try:
        analytics = cached_analytics(which, revision(which), by, filters_key(filters))
    except SelectionRefused as exc:
        st.warning(str(exc))
        return
    except CoachError as exc:
        st.error(str(exc))
        return
    if analytics.unscored_sessions:
        st.warning(
            f"{analytics.unscored_sessions} imported sessions are not scored yet and are not counted here: "
            "score them on the Import page."
        )
    if analytics.total.sessions < analytics.min_group_sessions:
        st.info(
            "No scored session matches these filters."
            if analytics.total.sessions == 0
            else f"No figures are shown for fewer than {analytics.min_group_sessions} sessions: widen the filters."
        )
        return
    _tiles(analytics)
    st.markdown(
        f"**Groups under {analytics.min_group_sessions} sessions are folded into 'other'** (with the "
        "smallest other groups when 'other' would still be too small), so no one can be recognised from a "
        "small group's figures."
    )
    for note in analytics.folded:
        st.info(note)
    _charts(which, analytics, filters)
    _group_table(analytics)
    _downloads(which, analytics, filters)
    _look_closer(analytics, filters)
    st.caption(
        describe_version(analytics.analyzer_version).capitalize()
        + " · filters: "
        + (json.dumps(filters) if filters else "none")
    )
