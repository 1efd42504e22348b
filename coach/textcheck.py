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
    bad = sum(1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")
                                                        and ch not in "\n\r\t"))
    return bad / len(sample) > 0.1


def language_warning(text: str) -> str | None:
    """A warning when the text does not look like English, else None."""
    words = _WORD.findall(text[:5000])
    letters = sum(len(w) for w in words)
    if letters == 0:
        return None
    latin = sum(1 for w in words for ch in w if "a" <= ch.lower() <= "z")
    if latin / letters < 0.5:
        return "This text is not in the Latin alphabet; mentor-coach understands English only, so results may not fit."
    lowered = [w.lower() for w in words]
    if len(lowered) >= 4 and sum(1 for w in lowered if w in _ENGLISH) / len(lowered) < 0.15:
        return "This does not look like English; mentor-coach understands English only, so results may not fit."
    return None


def _be(what: str) -> str:
    return "are" if what.endswith(("notes", "questions")) else "is"


def prepare_text(value: object, *, max_chars: int, what: str = "text", hard_limit: int | None = None) -> PreparedText:
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
        raise InputError(f"The {what} has no words in it (only numbers, symbols or emoji): please describe it in words.")
    truncated = False
    if len(cleaned) > max_chars:
        cut = cleaned.rfind(" ", 0, max_chars)
        cleaned = cleaned[: cut if cut > max_chars // 2 else max_chars].rstrip()
        truncated = True
        warnings.append(
            f"The {what} is {original_length:,} characters long; only the first {len(cleaned):,} were used for matching."
        )
    language = language_warning(cleaned)
    if language:
        warnings.append(language)
    return PreparedText(text=cleaned, original_length=original_length, warnings=warnings, truncated=truncated,
                        offset=offset, not_english=language is not None)
