"""Action items in session notes: who committed to do what, by when, with the words that say so;
and what became of last session's items.

An action item is a commitment made in the session to do something after it (labelling guide §4,
and the decisions in ``evaluation/data/actions/README.md``). The analyzer works on the sentences and
lines of a note (``coach.text.segment.segments``), read from the shared spaCy Doc:

1. **Rules find evidence** in each unit: commitment cues ("I'll", "she's going to", "we agreed",
   "Priya to …", "AP1 –", "TODO (RK):", "me: …", an imperative under an "Actions" heading, a request
   "can you … by Tuesday?" that the next turn accepts), due-date words (``coach.text.dates``), and what
   speaks against an item: advice nobody took up ("you could try …", "not keen"), wishes and hedges
   ("would like to", "maybe"), thinking ("I'll think about it"), negation ("decided not to"), past
   events ("already booked"), status lines ("✓", "still not sent"), questions, and agenda for the
   next meeting ("next session we'll …").
2. **A calibrated head decides** whether a unit holds an action item: a logistic regression on
   [MiniLM sentence embedding + those rule features] (``coach.models.heads.BinaryHead``, Platt-scaled on
   out-of-fold predictions, trained by ``evaluation/train_actions.py`` on the train split only).
3. **Rules read each item** out of a unit the head accepts: one item per committed deed (two deeds
   in one sentence are two items; "make X and send it" is one), its **task** (the shortest span
   from the verb: timing, reasons and delivery steps left out), its **owner** and its **due** date.

Owners. ``mentee``, ``mentor``, ``both`` or a person's name, mapped as the data README says. "I" and
"me" are the note's writer; **the writer is taken to be the mentor** unless the note says otherwise
("my mentor Rachel", "Mentor call with Greg", "(my ES)", "thanks for your time", "note to self",
"To: me"). In a transcript "I" is the speaker, "you" the other speaker (or the person addressed by
name); in an email "you" is the person greeted ("Hi James"). The person the note is about (named
in its first line: "coffee w/ Raj", "Mentoring – Josh") is the other party, and their initials
("RK") stand for them. Roles declared in the note win ("Aisha (mentor, …) / Martin (…, mentee)",
"Mia mentoring Richard", "facilitator: Farid"). In group notes each mentee's own item is owned by
their name, "Everyone:/All:/Mentees to" by ``mentee``; in reciprocal peer notes ("we swap",
"Me:/You:/Both:" sections) owners are names. "We", "both", "together" and "with me" make ``both``.
Anyone else is owned by their name.

Layouts. Bullets, numbered lists, "->"/"→" arrows, "[ ]" checklists (an open box reads as an actions
list, "[x]" as a status), speaker labels and timestamps of transcripts, "Actions:"/"Review:" headings
and pipe tables: a row of a table whose header names the task ("What | Who | When") is an item owned
by its Who cell and due by its When cell (the training notes hold no tables, so this is a rule).

Cost. Units with no cue at all (no commitment verb, label, table row, checkbox or actions heading)
are not items and are neither embedded nor judged; the rest of all the notes are embedded in one
call, or taken from ``early_vectors`` when another analyzer (``coach.analyzers.feedback``) has already embedded
the same sentences (keyed by the sentence Span's text).

Due dates are resolved by ``coach.text.dates`` against the session date. Without a session date, the date
in the note's first lines is used (the most recent such date not after today), else today.

Modules, each importing only those above it: ``words`` (the word lists), ``results`` (what the
analyzer returns), ``note`` (the note as a whole: who is who), ``units`` (sentences, bullets, turns,
table rows), ``clauses`` (the committed deeds of a unit), ``task``, ``owners`` and ``due`` (what each
item says), ``features`` and ``head`` (what the trained head reads, and the head), ``items`` (the
items of an accepted unit), ``analyzer`` (the entry points) and ``carry`` (last session's items).

Example:
    >>> items = extract_actions("- Priya to send her CV by Friday\\n- I'll book the room", "2026-01-27")  # doctest: +SKIP
    >>> [(i.owner, i.task, i.due) for i in items]                                                       # doctest: +SKIP
    [('mentee', 'send her CV', '2026-01-30'), ('mentor', 'book the room', None)]
"""

from coach.analyzers.actions.analyzer import actions_from_docs, extract_actions, extract_actions_many
from coach.analyzers.actions.carry import track_previous
from coach.analyzers.actions.features import RULE_FEATURES, feature_matrix, feature_names
from coach.analyzers.actions.head import MODEL_FILE, ActionModel, data_hash, get_action_model
from coach.analyzers.actions.results import ANALYZER_VERSION, ActionItem, ActionItems, CarriedItem
from coach.analyzers.actions.words import TASK_VERBS

__all__ = [
    "ANALYZER_VERSION",
    "MODEL_FILE",
    "RULE_FEATURES",
    "TASK_VERBS",
    "ActionItem",
    "ActionItems",
    "ActionModel",
    "CarriedItem",
    "actions_from_docs",
    "data_hash",
    "extract_actions",
    "extract_actions_many",
    "feature_matrix",
    "feature_names",
    "get_action_model",
    "track_previous",
]
