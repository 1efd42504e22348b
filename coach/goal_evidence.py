"""Evidence for each SMART criterion, found by rules on the text and its spaCy Doc.

Each finder returns the spans that carried a judgement (with a reason, and whether they speak
for or against the criterion) and numeric features for the classifier. The rules follow the
labelling guide's decision rules; the classifier weighs them with the sentence's meaning.

Example:
    >>> from coach.nlp import parse_one
    >>> found = find_evidence(parse_one("Pass the AWS exam by 30 June so that I can apply for the cloud team"))
    >>> [e.reason for e in found["time_bound"] if e.supports][:1]
    ['a deadline: by 30 June']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    text: str
    reason: str
    supports: bool  # True: speaks for the criterion being met; False: against


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
UNIT = r"(?:days?|weeks?|wks?|months?|mths?|years?|yrs?|quarters?|sprints?|terms?|semesters?|sems?|fortnights?|hours?|hrs?|minutes?|mins?)"
NUMWORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|a couple of|couple of|several)"
FRAME_UNIT = (
    r"(?:days?|weeks?|wks?|months?|mths?|years?|yrs?|quarters?|sprints?|terms?|semesters?|sems?|fortnights?)"
)
SEASON = r"(?:spring|summer|autumn|fall|winter|christmas|xmas|easter|new year|the holidays|hols)"
PERIOD = (
    r"(?:week|month|quarter|year|term|semester|sem|sprint|half|fy|financial year|academic year|school year|season|"
    + SEASON
    + r")"
)

DEADLINE_PATTERNS = [
    (
        _rx(
            r"\b(?:by|before|until|till|til|no later than|in time for|prior to|ahead of|for)\s+(?:the\s+)?(?:end|start|middle|close|beginning)\s+of\s+(?:the\s+|this\s+|next\s+|my\s+|our\s+)?[a-z0-9' ]{2,30}?(?=$|[,.;:!)]|\s+(?:so|because|to|and|as|since|which|in order)\b)"
        ),
        "a deadline",
    ),
    (
        _rx(
            r"\b(?:by|before|until|till|til|no later than|prior to|on or before)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + MONTH
            + r"\b\.?(?:\s+\d{2,4})?|"
            + MONTH
            + r"\b\.?\s*\d{0,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|q[1-4](?:\s+\d{2,4})?|h[12]|fy\s?\d{2,4}|eo[ymqwd]|eofy|(?:this|next|the end of the|end of the)\s+"
            + PERIOD
            + r"|"
            + SEASON
            + r"(?:\s+\d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|\d{4}|(?:the\s+)?(?:deadline|due date|end date))"
        ),
        "a deadline",
    ),
    (
        _rx(
            r"\b(?:within|in|over|during|for|inside)\s+(?:the\s+)?(?:next|coming|following|first|last)?\s*"
            + NUMWORD
            + r"\s*(?:more\s+)?"
            + FRAME_UNIT
            + r"\b"
        ),
        "a bounded time frame",
    ),
    (
        _rx(
            r"\b(?:within|over|during|in|for)\s+(?:the\s+)?(?:next|coming|following)\s+(?:few\s+|couple of\s+)?"
            + FRAME_UNIT
        ),
        "a bounded time frame",
    ),
    (_rx(r"\b(?:this|next|the coming|the next)\s+" + PERIOD + r"\b"), "a time frame"),
    (
        _rx(
            r"\b(?:for|over|during|throughout)\s+(?:the\s+)?(?:rest|remainder|whole|duration|length)\s+of\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:year|term|semester|quarter|month|sprint|placement|probation|rotation|contract|project|programme|program|internship|apprenticeship|course|season|summer|autumn|winter|spring)\b|\b(?:the\s+)?(?:whole|entire)\s+(?:year|term|quarter|month|summer|semester)(?:\s+long)?\b|\ball\s+(?:year|term|month|summer|semester)\s+long\b"
        ),
        "a bounded time frame",
    ),
    (_rx(r"\b(?:eo[ymqwd]|eofy|q[1-4](?:\s+\d{2,4})?|h[12]\s+\d{2,4})\b"), "a time frame"),
    (
        _rx(
            r"\b(?:before|by|until|till|ahead of|in time for|prior to)\s+(?:my|our|the|his|her|their|i|we|it|this|next)\b[^,.;!?]{2,40}"
        ),
        "an event that fixes a time",
    ),
    (_rx(r"\bin\s+(?:19|20)\d{2}\b"), "a year as a time frame"),
    (_rx(r"\b(?:today|tomorrow|tonight)\b"), "a time frame"),
]
OPEN_TIME_PATTERNS = [
    (
        _rx(
            r"\b(?:asap|a\.s\.a\.p|as soon as possible|soon|soonish|eventually|one day|some day|someday|sometime|at some point|in the future|in future|later on|in due course|in the long run|down the line|someday soon)\b"
        ),
        "an open-ended time, not a deadline",
    ),
    (
        _rx(
            r"\b(?:starting|start(?:ing)? from|from|beginning|as of|commencing)\s+(?:next\s+\w+|tomorrow|today|now|monday|tuesday|wednesday|thursday|friday|the\s+\w+|this\s+\w+|"
            + MONTH
            + r")\b"
        ),
        "a start point only, with no end",
    ),
]
RECURRENCE = _rx(
    r"\b(?:every|each|per)\s+(?:single\s+)?(?:other\s+)?(?:day|morning|evening|night|week|weekday|weekend|month|quarter|year|sprint|shift|meeting|session|standup|lesson|class|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time|one-to-one|1:1|review|workshop|call|project)s?\b|\b(?:daily|weekly|monthly|fortnightly|nightly|yearly|annually|once a|twice a|three times a|\d+\s*(?:x|times)\s*(?:a|per)|(?:a|per)\s+(?:day|week|month))\b"
)
PAST_TIME = _rx(
    r"\b(?:last\s+(?:year|month|week|"
    + MONTH
    + r"|"
    + SEASON
    + r"|time)|\d+\s+"
    + UNIT
    + r"\s+ago|yesterday|already|previously)\b"
)

COUNT_MEASURE = _rx(
    r"\b(?:\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|k\b|x\b)|£\s?\d|\$\s?\d|€\s?\d|\d+(?:[.,]\d+)?\s*(?:"
    + UNIT
    + r"|words?|pages?|posts?|articles?|papers?|clients?|customers?|users?|people|calls?|sessions?|meetings?|reports?|cases?|projects?|books?|courses?|modules?|talks?|presentations?|interviews?|applications?|tickets?|bugs?|prs?|pull requests?|commits?|kg|km|miles?|steps?|sales|leads|deals|points?|marks?|grade|band|level)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|a dozen)\s+(?:(?!of\b|years?\b|months?\b)[a-z]+\s+)?(?:[a-z]+s)\b)"
)
FREQUENCY = _rx(
    r"\b(?:at least\s+(?:once|twice|\w+\s+times?|\d+)|once|twice|\d+\s*(?:x|times)|three times|every\s+(?:single\s+)?(?:day|week|meeting|session|shift|standup|lesson|morning|month|sprint|monday|tuesday|wednesday|thursday|friday)|daily|weekly|monthly|fortnightly|(?:a|per)\s+(?:day|week|month))\b"
)
PASS_FAIL = _rx(
    r"\b(?:pass(?:ed)?|publish|ship|launch|release|get certified|become certified|certif(?:y|ied|ication)|qualif(?:y|ication)|graduate|complete|finish|submit|deliver|present|run\s+(?:a|the|my)\s+\w+|write\s+(?:a|an|the|my|up)\b|build\s+(?:a|an|the|my)\b|create\s+(?:a|an|the|my)\b|set up\s+(?:a|an|the|my)\b|organi[sz]e\s+(?:a|an|the)\b|apply for|sign up|enrol(?:l)?|register for|attend|obtain|earn\s+(?:a|an|the|my)\b|get\s+(?:my|a|an|the)\s+[a-z]+\s+(?:licen[cs]e|certificate|certification|card|qualification|degree|diploma|badge|accreditation)|land\s+(?:a|my|an)\b|hire|recruit|migrate|automate|rewrite|redesign|draft|record|host|lead\s+(?:a|the|my|our)\b|get\s+\w+\s+(?:signed off|approved|merged)|read\s+(?:\w+\s+)?(?:books?|papers?|chapters?))\b"
)
VAGUE = _rx(
    r"\b(?:get(?:ting)?\s+better\s+(?:at|with)|be(?:come|coming)?\s+(?:a\s+)?(?:more|better|less|much more|a bit more|a lot more)\b|improve|improving|work(?:ing)?\s+on|develop(?:ing)?\s+my|grow(?:ing)?\s+(?:my|as)|learn(?:ing)?\s+(?:more\s+)?about|enhance|boost|level\s+up|brush\s+up|focus(?:ing)?\s+on|strengthen|be\s+(?:good|great|better)\s+at|feel\s+(?:more|less)|upskill|get\s+(?:more|better)|up\s+my\s+game|sharpen|polish|develop)\b"
)
BROAD_OBJECT = _rx(
    r"\b(?:my\s+)?(?:communication|leadership|confidence|career|skills?|technical skills|soft skills|knowledge|management|people skills|productivity|time management|mindset|performance|profile|network(?:ing)?|presence|personal brand|english|writing|presenting|presentation skills|public speaking|coding|programming|organi[sz]ation|organi[sz]ed|attitude|work-life balance|wellbeing|health|expertise|abilities|ability|understanding|game|self|myself|visibility|influence|professionalism|creativity|resilience)\b(?!\s+(?:in|for|with|on|at|of)\s+\w)"
)
PERFECTION = _rx(
    r"\b(?:never\s+(?:\w+\s+){0,4}(?:again|ever)|never\s+(?:make|miss|lose|forget|get|have|be)|100\s?%|one hundred percent|perfect(?:ly|ion)?|flawless(?:ly)?|zero\s+(?:mistakes|errors|complaints|bugs|defects)|every single|all\s+(?:of\s+)?(?:my\s+|the\s+)?(?:customers|clients|patients|students|staff)\s+(?:happy|satisfied|love)|(?:the\s+)?best\s+\w+\s+(?:in|at)\s+the\s+(?:company|world|country|firm|industry|team)|forever|always\s+be)\b"
)
OTHERS_DECIDE = _rx(
    r"\b(?:get|make|convince|persuade|force)\s+(?:my\s+|the\s+|our\s+)?(?:manager|boss|line manager|director|team lead|lead|ceo|company|hr|panel|client|them|him|her|everyone|people|team)\s+(?:to\s+)?(?:promote|give|hire|approve|pay|raise|let|like|respect|agree|choose|pick|select)\b|\b(?:be|get)(?:ting)?\s+promoted\b|\bget\s+(?:a|the|my)\s+(?:promotion|raise|pay rise|pay raise|bonus|return offer|job offer|offer)\b|\b(?:get|be)\s+(?:hired|selected|accepted|chosen|picked|appointed|awarded|elected|shortlisted)\b|\bmake\s+partner\b|\bwin\s+(?:the|an|a)\s+(?:award|prize|contract|tender|election)\b|\bget\s+(?:accepted|published)\s+(?:in|into|by)\b|\bget\s+(?:into|onto)\s+(?:the\s+)?(?:board|shortlist)\b"
)
IMPLAUSIBLE = _rx(
    r"\b(?:fluent|native[- ]level|expert|master|an expert|world[- ]class)\b[^.]{0,40}\b(?:in|within|by)\s+(?:a|one|two|three|\d)\s*(?:days?|weeks?|wks?|months?)\b|\b(?:double|triple|quadruple|10x|tenfold)\b[^.]{0,40}\b(?:by|in|within)\s+(?:next\s+week|tomorrow|a week|\d\s*days?|one week|two weeks)\b|\b(?:marathon|phd|degree|fluent)\b[^.]{0,30}\b(?:next week|tomorrow|in (?:a|one|two) (?:days?|weeks?))\b"
)
PURPOSE = _rx(
    # ", to earn more for her family", "to get to presidents club": an infinitive of purpose
    r",\s+(?:so\s+as\s+)?to\s+(?!do\b|be\s+done\b)[a-z]{3,}\b|\bto\s+get\s+(?:to|into|onto)\b|"
    r"\b(?:so\s+that|so\s+(?:i|we|my|the|they|he|she|it|our|people|new|everyone|clients|customers|patients)\b|in\s+order\s+to|because|cos|coz|since\s+(?:i|we|my|the|it|our)|as\s+(?:i|we|my|it|our)\s+(?:am|are|want|need|will|have|'m|plan)|to\s+prepare\s+(?:for|myself)|to\s+be\s+ready\s+for|to\s+get\s+ready\s+for|ready\s+for\s+(?:my|the|a)|which\s+(?:will|would)|that\s+(?:will|would)\s+(?:help|let|allow|make)|to\s+help\s+(?:me|my|the|us|our)|to\s+support\s+(?:my|the|our)|for\s+my\s+(?:career|promotion|next|future|application|progression|development|role|move|team|pgce|portfolio)|towards?\s+(?:my|a|the)\s+(?:promotion|goal|career|role|move|chartership|qualification)|ahead\s+of\s+(?:my|a|the)\s+(?:move|promotion|application|transition|switch|step)|before\s+i\s+(?:apply|go|move|start|step|switch|take|become)|to\s+(?:qualify|progress|step up|move up|move into|move to|get promoted|apply for|become|stand out|land|transition|switch)|so\s+(?:as\s+)?to|for\s+the\s+sake\s+of|the\s+reason\s+is|this\s+(?:will|would)\s+(?:help|let|allow|mean|make)|now\s+that|ahead\s+of\s+(?:becoming|starting|joining|taking|moving|opening|going|my\s+(?:new|next)|the\s+(?:new|next))|to\s+(?:free\s+up|make\s+room|make\s+time|save|avoid|keep\s+up\s+with|cope\s+with|handle|be\s+trusted|be\s+considered|be\s+eligible|be\s+able)|as\s+(?:it|they|this|that)\s+(?:count|counts|matter|matters|is|are|will|would|helps?)|that'?s\s+what|which\s+is\s+(?:why|what)|given\s+that|otherwise)\b"
)
# A second clause after a comma or dash that states a fact about the situation: a reason without a marker word.
REASON_CLAUSE = _rx(
    r"(?:,|\s[-–—]|:)\s+(?:(?:and\s+)?(?:our|my|the|his|her|their|nobody|no one|everyone|partners|clients|customers|people|they|it|it's|that|this|there's|there are|i'm|i am|i've|we|we're|i|he|she|staff|patients|students|users)\b[^,.;]{0,70}?\b(?:is|are|was|were|keep|keeps|kept|said|says|feel|feels|felt|count|counts|get|gets|have|has|had|need|needs|want|wants|cost|costs|make|makes|rewrite|rewriting|asked|asks|struggle|struggles|complain|complained|expect|expects|depend|depends|rely|relies|will|'ll|can't|cannot|don't|doesn't|won't|takes?|took|lost|losing|missed|miss)\b)"
)
QUESTION_START = _rx(
    r"^\s*(?:how|what|why|when|where|who|which|is|are|do|does|did|can|could|should|would|will|have|has|shall|may|am)\b[^.!]*\?\s*$"
)
GREETING = _rx(
    r"^\s*(?:hi|hello|hey|thanks|thank you|cheers|good (?:morning|afternoon|evening)|ok(?:ay)?|lol|haha|yes|no|sure|bye)\b"
)
INTENTION = _rx(
    r"\b(?:i\s+(?:want|would like|'d like|need|will|'ll|plan|intend|aim|hope|am going|'m going|wanna|gonna|must|should|have to|gotta|hope to|mean to)|my\s+(?:goal|aim|target|objective|plan)|goal\s*:|aim\s*:|to\s+do\s*:)\b"
)
NUMBER = _rx(r"\b\d+(?:[.,]\d+)?\b")
YEAR_OR_VERSION = _rx(
    r"\b(?:(?:19|20)\d{2}|(?:python|windows|java|ios|android|excel|office|revit|unity|sql server|angular|vue|react|php|c#|net|level|grade|band|year|unit|module|ward|room|floor|team of|group of|class of|q[1-4]|h[12]|a\d{3}|b\d{3})\s*\d+)\b"
)


def _add(
    found: list[Finding], seen: set, m_start: int, m_end: int, text: str, reason: str, supports: bool
) -> None:
    key = (m_start, m_end, supports)
    if m_end <= m_start or key in seen:
        return
    # Drop a span wholly inside one already kept with the same direction.
    for f in found:
        if f.supports == supports and f.start <= m_start and m_end <= f.end:
            return
    seen.add(key)
    found.append(Finding(m_start, m_end, text[m_start:m_end], reason, supports))


def _finditer(pattern: re.Pattern, text: str):
    for m in pattern.finditer(text):
        if m.end() > m.start():
            yield m


def broad_areas(doc) -> list[re.Match]:
    """Broad areas ("my communication") but not when they only modify a noun ("the leadership team")."""
    found = []
    for m in _finditer(BROAD_OBJECT, doc.text):
        last = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if last is not None and last[-1].dep_ == "compound" and last[-1].head.i > last[-1].i:
            continue
        found.append(m)
    return found


def _past_dates(doc) -> list[tuple[int, int]]:
    """DATE entities governed by a verb in the past ("which I started in 2019"): not deadlines."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        verb = ent.root.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("by", "before", "until", "till", "within"):
            continue  # a deadline construction, whatever the verb's tense
        children = {c.dep_ for c in verb.children}
        perfect = verb.tag_ == "VBN" and any(c.lower_ in ("have", "has", "had", "'ve") for c in verb.children)
        # An explicit subject guards against imperatives mis-tagged as past ("hit my target this quarter").
        if verb.pos_ in ("VERB", "AUX") and "nsubj" in children and (verb.tag_ == "VBD" or perfect):
            start = (
                doc[ent.start - 1].idx
                if ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "on", "since", "by", "from")
                else ent.start_char
            )
            spans.append((start, ent.end_char))
    return spans


def find_evidence(doc, context: str | None = None) -> dict[str, list[Finding]]:
    """Spans for and against each criterion, from rules over the text and the Doc."""
    text = doc.text
    out: dict[str, list[Finding]] = {c: [] for c in CRITERIA}
    seen: dict[str, set] = {c: set() for c in CRITERIA}

    # time_bound ---------------------------------------------------------------------------
    past_spans = [(m.start(), m.end()) for m in _finditer(PAST_TIME, text)] + _past_dates(doc)
    for pattern, reason in DEADLINE_PATTERNS:
        for m in _finditer(pattern, text):
            frag = m.group(0).rstrip(" ,")
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in past_spans):
                continue
            _add(
                out["time_bound"],
                seen["time_bound"],
                m.start(),
                m.start() + len(frag),
                text,
                f"{reason}: {frag}",
                True,
            )
    for ent in doc.ents:
        if (
            ent.label_ in ("DATE", "TIME")
            and not any(f.start <= ent.start_char < f.end for f in out["time_bound"])
            and not any(s <= ent.start_char < e for s, e in past_spans)
        ):
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev in (
                "by",
                "before",
                "until",
                "till",
                "within",
                "in",
                "over",
                "during",
                "for",
            ) and not RECURRENCE.search(ent.text):
                _add(
                    out["time_bound"],
                    seen["time_bound"],
                    doc[ent.start - 1].idx,
                    ent.end_char,
                    text,
                    f"a date or time frame: {prev} {ent.text}",
                    True,
                )
            elif re.search(r"\b(?:this|next|end of)\b", ent.text, re.I) and not RECURRENCE.search(ent.text):
                _add(
                    out["time_bound"],
                    seen["time_bound"],
                    ent.start_char,
                    ent.end_char,
                    text,
                    f"a time frame: {ent.text}",
                    True,
                )
    for pattern, reason in OPEN_TIME_PATTERNS:
        for m in _finditer(pattern, text):
            _add(out["time_bound"], seen["time_bound"], m.start(), m.end(), text, reason, False)
    for s, e in past_spans:
        _add(out["time_bound"], seen["time_bound"], s, e, text, "a past time: it cannot be a deadline", False)
    for m in _finditer(RECURRENCE, text):
        _add(
            out["time_bound"],
            seen["time_bound"],
            m.start(),
            m.end(),
            text,
            "a recurrence: it needs an end or review date to be time-bound",
            False,
        )

    # measurable ---------------------------------------------------------------------------
    non_measure = [(m.start(), m.end()) for m in _finditer(YEAR_OR_VERSION, text)]
    deadline_spans = [(f.start, f.end) for f in out["time_bound"] if f.supports]
    for m in _finditer(COUNT_MEASURE, text):
        inside_deadline = any(s <= m.start() < e for s, e in deadline_spans) and not re.search(
            r"\d+\s*(?:hours?|hrs?|minutes?|mins?)", m.group(0), re.I
        )
        if inside_deadline or any(s <= m.start() < e for s, e in non_measure):
            continue
        _add(
            out["measurable"],
            seen["measurable"],
            m.start(),
            m.end(),
            text,
            f"a number to check against: {m.group(0)}",
            True,
        )
    for ent in doc.ents:
        if ent.label_ in ("PERCENT", "MONEY", "QUANTITY"):
            _add(
                out["measurable"],
                seen["measurable"],
                ent.start_char,
                ent.end_char,
                text,
                f"an amount to check against: {ent.text}",
                True,
            )
    for m in _finditer(FREQUENCY, text):
        _add(
            out["measurable"],
            seen["measurable"],
            m.start(),
            m.end(),
            text,
            f"a frequency to count: {m.group(0)}",
            True,
        )
    for m in _finditer(PASS_FAIL, text):
        _add(
            out["measurable"],
            seen["measurable"],
            m.start(),
            m.end(),
            text,
            f"a done-or-not event or deliverable: {m.group(0)}",
            True,
        )
    for s, e in non_measure:
        _add(
            out["measurable"],
            seen["measurable"],
            s,
            e,
            text,
            "a number that names something, not a measure of the goal",
            False,
        )
    vague_matches = list(_finditer(VAGUE, text))
    for m in vague_matches:
        _add(
            out["measurable"],
            seen["measurable"],
            m.start(),
            m.end(),
            text,
            "a direction without a target: how far is far enough?",
            False,
        )

    # specific -------------------------------------------------------------------------------
    for m in vague_matches:
        _add(
            out["specific"],
            seen["specific"],
            m.start(),
            m.end(),
            text,
            f"a vague verb: {m.group(0).strip()}",
            False,
        )
    for m in broad_areas(doc):
        _add(
            out["specific"],
            seen["specific"],
            m.start(),
            m.end(),
            text,
            f"a broad area, not a concrete thing: {m.group(0).strip()}",
            False,
        )
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "FAC", "GPE", "NORP"):
            _add(
                out["specific"],
                seen["specific"],
                ent.start_char,
                ent.end_char,
                text,
                f"a named thing it applies to: {ent.text}",
                True,
            )
    for token in doc:
        if token.pos_ == "VERB" and token.dep_ in ("ROOT", "xcomp", "conj") and not VAGUE.search(token.text):
            objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "attr")]
            for obj in objects:
                subtree = list(obj.subtree)
                start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
                if BROAD_OBJECT.fullmatch(text[start:end].strip()) or len(subtree) > 12:
                    continue
                if len(subtree) >= 2 or obj.pos_ == "PROPN":
                    _add(
                        out["specific"],
                        seen["specific"],
                        token.idx,
                        end,
                        text,
                        f"a concrete action on a named object: {token.text} … {obj.text}",
                        True,
                    )
    for m in _finditer(PASS_FAIL, text):
        _add(
            out["specific"],
            seen["specific"],
            m.start(),
            m.end(),
            text,
            f"a concrete action: {m.group(0)}",
            True,
        )

    # achievable -----------------------------------------------------------------------------
    for m in _finditer(PERFECTION, text):
        _add(out["achievable"], seen["achievable"], m.start(), m.end(), text, "asks for perfection", False)
    for m in _finditer(OTHERS_DECIDE, text):
        _add(
            out["achievable"],
            seen["achievable"],
            m.start(),
            m.end(),
            text,
            "rests on someone else's decision, not yours",
            False,
        )
    for m in _finditer(IMPLAUSIBLE, text):
        _add(
            out["achievable"],
            seen["achievable"],
            m.start(),
            m.end(),
            text,
            "an implausible size for the time given",
            False,
        )

    # relevant -------------------------------------------------------------------------------
    for m in _finditer(PURPOSE, text):
        rest = text[m.end() :].strip()
        if len(rest.split()) >= 2 or m.group(0).lower().startswith(
            ("to ", "for my", "towards", "ahead of", "before i")
        ):
            cut = re.search(r"[.;!?\n]", text[m.end() :])
            clause_end = m.end() + (cut.start() if cut else len(text) - m.end())
            clause_end = min(clause_end, m.start() + 120)
            _add(
                out["relevant"],
                seen["relevant"],
                m.start(),
                clause_end,
                text,
                f"says why it matters: {text[m.start() : clause_end].strip()[:60]}",
                True,
            )
    for m in _finditer(REASON_CLAUSE, text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(",-–—: "))
        cut = re.search(r"[.;!?\n]", text[start:])
        end = start + (cut.start() if cut else len(text) - start)
        _add(
            out["relevant"],
            seen["relevant"],
            start,
            end,
            text,
            f"gives the situation behind it: {text[start:end].strip()[:60]}",
            True,
        )
    return out


# The rule features in the order the heads read them (``evidence_features`` returns them all).
EVIDENCE_FEATURES = (
    "specific_for",
    "specific_against",
    "measurable_for",
    "measurable_against",
    "achievable_for",
    "achievable_against",
    "relevant_for",
    "relevant_against",
    "time_bound_for",
    "time_bound_against",
    "deadline",
    "frame",
    "event_time",
    "recurrence",
    "open_time",
    "past_time",
    "date_ents",
    "number_ents",
    "numbers",
    "count_measure",
    "frequency",
    "pass_fail",
    "vague",
    "broad",
    "named",
    "propn",
    "perfection",
    "others_decide",
    "implausible",
    "purpose",
    "reason_clause",
    "negated",
    "question",
    "greeting",
    "intention",
    "has_verb",
    "starts_with_verb",
    "past_tense_main",
    "first_person",
    "n_words",
    "alpha_ratio",
    "has_context",
    "context_similarity",
)


def evidence_features(
    doc, found: dict[str, list[Finding]], context_similarity: float | None
) -> dict[str, float]:
    """Numeric features from the evidence, for the classifier heads."""
    text = doc.text
    words = [t for t in doc if not t.is_punct and not t.is_space]
    f: dict[str, float] = {}
    for criterion in CRITERIA:
        items = found[criterion]
        f[f"{criterion}_for"] = float(sum(1 for x in items if x.supports))
        f[f"{criterion}_against"] = float(sum(1 for x in items if not x.supports))
    f["deadline"] = float(any(x.supports and "deadline" in x.reason for x in found["time_bound"]))
    f["frame"] = float(any(x.supports and "frame" in x.reason for x in found["time_bound"]))
    f["event_time"] = float(any(x.supports and "event" in x.reason for x in found["time_bound"]))
    f["recurrence"] = float(any("recurrence" in x.reason for x in found["time_bound"]))
    f["open_time"] = float(
        any(
            not x.supports and ("open-ended" in x.reason or "start point" in x.reason)
            for x in found["time_bound"]
        )
    )
    f["past_time"] = float(any("past time" in x.reason for x in found["time_bound"]))
    f["date_ents"] = float(sum(1 for e in doc.ents if e.label_ in ("DATE", "TIME")))
    f["number_ents"] = float(
        sum(1 for e in doc.ents if e.label_ in ("CARDINAL", "PERCENT", "QUANTITY", "MONEY"))
    )
    f["numbers"] = float(len(NUMBER.findall(text)))
    f["count_measure"] = float(
        any("number" in x.reason or "amount" in x.reason for x in found["measurable"] if x.supports)
    )
    f["frequency"] = float(any("frequency" in x.reason for x in found["measurable"]))
    f["pass_fail"] = float(any("done-or-not" in x.reason for x in found["measurable"]))
    f["vague"] = float(bool(VAGUE.search(text)))
    f["broad"] = float(bool(broad_areas(doc)))
    f["named"] = float(
        sum(1 for e in doc.ents if e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "GPE"))
    )
    f["propn"] = float(sum(1 for t in doc if t.pos_ == "PROPN"))
    f["perfection"] = float(bool(PERFECTION.search(text)))
    f["others_decide"] = float(bool(OTHERS_DECIDE.search(text)))
    f["implausible"] = float(bool(IMPLAUSIBLE.search(text)))
    f["purpose"] = float(bool(PURPOSE.search(text)))
    f["reason_clause"] = float(bool(REASON_CLAUSE.search(text)))
    f["negated"] = float(
        bool(re.match(r"^\s*(?:to\s+)?(?:stop|quit|no longer|never|don't|do not|avoid)\b", text, re.I))
    )
    f["question"] = float(text.rstrip().endswith("?") or bool(QUESTION_START.match(text)))
    f["greeting"] = float(bool(GREETING.match(text)))
    f["intention"] = float(bool(INTENTION.search(text)))
    f["has_verb"] = float(any(t.pos_ in ("VERB", "AUX") for t in doc))
    f["starts_with_verb"] = float(
        bool(words) and words[0].pos_ == "VERB" or bool(words) and words[0].lower_ == "to"
    )
    f["past_tense_main"] = float(any(t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBN") for t in doc))
    f["first_person"] = float(any(t.lower_ in ("i", "my", "me", "i'm", "myself") for t in doc))
    f["n_words"] = min(float(len(words)), 60.0) / 20.0
    f["alpha_ratio"] = sum(ch.isalpha() for ch in text) / max(len(text), 1)
    f["has_context"] = float(context_similarity is not None)
    f["context_similarity"] = float(context_similarity or 0.0)
    return f
