"""Suggest open questions, techniques, tips, pitfalls and scenario playbooks for a mentoring situation.

A disclosure of harassment, bullying, discrimination, a threat to safety or self-harm puts a
safeguarding playbook first, whatever the filters (the safety route, ``coach.analyzers.safety``). When no
entry fits well, the response says so (``nothing_fits``) and shows the closest only as such; text
that is not English gets the warning and no suggestions.

Example:
    >>> response = suggest("my mentee keeps cancelling our meetings", kind="question", k=3)
    >>> len(response.results)
    3
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from coach.analyzers.safety import KIND_WORDS, check_safety
from coach.analyzers.safety_model import safety_embedder
from coach.errors import InputError
from coach.models.loading import get_embedder
from coach.settings import get_settings
from coach.text.textcheck import prepare_text
from coach.types import Suggestion, SuggestResponse
from knowledge import KnowledgeBase, load_knowledge_base
from knowledge.schema import KINDS
from retrieval.index import Filters, HybridIndex, RetrievalResult
from retrieval.query import Asker

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
    filters = Filters(
        kinds=_as_tuple(kind),
        phases=_as_tuple(phase),
        relationships=_as_tuple(relationship),
        audiences=_as_tuple(audience),
        topics=_as_tuple(topic),
    )
    problems = filters.unknown_values()
    if problems:
        raise InputError("; ".join(problems))
    return filters


NOTHING_FITS = "No entry fits this situation well; the closest are shown, but read them with care."
NOT_ENGLISH = "No suggestions: the knowledge base and its matching are English only."
SAFEGUARDING = Filters(kinds=("scenario",), topics=("safeguarding",))


def _to_suggestion(
    result: RetrievalResult, disclosure: dict | None = None, handles: dict | None = None
) -> Suggestion:
    """``disclosure``: this is the route's playbook; ``handles``: this entry is on handling that disclosure."""
    e = result.entry
    why = result.why
    if handles is not None:
        why = f"on handling a disclosure such as this one ({KIND_WORDS[handles['kind']]}): what to do after the playbook"
    if disclosure is not None:
        words = ", ".join(dict.fromkeys(f"“{ev['text']}”" for ev in disclosure["evidence"][:3]))
        if disclosure.get("uncertain"):
            why = f"what you wrote may be a disclosure ({disclosure['reason']}: {words}): not certain, so this playbook is offered in case"
        else:
            why = f"what you wrote reads like a disclosure ({disclosure['reason']}: {words}): this playbook comes first"
    return Suggestion(
        id=e.id,
        kind=e.kind,
        title=e.title,
        text=e.text,
        phases=list(e.phases),
        relationships=list(e.relationships),
        audiences=list(e.audiences),
        topics=list(e.topics),
        score=result.score,
        why=why,
        fits=result.fits or disclosure is not None or handles is not None,
        matched_cue=None if disclosure is not None else result.matched_cue,
        playbook=e.playbook.to_dict() if e.playbook else None,
        source=e.source.label,
        safety=disclosure is not None,
        goes_with=result.goes_with,
    )


def safeguarding_first(index: HybridIndex, text: str, audience: str | None, vector=None, check=None):
    """The safety route: (disclosure, the best safeguarding playbook) when the text discloses harm.

    The playbook is chosen by the words around the disclosure and the kind of harm, not by the whole
    text: a long note about many things would otherwise pick a playbook for another harm. ``check``: the
    text's ``SafetyCheck`` when the caller has made it (the notes review reads a note its own way).
    """
    # The model reads the query vector the search made, when it is the embedder the model learnt on.
    if check is None:
        check = check_safety(
            text, vector if vector is not None and index.embedder is safety_embedder() else None
        )
    found = list(check.disclosures) or ([check.possible] if check.possible else [])
    if not found:
        return None, None
    first = found[0].evidence[0]
    around = text[max(0, first.start - 150) : first.end + 150]
    query = f"{found[0].reason}: {around}"
    best = index.search(
        query,
        k=1,
        filters=SAFEGUARDING,
        query_vector=index.embedder.encode([query])[0],
        audience=audience,
        diversify=False,
    )
    disclosure = {
        "kind": found[0].kind,
        "reason": "; ".join(d.reason for d in found),
        "evidence": [e.to_dict() for d in found for e in d.evidence],
        # Only the model read it, below the cut that routes: the playbook is offered, not put first.
        "uncertain": not check.disclosures,
        "probability": None if check.probability is None else round(check.probability, 3),
    }
    return disclosure, (best[0] if best else None)


# After a routed disclosure's playbook, this many more entries on handling a disclosure (receiving it,
# not promising secrecy, referring on) come before ordinary tips: graders call ordinary tips for a
# disclosure wrong for the situation. Chosen on the dev situations (docs/decisions).
HANDLING = 2


def _disclosure_handling(
    index: HybridIndex, text: str, filters: Filters, vector, audience, pinned, room: int
):
    """The safeguarding entries on handling a disclosure that best fit a routed one, after its playbook.

    Not scenarios: a second playbook would be for another harm. The user's kind, phase, relationship
    and audience filters hold; their topic gives way to safeguarding. No relevance floor: the route's
    certainty, not the words' closeness, carries them.
    """
    limit = min(HANDLING, room)
    kinds = tuple(k for k in (filters.kinds or KINDS) if k != "scenario")
    if limit <= 0 or not kinds:
        return []
    handling = Filters(
        kinds=kinds,
        phases=filters.phases,
        relationships=filters.relationships,
        audiences=filters.audiences,
        topics=("safeguarding",),
    )
    found = index.search(text, k=limit + 1, filters=handling, query_vector=vector, audience=audience)
    return [r for r in found if r.entry.id != pinned.entry.id][:limit]


def _check_k(k: int | None) -> int:
    k = get_settings().default_k if k is None else k
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= MAX_K:
        raise InputError(f"k must be a whole number from 1 to {MAX_K}, got {k!r}.")
    return k


def suggest_many(
    texts: Sequence[object],
    *,
    kind=None,
    phase=None,
    relationship=None,
    audience=None,
    topic=None,
    k: int | None = None,
    kb_dirs=None,
) -> list[SuggestResponse]:
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
        text, response = prepared[i].text, responses[i]
        if prepared[i].not_english:
            response.nothing_fits = True
            response.warnings.append(NOT_ENGLISH)
            continue
        given = _audience_given(filters)
        asker = Asker(given, "filter") if given else index.who_asks(text, vectors[row])
        audience = asker.audience
        response.audience, response.audience_from = audience, asker.source
        disclosure, pinned = safeguarding_first(index, text, audience, vectors[row])
        results = index.search(text, k=k, filters=filters, query_vector=vectors[row], audience=audience)
        if pinned is not None and disclosure["uncertain"]:
            response.safety = disclosure
            response.warnings.append(
                f"This may be a disclosure of {KIND_WORDS[disclosure['kind']]}; not certain. If someone is being "
                "harmed or is at risk, the safeguarding playbook below says what to do first."
            )
            results = [r for r in results if r.entry.id != pinned.entry.id][: k - 1]
            # Second, after the best ordinary match: the warning above the list already points to it, and
            # a playbook the model only guessed at should not look like the answer.
            ordinary = [_to_suggestion(r) for r in results]
            response.results = ordinary[:1] + [_to_suggestion(pinned, disclosure)] + ordinary[1:]
        elif pinned is not None:
            response.safety = disclosure
            response.warnings.append(
                f"This reads like a disclosure ({disclosure['reason']}): a safeguarding playbook comes first. "
                "Listen, do not promise secrecy you cannot keep, and refer on as it says."
            )
            handling = _disclosure_handling(index, text, filters, vectors[row], audience, pinned, k - 1)
            taken = {pinned.entry.id} | {r.entry.id for r in handling}
            results = [r for r in results if r.entry.id not in taken][: k - 1 - len(handling)]
            response.results = (
                [_to_suggestion(pinned, disclosure)]
                + [_to_suggestion(r, handles=disclosure) for r in handling]
                + [_to_suggestion(r) for r in results]
            )
        else:
            response.results = [_to_suggestion(r) for r in results]
        routed = pinned is not None and not disclosure["uncertain"]
        if not results and not routed:
            response.warnings.append("No entry matches these filters; try fewer filters.")
        elif results and not any(r.fits for r in results) and not routed:
            response.nothing_fits = True
            response.warnings.append(NOTHING_FITS)
    return responses


def _audience_given(filters: Filters) -> str | None:
    """The audience the user filtered on, when it is exactly one: who is asking, then."""
    return filters.audiences[0] if len(filters.audiences) == 1 else None


def suggest(
    text: object,
    *,
    kind=None,
    phase=None,
    relationship=None,
    audience=None,
    topic=None,
    k: int | None = None,
    kb_dirs=None,
) -> SuggestResponse:
    """Suggestions for one situation; raises InputError for unusable text or options."""
    response = suggest_many(
        [text],
        kind=kind,
        phase=phase,
        relationship=relationship,
        audience=audience,
        topic=topic,
        k=k,
        kb_dirs=kb_dirs,
    )[0]
    if response.error:
        raise InputError(response.error)
    return response
