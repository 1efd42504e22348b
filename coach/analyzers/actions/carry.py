"""Last session's items in the new notes: each marked done, open or dropped, with the words that say so."""

from __future__ import annotations

import re

import numpy as np

from coach.analyzers.actions.analyzer import extract_actions
from coach.analyzers.actions.results import MAX_NOTE_CHARS, ActionItem, CarriedItem
from coach.analyzers.actions.units import BULLET_LEAD
from coach.analyzers.actions.words import ASKED, ASKING, DONE, DROPPED, OPEN, RECURRING, content_stems
from coach.errors import InputError
from coach.text.nlp import doc_text as nlp_doc_text
from coach.types import Evidence


def _previous_to_dicts(previous) -> list[dict]:
    """Last session's items, in any of the forms ``track_previous`` takes, as dicts."""
    if isinstance(previous, str):
        return [i.to_dict() for i in extract_actions(previous)]
    if isinstance(previous, dict) and "items" in previous:
        previous = previous["items"]
    out = []
    for item in previous or []:
        if isinstance(item, ActionItem):
            out.append(item.to_dict())
        elif isinstance(item, dict) and (item.get("task") or item.get("text")):
            out.append(dict(item))
        elif isinstance(item, str) and item.strip():
            out.append({"task": item, "text": item})
        else:
            raise InputError(
                "Give last session's items as ActionItems, dicts with a task or text, or the notes' text."
            )
    return out


def _status_of(text: str) -> tuple[str, str, re.Match | None]:
    """The status the words of a text give an item (dropped, open or done), why, and the words."""
    m = DROPPED.search(text)
    if m:
        return "dropped", f'"{m.group(0)}" says it was dropped', m
    m_open = OPEN.search(text)
    m_done = DONE.search(text)
    if m_open and not (
        m_done
        and re.search(r"(?:✓|✔|✅|\b(?:done|sent|finished|completed))", m_done.group(0), re.I)
        and not re.search(r"\b(?:not|n't|never|still|half|partly|\d+ of \d+)\b", text, re.I)
    ):
        return "open", f'"{m_open.group(0)}" says it is not finished', m_open
    if m_done:
        return "done", f'"{m_done.group(0)}" says it was done', m_done
    return "open", "mentioned with no sign it was done", None


def _pieces(doc, doc_text: str, keys: list | None = None) -> list[tuple[int, int, int]]:
    """(start, end, sentence number) of every sentence and of its clauses (cut at ";", " – ", ", but" …).

    ``keys`` receives each sentence's Span text (the key under which ``coach.analyzers.feedback`` embeds it).
    """
    from coach.text.segment import segments

    out: list[tuple[int, int, int]] = []
    first_line_end = doc_text.find("\n") if "\n" in doc_text else len(doc_text)
    for n, seg in enumerate(segments(doc)):
        if seg.start < first_line_end and "\n" in doc_text[seg.end :]:
            continue
        if keys is not None:
            while len(keys) <= n:
                keys.append(None)
            keys[n] = seg.span.text
        # Keep a label the sentence splitter took off ("PyData: we both went!"): it names the item.
        line_start = doc_text.rfind("\n", 0, seg.start) + 1
        lead = BULLET_LEAD.match(doc_text, line_start, seg.start)
        body = lead.end() if lead else line_start
        if body < seg.start and re.fullmatch(r"[^\n.!?]{1,40}:\s*", doc_text[body : seg.start]):
            seg = seg._replace(start=body)
        if line_start < seg.start and re.search(
            r"\[\s?[xX✓✔ ]?\s?\]|[✓✔✅☑]", doc_text[line_start : seg.start]
        ):
            seg = seg._replace(
                start=line_start
                + len(doc_text[line_start : seg.start])
                - len(doc_text[line_start : seg.start].lstrip())
            )
        out.append((seg.start, seg.end, n))
        cuts = [seg.start]
        if seg.start < first_line_end and "\n" in doc_text[seg.end :]:
            continue  # the note's title line reports nothing
        for m in re.finditer(
            r";\s*|\s[–—-]\s+|,\s+|:\s+|\.\s+|\s+(?=but\b|so\b|and\b)", doc_text[seg.start : seg.end]
        ):
            cuts.append(seg.start + m.end())
        cuts.append(seg.end)
        if len(cuts) > 2:
            for a, b in zip(cuts, cuts[1:]):
                while b > a and doc_text[b - 1] in " ;,–—-:":
                    b -= 1
                if b - a >= 3 and (a, b) != (seg.start, seg.end):
                    out.append((a, b, n))
    return out


TRACK_MIN = 0.3


def track_previous(
    previous_items, text: object, doc=None, early_vectors: dict | None = None
) -> list[CarriedItem]:
    """Mark each of last session's items done, open or dropped where the new notes say so.

    ``previous_items``: last session's ``ActionItem``s, their ``to_dict()``s (at least ``task`` or
    ``text``), an ``ActionItems.to_dict()``, or last session's notes as text (their items are
    extracted first). ``doc``: the new notes' Doc if already parsed (``coach.text.nlp.parse``) — it must
    be the Doc of ``text``, and offsets are then into ``doc.text``.

    Each item is matched one-to-one to the sentence or clause of the new notes most like its task
    (MiniLM similarity of its sentence plus shared word stems); the status then comes from the words there: dropped
    ("drop", "parked", "no longer", "cancelled", "that idea's off"), open ("still", "not yet",
    "pending", "2 of 6", "carry over", a recurring task still running), done ("done", "sent", "✓",
    a deed in the past tense; asking counts as done whatever the answer). An item the notes do not
    mention comes back ``open`` with a low score and the reason "not mentioned".

    Example:
        >>> [(c.previous_task, c.status) for c in track_previous(["send the CV"], "Sent the CV on Monday.")]  # doctest: +SKIP
        [('send the CV', 'done')]
    """
    items = _previous_to_dicts(previous_items)
    offset = 0
    if doc is None:
        doc, offset = _parse_notes(text)
    if not items:
        return []
    doc_text = nlp_doc_text(doc)
    keys: list = []
    pieces = _pieces(doc, doc_text, keys)
    queries = [(i.get("task") or i.get("text") or "").strip() for i in items]
    unmentioned = [
        CarriedItem(k, q, items[k].get("text") or q, "open", 0.2, reason="not mentioned")
        for k, q in enumerate(queries)
    ]
    if not pieces:
        return unmentioned
    # One embedding per sentence (shared with the other analyzers through ``early_vectors``); a clause
    # is judged by its sentence's embedding and by its own words.
    scores = _match_scores(
        queries, [doc_text[a:b] for a, b, _ in pieces], [keys[n] for _, _, n in pieces], early_vectors
    )
    out = list(unmentioned)
    sentence_of: dict[int, tuple[int, int]] = {}
    for a, b, n in pieces:
        sentence_of.setdefault(n, (a, b))  # a sentence comes before its clauses
    for k, j in _best_pairs(scores):
        best = float(scores[k, j])
        if best < TRACK_MIN:
            continue
        out[k] = _carried(k, items[k], queries[k], pieces[j], sentence_of, doc_text, best, offset)
    return out


def _parse_notes(text: object):
    """The new notes' Doc, and where its text starts in the user's."""
    from coach.settings import get_settings
    from coach.text.nlp import parse
    from coach.text.textcheck import prepare_text

    settings = get_settings()
    prepared = prepare_text(
        text,
        max_chars=min(MAX_NOTE_CHARS, settings.max_text_chars),
        what="notes",
        hard_limit=settings.max_text_chars,
    )
    return parse([prepared.text])[0], prepared.offset


def _match_scores(
    queries: list[str], piece_texts: list[str], sentence_keys: list[str], early_vectors: dict | None
) -> np.ndarray:
    """How well each piece of the new notes matches each item's task (items x pieces)."""
    from coach.models.loading import get_action_embedder, known_vectors

    embedder = get_action_embedder()
    vecs = known_vectors(embedder, early_vectors)
    need = sorted({t for t in queries + sentence_keys if t not in vecs})
    if need:
        vecs.update(zip(need, embedder.encode(need)))
    Q = np.array([vecs[q] for q in queries], dtype=np.float32)
    P = np.array([vecs[k] for k in sentence_keys], dtype=np.float32)
    sims = Q @ P.T
    words = [content_stems(q) for q in queries]
    piece_words = [content_stems(p) for p in piece_texts]
    # A new commitment is not a report on the old one, unless it also says what happened.
    penalty = np.array(
        [
            0.15
            if re.search(r"\b(?:will|'ll|going to|to (?:do|send|write))\b", t, re.I)
            and not (DONE.search(t) or OPEN.search(t) or DROPPED.search(t))
            else 0.0
            for t in piece_texts
        ]
    )
    scores = np.zeros_like(sims)
    for k in range(len(queries)):
        for j in range(len(piece_texts)):
            overlap = len(words[k] & piece_words[j]) / max(1, min(len(words[k]), 5))
            # Between a sentence and its clause (the same embedding), the clause that holds the words wins.
            scores[k, j] = (
                0.55 * float(sims[k, j]) + 0.6 * overlap - 0.01 * len(piece_words[j] - words[k]) - penalty[j]
            )
    return scores


def _best_pairs(scores: np.ndarray) -> list[tuple[int, int]]:
    """(item, piece) pairs, best first; a clause reports on one item, a sentence may report on several
    (through its clauses)."""
    pairs, taken_items, taken_pieces = [], set(), set()
    for flat in np.argsort(-scores, axis=None):
        k, j = divmod(int(flat), scores.shape[1])
        if k in taken_items or j in taken_pieces or scores[k, j] < TRACK_MIN:
            continue
        pairs.append((k, j))
        taken_items.add(k)
        taken_pieces.add(j)
    return pairs


def _carried(
    k: int,
    item: dict,
    task: str,
    piece: tuple[int, int, int],
    sentence_of: dict[int, tuple[int, int]],
    doc_text: str,
    best: float,
    offset: int,
) -> CarriedItem:
    """Item k as the piece of the new notes it matches (with score ``best``) reports on it."""
    a, b, _ = piece
    clause = doc_text[a:b]
    status, why, cue, where = _status_in(task, piece, sentence_of, doc_text)
    confidence = max(0.3, min(0.95, 0.3 + 0.6 * best)) * (1.0 if cue is not None else 0.75)
    evidence = [Evidence(offset + a, offset + b, clause, f"matches the task (score {best:.2f})")]
    if cue is not None:
        c0 = where + cue.start()
        evidence.append(Evidence(offset + c0, offset + c0 + len(cue.group(0)), cue.group(0), why))
    return CarriedItem(
        k,
        task,
        item.get("text") or task,
        status,
        round(confidence, 4),
        offset + a,
        offset + b,
        clause,
        why,
        evidence,
    )


def _status_in(
    task: str, piece: tuple[int, int, int], sentence_of: dict[int, tuple[int, int]], doc_text: str
) -> tuple[str, str, re.Match | None, int]:
    """The status a piece (a clause or its sentence) gives a task, why, the words that say so and where
    the text they were found in starts."""
    a, b, n = piece
    sa, sb = sentence_of.get(n, (a, b))
    clause, sentence = doc_text[a:b], doc_text[sa:sb]
    status, why, cue = _status_of(clause)
    where = a
    if cue is None and (sa, sb) != (a, b):
        status, why, cue = _status_of(sentence)
        where = sa
    elif status != "dropped" and (sa, sb) != (a, b):
        dropped = DROPPED.search(sentence)
        if dropped and not (ASKING.match(task) and ASKED.search(clause)):
            status, why, cue, where = "dropped", f'"{dropped.group(0)}" says it was dropped', dropped, sa
    if (
        status == "done"
        and ASKING.match(task) is None
        and RECURRING.search(task)
        and not re.match(r"(?i)\s*try\b", task)
        and not re.search(r"\b(?:finished|completed|all done|over)\b", sentence, re.I)
    ):
        status, why = "open", "a recurring task still running (" + why + ")"
    if status == "dropped" and ASKING.match(task) and ASKED.search(clause):
        status, why = (
            "done",
            f'asking counts as done whatever the answer ("{ASKED.search(clause).group(0)}")',
        )
    # "OK, let's drop that one" in the next sentence.
    for ahead in (1, 2):
        if status == "dropped":
            break
        nxt = sentence_of.get(n + ahead)
        if nxt and re.match(
            r"\W*(?:[A-Z][\w'’-]*:\s*)?(?:(?:ok|okay|fine|right|alright|then|so)\W+)?(?:let'?s|we'?ll|we can)\s+(?:drop|park|forget|scrap|leave)\b",
            doc_text[nxt[0] : nxt[1]],
            re.I,
        ):
            status, why, cue, where = "dropped", "the next sentence drops it", None, nxt[0]
    return status, why, cue, where
