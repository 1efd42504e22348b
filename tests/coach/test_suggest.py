"""The Python API: suggestions for a situation, and clear messages for bad input."""

import pytest

from coach import InputError, suggest, suggest_many
from coach.settings import load_settings


def test_a_mentor_gets_fitting_open_questions():
    response = suggest("my mentee keeps cancelling our meetings and I don't know how to raise it",
                       kind="question", k=5)
    assert len(response.results) == 5
    assert all(r.kind == "question" for r in response.results)
    assert any("cancel" in (r.title + r.text).lower() for r in response.results)
    assert response.results[0].why


def test_results_serialise_to_the_documented_keys():
    data = suggest("ending the relationship", phase="closure", k=1).results[0].to_dict()
    assert list(data) == ["id", "kind", "title", "text", "phases", "relationships", "audiences", "topics",
                          "score", "why"]


@pytest.mark.parametrize("bad", ["", "   \n\t ", None, "🙂🙂🙂", "12345 678"])
def test_unusable_queries_get_a_message(bad):
    with pytest.raises(InputError):
        suggest(bad)


def test_unknown_filter_values_are_named():
    with pytest.raises(InputError, match="unknown phase 'middle'"):
        suggest("anything", phase="middle")
    with pytest.raises(InputError, match="k must be"):
        suggest("anything", k=0)


def test_a_huge_query_is_cut_and_the_user_is_told():
    response = suggest("my mentee is overwhelmed with work. " * 3000)
    assert response.results
    assert any("only the first" in w for w in response.warnings)


def test_non_english_text_gets_a_warning_and_still_an_answer():
    response = suggest("Mi mentee cancela siempre nuestras reuniones y no sé qué hacer")
    assert any("English" in w for w in response.warnings)
    response = suggest("私のメンティーはいつも会議をキャンセルします")
    assert any("English" in w for w in response.warnings)


def test_control_characters_are_removed_with_a_note():
    response = suggest("my mentee\x07 is \x1b[31mstuck\x00 on her thesis 😩")
    assert response.results
    assert any("control character" in w for w in response.warnings)


def test_a_batch_keeps_order_and_reports_bad_items_in_place():
    responses = suggest_many(["closing the relationship", "", "reverse mentoring a senior director"], k=2)
    assert [len(r.results) for r in responses] == [2, 0, 2]
    assert responses[1].error and not responses[0].error


def test_settings_come_from_prefixed_environment_variables(tmp_path):
    settings = load_settings({"MENTOR_COACH_DEFAULT_K": "7", "MENTOR_COACH_CACHE_DIR": str(tmp_path)})
    assert settings.default_k == 7 and settings.cache_dir == tmp_path
    with pytest.raises(ValueError, match="MENTOR_COACH_DEFAULT_K"):
        load_settings({"MENTOR_COACH_DEFAULT_K": "many"})
