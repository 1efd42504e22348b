"""Hybrid retrieval on the real embedder: filters, diversity, explanations and the on-disk cache."""

import numpy as np
import pytest

from coach.models import get_embedder
from coach.suggest import get_index, get_knowledge_base
from knowledge.schema import Entry
from retrieval.index import Filters, HybridIndex, index_key


@pytest.fixture(scope="module")
def index():
    return get_index()


def test_filters_are_respected(index):
    results = index.search("how do we wrap up the relationship", k=8,
                           filters=Filters(kinds=("question",), phases=("closure",)))
    assert len(results) == 8
    assert all(r.entry.kind == "question" and "closure" in r.entry.phases for r in results)


def test_each_result_says_why(index):
    top = index.search("my mentee keeps cancelling our meetings", k=3)[0]
    assert "close in meaning" in top.why
    assert "cancelling" in top.matched_terms or "meetings" in top.matched_terms
    assert 0 < top.score <= 1


def test_top_results_are_not_near_duplicates(index):
    results = index.search("reverse mentoring a senior leader on social media", k=5)
    vectors = np.stack([index.embeddings[index.entries.index(r.entry)] for r in results])
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, 0)
    assert similarity.max() < 0.95


def test_no_matching_filter_gives_no_results(index):
    assert index.search("anything", k=5, filters=Filters(kinds=("tip",), topics=("nonexistent",))) == []


def test_lexical_mode_needs_shared_words_and_dense_mode_does_not(index):
    lexical = index.search("my mentee keeps cancelling", k=5, mode="lexical")
    assert lexical and all(r.matched_terms for r in lexical)
    assert index.search("zxqv blorf", k=5, mode="lexical") == []
    assert len(index.search("zxqv blorf", k=5, mode="dense")) == 5


def _entry(i: int, text: str) -> Entry:
    return Entry(id=f"e-{i}", kind="tip", title=f"Tip {i}", text=text, phases=("closure",),
                 relationships=("peer",), audiences=("mentor",), topics=("closure",), source="test")


def test_cache_is_reused_and_rebuilt_when_entries_change(tmp_path):
    embedder = get_embedder()
    entries = [_entry(1, "Celebrate what was achieved."), _entry(2, "Agree what happens after the last session.")]
    first = HybridIndex.open(entries, embedder, tmp_path)
    folders = list((tmp_path / "index").iterdir())
    assert len(folders) == 1
    again = HybridIndex.open(entries, embedder, tmp_path)
    np.testing.assert_array_equal(first.embeddings, again.embeddings)
    changed = entries[:1] + [_entry(2, "Write each other a thank-you note.")]
    HybridIndex.open(changed, embedder, tmp_path)
    assert len(list((tmp_path / "index").iterdir())) == 2


def test_a_damaged_cache_is_rebuilt_not_trusted(tmp_path):
    embedder = get_embedder()
    entries = [_entry(1, "Celebrate what was achieved.")]
    HybridIndex.open(entries, embedder, tmp_path)
    folder = next((tmp_path / "index").iterdir())
    (folder / "embeddings.npy").write_bytes(b"garbage")
    rebuilt = HybridIndex.open(entries, embedder, tmp_path)
    assert rebuilt.embeddings.shape == (1, embedder.dimension)


def test_the_cache_key_changes_with_the_model():
    kb = get_knowledge_base()
    assert index_key(kb.content_hash, "model-a") != index_key(kb.content_hash, "model-b")
