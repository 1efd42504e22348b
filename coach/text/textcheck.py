"""Checks every text a user hands us, so that bad input gets a message and never a traceback.

Example:
    >>> prepare_text("  my mentee keeps cancelling\\x07 ", max_chars=100).text
    'my mentee keeps cancelling'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from coach.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Frequent English function words: enough to tell English prose from other languages.
_ENGLISH = frozenset(
    """the a an and or but if of to in on at for with from by about as into like through after over
    between out against during without before under around among is are was were be been being have
    has had do does did will would shall should can could may might must i me my we our you your he
    him his she her it its they them their this that these those what which who whom whose when where
    why how not all any both each few more most other some such only own same so than too very just
    don't i'm it's want get help need keep feel think know make go going""".split()
)


# Frequent function words of the languages users most often write in instead, that are not English
# words too: in a short text ("Du bist so faul") the English share alone cannot tell.
_FOREIGN = frozenset(
    """ich du bist ist sind und nicht das der den dem ein eine einen mit sich auch wir sie er sehr aber
    für auf nach wie wenn oder noch schon immer mein meine dein deine unser nur mal hat habe haben wird
    werden kann soll möchte mehr besser zu bis des zum zur vom beim jahr jahres
    quiero mejor hasta veux mieux être avoir aux quero melhor até
    el la los las que y en una es por con para su lo pero muy siempre nuestras nuestros mi tu yo está
    son del al como más también cuando hace eres estás tienes
    le les et est je vous nous il elle des du pas qui pour avec sur dans très mais ou mon ma ses cette
    het een niet maar ook zijn wordt wij jij
    il gli che di non sono per una della molto sempre
    não uma com para mas muito você ele ela""".split()
)
_ACCENTED = re.compile(r"[äöüßñçãõéèêàâîôûœ]", re.IGNORECASE)


@dataclass
class PreparedText:
    """A checked text: what to analyse, and what the user should be told about it."""

    text: str
    original_length: int
    # Where ``text`` starts in the user's input: evidence spans are reported against the input.
    offset: int = 0
    warnings: list[str] = field(default_factory=list)
    truncated: bool = False
    # The text does not read as English: analyses that would only pretend (suggestions) give none.
    not_english: bool = False


def looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:4000]
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\n\r\t")
    )
    return bad / len(sample) > 0.1


def language_check(text: str) -> tuple[str | None, bool]:
    """(warning or None, sure): ``sure`` when the text is clearly another language (another
    alphabet, or more foreign function words than English ones). Few English function words alone
    only warn: notes and queries in fragments ("GOT PROMOTED. first promotion ever") have few."""
    words = _WORD.findall(text[:5000])
    letters = sum(len(w) for w in words)
    if letters == 0:
        return None, False
    latin = sum(1 for w in words for ch in w if "a" <= ch.lower() <= "z")
    if latin / letters < 0.5:
        return (
            "This text is not in the Latin alphabet; mentor-coach understands English only, so results may not fit.",
            True,
        )
    lowered = [w.lower() for w in words]
    english = sum(1 for w in lowered if w in _ENGLISH)
    foreign = sum(1 for w in lowered if w in _FOREIGN) + (1 if _ACCENTED.search(text[:5000]) else 0)
    message = (
        "This does not look like English; mentor-coach understands English only, so results may not fit."
    )
    if foreign >= 2 and foreign > english:
        return message, True
    if len(lowered) >= 4 and english / len(lowered) < 0.15:
        return message, False
    return None, False


def language_warning(text: str) -> str | None:
    """A warning when the text does not look like English, else None."""
    return language_check(text)[0]


def _be(what: str) -> str:
    return "are" if what.endswith(("notes", "questions")) else "is"


def prepare_text(
    value: object, *, max_chars: int, what: str = "text", hard_limit: int | None = None
) -> PreparedText:
    """Validate and clean a user's text; raise InputError with a readable message when unusable.

    Texts longer than ``max_chars`` are cut for analysis and a warning says so; texts longer than
    ``hard_limit`` are refused.
    """
    if value is None:
        raise InputError(f"The {what} {_be(what)} empty: please type something.")
    if isinstance(value, (bytes, bytearray)):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"The {what} is not UTF-8 text.") from None
    if not isinstance(value, str):
        raise InputError(f"The {what} must be text, not {type(value).__name__}.")
    original_length = len(value)
    if hard_limit is not None and original_length > hard_limit:
        raise InputError(
            f"The {what} is {original_length:,} characters long; the limit is {hard_limit:,}. Split it into smaller parts."
        )
    if looks_binary(value):
        raise InputError(f"The {what} looks like binary data, not text.")
    warnings = []
    # Control characters become spaces (same length), so offsets into the input stay true.
    cleaned, removed = _CONTROL.subn(" ", value)
    if removed:
        warnings.append(f"Removed {removed} control character{'s' if removed > 1 else ''} from the {what}.")
    offset = len(cleaned) - len(cleaned.lstrip())
    cleaned = cleaned.strip()
    if not cleaned:
        raise InputError(f"The {what} {_be(what)} empty: please type something.")
    if not _WORD.search(cleaned):
        raise InputError(
            f"The {what} has no words in it (only numbers, symbols or emoji): please describe it in words."
        )
    truncated = False
    if len(cleaned) > max_chars:
        cut = cleaned.rfind(" ", 0, max_chars)
        cleaned = cleaned[: cut if cut > max_chars // 2 else max_chars].rstrip()
        truncated = True
        warnings.append(
            f"The {what} is {original_length:,} characters long; only the first {len(cleaned):,} were used for matching."
        )
    language, sure = language_check(cleaned)
    if language:
        warnings.append(language)
    return PreparedText(
        text=cleaned,
        original_length=original_length,
        warnings=warnings,
        truncated=truncated,
        offset=offset,
        not_english=sure,
    )


def prepare_texts(
    values, *, max_chars: int, what: str = "text", hard_limit: int | None = None
) -> tuple[list[PreparedText | None], list[str | None]]:
    """Each text of a batch prepared, or why it cannot be: two lists in input order, so that a batch
    reports each bad text in its place instead of failing as a whole.

    Example:
        >>> prepared, problems = prepare_texts(["my mentee keeps cancelling", ""], max_chars=100)
        >>> [p is None for p in prepared], problems[0], problems[1] is not None
        ([False, True], None, True)
    """
    prepared: list[PreparedText | None] = []
    problems: list[str | None] = []
    for value in values:
        try:
            prepared.append(prepare_text(value, max_chars=max_chars, what=what, hard_limit=hard_limit))
            problems.append(None)
        except InputError as exc:
            prepared.append(None)
            problems.append(str(exc))
    return prepared, problems
