"""No two modules of the project import each other, directly or round a longer loop.

The import graph is read from the source with ``ast``: every ``import X`` and ``from X import Y`` of a
first-party module, at module level or inside a function (a lazy import still ties the two modules
together), except those under ``if TYPE_CHECKING:``, which never run. ``from package import name``
counts as an import of the submodule ``package.name`` when there is one, else of the package; like
import-linter, an import of ``a.b.c`` is not counted as one of its parents ``a`` and ``a.b``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.fast

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("coach", "retrieval", "knowledge", "evaluation", "ui")

# Cycles that cannot be broken yet (each a set of modules), with the reason. Empty: keep it so.
KNOWN_CYCLES: list[set[str]] = []


def _modules(root: Path, packages) -> dict[str, Path]:
    """Dotted name -> file, for every module inside a package (a folder with __init__.py)."""
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            folders = path.relative_to(root).parent.parts
            if not all(
                (root.joinpath(*folders[: i + 1]) / "__init__.py").is_file() for i in range(len(folders))
            ):
                continue  # scripts beside the packages (data builders, Alembic migrations)
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST):
    """The import statements of a module, not descending into ``if TYPE_CHECKING:`` blocks."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _imports(ast.Module(body=[child], type_ignores=[]))
        else:
            yield from _imports(node)


def import_graph(root: Path = ROOT, packages=PACKAGES) -> dict[str, set[str]]:
    """Module -> the first-party modules it imports."""
    modules = _modules(root, packages)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            graph[name] |= {target for target in targets if target in modules and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def _a_loop(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One loop through the component, for the message: a -> b -> ... -> a."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph[node] & component):
            if child == start:
                return paths[node] + [start]
            if child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    return sorted(component)


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


def test_the_graph_sees_lazy_and_relative_imports_and_skips_type_checking_ones(tmp_path):
    files = {
        "pkg/__init__.py": "from pkg.a import f\n",
        "pkg/a.py": "def f():\n    from pkg import b\n",
        "pkg/b.py": "from typing import TYPE_CHECKING\nfrom . import c\nif TYPE_CHECKING:\n    import pkg.a\n",
        "pkg/c.py": "import os\nimport pkg.sub.d\n",
        "pkg/sub/__init__.py": "",
        "pkg/sub/d.py": "from ..a import f\nfrom pkg import name_in_init\n",
        "pkg/scripts/e.py": "import pkg.a\n",  # no __init__.py: not a module of the package
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert import_graph(tmp_path, ["pkg"]) == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.c"},
        "pkg.c": {"pkg.sub.d"},
        "pkg.sub": set(),
        "pkg.sub.d": {"pkg.a", "pkg"},
    }
    assert cycles(import_graph(tmp_path, ["pkg"])) == [{"pkg", "pkg.a", "pkg.b", "pkg.c", "pkg.sub.d"}]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_no_import_cycles(graph):
    found = [c for c in cycles(graph) if c not in KNOWN_CYCLES]
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(_a_loop(graph, c)) for c in found)


def test_the_known_cycles_are_still_cycles(graph):
    """A known cycle that was broken leaves the list, so that it cannot come back unnoticed."""
    still = cycles(graph)
    assert [c for c in KNOWN_CYCLES if c not in still] == []


# The layers of coach/, lowest first: a module imports only from its own layer or those below it.
# (`coach/__init__.py`, the public API, loads the analyzers and workflows lazily and stands outside.)
LAYERS = [
    ("coach.types", "coach.settings", "coach.errors"),
    ("coach.models",),
    ("coach.text",),
    ("coach.analyzers",),
    ("coach.workflows",),
    ("coach.program", "coach.workspace"),
    ("coach.cli",),
]


def layer_of(module: str) -> int | None:
    """The layer a module of coach/ belongs to (0 is the lowest); None outside the layers.

    Example: ``layer_of("coach.analyzers.goals.model")`` is 3, the analyzers' layer.
    """
    for level, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return level
    return None


def test_coach_imports_only_downward(graph):
    upward = [
        f"{module} -> {target}"
        for module, targets in sorted(graph.items())
        for target in sorted(targets)
        if layer_of(module) is not None
        and layer_of(target) is not None
        and layer_of(target) > layer_of(module)
    ]
    assert not upward, "imports that go up a layer:\n" + "\n".join(upward)


def test_every_module_of_coach_has_a_layer(graph):
    outside = [m for m in graph if m.startswith("coach.") and layer_of(m) is None]
    assert outside == []
