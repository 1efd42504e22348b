"""Hybrid retrieval over knowledge entries: dense (faiss) + lexical (BM25), fused, then MMR.

The index knows entries and an embedder; it knows nothing of the analyzers.

Example:
    >>> index = HybridIndex.open(kb.entries, embedder, cache_dir)          # doctest: +SKIP
    >>> [r.entry.id for r in index.search("mentee keeps cancelling", k=3)]  # doctest: +SKIP
    ['tip-014', 'q-031', 'pit-007']
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, Sequence

import faiss
import numpy as np

from knowledge.schema import LIST_FIELDS, TOPICS, VOCABULARY, Entry
from retrieval.lexical import LexicalIndex

FORMAT_VERSION = "1"
RRF_K = 60
CANDIDATES = 50
MMR_LAMBDA = 0.75


class TextEmbedder(Protocol):
    model_id: str
    dimension: int

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray: ...


@dataclass(frozen=True)
class Filters:
    """Keep entries whose kind is listed and whose lists overlap each given list (empty = any)."""

    kinds: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    relationships: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    def items(self) -> list[tuple[str, tuple[str, ...]]]:
        pairs = [("kind", self.kinds)] + [(name, getattr(self, name)) for name in LIST_FIELDS]
        return [(name, values) for name, values in pairs if values]

    def unknown_values(self) -> list[str]:
        """Human-readable complaints about values outside the vocabulary."""
        problems = []
        for name, values in self.items():
            allowed = VOCABULARY[name]
            for value in values:
                if value not in allowed:
                    problems.append(f"unknown {name.rstrip('s')} {value!r} (choose from {', '.join(allowed)})")
        return problems


@dataclass
class RetrievalResult:
    entry: Entry
    score: float
    why: str
    similarity: float
    matched_terms: list[str] = field(default_factory=list)
    matched_topics: list[str] = field(default_factory=list)


def index_key(content_hash: str, model_id: str) -> str:
    return hashlib.sha256(f"{FORMAT_VERSION}:{content_hash}:{model_id}".encode()).hexdigest()[:24]


def _content_hash(entries: Sequence[Entry]) -> str:
    digest = hashlib.sha256()
    for entry in entries:
        digest.update(json.dumps(entry.to_dict(), sort_keys=True).encode())
    return digest.hexdigest()


class HybridIndex:
    def __init__(self, entries: Sequence[Entry], embeddings: np.ndarray, lexical: LexicalIndex,
                 embedder: TextEmbedder):
        self.entries = list(entries)
        self.embeddings = np.ascontiguousarray(embeddings, dtype=np.float32)
        self.lexical = lexical
        self.embedder = embedder
        self.dense = faiss.IndexFlatIP(self.embeddings.shape[1])
        if len(self.entries):
            self.dense.add(self.embeddings)
        self._masks = self._build_masks()
        self._topic_centroids = self._build_topic_centroids()

    # -- building and caching -------------------------------------------------------------
    @classmethod
    def build(cls, entries: Sequence[Entry], embedder: TextEmbedder) -> "HybridIndex":
        texts = [e.search_text for e in entries]
        embeddings = embedder.encode(texts) if texts else np.zeros((0, embedder.dimension), np.float32)
        return cls(entries, embeddings, LexicalIndex.build(texts), embedder)

    @classmethod
    def open(cls, entries: Sequence[Entry], embedder: TextEmbedder, cache_dir: Path | None,
             content_hash: str | None = None) -> "HybridIndex":
        """Load the index for these entries and this model from the cache, or build and save it."""
        if cache_dir is None:
            return cls.build(entries, embedder)
        key = index_key(content_hash or _content_hash(entries), embedder.model_id)
        folder = Path(cache_dir) / "index" / key
        if (folder / "meta.json").is_file():
            try:
                return cls._load(folder, entries, embedder)
            except (OSError, ValueError, RuntimeError, KeyError):
                shutil.rmtree(folder, ignore_errors=True)  # a damaged cache is rebuilt, not trusted
        index = cls.build(entries, embedder)
        try:
            index._save(folder)
        except OSError:
            pass  # a read-only cache folder only costs speed
        return index

    def _save(self, folder: Path) -> None:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
        np.save(tmp / "embeddings.npy", self.embeddings, allow_pickle=False)
        faiss.write_index(self.dense, str(tmp / "dense.faiss"))
        self.lexical.save(tmp)
        meta = {"format": FORMAT_VERSION, "model_id": self.embedder.model_id, "count": len(self.entries),
                "ids": [e.id for e in self.entries]}
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        try:
            os.replace(tmp, folder)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # another process got there first

    @classmethod
    def _load(cls, folder: Path, entries: Sequence[Entry], embedder: TextEmbedder) -> "HybridIndex":
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("ids") != [e.id for e in entries]:
            raise ValueError("cached index does not match the entries")
        embeddings = np.load(folder / "embeddings.npy", allow_pickle=False)
        if embeddings.shape != (len(entries), embedder.dimension):
            raise ValueError("cached embeddings have the wrong shape")
        return cls(entries, embeddings, LexicalIndex.load(folder), embedder)

    def _build_masks(self) -> dict[tuple[str, str], np.ndarray]:
        masks: dict[tuple[str, str], np.ndarray] = {}
        n = len(self.entries)
        for name, allowed in VOCABULARY.items():
            for value in allowed:
                masks[(name, value)] = np.zeros(n, dtype=bool)
        for i, entry in enumerate(self.entries):
            masks[("kind", entry.kind)][i] = True
            for name in LIST_FIELDS:
                for value in getattr(entry, name):
                    masks[(name, value)][i] = True
        return masks

    def _build_topic_centroids(self) -> np.ndarray:
        centroids = np.zeros((len(TOPICS), self.embeddings.shape[1]), dtype=np.float32)
        for t, topic in enumerate(TOPICS):
            mask = self._masks[("topics", topic)]
            if mask.any():
                c = self.embeddings[mask].mean(axis=0)
                centroids[t] = c / max(float(np.linalg.norm(c)), 1e-9)
        return centroids

    # -- searching ------------------------------------------------------------------------
    def mask_for(self, filters: Filters) -> np.ndarray | None:
        mask = None
        for name, values in filters.items():
            field_mask = np.zeros(len(self.entries), dtype=bool)
            for value in values:
                field_mask |= self._masks.get((name, value), False)
            mask = field_mask if mask is None else mask & field_mask
        return mask

    def _dense_top(self, query_vector: np.ndarray, n: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        if not len(self.entries) or n <= 0:
            return []
        params = None
        if mask is not None:
            bits = np.packbits(mask.astype(np.uint8), bitorder="little")
            selector = faiss.IDSelectorBitmap(len(mask), faiss.swig_ptr(bits))
            params = faiss.SearchParameters(sel=selector)
        scores, ids = self.dense.search(query_vector.reshape(1, -1), min(n, len(self.entries)), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def query_topics(self, query_vector: np.ndarray, limit: int = 3) -> list[str]:
        """Topics whose entries sit closest to the query, for explaining matches."""
        sims = self._topic_centroids @ query_vector
        order = np.argsort(-sims)[:limit]
        best = float(sims[order[0]]) if len(order) else 0.0
        return [TOPICS[i] for i in order if sims[i] >= max(0.2, best - 0.06)]

    def search(self, query: str, k: int = 5, filters: Filters = Filters(), *, mode: str = "hybrid",
               diversify: bool = True, query_vector: np.ndarray | None = None) -> list[RetrievalResult]:
        """Best k entries for the query. mode: 'hybrid' (default), 'dense' or 'lexical'."""
        if k <= 0 or not self.entries:
            return []
        mask = self.mask_for(filters)
        if mask is not None and not mask.any():
            return []
        if query_vector is None:
            query_vector = self.embedder.encode([query])[0]
        n = max(CANDIDATES, 4 * k)
        dense = self._dense_top(query_vector, n, mask) if mode in ("hybrid", "dense") else []
        lexical = self.lexical.top(self.lexical.scores(query), n, mask) if mode in ("hybrid", "lexical") else []
        fused: dict[int, float] = {}
        for ranking in (dense, lexical):
            for rank, (doc, _) in enumerate(ranking):
                fused[doc] = fused.get(doc, 0.0) + 1.0 / (RRF_K + rank + 1)
        if not fused:
            return []
        lists = sum(1 for r in (dense, lexical) if r) or 1
        best_possible = lists / (RRF_K + 1)
        candidates = sorted(fused, key=lambda d: -fused[d])[: max(3 * k, 30)]
        relevance = np.array([fused[d] / best_possible for d in candidates], dtype=np.float32)
        chosen = self._mmr(candidates, relevance, k) if diversify else list(range(min(k, len(candidates))))
        topics = self.query_topics(query_vector)
        results = []
        for pos in chosen:
            doc = candidates[pos]
            entry = self.entries[doc]
            similarity = float(self.embeddings[doc] @ query_vector)
            matched_terms = self.lexical.matched_terms(query, doc)
            matched_topics = [t for t in entry.topics if t in topics]
            results.append(RetrievalResult(
                entry=entry, score=round(float(relevance[pos]), 4),
                why=self._why(similarity, matched_terms, matched_topics, filters, entry),
                similarity=round(similarity, 4), matched_terms=matched_terms, matched_topics=matched_topics,
            ))
        return results

    def _mmr(self, candidates: list[int], relevance: np.ndarray, k: int) -> list[int]:
        """Maximal marginal relevance: trade relevance against likeness to what is already chosen."""
        vectors = self.embeddings[candidates]
        sims = vectors @ vectors.T
        chosen: list[int] = []
        remaining = list(range(len(candidates)))
        while remaining and len(chosen) < k:
            if chosen:
                redundancy = sims[np.ix_(remaining, chosen)].max(axis=1)
            else:
                redundancy = np.zeros(len(remaining), dtype=np.float32)
            value = MMR_LAMBDA * relevance[remaining] - (1 - MMR_LAMBDA) * redundancy
            best = remaining[int(np.argmax(value))]
            chosen.append(best)
            remaining.remove(best)
        return chosen

    @staticmethod
    def _why(similarity: float, matched_terms: list[str], matched_topics: list[str], filters: Filters,
             entry: Entry) -> str:
        parts = [f"close in meaning ({similarity:.2f})"]
        if matched_terms:
            parts.append("shares the words " + ", ".join(matched_terms[:5]))
        if matched_topics:
            parts.append("on " + ", ".join(t.replace("_", " ") for t in matched_topics))
        for name, values in filters.items():
            own = [entry.kind] if name == "kind" else list(getattr(entry, name))
            hit = [v for v in values if v in own]
            if hit and name != "kind":
                parts.append(f"fits {name.rstrip('s')} {', '.join(h.replace('_', ' ') for h in hit)}")
        return "; ".join(parts)
