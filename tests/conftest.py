"""Shared fixtures. Tests run on the real models; the index cache lives in one temp folder per run."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"

# One cache for the whole run (and its subprocesses), so the ONNX export and the index are built once.
# A developer's warm cache is reused when MENTOR_COACH_CACHE_DIR is set already.
os.environ.setdefault("MENTOR_COACH_CACHE_DIR", str(Path(tempfile.gettempdir()) / "mentor-coach-test-cache"))
# The user's own data folder (their workspace and program store) is never touched by a test run.
os.environ["MENTOR_COACH_DATA_DIR"] = _DATA = tempfile.mkdtemp(prefix="mentor-coach-test-data-")
atexit.register(shutil.rmtree, _DATA, True)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def cli_env() -> dict[str, str]:
    """Environment for running the CLI or the app in a subprocess."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture(scope="session")
def python() -> str:
    return sys.executable


GUARD = str(Path(__file__).parent / "offline_guard")


@pytest.fixture
def offline_env(cli_env, tmp_path):
    env = dict(cli_env)
    env["PYTHONPATH"] = GUARD + os.pathsep + env["PYTHONPATH"]
    env["MENTOR_COACH_TEST_NET_LOG"] = str(tmp_path / "network.log")
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(proxy, None)
    return env
