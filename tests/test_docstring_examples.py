"""Every example in a public docstring runs and shows what the code does today: users copy them.

An example whose output depends on something this run cannot have is marked ``# doctest: +SKIP`` in
its docstring; everything else is checked here, one test per module.
"""

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ("coach", "retrieval", "knowledge")
# Alembic's migration environment runs only inside Alembic; a package's __main__ runs the CLI on import.
NOT_IMPORTABLE_ALONE = ("coach.program.migrations",)


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        names.append(package)
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
            if not info.name.startswith(NOT_IMPORTABLE_ALONE) and not info.name.endswith(".__main__"):
                names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_the_docstring_examples_of_a_module_hold(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, name):
        runner.run(test)
    assert runner.failures == 0, (
        f"{runner.failures} example(s) of {name} fail: run pytest --doctest-modules on it"
    )
