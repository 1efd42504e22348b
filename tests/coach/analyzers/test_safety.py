"""The safety route: a disclosure gets a safeguarding playbook first, whatever the filters; ordinary
friction gets ordinary advice."""

import pytest

from coach import suggest
from coach.analyzers.safety import detect_disclosures

DISCLOSURES = [
    ("my mentee said her supervisor keeps touching her arm and sending her messages at night", "harassment"),
    (
        "he told me the site foreman calls him names in front of the crew and laughs when he gets it wrong",
        "bullying",
    ),
    ("she's being bullied by two people on her ward", "bullying"),
    ("someone on her team keeps making jokes about her turban and the others join in", "discrimination"),
    ("a colleague used a racial slur at him at the christmas party", "discrimination"),
    ("she mentioned her partner hits her when he's been drinking", "threat"),
    ("he said things at home aren't safe at the moment and changed the subject", "threat"),
    ("my mentee told me she has been self-harming again", "self_harm"),
    ("he said everyone would be better off without him", "self_harm"),
    ("she said she can't see the point of carrying on anymore", "self_harm"),
    ("i think i want to die, i'm so tired of everything", "self_harm"),
    ("my manager threatened to fire me if I report the overtime", "bullying"),
    ("her director keeps making remarks about her outfits in front of clients", "harassment"),
    ("the team calls him the token hire whenever he speaks up", "discrimination"),
    ("a senior nurse keeps putting down her english and her culture on the ward", "discrimination"),
    ("he told me he doesn't see the point of any of it lately and just wants it all to end", "self_harm"),
    ("her ex has been following her after late shifts and she's scared to walk home alone", "threat"),
]
FRICTION = [
    "we disagreed about the roadmap and it got heated",
    "my mentee got annoyed when I pushed back on her plan",
    "she argued with her tech lead about the estimate and they're not speaking much",
    "he is absolutely killing it in his new role",
    "my mentee is frustrated that her ideas keep getting shot down in planning",
    "our anti-bullying policy training for mentors is out of date",
    "we had a frank exchange about scope and both raised our voices a bit",
    "honestly I want it all to stop changing every sprint",
    # Preparing for a disclosure is not making one.
    "how should I respond if a mentee says they are being bullied by their manager?",
]


@pytest.mark.fast
@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosures_are_recognised_with_the_words_that_said_so(text, kind):
    found = detect_disclosures(text)
    assert kind in [f.kind for f in found], found
    for disclosure in found:
        for e in disclosure.evidence:
            assert text[e.start : e.end] == e.text and e.reason


@pytest.mark.fast
@pytest.mark.parametrize("text", FRICTION)
def test_ordinary_friction_is_not_a_disclosure(text):
    assert detect_disclosures(text) == []


@pytest.mark.parametrize("text,kind", DISCLOSURES[::3])
def test_suggest_puts_a_safeguarding_playbook_first_whatever_the_filters(text, kind):
    response = suggest(text, kind="question", phase="closure", k=3)
    first = response.results[0]
    assert first.safety and first.kind == "scenario" and "safeguarding" in first.topics
    assert first.playbook["refer"]
    assert response.safety["evidence"] and response.safety["reason"]
    assert all(r.kind == "question" for r in response.results[1:])


@pytest.mark.parametrize("text,kind", DISCLOSURES[1::4])
def test_after_the_playbook_come_entries_on_handling_the_disclosure_not_ordinary_tips(text, kind):
    response = suggest(text, k=5)
    playbook, *rest = response.results
    assert playbook.safety
    handling = rest[:2]
    # Receiving it, not promising secrecy, referring on: never a second playbook for another harm.
    assert all("safeguarding" in r.topics and r.kind != "scenario" for r in handling), handling
    assert all(not r.safety and "handling a disclosure" in r.why for r in handling)
    assert len({r.id for r in response.results}) == len(response.results) == 5


def test_handling_entries_keep_the_users_kind_filter():
    text = "she's being bullied by two people on her ward"
    response = suggest(text, kind="question", k=4)
    assert all(r.kind == "question" for r in response.results[1:])
    # Only playbooks asked for: the route's playbook, and nothing added in place of the user's kind.
    only_playbooks = suggest(text, kind="scenario", k=4).results
    assert all(r.kind == "scenario" for r in only_playbooks)
    assert not any("handling a disclosure" in r.why for r in only_playbooks)


@pytest.mark.parametrize("text", FRICTION[:3])
def test_friction_gets_ordinary_advice_without_a_safety_warning(text):
    response = suggest(text, k=5)
    assert response.safety is None
    assert not any(r.safety for r in response.results)
    assert not any("disclosure" in w for w in response.warnings)


# People tell what happened more often than they name the harm.
DEEDS = [
    ("the regional manager put his hand on her thigh in the taxi back from the client", "harassment"),
    ("he keeps asking what I'm wearing when he messages after midnight", "harassment"),
    ("she said her husband controls all the money and checks her receipts", "threat"),
    ("a customer said he knows where she lives and she should watch herself", "threat"),
    ("my mentee has been sleeping in his car since the weekend, he won't say why", "threat"),
    ("he told me he's been stockpiling his tablets, just in case", "self_harm"),
    ("she said everyone would be better off if she just wasn't here", "self_harm"),
    ("my supervisor called me useless in front of the whole ward again", "bullying"),
    ("my boss said if I report the missing breaks I'll lose my shifts", "bullying"),
    ("they told her the job was given to someone else while she was on maternity leave", "discrimination"),
    (
        "the store manager searches my bag every night, only mine, and I'm the only black guy on shift",
        "discrimination",
    ),
]
TOPIC_TALK = [
    "our mentor training needs a module on what to do when someone discloses self-harm",
    "I'm researching workplace harassment for my dissertation and would love a mentor in HR",
    "I was bullied at school as a teenager, long behind me now, and I want to mentor young people",
    "can we add domestic abuse helplines to the mentor handbook?",
    # a quoted module title or example, a story's plot, a series, a flowchart, a past matter that ended
    "Afternoon: module 4, 'Spotting harassment and stalking at work', led by HR.",
    "The policy draft lists examples: 'repeated public humiliation', 'threats to someone's job'.",
    "She cut the stalker subplot from the second act of her script.",
    "He is producing a series on a 2004 stalking case for the local radio station.",
    "We checked the flowchart: who to call if a mentee talks about self-harm out of hours.",
    "Twelve years ago I had a boss who used to belittle me; I left and it made me want to mentor.",
]


@pytest.mark.parametrize("text,kind", DEEDS)
def test_a_disclosure_told_as_what_happened_is_recognised(text, kind):
    found = detect_disclosures(text)
    assert kind in [f.kind for f in found], found


@pytest.mark.parametrize("text", TOPIC_TALK)
def test_talk_about_harm_in_training_research_or_the_past_is_not_a_disclosure(text):
    assert detect_disclosures(text) == []


def test_discrimination_shows_who_they_are_and_how_they_were_treated_worse():
    text = "my mentee wears a hijab and her manager told her to take it off for client meetings"
    (found,) = detect_disclosures(text)
    assert found.kind == "discrimination"
    assert {e.text.lower() for e in found.evidence} == {"hijab", "told her to"}


@pytest.mark.parametrize(
    "text",
    [
        "He is being bullied by his manager on the training course.",
        "my mentee said she is being harassed and we need to update the policy",
        "I read an article about burnout and honestly I don't want to be here anymore",
    ],
)
def test_a_disclosure_that_mentions_training_a_policy_or_an_article_is_still_one(text):
    assert detect_disclosures(text), text


# What no recogniser names, the safety model reads from the whole text (coach.analyzers.safety_model).
def test_harm_told_without_its_name_is_read_by_the_model_and_routed_when_it_is_sure():
    from coach.analyzers.safety import check_safety

    text = "he keeps texting me pictures of himself late at night and says I owe him for the promotion"
    assert detect_disclosures(text) == [], "no recogniser names it"
    check = check_safety(text)
    (found,) = check.disclosures
    assert found.kind == "harassment" and check.probability >= 0.96
    (evidence,) = found.evidence
    assert text[evidence.start : evidence.end] == evidence.text and "model" in evidence.reason
    assert evidence.reason.startswith("harassment, as a model reads")


def test_a_harm_word_the_whole_text_does_not_bear_out_is_offered_not_routed():
    from coach.analyzers.safety import check_safety

    sport = (
        "my mentee came in with a black eye from her kickboxing match, she won and was showing off the medal"
    )
    assert detect_disclosures(sport), "the recogniser sees a black eye"
    check = check_safety(sport)
    assert check.disclosures == () and check.possible.kind == "threat" and check.probability < 0.2
    assert "does not read like a disclosure" in check.possible.reason
    harm = "my mentee came in with a black eye again and said her boyfriend didn't mean it"
    assert [d.kind for d in check_safety(harm).disclosures] == ["threat"]


def test_a_possible_disclosure_is_offered_beside_the_ordinary_suggestions_marked_uncertain():
    text = "he waits for me by my car every night after my shift and I don't know what to do"
    response = suggest(text, k=5)
    assert response.safety["uncertain"] is True and response.safety["kind"] == "threat"
    assert 0.7 <= response.safety["probability"] < 0.96
    offered = [i for i, r in enumerate(response.results) if r.safety]
    assert offered == [1] and "safeguarding" in response.results[offered[0]].topics
    assert any("not certain" in w for w in response.warnings)
    assert len(response.results) == 5, "the ordinary suggestions stay"


@pytest.mark.parametrize(
    "text",
    [
        "my mentee wants to move from marketing into product management next year",
        "how do I prepare for my first mentoring session with a new graduate?",
        "I'm nervous about my promotion panel next week",
    ],
)
def test_ordinary_situations_are_read_as_no_disclosure(text):
    from coach.analyzers.safety import OFFER_AT, check_safety

    check = check_safety(text)
    # Neither routed nor offered. (The kernel head reads "nervous about my promotion panel" at 0.34;
    # the logistic head before it read every one of these below 0.3.)
    assert check.disclosures == () and check.possible is None and check.probability < OFFER_AT


def test_without_the_trained_model_the_recognisers_decide_alone(monkeypatch):
    from coach.analyzers import safety_model
    from coach.analyzers.safety import check_safety
    from coach.errors import ModelUnavailable

    def missing(*_args, **_kwargs):
        raise ModelUnavailable("The safety route's model is not trained: run `mentor-coach train safety`.")

    monkeypatch.setattr(safety_model, "read_disclosure", missing)
    assert check_safety("he waits for me by my car every night").possible is None
    assert check_safety("she's being bullied by two people on her ward").disclosures[0].kind == "bullying"
