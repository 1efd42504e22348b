"""Parse texts with spaCy once, in batches; every analyzer reads the same ``Doc``.

Example:
    >>> [(e.text, e.label_) for e in parse(["Pass the AWS exam by 30 June."])[0].ents]
    [('AWS', 'ORG'), ('30 June', 'DATE')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from coach.models.loading import get_nlp
from coach.text.words import CALENDAR_WORDS

# Goal, feedback and question analysis use the tagger, parser, lemmatizer and entities; nothing is
# disabled in the shared pipeline so that one parse serves every analyzer.
PIPELINE_DISABLED: tuple[str, ...] = ()
BATCH_SIZE = 128

_TIME_AND_NUMBER_WORDS = (
    r"today|tomorrow|tonight|yesterday|nights?|mornings?|evenings?|afternoons?|weekends?|weekdays?|weeks?|months?|"
    r"years?|quarters?|days?|daily|weekly|monthly|fortnight(?:ly)?|annual(?:ly)?|hours?|minutes?|noon|midnight|"
    r"spring|summer|autumn|fall|winter|christmas|easter|terms?|semesters?|seasons?|decades?|half|once|twice|"
    r"dozens?|hundreds?|thousands?|millions?|billions?|percent|per cent|zero|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|first|second|third|fourth|fifth|tenth|double|triple|"
    # the longest spelling first, so that an alternation does not stop at "sep" in "sept"
    + "|".join(sorted(CALENDAR_WORDS, key=lambda w: (-len(w), w)))
    + r"|eo[dwmqy]|asap|soon|later|ago|dollars?|pounds?|euros?|quid|bucks|kg|km|miles?|"
    r"english|spanish|french|german|mandarin|arabic|italian|portuguese|japanese|hindi|welsh|dutch|polish"
)
_MAY_HAVE_ENTITIES = re.compile(
    r"\d|[$£€%]|[A-Z]{2,}|(?<=[^\s.!?:;•*\-]\s)(?!I\b|I'|I’)[A-Z]|\b(?:" + _TIME_AND_NUMBER_WORDS + r")\b",
    re.I * 0,
)
_WORDS = re.compile(r"\b(?:" + _TIME_AND_NUMBER_WORDS + r")\b", re.I)


def may_have_entities(text: str) -> bool:
    """Whether a short text can hold an entity the goal analyzer uses (dates, numbers, names).

    Texts without digits, time or number words, or capitals inside a sentence hold none in practice;
    skipping the entity recogniser for them halves the parse time.
    """
    return bool(_MAY_HAVE_ENTITIES.search(text) or _WORDS.search(text))


_TEXT_KEY = "mentor_coach.text"


def doc_text(doc) -> str:
    """``doc.text``, rebuilt from the tokens once per Doc: spaCy joins every token on each read, and
    every analyzer of the note path reads it, several times per Doc.

    Example:
        >>> doc = parse_one("Ship it by Friday.")
        >>> doc_text(doc) == doc.text
        True
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def parse(texts: Sequence[str], batch_size: int = BATCH_SIZE, entities: str = "all"):
    """One spaCy Doc per text, in order, parsed in batches.

    ``entities="when_likely"`` runs the entity recogniser only on texts that may hold an entity
    (see ``may_have_entities``); the others get no entities. Use it for short texts such as goals.
    ``entities="none"`` skips it: the feedback and question analyzers read no entities.
    """
    nlp = get_nlp(disable=PIPELINE_DISABLED)
    if entities == "all" or "ner" not in nlp.pipe_names:
        return list(nlp.pipe(texts, batch_size=batch_size))
    docs = list(nlp.pipe(texts, batch_size=batch_size, disable=["ner"]))
    if entities == "none":
        return docs
    wanted = [doc for doc in docs if may_have_entities(doc.text)]
    if wanted:
        for _ in nlp.get_pipe("ner").pipe(wanted, batch_size=batch_size):
            pass  # annotates the Docs in place
    return docs


def parse_one(text: str):
    return parse([text])[0]


def iter_parse(texts: Iterable[str], batch_size: int = BATCH_SIZE):
    """Stream Docs for a long sequence, keeping memory flat."""
    nlp = get_nlp(disable=PIPELINE_DISABLED)
    yield from nlp.pipe(texts, batch_size=batch_size)
