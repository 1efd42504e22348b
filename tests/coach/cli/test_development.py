"""The developer commands (train, eval, bench) run from a checkout, and say so when there is none."""

from __future__ import annotations

import pytest

from coach.cli import development, main

pytestmark = pytest.mark.fast


def test_the_checkout_is_found_from_a_folder_inside_it(tmp_path):
    (tmp_path / "evaluation").mkdir()
    (tmp_path / "evaluation" / "__init__.py").write_text("")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'mentor-coach'\n")
    inside = tmp_path / "docs" / "deep"
    inside.mkdir(parents=True)
    assert development.find_checkout(inside) == tmp_path.resolve()


def test_outside_a_checkout_eval_says_where_to_run_it(monkeypatch, capsys):
    monkeypatch.setattr(development, "find_checkout", lambda start=None: None)
    code = main(["eval", "goals"])
    err = capsys.readouterr().err
    assert code == 2
    assert "needs a checkout of the mentor-coach repository" in err
    assert "Traceback" not in err


def test_from_this_checkout_the_evaluation_modules_are_found():
    module = development.evaluation_module("retrieval_eval", "eval")
    assert module.__name__ == "evaluation.retrieval_eval"
    assert callable(module.main)
