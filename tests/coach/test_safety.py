"""The safety route: a disclosure gets a safeguarding playbook first, whatever the filters; ordinary
friction gets ordinary advice."""

import pytest

from coach import suggest
from coach.safety import detect_disclosures

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
]
FRICTION = [
    "we disagreed about the roadmap and it got heated",
    "my mentee got annoyed when I pushed back on her plan",
    "she argued with her tech lead about the estimate and they're not speaking much",
    "he is absolutely killing it in his new role",
    "my mentee is frustrated that her ideas keep getting shot down in planning",
    "our anti-bullying policy training for mentors is out of date",
    "we had a frank exchange about scope and both raised our voices a bit",
    # Preparing for a disclosure is not making one.
    "how should I respond if a mentee says they are being bullied by their manager?",
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosures_are_recognised_with_the_words_that_said_so(text, kind):
    found = detect_disclosures(text)
    assert kind in [f.kind for f in found], found
    for disclosure in found:
        for e in disclosure.evidence:
            assert text[e.start : e.end] == e.text and e.reason


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


@pytest.mark.parametrize("text", FRICTION[:3])
def test_friction_gets_ordinary_advice_without_a_safety_warning(text):
    response = suggest(text, k=5)
    assert response.safety is None
    assert not any(r.safety for r in response.results)
    assert not any("disclosure" in w for w in response.warnings)
