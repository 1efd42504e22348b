"""The Python API: suggestions for a situation, and clear messages for bad input."""

import pytest

from coach import InputError, suggest, suggest_many
from coach.settings import load_settings


def test_a_mentor_gets_fitting_open_questions():
    response = suggest(
        "my mentee keeps cancelling our meetings and I don't know how to raise it", kind="question", k=5
    )
    assert len(response.results) == 5
    assert all(r.kind == "question" for r in response.results)
    assert any("cancel" in (r.title + r.text).lower() for r in response.results)
    assert response.results[0].why


def test_results_serialise_to_the_documented_keys():
    data = suggest("ending the relationship", phase="closure", k=1).results[0].to_dict()
    assert list(data) == [
        "id",
        "kind",
        "title",
        "text",
        "phases",
        "relationships",
        "audiences",
        "topics",
        "score",
        "why",
        "fits",
        "matched_cue",
        "playbook",
        "source",
        "safety",
        "goes_with",
    ]
    response = suggest("ending the relationship", k=2).to_dict()
    assert list(response) == [
        "input",
        "results",
        "warnings",
        "nothing_fits",
        "safety",
        "audience",
        "audience_from",
    ]


@pytest.mark.fast
@pytest.mark.parametrize("bad", ["", "   \n\t ", None, "🙂🙂🙂", "12345 678"])
def test_unusable_queries_get_a_message(bad):
    with pytest.raises(InputError):
        suggest(bad)


@pytest.mark.fast
def test_unknown_filter_values_are_named():
    with pytest.raises(InputError, match="unknown phase 'middle'"):
        suggest("anything", phase="middle")
    with pytest.raises(InputError, match="k must be"):
        suggest("anything", k=0)


def test_a_huge_query_is_cut_and_the_user_is_told():
    response = suggest("my mentee is overwhelmed with work. " * 3000)
    assert response.results
    assert any("only the first" in w for w in response.warnings)


def test_non_english_text_gets_a_warning_and_no_pretend_results():
    for text in (
        "Mi mentee cancela siempre nuestras reuniones y no sé qué hacer",
        "私のメンティーはいつも会議をキャンセルします",
    ):
        response = suggest(text)
        assert any("English" in w for w in response.warnings)
        assert response.results == [] and response.nothing_fits


def test_when_nothing_fits_the_response_says_so():
    response = suggest("what is the best pizza place near the station")
    assert response.nothing_fits and any("No entry fits" in w for w in response.warnings)
    assert not any(r.fits for r in response.results)
    assert not suggest("my mentee keeps cancelling our meetings").nothing_fits


def test_a_scenario_comes_with_its_playbook_and_a_readable_source():
    response = suggest("my mentee goes silent between sessions and never replies", kind="scenario", k=1)
    top = response.results[0]
    assert top.kind == "scenario" and set(top.playbook) == {"signs", "opening", "ask", "avoid", "refer"}
    assert top.source and "_" not in top.source


def test_a_playbook_comes_with_what_goes_with_it_named_in_the_json():
    results = suggest("my mentee ghosted me, no reply for three weeks", k=5).results
    playbook = results[0]
    assert playbook.kind == "scenario"
    companions = [r for r in results[1:] if r.goes_with == playbook.title]
    assert companions and all(r.to_dict()["goes_with"] == playbook.title for r in companions)
    assert playbook.goes_with is None


@pytest.mark.parametrize(
    "text,audience",
    [
        ("my mentor keeps cancelling on me", "mentee"),
        ("my mentee keeps cancelling on me", "mentor"),
        ("half the pairs in our cohort stopped meeting after month two", "program_lead"),
    ],
)
def test_who_asks_is_read_from_the_words_and_lifts_their_entries(text, audience):
    response = suggest(text, k=5)
    assert (response.audience, response.audience_from) == (audience, "words")
    assert audience in response.results[0].audiences


def test_who_asks_says_what_said_so():
    assert suggest("evaluation report due to the sponsor next month").audience_from == "phrasing"
    filtered = suggest("evaluation report due to the sponsor next month", audience="mentor")
    assert (filtered.audience, filtered.audience_from) == ("mentor", "filter")


def test_control_characters_are_removed_with_a_note():
    response = suggest("my mentee\x07 is \x1b[31mstuck\x00 on her thesis and her supervisor won't reply 😩")
    assert response.results
    assert any("control character" in w for w in response.warnings)


def test_a_batch_keeps_order_and_reports_bad_items_in_place():
    responses = suggest_many(["closing the relationship", "", "reverse mentoring a senior director"], k=2)
    assert [len(r.results) for r in responses] == [2, 0, 2]
    assert responses[1].error and not responses[0].error


@pytest.mark.fast
def test_settings_come_from_prefixed_environment_variables(tmp_path):
    settings = load_settings({"MENTOR_COACH_DEFAULT_K": "7", "MENTOR_COACH_CACHE_DIR": str(tmp_path)})
    assert settings.default_k == 7 and settings.cache_dir == tmp_path
    with pytest.raises(ValueError, match="MENTOR_COACH_DEFAULT_K"):
        load_settings({"MENTOR_COACH_DEFAULT_K": "many"})
