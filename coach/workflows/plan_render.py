"""A session plan on paper: Markdown for notes apps and email, one printable HTML page.

Example:
    >>> from coach.workflows.plan import PlanRequest, plan_session                        # doctest: +SKIP
    >>> plan_markdown(plan_session(PlanRequest(minutes=30))).splitlines()[0]     # doctest: +SKIP
    '# Session plan (30 minutes)'
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from coach.analyzers.safety import safeguarding_heading

if TYPE_CHECKING:
    from coach.workflows.plan import SessionPlan


def plan_markdown(plan: SessionPlan) -> str:
    """The plan as Markdown, for notes apps and email."""
    lines = [
        f"# Session plan ({plan.minutes} minutes)",
        "",
        f"Phase: **{plan.phase.replace('_', ' ')}** ({plan.phase_reason}) · relationship: {plan.relationship}",
    ]
    if plan.focus:
        lines.append(f"Focus: {plan.focus}")
    lines.append("")
    if plan.goals:
        lines += ["## Goals", ""]
        for g in plan.goals:
            score = f"SMART {g['smart_score']}/5" if g["is_goal"] else "not a goal yet"
            lines.append(
                f"- Goal {g['number']}: {g['text']} ({score})"
                + (f" → a wording to agree: {g['rewrite']}" if g.get("rewrite") else "")
            )
        lines.append("")
    if plan.safeguarding:
        book = plan.safeguarding["playbook"]
        lines += [
            f"## {safeguarding_heading(plan.safeguarding)}: {plan.safeguarding['title']}",
            "",
            plan.safeguarding["text"],
            "",
            f"- Open with: “{book['opening']}”",
        ] + [f"- Ask: {q}" for q in book["ask"]]
        lines += [f"- Avoid: {a}" for a in book["avoid"]] + [f"- Refer on: {book['refer']}", ""]
    start = 0
    for item in plan.agenda:
        lines += [
            f"## {start:>3}–{start + item.minutes} min · {item.title} ({item.minutes} min)",
            "",
            item.purpose,
            "",
        ]
        start += item.minutes
        lines += [f"- {p}" for p in item.points]
        lines += [f"- Ask: {q.text} _({q.id})_" for q in item.questions]
        if item.technique:
            lines.append(
                f"- Technique: **{item.technique.title}**: {item.technique.text} _({item.technique.id})_"
            )
        lines.append("")
    if plan.checklist:
        lines += [f"## Checklist for the {plan.phase.replace('_', ' ')} phase", ""]
        lines += [f"- [ ] {c.title}: {c.text} _({c.id})_" for c in plan.checklist]
        lines.append("")
    if plan.draft_questions:
        lines += ["## Your draft questions", ""]
        for q in plan.draft_questions:
            verdict = q["label"] + (", leading" if q["leading"] else "")
            lines.append(
                f"- {q['text']} ({verdict})" + (f" → try: {q['suggestion']}" if q.get("suggestion") else "")
            )
        lines.append("")
    for w in plan.warnings:
        lines.append(f"> Note: {w}")
    return "\n".join(lines).rstrip() + "\n"


def plan_html(plan: SessionPlan) -> str:
    """One printable, plan-contained HTML page (no scripts, no external files)."""
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Session plan</title><style>",
        "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.45;color:#222}"
        "h2{border-top:1px solid #ccc;padding-top:.6rem;font-size:1.1rem}.cite{color:#777;font-size:.85em}"
        "@media print{body{margin:0}}</style></head><body>",
        f"<h1>Session plan ({plan.minutes} minutes)</h1><p>Phase: <b>{e(plan.phase.replace('_', ' '))}</b> "
        f"({e(plan.phase_reason)}) · relationship: {e(plan.relationship)}</p>",
    ]
    if plan.focus:
        parts.append(f"<p>Focus: {e(plan.focus)}</p>")
    if plan.goals:
        parts.append("<h2>Goals</h2><ul>")
        for g in plan.goals:
            score = f"SMART {g['smart_score']}/5" if g["is_goal"] else "not a goal yet"
            tail = f" → a wording to agree: {e(g['rewrite'])}" if g.get("rewrite") else ""
            parts.append(f"<li>Goal {g['number']}: {e(g['text'])} ({score}){tail}</li>")
        parts.append("</ul>")
    if plan.safeguarding:
        book = plan.safeguarding["playbook"]
        parts.append(
            f"<h2>{safeguarding_heading(plan.safeguarding)}: {e(plan.safeguarding['title'])}</h2>"
            f"<p>{e(plan.safeguarding['text'])}</p>"
            f"<ul><li>Open with: “{e(book['opening'])}”</li>"
        )
        parts += [f"<li>Ask: {e(q)}</li>" for q in book["ask"]] + [
            f"<li>Avoid: {e(a)}</li>" for a in book["avoid"]
        ]
        parts.append(f"<li>Refer on: {e(book['refer'])}</li></ul>")
    start = 0
    for item in plan.agenda:
        parts.append(
            f"<h2>{start}–{start + item.minutes} min · {e(item.title)}</h2><p>{e(item.purpose)}</p><ul>"
        )
        start += item.minutes
        parts += [f"<li>{e(p)}</li>" for p in item.points]
        parts += [f"<li>Ask: {e(q.text)} <span class='cite'>{e(q.id)}</span></li>" for q in item.questions]
        if item.technique:
            parts.append(
                f"<li>Technique: <b>{e(item.technique.title)}</b>: {e(item.technique.text)} "
                f"<span class='cite'>{e(item.technique.id)}</span></li>"
            )
        parts.append("</ul>")
    if plan.checklist:
        parts.append(f"<h2>Checklist for the {e(plan.phase.replace('_', ' '))} phase</h2><ul>")
        parts += [
            f"<li>☐ {e(c.title)}: {e(c.text)} <span class='cite'>{e(c.id)}</span></li>"
            for c in plan.checklist
        ]
        parts.append("</ul>")
    if plan.draft_questions:
        parts.append("<h2>Your draft questions</h2><ul>")
        for q in plan.draft_questions:
            tail = f" → try: {e(q['suggestion'])}" if q.get("suggestion") else ""
            parts.append(
                f"<li>{e(q['text'])} ({e(q['label'])}{', leading' if q['leading'] else ''}){tail}</li>"
            )
        parts.append("</ul>")
    parts += [f"<p><i>Note: {e(w)}</i></p>" for w in plan.warnings]
    parts.append("</body></html>")
    return "".join(parts)
