"""BM25 over a sparse term matrix: one column slice per query term, fast at 50,000 entries.

Example:
    >>> index = LexicalIndex.build(["how to give feedback", "agree meeting times"])
    >>> index.top(index.scores("feedback"), 1)[0][0]
    0
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from retrieval.text import term_words, terms

K1 = 1.2
B = 0.75


@dataclass
class LexicalIndex:
    weights: sparse.csc_matrix  # documents x vocabulary, BM25 weight of each term in each document
    vocabulary: dict[str, int]

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        vocabulary: dict[str, int] = {}
        rows, cols, counts = [], [], []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for row, text in enumerate(texts):
            tokens = terms(text)
            lengths[row] = len(tokens)
            tf: dict[int, int] = {}
            for token in tokens:
                col = vocabulary.setdefault(token, len(vocabulary))
                tf[col] = tf.get(col, 0) + 1
            rows.extend([row] * len(tf))
            cols.extend(tf.keys())
            counts.extend(tf.values())
        n_docs = max(len(texts), 1)
        tf_matrix = sparse.csr_matrix(
            (np.asarray(counts, dtype=np.float32), (rows, cols)), shape=(len(texts), max(len(vocabulary), 1))
        )
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=tf_matrix.shape[1]).astype(np.float32)
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        avg = float(lengths.mean()) if len(texts) else 1.0
        norm = K1 * (1 - B + B * lengths / max(avg, 1e-6))
        coo = tf_matrix.tocoo()
        tf_values = coo.data
        data = idf[coo.col] * tf_values * (K1 + 1) / (tf_values + norm[coo.row])
        weights = sparse.csc_matrix((data.astype(np.float32), (coo.row, coo.col)), shape=tf_matrix.shape)
        return cls(weights=weights, vocabulary=vocabulary)

    def query_columns(self, query: str) -> list[int]:
        return [self.vocabulary[t] for t in dict.fromkeys(terms(query)) if t in self.vocabulary]

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for the query (zeros where no term matches)."""
        columns = self.query_columns(query)
        if not columns:
            return np.zeros(self.weights.shape[0], dtype=np.float32)
        return np.asarray(self.weights[:, columns].sum(axis=1)).ravel().astype(np.float32)

    def matched_terms(self, query: str, doc: int) -> list[str]:
        """The query's words, as written, whose terms the document contains (for the explanation)."""
        out: dict[str, str] = {}
        for word, term in term_words(query):
            col = self.vocabulary.get(term)
            if term not in out and col is not None and self.weights[doc, col] > 0:
                out[term] = word
        return list(out.values())

    @staticmethod
    def top(scores: np.ndarray, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Best n (document, score) pairs with a positive score, within the mask."""
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(n, int((scores > 0).sum()))
        if n <= 0:
            return []
        idx = np.argpartition(-scores, n - 1)[:n]
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        return [(int(i), float(scores[i])) for i in idx]

    def save(self, folder: Path) -> None:
        sparse.save_npz(folder / "bm25.npz", self.weights.tocsc())
        (folder / "bm25_vocabulary.json").write_text(json.dumps(self.vocabulary), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        # save_npz/load_npz read plain arrays (no pickle).
        weights = sparse.load_npz(folder / "bm25.npz").tocsc()
        vocabulary = json.loads((folder / "bm25_vocabulary.json").read_text(encoding="utf-8"))
        return cls(weights=weights, vocabulary=vocabulary)
