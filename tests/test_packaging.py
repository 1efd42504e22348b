"""The wheel carries what app.py and the demo need: every module of the packages (ui's pages among
them) and the data files they read at run time. Built as pip builds it, from a copy of the tree
(about 4 s, so not in `make test-fast`)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import knowledge
from coach.program.store import MIGRATIONS
from ui.program_demo import DEMO_CSV

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["coach", "retrieval", "knowledge", "ui"]


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory) -> set[str]:
    tree = tmp_path_factory.mktemp("tree")
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from setuptools import build_meta; build_meta.build_wheel(sys.argv[1])",
        ]
        + [str(out)],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _relative(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def test_every_module_of_the_packages_is_in_the_wheel(wheel_files):
    modules = {
        _relative(py)
        for name in PACKAGES
        for py in (ROOT / name).rglob("*.py")
        if (py.parent / "__init__.py").is_file() and "__pycache__" not in py.parts
    }
    assert {"ui/__init__.py", "ui/program_demo.py"} <= modules
    assert not modules - wheel_files


def test_the_pages_app_py_imports_are_in_the_wheel(wheel_files):
    pages = set()
    for node in ast.walk(ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "ui":
            pages |= {f"ui/{alias.name}.py" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("ui."):
            pages.add(node.module.replace(".", "/") + ".py")
    assert "ui/program_dashboard_page.py" in pages
    assert not pages - wheel_files


def test_the_files_the_app_and_the_demo_read_are_in_the_wheel(wheel_files):
    needed = {_relative(DEMO_CSV)}  # `python -m ui.program_demo` and the program pages import it
    needed |= {_relative(p) for p in knowledge.SHIPPED_DIR.iterdir() if p.is_file()}  # the suggestions
    needed |= {_relative(p) for p in (ROOT / "coach" / "trained").iterdir() if p.is_file()}  # the heads
    needed |= {  # the program store's schema
        _relative(p) for p in MIGRATIONS.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    assert "ui/data/demo_program.csv" in needed
    assert not needed - wheel_files


def test_the_wheel_leaves_the_evaluation_out_and_the_installed_package_never_imports_it(wheel_files):
    """Train, eval and bench read evaluation/ from a checkout; nothing installed imports it."""
    assert not [f for f in wheel_files if f.startswith("evaluation/")]
    found = []
    for name in PACKAGES:
        for py in (ROOT / name).rglob("*.py"):
            for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
                modules = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                found += [f"{_relative(py)}: {m}" for m in modules if m.split(".")[0] == "evaluation"]
    assert found == []
