"""Privacy of the program's people: stable pseudonyms for mentors and mentees, names masked in excerpts.

A pseudonym is an HMAC of the name under a secret made once per store and kept in it, so it is
the same across runs and re-imports, differs between stores, and cannot be reversed without the
store. Pseudonyms are also recorded in the store, which lets a (very rare) clash of two names be
resolved with a longer code, once and for good.

Example:
    >>> mask_names("Talked to Ben about it.", known_names=["Ben Okafor"])
    ('Talked to [name] about it.', [(10, 13)])
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Sequence

import sqlalchemy as sa

from coach.program.schema import meta, people
from coach.text.words import CALENDAR_WORDS

MASK = "[name]"
ROLES = ("mentor", "mentee")
SECRET_KEY = "pseudonym_secret"
_CODE_LENGTHS = (4, 6, 8, 12, 16)


def name_key(name: str) -> str:
    """How a name is compared: trimmed, spaces collapsed, case-folded."""
    return " ".join(str(name).split()).casefold()


def ensure_secret(conn) -> str:
    """The store's pseudonym secret, made on first use (inside the caller's transaction)."""
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == SECRET_KEY)).scalar_one_or_none()
    if value is None:
        value = secrets.token_hex(32)
        conn.execute(meta.insert().values(key=SECRET_KEY, value=value))
    return value


def _code(secret: str, role: str, key: str, length: int) -> str:
    digest = hmac.new(secret.encode(), f"{role}\x1f{key}".encode(), hashlib.sha256).hexdigest()
    return f"{role.title()} {digest[:length].upper()}"


def assign_pseudonyms(conn, names: Iterable[tuple[str, str]]) -> None:
    """Record a pseudonym for every (role, name) not yet known, inside the caller's transaction."""
    wanted = {(role, name_key(name)) for role, name in names if name_key(name)}
    if not wanted:
        return
    known = {(r.role, r.name_key) for r in conn.execute(sa.select(people.c.role, people.c.name_key))}
    missing = sorted(wanted - known)
    if not missing:
        return
    secret = ensure_secret(conn)
    taken = set(conn.execute(sa.select(people.c.pseudonym)).scalars())
    rows = []
    for role, key in missing:
        for length in _CODE_LENGTHS:
            label = _code(secret, role, key, length)
            if label not in taken:
                break
        taken.add(label)
        rows.append({"role": role, "name_key": key, "pseudonym": label})
    conn.execute(people.insert(), rows)


def pseudonyms(store, role: str) -> dict[str, str]:
    """Every known name key of a role -> its pseudonym (for grouping and filters)."""
    with store.engine.connect() as conn:
        return {
            r.name_key: r.pseudonym
            for r in conn.execute(
                sa.select(people.c.name_key, people.c.pseudonym).where(people.c.role == role)
            )
        }


def pseudonym(store, role: str, name: str) -> str:
    """The stable pseudonym of a mentor or mentee in this store, e.g. "Mentor 7F2A".

    Example:
        >>> pseudonym(store, "mentor", "Priya Raman")     # doctest: +SKIP
        'Mentor 3C1E'
    """
    from coach.errors import InputError

    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    key = name_key(name)
    if not key:
        raise InputError("a pseudonym needs a name")
    with store.engine.begin() as conn:
        found = conn.execute(
            sa.select(people.c.pseudonym).where(people.c.role == role, people.c.name_key == key)
        ).scalar_one_or_none()
        if found is None:
            assign_pseudonyms(conn, [(role, name)])
            found = conn.execute(
                sa.select(people.c.pseudonym).where(people.c.role == role, people.c.name_key == key)
            ).scalar_one()
    return found


# -- masking -----------------------------------------------------------------------------------------
# Short forms people use for a known first name that no prefix of it gives.
_NICKNAMES = {
    "william": ("Bill", "Will", "Liam"),
    "robert": ("Bob", "Rob", "Bobby"),
    "richard": ("Rick", "Dick", "Rich"),
    "elizabeth": ("Liz", "Beth", "Lizzie", "Eliza"),
    "margaret": ("Maggie", "Peggy", "Meg"),
    "katherine": ("Kate", "Katie", "Kat"),
    "catherine": ("Kate", "Katie", "Cath"),
    "james": ("Jim", "Jamie"),
    "alexander": ("Alex", "Sasha", "Xander"),
    "alexandra": ("Alex", "Sasha", "Lexi"),
    "john": ("Jack", "Johnny"),
    "edward": ("Ed", "Ted", "Eddie"),
    "anthony": ("Tony",),
    "joseph": ("Joe", "Joey"),
    "michael": ("Mike", "Mikey"),
    "rebecca": ("Becky", "Becca"),
    "jennifer": ("Jen", "Jenny"),
    "charles": ("Charlie", "Chuck"),
    "francisco": ("Paco", "Fran"),
    "giuseppe": ("Beppe", "Pino"),
    "aleksandr": ("Sasha",),
    "yekaterina": ("Katya",),
    "mohammed": ("Mo",),
    "muhammad": ("Mo",),
    "oluwaseun": ("Seun",),
    "oluwadamilare": ("Dami",),
    "nicholas": ("Nick", "Nico"),
    "christopher": ("Chris", "Kit"),
    "thomas": ("Tom", "Tommy"),
    "daniel": ("Dan", "Danny"),
    "samuel": ("Sam", "Sammy"),
    "samantha": ("Sam",),
    "benjamin": ("Ben",),
}
# Prefixes of a long first name that are also everyday capitalised words: not masked as nicknames.
_NOT_NICKNAMES = frozenset(
    {
        "May",
        "Mar",
        "Jan",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
        "Art",
        "Can",
        "The",
        "And",
        "Her",
        "His",
        "Our",
        "You",
        "Man",
        "Car",
        "Pro",
        "Con",
        "Gen",
        "Sam",
    }
)


def name_variants(names: Iterable[str]) -> set[str]:
    """The ways a known person may appear in notes: full name, each name part, initials, and short
    forms of a first name (a prefix of a long one, "Max" for "Maximilian", or a common nickname).

    Example:
        >>> sorted(name_variants(["Siobhan Murphy"]))
        ['Murphy', 'SM', 'Sio', 'Siob', 'Siobhan', 'Siobhan Murphy']
    """
    out: set[str] = set()
    for name in names:
        parts = [p for p in re.split(r"[\s,]+", str(name).strip()) if p]
        if not parts:
            continue
        out.add(" ".join(parts))
        for p in parts:
            p = p.strip(".()'\"")
            if len(p) >= 2 and p[:1].isalpha():
                out.add(p)
                for piece in p.split("-"):  # "Anna-Lena": "Anna" and "Lena" alone too
                    if len(piece) >= 2 and piece != p:
                        out.add(piece)
        first = parts[0].strip(".()'\"")
        if first[:1].isupper() and first.isalpha():
            if len(first) >= 6:
                out.update(first[:n] for n in (3, 4) if first[:n] not in _NOT_NICKNAMES)
            out.update(_NICKNAMES.get(first.casefold(), ()))
        if len(parts) >= 2:
            initials = "".join(p[0] for p in parts if p[:1].isalpha()).upper()
            if len(initials) >= 2:
                out.add(initials)
    return out


# Known names that are also everyday words: matched in lower case only where the writer capitalised
# them, so "max 2 pages" or "a grace period" keep their words.
_EVERYDAY_WORDS = frozenset(
    """max grace will rose mark bill amber hope faith joy dawn sandy rob pat frank sue jack ray art gene
    summer june april may august holly ivy lily daisy iris ruby pearl crystal angel sky river reed wade
    drew chase lance grant hunter carter cole miles dean don nick sam ben tom dan kit mo ed ted jim bob
    rick rich liz beth meg kate kat cath joe mike chuck fran mat eve ken jan sat sun mon wed fri
    sage rowan robin ash jay wren lee king page young long rich bond chance hall park""".split()
)


def known_names_pattern(names: Iterable[str]) -> re.Pattern | None:
    """One regex for every variant of the names, longest first, whole words.

    A variant matches as written, and in lower case too (phone-typed notes: "told priya") unless its
    lower-case form is an everyday word: "Max" and "Grace" are names, "max" and "grace" are words.

    Example:
        >>> bool(known_names_pattern(["Priya Raman"]).search("told priya to send it"))
        True
    """
    variants = sorted(name_variants(names), key=len, reverse=True)
    if not variants:
        return None
    # Lower case only for a name's own words, not for a prefix ("ale" of "Alessandro" is a word).
    words = {w.strip(".()'\"") for name in names for w in re.split(r"[\s,\-]+", str(name))}
    words |= {n for w in list(words) for n in _NICKNAMES.get(w.casefold(), ())}
    forms: list[str] = []
    for v in variants:
        forms.append(re.escape(v))
        low = v.lower()
        if (
            low != v
            and len(v) >= 3
            and not v.isupper()
            and low not in _EVERYDAY_WORDS
            and (v in words or " " in v)
        ):
            forms.append(re.escape(low))
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)")


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def apply_mask(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Replace the spans (merged) by "[name]"; returns the masked text and the merged spans."""
    merged = _merge(spans)
    pieces, last = [], 0
    for s, e in merged:
        pieces.append(text[last:s])
        pieces.append(MASK)
        last = e
    pieces.append(text[last:])
    return "".join(pieces), merged


def shift_offset(offset: int, masked: Sequence[tuple[int, int]], end: bool = False) -> int:
    """Where an offset of the original text falls in the masked text (inside a name: at its mask's edge).

    Example:
        >>> shift_offset(20, [(10, 13)])      # 3 characters became 6
        23
    """
    delta = 0
    for s, e in masked:
        if offset <= s:
            break
        if offset < e:
            return s + delta + (len(MASK) if end else 0)
        delta += len(MASK) - (e - s)
    return offset + delta


def scrub_names(text: str, names: Iterable[str] = (), pattern: re.Pattern | None = None) -> str:
    """Replace given name strings (longest first) and the known-names pattern's matches by "[name]".

    For short texts that quote a note, such as an analyzer's reason or hint.

    Example:
        >>> scrub_names("describes who the person is (“Kasia is lazy”)", ["Kasia"])
        'describes who the person is (“[name] is lazy”)'
    """
    for name in sorted(
        {n.strip() for n in names if n and n.strip() and n.strip() != MASK}, key=len, reverse=True
    ):
        text = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", MASK, text)
    if pattern is not None:
        text = pattern.sub(MASK, text)
    return text


# Capitalised words spaCy's tagger calls proper nouns that are not people: calendar words, the
# labels notes put before a colon, the roles of a session. Anything else tagged PROPN is masked.
_NOT_A_NAME = CALENDAR_WORDS | frozenset(
    """mr mrs ms dr prof mentor mentee mentors mentees coach me i q a
    actions action observations observation feedback met invite notes note goal goals agenda summary
    next todo update questions question homework decision decisions outcome outcomes attendees present
    teams zoom slack excel python sql jira linkedin google microsoft""".split()
)
# Entity labels that are never a person's name, whatever the tagger says.
_NOT_PEOPLE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"})


def _looks_like_a_first_name(tok) -> bool:
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and text[:1].isupper()
        and text[1:].islower()
        and text.isalpha()
        and text.lower() not in _NOT_A_NAME
        and tok.ent_type_ not in _NOT_PEOPLE
        # spaCy often labels an unfamiliar first name ORG or GPE; a longer ORG ("Harrow Council") is kept.
        and (
            tok.ent_type_ in ("", "PERSON", "NORP")
            or tok.ent_iob_ == "B"
            and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
        )
    )


_PRONOUNS = frozenset("i you he she they we it me him her them us one someone everyone".split())
# Parts of speech that are never part of a name, even inside a PERSON entity ("Max - You").
_NOT_NAME_POS = frozenset(
    {
        "PRON",
        "DET",
        "AUX",
        "VERB",
        "ADP",
        "CCONJ",
        "SCONJ",
        "PART",
        "NUM",
        "SYM",
        "SPACE",
        "PUNCT",
        "ADV",
        "INTJ",
    }
)


def _name_token(tok) -> bool:
    if tok.lower_ in _PRONOUNS:
        return False
    if tok.pos_ == "PUNCT":
        # The dot of an initial or a title ("J. Okafor", "Dr. Okafor") belongs to the name.
        return tok.text == "." and tok.i > 0 and len(tok.doc[tok.i - 1].text) <= 4
    return tok.pos_ not in _NOT_NAME_POS or tok.text[:1].isupper() and tok.pos_ not in ("PRON", "DET", "AUX")


def _runs(tokens) -> list[tuple[int, int]]:
    """Character spans of runs of adjacent name tokens; a hyphen between two joins them ("Anna-Lena")."""
    spans: list[list[int]] = []
    prev = None
    for tok in tokens:
        start, end = tok.idx, tok.idx + len(tok.text)
        if prev is not None and (
            tok.i == prev.i + 1
            or tok.i == prev.i + 2
            and tok.doc[prev.i + 1].text == "-"
            and not prev.whitespace_
        ):
            spans[-1][1] = end
        else:
            spans.append([start, end])
        prev = tok
    return [(s, e) for s, e in spans]


def person_spans(doc, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the people of a Doc within [start, end): the name words of spaCy's PERSON
    entities, and single capitalised words its tagger calls proper nouns that are not calendar words
    or labels. A pronoun is never masked, even where the recogniser put it inside a PERSON entity.

    The entity recogniser misses many first names ("Thandi", "Sam", or "Kasia" taken for a place);
    a proper-noun tag is the tagger's evidence of a name. Masking a one-word place as well is the
    safe side of the trade.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> doc = parse_one("Thandi presented the Q3 figures on Monday.")
        >>> [doc.text[s:e] for s, e in person_spans(doc)]
        ['Thandi']
    """
    from coach.text.nlp import doc_text

    return PersonSpans(doc).within(start, len(doc_text(doc)) if end is None else end)


class PersonSpans:
    """The people of one Doc, worked out once (each entity's name runs, each token's name test) and
    asked for many ranges: a note's units would otherwise walk every token of the note once per unit.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> doc = parse_one("Thandi presented the Q3 figures on Monday.")
        >>> PersonSpans(doc).within(0, 6)
        [(0, 6)]
    """

    def __init__(self, doc):
        self.entities = [
            (ent.start_char, ent.end_char, _runs([tok for tok in ent if _name_token(tok)]))
            for ent in doc.ents
            if ent.label_ == "PERSON"
        ]
        self.tokens = [(tok.idx, tok.idx + len(tok.text)) for tok in doc if _looks_like_a_first_name(tok)]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for ent_start, ent_end, runs in self.entities:
            if ent_end > start and ent_start < end:
                spans += runs
        return spans + [(s, e) for s, e in self.tokens if s < end and e > start]


def note_names(doc, pattern: re.Pattern | None = None, people: PersonSpans | None = None) -> set[str]:
    """Every name string masked anywhere in a note, and each word of it: what a hint or reason that
    quotes the note (an addressee, an owner, an antecedent from another sentence) must not show.

    Example:
        >>> from coach.text.nlp import parse_one
        >>> sorted(note_names(parse_one("Max - You're hard-working but naive.")))
        ['Max']
    """
    from coach.text.nlp import doc_text

    text = doc_text(doc)
    spans = people.within(0, len(text)) if people is not None else person_spans(doc)
    found = {text[s:e] for s, e in spans}
    if pattern is not None:
        found |= {m.group(0) for m in pattern.finditer(text)}
    words = {w for name in found for w in re.split(r"[\s.]+", name) if len(w) >= 2 and w[:1].isalpha()}
    return {n for n in found | words if n.lower() not in _PRONOUNS and n != MASK}


def mask_names(
    text: str, known_names: Iterable[str] = (), doc=None, pattern: re.Pattern | None = None
) -> tuple[str, list[tuple[int, int]]]:
    """Mask person names: spaCy PERSON entities and the known names (full, parts, initials) -> "[name]".

    Returns the masked text and the spans of ``text`` that were masked. ``doc`` is the text's
    spaCy Doc when already parsed; ``pattern`` a ``known_names_pattern`` built once for many texts.

    Example:
        >>> mask_names("Dr Patel met Kasia.", known_names=["Kasia Nowak"])[0]
        '[name] met [name].'
    """
    from coach.text.nlp import doc_text, parse

    if doc is None:
        doc = parse([text])[0]
    spans = person_spans(doc) if doc_text(doc) == text else []
    pattern = pattern if pattern is not None else known_names_pattern(known_names)
    if pattern is not None:
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return apply_mask(text, spans)
