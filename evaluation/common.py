"""Helpers shared by the evaluation and benchmark runners: data files, tables, timings."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

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


def describe_host(cpuinfo: str | None = None) -> str:
    """The machine a benchmark ran on, for its header: cores, CPU model and its widest int8 instructions.

    The same code ran about twice as fast on an AVX-512 VNNI host as on an AVX2-only one (the int8
    embedder gaining most), so a figure means little without them.

    Example:
        >>> describe_host("model name\\t: AMD EPYC\\nflags\\t\\t: sse avx2 avx512_vnni\\n")  # doctest: +ELLIPSIS
        '... cores, AMD EPYC, AVX-512 VNNI'
    """
    if cpuinfo is None:
        try:
            with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
                cpuinfo = f.read(200_000)
        except OSError:
            cpuinfo = ""
    fields: dict[str, str] = {}
    for line in cpuinfo.splitlines():
        name, _, value = line.partition(":")
        fields.setdefault(name.strip(), value.strip())  # the first processor's lines
    flags = set(fields.get("flags", "").split())
    widest = (
        "AVX-512 VNNI"
        if "avx512_vnni" in flags
        else "AVX-VNNI"
        if "avx_vnni" in flags
        else "AVX2, no VNNI"
        if "avx2" in flags
        else ""
    )
    return ", ".join(
        part for part in (f"{os.cpu_count()} cores", fields.get("model name", ""), widest) if part
    )
