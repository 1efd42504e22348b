"""Show evidence spans in the user's own text: coloured marks with the reason on hover.

Presentation only; the spans come from the library's reports.

Example:
    >>> highlight_html("Pass the exam by June", [Mark(17, 21, "time_bound", "a deadline")], {"time_bound": "#cde"})
    '<div class="mc-hl"...'
"""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    label: str
    reason: str
    uncertain: bool = False  # near its threshold: drawn dashed and pale, and said in the hover text


def highlight_html(
    text: str, marks: list[Mark], colors: dict[str, str], labels: dict[str, str] | None = None
) -> str:
    """The text as HTML with every mark coloured; overlapping marks show all their reasons on hover."""
    labels = labels or {}
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        covering = [m for m in marks if m.start <= a and b <= m.end]
        if not covering:
            parts.append(piece)
            continue
        first = covering[0]
        title = html.escape(
            "; ".join(
                f"{labels.get(m.label, m.label)}{' (uncertain)' if m.uncertain else ''}: {m.reason}"
                for m in covering
            ),
            quote=True,
        )
        color = colors.get(first.label, "#eee")
        unsure = " mc-uncertain" if first.uncertain else ""
        style = f"background:{color};padding:0 2px;border-radius:3px" + (
            ";background-color:transparent;outline:2px dashed " + color if first.uncertain else ""
        )
        parts.append(
            f'<mark class="mc-mark mc-{html.escape(first.label)}{unsure}" style="{style}" '
            f'title="{title}">{piece}</mark>'
        )
    return (
        '<div class="mc-hl" style="white-space:pre-wrap;line-height:1.9;font-size:1.05rem;'
        'border:1px solid #ddd;border-radius:6px;padding:0.6rem 0.8rem">' + "".join(parts) + "</div>"
    )


def legend_html(colors: dict[str, str], labels: dict[str, str]) -> str:
    items = [
        f'<mark style="background:{colors[k]};padding:0 4px;border-radius:3px">{html.escape(labels.get(k, k))}'
        f"</mark>"
        for k in colors
    ]
    items.append(
        '<mark style="background:transparent;outline:2px dashed #999;padding:0 4px;border-radius:3px">'
        "dashed: uncertain, near the line</mark>"
    )
    return '<div style="font-size:0.85rem">' + " ".join(items) + "</div>"
