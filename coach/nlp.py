"""Parse texts with spaCy once, in batches; every analyzer reads the same ``Doc``.

Example:
    >>> [d.ents[0].label_ for d in parse(["Pass the AWS exam by 30 June."])]
    ['DATE']
"""

from __future__ import annotations

from typing import Iterable, Sequence

from coach.models import get_nlp

# Goal, feedback and question analysis use the tagger, parser, lemmatizer and entities; nothing is
# disabled in the shared pipeline so that one parse serves every analyzer.
PIPELINE_DISABLED: tuple[str, ...] = ()
BATCH_SIZE = 128


def parse(texts: Sequence[str], batch_size: int = BATCH_SIZE):
    """One spaCy Doc per text, in order, parsed in batches."""
    nlp = get_nlp(disable=PIPELINE_DISABLED)
    return list(nlp.pipe(texts, batch_size=batch_size))


def parse_one(text: str):
    return parse([text])[0]


def iter_parse(texts: Iterable[str], batch_size: int = BATCH_SIZE):
    """Stream Docs for a long sequence, keeping memory flat."""
    nlp = get_nlp(disable=PIPELINE_DISABLED)
    yield from nlp.pipe(texts, batch_size=batch_size)
