"""The question analyzer's word lists and patterns: what the frame rules read and the rewordings use.

Lists shared with the other analyzers live in ``coach.text.words``; these belong to questions alone.

Example:
    >>> "how" in WH, HOW_FACT >= {"many", "long"}
    (True, True)
"""

from __future__ import annotations

import re

from coach.text.words import GREETINGS, alternation

# Read by the frame rules (``frames``), the sentence cues (``cues``) and the features.
WH = {
    "what",
    "why",
    "how",
    "when",
    "where",
    "who",
    "whom",
    "whose",
    "which",
    "wat",
    "wot",
    "whats",
    "hows",
    "wheres",
    "whos",
    "wht",
}
WH_CANON = {
    "wat": "what",
    "wot": "what",
    "whats": "what",
    "wht": "what",
    "hows": "how",
    "wheres": "where",
    "whos": "who",
    "whom": "who",
    "whose": "who",
}
AUX = {
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "am",
    "have",
    "has",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "shall",
    "may",
    "might",
    "must",
    "wo",
    "ca",
}
NEG_GLUED = {
    "isnt": "is",
    "arent": "are",
    "dont": "do",
    "doesnt": "does",
    "didnt": "did",
    "wasnt": "was",
    "werent": "were",
    "havent": "have",
    "hasnt": "has",
    "cant": "can",
    "couldnt": "could",
    "wont": "will",
    "wouldnt": "would",
    "shouldnt": "should",
    "aint": "is",
}
NEG = {"n't", "not", "nt"}
SUBJECT_WORDS = {
    "i",
    "you",
    "u",
    "we",
    "they",
    "he",
    "she",
    "it",
    "there",
    "this",
    "that",
    "these",
    "those",
    "anyone",
    "anything",
    "anybody",
    "someone",
    "something",
    "somebody",
    "everyone",
    "everybody",
    "everything",
    "people",
    "ya",
    "yall",
    "nobody",
    "nothing",
}
PERSON_WORDS = {
    "i",
    "you",
    "u",
    "we",
    "they",
    "he",
    "she",
    "ya",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "people",
    "manager",
    "boss",
    "mentor",
    "mentee",
    "team",
    "lead",
    "colleague",
    "colleagues",
    "client",
    "clients",
    "partner",
    "director",
    "panel",
    "recruiter",
    "friend",
    "family",
    "peers",
    "staff",
    "hr",
    "group",
    "cohort",
    "stakeholders",
    "customer",
    "customers",
    "teacher",
}
DISCOURSE = {
    "so",
    "and",
    "but",
    "ok",
    "okay",
    "oh",
    "well",
    "right",
    "now",
    "also",
    "then",
    "hey",
    "hi",
    "hello",
    "honestly",
    "actually",
    "just",
    "um",
    "uh",
    "hmm",
    "hm",
    "ah",
    "anyway",
    "anyways",
    "quick",
    "btw",
    "yeah",
    "yes",
    "sorry",
    "please",
    "pls",
    "plz",
    "great",
    "cool",
    "alright",
    "lol",
    "besides",
    "still",
    "seriously",
    "thanks",
    "listen",
    "quickly",
    "incidentally",
    "meanwhile",
    "also,",
    "finally",
    "lastly",
    "first",
    "firstly",
    "secondly",
    "next",
    "again",
    "sure",
    "or",
}
ACCOUNT_VERBS = {
    "tell",
    "describe",
    "walk",
    "talk",
    "explain",
    "elaborate",
    "expand",
    "say",
    "share",
    "show",
    "help",
    "paint",
    "give",
    "take",
    "run",
    "unpack",
    "clarify",
    "outline",
    "summarise",
    "summarize",
    "recount",
    "reflect",
    "go",
    "fill",
    "catch",
    "brief",
    "guide",
}
ALWAYS_ACCOUNT = {
    "describe",
    "explain",
    "elaborate",
    "expand",
    "unpack",
    "clarify",
    "outline",
    "recount",
    "reflect",
    "summarise",
    "summarize",
    "paint",
}
FACT_IMPERATIVES = {"confirm", "remind", "name", "specify"}
# What "share" asks for when it asks for an account rather than a document.
SHARED_ACCOUNTS = {
    "thoughts", "view", "views", "experience", "experiences", "story", "stories", "example", "examples",
    "perspective", "reflections", "feelings", "take", "thinking", "ideas", "worries", "concerns", "side",
}  # fmt: skip
FACT_NOUNS = {
    "time",
    "date",
    "day",
    "year",
    "month",
    "week",
    "number",
    "score",
    "name",
    "deadline",
    "limit",
    "percentage",
    "size",
    "price",
    "cost",
    "salary",
    "grade",
    "level",
    "version",
    "room",
    "address",
    "email",
    "phone",
    "period",
    "age",
    "title",
    "rate",
    "amount",
    "total",
    "figure",
    "length",
    "duration",
    "place",
    "location",
    "venue",
    "url",
    "link",
    "password",
    "code",
    "mark",
    "percent",
    "count",
    "capacity",
    "fee",
    "channel",
    "floor",
    "building",
    "city",
    "country",
    "hour",
    "minute",
}
HOW_FACT = {
    "many",
    "much",
    "long",
    "often",
    "old",
    "far",
    "soon",
    "big",
    "late",
    "early",
    "frequently",
    "tall",
    "large",
    "fast",
    "high",
    "wide",
    "deep",
    "heavy",
    # a measure of the physical world asks for a number too ("How thin?", "how cold?")
    "thin",
    "thick",
    "cold",
    "hot",
    "warm",
    "small",
    "short",
    "slow",
    "quick",
    "low",
    "close",
    "loud",
    "full",
    "steep",
}
# Nouns that ask for someone's account when a question is only the noun: "And your supervisor's view?",
# "Your goal for the autumn?" (unlike "And the deadline?", a single fact).
ACCOUNT_NOUNS = {
    "view",
    "views",
    "take",
    "thoughts",
    "thinking",
    "plan",
    "plans",
    "goal",
    "goals",
    "feeling",
    "feelings",
    "sense",
    "reaction",
    "reasoning",
    "story",
    "idea",
    "ideas",
    "approach",
    "experience",
    "impression",
    "perspective",
    "opinion",
    "side",
    "priorities",
    "next",
}
# "And they said?", "You told him and he did?": a prompt to go on with the account.
CONTINUE_VERBS = {"say", "do", "think", "reply", "answer", "respond", "happen", "feel", "decide", "react"}
HOW_STATE = {"are", "is", "was", "were", "'s", "s", "'re", "re", "am", "'m"}
OPEN_ELLIPTIC = {
    "why",
    "thoughts",
    "so",
    "meaning",
    "how",
    "and",
    "such",
    "say",
    "explain",
    "examples",
    "example",
    "reasons",
    "feelings",
    "then",
    "like",
    "because",
    "more",
}

# Patterns over a clause's or a sentence's text.
INDIRECT = re.compile(
    r"\b(?:i(?:'m| am)\s+(?:really\s+|just\s+|so\s+)?curious|curious\s+(?:about|what|how|why|to)|"
    r"i(?:'d| would)\s+(?:really\s+)?(?:love|like|be\s+(?:interested|curious|keen))\s+to\s+(?:hear|know|understand|learn|find\s+out)|"
    r"i(?:'m| am)\s+(?:interested|keen)\s+to\s+(?:hear|know|understand|learn)|"
    r"i\s+(?:wonder|wondered|was\s+wondering|am\s+wondering)|i'm\s+wondering|"
    r"i\s+want\s+to\s+(?:understand|hear|know)|help\s+me\s+understand|"
    r"i\s+(?:wanted|want|was\s+going|meant)\s+to\s+ask(?:\s+(?:you|u))?(?=\s+(?:how|what|why|whether|if|when|where|who|which|about)\b)|"
    r"i(?:'d| would)\s+(?:love|like)\s+(?:you\s+)?to\s+(?:tell|describe|walk|talk)|"
    r"(?:can|could|may)\s+i\s+ask(?:\s+(?:you|u))?(?=\s+(?:how|what|why|whether|if|when|where|who|which)\b))\b",
    re.I,
)
REPORTED = re.compile(
    r"(?:^|\b(?:(?i:she|he|they|mentee|mentor|client|manager)|(?!You\b|I\b|We\b)[A-Z][a-z]+)\s+(?i:also\s+)?)"
    r"(?i:asked|asks|wanted\s+to\s+know|wants\s+to\s+know|enquired|inquired|queried|was\s+asking|is\s+asking)\b"
)
REPORTED_START = re.compile(r"^\s*(?:asked|wanted\s+to\s+know|enquired|inquired|queried)\b", re.I)
LEADING_TAG = re.compile(
    r"(?:,|\s[-\u2013\u2014])\s*(?:right|yeah|yea|yes|no|ok|okay|correct|eh|hm+|huh|surely|innit|agreed|true|am\s+i\s+right|"
    r"wouldn'?t\s+you\s+(?:say|agree)|don'?t\s+you\s+(?:think|agree|reckon)|"
    r"(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|wo|ca|must|may|might|shall)"
    r"(?:n'?t|\s+not)?\s+(?:i|you|he|she|it|we|they|there)|i\s+hope|i\s+assume|i\s+take\s+it)\s*[?!.]*\s*$",
    re.I,
)
BARE_TAG = re.compile(r"^\s*(?:right|yeah|correct|agreed|surely|yes|no)\s*\?+\s*$", re.I)
NEUTRAL_TAIL = re.compile(
    r"(?:,|\s)\s*(?:do\s+you\s+(?:think|reckon|feel)|would\s+you\s+say|roughly|approximately|by\s+the\s+way|"
    r"(?<!and\s)(?<!so\s)then|though|all\s+things\s+considered|at\s+all|exactly|honestly|overall|so\s+far|"
    r"this\s+time|word\s+for\s+word(?:-ish)?)\s*[?!.]*\s*$",
    re.I,
)
PRESUMPTIVE = re.compile(
    r"\b(?:surely|i\s+assume|i'?m\s+assuming|i\s+take\s+it|presumably|obviously|clearly|of\s+course|"
    r"i\s+hope|i'?m\s+sure|i\s+am\s+sure|are\s+you\s+sure|must\s+(?:be|have)|"
    r"(?:would|wouldn'?t)\s+you\s+agree|do\s+we\s+(?:all\s+)?agree|can\s+we\s+(?:all\s+)?agree|we\s+(?:all\s+)?agree|"
    r"we'?re\s+(?:all\s+)?agreed|(?:is|would)\s+it\s+(?:be\s+)?fair\s+to\s+say|isn'?t\s+it\s+true|no\s+point|"
    r"you\s+know\s+(?:you|that|it)|correct\s+me\s+if\s+i'?m\s+wrong)\b",
    re.I,
)
SCALE = re.compile(
    r"(?:on\s+a\s+)?\bscale\s+of\s+\w+\s+to\s+\w+|\b(?:0|1|one|zero)\s*(?:to|-|–)\s*(?:10|ten|5|five|100)\b|"
    r"\bout\s+of\s+(?:10|ten|5|five)\b",
    re.I,
)
BETTER_WORDS = {
    "better",
    "best",
    "wiser",
    "smarter",
    "easier",
    "sensible",
    "wise",
    "smart",
    "sense",
    "worth",
    "safer",
    "quicker",
    "good",
    "helpful",
    "useful",
    "idea",
    "worthwhile",
    "ideal",
}
EXCLAMATIVE = re.compile(
    r"^\s*(?:how\s+(?:exciting|great|lovely|nice|wonderful|awful|sad|cool|amazing|brilliant|kind|"
    r"annoying|frustrating|funny|interesting|strange|weird|fantastic)\b|what\s+(?:a|an)\b)",
    re.I,
)
FIRST_PERSON_STATEMENT = re.compile(
    r"^\s*(?:i(?:'ll| will|'m going to| am going to|'d suggest| suggest| think| feel|"
    r" had| have| was| did)|we(?:'ll| will|'re| are| should| discussed| talked| agreed|"
    r" ran| met)|let'?s|let\s+me|my\s+advice|thanks|thank\s+you|good\s+luck|well\s+done)\b",
    re.I,
)
GREETING = re.compile(
    r"^\s*"
    + alternation(
        GREETINGS + ("bye", "see you", "got it", "great", "brilliant", "nice", "cool", "ok", "okay")
    )
    + r"\b",
    re.I,
)


# Read by the rewordings (``phrases``, ``rewording``).
FILLERS = {
    "still",
    "really",
    "actually",
    "even",
    "ever",
    "already",
    "just",
    "pretty",
    "honestly",
    "seriously",
    "definitely",
    "perhaps",
    "maybe",
    "truly",
    "genuinely",
    "realistically",
}
TAIL_DROP = {"yet", "already", "at all", "so far", "then", "though", "too"}
OK_WORDS = {"ok", "okay", "alright", "fine", "good", "well", "all right"}
DONE_WORDS = {
    "done",
    "finished",
    "complete",
    "completed",
    "over",
    "sorted",
    "final",
    "finalised",
    "finalized",
    "live",
    "ready",
}
# Verbs of opinion that a tag or lead question asks the other to share ("Don't you think…?").
OPINION_VERBS = {
    "think",
    "reckon",
    "believe",
    "suppose",
    "agree",
    "expect",
    "say",
    "feel",
    "guess",
    "imagine",
}
WANT_VERBS = {"want", "need", "prefer", "plan", "intend", "hope", "wish", "like", "love", "rather", "mind"}
TALK_VERBS = {"talk", "speak", "chat", "discuss", "raise", "mention", "broach", "meet"}
SEE_VERBS = {"see", "understand", "realise", "realize", "appreciate", "imagine", "recognise", "recognize"}
PROGRESS_VERBS = {"finish", "complete", "do", "start", "begin", "update", "fix", "submit", "write", "prepare"}
MESSAGE_NOUNS = {
    "message",
    "messages",
    "email",
    "emails",
    "mail",
    "note",
    "notes",
    "feedback",
    "comment",
    "comments",
    "invite",
    "invitation",
    "text",
    "letter",
    "reply",
    "response",
    "report",
    "results",
    "result",
    "link",
    "slides",
    "update",
    "news",
}
STATE_VERBS = {
    "sleep",
    "feel",
    "cope",
    "do",
    "get",
    "find",
    "manage",
    "settle",
    "hold",
    "go",
    "eat",
    "handle",
}
OBJECT_PRONOUN = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "you": "you", "it": "it"}
PRESUMPTIVE_LEAD = re.compile(
    r"^\s*(?:(?:so|and|but|ok|okay|well|honestly|now)\s*,?\s+)*(?:surely|i\s+assume|i'?m\s+assuming|i\s+take\s+it|"
    r"presumably|obviously|clearly|of\s+course|i'?m\s+sure|i\s+hope|correct\s+me\s+if\s+i'?m\s+wrong,?\s*(?:but)?)\s*,?\s*",
    re.I,
)
