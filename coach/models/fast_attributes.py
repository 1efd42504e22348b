"""A faster stand-in for spaCy's ``attribute_ruler``, built from the same rules, same results.

The small English pipeline's attribute ruler (179 rules: the tag map that sets POS and morphology
from the tag, plus word exceptions) runs spaCy's general ``Matcher``, which tries every rule at
every token: about a fifth of the parse of a note here. Almost all of its rules look at one
token only, so they are looked up by the token's tag or lower-cased form instead; the few rules
of two tokens still go through a ``Matcher``. Rules are applied in the ruler's order, so later
rules win as before. ``tests/coach/test_fast_attributes.py`` checks that every token of the labelled
data gets the same POS, morphology and lemma as with the original component.

Example:
    >>> from coach.models.loading import get_nlp
    >>> "attribute_ruler" in get_nlp().pipe_names and type(get_nlp().get_pipe("attribute_ruler")).__name__
    'FastAttributeRuler'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.attributeruler import set_token_attrs  # the ruler's own setter
from spacy.tokens import Doc, Span
from spacy.util import SimpleFrozenList

_MEMO_LIMIT = 200_000  # distinct (tag, word, dependency, space) keys remembered; then it starts afresh
_FIELDS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


def _predicate(field: str, value) -> Callable | None:
    """A test on one token attribute, or None when the pattern uses something we do not handle."""
    attr = _FIELDS.get(field)
    if attr is None:
        return None
    if not isinstance(value, dict):
        return lambda tok: getattr(tok, attr) == value
    if set(value) == {"IN"}:
        allowed = frozenset(value["IN"])
        return lambda tok: getattr(tok, attr) in allowed
    if set(value) == {"NOT_IN"}:
        banned = frozenset(value["NOT_IN"])
        return lambda tok: getattr(tok, attr) not in banned
    if set(value) == {"REGEX"}:
        pattern = re.compile(value["REGEX"])
        return lambda tok: pattern.search(getattr(tok, attr)) is not None
    return None


class FastAttributeRuler:
    """Applies an ``AttributeRuler``'s rules with dictionary look-ups for one-token rules."""

    def __init__(self, nlp: Language, name: str = "attribute_ruler"):
        self.name = name
        self.vocab = nlp.vocab
        self._by_tag: dict[str, list[tuple[int, Callable]]] = {}
        self._by_lower: dict[str, list[tuple[int, Callable]]] = {}
        self._anywhere: list[tuple[int, Callable]] = []
        self._attrs: list[dict] = []
        self._indices: list[int] = []
        self._matcher = Matcher(nlp.vocab)
        self._has_multi = False
        self._memo: dict[tuple, tuple[tuple[int, ...], dict]] = {}

    @classmethod
    def from_ruler(cls, nlp: Language, ruler) -> FastAttributeRuler:
        fast = cls(nlp, ruler.name)
        for attrs, index in zip(ruler.attrs, ruler.indices):
            fast._attrs.append(attrs)
            fast._indices.append(index)
        for rule, pattern_set in enumerate(ruler.patterns):
            for pattern in pattern_set["patterns"]:
                fast._add(rule, pattern)
        return fast

    def _add(self, rule: int, pattern: list[dict]) -> None:
        if len(pattern) == 1 and all(_predicate(k, v) for k, v in pattern[0].items()):
            checks = [_predicate(k, v) for k, v in pattern[0].items()]

            def matches(tok, checks=checks) -> bool:
                return all(check(tok) for check in checks)

            entry = (rule, matches)
            tag, lower = pattern[0].get("TAG"), pattern[0].get("LOWER")
            if isinstance(tag, str):
                self._by_tag.setdefault(tag, []).append(entry)
            elif isinstance(tag, dict) and set(tag) == {"IN"}:
                for t in tag["IN"]:
                    self._by_tag.setdefault(t, []).append(entry)
            elif isinstance(lower, str):
                self._by_lower.setdefault(lower, []).append(entry)
            elif isinstance(lower, dict) and set(lower) == {"IN"}:
                for w in lower["IN"]:
                    self._by_lower.setdefault(w, []).append(entry)
            else:
                self._anywhere.append(entry)
            return
        # Rules over several tokens (or with operators we do not handle) keep spaCy's Matcher.
        self._matcher.add(str(rule), [pattern])
        self._has_multi = True

    def _rules_for(self, tok) -> tuple[tuple[int, ...], dict]:
        """The one-token rules matching a token, and their attributes merged in rule order.

        One-token rules only read a token's tag, lower-cased form, dependency and is_space, so the
        answer is memoised on those: most tokens of a note are then one dictionary look-up.
        """
        key = (tok.tag_, tok.lower_, tok.dep_, tok.is_space)
        known = self._memo.get(key)
        if known is None:
            rules = sorted(
                {
                    rule
                    for rule, matches in (
                        *self._by_tag.get(key[0], ()),
                        *self._by_lower.get(key[1], ()),
                        *self._anywhere,
                    )
                    if matches(tok)
                }
            )
            merged: dict = {}
            for rule in rules:
                merged.update(self._attrs[rule])  # a later rule's value wins, as when applied in turn
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            known = self._memo[key] = (tuple(rules), merged)
        return known

    def __call__(self, doc: Doc) -> Doc:
        # Rules of several tokens set attributes on one token of their match; that token then takes
        # its one-token rules and those in rule order, as the original component applies them.
        extra: dict[int, list[int]] = {}
        if self._has_multi:
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                rule = int(self.vocab.strings[match_id])
                extra.setdefault(Span(doc, start, end)[self._indices[rule]].i, []).append(rule)
        for tok in doc:
            rules, merged = self._rules_for(tok)
            more = extra.get(tok.i)
            if more:
                merged = {}
                for rule in sorted(set(rules) | set(more)):
                    merged.update(self._attrs[rule])
            if merged:
                set_token_attrs(tok, merged)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    # The pipeline is never trained or saved by us; these keep spaCy's Language API content.
    def to_bytes(self, exclude=SimpleFrozenList()):  # noqa: B008 (spaCy's own signature)  # pragma: no cover
        raise NotImplementedError("FastAttributeRuler is built at load time and not serialised")


def speed_up_attribute_ruler(nlp: Language) -> Language:
    """Replace the pipeline's ``attribute_ruler`` by a ``FastAttributeRuler`` with the same rules, in place."""
    if "attribute_ruler" not in nlp.component_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, FastAttributeRuler):
        return nlp
    names = nlp.component_names
    following = names[names.index("attribute_ruler") + 1 :]
    was_disabled = "attribute_ruler" in nlp.disabled
    _pending[id(nlp)] = FastAttributeRuler.from_ruler(nlp, ruler)
    nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe(_FACTORY, name="attribute_ruler", **({"before": following[0]} if following else {}))
    if was_disabled:
        nlp.disable_pipe("attribute_ruler")
    return nlp


# spaCy builds components through a registered factory; it hands over the instance built above.
_FACTORY = "mentor_coach_fast_attribute_ruler"
_pending: dict[int, FastAttributeRuler] = {}


@Language.factory(_FACTORY)
def _make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return _pending.pop(id(nlp))
