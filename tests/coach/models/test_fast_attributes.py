"""The faster attribute ruler gives every token the same annotations as spaCy's own."""

import spacy

from coach.models.fast_attributes import FastAttributeRuler, speed_up_attribute_ruler
from coach.models.loading import get_nlp
from coach.settings import get_settings
from evaluation.common import DATA, read_jsonl


def test_the_shared_pipeline_uses_it_in_the_ruler_s_place():
    nlp = get_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert nlp.pipe_names.index("attribute_ruler") == nlp.pipe_names.index("lemmatizer") - 1


def test_every_token_gets_the_same_pos_morphology_and_lemma_as_with_spacys_ruler():
    texts = [
        r["text"]
        for f in ("feedback/test.jsonl", "questions/test.jsonl", "goals/test.jsonl", "actions/test.jsonl")
        for r in read_jsonl(DATA / f)
    ]
    texts += [
        "y'all ain't gonna believe it, c'mon, let's go",
        "There are two options. It gets better; he got it.",
    ]
    original = spacy.load(get_settings().spacy_model, disable=["ner"])
    fast = speed_up_attribute_ruler(spacy.load(get_settings().spacy_model, disable=["ner"]))
    differences = [
        (a.text, a.pos_, str(a.morph), a.lemma_, b.pos_, str(b.morph), b.lemma_)
        for da, db in zip(original.pipe(texts), fast.pipe(texts))
        for a, b in zip(da, db)
        if (a.pos_, str(a.morph), a.lemma_) != (b.pos_, str(b.morph), b.lemma_)
    ]
    assert sum(len(t) for t in texts) > 50_000
    assert differences == []
