"""Rule evidence for feedback sentences: trait labels, copular trait constructions, absolutes and
the parts of an SBI statement (situation, behaviour, impact, suggestion).

Each finding is a character span with its reason, like a Presidio recognizer's result; the
features the classifier heads read are computed from the same findings, so what the user sees
is what the model used.

Example:
    >>> from coach.nlp import parse_one
    >>> [f.kind for f in find_feedback_evidence(parse_one("You're so lazy, you never reply on time."))]
    ['trait', 'copular_trait', 'absolute']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Trait words (adjectives and nouns that characterise who a person is), with their valence.
NEGATIVE_TRAITS = """
lazy arrogant rude careless sloppy disorganised disorganized unorganised unorganized negative defensive
aggressive abrasive bossy pushy stubborn selfish lazy unreliable unprofessional immature naive naïve insecure
shy timid passive weak difficult moody grumpy grumpier cynical condescending patronising patronizing dismissive
entitled lazy incompetent clueless useless hopeless dim slow thick stupid dumb scatterbrained scatty flaky
chaotic messy impatient impulsive reckless anxious nervous nervy neurotic emotional sensitive oversensitive
touchy prickly abrasive cold aloof distant unfriendly unapproachable intimidating arrogant cocky overconfident
opinionated closed-minded narrow-minded rigid inflexible controlling micromanaging perfectionist perfectionistic
indecisive wishy-washy spineless soft naive gullible lazy unmotivated unambitious complacent apathetic
disengaged uninterested careless forgetful absent-minded irresponsible dishonest sneaky manipulative
two-faced political lazy inconsiderate thoughtless tactless blunt harsh brusque curt snappy argumentative
confrontational combative hot-headed hotheaded volatile pessimistic gloomy whiny needy clingy demanding
high-maintenance lazy scattered unfocused distracted dreamy lazy inexperienced green junior-minded average
mediocre ordinary bland boring dull quiet introverted withdrawn reserved awkward socially awkward
lacklustre lackluster sloppy lax slapdash vain egotistical self-centred self-centered self-absorbed know-it-all
smug sarcastic snarky bitter resentful jealous petty rigid negative toxic difficult unpleasant
""".split()
POSITIVE_TRAITS = """
brilliant smart clever intelligent bright gifted talented natural genius creative innovative confident
charismatic likeable likable friendly warm kind caring empathetic empathic compassionate patient calm
composed unflappable resilient tough driven ambitious motivated passionate enthusiastic energetic positive
optimistic cheerful upbeat conscientious diligent hardworking hard-working reliable dependable trustworthy
honest humble modest mature professional organised organized meticulous thorough careful detail-oriented
methodical analytical logical sharp quick astute insightful wise thoughtful considerate generous supportive
loyal dedicated committed curious open-minded flexible adaptable easygoing easy-going approachable personable
sociable outgoing extroverted articulate eloquent witty funny charming inspiring inspirational authentic
genuine decisive assertive bold brave courageous fearless proactive self-motivated self-starter independent
resourceful savvy capable competent gifted strong solid steady level-headed grounded humble tenacious
determined persistent gritty nice lovely amazing awesome fantastic great wonderful superb exceptional
""".split()
TRAIT_NOUNS = {
    "natural leader": 1,
    "born leader": 1,
    "people person": 0,
    "team player": 1,
    "self-starter": 1,
    "perfectionist": -1,
    "worrier": -1,
    "control freak": -1,
    "know-it-all": -1,
    "rock star": 1,
    "rockstar": 1,
    "star": 1,
    "genius": 1,
    "legend": 1,
    "superstar": 1,
    "natural": 1,
    "pushover": -1,
    "diva": -1,
    "drama queen": -1,
    "slacker": -1,
    "loner": -1,
    "introvert": 0,
    "extrovert": 0,
    "micromanager": -1,
    "people-pleaser": -1,
    "people pleaser": -1,
    "doormat": -1,
    "hothead": -1,
    "pessimist": -1,
    "optimist": 1,
    "overthinker": -1,
    "procrastinator": -1,
    "visionary": 1,
    "leader": 1,
    "joy": 1,
    "asset": 1,
    "credit": 1,
    "delight": 1,
    "nightmare": -1,
    "liability": -1,
    "a bit of a": -1,
    "troublemaker": -1,
    "workaholic": -1,
}
TRAIT_ATTRIBUTES = r"(?:judgement|judgment|instincts?|spirit|energy|temper|heart|head for \w+|eye for \w+|ear for \w+|nose for \w+|way with \w+|talent|gift|flair|aptitude|attitude|personality|temperament|character|nature|mindset|ego|confidence|self-confidence|self-esteem|backbone|charisma|presence|people skills|emotional intelligence|eq|drive|work ethic|common sense|maturity|a temper|a short fuse|a chip on (?:his|her|their|your) shoulder|no filter|thick skin|thin skin|a big heart|a good heart|a way with people|the gift of the gab)"

_TRAIT_VALENCE = {w: -1 for w in NEGATIVE_TRAITS} | {w: 1 for w in POSITIVE_TRAITS}
_TRAIT_WORD = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(w) for w in _TRAIT_VALENCE}, key=len, reverse=True)) + r")\b", re.I
)
_TRAIT_NOUN = re.compile(
    r"\b(?:a|an|the|such a|quite a|real|total|complete|bit of a|natural|born)\s+(?:\w+\s+)?(?:"
    + "|".join(sorted((re.escape(w) for w in TRAIT_NOUNS), key=len, reverse=True))
    + r")\b",
    re.I,
)
_LACKS_OR_HAS = re.compile(
    r"\b(?:lacks?|lacking|has(?: got)?|have(?: got)?|'s got|'ve got|shows?|showing|with)\s+(?:a\s+|an\s+|no\s+|zero\s+|real\s+|such\s+a\s+|quite\s+a\s+)?(?:(?:really|very|bit of a|great|good|bad|poor|negative|positive|strong|weak|real|lovely|terrible|awful|can-do|fantastic|brilliant|natural|big|huge|low|high|little)\s+)*"
    + TRAIT_ATTRIBUTES
    + r"\b",
    re.I,
)
_DISPOSITION = re.compile(
    r"\b(?:comes? across as|come across as|seems?(?: to be)?|appears?(?: to be)?|strikes? me as|is (?:just )?(?:not )?the (?:type|kind|sort) (?:of person )?(?:who|to)|by nature|naturally|is wired|are wired|tends? to be|one of those people|just who (?:she|he|they|you) (?:is|are))\b",
    re.I,
)
# "a brilliant presenter", "a fast learner": a label for the person built from a role noun.
_ROLE_LABEL = re.compile(
    r"\b(?:a|an|such a|the|one)\s+(?:(?:really|very|real|so|truly|total|natural|born|bit of a|great|good|bad|poor|terrible|brilliant|excellent|fantastic|amazing|natural|gifted|talented|fast|quick|slow|strong|weak|careful|careless|clear|confident|nervous|calm|lazy|hard|tough|difficult|natural|reluctant|keen|eager|thoughtful|creative|sharp|safe|solid|decent|average|mediocre)\s+){1,3}(?:presenter|learner|communicator|writer|listener|manager|leader|person|worker|thinker|player|speaker|teacher|coder|developer|engineer|clinician|nurse|doctor|lawyer|negotiator|salesperson|seller|organiser|organizer|planner|mentor|mentee|student|driver|pilot|cook|chef|designer|analyst|researcher|colleague|teammate|team member|operator|people-person|problem-solver|problem solver|self-starter|starter|finisher|multitasker|decision-maker|decision maker|delegator|networker|performer|achiever|fit)\b",
    re.I,
)
ABSOLUTE = re.compile(
    r"\b(?:always|never|constantly|continually|forever|every single time|every time|all the time|each and every|nothing ever|no one ever|everything you|nobody|without fail|invariably)\b",
    re.I,
)

# The parts of an SBI statement.
_OCCASION_NOUNS = r"(?:meeting|standup|stand-up|stand up|huddle|review|retro|retrospective|demo|call|presentation|session|handover|handoff|round|ward round|interview|pitch|workshop|lesson|class|lecture|shift|briefing|debrief|one-to-one|1:1|1-1|catch-up|catchup|town hall|all-hands|offsite|conference|panel|audit|inspection|sprint|release|launch|deployment|incident|outage|visit|clinic|case|hearing|trial|exam|assessment|observation|rehearsal|training|webinar|email|e-mail|message|report|deck|slides?|draft|proposal|document|doc|memo|brief|spreadsheet|plan|pull request|pr|ticket|post|article|chapter|essay|thread|reply|minutes|newsletter|budget|forecast|estimate|design|prototype|code review)"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri)"
SITUATION = re.compile(
    r"\b(?:(?:in|at|during|before|after|on|from|for|with|about)\s+(?:the\s+|this\s+|that\s+|your\s+|our\s+|my\s+|today's\s+|yesterday's\s+|last\s+|this\s+week's\s+|last\s+week's\s+|monday's\s+|tuesday's\s+|wednesday's\s+|thursday's\s+|friday's\s+|[A-Z][\w&-]+(?:'s)?\s+)(?:[\w'-]+\s+){0,3}?"
    + _OCCASION_NOUNS
    + r"s?\b(?:\s+(?:on|with|for|about|last|this|yesterday|today)\b(?:\s+[\w'-]+){1,2})?"
    r"|\b(?:yesterday|today|this morning|this afternoon|tonight|last night|earlier today|last week|last month|this week|on "
    + _DAYS
    + r"(?:day)?|"
    + _DAYS
    + r"(?:day)?'s|last "
    + _DAYS
    + r"(?:day)?|twice|three times|once|the other day|just now|just then|when you\s+\w+(?:\s+\w+){0,5})\b"
    r"|\b(?:\d+(?:[.,]\d+)?\s*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|times|pages?|slides?|emails?|calls?|tickets?|bugs?|errors?|mistakes?|typos?|deadlines?)|\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm))\b"
    r"|[\"“][^\"”]{2,60}[\"”])",
    re.I,
)
IMPACT = re.compile(
    r"(?:,|;|\s[-–—])?\s*\b(?:which meant|that meant|this meant|it meant|meaning (?:that )?|so (?:the|we|i|they|everyone|nobody|no one|people|it|your|our|their|he|she)\b|as a result|because of (?:that|this|it)|the (?:result|effect|impact) (?:was|is)|it made|that made|this made|which made|which left|that left|which caused|that caused|this led|which led|it cost|which cost|leaving (?:the|us|me|them)|and (?:the|so the) (?:client|team|patient|customer|room|audience|manager|board)\b[^.]{0,20}\b(?:was|were|had|felt|asked|lost|got|left|noticed)|(?:i|we|they|the team|the client|everyone) (?:felt|noticed|struggled|were confused|was confused|couldn't|could not|had to))\b[^.;!?]*",
    re.I,
)
SUGGESTION = re.compile(
    r"(?:^|(?<=[.;:!?,-]\s)|(?<=[.;:!?,]))\s*(?:(?:so\s+|and\s+|but\s+|maybe\s+|perhaps\s+|please\s+|just\s+)?(?:try|consider|remember to|make sure|aim to|start|stop|keep|use|ask|write|send|book|prepare|practise|practice|rehearse|read|add|cut|check|share|set|put|take|give|bring|have a go|plan|schedule|pick|choose|spend|focus on|slow down|pause|lead|speak|talk|draft|record|note|get|build|block|limit|run|split|break|loop|copy|cc|summarise|summarize|label|list|include|flag|tell|let|go)\b[^.;!?]*)",
    re.I,
)
SUGGESTION_CUE = re.compile(
    r"\b(?:next time|going forward|from now on|in future|in the future|for next time|i'?d suggest|i suggest|i would suggest|my suggestion|i'?d recommend|i recommend|i'?d like you to|i would like you to|i want you to|could you|can you|would you|will you|you could|you should|you might|you may want to|you need to|you'?ll need to|you must|you have to|you want to|try to|try and|worth (?:trying|doing|\w+ing)|it would (?:help|be good|be worth)|it'?d be (?:good|great|worth)|would be (?:good|great|better|worth) (?:to|if)|let'?s|how about|what if you|instead of|rather than|shall we|please|keep doing|keep it up|carry on|do more of|more of this|aim for|make sure|don'?t forget to|remember to|should (?:try|aim|start|stop|consider|ask|make|use|send|book|get|practise|practice|spend)|needs? to|has to|have to|ought to|must)\b",
    re.I,
)
LEAD_IN = re.compile(
    r"(?:next time|going forward|from now on|in future|in the future|for next time|this week|tomorrow|before (?:the|your|next) \w+|when (?:you|he|she|they) \w+(?: \w+){0,3})\s*,?\s*",
    re.I,
)
PERSON_PRONOUNS = {
    "you",
    "your",
    "yours",
    "yourself",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "they",
    "them",
    "their",
    "themselves",
    "u",
    "ur",
    "ya",
}
COPULA_LEMMAS = {
    "be",
    "seem",
    "appear",
    "look",
    "sound",
    "come",
    "act",
    "feel",
    "get",
    "become",
    "remain",
    "stay",
}
LOGISTICS = re.compile(
    r"\b(?:next session|next meeting|we'?ll meet|meet again|catch up (?:on|next)|rescheduled?|agenda|booked for|calendar|zoom link|teams link|room \w+|session \d+|(?:follow[- ]?up|check[- ]in) (?:on|next)|notes? from|attendees|present:|date:|re:|subject:|cc:|thanks for (?:making time|your time|meeting|having me|the session|today|letting me))\b",
    re.I,
)
GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|thanks|thank you|cheers|best|regards|kind regards|many thanks|all the best|see you|speak soon|good (?:morning|afternoon|evening))\b",
    re.I,
)


@dataclass(frozen=True)
class FeedbackFinding:
    """A span of the sentence (offsets into the sentence's text) and why it counted."""

    start: int
    end: int
    text: str
    kind: str  # trait | copular_trait | trait_attribute | disposition | absolute | situation | behaviour | impact | suggestion
    reason: str
    valence: int = 0  # for traits: +1 praise, -1 criticism, 0 neutral


def _person_token(tok) -> bool:
    return (
        tok.lower_ in PERSON_PRONOUNS
        or tok.pos_ == "PROPN"
        and tok.ent_type_ in ("", "PERSON")
        or tok.lower_
        in (
            "i",
            "me",
            "my",
            "we",
            "us",
            "our",
            "mentee",
            "trainee",
            "student",
            "candidate",
            "appraisee",
            "intern",
            "apprentice",
            "registrar",
            "resident",
            "graduate",
            "grad",
            "junior",
            "colleague",
        )
    )


def _trait_valence(word: str) -> int:
    return _TRAIT_VALENCE.get(word.lower(), 0)


def _add(
    out: list, seen: set, start: int, end: int, text: str, kind: str, reason: str, valence: int = 0
) -> None:
    start, end = max(0, start), min(len(text), end)
    while end > start and text[end - 1] in " ,;:-–—":
        end -= 1
    while start < end and text[start] in " ,;:-–—":
        start += 1
    if end <= start or (start, end, kind) in seen:
        return
    seen.add((start, end, kind))
    out.append(FeedbackFinding(start, end, text[start:end], kind, reason, valence))


def find_feedback_evidence(doc) -> list[FeedbackFinding]:
    """Every rule finding in one sentence's Doc (or Span), in text order."""
    text = doc.text
    base = doc.start_char if hasattr(doc, "start_char") else 0
    out: list[FeedbackFinding] = []
    seen: set = set()

    # Copular trait constructions: "you are (so) ADJ", "she's a natural leader", "he seems shy".
    for tok in doc:
        if tok.dep_ in ("acomp", "attr", "oprd") and tok.head.lemma_ in COPULA_LEMMAS:
            head = tok.head
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or not _person_token(subjects[0]):
                continue
            words = [t for t in tok.subtree if t.i >= tok.i - 3][:8]
            valence = _trait_valence(tok.lemma_) or _trait_valence(tok.text) or TRAIT_NOUNS.get(tok.lower_, 0)
            trait_like = (
                valence != 0
                or tok.lower_ in TRAIT_NOUNS
                or tok.pos_ == "ADJ"
                and tok.lower_
                not in (
                    "late",
                    "early",
                    "right",
                    "wrong",
                    "sure",
                    "able",
                    "unable",
                    "away",
                    "off",
                    "back",
                    "busy",
                    "done",
                    "ready",
                    "free",
                    "available",
                    "sorry",
                    "glad",
                    "happy",
                    "aware",
                    "responsible",
                    "on",
                    "in",
                    "out",
                    "new",
                    "sick",
                    "ill",
                    "here",
                    "there",
                    "present",
                    "absent",
                    "keen",
                    "stuck",
                    "behind",
                    "ahead",
                    "tired",
                )
            )
            if not trait_like:
                continue
            start = subjects[0].idx - base
            end = max(t.idx + len(t.text) for t in words) - base
            _add(
                out,
                seen,
                start,
                end,
                text,
                "copular_trait",
                f"describes who the person is (\u201c{text[start:end]}\u201d), not what they did",
                valence,
            )
    for m in _TRAIT_WORD.finditer(text):
        _add(
            out,
            seen,
            m.start(),
            m.end(),
            text,
            "trait",
            f"a trait word: {m.group(0)}",
            _trait_valence(m.group(0)),
        )
    for m in _TRAIT_NOUN.finditer(text):
        noun = next((w for w in TRAIT_NOUNS if m.group(0).lower().endswith(w)), "")
        _add(
            out,
            seen,
            m.start(),
            m.end(),
            text,
            "trait",
            f"a label for the person: {m.group(0)}",
            TRAIT_NOUNS.get(noun, -1),
        )
    for m in _ROLE_LABEL.finditer(text):
        words = m.group(0).lower().split()
        valence = sum(_trait_valence(w) for w in words) or (
            1
            if any(
                w
                in (
                    "great",
                    "good",
                    "brilliant",
                    "excellent",
                    "fantastic",
                    "amazing",
                    "gifted",
                    "talented",
                    "strong",
                    "natural",
                )
                for w in words
            )
            else -1
        )
        _add(out, seen, m.start(), m.end(), text, "trait", f"a label for the person: {m.group(0)}", valence)
    for m in _LACKS_OR_HAS.finditer(text):
        negative = re.search(
            r"\b(?:lack|no|zero|bad|poor|negative|weak|low|terrible|awful)", m.group(0), re.I
        )
        _add(
            out,
            seen,
            m.start(),
            m.end(),
            text,
            "trait_attribute",
            f"an attribute of the person, not an action: {m.group(0)}",
            -1 if negative else 1,
        )
    for m in _DISPOSITION.finditer(text):
        _add(out, seen, m.start(), m.end(), text, "disposition", f"ascribes a disposition: {m.group(0)}")
    for m in ABSOLUTE.finditer(text):
        _add(
            out,
            seen,
            m.start(),
            m.end(),
            text,
            "absolute",
            f"an absolute (\u201c{m.group(0)}\u201d): it generalises, so it is hard to act on and easy to dispute",
        )

    # Behaviour: a person doing something (a verb other than a copula), with what they did.
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_ not in COPULA_LEMMAS | {
            "have",
            "think",
            "know",
            "seem",
            "feel",
            "want",
            "wish",
            "hope",
            "love",
            "like",
        }:
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and _person_token(subjects[0]) and subjects[0].lower_ not in ("i", "we"):
                objs = [
                    c
                    for c in tok.children
                    if c.dep_ in ("dobj", "prt", "dative", "ccomp", "xcomp", "prep", "attr", "acomp")
                ]
                end_tok = max([tok] + [t for o in objs[:2] for t in o.subtree][:12], key=lambda t: t.i)
                start = subjects[0].idx - base
                end = end_tok.idx + len(end_tok.text) - base
                if end - start > 120:
                    end = tok.idx + len(tok.text) - base
                _add(out, seen, start, end, text, "behaviour", f"what the person did: {text[start:end]}")
    # Being late, early or absent is something a person did, though said with "was": "You were late
    # to both stand-ups this week" is behaviour, unlike "You were rude", which names a trait.
    for tok in doc:
        if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            state = [
                c
                # the state may hang off an adverb the parser put first ("were late twice": late <- twice)
                for c in tok.subtree
                if c.dep_ in ("acomp", "advmod", "attr")
                and c.lower_ in CONDUCT_STATES
                and 0 < c.i - tok.i <= 3
            ]
            if subjects and state and _person_token(subjects[0]) and subjects[0].lower_ not in ("i", "we"):
                end_tok = max(
                    [state[0]] + [t for c in state[0].children for t in c.subtree][:12], key=lambda t: t.i
                )
                start = subjects[0].idx - base
                end = end_tok.idx + len(end_tok.text) - base
                _add(out, seen, start, end, text, "behaviour", f"what the person did: {text[start:end]}")
    for m in SITUATION.finditer(text):
        if re.search(r"\b(?:each|every|all|any|most|some)\b", m.group(0), re.I):
            continue  # a standing habit ("at the end of each meeting") is not a particular occasion
        _add(
            out,
            seen,
            m.start(),
            m.end(),
            text,
            "situation",
            f"the situation or a particular detail: {m.group(0).strip()}",
        )
    for m in IMPACT.finditer(text):
        _add(out, seen, m.start(), m.end(), text, "impact", f"the impact: {m.group(0).strip(' ,;-')}")
    # The first word after fillers and a leading "next time," / "going forward," is an imperative's verb.
    words = [t for t in doc if not t.is_punct and not t.is_space]
    k = moved = 0
    while k < len(words) and (moved := moved + 1) < 6:
        if words[k].lower_ in (
            "so",
            "and",
            "but",
            "maybe",
            "perhaps",
            "please",
            "pls",
            "just",
            "-",
            "*",
            "also",
            "then",
            "ok",
            "okay",
        ):
            k += 1
            continue
        lead_in = LEAD_IN.match(text[words[k].idx - base :])
        if not lead_in:
            break
        end_char = words[k].idx - base + lead_in.end()
        while k < len(words) and words[k].idx - base < end_char:
            k += 1
    first = words[k] if k < len(words) else None
    imperative = (
        first is not None
        and first.tag_ == "VB"
        and not any(c.dep_ == "nsubj" for c in first.children)
        and first.lemma_ not in ("be", "thank", "well")
    )
    for m in SUGGESTION_CUE.finditer(text):
        clause_end = re.search(r"[.;!?]|$", text[m.start() :]).start() + m.start()
        _add(
            out,
            seen,
            m.start(),
            clause_end,
            text,
            "suggestion",
            f"a suggestion or next step: {text[m.start() : clause_end].strip()}",
        )
    if imperative:
        start = first.idx - base
        clause_end = re.search(r"[.;!?]|$", text[start:]).start() + start
        _add(
            out,
            seen,
            start,
            clause_end,
            text,
            "suggestion",
            f"a request (imperative): {text[start:clause_end].strip()}",
        )
    out.sort(key=lambda f: (f.start, -f.end))
    return out


# States that record conduct on an occasion, said with "was" ("she was late to the handover").
CONDUCT_STATES = frozenset({"late", "early", "absent", "punctual", "away", "missing"})
TRAIT_KINDS = ("trait", "copular_trait", "trait_attribute", "disposition")


def feedback_features(doc, found: list[FeedbackFinding]) -> dict[str, float]:
    """The rule features one sentence gives the classifier heads (same order every time)."""
    text = doc.text
    kinds = {f.kind for f in found}
    tokens = [t for t in doc if not t.is_space]
    lower = [t.lower_ for t in tokens]
    persons = sum(
        1 for t in tokens if _person_token(t) and t.lower_ not in ("i", "me", "my", "we", "us", "our")
    )
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    f: dict[str, float] = {}
    f["trait"] = float("trait" in kinds)
    f["copular_trait"] = float("copular_trait" in kinds)
    f["trait_attribute"] = float("trait_attribute" in kinds)
    f["disposition"] = float("disposition" in kinds)
    f["trait_count"] = float(min(3, sum(1 for x in found if x.kind in TRAIT_KINDS)))
    f["absolute"] = float("absolute" in kinds)
    f["behaviour"] = float("behaviour" in kinds)
    f["situation"] = float("situation" in kinds)
    f["impact"] = float("impact" in kinds)
    f["suggestion"] = float("suggestion" in kinds)
    lead = next((t for t in tokens if not t.is_punct and t.lower_ not in ("-", "*", "•")), None)
    f["subjectless_action"] = float(
        lead is not None
        and lead.pos_ in ("VERB", "AUX")
        and lead.tag_ in ("VBD", "VBZ", "VBN", "VBG")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in lead.children)
        and lead.lemma_ not in ("be", "have")
    )
    f["third_person_subject"] = float(
        any(
            t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in ("he", "she", "they") or t.pos_ == "PROPN")
            for t in tokens
        )
    )
    f["imperative"] = float(any(x.reason.startswith("a request (imperative)") for x in found))
    f["person_refs"] = float(min(3, persons))
    f["second_person"] = float(any(w in ("you", "your", "u", "ur", "yourself") for w in lower))
    f["first_person_only"] = float(persons == 0 and any(w in ("i", "we", "me", "us") for w in lower))
    f["no_person"] = float(persons == 0)
    f["past_verb"] = float(any(t.tag_ in ("VBD", "VBN") for t in verbs))
    f["modal"] = float(any(t.tag_ == "MD" for t in tokens))
    f["question_mark"] = float("?" in text)
    f["number"] = float(bool(re.search(r"\d", text)))
    f["quote"] = float(bool(re.search(r"[\"“”]", text)))
    f["propn"] = float(any(t.pos_ == "PROPN" for t in tokens[1:]))
    f["logistics"] = float(bool(LOGISTICS.search(text)))
    f["greeting"] = float(bool(GREETING.search(text)))
    f["no_verb"] = float(not any(t.pos_ in ("VERB", "AUX") for t in tokens))
    f["length"] = min(len(tokens), 40) / 40.0
    f["hedge"] = float(
        bool(
            re.search(
                r"\b(?:a bit|a little|slightly|kind of|sort of|maybe|perhaps|can be|can come across|tends? to|somewhat|quite)\b",
                text,
                re.I,
            )
        )
    )
    f["praise_word"] = float(
        bool(
            re.search(
                r"\b(?:great|good|well done|nice|excellent|brilliant|loved|impressed|strong|spot on)\b",
                text,
                re.I,
            )
        )
    )
    return f


def rule_focus(found: list[FeedbackFinding], features: dict[str, float]) -> str:
    """The rules alone decide focus: the baseline printed beside the analyzer's scores."""
    if features["no_person"] and not features["imperative"] and not features["suggestion"]:
        return "other"
    if features["logistics"] or features["greeting"]:
        return "other"
    if any(f.kind in TRAIT_KINDS for f in found):
        return "personality"
    if features["behaviour"] or features["imperative"] or features["suggestion"]:
        return "behaviour"
    return "other"


def rule_actionable(found: list[FeedbackFinding]) -> bool:
    return any(f.kind == "suggestion" for f in found)


def rule_specific(found: list[FeedbackFinding]) -> bool:
    return any(f.kind == "situation" for f in found)
