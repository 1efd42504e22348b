"""Hybrid retrieval over knowledge entries: what users type is matched against each entry's title,
cues (the ways users describe the situation it serves) and text, by meaning (MiniLM vectors in faiss)
and by words (BM25 per field), and the evidence is combined by score, not by rank; then MMR.

Reciprocal rank fusion, the first version, rewarded agreement between two weak lists and dropped a
strong hit that only one retriever found; it stays as ``mode="rrf"`` for comparison. A relevance floor
marks results that do not fit well, so a page can say "nothing fits" instead of showing weak matches
like strong ones.

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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from knowledge.schema import ANY, LIST_FIELDS, TOPICS, VOCABULARY, Entry
from retrieval.lexical import LexicalIndex
from retrieval.query import Asker, AskerModel, who_asks

FORMAT_VERSION = "3"  # 3: the asker model's weights are kept beside the vectors
RRF_K = 60
CANDIDATES = 50
# The first hybrid diversified with MMR; on the graded dev situations that cost nDCG@5 (0.648 without it,
# 0.596 at this lambda): entries on one situation from two sides are both useful. The shipped ranking
# only drops near-copies (``DUPLICATE``).
MMR_LAMBDA = 0.75
DUPLICATE = 0.92
# Score-aware fusion: how much each piece of evidence counts (tuned on the dev split of the graded
# situations and the cue-to-entry pairs; never on the test split).
WEIGHTS = {
    "dense_text": 1.0,
    "dense_cue": 1.0,
    "bm25_title": 0.06,
    "bm25_cue": 0.10,
    "bm25_text": 0.05,
    "audience": 0.08,
    "scenario": 0.02,
}
# An entry's cue evidence: this share from its closest cue, the rest from the centre of all its cues.
# One cue can match a query by its frame alone ("he keeps saying he'll be found out" against "lad on
# placement says he never gets a go"); the centre of eight cues about one situation carries the situation.
CUE_BEST_SHARE = 0.7
# Below this fused score the best entry does not fit the situation well.
FLOOR = 0.62
# A cue is named in "why" only when it is this close to what the user wrote.
CUE_SHOWN = 0.45
# When a scenario leads the ranking, the entries its playbook names as companions (``Entry.related``)
# are lifted to just under it: what a person uses with that playbook, chosen by people, where the
# bi-encoder's next guesses are often about a neighbouring situation. Tuned on the dev split (0.02-0.25).
RELATED_GAP = 0.02
# "Leads": the best playbook within this much of the best entry, which may be a question or a tip that
# stays first (putting the playbook first instead cost success@1 on dev). Tuned on dev (0-0.2).
LEAD_MARGIN = 0.1


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
                    problems.append(
                        f"unknown {name.rstrip('s')} {value!r} (choose from {', '.join(allowed)})"
                    )
        return problems


@dataclass
class RetrievalResult:
    entry: Entry
    score: float
    why: str
    similarity: float
    matched_terms: list[str] = field(default_factory=list)
    matched_topics: list[str] = field(default_factory=list)
    matched_cue: str | None = None  # the user-worded situation of the entry closest to the query
    fits: bool = True  # False: above nothing, but under the relevance floor
    goes_with: str | None = None  # the title of the leading playbook that names this entry as a companion


def index_key(content_hash: str, model_id: str) -> str:
    return hashlib.sha256(f"{FORMAT_VERSION}:{content_hash}:{model_id}".encode()).hexdigest()[:24]


def _content_hash(entries: Sequence[Entry]) -> str:
    digest = hashlib.sha256()
    for entry in entries:
        digest.update(json.dumps(entry.to_dict(), sort_keys=True).encode())
    return digest.hexdigest()


class HybridIndex:
    def __init__(
        self,
        entries: Sequence[Entry],
        embeddings: np.ndarray,
        lexical: FieldedLexical,
        embedder: TextEmbedder,
        cue_embeddings: np.ndarray | None = None,
        cue_owner: np.ndarray | None = None,
        asker: AskerModel | None = None,
    ):
        self.entries = list(entries)
        self.embeddings = np.ascontiguousarray(embeddings, dtype=np.float32)
        self.lexical = lexical
        self.embedder = embedder
        dim = self.embeddings.shape[1] if self.embeddings.ndim == 2 else embedder.dimension
        self.cue_embeddings = np.ascontiguousarray(
            cue_embeddings if cue_embeddings is not None else np.zeros((0, dim)), dtype=np.float32
        )
        self.cue_owner = np.asarray(cue_owner if cue_owner is not None else np.zeros(0), dtype=np.int64)
        self.cue_texts = [c for e in self.entries for c in e.cues]
        self.cue_centres = self._centres()
        self.asker = (
            asker
            if asker is not None
            else AskerModel.from_cues(self.entries, self.cue_embeddings, self.cue_owner)
        )
        self.dense = faiss.IndexFlatIP(dim)
        if len(self.entries):
            self.dense.add(self.embeddings)
        self.cue_index = faiss.IndexFlatIP(dim)
        if len(self.cue_embeddings):
            self.cue_index.add(self.cue_embeddings)
        self._masks = self._build_masks()
        self._topic_centroids = self._build_topic_centroids()
        self._is_scenario = np.array([e.kind == "scenario" for e in self.entries], dtype=bool)
        position = {e.id: i for i, e in enumerate(self.entries)}
        self._related = {
            i: [position[r] for r in e.related if r in position]
            for i, e in enumerate(self.entries)
            if e.related
        }

    # -- building and caching -------------------------------------------------------------
    @classmethod
    def build(cls, entries: Sequence[Entry], embedder: TextEmbedder) -> HybridIndex:
        texts = [e.search_text for e in entries]
        cues = [c for e in entries for c in e.cues]
        owner = np.array([i for i, e in enumerate(entries) for _ in e.cues], dtype=np.int64)
        # One call for entries and cues: the embedder sorts by length, so short cues batch together.
        every = texts + cues
        vectors = embedder.encode(every) if every else np.zeros((0, embedder.dimension), np.float32)
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(every), embedder.dimension)
        return cls(
            entries,
            vectors[: len(texts)],
            FieldedLexical.build(entries),
            embedder,
            vectors[len(texts) :],
            owner,
        )

    @classmethod
    def open(
        cls,
        entries: Sequence[Entry],
        embedder: TextEmbedder,
        cache_dir: Path | None,
        content_hash: str | None = None,
    ) -> HybridIndex:
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
        np.save(tmp / "cue_embeddings.npy", self.cue_embeddings, allow_pickle=False)
        np.save(tmp / "cue_owner.npy", self.cue_owner, allow_pickle=False)
        if self.asker.fitted:
            np.save(tmp / "asker_coef.npy", self.asker.coef_, allow_pickle=False)
            np.save(tmp / "asker_intercept.npy", self.asker.intercept_, allow_pickle=False)
        self.lexical.save(tmp)
        meta = {
            "format": FORMAT_VERSION,
            "model_id": self.embedder.model_id,
            "count": len(self.entries),
            "ids": [e.id for e in self.entries],
        }
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        try:
            os.replace(tmp, folder)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # another process got there first

    @classmethod
    def _load(cls, folder: Path, entries: Sequence[Entry], embedder: TextEmbedder) -> HybridIndex:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("ids") != [e.id for e in entries] or meta.get("format") != FORMAT_VERSION:
            raise ValueError("cached index does not match the entries")
        embeddings = np.load(folder / "embeddings.npy", allow_pickle=False)
        if embeddings.shape != (len(entries), embedder.dimension):
            raise ValueError("cached embeddings have the wrong shape")
        cue_embeddings = np.load(folder / "cue_embeddings.npy", allow_pickle=False)
        cue_owner = np.load(folder / "cue_owner.npy", allow_pickle=False)
        expected = np.repeat(np.arange(len(entries)), [len(e.cues) for e in entries])
        if not np.array_equal(cue_owner, expected) or cue_embeddings.shape != (
            len(expected),
            embedder.dimension,
        ):
            raise ValueError("cached cue vectors do not match the entries")
        asker = AskerModel()
        if (folder / "asker_coef.npy").is_file():
            asker = AskerModel(
                np.load(folder / "asker_coef.npy", allow_pickle=False),
                np.load(folder / "asker_intercept.npy", allow_pickle=False),
            )
            if asker.coef_.shape != (3, embedder.dimension) or asker.intercept_.shape != (3,):
                raise ValueError("cached asker model has the wrong shape")
        return cls(
            entries, embeddings, FieldedLexical.load(folder), embedder, cue_embeddings, cue_owner, asker
        )

    def _centres(self) -> np.ndarray:
        """Each entry's cues averaged and scaled to unit length (zeros for an entry without cues)."""
        centres = np.zeros((len(self.entries), self.cue_embeddings.shape[1]), dtype=np.float32)
        if len(self.cue_embeddings):
            np.add.at(centres, self.cue_owner, self.cue_embeddings)
        norms = np.linalg.norm(centres, axis=1, keepdims=True)
        return np.divide(centres, norms, out=np.zeros_like(centres), where=norms > 0)

    def _build_masks(self) -> dict[tuple[str, str], np.ndarray]:
        masks: dict[tuple[str, str], np.ndarray] = {}
        n = len(self.entries)
        for name, allowed in VOCABULARY.items():
            for value in allowed:
                masks[(name, value)] = np.zeros(n, dtype=bool)
        for i, entry in enumerate(self.entries):
            masks[("kind", entry.kind)][i] = True
            for name in LIST_FIELDS:
                own = getattr(entry, name)
                for value in VOCABULARY[name] if ANY in own else own:
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

    @staticmethod
    def _selector(mask: np.ndarray | None):
        """faiss search parameters that keep only the rows in ``mask``, and the bitmap they point to.

        faiss reads the bitmap through a raw pointer: the caller must hold the returned array until the
        search is done, or the memory can be reused and the filter read garbage (filtered searches
        returned entries of other kinds once the knowledge base grew).
        """
        if mask is None:
            return None, None
        bits = np.packbits(mask.astype(np.uint8), bitorder="little")
        selector = faiss.IDSelectorBitmap(len(mask), faiss.swig_ptr(bits))
        return faiss.SearchParameters(sel=selector), (bits, selector)

    def _dense_top(
        self, query_vector: np.ndarray, n: int, mask: np.ndarray | None
    ) -> list[tuple[int, float]]:
        if not len(self.entries) or n <= 0:
            return []
        params, held = self._selector(mask)
        scores, ids = self.dense.search(query_vector.reshape(1, -1), min(n, len(self.entries)), params=params)
        del held  # the bitmap lives until the search is done
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _cue_top(
        self, query_vector: np.ndarray, n: int, mask: np.ndarray | None
    ) -> dict[int, tuple[float, int]]:
        """Best cue similarity per entry, over the n nearest cues: {entry: (similarity, cue row)}."""
        if not len(self.cue_embeddings) or n <= 0:
            return {}
        cue_mask = mask[self.cue_owner] if mask is not None else None
        params, held = self._selector(cue_mask)
        scores, ids = self.cue_index.search(
            query_vector.reshape(1, -1), min(n, len(self.cue_embeddings)), params=params
        )
        del held  # the bitmap lives until the search is done
        best: dict[int, tuple[float, int]] = {}
        for row, sim in zip(ids[0], scores[0]):
            if row < 0:
                continue
            doc = int(self.cue_owner[row])
            if doc not in best:
                best[doc] = (float(sim), int(row))
        return best

    def who_asks(self, query: str, query_vector: np.ndarray | None = None) -> Asker:
        """Who the query reads as written by: its own words, else its phrasing (``retrieval.query``)."""
        by_words = who_asks(query)
        if by_words.audience or not self.asker.fitted:
            return by_words
        if query_vector is None:  # embedded only when the words do not say
            query_vector = self.embedder.encode([query])[0]
        return who_asks(query, query_vector, self.asker)

    def query_topics(self, query_vector: np.ndarray, limit: int = 3) -> list[str]:
        """Topics whose entries sit closest to the query, for explaining matches."""
        sims = self._topic_centroids @ query_vector
        order = np.argsort(-sims)[:limit]
        best = float(sims[order[0]]) if len(order) else 0.0
        return [TOPICS[i] for i in order if sims[i] >= max(0.2, best - 0.06)]

    def search(
        self,
        query: str,
        k: int = 5,
        filters: Filters = Filters(),
        *,
        mode: str = "hybrid",
        diversify: bool = True,
        query_vector: np.ndarray | None = None,
        audience: str | None = None,
    ) -> list[RetrievalResult]:
        """Best k entries for the query.

        mode: 'hybrid' (default: fields, cues and score-aware fusion), 'rrf' (the first version:
        reciprocal rank fusion of text vectors and BM25), 'dense' or 'lexical'. ``audience``, when
        known or inferred from the query, lifts entries written for it a little; it never filters.
        """
        if k <= 0 or not self.entries:
            return []
        mask = self.mask_for(filters)
        if mask is not None and not mask.any():
            return []
        if query_vector is None:
            query_vector = self.embedder.encode([query])[0]
        n = max(CANDIDATES, 4 * k)
        if mode == "rrf":
            return self._search_rrf(query, k, filters, mask, query_vector, n, diversify)
        lead_of: dict[int, int] = {}
        dense = dict(self._dense_top(query_vector, n, mask)) if mode in ("hybrid", "dense") else {}
        cues = self._cue_top(query_vector, 4 * n, mask) if mode == "hybrid" else {}
        fields = self.lexical.scores(query) if mode in ("hybrid", "lexical") else {}
        if mode == "lexical":
            total = sum(fields.values()) if fields else np.zeros(len(self.entries), np.float32)
            ranked = LexicalIndex.top(total, n, mask)
            candidates = [d for d, _ in ranked]
            relevance = np.array([s for _, s in ranked], dtype=np.float32)
            relevance = relevance / max(float(relevance.max()), 1e-9) if len(relevance) else relevance
        elif mode == "dense":
            candidates = sorted(dense, key=lambda d: -dense[d])
            relevance = np.array([dense[d] for d in candidates], dtype=np.float32)
        else:
            pool = set(dense) | set(cues)
            for field_scores in fields.values():
                pool |= {d for d, _ in LexicalIndex.top(field_scores, n, mask)}
            candidates = list(pool)
            relevance = self._fuse(candidates, query_vector, dense, cues, fields, audience)
            candidates, relevance, lead_of = self._with_companions(
                candidates, relevance, mask, query_vector, dense, cues, fields, audience
            )
            order = np.argsort(-relevance, kind="stable")[: max(3 * k, 30)]
            candidates = [candidates[i] for i in order]
            relevance = relevance[order]
        if not candidates:
            return []
        chosen = self._distinct(candidates, k) if diversify else list(range(min(k, len(candidates))))
        topics = self.query_topics(query_vector)
        results = []
        for pos in chosen:
            doc = candidates[pos]
            entry = self.entries[doc]
            similarity = float(self.embeddings[doc] @ query_vector)
            matched_terms = self.lexical.matched_terms(query, doc)
            matched_topics = [t for t in entry.topics if t in topics]
            cue = cues.get(doc)
            matched_cue = self.cue_texts[cue[1]] if cue is not None and cue[0] >= CUE_SHOWN else None
            score = float(relevance[pos])
            fits = mode != "hybrid" or score >= FLOOR
            goes_with = self.entries[lead_of[doc]].title if doc in lead_of else None
            results.append(
                RetrievalResult(
                    entry=entry,
                    score=round(score, 4),
                    why=self._why(
                        similarity, matched_terms, matched_topics, filters, entry, matched_cue, goes_with
                    ),
                    similarity=round(similarity, 4),
                    matched_terms=matched_terms,
                    matched_topics=matched_topics,
                    matched_cue=matched_cue,
                    fits=fits,
                    goes_with=goes_with,
                )
            )
        return results

    def _fuse(
        self,
        candidates: list[int],
        query_vector: np.ndarray,
        dense: dict[int, float],
        cues: dict[int, tuple[float, int]],
        fields: dict[str, np.ndarray],
        audience: str | None,
    ) -> np.ndarray:
        """One score per candidate from every piece of evidence, on the scale of a cosine similarity."""
        idx = np.asarray(candidates, dtype=np.int64)
        text_sim = self.embeddings[idx] @ query_vector
        cue_sim = np.array([cues[d][0] if d in cues else -1.0 for d in candidates], dtype=np.float32)
        if len(self.cue_embeddings):
            # A candidate found by words only has its cues scored too, so that no evidence is missing.
            # An entry's cues are contiguous rows (built entry by entry): two binary searches find them.
            for j, d in enumerate(candidates):
                if d not in cues:
                    a, b = (
                        np.searchsorted(self.cue_owner, d, "left"),
                        np.searchsorted(self.cue_owner, d, "right"),
                    )
                    if b > a:
                        cue_sim[j] = float((self.cue_embeddings[a:b] @ query_vector).max())
        # The best of the entry's own text and its closest cue, with a little credit for both agreeing.
        has_cues = cue_sim > -1.0
        centre_sim = self.cue_centres[idx] @ query_vector
        cue_sim = np.where(has_cues, CUE_BEST_SHARE * cue_sim + (1 - CUE_BEST_SHARE) * centre_sim, cue_sim)
        dense_part = np.maximum(text_sim * WEIGHTS["dense_text"], cue_sim * WEIGHTS["dense_cue"])
        dense_part = dense_part + 0.15 * np.minimum(text_sim, np.maximum(cue_sim, 0))
        score = dense_part
        for name, values in fields.items():
            top = float(values.max()) if len(values) else 0.0
            if top > 0:
                # BM25 on its own scale: a share of the best match for this query, damped by how much
                # evidence there is at all (one rare shared word is weak).
                score = score + WEIGHTS[f"bm25_{name}"] * (values[idx] / top) * min(1.0, top / 6.0)
        if audience:
            score = score + WEIGHTS["audience"] * np.array(
                [audience in self.entries[d].audiences for d in candidates], dtype=np.float32
            )
        score = score + WEIGHTS["scenario"] * self._is_scenario[idx]
        return score.astype(np.float32)

    def _with_companions(self, candidates, relevance, mask, query_vector, dense, cues, fields, audience):
        """Lift the companions of the leading scenario (the best within ``LEAD_MARGIN`` of the top) to just
        under it (``RELATED_GAP``), scoring any that the first pass did not find; returns (candidates,
        relevance, {companion: the lead})."""
        if not len(relevance) or not self._related:
            return candidates, relevance, {}
        top = float(relevance.max())
        leads = [
            j for j, d in enumerate(candidates) if d in self._related and relevance[j] >= top - LEAD_MARGIN
        ]
        if not leads:
            return candidates, relevance, {}
        best = max(leads, key=lambda j: relevance[j])
        if relevance[best] < FLOOR:  # a playbook that does not fit brings no companions
            return candidates, relevance, {}
        lead, floor = candidates[best], float(relevance[best]) - RELATED_GAP
        companions = self._related[lead]
        if audience:
            # A playbook for mentors and leads names companions for each; lift only the asker's.
            companions = [d for d in companions if audience in self.entries[d].audiences]
        known = set(candidates)
        extra = [d for d in companions if d not in known and (mask is None or mask[d])]
        if extra:
            candidates = candidates + extra
            relevance = np.concatenate(
                [relevance, self._fuse(extra, query_vector, dense, cues, fields, audience)]
            )
        lifted = relevance.copy()
        for j, d in enumerate(candidates):
            if d in companions and lifted[j] < floor:
                # Just under the lead, in the order of their own scores.
                lifted[j] = floor - 0.1 * (floor - lifted[j])
        return candidates, lifted, dict.fromkeys(companions, lead)

    def _search_rrf(self, query, k, filters, mask, query_vector, n, diversify) -> list[RetrievalResult]:
        dense = self._dense_top(query_vector, n, mask)
        lexical = self.lexical.top_combined(query, n, mask)
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
        out = []
        for pos in chosen:
            entry = self.entries[candidates[pos]]
            similarity = float(self.embeddings[candidates[pos]] @ query_vector)
            out.append(
                RetrievalResult(
                    entry=entry,
                    score=round(float(relevance[pos]), 4),
                    why=self._why(similarity, [], [], filters, entry, None),
                    similarity=round(similarity, 4),
                )
            )
        return out

    def _distinct(self, candidates: list[int], k: int) -> list[int]:
        """The first k candidates in order, passing over any that nearly repeats one already chosen."""
        chosen: list[int] = []
        for pos, doc in enumerate(candidates):
            if len(chosen) == k:
                break
            vector = self.embeddings[doc]
            if all(float(vector @ self.embeddings[candidates[c]]) < DUPLICATE for c in chosen):
                chosen.append(pos)
        return chosen

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
    def _why(
        similarity: float,
        matched_terms: list[str],
        matched_topics: list[str],
        filters: Filters,
        entry: Entry,
        matched_cue: str | None = None,
        goes_with: str | None = None,
    ) -> str:
        """Why an entry was suggested, in a mentor's words."""
        parts = [f"goes with the playbook “{goes_with}”"] if goes_with else []
        if matched_cue:
            parts.append(f"written for situations like “{matched_cue}”")
        if matched_terms:
            parts.append("you mentioned " + ", ".join(f"“{t}”" for t in matched_terms[:4]))
        if matched_topics:
            parts.append("it is about " + ", ".join(t.replace("_", " ") for t in matched_topics))
        if not parts:
            parts.append("closest in meaning to what you wrote")
        for name, values in filters.items():
            hit = [v for v in values if entry.fits(name, v)]
            if hit and name != "kind":
                parts.append(
                    f"fits the {name.rstrip('s')} you chose ({', '.join(h.replace('_', ' ') for h in hit)})"
                )
        return "; ".join(parts)


class FieldedLexical:
    """BM25 per field (title, cues, text), so that a word in an entry's title or in the way users
    describe its situation counts for more than the same word deep in its text."""

    FIELDS = ("title", "cue", "text")

    def __init__(self, indexes: dict[str, LexicalIndex]):
        self.indexes = indexes

    @classmethod
    def build(cls, entries: Sequence[Entry]) -> FieldedLexical:
        texts = {
            "title": [e.title for e in entries],
            "cue": [" ".join(e.cues) for e in entries],
            "text": [e.lexical_text for e in entries],
        }
        return cls({name: LexicalIndex.build(values) for name, values in texts.items()})

    def scores(self, query: str) -> dict[str, np.ndarray]:
        return {name: index.scores(query) for name, index in self.indexes.items()}

    def top_combined(self, query: str, n: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        return LexicalIndex.top(sum(self.scores(query).values()), n, mask)

    def matched_terms(self, query: str, doc: int) -> list[str]:
        seen: dict[str, None] = {}
        for name in self.FIELDS:
            for word in self.indexes[name].matched_terms(query, doc):
                seen.setdefault(word, None)
        return list(seen)

    def save(self, folder: Path) -> None:
        for name, index in self.indexes.items():
            sub = folder / f"bm25-{name}"
            sub.mkdir(parents=True, exist_ok=True)
            index.save(sub)

    @classmethod
    def load(cls, folder: Path) -> FieldedLexical:
        return cls({name: LexicalIndex.load(folder / f"bm25-{name}") for name in cls.FIELDS})
