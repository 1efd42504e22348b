"""The words the feedback evidence rules look for: trait words and labels for a person, the parts
of an SBI statement (situation, impact, suggestion), and what marks a sentence as logistics.

Each list is read by the rules of ``coach.analyzers.feedback.evidence``; they are spelt here so that
a word can be added without reading the rules.

Example:
    >>> TRAIT_VALENCE["lazy"], TRAIT_VALENCE["thorough"], [m.group(0) for m in TRAIT_WORD.finditer("You're so lazy")]
    (-1, 1, ['lazy'])
"""

import re

from coach.text.words import GREETINGS, LETTER_WORDS, alternation

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

TRAIT_VALENCE = {w: -1 for w in NEGATIVE_TRAITS} | {w: 1 for w in POSITIVE_TRAITS}
TRAIT_WORD = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(w) for w in TRAIT_VALENCE}, key=len, reverse=True)) + r")\b", re.I
)
TRAIT_NOUN = re.compile(
    r"\b(?:a|an|the|such a|quite a|real|total|complete|bit of a|natural|born)\s+(?:\w+\s+)?(?:"
    + "|".join(sorted((re.escape(w) for w in TRAIT_NOUNS), key=len, reverse=True))
    + r")\b",
    re.I,
)
LACKS_OR_HAS = re.compile(
    r"\b(?:lacks?|lacking|has(?: got)?|have(?: got)?|'s got|'ve got|shows?|showing|with)\s+(?:a\s+|an\s+|no\s+|zero\s+|real\s+|such\s+a\s+|quite\s+a\s+)?(?:(?:really|very|bit of a|great|good|bad|poor|negative|positive|strong|weak|real|lovely|terrible|awful|can-do|fantastic|brilliant|natural|big|huge|low|high|little)\s+)*"
    + TRAIT_ATTRIBUTES
    + r"\b",
    re.I,
)
DISPOSITION = re.compile(
    r"\b(?:comes? across as|come across as|seems?(?: to be)?|appears?(?: to be)?|strikes? me as|is (?:just )?(?:not )?the (?:type|kind|sort) (?:of person )?(?:who|to)|by nature|naturally|is wired|are wired|tends? to be|one of those people|just who (?:she|he|they|you) (?:is|are))\b",
    re.I,
)
# "a brilliant presenter", "a fast learner": a label for the person built from a role noun.
ROLE_LABEL = re.compile(
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
GREETING = re.compile(r"^\s*" + alternation(GREETINGS + LETTER_WORDS) + r"\b", re.I)

# States that record conduct on an occasion, said with "was" ("she was late to the handover").
CONDUCT_STATES = frozenset({"late", "early", "absent", "punctual", "away", "missing"})
# Who a sentence can be about besides a pronoun or a name: the writer, and the roles a mentee has.
PERSON_WORDS = frozenset(
    """i me my we us our mentee trainee student candidate appraisee intern apprentice registrar resident
    graduate grad junior colleague""".split()
)
# Adjectives after "is" that say where someone is or how they are now, not who they are ("she was
# late", "he is busy"): not a trait.
NOT_TRAITS = frozenset(
    """late early right wrong sure able unable away off back busy done ready free available sorry glad
    happy aware responsible on in out new sick ill here there present absent keen stuck behind ahead
    tired""".split()
)
# A label for a person built from a role noun is praise with one of these ("a great presenter"),
# criticism without, unless a trait word says otherwise.
PRAISING_LABEL_WORDS = frozenset(
    "great good brilliant excellent fantastic amazing gifted talented strong natural".split()
)
# Verbs that say what a person is, has, thinks or wants, not what they did.
NOT_DEEDS = COPULA_LEMMAS | {"have", "think", "know", "seem", "feel", "want", "wish", "hope", "love", "like"}
# Words that may come before an imperative's verb ("so just try…", "ok, then send…").
LEAD_FILLERS = frozenset("so and but maybe perhaps please pls just - * also then ok okay".split())
