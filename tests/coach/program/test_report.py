"""The report renderer on a hand-built ProgramAnalytics: the unit is the renderer, not a model."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from coach.errors import InputError
from coach.program.report import CHARTS, METRICS, neutralise_cell, render_report, trend_chart_svg
from coach.program.types import CRITERIA, Example, GroupMetrics, ProgramAnalytics, TrendPoint

pytestmark = pytest.mark.fast

EVIL = '<script>alert("x")</script>'


def metrics(
    group: str, sessions: int, p: float | None, smart: float | None = 2.5, open_ratio=0.6
) -> GroupMetrics:
    return GroupMetrics(
        group=group,
        sessions=sessions,
        feedback_sentences=sessions * 3,
        personality_share=p,
        actionable_share=0.4,
        specific_share=0.55,
        goals=sessions // 2,
        mean_smart=smart,
        criteria_shares={c: 0.1 * (i + 1) for i, c in enumerate(CRITERIA)},
        questions=sessions * 2,
        open_ratio=open_ratio,
        actions=sessions,
        actions_per_session=1.0,
    )


@pytest.fixture
def analytics() -> ProgramAnalytics:
    trends = []
    for series, shares in {
        "Clinical Leaders": [0.40, 0.35, 0.12],
        "Software Engineering": [0.2, None, 0.22],
        "all": [0.30, 0.28, 0.18],
    }.items():
        for month, share in zip(["2026-01", "2026-02", "2026-03"], shares):
            trends.append(TrendPoint(series, month, metrics(series, 30, share)))
    return ProgramAnalytics(
        by="cohort",
        total=metrics("all", 618, 0.23),
        groups=[
            metrics("Clinical Leaders", 199, 0.3),
            metrics("Software Engineering", 210, 0.2),
            metrics("=cmd|' /C calc'!A0", 9, 0.1),
            metrics(EVIL, 6, 0.5),
            metrics("other", 7, None, smart=None),
        ],
        trends=trends,
        folded=["Mentor 7F2A (3 sessions) folded into 'other': groups under 5 sessions are not shown"],
        analyzer_version="goals-1+feedback-1",
        unscored_sessions=2,
        filters={"cohort": ["Clinical Leaders"]},
    )


def examples() -> list[Example]:
    return [
        Example(
            session="Session 0042",
            month="2026-03",
            cohort="Clinical Leaders",
            mentor="Mentor 7F2A",
            kind="feedback",
            label="personality",
            text="[name] is <so> lazy & late.",
            evidence=[{"start": 10, "end": 17, "text": "<so> la", "reason": "a trait <u>"}],
        )
    ]


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict]]:
    p = Tags()
    p.feed(html)
    return p.tags


# -- neutralise_cell ---------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx", '=HYPERLINK("http://x")'])
def test_formula_like_cells_are_prefixed(raw):
    assert neutralise_cell(raw) == "'" + raw


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("Clinical Leaders", "Clinical Leaders"),
        (None, ""),
        (3, "3"),
        (0.5, "0.5"),
        (0.123456, "0.1235"),
        (0.0, "0"),
        ("a=b", "a=b"),
        (True, "true"),
        ("", ""),
    ],
)
def test_ordinary_cells_are_left_alone(raw, expected):
    assert neutralise_cell(raw) == expected


def test_a_negative_number_is_neutralised_too():
    # A spreadsheet evaluates "-1+2": the rule is on the first character, whatever the cell holds.
    assert neutralise_cell(-1.5) == "'-1.5"


# -- CSV ---------------------------------------------------------------------------------------------
def test_csv_has_one_row_per_group_with_every_metric_and_the_total(analytics):
    rows = list(csv.reader(io.StringIO(render_report(analytics, "csv"))))
    header, body = rows[0], rows[1:]
    assert header == [
        "row",
        "cohort",
        *(k for m in METRICS for k in ([m.key, f"{m.key}_low", f"{m.key}_high"] if m.interval else [m.key])),
    ]
    assert "personality_share_low" in header and "open_ratio_high" in header and "sessions_low" not in header
    assert {f"smart_{c}_share" for c in CRITERIA} <= set(header)
    assert [r[0] for r in body] == ["group"] * 5 + ["total"]
    assert all(len(r) == len(header) for r in body)
    clinical = dict(zip(header, body[0]))
    assert clinical["cohort"] == "Clinical Leaders" and clinical["sessions"] == "199"
    assert clinical["personality_share"] == "0.3" and clinical["smart_time_bound_share"] == "0.5"
    other = dict(zip(header, body[4]))
    assert other["personality_share"] == "" and other["mean_smart"] == ""


def test_csv_neutralises_every_cell(analytics):
    rows = list(csv.reader(io.StringIO(render_report(analytics, "csv"))))
    names = [r[1] for r in rows[1:]]
    assert "'=cmd|' /C calc'!A0" in names
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


# -- JSON --------------------------------------------------------------------------------------------
def test_json_is_the_analytics_contract_plus_examples(analytics):
    data = json.loads(render_report(analytics, "json", examples()))
    expected = analytics.to_dict()
    assert {k: data[k] for k in expected} == json.loads(json.dumps(expected))
    assert data["examples"][0]["text"] == "[name] is <so> lazy & late."
    assert json.loads(render_report(analytics, "json"))["examples"] == []


def test_an_unknown_format_is_a_clear_message(analytics):
    with pytest.raises(InputError, match="html, csv, json"):
        render_report(analytics, "pdf")


# -- HTML --------------------------------------------------------------------------------------------
def test_html_is_self_contained(analytics):
    page = render_report(analytics, "html", examples())
    assert page.startswith("<!doctype html>") and page.endswith("</html>")
    assert "http" not in page.lower()  # no external address at all (inline SVG needs no xmlns)
    assert "<script" not in page.lower()
    assert "@import" not in page and "url(" not in page and "@font-face" not in page
    for tag, attrs in parse(page):
        assert "src" not in attrs and tag not in ("script", "img", "iframe", "link", "object", "embed"), (
            tag,
            attrs,
        )
        assert "href" not in attrs, (tag, attrs)
    assert "@media print" in page


def test_html_escapes_every_value(analytics):
    page = render_report(analytics, "html", examples())
    assert EVIL not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    # The example's text and the reason of its evidence are escaped, and the span is marked.
    assert "<so>" not in page and "<u>" not in page
    assert '[name] is <mark title="a trait &lt;u&gt;">&lt;so&gt; la</mark>zy &amp; late.' in page


def test_html_shows_the_table_the_folded_notes_and_the_unscored(analytics):
    page = render_report(analytics, "html")
    assert "Mentor 7F2A (3 sessions) folded into &#x27;other&#x27;" in page
    assert "2 imported sessions are not scored yet" in page
    assert "fewer than 5 sessions" in page
    assert "Clinical Leaders" in page and ">199<" in page and ">30%<" in page
    assert "cohort: Clinical Leaders" in page
    # "other" with no feedback shows a dash, not a zero.
    other_row = re.search(r"<tr class=\"\"><td>other</td>(.*?)</tr>", page).group(1)
    assert "<td>–</td>" in other_row


def test_html_charts_carry_every_data_point(analytics):
    page = render_report(analytics, "html")
    svgs = re.findall(r"<svg .*?</svg>", page, flags=re.S)
    assert len(svgs) == len(CHARTS)
    personality = next(s for s in svgs if 'data-metric="personality_share"' in s)
    points = {
        (a["data-series"], a["data-month"]): float(a["data-value"])
        for tag, a in parse(personality)
        if tag == "circle"
    }
    assert points[("Clinical Leaders", "2026-01")] == 0.4
    assert points[("Clinical Leaders", "2026-03")] == 0.12
    assert points[("all", "2026-02")] == 0.28
    # A month without data is a gap, not a zero.
    assert ("Software Engineering", "2026-02") not in points
    assert len(points) == 8
    assert "Clinical Leaders, Mar 2026: 12%" in personality


def test_a_higher_value_is_drawn_higher(analytics):
    svg = trend_chart_svg(analytics.trends, "personality_share", "p")
    cy = {(a["data-series"], a["data-month"]): float(a["cy"]) for tag, a in parse(svg) if tag == "circle"}
    assert cy[("Clinical Leaders", "2026-01")] < cy[("Clinical Leaders", "2026-03")]  # 40% above 12%


def test_a_gap_splits_the_line(analytics):
    svg = trend_chart_svg(analytics.trends, "personality_share", "p")
    lines = [a for tag, a in parse(svg) if tag == "polyline"]
    # Clinical Leaders and "all" have three months in a row; Software Engineering has two single points.
    assert sorted(len(a["points"].split()) for a in lines) == [3, 3]


def test_mean_smart_is_drawn_on_a_zero_to_five_scale(analytics):
    svg = trend_chart_svg(analytics.trends, "mean_smart", "m")
    assert ">5</text>" in svg and ">100%</text>" not in svg


def test_html_with_no_trends_says_so():
    a = ProgramAnalytics(by="month", total=GroupMetrics("all", 3))
    page = render_report(a, "html")
    assert "No month has enough scored sessions" in page and "<svg" not in page


# -- what an example may show --------------------------------------------------------------------------
def test_reasons_are_rebuilt_from_the_masked_text(analytics):
    leaky = Example(
        session="Session 0001",
        month="2026-03",
        cohort="Clinical Leaders",
        mentor="Mentor 7F2A",
        kind="feedback",
        label="personality",
        text="[name] was rude to [name] on Friday.",
        evidence=[
            {
                "start": 0,
                "end": 24,
                "text": "[name] was rude to [name]",
                "reason": "describes who the person is (“Thandi was rude to Giorgos”), not what they did",
            },
            {"start": 25, "end": 34, "text": "on Friday", "reason": "a particular detail: on Friday"},
            {"start": 0, "end": 6, "text": "[name]", "reason": "owner: Thandi"},
            {"start": 0, "end": 6, "text": "[name]", "reason": 'owner: "Thandi": named'},
            {"start": 0, "end": 6, "text": "[name]", "reason": "“what” invites a description: What"},
        ],
        hint="On Friday, [name] [the action you saw]...",
    )
    for fmt in ("html", "json"):
        out = render_report(analytics, fmt, [leaky])
        assert "Thandi" not in out and "Giorgos" not in out, fmt
    data = json.loads(render_report(analytics, "json", [leaky]))["examples"][0]
    assert [e["reason"] for e in data["evidence"]] == [
        "describes who the person is (“[name] was rude to [name]”), not what they did",
        "a particular detail: on Friday",
        "owner: [name]",
        'owner: "[name]": named',
        "“[name]” invites a description: [name]",
    ]
    assert data["hint"] == "On Friday, [name] [the action you saw]..."
    assert leaky.evidence[2]["reason"] == "owner: Thandi"  # the caller's object is left as it was


def test_html_tables_show_every_metric(analytics):
    page = render_report(analytics, "html")
    for m in METRICS:
        assert f"<th>{m.title.replace('&', '&amp;')}</th>" in page, m.key
