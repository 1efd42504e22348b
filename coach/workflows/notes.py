"""The one note-analysis path: the four analyzers over parsed notes, and which unit a sentence is.

The notes review (``coach.workflows.review``) and program scoring (``coach.program.scoring``, in process or
on Ray workers) both call ``analyze_docs``, so a note's review and its stored units agree: an agreed
action item, a question or a piece of feedback is not also a goal, and a question is not also
feedback. Parsing and embedding stay with the callers, which batch them their own way.

Example:
    >>> from coach.text.nlp import parse
    >>> docs = parse(["Sam to send the CV by Friday. What went well?"])       # doctest: +SKIP
    >>> context = DocsContext(offsets=[0], session_dates=["2026-03-02"])      # doctest: +SKIP
    >>> found = analyze_docs(docs, context)[0]                                 # doctest: +SKIP
    >>> [a.task for a in found.actions], [q.label for q in found.questions]     # doctest: +SKIP
    (['send the CV'], ['open'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from coach.analyzers.actions import TASK_VERBS
from coach.analyzers.actions.words import FORM_TASK_PROMPT
from coach.analyzers.questions.frames import WHERE_ACCOUNT_TAIL
from coach.text.nlp import doc_text
from coach.text.segment import HONORIFIC, MostlyInside, starts_with_bullet
from coach.text.words import GREETINGS, LETTER_WORDS, alternation
from coach.types import DocsContext

ANALYSES = ("goals", "feedback", "questions", "actions")

# In notes a goal is stated as one (guide §1: what the mentee says they intend to achieve): with a
# word of intention, or under a heading that gathers goals. Without one, what the goal analyzer takes
# for a goal in a note is most often a heading, an agreed task or advice ("Next time, get sign-off…").
INTENTION = re.compile(
    r"\b(?:goals?|aims?|aiming|targets?|objectives?|priority|ambition|wants?|wanting|would\s+like|'d\s+like|"
    r"keen\s+to|plans?\s+to|planning\s+to|hopes?\s+to|hoping\s+to|intends?\s+to|working\s+towards?|"
    r"sets?\s+(?:herself|himself|themselves|myself)|(?:her|his|their|my)\s+(?:next\s+)?step\s+is)\b",
    re.IGNORECASE,
)
# "Goals", "Her goals (in her words):", "Targets for next term:" — but not "goal: get better at presenting".
# Questions in notes (guide §3). A question reported as asked, or planned, counts: "I asked him what
# made the sprint feel rushed", "next time ask her how the move went", "don't forget to ask how the
# move went", "Asked her: \"How do you…\"", and the mentee's "she wanted to know whether…".
# Asking someone else ("I'll ask Greta if the budget covers it") is a task, not a question of the session.
# "How many / how long …" asks for a single fact: closed (guide §3), like "when" and "which".
# Phone-typed notes spell the question words short ("asked wht hes doing", "asked her wat happens").
# "Where he sees himself in 5 yrs" asks for an account of hopes, not a place: open.
_ASKED_WHOM = (
    r"her|him|them|me|us|you|u|everyone|everybody|each\s+of\s+them|(?:the\s+)?others|the\s+rest|"
    r"(?:each|every)\s+(?:member|mentee|person|participant|one)|(?:all\s+)?the\s+(?:members|mentees|participants)|"
    r"the\s+(?:group|team|class|room)|(?-i:[A-Z][\w'-]+)"
)
_ASPIRATION = (
    r"where\s+(?:he|she|they|you|u|i|we)\s+(?:sees?|saw|wants?|would|'d|imagines?|pictures?|hopes?)\b"
)
_YES_NO = (
    r"(?:is|isn'?t|am|are|aren'?t|was|wasn'?t|were|do|does|doesn'?t|did|didn'?t|has|hasn'?t|have|haven'?t|"
    r"had|can|could|will|would|should|wouldn'?t|couldn'?t|shouldn'?t|won'?t|can'?t)\s+"
    r"(?:he|she|they|it|you|u|i|we|there|everyone|everybody|anyone|anybody|this|that)"
)
REPORTED_QUESTION = re.compile(
    rf"(?:\b(?:i\s+|we\s+)?ask(?:ed|ing)(?:\s+(?:{_ASKED_WHOM}))?(?:\s+(?:\w+ly|straight\s+out|point[\s-]blank|outright))?\s*[,:]?|"
    # Non-native English drops the past tense: "He ask me how long it takes", "She ask me if she did…"
    rf"(?<!\bdid\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bto\s)\b(?:she|he|(?-i:[A-Z][a-z]+))\s+ask\s+(?:me|him|her|us|them)\s*[,:]?|"
    rf"\b(?:next\s+time\s+|then\s+)?ask\s+(?:her|him|them)(?:\s+next\s+(?:time|session|week))?|\b(?:i|we)\s+ask(?:\s+(?:{_ASKED_WHOM}))?\s*[,:]?|"
    # A plan for the next session: "Next time: ask how the director meeting went"
    r"\bnext\s+(?:time|session|call|meeting|week)\s*[:,\-–]?\s*ask|"
    r"\b(?:don'?t\s+forget\s+to|remember\s+to|must|need\s+to|have\s+to|want\s+to|going\s+to|gonna)\s+ask"
    r"(?:\s+(?:her|him|them))?|"
    r"\b(?:she|he|they|(?-i:[A-Z][a-z]+))\s+(?:wanted|wants|wanting)\s+to\s+know)(?:\s*[\"“‘']\s*|\s+)"
    rf"(?:(?P<open>what|whats|wh?at|wot|wht|hw|y|how(?!\s+(?:many|much|long|often|old|far|soon)\b)|why|{_ASPIRATION}|"
    rf"where(?={WHERE_ACCOUNT_TAIL})|"
    r"to\s+(?:walk|talk|tell|describe|explain|think|reflect))|"
    rf"(?P<closed>whether|wether|if|when|wen|where|who|which|how|{_YES_NO}))\b",
    re.IGNORECASE,
)
# A question someone did not ask ("he never asked what their setup was"), advice about asking others
# ("it would help if you asked them what they meant") or a habit ("people kept asking which was which"):
# not a question of the session.
_NOT_ASKED = re.compile(
    r"\b(?:never|not|n't|forgot\s+to|should\s+have|could\s+have|if|kept|keeps?|always|often|usually)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A stacked report is open if any part is ("asked when they last negotiated, and how it went").
_OPEN_PART = re.compile(
    r"(?:,|\band\b|\bor\b)\s+(?:also\s+)?(?:how(?!\s+(?:many|much|long|often)\b)|what|why)\b", re.I
)

# The writer asked for an account without a question word: "I asked her about the move", "asked him
# for his take on the reorg". (Someone else asking "about the budget" may want one fact: not counted.)
REPORTED_ACCOUNT = re.compile(
    rf"(?:^\W*|\b(?:i|we)\s+)asked(?:\s+(?:{_ASKED_WHOM}))?\s+(?:about|for\s+(?:her|his|their|your|ur)\s+"
    r"(?:view|views|thoughts|take|opinion|reflections?|side))\b",
    re.IGNORECASE,
)
# What the question analyzer takes for a question in a note that is not one of the session: a request
# for a deed in question form ("Could you send me the rota by Friday?"), a relative or time clause in
# a statement ("…, which saved a day", "When the family complained, she listened"), a heading ("What
# went well"), and the writer's question to themselves about the mentee ("Is she ready to lead it?").
_REQUEST = re.compile(
    r"^\W*(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!tell|describe|explain|talk|say|"
    r"walk|think|share\s+(?:how|what|why)|imagine|picture|remember|rather|prefer|like|want|mind|"
    r"be|feel|see|consider)\w+",
    re.IGNORECASE,
)
# "Can I ask something?": permission to ask, not yet the question (3 of 4 writers who wrote it bare).
_PERMISSION_TO_ASK = re.compile(
    r"^\W*(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:something|a\s+question|one\s+(?:more\s+)?thing)"
    r"(?:\s+else)?\s*\??\s*$",
    re.IGNORECASE,
)
# "When the gang ignored her she walked off": a time clause opening a statement, unlike "When did …".
_CLAUSE = re.compile(
    r",\s*which\b|^\W*which\s+(?:means|meant)\b|^\W*(?:(?:but|and|so|then|also)\s+)?when\b[^?]*,|"
    r"^\W*(?:(?:but|and|so|then|also)\s+)?when\s+(?!(?:did|do|does|is|are|was|were|will|would|can|could|"
    r"should|shall|have|has|had|might|must)\b)",
    re.IGNORECASE,
)
# The writer weighing a decision about the mentee, in the third person: "shld i put him fwd for it??"
_WRITER_DECIDING = re.compile(
    r"^\W*(?:(?:should|shld|shall|do|can|could|would)\s+(?:i|we)|is\s+it\s+my\s+place)\b"
    r"(?=.*\b(?:him|her|them|his|hers)\b)",
    re.IGNORECASE,
)
# A list of what the session covered: its items are topics, not questions put to the mentee
# ("Quick recap of what we covered:" / "- how the algorithm treats the first two seconds").
_TOPICS_LEAD = re.compile(
    r"\b(?:covered|discussed|talked\s+(?:about|through)|went\s+(?:through|over)|looked\s+at|topics|agenda|"
    r"recap|summary|we\s+spoke\s+about)\b[^\n]*:\s*$",
    re.IGNORECASE,
)
# The writer's question to themselves, answered by the writer: "Is she ready to lead it alone? I think so."
_ABOUT_MENTEE = re.compile(
    r"^\W*(?:is|are|am|was|does|did|has|will|would|should|shld|can|could)\s+"
    r"(?:(?:she|he|they|(?-i:[A-Z][a-z]+)|i)\b|(?=[^?\n]*\b(?:for|of|to|with)\s+(?:her|him|them)\b))",
    re.IGNORECASE,
)
_TURN = re.compile(
    r"^[ \t\-*•]*(?:\[[^\]\n]{1,24}\]\s*)?\[?(?P<who>[A-Z][\w'-]{0,20}|[A-Z])(?:\s+(?:[A-Z][\w'-]*|"
    + HONORIFIC
    + r"))?"
    r"(?:\s+\(?\d{1,2}[:.]\d{2}\)?)?(?:\*\*)?(?:\s*:|(?<=[\w'-])\](?=\s))"
)
# Someone answering the question just asked: it was put to them ("Should I apply? She said yes").
_REPLY = re.compile(
    r"^\W*(?:(?:she|he|they|(?-i:[A-Z][a-z]+))\s+(?:said|says|replied|answered|told|thought|reckoned)|"
    r"(?:her|his|their)\s+answer|answer\b|yes\b|no\b)",
    re.IGNORECASE,
)
# "does she want to go for supervisor?? didnt ask, next time": a question planned for the mentee.
_PLANNED = re.compile(
    r"^\W*(?:didn'?t\s+ask|did\s+not\s+ask|(?:i'?ll|i\s+will|to|must|should)\s+ask|ask(?!\s+(?-i:[A-Z])[a-z])|worth\s+asking|"
    r"next\s+time)\b",
    re.IGNORECASE,
)
# Right after the mentee's reply the note reports ("He said 'a demo'. Did they say that though?").
_REPLY_BEFORE = re.compile(
    r"\b(?:she|he|they|(?-i:[A-Z][a-z]+))\s+(?:said|replied|answered)\b[^\n.!?]*[.!?\"”]*\s*(?:\n[ \t\-*•]*)?$",
    re.IGNORECASE,
)
_WH_IN_CLAUSE = re.compile(r"\b(?:what|which|who|how|why|where|when|whether|if)\b[^,.;:!?]*$", re.I)
# The mentee's short answer to a question about them: "Did he talk to Helga? Not yet — so that's on him."
_SHORT_REPLY = re.compile(r"^\W*(?:not\s+yet|yes|yep|no|nope|not\s+really)\b", re.IGNORECASE)
# A list of questions to put to the mentee: "Things I want to follow up:", "Questions for next time:".
_QUESTIONS_LEAD = re.compile(
    r"\b(?:follow\s+up|ask|questions?|to\s+explore|check\s+in|find\s+out)\b[^\n]*:\s*$|"
    # a heading without its colon: "Questions for next time", "Things to ask"
    r"^\W*(?:questions?|things\s+to\s+(?:ask|explore|follow\s+up)|to\s+ask|follow[- ]ups?)\b[^\n.!?:]{0,60}$",
    re.IGNORECASE,
)
_REQUEST_TAIL = re.compile(r"\b(?:could|can|would|will)\s+(?:you|u)\b", re.IGNORECASE)
_QUESTION_START = re.compile(
    r"^\W*(?:what|how|why|which|who|whom|whose|where|when|tell|describe|walk)\b", re.IGNORECASE
)
# "### Why does this matter?": a heading.
_HEADING_MARK = re.compile(r"^#+\s")
# A tentative statement with a question mark: "maybe writing times on my glove?"
_TENTATIVE = re.compile(r"^\W*(?:maybe|perhaps|possibly|probably)\b", re.IGNORECASE)
_OWN_ANSWER = re.compile(
    r"^\W*(?:i\s+think|i'?d\s+say|i\s+reckon|i\s+doubt|i'?m\s+not\s+sure|not\s+sure|probably|prob\b|"
    r"maybe|perhaps|i\s+suspect|i\s+hope|honestly)\b",
    re.IGNORECASE,
)


# The writer's own question, so marked on its line: "Question for myself: do I actually want…?"
_TO_SELF = re.compile(
    r"\b(?:questions?|q|note)\s+(?:for|to)\s+(?:myself|me|self)\s*[:\-–]\s*$", re.IGNORECASE
)
# A yes/no question about a thing rather than a person, which the writer answers: "Is it weird to give a
# director feedback? A bit.", "Does this pair need a business mentor too? Worth raising in July."
_IMPERSONAL_YES_NO = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|will|would|should|can|could)\s+(?:it|this|that|there|these|those|"
    r"(?:\w+\s+){0,2}(?:sessions?|pairs?|programmes?|programs?|schemes?|plans?))\b",
    re.IGNORECASE,
)
_WRITERS_ANSWER = re.compile(
    r"^\W*(?:a\s+bit|a\s+little|worth\s+\w+ing|partly|hard\s+to\s+say)\b", re.IGNORECASE
)
# A field of a template: "Who: Marco, Dee", "Where: The Anchor, upstairs".
_FIELD_LABEL = re.compile(r"^\W*(?:who|where|when|what|why|how)\s*:", re.IGNORECASE)
# A rhetorical question expects no answer: "who wouldn't, with a two-tonne set moving?", "who even reads
# to para 4 lol", "Who hasn't spent hours on a ghost alert?".
_RHETORICAL = re.compile(
    r"^\W*(?:[\w']+\W+){0,3}?who\s+(?:wouldn'?t|doesn'?t|hasn'?t|hasnt|isn'?t|didn'?t|wouldnt|doesnt|even|"
    r"cares|knows|among\s+us)\b",
    re.IGNORECASE,
)
# A request for a deed put as a question: "send me the rerun numbers tomorrow?", "Get him to bring his
# prompt copy on Tuesday?", "also can we move thursday's session to friday?", "Can we meet on the Tuesday
# after?", "Would you be ok splitting it into three PRs?". (Asking leave to ask, "Can I ask something
# else?", is a closed question: writers H, M1, M2.)
_DEED_REQUEST = re.compile(
    r"^\W*(?:also\s+|and\s+|so\s+|pls\s+|please\s+)?(?:"
    r"(?:send|get|bring|share|email|forward|book|give|pass|drop|post|upload|print|ping|text|message|cc|remind)"
    r"\s+(?:me|him|her|them|us|it|the|your|his|their|this|that)\b|"
    r"(?:can|could)\s+(?:we|i)\s+(?:move|reschedule|swap|push|shift|switch|change|bring\s+forward|rearrange)\b|"
    r"(?:can|could|shall)\s+we\s+(?:meet|look\s+at|go\s+(?:over|through)|catch\s+up|set\s+up|book|do\s+"
    r"(?:the|a|an|it|this|that|our)|have\s+(?:a|the|our)|start|finish)\b|"
    r"(?:would|could|will)\s+(?:you|u)\s+be\s+(?:ok|okay|happy|willing|able|up\s+for)\s+(?:to\s+|with\s+)?"
    r"(?!(?:tell|talk|walk|describe|explain|share\s+(?:how|what|why)|say|think)\w*\b)\w+)",
    re.IGNORECASE,
)
# A template's heading on a line of its own: "What went well?", "What could be better?".
_TEMPLATE_HEADING = re.compile(
    r"^\W*(?:what\s+went\s+(?:well|badly|wrong)|what\s+(?:could|would|should)\s+(?:be|have\s+been|go|have\s+gone)\s+"
    r"better|what\s+didn'?t\s+go\s+(?:so\s+)?well|even\s+better\s+if|what'?s\s+next|next\s+steps|what\s+to\s+"
    r"improve|what\s+(?:i|we)\s+learn(?:ed|t)|"
    # A reflection form's prompts, each over its answer: "What did we discuss?", "What are your goals?"
    r"what\s+did\s+we\s+(?:discuss|cover|talk\s+about|agree(?:\s+on)?|work\s+on)|"
    r"what\s+(?:feedback|advice|support)\s+did\s+(?:you|i)\s+(?:get|receive|hear|give)|"
    r"what\s+are\s+(?:your|my)\s+(?:goals?|objectives|aims|priorities|next\s+steps)|"
    + FORM_TASK_PROMPT
    + r"|what\s+(?:support|help)\s+do\s+(?:you|i)\s+need|any\s+other\s+(?:comments|business|notes))\W*$",
    re.IGNORECASE,
)
# A question inside a quoted title is no question of the session ('the structural edit on "What If We
# Stayed?"'), unless someone is reported asking or saying it ('She asked me, "Which case would you drop?"').
_QUOTED = re.compile(r"[\"“][^\"”\n]*\?[^\"”\n]*[\"”]")
_ASKED_BEFORE_QUOTE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|said|says|wonder(?:s|ed)?|wanted\s+to\s+know)\b\W*(?:\w+\W+){0,2}$", re.I
)
# A line that asks and answers at once, as phone notes do: "did she get her rescue ticket yet - no,
# booked for oct": a closed question put in the session, with its answer.
_ASKED_AND_ANSWERED = re.compile(
    r"^\W*(?:did|does|do|is|are|was|were|has|have|had|will|can|could)\s+(?:she|he|they|you|u)\b[^?\n]*?"
    r"\s[-–—:]\s*(?:yes|no|not\s+yet|yep|yeah|nope)\b",
    re.IGNORECASE,
)


def _only_in_quotes(stripped: str) -> bool:
    """Whether every question mark of the text stands inside a quoted title nobody is reported asking."""
    quoted = list(_QUOTED.finditer(stripped))
    if not quoted or "?" in _QUOTED.sub("", stripped):
        return False
    # Words introduced by a colon or comma are someone's speech ('He pushed back: "Isn't it faster…?"').
    return not any(
        _ASKED_BEFORE_QUOTE.search(stripped[: m.start()])
        or stripped[: m.start()].rstrip().endswith((":", ","))
        for m in quoted
    )


def _on_its_own_line(before: str, after: str) -> bool:
    """Whether the text between ``before`` and ``after`` is a whole line of the note."""
    return (not before or before.endswith("\n")) and (not after.strip() or after.startswith("\n"))


# Putting a question to the mentee is a question of the session, not an action item (guide §3, §4):
# "Next time I'll ask her what she'd need…", "Can you walk me through your role…?". Asking someone
# else ("I'll ask Greta if the budget covers it") stays a task: it is no question of the session.
_ASKING_THE_MENTEE = re.compile(
    r"^\W*(?:ask\s+(?:her|him|them|you|u)\b|walk\s+(?:me|us)\s+through|tell\s+(?:me|us)\b|say\s+more|describe\b|"
    r"explain\s+(?:to\s+me|how|why|what))",
    re.IGNORECASE,
)


def _under_a_lead(before: str, lead: re.Pattern, bulleted: bool = False) -> bool:
    """Whether the line that ``before`` ends on is an item of a list whose lead line matches ``lead``
    (``bulleted``: and the line itself carries a list mark)."""
    lines = before.split("\n")[:-1]  # the last piece is the start of the question's own line
    if bulleted and not starts_with_bullet(before[before.rfind("\n") + 1 :] + "x"):
        return False
    for line in reversed(lines):
        if not line.strip():
            continue
        if starts_with_bullet(line):
            continue
        return bool(lead.search(line))
    return False


def _under_a_topic_list(before: str) -> bool:
    """Whether the line that ``before`` ends on is an item of a list led by "what we covered:"."""
    return _under_a_lead(before, _TOPICS_LEAD)


def _in_a_chat_turn(before: str, text: str) -> bool:
    """Whether the question stands in a speaker's line of a chat ("Lena: …", "[09:30] Chloe: …"), or in a
    line without a label right under one, which goes on with that speaker's turn in a chat export."""
    line = before[before.rfind("\n") + 1 :] + text.lstrip()
    if _TURN.match(line):
        return True
    if before.rfind("\n") < 0 or before[before.rfind("\n") + 1 :].strip():
        return False
    earlier = [ln for ln in before.split("\n")[:-1] if ln.strip()]
    # two labelled turns at least, the last line among them: a chat, and this line goes on with it
    return (
        len(earlier) >= 2
        and bool(_TURN.match(earlier[-1]))
        and sum(bool(_TURN.match(ln)) for ln in earlier) >= 2
    )


def _a_request_at_the_end(stripped: str) -> bool:
    """ "ok will do by thurs can u look at my notes before?": a request closing a statement."""
    tail = _REQUEST_TAIL.search(stripped)
    return bool(
        tail
        and tail.start() > 0
        and "?" not in stripped[: tail.start()]
        and not _QUESTION_START.match(stripped)
        # "She asked me, 'Which case study would you drop?'": the question word governs the tail
        and not _WH_IN_CLAUSE.search(stripped[: tail.start()])
        and _REQUEST.match(stripped[tail.start() :])
    )


def _not_a_session_question(text: str, after: str = "", before: str = "") -> bool:
    """``after``: the note's text right after the question, where the writer may answer it;
    ``before``: the note's text before it, where a list of topics may lead to it."""
    stripped = text.strip()
    # A short wh-question or "walk me through it" in a chat turn needs no question mark ("what happened").
    short_in_chat = _QUESTION_START.match(_TURN.sub("", stripped, count=1)) and _in_a_chat_turn(before, text)
    if "?" not in stripped and (_CLAUSE.search(stripped) or len(stripped.split()) <= 4 and not short_in_chat):
        return True
    if "?" not in stripped and (_under_a_topic_list(before) or _under_a_lead(before, _LIST_OF_TASKS)):
        return True
    if "?" not in stripped and _FIELD_LABEL.match(stripped):
        return True
    if _TO_SELF.search(before[before.rfind("\n") + 1 :]) or _DEED_REQUEST.match(stripped):
        return True
    if _REQUEST.match(stripped) or _a_request_at_the_end(stripped):
        return True
    if _HEADING_MARK.match(stripped) or (
        _TEMPLATE_HEADING.match(stripped) and _on_its_own_line(before, after)
    ):
        return True
    if _only_in_quotes(stripped):
        return True
    stripped = _TURN.sub("", stripped, count=1).strip() or stripped
    if _RHETORICAL.match(stripped) or _DEED_REQUEST.match(stripped) or _PERMISSION_TO_ASK.match(stripped):
        return True
    to_you = re.search(r"\b(?:you|u|ya)\b", stripped, re.IGNORECASE)
    if _TENTATIVE.match(stripped) and not to_you:
        return True
    if _WRITER_DECIDING.match(stripped) and not to_you:
        return True
    if (
        _IMPERSONAL_YES_NO.match(stripped)
        and not to_you
        and (_OWN_ANSWER.match(after) or _WRITERS_ANSWER.match(after))
        and not _in_a_chat_turn(before, text)
    ):
        return True
    if not _ABOUT_MENTEE.match(stripped) or to_you:
        return False
    # A direct question about the mentee (or the writer), in the writer's own prose rather than in a
    # speaker's line, is put to nobody unless the next words are someone's answer to it.
    if _OWN_ANSWER.match(after):
        return True
    # "Should I tell his manager? Not yet." is the writer answering themselves, not the mentee replying.
    writer_asks_of_self = bool(re.match(r"^\W*\w+\s+(?:i|we)\b", stripped, re.IGNORECASE))
    in_dialogue = (
        _REPLY.match(after)
        or (not writer_asks_of_self and _SHORT_REPLY.match(after))
        or _PLANNED.match(after)
        or _REPLY_BEFORE.search(before[-160:])
        or _under_a_lead(before, _QUESTIONS_LEAD, bulleted=True)
    )
    return not (_in_a_chat_turn(before, text) or in_dialogue)


def _judged_by_its_report(text: str) -> bool:
    """Whether a sentence's question is read from its report: it opens with the report or plan ("Next time:
    ask how…"), or quotes what was asked ('Mariam then asked, "How did you get people to stop…?"'), where
    the quoted words, not the sentence around them, say whether it was open."""
    text = text.lstrip(" -*•\t")
    if REPORTED_QUESTION.match(text):
        return True
    m = REPORTED_QUESTION.search(text)
    if not (m and re.search(r"[\"“‘']", m.group(0))):
        return False
    # "which / who / where / when" quoted are left to the question analyzer, which reads the options offered.
    return not re.match(r"(?i)which|who|where|when", m.group("open") or m.group("closed") or "")


def _reported_questions(doc, offset: int) -> list:
    """Questions the note reports as asked (or plans to ask), which the question analyzer leaves out."""
    from coach.analyzers.questions import Question
    from coach.text.segment import segments
    from coach.types import Evidence

    found = []
    for seg in segments(doc):
        m = REPORTED_QUESTION.search(seg.text)
        account = None if m else REPORTED_ACCOUNT.search(seg.text)
        answered = None if m or account else _ASKED_AND_ANSWERED.match(seg.text)
        m = m or account or answered
        if not m:
            continue
        if _NOT_ASKED.search(seg.text[: m.start()]):
            continue
        to_do = (m.groupdict().get("open") or "").lower().startswith("to")
        if to_do and not re.search(rf"\bask\w*\s+(?:{_ASKED_WHOM})\s", m.group(0), re.IGNORECASE):
            continue  # "I'd asked to talk about the complaint": a topic the writer asked for, not a question
        open_part = not account and not answered and _OPEN_PART.search(seg.text, m.end())
        label = "open" if account or (not answered and m.group("open")) or open_part else "closed"
        start = seg.start + seg.text.index(m.group(0)) + offset
        why = (
            "a question asked and answered in one line (yes/no): closed"
            if answered
            else "a question reported as asked in the session: "
            + (
                "it asks for an account, open"
                if label == "open"
                else "it asks for yes/no or one fact, closed"
            )
        )
        found.append(
            Question(
                text=seg.text,
                start=seg.start + offset,
                end=seg.end + offset,
                label=label,
                leading=False,
                score=0.75,
                leading_score=0.0,
                evidence=[Evidence(start, start + len(m.group(0)), m.group(0), why)],
                suggestion=None,
                question_score=0.75,
            )
        )
    return found


# Feedback in notes (guide §2, "Whole notes"): a sentence is feedback only where the writer gives or
# records an evaluation or observation of the person. What the sentence head, trained on single
# sentences, reads as feedback in a note but is not:
_REPORTING = frozenset(
    "say tell feel think mention explain admit worry describe reckon believe complain "
    "wonder share report confess reflect".split()
)
_NARRATION = frozenset(
    "go talk discuss look agree cover start spend review catch chat walk run work plan "
    "meet open begin finish end sit brainstorm".split()
)
# A line that only greets or signs off (the note's own words after it stay short).
_GREETING = re.compile(
    r"^\W*" + alternation(GREETINGS + LETTER_WORDS, space=r"\s+") + r"\b[^.!?]{0,30}[,!.]?\s*$",
    re.IGNORECASE,
)
_TASK_LABEL = re.compile(
    r"^\W*(?:actions?|to\s*do|todo|next(?:\s+steps?)?|me|us|both|agreed)\s*(?:\w+\s*)?[:\-–]", re.IGNORECASE
)
_LIST_OF_TASKS = re.compile(
    r"^\W*(?:actions?|to\s*do|todo|next\s+steps?|agreed|things\s+(?:she|he|they)(?:'s|\s+is|\s+are)\s+doing)"
    r"\s*[:\-–]",
    re.IGNORECASE,
)
# A chat line of someone other than the writer: "Noor: I guess I'm just a soft touch."
_SPEAKER = re.compile(r"(?:^|\n)[ \t\-*•]*(?P<who>[A-Z][\w'-]{0,20}|[A-Z])\s*:\s*$")
_WRITER = frozenset({"me", "i", "mentor", "m"})
# A list item of the writer's own ("- Me: send him three accounts worth following"): a task, not feedback.
# (A chat line "Me: …" without a list mark is the writer speaking to the mentee, and is judged as said.)
_WRITERS_TASK = re.compile(
    r"^[ \t]*[-*•–]\s*(?:me|mentor|i)\s*:\s*(?!(?:why|what|how|you|your|u|did|do|does|can|could|would|great|good|well)\b)",
    re.IGNORECASE,
)


def _about_the_writer(span, root) -> bool:
    """Whether what someone is reported to have said is about the writer ("She said my margins were clean",
    "He also said I undersell myself"): feedback the writer received and records, judged by its content
    (guide §2), not the speaker's own words about themselves."""
    # "She told me she still checks every list": "me" is whom it was said to, not what was said.
    said = [
        t
        for t in span
        if t.i > root.i
        and not t.is_punct
        and not (t.head.i == root.i and t.dep_ in ("dative", "dobj", "iobj"))
    ]
    return any(t.lower_ in ("my", "i", "me", "myself", "i'm", "i've") for t in said)


_OTHER_PEOPLE = frozenset("you your yours yourself u ur she he her him his hers they them their".split())


def _subjects(span, head) -> list:
    """The subjects of ``head`` inside ``span``: a header line above a sentence can be parsed as one."""
    return [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass") and span.start <= t.i < span.end]


def _about_the_speaker_only(span, root) -> bool:
    """ "R: One a month. I'm not a natural writer.": the speaker describes themselves and nobody else is in
    the sentence, so it is no feedback on anyone ("I was impressed by how you…" is)."""
    subjects = _subjects(span, root)
    return (
        bool(subjects)
        and subjects[0].lower_ in ("i", "i'm")
        and not any(t.lower_ in _OTHER_PEOPLE or t.pos_ == "PROPN" for t in span)
    )


_OPINION_OF_SELF = frozenset("think feel guess suppose know reckon believe".split())


def _own_view_of_self(span, root, subject: str, text: str) -> bool:
    """ "I think I'm just awkward with relatives.", "Maybe I am just a quiet person.": the writer's own view
    of themselves, a self-label, not feedback. Quoted words ("apparently I'm 'too nice'") were someone
    else's, received: feedback judged by its content."""
    if any(ch in text for ch in '"“”') or not _about_the_speaker_only(span, root):
        return False
    opinion = root.lemma_.lower() in _OPINION_OF_SELF and subject == "i"
    hedged = bool(re.match(r"^\W*(?:maybe|perhaps|probably|honestly)\b", text, re.IGNORECASE))
    return opinion or hedged


def _judges_another(root, speaker) -> bool:
    """ "The lead said Priya handled the angry client calmly": someone's judgement of another person,
    recorded (guide §2: judged by its content), unlike "he said he rushed the handover" or "Tomás said he
    tends to be overcautious" (a named person's "he" is himself)."""
    said = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
    inner = [t for c in said for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not inner:
        return False
    who, about = speaker.lower_, inner[0].lower_
    told_someone = any(c.dep_ in ("dative", "dobj", "iobj") for c in root.children)
    if speaker.ent_type_ == "PERSON" and about in ("he", "she") and not told_someone:
        return False  # "RD told KA he can come across as cold": "he" is KA, whom RD told
    return who != about and about not in ("it", "that", "this", "there", "i", "we", "you")


def _said_of_themselves(verb) -> bool:
    """ "I told her I am a perfectionist", "I said I'm a bit of a worrier when the traffic stacks up":
    the writer reports saying something with the writer as its subject and nobody else in it. (Any
    reporting verb of the sentence: a header line above can leave the parser's root elsewhere.)"""
    if not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children):
        return False
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    doc = verb.doc
    return bool(said) and all(
        _about_the_speaker_only(doc[c.left_edge.i : c.right_edge.i + 1], c) for c in said
    )


def _context_reason(span, sentence, in_action: bool, text_of_doc: str) -> str | None:
    """Why a sentence the head read as behaviour feedback is not feedback in a note, or None.

    ``span``: the sentence's spaCy Span; ``in_action``: it is mostly an agreed action item;
    ``text_of_doc``: its Doc's text (``Doc.text`` rebuilds the string from every token on each call).
    """
    text = sentence.text.strip()
    if _GREETING.match(text):
        return "a greeting or sign-off, not feedback"
    line = text_of_doc[text_of_doc.rfind("\n", 0, span.start_char) + 1 : span.start_char]
    if _WRITERS_TASK.match(line + text):
        return (
            "the writer's own task in a list of actions, not feedback on the mentee (guide §2, whole notes)"
        )
    speaker = _SPEAKER.search(line)
    if speaker and speaker.group("who").lower() not in _WRITER:
        return "the mentee's own words or feelings, in their line of the chat: not the writer's feedback"
    if _LIST_OF_TASKS.match(text):
        return "a list of agreed tasks, not feedback (guide §2, whole notes)"
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return "a heading or label with no verb, not feedback"
    root = span.root
    # Only in someone else's turn of a conversation: in the writer's own prose "I skipped the review" or
    # "apparently I'm too nice" records feedback the writer received (guide §2).
    turn = _TURN.match(line)
    if turn and turn.group("who").lower() not in _WRITER and _about_the_speaker_only(span, root):
        return "the mentee's own words about themselves, in their turn of the conversation: not feedback"
    subjects = _subjects(span, root)
    subject = subjects[0].lower_ if subjects else ""
    if _own_view_of_self(span, root, subject, text):
        return "the writer's own view of themselves, not feedback on anyone (guide §2, whole notes)"
    if any(_said_of_themselves(t) for t in span if t.lemma_.lower() in _REPORTING):
        # "I told her I am a perfectionist": in a mentee's own notes, what they told the mentor about
        # themselves; in a mentor's, how the mentor sees themselves. Neither is feedback on the mentee.
        return "the writer's own words about themselves, reported: not feedback (guide §2, whole notes)"
    if (
        root.lemma_.lower() in _REPORTING
        and subject not in ("i", "we")
        and subjects
        and not _about_the_writer(span, root)
        and not _judges_another(root, subjects[0])
    ):
        return (
            "the mentee's own words or feelings, reported: not the writer's feedback (guide §2, whole notes)"
        )
    if root.lemma_.lower() in _NARRATION and subject == "we":
        return "narration of the session, not feedback (guide §2, whole notes)"
    if in_action:
        first = next((t for t in span if not t.is_punct and not t.is_space), None)
        imperative = first is not None and first.tag_ == "VB" and not _TASK_LABEL.match(text)
        if not imperative:
            return "an agreed action item (who will do what), not feedback (guide §2, whole notes)"
    return None


# A line the writer labels as feedback or advice ("Her tip: …", "Suggestion from Leticia: …", "Development:
# plan back from…", "Strength: calm under questioning"): guide §2, the writer records an observation or a
# suggestion (13 of 14 such lines across the eight tuning writers are behaviour; "Observation: Y9 set 3"
# is a heading field, not in the list).
_FEEDBACK_LABEL = re.compile(
    r"^\W*(?:(?:her|his|their|my|our|the\s+mentor'?s|(?-i:[A-Z][a-z]+)'s)\s+)?"
    r"(?P<kind>tips?|suggestions?(?:\s+from\s+(?-i:[A-Z][\w'-]+))?|advice(?:\s+from\s+(?-i:[A-Z][\w'-]+))?|"
    r"development(?:\s+(?:area|point|need)s?)?|areas?\s+(?:to|for)\s+(?:develop|improve|work\s+on)|"
    r"to\s+work\s+on|even\s+better\s+if|ebi|callouts?|strengths?|what\s+went\s+well|www|praise)\s*[:\-–]\s*\S",
    re.IGNORECASE,
)


def _labelled_as_feedback(text: str, start: int, end: int) -> re.Match | None:
    """The feedback label opening the line of text[start:end], when the sentence is the label's own."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 40:
        return None
    return _FEEDBACK_LABEL.match(text[line_start:end])


def _in_context(found: NoteFindings, doc, offset: int) -> None:
    """Re-read each sentence's focus as a note means it (guide §2, "Whole notes"), keeping the reason."""
    from dataclasses import replace

    from coach.types import Evidence

    tasks = MostlyInside([(a.start, a.end) for a in found.actions])
    text_of_doc = doc_text(doc)
    out = []
    for s in found.feedback_all:
        reason = None
        if s.focus == "other" and _REQUEST.match(s.text.strip()):
            out.append(
                replace(
                    s,
                    focus="behaviour",
                    actionable=True,
                    evidence=[
                        Evidence(
                            s.start,
                            s.end,
                            s.text,
                            "a request for something to be done: behaviour, and actionable",
                        )
                    ],
                )
            )
            continue
        label = (
            _labelled_as_feedback(text_of_doc, s.start - offset, s.end - offset)
            if s.focus == "other"
            else None
        )
        if label:
            praise = re.match(r"(?i)strength|what\s+went|www|praise", label.group("kind"))
            out.append(
                replace(
                    s,
                    focus="behaviour",
                    actionable=not praise,
                    evidence=[
                        Evidence(
                            s.start,
                            s.end,
                            s.text,
                            f"recorded under the label “{label.group('kind').split()[0]}”: "
                            + (
                                "praise of what was done: behaviour"
                                if praise
                                else "advice to act on: behaviour, actionable"
                            ),
                        )
                    ],
                )
            )
            continue
        if s.focus in ("behaviour", "personality"):
            span = doc.char_span(s.start - offset, s.end - offset, alignment_mode="expand")
            if span is not None and len(span):
                reason = _context_reason(span, s, tasks(s.start, s.end), text_of_doc)
            # A trait word in a sentence the writer owns stays personality: only reported words and
            # labels without a verb are taken back from it.
            if (
                s.focus == "personality"
                and reason
                and not reason.startswith(
                    ("the mentee's own", "a heading", "the writer's own view", "the writer's own words")
                )
            ):
                reason = None
        if reason:
            was_trait = s.focus == "personality"
            s = replace(
                s,
                focus="other",
                actionable=None,
                specific=None,
                suggestion=None,
                evidence=[Evidence(s.start, s.end, s.text, reason)],
            )
            if was_trait and reason.startswith("the mentee's own"):
                found.self_labels.append(s)
        out.append(s)
    found.feedback_all = out


# Action items in notes (guide §4): a commitment made in the session to do something after it. Advice
# in the imperative ("Try handing the call bells to the HCA", "Set the agenda in the first two minutes
# next time") is feedback, not an item nobody took on; under a heading that lists tasks ("Actions",
# "To do", "Next steps") an imperative line is a task.
_ADVICE = re.compile(
    r"^\W*(?:try|next\s+time|next\s+one|in\s+future|going\s+forward|from\s+now\s+on|always|never|"
    r"don'?t|do\s+not|keep|make\s+sure|remember|avoid|stop|when\s+(?:you|someone|a|the)\b)",
    re.IGNORECASE,
)
# Advice recorded as advice ("Her advice: get the strongest fact into the first 20 words", "Tip: …", "I
# suggested he bring the choir forward"): feedback on how to act, not a task taken on, unless the
# sentence says it was ("… and he agreed", "she'll try it").
_SUGGESTED = re.compile(
    r"^\W*(?:(?:(?:her|his|my|their|our|the|a|one)\s+)?(?:advice|tip|suggestion|recommendation)s?\s*[:\-–]|"
    r"i\s+(?:suggested|advised|recommended)\b|(?:she|he|they)\s+(?:suggested|advised|recommended)\b)",
    re.IGNORECASE,
)
_TAKEN_ON = re.compile(
    r"\b(?:agreed|agrees|will|'ll|said\s+yes|is\s+going\s+to|are\s+going\s+to|signed\s+up|promised|committed)\b",
    re.IGNORECASE,
)
_HABIT = re.compile(
    r"\b(?:every\s+(?:time|session|shift|day|week|lesson|job|call|meeting|visit|practical|one|single)|"
    r"each\s+time|whenever|from\s+now\s+on|in\s+future|going\s+forward|next\s+time|as\s+a\s+rule)\b",
    re.IGNORECASE,
)
_OWNER = re.compile(
    r"\b(?:i'?ll|i\s+will|i\s+am\s+going\s+to|we'?ll|we\s+will|we\s+agreed|agreed|she'?ll|he'?ll|they'?ll|"
    r"(?:she|he|they)\s+(?:will|is\s+going\s+to|are\s+going\s+to|'s\s+going\s+to)|"
    r"(?-i:[A-Z][a-z]+)\s+(?:to|will)\s|me\s*:|me\s+to\b|todo|to\s*do|homework)"
    # a task logged under a name: "Samira: finish her point …"
    r"|^\W*(?-i:[A-Z][\w'-]+)(?:\s*\([^)]{1,12}\))?\s*:",
    re.IGNORECASE,
)
TASK_HEADING = re.compile(
    r"^\W*(?:(?:agreed\s+)?actions?|action\s+items?|to\s*-?\s*dos?|next\s+steps?|homework|agreed|"
    r"tasks?|follow[- ]?ups?|things\s+we\s+(?:said|agreed)\s+we'?d\s+do)\b[^.!?]{0,30}:?\s*$|"
    rf"^\W*{FORM_TASK_PROMPT}\s*\??\s*$",
    re.IGNORECASE,
)


def _line(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the line holding text[start:end] starts, and the line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, text[line_start : len(text) if line_end < 0 else line_end]


def _heading_above(
    text: str, line_start: int, heading: re.Pattern, items: re.Pattern | None = None, up_to: int = 10
) -> bool:
    """Whether the block holding this line sits under a heading the pattern matches: the lines above
    are walked up to a blank line or another heading (a short line with no closing punctuation).
    ``items``: every line passed on the way must be one (an item of the heading's own list), not a
    label ending with a colon; short items do not stop the walk then."""
    end = line_start
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    lines = []
    for _ in range(up_to):  # the lines above, found from the end: not by splitting the whole text
        if end <= 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        lines.append(text[begin:end])
        end = begin - 1
    for previous in lines:
        previous = previous.strip()
        if not previous:
            return False
        if heading.match(previous):
            return True
        if items is not None:
            if not items.match(previous) or previous.endswith(":"):
                return False
        elif len(previous.split()) <= 5 and not re.search(r"[.!?]$", previous):
            return False
    return False


def _under_task_heading(text: str, start: int) -> bool:
    return _heading_above(text, _line(text, start, start)[0], TASK_HEADING)


def _advice_not_a_task(action, text: str, offset: int) -> bool:
    """An agreed-action finding that is advice in the imperative, or a fragment of a label."""
    words = re.findall(r"[A-Za-z']+", action.task)
    if len(words) < 2:
        return True  # "Note", "by", "Mei": a label taken for a task
    line_start, line = _line(text, action.start - offset, action.end - offset)
    sentence = text[action.start - offset : action.end - offset]
    # Who takes it on is looked for in the item's own sentence: in prose the line is a paragraph.
    around = _sentence_around(line, action.start - offset - line_start, action.end - offset - line_start)
    if _OWNER.search(around) or _under_task_heading(text, action.start - offset):
        return False
    # "Report every defect the same day", "Complete the DASH at the scene, every time": a habit to
    # keep (without a date of its own) is advice, not a task someone took on in the session.
    habit = _HABIT.search(around) or (not action.due and re.search(r"\b(?:every|each)\b", sentence, re.I))
    # A bare imperative that opens its sentence, with nobody taking it on and no date ("Cut them to
    # 150 words, lead with the finding"), is advice; "Book the forklift refresher before 1 Sept" is a task.
    first = re.match(r"\W*([A-Za-z'-]+)", around)
    bare = not action.due and first is not None and first.group(1).lower() in TASK_VERBS
    suggested = _SUGGESTED.match(around) and not _TAKEN_ON.search(around)
    return bool(_ADVICE.match(sentence) or _ADVICE.match(around) or habit or bare or suggested)


GOAL_HEADING = re.compile(
    # "Her goals, as she phrased them:"
    # "3. Goals for February", "Item 4 – Development goals", "Goals we agreed (she made me write them down):"
    r"^\W*(?:(?:\d{1,2}[.)]|item\s+\d{1,2}\s*[-–—:.]|section\s+\d{1,2}\s*[-–—:.])\s*)?(?:[\w']+\s+){0,3}"
    r"(?:goals?|targets?|objectives?|aims?)\b(?:[\s,]+[\w'()]+){0,8}\s*[:\-–?]?\s*$",
    re.IGNORECASE,
)


@dataclass
class NoteFindings:
    """What one text holds, each sentence counted once."""

    goals: list = field(default_factory=list)  # GoalReport
    feedback: list = field(default_factory=list)  # FeedbackSentence, behaviour or personality, not a question
    feedback_all: list = field(default_factory=list)  # every sentence's FeedbackSentence, 'other' included
    questions: list = field(default_factory=list)  # Question
    actions: list = field(default_factory=list)  # ActionItem
    # The mentee's words about themselves, reported ("he feels he's not a natural presenter"): not the
    # writer's feedback, but worth exploring with the mentee. FeedbackSentence, focus 'other'.
    self_labels: list = field(default_factory=list)


def _questions_in_note(questions: list, doc, offset: int) -> list:
    """A note's questions as the guide reads them there: without requests, clauses and questions the
    writer answers themselves, and with the questions the note reports as asked (or plans to ask)."""
    text = doc_text(doc)
    questions = [
        q
        for q in questions
        if not _not_a_session_question(
            q.text,
            text[q.end - offset : q.end - offset + 60],
            text[max(0, q.start - offset - 400) : q.start - offset],
        )
    ]
    # A question that holds its own report or plan ("Next time: ask how the meeting went?") is judged
    # by what it asks for, as a reported one is, not as a direct question to the reader.
    reported = _reported_questions(doc, offset)
    framed = MostlyInside([(r.start, r.end) for r in reported])
    questions = [q for q in questions if not (framed(q.start, q.end) and _judged_by_its_report(q.text))]
    asked = MostlyInside([(q.start, q.end) for q in questions])
    return sorted(questions + [r for r in reported if not asked(r.start, r.end)], key=lambda q: q.start)


def _goal_candidates(found: list[NoteFindings], docs, offsets, kinds, goal_idx: list[int]):
    """For each text the goal analyzer reads: (the ranges it skips, its candidate sentences or None).

    Questions are skipped. In a note, only sentences stated as goals are candidates at all: the goal
    analyzer embeds its candidates with the float32 model, and most sentences of a note state no goal.
    """
    from coach.text.segment import segments

    skip, candidates, stated = [], [], []
    for i in goal_idx:
        ranges = [(q.start - offsets[i], q.end - offsets[i]) for q in found[i].questions]
        skip.append(ranges)
        if "actions" not in kinds[i]:
            candidates.append(None)  # a goal column: every sentence is a candidate
            stated.append([])
            continue
        # In a note a candidate is a stated goal without its lead ("He wants to …", "Her aim is
        # to …", "Goal: …"): the goal heads learnt from goals as entered, not from reports of them.
        text, asked = doc_text(docs[i]), MostlyInside(ranges)
        candidates.append(
            [
                part
                for seg in segments(docs[i])
                if not asked(seg.start, seg.end) and stated_as_goal(text, seg.start, seg.end)
                for part in goal_parts(text, seg.start, seg.end)
            ]
        )
        stated.append([part for part in candidates[-1] if _goal_by_its_label(text, *part)])
    return skip, candidates, stated


def _settle_goals(found: NoteFindings, goals: list, doc, offset: int, in_note: bool) -> None:
    """Keep a text's goals and settle the sentences both the goal and the action analyzer claim."""
    text, off = doc_text(doc), offset
    stated = [x for x in goals if not in_note or stated_as_goal(text, x.start - off, x.end - off)]
    if in_note:
        # A sentence both analyzers claim is a commitment ("He'll redraft and submit by 5 March",
        # "GP to enrol on NEBOSH – target start April": an action item, guide §4) unless it is
        # labelled a goal ("Goal: …", "Her aim is to …") or sits under a goals heading.
        tasks = MostlyInside([(a.start, a.end) for a in found.actions])
        labelled = [x for x in stated if labelled_goal(text, x.start - off, x.end - off)]
        is_goal = MostlyInside([(x.start, x.end) for x in labelled])
        found.actions = [a for a in found.actions if not is_goal(a.start, a.end)]
        stated = [x for x in stated if not tasks(x.start, x.end) or is_goal(x.start, x.end)]
    found.goals = stated


def analyze_docs(
    docs: Sequence, context: DocsContext, kinds: Sequence[Sequence[str]] | None = None
) -> list[NoteFindings]:
    """The findings of each parsed text. ``kinds[i]`` names the analyses text i gets (default: all):
    a program's goal column gets only ``("goals",)``, its feedback column ``("feedback",)``.
    Of the ``context`` (the analyzers' own), ``offsets[i]`` is where text i starts in what the user
    gave (spans are reported against that), ``session_dates[i]`` its session's date, and ``vectors``
    the sentence embeddings already computed, shared by every analyzer.
    """
    from coach.analyzers.actions import actions_from_docs
    from coach.analyzers.feedback import feedback_from_docs
    from coach.analyzers.goals import goals_from_docs
    from coach.analyzers.questions import questions_from_docs

    kinds = [tuple(k) for k in kinds] if kinds is not None else [ANALYSES] * len(docs)
    offsets = list(context.offsets) if context.offsets is not None else [0] * len(docs)
    found = [NoteFindings() for _ in docs]

    def which(name: str) -> list[int]:
        return [i for i, k in enumerate(kinds) if name in k]

    def pick(idx):
        return [docs[i] for i in idx]

    a, q, fb = which("actions"), which("questions"), which("feedback")
    actions = dict(zip(a, actions_from_docs(pick(a), context.pick(a)))) if a else {}
    questions = dict(zip(q, questions_from_docs(pick(q), context.pick(q)))) if q else {}
    # A note (it is read for action items too) is judged by the heads that learnt from whole notes.
    in_note = [("actions" in kinds[i]) for i in fb]
    feedback = (
        dict(zip(fb, feedback_from_docs(pick(fb), replace(context.pick(fb), in_note=in_note)))) if fb else {}
    )
    for i, f in enumerate(found):
        f.actions = actions.get(i, [])
        f.questions = questions.get(i, [])
        f.feedback_all = feedback.get(i, [])
        if "actions" in kinds[i] and "questions" in kinds[i]:  # a note: advice is not an agreed task
            text = doc_text(docs[i])
            f.actions = [a for a in f.actions if not _advice_not_a_task(a, text, offsets[i])]
        if (
            "questions" in kinds[i] and "actions" in kinds[i]
        ):  # a note: questions as the guide reads them there
            f.questions = _questions_in_note(f.questions, docs[i], offsets[i])
            asked = MostlyInside([(q.start, q.end) for q in f.questions])
            f.actions = [
                a for a in f.actions if not (_ASKING_THE_MENTEE.match(a.task) and asked(a.start, a.end))
            ]
    goal_idx = which("goals")
    if goal_idx:
        # A question is not also a goal. Neither an action item nor feedback takes a sentence from the
        # goal analyzer: "Goal: get CIMA P2 passed in the Aug sitting" reads to the action analyzer as
        # a task and to the feedback head as behaviour, but a stated goal is neither (guide §1, §2
        # "Whole notes", §4). Where both claim a sentence, the goal wins if it is stated as one.
        skip, candidates, stated = _goal_candidates(found, docs, offsets, kinds, goal_idx)
        goals = goals_from_docs(
            pick(goal_idx), replace(context.pick(goal_idx), skip=skip, candidates=candidates, stated=stated)
        )
        for i, g in zip(goal_idx, goals):
            # A program's goal column is a goal by definition; a note's goals must be stated as such.
            _settle_goals(found[i], g, docs[i], offsets[i], in_note="actions" in kinds[i])
    for i, f in enumerate(found):
        if "actions" in kinds[i] and "feedback" in kinds[i]:
            _in_context(f, docs[i], offsets[i])
        asked = MostlyInside([(q.start, q.end) for q in f.questions])
        stated = MostlyInside([(g.start, g.end) for g in f.goals])
        f.feedback = [
            s
            for s in f.feedback_all
            if s.focus != "other" and not asked(s.start, s.end) and not stated(s.start, s.end)
        ]
    return found


GOAL_LABEL = re.compile(
    r"^\W*(?:[\w']+(?:'s)?\s+){0,3}(?:(?:main|big|learning|career|stated|long[- ]term|key|next)\s+)?"
    # "Goal (his):", "Goal for the concert on 5 April:", "Q1 goal, in her own words:"
    r"(?:goals?|aims?|objectives?|targets?|ambitions?)\b(?:\s*\([^)]{1,20}\))?(?:\s+for\s+[\w ]{1,40})?"
    r"(?:,\s+in\s+(?:her|his|their|my)\s+own\s+words)?"
    # "Goal we agreed:", "We set a goal together:", "Her goal, as she put it:"
    r"(?:\s+together|\s+(?:we|she|he|they|i)\s+(?:agreed|set|chose|picked)(?:\s+on)?|"
    r",\s+as\s+(?:she|he|they|i)\s+(?:phrased|put|said|wrote)\s+(?:it|them))?"
    r"\s*(?::|[-–—]|\bis\s+to\b|\bis\b)|"
    # "Dean's goal, written on his card, is to …", "Her goal when we started was "to be ready …""
    r"\b(?:goal|aim|objective|ambition)\s+(?:is|was)\s+to\b|"
    r"^\W*(?:[\w']+(?:'s)?\s+){0,3}(?:goal|aim|objective|ambition)\b[^.!?:;\n]{0,40}?\b(?:is|was)\s+[\"'\u201c\u2018]?to\b|"
    # "What she wants: to be a senior planner"
    r"^\W*what\s+(?:she|he|they|i)\s+(?:wants?|would\s+like)\s*:",
    re.IGNORECASE,
)


# What leads into a goal stated in a note: a label ("Goal:", "Her aim is to", "His goal for this year
# is") or a verb of intention ("wants to", "plans to", "is aiming to"). The goal is what follows.
GOAL_LEAD = re.compile(
    r"(?:\b(?:goals?|aims?|objectives?|targets?|ambitions?|priority)\b[^.!?:;\n]{0,50}?"
    r"(?:(?P<is>\b(?:is|was)\s+[\"'\u201c\u2018]?to\b|\bis\b)|:|\s[-–—])"
    r"|\b(?:wants?|wanting|would\s+like|'d\s+like|hopes?|hoping|plans?|planning|intends?|intending|"
    r"aims?|aiming|keen)\s*:?\s+[\"'\u201c\u2018]?to\b)\s*",
    re.IGNORECASE,
)
# A second goal in the same sentence: "…in September, and she wants to have run …", "… and to lead …".
_ANOTHER_GOAL = re.compile(
    r",?\s+and\s+(?:(?:she|he|they|i|we)\s+)?(?:(?:also\s+)?(?:wants?|would\s+like|hopes?|plans?)\s+)?to\s+",
    re.IGNORECASE,
)
# Where the writer's own comment on the goal begins: "…, and that he is 'not a paperwork person'",
# "…, which we parked", "…, but she is not sure".
_GOAL_COMMENT = re.compile(r",\s+(?:and\s+that|which\s+(?:we|i)|but)\b", re.IGNORECASE)
_NEGATED = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bno\s+longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
_GOAL_TAIL = " \t.!,;:\"'\u201d\u2019)"


def goal_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The goals a stated sentence text[start:end] holds, each without a label or a reported intention
    before it ("Goal:", "she wants to"); "Her aim is to …" keeps its words, which state it as a goal. The
    whole sentence when it has no lead (a line under a goals heading).

    Example:
        >>> s = "Her aim is to qualify in September, and she wants to run one hearing alone."
        >>> [s[a:b] for a, b in goal_parts(s, 0, len(s))]
        ['Her aim is to qualify in September', 'run one hearing alone']
        >>> s = "Goal: pass the CIMA P2 exam in the August sitting."
        >>> [s[a:b] for a, b in goal_parts(s, 0, len(s))]
        ['pass the CIMA P2 exam in the August sitting']
    """
    found = list(GOAL_LEAD.finditer(text, start, end))
    leads = [m for m in found if not _NEGATED.search(text, max(start, m.start() - 12), m.start())]
    if found and not leads:
        return []  # "I don't want to push him in front of the group": no intention, no goal
    lead = leads[0] if leads else None
    if lead is None or end - lead.end() < 3:
        return [(start, end)]
    comment = _GOAL_COMMENT.search(text, lead.end(), end)
    end = comment.start() if comment else end
    # "Her goal for this quarter is to …" keeps its lead: it holds the goal's time and is stated as a
    # goal in words the heads know. A label ("Goal:") or a reported intention ("He wants to") is cut.
    cuts, at = [], (start if lead.group("is") else lead.end())
    for m in _ANOTHER_GOAL.finditer(text, at, end):
        if m.start() - at > 8:
            cuts.append((at, m.start()))
            at = m.end()
    cuts.append((at, end))
    parts = []
    for a, b in cuts:
        while b > a and (
            text[b - 1] in _GOAL_TAIL or not text[b - 1].isprintable() or ord(text[b - 1]) > 0x2FFF
        ):
            b -= 1
        while a < b and text[a] in " \t\"'\u201c\u2018(":
            a += 1
        if b - a >= 3:
            parts.append((a, b))
    return parts or [(start, end)]


# The mentor's question about the goal, then the mentee's answer in the next turn ("BK: What's your goal
# for this contract? / JE: To call the show myself…"): across the ten writers, every such answer is labelled
# a goal (4 of 4, writers G, K and L). Between them only a speaker label or a time stamp.
_GOAL_QUESTION_BEFORE = re.compile(
    r"\b(?:goals?|aims?|want\s+to\s+achieve|hope\s+to\s+get\s+out\s+of)\b[^?\n]{0,80}\?\s*"
    r"(?:\[[^\]\n]{1,24}\]\s*)?(?:(?-i:[A-Z])[\w .'-]{0,25}:\s*|\[(?:mentee|mentor)\]\s*)?$",
    re.IGNORECASE,
)
_NOT_AN_ANSWER = re.compile(r"^\W*(?:not\s+sure|no\s+idea|don'?t\s+know|dunno|good\s+question|hmm)\b", re.I)


def _answers_a_goal_question(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens the turn that answers a question about the goal."""
    own = text[start:end]
    if len(own.split()) < 4 or _NOT_AN_ANSWER.match(own):
        return False
    return bool(_GOAL_QUESTION_BEFORE.search(text[max(0, start - 200) : start]))


def labelled_goal(text: str, start: int, end: int) -> bool:
    """A goal labelled as one ("Goal: …", "Her aim is to …", "my goal: …") or under a goals heading.
    In a prose paragraph the label opens the goal's sentence, not the line ("…I forget. Her goal: …")."""
    line_start, line = _line(text, start, end)
    sentence = _sentence_around(line, start - line_start, end - line_start)
    return (
        bool(GOAL_LABEL.search(line) or GOAL_LABEL.search(sentence))
        or _heading_above(text, line_start, GOAL_HEADING)
        or _answers_a_goal_question(text, start, end)
    )


# "G. Ellis: no goal recorded", "Goal: tbc": a goal's place, left empty.
_NO_GOAL = re.compile(
    r"^\W*(?:no\s+(?:goal|aim|target)s?\b|none\b|n/?a\b|tbc\b|tbd\b|not\s+(?:yet\s+)?(?:set|agreed|decided|recorded)\b)",
    re.I,
)


def _goal_by_its_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a goal because its own sentence opens with a goal label ("Goal: …",
    "Her aim is to …") or it is an item of a list under a goals heading, whatever words it uses: a vague
    goal is still a goal (guide §1). A heading, an empty place ("no goal recorded") or a line of the next
    section is not."""
    own = text[start:end].strip()
    if not own or own.endswith(":") or _NO_GOAL.match(own) or re.search(r"\bno\s+goal\b", own, re.I):
        return False
    line_start, line = _line(text, start, end)
    sentence = _sentence_around(line, start - line_start, end - line_start)
    if GOAL_LABEL.match(sentence) or _answers_a_goal_question(text, start, end):
        return True
    # Up through the list's other items, to the heading right above them.
    return bool(_LIST_ITEM.match(line)) and _heading_above(text, line_start, GOAL_HEADING, _LIST_ITEM, 12)


# An item of a list: a bullet, a number, or a person's line in minutes ("Ben: submit four bids…").
_LIST_ITEM = re.compile(
    r"^\s*(?:[-*•–·]|\d{1,2}[.)]|(?-i:[A-Z])[\w.'-]{0,20}(?:\s+(?-i:[A-Z])[\w.'-]{0,20})?\s*:)\s*\S"
)


def stated_as_goal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is stated as a goal: a word of intention in its line, or a line under a
    heading that gathers goals ("Goals", "Targets for next term:").

    Example:
        >>> note = "Goals\\nShip the rate-limiter by 20 March.\\nAdvice\\nNext time, get sign-off first."
        >>> stated_as_goal(note, 6, 42), stated_as_goal(note, 50, 81)
        (True, False)
    """
    line_start, line = _line(text, start, end)
    # A heading ("Next steps", "Goals") states no goal itself; a short goal line ("Goal: get better at
    # Excel") does.
    if (
        len(line.split()) <= 5
        and not re.search(r"[.!?:]$", line.strip())
        and not re.search(r"\bto\b", line)
        and not GOAL_LABEL.match(line)
    ):
        return False
    # The word of intention must be in the sentence itself: in a prose paragraph the line is the whole
    # paragraph, and "She wants to pass the ARLA exam" there does not make "Don't give landlords dates
    # you don't control" a goal.
    sentence = _sentence_around(line, start - line_start, end - line_start)
    return (
        bool(INTENTION.search(sentence))
        or _heading_above(text, line_start, GOAL_HEADING)
        or _answers_a_goal_question(text, start, end)
    )


_SENTENCE_END = re.compile(r"[.!?]+[\"'”)]*\s+(?=[\"'“(]?[A-Z0-9])")


def _sentence_around(line: str, start: int, end: int) -> str:
    """The sentence of ``line`` that holds line[start:end] (from the sentence before ``start`` ends)."""
    begin = 0
    for m in _SENTENCE_END.finditer(line):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end - 1:
            return line[begin : m.end()]
    return line[begin:]
