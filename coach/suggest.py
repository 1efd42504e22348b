"""Suggest open questions, techniques, tips and pitfalls for a mentoring situation.

Example:
    >>> response = suggest("my mentee keeps cancelling our meetings", kind="question", k=3)
    >>> len(response.results)
    3
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Sequence

from coach.errors import InputError
from coach.models import get_embedder
from coach.settings import get_settings
from coach.textcheck import prepare_text
from coach.types import SuggestResponse, Suggestion
from knowledge import KnowledgeBase, load_knowledge_base
from retrieval.index import Filters, HybridIndex, RetrievalResult

MAX_K = 50
_lock = threading.Lock()
_kbs: dict[tuple[str, ...], KnowledgeBase] = {}
_indexes: dict[tuple[str, str], HybridIndex] = {}


def _kb_key(kb_dirs: Iterable[Path | str] | None) -> tuple[str, ...]:
    dirs = list(kb_dirs) if kb_dirs is not None else get_settings().extra_kb_dirs
    return tuple(str(Path(d).expanduser().resolve()) for d in dirs)


def get_knowledge_base(kb_dirs: Iterable[Path | str] | None = None) -> KnowledgeBase:
    """The shipped knowledge base plus the user's folders (``MENTOR_COACH_KB_DIRS`` or given)."""
    key = _kb_key(kb_dirs)
    with _lock:
        if key not in _kbs:
            _kbs[key] = load_knowledge_base(key)
        return _kbs[key]


def get_index(kb_dirs: Iterable[Path | str] | None = None) -> HybridIndex:
    """The retrieval index for a knowledge base, from the cache folder when it is up to date."""
    kb = get_knowledge_base(kb_dirs)
    embedder = get_embedder()
    key = (kb.content_hash, embedder.model_id)
    with _lock:
        if key not in _indexes:
            _indexes[key] = HybridIndex.open(kb.entries, embedder, get_settings().cache_dir, kb.content_hash)
        return _indexes[key]


def _as_tuple(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    return tuple(v.strip().lower().replace("-", "_").replace(" ", "_") for v in value if v and v.strip())


def make_filters(kind=None, phase=None, relationship=None, audience=None, topic=None) -> Filters:
    """Filters from user values; raise InputError naming any value outside the vocabulary."""
    filters = Filters(kinds=_as_tuple(kind), phases=_as_tuple(phase), relationships=_as_tuple(relationship),
                      audiences=_as_tuple(audience), topics=_as_tuple(topic))
    problems = filters.unknown_values()
    if problems:
        raise InputError("; ".join(problems))
    return filters


def _to_suggestion(result: RetrievalResult) -> Suggestion:
    e = result.entry
    return Suggestion(id=e.id, kind=e.kind, title=e.title, text=e.text, phases=list(e.phases),
                      relationships=list(e.relationships), audiences=list(e.audiences), topics=list(e.topics),
                      score=result.score, why=result.why)


def _check_k(k: int | None) -> int:
    k = get_settings().default_k if k is None else k
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= MAX_K:
        raise InputError(f"k must be a whole number from 1 to {MAX_K}, got {k!r}.")
    return k


def suggest_many(texts: Sequence[object], *, kind=None, phase=None, relationship=None, audience=None,
                 topic=None, k: int | None = None, kb_dirs=None) -> list[SuggestResponse]:
    """Suggestions for many situations at once: one batched embedding call, answers in order.

    An unusable text gets a response with ``error`` set instead of stopping the batch.
    """
    k = _check_k(k)
    filters = make_filters(kind, phase, relationship, audience, topic)
    settings = get_settings()
    responses: list[SuggestResponse] = []
    prepared = []
    for text in texts:
        try:
            p = prepare_text(text, max_chars=settings.max_query_chars, what="query")
            prepared.append(p)
            responses.append(SuggestResponse(query=text, warnings=p.warnings))
        except InputError as exc:
            prepared.append(None)
            responses.append(SuggestResponse(query=text if isinstance(text, str) else "", error=str(exc)))
    todo = [i for i, p in enumerate(prepared) if p is not None]
    if not todo:
        return responses
    index = get_index(kb_dirs)
    vectors = index.embedder.encode([prepared[i].text for i in todo])
    for row, i in enumerate(todo):
        results = index.search(prepared[i].text, k=k, filters=filters, query_vector=vectors[row])
        responses[i].results = [_to_suggestion(r) for r in results]
        if not results:
            responses[i].warnings.append("No entry matches these filters; try fewer filters.")
    return responses


def suggest(text: object, *, kind=None, phase=None, relationship=None, audience=None, topic=None,
            k: int | None = None, kb_dirs=None) -> SuggestResponse:
    """Suggestions for one situation; raises InputError for unusable text or options."""
    response = suggest_many([text], kind=kind, phase=phase, relationship=relationship, audience=audience,
                            topic=topic, k=k, kb_dirs=kb_dirs)[0]
    if response.error:
        raise InputError(response.error)
    return response
