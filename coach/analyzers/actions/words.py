"""The action-item analyzer's words: commitment cues, what speaks against an item, headings, labels,
names that are not people, and the words a status report on last session's items uses."""

from __future__ import annotations

import re

from coach.text.words import MONTH_NAMES

# -- cues, headings, labels and names --------------------------------------------------------------
# Verbs that notes use for tasks; a word from this list in a verb's place counts as a verb even where
# the tagger, thrown by shorthand, calls it a noun ("jot down", "update training record").
TASK_VERBS = frozenset(
    """
add apply approach arrange ask attend block book bring build buy call cancel catch chase check circulate clean
collect come complete confirm contact co-own co-run cover create cut debrief decide deliver design dig do draft
draw email enrol enroll explain file fill find finish fix flag follow forward get give go hand have hold identify
intro introduce invite jot join keep learn lead lend let list log look make map meet message move nominate note
observe open order organise organize pass pay phone ping plan post practise practice prep prepare present print
pull push put raise read rebuild record redo redraft re-read reread register rehearse reply report request
research restructure resubmit review revise rewrite rework ring run schedule screen-record see send set share
shadow show sign sit sketch sort sound speak spend start strengthen submit summarise summarize switch take talk
tell test text tidy tighten track trial try turn update upload visit walk watch write
""".split()
)
DELIVERY_VERBS = frozenset(
    "send share bring circulate forward email upload submit give show pass report tell "
    "let post resubmit return hand drop copy take".split()
)
# A report back on a deed belongs to it (guide §4): "… and tell me what she found", "… tell Marta the dates",
# "… talk me through it", "… get it to me", "… let Sam know", "… report back". One reading for the step that
# joins a deed's item (items) and for where the deed's task ends (task).
REPORT_BACK = (
    # "update me", but not "… and update her CV": another deed
    r"(?:tell\s+(?:me|us|him|her|them|(?-i:[A-Z][\w'-]+))\b|update\s+(?:me|us)\b|(?:talk|walk)\s+(?:me|us|him|her|them)\s+"
    r"through\b|get\s+(?:it|them)\s+(?:back\s+)?to\b|let\s+(?:me|us|him|her|them|(?-i:[A-Z][\w'-]+))\s+know\b|"
    r"report\s+back\b)"
)
# "I'll think about it", "she'll sleep on it": deliberation, not a task to do.
DELIBERATION_VERBS = frozenset("think consider reflect sleep mull ponder wonder weigh muse".split())
ASK_VERBS = frozenset("ask check see find confirm sound look query enquire inquire".split())
SUBJECT_PRONOUNS = {"i": "I", "we": "we", "you": "you", "he": "he", "she": "she", "they": "they", "u": "you"}
HEDGES = re.compile(
    r"\b(?:might|maybe|perhaps|possibly|could|would be (?:nice|good|lovely|great)|would like|'d like|wants? to|"
    r"wanted to|wanting to|keeps? meaning|at some point|some ?day|one day|eventually|not committing|no commitment|"
    r"didn't want to commit|not a commitment|hopes? to|wish|if (?:the )?budget allows|worth (?:a look|asking|it)|"
    r"'d love|would love|thinking about|undecided|not sure)\b",
    re.I,
)
SUGGEST = re.compile(
    r"\b(?:i suggested|suggested|suggest|you should|you could|could try|worth|floated|might be worth|"
    r"would be good|recommend(?:ed)?|told (?:him|her|them) to|proposed?|advised?)\b",
    re.I,
)
DECLINED = re.compile(
    r"\b(?:not keen|wasn't keen|not interested|didn't seem convinced|isn't convinced|not convinced|declined|"
    r"decided not|decided against|not now|not this year|no for now|not for now|rather not|'d rather|"
    r"doesn't want|didn't want|not something for now|not needed|nothing needed|leave it|not the time|"
    r"no,? go now|not required|not worth)\b",
    re.I,
)
UPTAKE = re.compile(
    r"\b(?:agreed|agree|will do|deal|ok|okay|yes|yeah|yep|sure|fine|said (?:she|he|they|i) would|"
    r"liked the idea|good idea|please|sounds good|happy to|promised|committed|offered)\b",
    re.I,
)
STATUS = re.compile(
    r"(?:✓|✔|☑|\[x\]|\b(?:done|sent|finished|completed|already|went|signed off|booked|brought|"
    r"still|not yet|so far|hasn't|haven't|didn't|forgot|slipped|postponed|pending|waiting|"
    r"got moved|was moved|in progress|started|tried it|did)\b)",
    re.I,
)
AGENDA = re.compile(
    r"\b(?:next (?:session|time|catch-?up|meeting|conversation|circle|review|call|one)|"
    r"(?:we'll|we will|let's) (?:meet|come back|pick (?:it|this) (?:back )?up|review|look at|go through|talk|catch up)|"
    r"come back to it|cover it next time|happy to cover|meet (?:again|monthly|weekly|fortnightly)|"
    r"(?:show|cover|look at|discuss)\b[^.]{0,40}\b(?:then|next time|next session)\s*[.!]?$)",
    re.I,
)
NO_ACTIONS = re.compile(
    r"\b(?:no actions?|no action points?|nothing (?:to do|to follow up|agreed|for (?:him|her|me|them) to do|"
    r"else|needed|new)|nothing for next time|none agreed|not agreed|no commitment|no decision|"
    r"nothing to follow up|no follow[- ]?ups?)\b",
    re.I,
)
THINK = re.compile(
    r"\b(?:think (?:about|it over|on)|consider|reflect|sleep on|mull|sit with|more time|decide himself|"
    r"decide herself|have a think|wants more time|let me sit)\b",
    re.I,
)
CONDITIONAL = re.compile(r"\b(?:if|once|when|as soon as|unless)\b", re.I)
NEGATION = re.compile(
    r"\b(?:not|no|never|won't|wont|n't|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't)\b|n't\b", re.I
)
PAST_WORDS = re.compile(
    r"\b(?:already|last (?:week|time|month|friday|monday|tuesday|wednesday|thursday)|yesterday|"
    r"ago|earlier|before we met|this morning|during the session|in the session|just did)\b",
    re.I,
)

# A reflection form's prompt over the mentee's to-do list: "What will you do before the next session?"
FORM_TASK_PROMPT = (
    r"what (?:will|are) (?:you|i|we) (?:do|doing|going to do) (?:before|by|until) (?:the |our )?next "
    r"(?:session|meeting|call|time)"
)
# Headings that open a list of actions, of status updates, or of things not agreed.
ACTION_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:(?:new|agreed|next|open|my|your)\s+)?(?:actions?(?:\s+(?:points?|items?|list))?|action points?|"
    r"action items?|next steps?|to ?-?dos?|todo|tasks?|homework|follow[- ]?ups? for next time|new|next|this time|"
    r"from today|as discussed|as agreed|actions? (?:as agreed|from today|agreed|for next time)|agreed|"
    r"what (?:we|i) agreed|commitments?|here'?s what i (?:have down|took away)|takeaways?|"
    + FORM_TASK_PROMPT
    + r")\b[^:\n]{0,25}:?\s*$",
    re.I,
)
REVIEW_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:review(?: of (?:last )?actions)?|follow[- ]?ups?|catch[- ]?up on last time|check[- ]?in on last time|"
    r"quick actions check|updates?|last time|previous actions|progress|since last time|actions check|"
    r"review of last session|status)\b[^:\n]{0,40}:?\s*$",
    re.I,
)
NONE_HEADING = re.compile(
    r"(?:\bnone agreed\b|\bnot agreed\b|did not agree|didn't agree|kicked around|ideas\b[^:\n]*:\s*$)", re.I
)
OTHER_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:discussed|topics?|agenda|notes?|summary|background|context|today|"
    r"attendees|present|there|apologies|what did (?:we|you) (?:discuss|cover|talk about)|"
    r"what (?:feedback|advice) did (?:you|i) (?:get|receive|hear))\b[^:\n]{0,30}:?\s*$",
    re.I,
)
# A label at the start of a note line that names who the line is for.
OWNER_PREFIX = re.compile(
    r"(?:(?:AP|A|#)\s?\d+\s*[–—:.-]?\s*)?(?:(?:->|→)\s*)?"
    r"(?:(?:TODO|To ?do|Action|AP)\s*(?:\((?P<todo>[^)\n]{1,30})\)|(?P<todo2>him|her|them|me|[A-Z][\w.]{0,20}))\s*:"
    r"|(?P<who>[A-Z][\w'’.-]{0,20}(?:\s+[A-Z][\w'’.-]*)?|me|Me|ME|both|Both|all|All|everyone|Everyone)\s*"
    r"(?:\((?P<paren>[^)\n]{1,30})\))?\s*(?::|[–—](?=\s)|-(?=\s)))\s*",
    re.U,
)
LABEL_STOP = frozenset(
    """note notes action actions todo to-do next new review discussed topic topics agenda summary update
updates goal goals re subject ps nb fyi date time today tomorrow present attendees there apologies guest theme
billing intern mph aws checklist estimation study training sharon harriet p&l huddles course catch-up feedback
self-care wellbeing visibility personal customer customers teaching portfolio travel""".split()
)
GROUP_WORDS = re.compile(
    r"\b(?:group|circle|cohort|attendees|present:|there:|everyone|all:|mentees\b|round[- ]table|"
    r"learning set|action learning)\b",
    re.I,
)
WRITER_MENTEE = re.compile(
    r"\b(?:my (?!(?:fellow|co|other|own)\b)(?:[\w-]+[ \t]+)?mentor(?!ing|ship|s)|mentor call with|meeting with my mentor|mtg w/ my mentor|my ES\b|\(my (?:ES|supervisor|mentor)\)|"
    r"thanks for (?:your time|making time)|here'?s what i took away|note to self|notes? for myself|"
    r"my reflections|mentor(?:ing)? session with my)\b|^\s*to:\s*me\b|"
    # "I'm the mentee", "I am principal viola, the mentee", "she is the mentor"
    r"\bi(?:'m|\s+am)\s+(?:[^.\n;]{0,40}?,\s*)?the\s+mentee\b|\b(?:she|he)\s+is\s+the\s+mentor\b|"
    # "mentor catch up w/ Steve", "notes mentor Gary": the other person is called the mentor
    r"\bmentor\s+(?:catch[- ]?up|mtg|meeting|chat|call|session)\s+w(?:ith\b|/)\s*(?-i:[A-Z])|^\W*notes\s+mentor\s+(?-i:[A-Z])|"
    # feedback the writer received on their own work: "Graham said my readbacks were clipped"
    r"\b(?:(?-i:[A-Z][a-z]+)|she|he)\s+(?:said|says|say|thinks|thought)\s+(?:that\s+)?my\s+(?!mentee)\w+|"
    # the writer's own goal: "Goal: pass my tower endorsement check"
    r"^\W*(?:my\s+)?goals?\s*:\s*[^\n]*\bmy\b",
    re.I | re.M,
)
WRITER_MENTOR = re.compile(
    r"\b(?:my mentee|i'?m mentoring|i am mentoring|mentor \(me\)|me \(mentor\)|"
    r"i mentor|supporting (?:him|her)|me \(\w+\) supporting)\b",
    re.I,
)
NAME_STOP = frozenset(
    """mentoring mentor mentee mentees mentorship notes note session sessions meeting meetings chat call
coffee lunch quick catch catch-up catchup check check-in subject re peer reverse group circle log the a an and with for
from to of on at in by my me i we you he she they hi hello dear thanks thank best regards cheers speak all everyone
new managers women law analyst apprentice grad scheme programme program notes: debrief mtg w w/ pair qs hr it ops
ceo cto cfo vp ex cex dr prof mr mrs ms date day week month mentoring: 1:1 one-to-one monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec conversation teams zoom preceptorship physio occupational
therapy radiography reflections review year graduate engineer shift lead line nqn nqp ect ward staffroom office
venue typed voice memo takeaways to: mentoring- mentoring– brief pre-reg afterwards during met caught second
third first last good great quick notes mentorship our your his her their""".split()
)

MONTH_WORDS = frozenset(MONTH_NAMES)

# -- clauses: the words around a committed deed ----------------------------------------------------
MODALS_FUTURE = frozenset({"will", "'ll", "ll", "shall", "wo", "gonna", "’ll"})
REPORTING = frozenset(
    "say said tell told promise promised agree agreed offer offered commit committed".split()
)
SKIP_ADVERBS = frozenset(
    "also just then still definitely probably actually really first now finally def "
    "both each all quickly properly at least even only".split()
)
LEADING_FILLERS = frozenset(
    "ok okay – — - and also please pls so then right yes yeah great good fine "
    "sure cool oh well plus + nothing".split()
)
COORD = frozenset({"and", "&", "+", ",", ";", "then", "plus", "/"})
# Verbs whose past tense looks like their base form: tagged past, they still name a task unless "was",
# "had" … come before them ("put the form in" vs "it was put off").
SAME_PAST = frozenset("set put cut read let shut run come hit".split())
NOT_SUBJECT = frozenset(
    "nothing something anything everything time need way what how who which that this it there "
    "plan idea goal aim point reason one".split()
)
# Words before "to" that make it an infinitive ("want to", "how to"), not "Priya to …".
NOT_BEFORE_NAMED_TO = frozenset(
    "want need hope plan like love wish have try go decide agree ask tell used able way how what".split()
)
# Verbs that decide not to act ("drop it", "park it", "wait").
NOT_ACTING_VERBS = frozenset("drop park skip cancel abandon shelve leave wait stop hold".split())
ROLE_WORDS = frozenset("i me you he she we they mentor mentee mentees everyone all both everybody".split())
AGENDA_VERBS = frozenset(
    "meet come pick catch review look go talk discuss cover show revisit continue touch".split()
)
PAST_PLAN = re.compile(r"\b(?:here (?:they are|it is)|as promised|call (?:that|it) done|already)\b", re.I)

NO_COMMITMENT = re.compile(
    r"\b(?:not committing|no commitment|didn'?t want to commit|not a commitment|"
    r"(?:wasn't|not) keen|not interested|not now|not for now|no for now|decided against)\b",
    re.I,
)

# -- due dates -------------------------------------------------------------------------------------
OBJECT_VERBS = frozenset(
    "book enrol enroll schedule arrange organise organize invite add register nominate apply reserve".split()
)

# -- items -----------------------------------------------------------------------------------------
GENERIC_TASK = re.compile(
    r"^(?:have a go|give it a go|do (?:it|that|this|so)|get on it|sort it|try)\b|^do\s*[.!,]?\s*$", re.I
)

# -- tables: the words a header names its columns with ---------------------------------------------
TABLE_HEAD = {
    "what": "what",
    "action": "what",
    "actions": "what",
    "task": "what",
    "item": "what",
    "todo": "what",
    "to do": "what",
    "who": "who",
    "owner": "who",
    "by whom": "who",
    "responsible": "who",
    "when": "when",
    "due": "when",
    "deadline": "when",
    "by when": "when",
    "date": "when",
    "by": "when",
    "status": "status",
    "done": "status",
}


# -- last session's items: done, open or dropped ---------------------------------------------------
DROPPED = re.compile(
    r"\b(?:drop(?:ped|ping)?|let'?s drop|parked|park it|no longer|cancel(?:led|ed)?|call(?:ed)? off|scrap(?:ped)?|"
    r"abandon(?:ed)?|gave up|give up|giving up|skip(?:ped)?|not going ahead|decided not|decided against|"
    r"won'?t (?:be )?(?:do|happen)|not doing|idea'?s off|that'?s off|is off|off the table|no point|not needed any ?more|"
    r"doesn'?t need it|don'?t need it|rota closed|too late|missed the|push(?:ed)? to the (?:fall|autumn|next year)|"
    r"put on hold|shelved|not happening|forget it|forget about it|scratch that)\b",
    re.I,
)
OPEN = re.compile(
    r"\b(?:still|not yet|not done|hasn'?t|haven'?t|didn'?t|not (?:asked|sent|booked|started|finished|done|"
    r"happened|replied|heard|yet)|pending|carr(?:y|ied) over|carried|postponed|waiting|in progress|so far|to go|half|"
    r"partly|partially|needs? another|moved to|got moved|pushed|slipped|forgot|never (?:sent|did|got)|"
    r"on track|ongoing|sticking|keeps? going|not every|most days|\d+ of \d+|\d+%|re-?scheduled|delayed|started (?:the|it|on)|"
    r"on hold until|park(?:ed)? (?:it )?until|until after|in the works|working on it|underway|under way)\b|\[ \]",
    re.I,
)
DONE = re.compile(
    r"(?:✓|✔|☑|✅|\[x\]|\b(?:done|did|sent|finished|completed?|submitted|booked|went|signed(?: off)?|brought|emailed|"
    r"attended|spoke|presented|read|got|gave|applied|enrolled|registered|asked|wrote|written|posted|called|rang|"
    r"had (?:the|it|a)|tried|rewrote|forwarded|shared|delivered|led|ran|came through|went in|went out|happened|"
    r"went ahead|in place|ticked|sorted|fixed|accepted|said yes|pinged|checked|introduced|uploaded|"
    r"watched|kept|scheduled|organised|organized|arranged|passed|handled|created|recorded|met|joined|drafted|"
    r"call(?:ed)? (?:that|it) done|nailed|sorted|taken care of|went fine|went well)\b)",
    re.I,
)
RECURRING = re.compile(
    r"\b(?:every|each|daily|weekly|a (?:day|week|month)|per (?:day|week|month)|/\s?(?:day|wk|week)|"
    r"\d+ (?:days?|times?) a|habit|going forward|from now on|for (?:the next )?\w+ (?:weeks?|days?))\b",
    re.I,
)
ASKING = re.compile(r"^\s*(?:ask|check|find out|sound out|enquire|chase|email|call|speak|talk)\b", re.I)
ASKED = re.compile(
    r"\b(?:asked|did ask|spoke|checked|talked|emailed|called|rang|sounded (?:him|her|them) out|chased)\b",
    re.I,
)
IRREGULAR = {
    "sent": "send",
    "went": "go",
    "got": "get",
    "brought": "bring",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "gave": "give",
    "met": "meet",
    "led": "lead",
    "ran": "run",
    "took": "take",
    "did": "do",
    "made": "make",
    "told": "tell",
    "sat": "sit",
    "found": "find",
    "paid": "pay",
    "bought": "buy",
    "kept": "keep",
    "rang": "ring",
    "chose": "choose",
    "put": "put",
    "set": "set",
    "read": "read",
    "rewrote": "rewrite",
    "redrew": "redraw",
    "lent": "lend",
    "taught": "teach",
    "thought": "think",
}


STOP = frozenset(
    "the a an to of for and or on in at by with my her his their your our me him them it this that "
    "is be will 'll i we you he she they from re w/ about up into off out over".split()
)


def word_stem(word: str) -> str:
    """A crude stem that past and present, singular and plural share (its first five letters).

    Example:
        >>> word_stem("sent"), word_stem("sending"), word_stem("replies")
        ('send', 'send', 'reply')
    """
    word = IRREGULAR.get(word, word)
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    return word[:5]


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words, to compare a task with what a note says about it.

    Example:
        >>> sorted(content_stems("Sent the CV to Priya"))
        ['priya', 'send']
    """
    return {
        word_stem(w)
        for w in re.findall(r"[a-z0-9][a-z0-9'&+-]*", text.lower())
        if w not in STOP and len(w) >= 3
    }
