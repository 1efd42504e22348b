"""Helpers shared by the evaluation and benchmark runners: data files, tables, timings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

DATA = Path(__file__).parent / "data"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table, so the same text goes to the terminal and into the README."""
    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def percentiles_ms(seconds: Sequence[float]) -> tuple[float, float]:
    values = np.asarray(seconds) * 1000
    return float(np.median(values)), float(np.percentile(values, 95))
