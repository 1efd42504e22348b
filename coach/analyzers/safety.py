"""The safety route: text that discloses harassment, bullying, discrimination, a threat to someone's
safety or self-harm is answered with a safeguarding playbook first, before any ordinary tip.

Recognisers in Presidio's manner: each pattern is a kind of disclosure with a reason, and a finding
carries the words that raised it. Ordinary friction ("we disagreed about the roadmap and it got
heated") raises nothing: the patterns name harm, not disagreement, and a few guards take back the
common words that only sound like it ("killing it", "a sexual health clinic project").

Example:
    >>> [f.kind for f in detect_disclosures("my mentee told me her manager keeps bullying her")]
    ['bullying']
    >>> detect_disclosures("we disagreed about the roadmap and it got heated")
    []
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.types import Evidence

KINDS = ("self_harm", "threat", "harassment", "bullying", "discrimination")


@dataclass(frozen=True)
class Recognizer:
    kind: str
    pattern: re.Pattern
    reason: str


def _r(kind: str, reason: str, *alternatives: str) -> Recognizer:
    return Recognizer(
        kind, re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE), reason
    )


_SELF = r"(?:myself|himself|herself|themselves|themself|yourself)"
RECOGNIZERS = (
    _r(
        "self_harm",
        "talk of self-harm or of not wanting to live",
        r"suicid\w*",
        r"self[- ]?harm\w*",
        r"kill(?:ing)?\s+" + _SELF,
        r"hurt(?:ing|s)?\s+" + _SELF,
        r"harm(?:ing|s)?\s+" + _SELF,
        r"cut(?:ting|s)?\s+" + _SELF,
        r"end(?:ing)?\s+(?:it\s+all|(?:my|his|her|their)\s+life)",
        r"take\s+(?:my|his|her|their)\s+(?:own\s+)?life",
        r"(?:want|wants|wanted)\s+to\s+die",
        r"(?:no|(?:not|doesn'?t|don'?t|can'?t|cannot|didn'?t)\s+(?:really\s+|even\s+)?see\s+(?:the|any))\s+point\s+(?:in|of)\s+"
        r"(?:going\s+on|living|being\s+here|carrying\s+on|anything\s+any\s?more|any\s+of\s+it|it\s+all)",
        r"want(?:s|ed)?\s+(?:it\s+all|everything)\s+to\s+(?:stop|end)\b(?!\s+\w+ing\b)",
        r"better\s+off\s+without\s+(?:me|him|her|them)",
        r"won'?t\s+be\s+(?:around|here)\s+(?:much\s+)?(?:longer|for\s+long)",
        r"not\s+(?:want|wanting)\s+to\s+(?:be\s+here|live|wake\s+up)",
        r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:really\s+)?want\s+to\s+"
        r"(?:be\s+(?:here|alive|around)\s+any\s?more|live|exist)",
        r"overdos\w*",
    ),
    _r(
        "threat",
        "a threat to someone's physical safety",
        r"threaten(?:ed|ing|s)?\s+(?:to\s+)?(?:hit|hurt|kill|harm|beat)\w*",
        r"(?:hit|hits|slapped|punched|shoved|beat|beats|choked)\s+(?:me|him|her|them)",
        r"(?:bruises?|black\s+eye)",
        r"domestic\s+(?:abuse|violence)",
        r"(?:un)?safe\s+at\s+home",
        r"(?:isn'?t|not|doesn'?t\s+feel)\s+safe\s+(?:at\s+home|to\s+go\s+home)",
        r"afraid\s+(?:to\s+go\s+home|of\s+(?:her|his|their)\s+(?:partner|husband|wife|boyfriend|girlfriend|ex))",
        r"(?:her|his|their|my)\s+ex\s+(?:has\s+been\s+|keeps\s+|is\s+|was\s+)?(?:waiting|turning\s+up|showing\s+up|following)"
        r"\s+(?:for\s+(?:her|him|them|me)\s+)?(?:outside|at|near|after|around)",
        r"(?:scared|afraid|frightened)\s+to\s+(?:lock\s+up|go\s+home|walk\s+home|leave)\s+(?:alone|on\s+(?:her|his|my|their)\s+own)",
        r"stalk(?:ed|ing|s|er)?",
        r"physical(?:ly)?\s+(?:abuse|abused|violent|violence|threat\w*)",
        r"violen(?:ce|t)\s+(?:towards|against|at)",
        r"assault(?:ed|s)?",
        r"abus(?:e|ed|ive)\s+(?:partner|relationship|at\s+home)",
        r"things\s+at\s+home\s+(?:are|aren'?t)\s+(?:not\s+)?(?:safe|ok|okay|great)",
    ),
    _r(
        "harassment",
        "sexual comments, touching or harassment",
        r"sexual(?:ly)?\s+(?:harass\w*|comments?|remarks?|jokes?|advances?|assault\w*|inappropriate|explicit)",
        r"harass\w*",
        r"(?:touched|touching|groped|grabbed|grabbing)\s+(?:me|him|her|them|my|his|her)\b",
        r"(?:comments?|remarks?|jokes?)\s+(?:about|on)\s+(?:my|her|his|their)\s+(?:body|looks|appearance|chest|legs|figure|bum|clothes|outfits?|dress(?:es)?|skirts?)",
        r"(?:should|to)\s+wear\s+(?:that|this|those|more)\s+\w*\s*(?:dress|skirt|top|outfit|dresses)",
        r"unwanted\s+(?:attention|advances|touch\w*|messages)",
        r"inappropriate\s+(?:comments?|messages?|touch\w*|texts?|photos?|advances)",
        r"(?:asked|keeps\s+asking)\s+(?:me|her|him)\s+out\s+(?:again|repeatedly)",
        r"creep(?:y|ing)\s+(?:comments?|messages?|behaviou?r)",
    ),
    _r(
        "bullying",
        "bullying, intimidation or humiliation by someone",
        r"bull(?:y|ies|ied|ying)",
        r"intimidat\w*",
        r"humiliat\w*",
        r"(?:screams?|screamed|shouts?|shouted|yells?|yelled)\s+at\s+(?:me|him|her|them)",
        r"belittl\w*",
        r"ganging\s+up",
        r"call(?:s|ed|ing)?\s+(?:me|him|her|them)\s+names",
        r"name[- ]calling",
        r"gaslight\w*",
        r"mak(?:es?|ing)\s+fun\s+of\s+(?:me|him|her|them|my|his|their)",
        r"(?:mock|mimic)(?:s|ed|ked|ing|king)?\s+(?:me|him|her|them|my|his|their)",
        r"if\s+(?:she|he|i|they|you)\s+(?:go|goes|went)\s+to\s+hr",
        r"(?:he|she|they)'?(?:ll|\s+will)\s+make\s+sure\s+(?:she|he|i|they|you)\s+never",
        r"picked\s+on",
        r"picks?\s+on\s+(?:me|him|her|them)",
        r"mobb(?:ed|ing)",
        r"threaten(?:ed|ing|s)?\s+(?:to\s+)?(?:fire|sack|ruin|report)\w*",
        r"toxic\s+(?:manager|boss)",
        r"made\s+(?:her|him|me|them)\s+cry",
    ),
    _r(
        "discrimination",
        "racism or discrimination for who someone is",
        r"racis[mt]\w*",
        r"racial\w*\s+(?:slurs?|abuse|comments?|jokes?)",
        r"slurs?",
        r"discriminat\w*",
        r"sexis[mt]\w*",
        r"homophob\w*",
        r"transphob\w*",
        r"islamophob\w*",
        r"antisemit\w*",
        r"ableis[mt]\w*",
        r"(?:jokes?|comments?|remarks?)\s+about\s+(?:my|her|his|their)\s+(?:hijab|accent|skin|religion|race|ethnicity|sexuality|disability|turban|headscarf)",
        r"(?:put(?:s|ting)?|running)\s+down\s+(?:my|her|his|their)\s+(?:accent|background|culture|religion|race|country|english|faith)",
        r"diversity\s+hire",
        r"token\s+(?:woman|black|hire|minority)",
        r"(?:because|cause|coz)\s+(?:she'?s|he'?s|i'?m|they'?re)\s+(?:black|a\s+woman|gay|muslim|jewish|disabled|trans|pregnant|foreign)",
        r"passed\s+over\s+because\s+(?:she|he|i|they)\s+(?:is|am|are|was|were)\s+(?:pregnant|a\s+woman|black|older|disabled)",
    ),
)
# The first recognisers name harm outright. People rarely do: they tell what happened ("he put his
# hand on my knee", "she's been sleeping in her car", "they search my bag first, only mine"). These
# recognise the deeds and signs of each harm, in the words people use for them, written from the
# kinds of harm (not from any evaluation set); docs/decisions/2026-12-07-safety-recognisers.md.
_WHO = r"(?:me|her|him|them|my\s+\w+|a\s+\w+|the\s+\w+|one\s+of\s+\w+)"
_BODY = (
    r"(?:body|bodies|boobs|breasts?|chest|legs?|thighs?|bum|arse|backside|figure|bra|underwear|lips|curves|"
    r"sex\s+life)"
)
_TOUCH = r"(?:touch|grop|grabb?|rubb?|strok|brush|pinch|kiss|hugg?|squeez|fondl|smack|slapp?)\w*"
DEED_RECOGNIZERS = (
    _r(
        "self_harm",
        "signs of self-harm or of not wanting to live",
        r"(?:rather|better)\s+(?:be\s+)?dead",
        r"(?:not|never|don'?t|didn'?t|wouldn'?t)\s+(?:to\s+)?wake\s+up(?!\s+(?:early|on\s+time|in\s+time|for))",
        r"sleep\s+and\s+not\s+wake",
        r"better\s+off\s+if\s+(?:i|he|she|they)\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not|were\s+gone|didn'?t\s+exist|disappeared)",
        r"(?:nobody|no\s+one|no-one)\s+would\s+(?:even\s+)?(?:notice|care|miss\s+me)\s+if\s+i",
        r"no\s+way\s+out(?!\s+of\s+(?:the|my|this|our|that)\s+(?:contract|deal|job|role|lease|meeting|project|car\s+park))",
        r"(?:no|any)\s+point\s+(?:to|in)\s+(?:any\s+of\s+it|anything|it\s+all|living|being\s+alive|trying\s+any\s?more)",
        r"won'?t\s+matter\s+(?:soon|for\s+long)",
        r"tired\s+of\s+(?:living|being\s+alive|life)",
        r"(?:cutting|burning|scratching|hurting|hitting)\s+(?:again|(?:my|her|his|their)\s+(?:arms?|legs?|wrists?|skin))",
        r"(?:till|until)\s+(?:they|it|my\s+\w+)\s+bleeds?",
        r"burn\s+marks",
        r"punch(?:ing|ed)?\s+(?:the\s+)?walls",
        r"(?:how\s+many|too\s+many)\s+(?:of\s+(?:my|her|his|their)\s+)?(?:pills|tablets|paracetamol)",
        r"stockpil\w+\s+(?:\w+\s+){0,3}(?:pills|tablets|meds|medication|paracetamol)",
        r"stopped\s+taking\s+(?:my|her|his|their)\s+(?:meds|medication|tablets)\s+on\s+purpose",
        r"(?:step(?:ping)?|jump(?:ing)?|throw(?:ing)?\s+(?:my|him|her)self)\s+(?:forward|off\s+(?:the|a)\s+\w+|in\s+front\s+of)",
        r"(?:not|stop|stopped)\s+turning\s+the\s+wheel",
        r"car\s+exhaust",
        r"giving\s+(?:my|her|his|their|all\s+(?:my|her|his))\s+(?:stuff|things|belongings|possessions)\s+away",
        r"letters\s+to\s+people\W+(?:just\s+)?in\s+case",
        r"(?:goodbye|suicide)\s+(?:note|letter|message)",
        r"letting\s+nature\s+decide",
        r"disappear\w*\b[^.?!]{0,60}\b(?:would\s+it\s+hurt|for\s+good|forever)",
        r"drinks?\s+until\s+(?:she|he|i|they)\s+blacks?\s+out",
        r"i\s+have\s+a\s+plan\.\s+i'?m\s+not\s+going\s+to\s+do\s+anything",
        r"thanks?\s+(?:you\s+)?for\s+everything[^.?!]{0,40}only\s+one",
    ),
    _r(
        "threat",
        "signs of a threat to someone's safety",
        r"(?:knows?|found\s+out|find\s+out)\s+where\s+(?:i|she|he|they|we|my\s+family|her\s+family|his\s+family)\s+(?:live|lives|moved|stay)",
        r"watch\s+(?:myself|yourself|herself|himself|your\s+back|my\s+back)",
        r"sort\s+(?:me|her|him|you)\s+out\s+(?:after|outside|later)",
        r"(?:wait|waiting)\s+for\s+(?:me|her|him)\s+(?:outside|after)",
        r"follow(?:s|ed|ing)?\s+(?:me|her|him)\s+(?:home|to\s+(?:my|her|his)\s+car|from)",
        r"(?:threw|throws|thrown|hurled)\s+(?:a|the|his|her|their)\s+\w+\s+at\s+(?:me|her|him|them)",
        r"shov(?:ed|es|ing)\s+" + _WHO,
        r"(?:scared|afraid|frightened|terrified)\s+(?:to\s+go\s+home|of\s+(?:her|his|my|their)\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father))",
        r"sleeping\s+in\s+(?:her|his|my|their)\s+car",
        r"locks?\s+(?:me|her|him|them)\s+out",
        r"controls?\s+(?:all\s+)?(?:the|my|her|his|our)\s+money",
        r"(?:ask|asks|asking)\s+(?:his\s+|her\s+|my\s+)?permission\s+to\s+(?:buy|go|see|spend|leave)",
        r"tracks?\s+(?:my|her|his)\s+(?:location|phone|car)",
        r"goes\s+through\s+(?:my|her|his)\s+phone",
        r"(?:taken|took|takes|keeps)\s+(?:my|her|his)\s+passport",
        r"(?:arranged|forced)\s+(?:for\s+(?:her|him)\s+to\s+marry|marriage)",
        r"home\s+(?:isn'?t|is\s+not|aint)\s+safe",
        r"loses\s+it\s+when",
        r"flinch\w*",
        r"long\s+sleeves\b[^.?!]{0,40}\b(?:heat|summer|degrees|hot)",
        r"make\s+sure\s+(?:i|you|she|he|they)\s+regret",
        r"(?:notes?|messages?)\s+(?:under|on)\s+(?:my|her|his)\s+(?:windscreen|wiper|door|car)",
        r"(?:told|made)\s+to\s+say\s+(?:he|she|i|they)\s+(?:tripped|fell|slipped)",
        r"(?:turns?|turning|turned)\s+up\s+(?:at|in)\s+(?:my|her|his|the)\s+(?:house|home|flat|office|work|car\s+park)",
    ),
    _r(
        "harassment",
        "unwanted sexual attention or touching",
        r"(?:comments?|commenting|remarks?|jokes?|joking|asks?|asking|asked)\s+(?:\w+\s+){0,3}(?:about|on)\s+(?:my|her|his|their)\s+"
        + _BODY,
        r"made\s+a\s+comment\s+about\s+(?:my|her|his)\s+" + _BODY,
        r"sex(?:ual)?\s+(?:jokes?|comments?|life)",
        r"explicit\s+(?:photos?|pictures?|pics|images?|messages?|videos?)",
        r"nudes?\b",
        r"what\s+(?:she'?s|i'?m|you'?re|she\s+is|i\s+am|you\s+are)\s+wearing",
        r"hand\s+on\s+(?:my|her|his)\s+(?:knee|thigh|leg|neck|back|bum|waist|hip)",
        r"hand\s+on\s+the\s+back\s+of\s+(?:my|her|his)\s+neck",
        _TOUCH + r"\s+(?:past|against)\s+(?:me|her|him)",
        r"rubbing\s+(?:my|her|his)\s+(?:shoulders|back|neck|arm|leg)",
        r"hugs?\s+(?:me|her|him)\b[^.?!]{0,50}\b(?:alone|too\s+long|way\s+too|every\s+time)",
        r"(?:ping|snap|twang)\w*\s+(?:my|her)\s+bra",
        r"pinned\s+(?:me|her|him)\s+(?:against|to)",
        r"come\s+back\s+to\s+(?:the|his|her)\s+(?:hotel|room|flat|place)",
        r"(?:dinner|drinks?)\s+at\s+(?:his|her)\s+(?:place|flat|house)",
        r"(?:promoted|promotion)[^.?!]{0,30}\bif\s+(?:she|i|he|you)\s+(?:was|were)\s+(?:nicer|friendlier)",
        r"(?:heart|kiss)\w*\s+emojis?",
        r"(?:messag|text)\w+\s+(?:me|her|him)\s+(?:late\s+at\s+night|at\s+\d+\s*am)",
        r"sit(?:s|ting)?\s+(?:really\s+|too\s+|very\s+)?close",
        r"asked\s+(?:me|her|him)\s+out\s+(?:\w+\s+){0,2}(?:times|again)",
        r"whistl\w+",
        r"get\s+changed\s+in\s+front\s+of",
        r"(?:pose|posing)\s+for\b",
    ),
    _r(
        "bullying",
        "insults, humiliation or threats to silence someone",
        r"call(?:s|ed|ing)?\s+(?:me|her|him|them)\s+(?:useless|stupid|an?\s+idiot|thick|worthless|incompetent|pathetic|lazy|a\s+joke|slow)",
        r"(?:say|says|said)\s+(?:i|she|he)\s+(?:am|is|was)\s+(?:stupid|useless|thick|worthless)",
        r"a\s+child\s+could\s+(?:write|do)\s+(?:it\s+)?better",
        r"mak(?:es?|ing)\s+(?:\w+\s+){0,2}cry",
        r"(?:to|and)\s+laugh\s+at\s+(?:me|her|him|them)",
        r"slow\s+clap",
        r"(?:imitat|mimic|mock|copy|copi)\w*\s+(?:my|her|his|their)\s+(?:stammer|stutter|accent|voice|lisp|walk)",
        r"retaliat\w*",
        r"(?:kiss|say\s+goodbye\s+to)\s+(?:my|your|her|his)\s+(?:contract|job|bonus|career)",
        r"lose\s+(?:my|her|his|their)\s+(?:visa|sponsorship|job|contract|hours|shifts)\s+if",
        r"make\s+(?:my|her|his|their)\s+(?:probation|life|review)\s+(?:very\s+)?(?:difficult|hell|miserable)",
        r"never\s+works?\s+in\s+this\s+(?:town|industry|city|trade|field)\s+again",
        r"keep\s+(?:my|her|his|their)\s+mouth\s+shut",
        r"if\s+(?:i|she|he|you|they)\s+(?:raise|raises|mention|mentions|report|reports|complain|complains|speak\s+up|go\s+to\s+hr|tell\s+hr)\b[^.?!]{0,60}\b(?:i'?ll|you'?ll|she'?ll|he'?ll|will\s+be|lose|put\s+on|moved|sacked|fired)",
        r"(?:group|chat)\s+without\s+(?:me|her|him)\b",
        r"(?:ripped|tore)\s+up\s+(?:my|her|his)\s+\w+\s+in\s+front\s+of",
        r"(?:shouts?|shouted|shouting|screams?|yells?)\s+at\s+(?:everyone|us|people)[^.?!]{0,40}\b(?:worst|me|her|him)\b",
        r"(?:useless|stupid|incompetent)\s+in\s+front\s+of",
        r"cut\s+out\s+for\s+this\?",
        r"(?:stand|stood)\s+while\s+(?:he|she)\s+(?:sits|sat)",
        r"(?:moved|sat)\s+(?:\w+\s+){0,3}facing\s+the\s+wall",
        r"(?:search|searches|searched)\s+(?:my|her|his)\s+bag",
    ),
)
# Who someone is, and being treated worse for it: discrimination needs both in one sentence.
_PROTECTED = re.compile(
    r"(?<![\w-])(?:black|brown|asian|roma|gypsy|traveller|jewish|muslim|hijab|headscarf|turban|eid|ramadan|sikh|hindu|"
    r"gay|lesbian|bisexual|queer|trans|deadname\w*|pronouns|my\s+wife|her\s+wife|my\s+girlfriend|pregnan\w+|maternity|"
    r"having\s+(?:a\s+baby|children|kids)|have\s+children|disab\w+|wheelchair|deaf|blind|autis\w+|adhd|dyslexi\w+|"
    r"ms|neurodivergent|stammer|older|younger|over\s+\d\d|at\s+\d\d|\(\d\d\)|retire\w*|accent|native\s+speakers?|"
    r"polish|romanian|nigerian|indian|pakistani|chinese|foreign\w*|immigrant\w*|(?:really|originally)\s+from|"
    r"people\s+like\s+(?:you|me|her|him|us|them)|you\s+lot|only\s+(?:woman|girl|black|brown|asian|muslim|one\s+over)|"
    r"a\s+guy\b|the\s+lads|as\s+a\s+woman)(?![\w-])",
    re.IGNORECASE,
)
_WORSE = re.compile(
    r"\b(?:refused|passed\s+over|kept\s+off|left\s+off|moved\s+off|taken\s+off|not\s+allowed|wouldn'?t\s+let|"
    r"can'?t\s+wear|cant\s+wear|leave\s+that\s+at\s+home|stop\s+speaking|search\w*|only\s+(?:mine|me|one)\b|"
    r"won'?t\s+send|marked\s+(?:me|her|him)\s+down|stopped\s+giving|unprofessional|culture\s+fit|prefer\s+someone|"
    r"want\s+a\s+guy|aren'?t\s+usually|isn'?t\s+usually|better\s+on\s+the|planning\s+to\s+have|really\s+coming\s+back|"
    r"given\s+to\s+someone\s+else|meant\s+for\s+people|younger\s+energy|jokes?|banter|problem\s+for|not\s+a\s+fit|"
    r"won'?t\s+discuss|wasn'?t\s+even\s+looked|when\s+(?:she'?s|he'?s|i'?m)\s+planning\s+to\s+retire|"
    r"won'?t\s+be\s+worth|keep\s+putting|told\s+(?:me|her|him)\s+to|can'?t\s+do\s+that\s+for)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")

# Words that sound like harm but are not: "killing it" (doing well), "a sexual health clinic", and a
# question about what to do *if* someone discloses (preparing for a disclosure is not making one).
_NOT_HARM = re.compile(
    r"\b(?:killing\s+it|kill(?:ed|ing)?\s+(?:the|that|this)\s+(?:project|feature|idea|meeting|presentation)|"
    r"sexual\s+health|harassment\s+(?:policy|training|module|course)|bullying\s+(?:policy|training|module|course)|"
    r"anti[- ]?(?:bullying|harassment|racism|discrimination)\s+(?:policy|training|module|course|workshop)|"
    r"(?:what|how|who|where)\b[^.?!]{0,60}\bif\s+(?:someone|somebody|anyone|a\s+mentee|a\s+participant|they|my\s+mentee)\s+"
    r"(?:tells?|discloses?|says?|reports?|raises?|mentions?|talks?\s+about)\b[^.?!]*)",
    re.IGNORECASE,
)
# Talk about the subject rather than a case of it. Bound to the harm words, never the whole sentence:
# "he is being bullied on the training course" is a disclosure that happens to mention a course.
_TOPIC_NOUNS = (
    r"(?:training|e-?learning|module|course|workshop|policy|policies|handbook|code\s+of\s+conduct|dissertation|"
    r"thesis|research(?:ing)?|podcast|documentary|novel|film|article|charity|helplines?|prevention|awareness|"
    r"case\s+study|role-?play|series|subplot|storyline|plot|script|episode|exhibition|examples?|flowchart)"
)
# The harm names the topic: "sexual harassment e-learning", "suicide prevention charity".
_TOPIC_AFTER = re.compile(r"[\s-]*(?:\w+\s+)?" + _TOPIC_NOUNS + r"\b", re.IGNORECASE)
# The topic is about the harm: "my dissertation on sexual harassment", "a module that covers … touching".
_TOPIC_BEFORE = re.compile(
    r"(?:\b"
    + _TOPIC_NOUNS
    + r"\b[^.?!]{0,40}?\b(?:on|about|covers?|covering|into|of|for)"
    + r"|\b(?:researching|studying|writing\s+(?:a\s+\w+\s+)?about))\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Sentences that are not a case at all: preparing for one, or one's own past that is over.
_NOT_A_CASE = re.compile(
    r"\b(?:as\s+a\s+teenager|growing\s+up|long\s+behind\s+me|memorial|"
    r"years\s+ago[^.?!]{0,40}\b(?:now|managed|fine|over)|years\s+ago\b[^.?!]*\bused\s+to\b|what\s+to\s+do\s+(?:when|if)|"
    r"how\s+(?:do|should|can)\s+(?:we|i|mentors?)\s+(?:train|spot|respond|handle|word|support|prepare|recognise|recognize))\b",
    re.IGNORECASE,
)


_TOPIC = re.compile(r"\b" + _TOPIC_NOUNS + r"\b", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r"['\"“‘](?=[^'\"”’]*$)")


def _about_the_subject(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the harm words text[start:end] are the topic of training, research, a policy or a story,
    or stand in a quoted title or example after one ("module 3, 'Recognising … domestic abuse'")."""
    before = text[sentence_start:start]
    quote = _OPENING_QUOTE.search(before)
    in_a_title = quote is not None and _TOPIC.search(before[: quote.start()]) is not None
    return bool(_TOPIC_AFTER.match(text, end) or _TOPIC_BEFORE.search(before) or in_a_title)


@dataclass(frozen=True)
class Disclosure:
    """What a text discloses, the words that say so, and what to do first."""

    kind: str
    evidence: tuple[Evidence, ...]

    @property
    def reason(self) -> str:
        return "; ".join(dict.fromkeys(e.reason for e in self.evidence))

    def to_dict(self) -> dict:
        return {"kind": self.kind, "reason": self.reason, "evidence": [e.to_dict() for e in self.evidence]}


def detect_disclosures(text: str) -> list[Disclosure]:
    """The safeguarding matters a text discloses, most urgent first (self-harm, then threats to safety).

    Example:
        >>> detect_disclosures("she said she doesn't see the point of going on")[0].kind
        'self_harm'
    """
    if not text:
        return []
    guarded = [(m.start(), m.end()) for m in _NOT_HARM.finditer(text)]
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    guarded += [(s, e) for s, e in sentences if _NOT_A_CASE.search(text, s, e)]

    def sentence_start(at: int) -> int:
        return next((s for s, e in sentences if s <= at < e), 0)

    found: dict[str, list[Evidence]] = {}
    for rec in RECOGNIZERS + DEED_RECOGNIZERS:
        for m in rec.pattern.finditer(text):
            if any(s <= m.start() < e for s, e in guarded):
                continue
            if _about_the_subject(text, m.start(), m.end(), sentence_start(m.start())):
                continue
            found.setdefault(rec.kind, []).append(Evidence(m.start(), m.end(), m.group(0), rec.reason))
    for start, end in sentences:
        if any(s <= start < e for s, e in guarded):
            continue
        sentence = text[start:end]
        who, worse = _PROTECTED.search(sentence), _WORSE.search(sentence)
        if who and _about_the_subject(text, start + who.start(), start + who.end(), start):
            continue
        if who and worse:
            reason = "treated worse for who someone is"
            found.setdefault("discrimination", []).extend(
                Evidence(start + m.start(), start + m.end(), m.group(0), reason) for m in (who, worse)
            )
    return [Disclosure(kind, tuple(found[kind])) for kind in KINDS if kind in found]


# The model's cuts, chosen on the suggestion situations' dev split and on readings of each writer's lines
# by a model that had not learnt from that writer (S, T, V, Y, Z, AA). With the recognisers, the kernel
# head at 0.96 routes 0.51 of a writer's disclosures and none of 151 ordinary dev situations; at 0.7 it
# offers the playbook, marked uncertain, to 0.79 of them and to 10 ordinary situations
# (docs/decisions/2026-12-07-safety-model.md).
ROUTE_AT = 0.96
OFFER_AT = 0.70
# A recogniser routes a text only where the model reads at least this chance of a disclosure; below it
# the recogniser's finding is offered, marked uncertain. Writers' near misses (a kickboxing black eye, a
# thriller's plot, a complaint closed years ago) set off the recognisers. Read by a model that had not
# learnt from the writer, 0.2 halved the near misses routed first (logistic head: 53 -> 30 of 480) for
# 0.017 of the disclosures routed, which are still offered (kernel head at 0.1 / 0.2 / 0.3: 25 / 20 / 16
# near misses, 0.517 / 0.509 / 0.505 of the disclosures routed).
CONFIRM_AT = 0.2
KIND_WORDS = {
    "self_harm": "self-harm or thoughts of not going on",
    "threat": "a threat to someone's safety",
    "harassment": "harassment",
    "bullying": "bullying",
    "discrimination": "discrimination",
}


@dataclass(frozen=True)
class SafetyCheck:
    """What the safety route makes of a text.

    ``disclosures``: what it discloses, most urgent first (named by a recogniser, or read by the model
    with a probability of at least ``ROUTE_AT``); a safeguarding playbook goes first.
    ``possible``: when nothing is that sure but the model reads a disclosure at ``OFFER_AT`` or more, its
    reading, to offer the playbook beside the ordinary suggestions, marked uncertain.
    ``probability``: the model's P(disclosure), or None without the model.
    """

    disclosures: tuple[Disclosure, ...] = ()
    possible: Disclosure | None = None
    probability: float | None = None


def _model_finding(text: str, reading, certain: bool) -> Disclosure:
    """A disclosure the model read: its evidence is the sentence it reads most strongly as one."""
    from coach.analyzers.safety_model import read_disclosure

    sentences = [
        (s, e) for s, e in ((m.start(), m.end()) for m in _SENTENCE.finditer(text)) if text[s:e].strip()
    ]
    if len(sentences) > 1:
        readings = read_disclosure([text[s:e] for s, e in sentences])
        start, end = sentences[max(range(len(sentences)), key=lambda i: readings[i].probability)]
    else:
        start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    sure = "" if certain else "possibly "
    reason = (
        f"{sure}{KIND_WORDS[reading.kind]}, as a model reads the whole text "
        f"(P = {reading.probability:.2f}; no recogniser named the harm)"
    )
    return Disclosure(reading.kind, (Evidence(start, end, text[start:end], reason),))


def _unconfirmed(finding: Disclosure, probability: float, what: str = "text") -> Disclosure:
    """A recogniser's finding the model does not bear out: offered, not routed, with the doubt in its
    reason. A wrong answer shown as certain is worse than an honest "maybe"."""
    doubt = f"; the {what} as a whole does not read like a disclosure (P = {probability:.2f})"
    return Disclosure(
        finding.kind, tuple(Evidence(e.start, e.end, e.text, e.reason + doubt) for e in finding.evidence)
    )


def check_safety(text: str, vector=None) -> SafetyCheck:
    """The safety route's decision for one text: a recogniser's finding routes it where the model reads
    at least ``CONFIRM_AT`` (below, the finding is offered, marked uncertain); without one, the model's
    reading routes at ``ROUTE_AT`` and offers at ``OFFER_AT``.

    ``vector``: the text's ``safety_embedder()`` vector when the caller has it (the suggestions do).
    Without the trained model (``mentor-coach train safety``) the recognisers decide alone.

    Example:
        >>> check_safety("my mentee told me her manager keeps bullying her").disclosures[0].kind
        'bullying'
        >>> check_safety("we disagreed about the roadmap and it got heated").disclosures
        ()
    """
    from coach.errors import ModelUnavailable

    named = tuple(detect_disclosures(text))
    if not text or not text.strip():
        return SafetyCheck(named)
    try:
        from coach.analyzers.safety_model import read_disclosure

        reading = read_disclosure([text], None if vector is None else [vector])[0]
    except ModelUnavailable:
        return SafetyCheck(named)
    action, p = route_for(bool(named), reading.probability), reading.probability
    if named:
        return (
            SafetyCheck(named, None, p)
            if action == "route"
            else SafetyCheck((), _unconfirmed(named[0], p), p)
        )
    if action is None:
        return SafetyCheck((), None, p)
    return (
        SafetyCheck((_model_finding(text, reading, certain=True),), None, p)
        if action == "route"
        else SafetyCheck((), _model_finding(text, reading, certain=False), p)
    )


def route_for(named: bool, probability: float) -> str | None:
    """What the route does with a text, from whether a recogniser named a harm in it and the model's
    P(disclosure): "route" (safeguarding first), "offer" (beside the ordinary suggestions, marked
    uncertain) or None.

    Example:
        >>> route_for(True, 0.5), route_for(True, 0.1), route_for(False, 0.97), route_for(False, 0.3)
        ('route', 'offer', 'route', None)
    """
    if named:
        return "route" if probability >= CONFIRM_AT else "offer"
    if probability >= ROUTE_AT:
        return "route"
    return "offer" if probability >= OFFER_AT else None


def safeguarding_heading(block: dict) -> str:
    """How a safeguarding playbook is headed on every page and paper: put first, or, when the route is not
    certain (``block["uncertain"]``), offered in case.

    Example:
        >>> safeguarding_heading({"uncertain": True})
        'Safeguarding, in case (not certain)'
    """
    return "Safeguarding, in case (not certain)" if block.get("uncertain") else "Safeguarding first"


# A recogniser's finding in a note routes only where the notes head reads some disclosure in the note
# too. On writer W's notes (tuning, readings the head had not learnt from) the recognisers' three false
# alarms read 0.03-0.19 and twelve of their thirteen disclosures 0.37 or more.
NOTE_CONFIRM_AT = 0.2


def check_note_safety(text: str, sentences: Sequence[tuple[int, int]], vectors=None) -> SafetyCheck:
    """The safety route for a whole note: a recogniser's finding routes it when the notes head reads the
    note as a possible disclosure too (``NOTE_CONFIRM_AT``), and is only offered, marked uncertain, when
    it does not; without a recogniser the head reads each sentence and, at its offer cut or above, the
    playbook is offered, marked uncertain, with the sentence it reads most strongly as evidence. The head
    never routes on its own: over ordinary notes the best cut that routes found almost nothing
    (docs/decisions/2026-12-07-safety-model.md).

    ``sentences``: (start, end) of each sentence in ``text``; ``vectors``: their int8 sentence vectors.

    Example:
        >>> text = "Good session. She said her ex waits outside the depot most nights and she takes the long way home."
        >>> check_note_safety(text, [(0, 13), (14, len(text))]).possible.kind        # doctest: +SKIP
        'threat'
    """
    from coach.errors import ModelUnavailable

    named = tuple(detect_disclosures(text))
    if not sentences:
        return SafetyCheck(named)
    try:
        from coach.analyzers.safety_model import get_note_safety_model, read_note_sentences

        readings = read_note_sentences([text[s:e] for s, e in sentences], vectors)
        offer_at = float(get_note_safety_model().info.get("offer_at", 1.0))
    except ModelUnavailable:
        return SafetyCheck(named)
    best = max(range(len(readings)), key=lambda i: readings[i].probability)
    reading = readings[best]
    if named and reading.probability < NOTE_CONFIRM_AT:
        # A harm word the rest of the note does not bear out (a boxing black eye, a client who shouted once).
        return SafetyCheck((), _unconfirmed(named[0], reading.probability, "note"), reading.probability)
    if named:
        return SafetyCheck(named, None, reading.probability)
    if reading.probability < offer_at:
        return SafetyCheck((), None, reading.probability)
    start, end = sentences[best]
    reason = (
        f"possibly {KIND_WORDS[reading.kind]}, as a model reads this sentence of the notes "
        f"(P = {reading.probability:.2f}; no recogniser named the harm)"
    )
    found = Disclosure(reading.kind, (Evidence(start, end, text[start:end], reason),))
    return SafetyCheck((), found, reading.probability)
