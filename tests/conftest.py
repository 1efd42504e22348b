"""Shared fixtures. Tests run on the real models; the index cache lives in one temp folder per run."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from coach.models.loading import NO_MODELS_VARIABLE, ModelsForbidden

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"

# One cache for the whole run (and its subprocesses), so the ONNX export and the index are built once.
# A developer's warm cache is reused when MENTOR_COACH_CACHE_DIR is set already.
os.environ.setdefault("MENTOR_COACH_CACHE_DIR", str(Path(tempfile.gettempdir()) / "mentor-coach-test-cache"))
# The user's own data folder (their workspace and program store) is never touched by a test run.
os.environ["MENTOR_COACH_DATA_DIR"] = _DATA = tempfile.mkdtemp(prefix="mentor-coach-test-data-")
atexit.register(shutil.rmtree, _DATA, True)


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("fast") and item.get_closest_marker("e2e"):
            raise pytest.UsageError(
                f"{item.nodeid} is marked both fast and e2e: a browser test is never fast"
            )


def _forbidden(what: str):
    def refuse(*args, **kwargs):
        raise ModelsForbidden(f"{what} was called while {NO_MODELS_VARIABLE} is set.")

    return refuse


@pytest.fixture(autouse=True)
def no_models_in_fast_tests(request, monkeypatch):
    """A test marked ``fast`` (``make test-fast``) may load no model, in `make test` as well: the
    embedder and spaCy refuse to load, here and in the CLI subprocesses the test starts. With
    MENTOR_COACH_TEST_NO_MODELS=1 set for the whole run every test is held to this (to find the
    tests that need no model)."""
    if not (request.node.get_closest_marker("fast") or os.environ.get(NO_MODELS_VARIABLE)):
        yield
        return
    monkeypatch.setenv(NO_MODELS_VARIABLE, "1")
    if "cli_env" in request.fixturenames:
        monkeypatch.setitem(request.getfixturevalue("cli_env"), NO_MODELS_VARIABLE, "1")
    import spacy  # coach.text.segment imports it anyway

    # Past coach.models.loading (which checks the variable itself): a test that loads a model directly.
    monkeypatch.setattr(spacy, "load", _forbidden("spacy.load"))
    for module, name in (
        ("sentence_transformers", "SentenceTransformer"),
        ("onnxruntime", "InferenceSession"),
    ):
        if module in sys.modules:
            monkeypatch.setattr(sys.modules[module], name, _forbidden(f"{module}.{name}"))
    yield


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
