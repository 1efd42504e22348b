"""The words the SMART evidence rules look for, as patterns: deadlines and time frames, measures,
vague verbs and broad areas, what is out of one's control, and reasons.

Each pattern is read by one rule of ``coach.analyzers.goals.evidence``; they are spelt here so that
a word can be added without reading the rules.

Example:
    >>> bool(VAGUE.search("get better at presenting")), bool(VAGUE.search("present the Q3 results"))
    (True, False)
"""

import re

from coach.text.words import GREETINGS, alternation


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
    r"^\s*" + alternation(GREETINGS + ("ok", "okay", "lol", "haha", "yes", "no", "sure", "bye")) + r"\b"
)
INTENTION = _rx(
    r"\b(?:i\s+(?:want|would like|'d like|need|will|'ll|plan|intend|aim|hope|am going|'m going|wanna|gonna|must|should|have to|gotta|hope to|mean to)|my\s+(?:goal|aim|target|objective|plan)|goal\s*:|aim\s*:|to\s+do\s*:)\b"
)
NUMBER = _rx(r"\b\d+(?:[.,]\d+)?\b")
YEAR_OR_VERSION = _rx(
    r"\b(?:(?:19|20)\d{2}|(?:python|windows|java|ios|android|excel|office|revit|unity|sql server|angular|vue|react|php|c#|net|level|grade|band|year|unit|module|ward|room|floor|team of|group of|class of|q[1-4]|h[12]|a\d{3}|b\d{3})\s*\d+)\b"
)
