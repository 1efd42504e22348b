#!/usr/bin/env python3
"""Generate the mentor-coach demo mentoring programme (fictional, written by us).

Writes, next to this script:

    demo_program.csv          the programme a lead imports (one row per session)
    demo_truth.json           the true label counts per cohort and month (from the fragment labels)
    demo_truth_units.jsonl    every labelled unit of every session, as a substring of its cell
    bad/*.csv, bad/expected.json   small broken inputs for import tests

Plain Python 3 standard library. Deterministic: every random choice comes from random.Random
objects seeded from SEED and the session's own key, so re-running reproduces every file byte
for byte.  Run:  python3 evaluation/data/program/make_demo.py [--check]

Each note is composed from hand-written fragment pools (below). Every fragment carries the
labels of the shared labelling guide (/work/shared/labeling-guide.md), and the slots it uses are
chosen so that filling them cannot change a label:

    {event}, {artefact}, {day}            a particular past occasion / artefact  -> specific
    {next_event}, {next_artefact}         a particular upcoming occasion / artefact -> specific
    {meeting}, {meeting_s}, {stakeholder} a general habit or a role, never an occasion
    {colleague}, {colleague2}             another (fictional) person's name

Pronoun tokens: {S} {Sc} subject, {O} object, {P} {Pc} possessive, {R} reflexive, {Sis} {Sisc}
("she's" / "you're" / "Kasia's"). Agreement tokens {s} {es} {ies} {is} {was} {has} {does} follow
the last subject token, so one fragment serves she / he / they / you and a first name.
Goal tokens {I} {my} {me} are first person in the goal column and third/second person in notes.
[a|b|c] picks one of the alternatives (they never change a label).
"""

import csv
import datetime as dt
import io
import json
import os
import random
import re
import struct
import sys
import zlib
from collections import OrderedDict

SEED = 20260105
HERE = os.path.dirname(os.path.abspath(__file__))
START = dt.date(2026, 1, 5)
END = dt.date(2026, 6, 30)

# ---------------------------------------------------------------------------------------------
# Programme events that drive the documented trends
# ---------------------------------------------------------------------------------------------
CL = "Clinical Leaders"
SE = "Software Engineering"
GF = "Graduate Finance"
COHORTS = [SE, CL, GF]

CL_TRAINING = dt.date(2026, 3, 3)    # "Feedback that lands" training day; effect from 2026-03-04
GF_WORKSHOP = dt.date(2026, 3, 31)   # SMART goal-setting workshop; effect from 2026-04-01


def mixing(cohort, date):
    """Probabilities the generator draws labels from, per cohort and date."""
    m = {
        "p_personality": {SE: 0.25, CL: 0.35, GF: 0.28}[cohort],
        "p_actionable_behaviour": {SE: 0.50, CL: 0.42, GF: 0.46}[cohort],
        "p_actionable_personality": 0.12,
        "p_goal_time_bound": {SE: 0.35, CL: 0.35, GF: 0.25}[cohort],
        "p_goal_measurable": {SE: 0.50, CL: 0.45, GF: 0.38}[cohort],
        "p_open_question": 0.55,
        "p_leading_if_closed": 0.30,
    }
    if cohort == CL and date > CL_TRAINING:
        m["p_personality"] = 0.10
        m["p_actionable_behaviour"] = 0.78
        m["p_actionable_personality"] = 0.20
    if cohort == GF and date > GF_WORKSHOP:
        m["p_goal_time_bound"] = 0.78
        m["p_goal_measurable"] = 0.72
    return m


# ---------------------------------------------------------------------------------------------
# People (all fictional)
# ---------------------------------------------------------------------------------------------
# mentor: (name, cohort, style key)
# mentee: (full name, first name used in notes, pronoun)
PAIRS = [
    # Software Engineering
    ("Priya Raman", SE, [("Aisha Khan", "Aisha", "she"), ("Benjamin Carter", "Ben", "he"), ("Jordan Blake", "Jordan", "they")]),
    ("Tomasz Nowak", SE, [("Lucía Fernández", "Lucía", "she"), ("Nikhil Rao", "Nikhil", "he"), ("Hannah Schmidt", "Hannah", "she")]),
    ("Grace Adeyemi", SE, [("Kofi Asante", "Kofi", "he"), ("Emily Zhang", "Emily", "she")]),
    ("Daniel Cohen", SE, [("Mateusz Wójcik", "Mateusz", "he"), ("Sara Haddad", "Sara", "she")]),
    ("Mei Lin Tan", SE, [("Thandiwe Dlamini", "Thandi", "she"), ("Liam O'Connor", "Liam", "he")]),
    ("Rafael Ortega", SE, [("Ana Pereira", "Ana", "she"), ("Hiroshi Sato", "Hiroshi", "he")]),
    # Clinical Leaders
    ("Siobhan Murphy", CL, [("Rebecca Lloyd", "Becky", "she"), ("Chinonso Eze", "Chinonso", "he"), ("Marta Kowalska", "Marta", "she")]),
    ("Kwame Mensah", CL, [("Tariq Hussain", "Tariq", "he"), ("Claire Dubois", "Claire", "she"), ("Samuel Osei", "Sam", "he")]),
    ("Fatima Zahra Benali", CL, [("Niamh Kelly", "Niamh", "she"), ("Deepa Pillai", "Deepa", "she")]),
    ("Helen Whitcombe", CL, [("Jonas Becker", "Jonas", "he"), ("Noor Aziz", "Noor", "they")]),
    ("Arjun Mehta", CL, [("Ewa Zielińska", "Ewa", "she"), ("Musa Bello", "Musa", "he")]),
    ("Ingrid Solberg", CL, [("Laura Santos", "Laura", "she"), ("Katarzyna Nowicka", "Kasia", "she")]),
    # Graduate Finance
    ("Oliver Hartley", GF, [("Ethan Brooks", "Ethan", "he"), ("Amara Nwosu", "Amara", "she"), ("Jakub Novák", "Jakub", "he")]),
    ("Yuki Tanaka", GF, [("Leila Farahani", "Leila", "she"), ("Tom Whitaker", "Tom", "he"), ("Alejandro Ruiz", "Alejandro", "he")]),
    ("Chidi Okonkwo", GF, [("Mia Johansson", "Mia", "she"), ("Kenji Watanabe", "Kenji", "he")]),
    ("Sofia Rossi", GF, [("Priyanka Desai", "Priyanka", "she"), ("Callum Fraser", "Callum", "he")]),
    ("Marcus Webb", GF, [("Nadia Rahman", "Nadia", "she"), ("Femi Adebayo", "Femi", "he")]),
    ("Nomvula Khumalo", GF, [("Sun-hee Park", "Sun-hee", "she"), ("Maximilian Vogel", "Max", "he")]),
    # late-matched mentor with very few sessions (privacy folding must hide them)
    ("Henrik Lindqvist", GF, [("Alex Moreau", "Alex", "they")]),
]
LATE_MENTOR = "Henrik Lindqvist"
LATE_FIRST_SESSION = dt.date(2026, 5, 26)

# How each mentor writes. layout weights: bullets / prose / shorthand / mixed.
STYLES = {
    "Priya Raman":        dict(layout=(6, 1, 1, 2), us=False, nonnative=False, typo=0.04, words=(90, 200), voice2=0.10, sections=0.6, bullet="- "),
    "Tomasz Nowak":       dict(layout=(2, 4, 0, 3), us=False, nonnative=True,  typo=0.08, words=(70, 170), voice2=0.05, sections=0.2, bullet="- "),
    "Grace Adeyemi":      dict(layout=(1, 7, 0, 2), us=False, nonnative=False, typo=0.02, words=(120, 245), voice2=0.55, sections=0.0, bullet="• "),
    "Daniel Cohen":       dict(layout=(2, 0, 7, 1), us=True,  nonnative=False, typo=0.15, words=(60, 130), voice2=0.0, sections=0.1, bullet="* "),
    "Mei Lin Tan":        dict(layout=(5, 2, 1, 2), us=False, nonnative=False, typo=0.05, words=(80, 180), voice2=0.15, sections=0.4, bullet="- "),
    "Rafael Ortega":      dict(layout=(1, 6, 0, 3), us=True,  nonnative=True,  typo=0.07, words=(90, 200), voice2=0.10, sections=0.0, bullet="- "),
    "Siobhan Murphy":     dict(layout=(1, 8, 0, 1), us=False, nonnative=False, typo=0.03, words=(130, 250), voice2=0.05, sections=0.0, bullet="- "),
    "Kwame Mensah":       dict(layout=(7, 1, 0, 2), us=False, nonnative=False, typo=0.03, words=(90, 200), voice2=0.05, sections=0.7, bullet="- "),
    "Fatima Zahra Benali":dict(layout=(3, 3, 0, 4), us=False, nonnative=True,  typo=0.07, words=(80, 180), voice2=0.10, sections=0.3, bullet="– "),
    "Helen Whitcombe":    dict(layout=(2, 0, 7, 1), us=False, nonnative=False, typo=0.12, words=(60, 140), voice2=0.0, sections=0.1, bullet="- "),
    "Arjun Mehta":        dict(layout=(6, 2, 0, 2), us=False, nonnative=False, typo=0.04, words=(80, 190), voice2=0.35, sections=0.5, bullet="* "),
    "Ingrid Solberg":     dict(layout=(1, 6, 0, 3), us=True,  nonnative=True,  typo=0.06, words=(90, 200), voice2=0.10, sections=0.0, bullet="- "),
    "Oliver Hartley":     dict(layout=(3, 0, 6, 1), us=False, nonnative=False, typo=0.10, words=(60, 150), voice2=0.0, sections=0.2, bullet="- "),
    "Yuki Tanaka":        dict(layout=(6, 1, 1, 2), us=True,  nonnative=True,  typo=0.05, words=(70, 160), voice2=0.05, sections=0.6, bullet="・"),
    "Chidi Okonkwo":      dict(layout=(1, 7, 0, 2), us=False, nonnative=False, typo=0.03, words=(100, 230), voice2=0.45, sections=0.0, bullet="- "),
    "Sofia Rossi":        dict(layout=(2, 3, 0, 5), us=False, nonnative=True,  typo=0.08, words=(80, 190), voice2=0.10, sections=0.3, bullet="- "),
    "Marcus Webb":        dict(layout=(7, 1, 1, 1), us=True,  nonnative=False, typo=0.05, words=(80, 180), voice2=0.05, sections=0.7, bullet="* "),
    "Nomvula Khumalo":    dict(layout=(2, 6, 0, 2), us=False, nonnative=False, typo=0.04, words=(90, 210), voice2=0.20, sections=0.0, bullet="- "),
    "Henrik Lindqvist":   dict(layout=(4, 2, 0, 4), us=False, nonnative=True,  typo=0.05, words=(70, 150), voice2=0.0, sections=0.3, bullet="- "),
}

# ---------------------------------------------------------------------------------------------
# Cohort vocabularies for the slots
# ---------------------------------------------------------------------------------------------
SLOTS = {
    SE: dict(
        event=["Tuesday's sprint review", "the incident call last Thursday", "the architecture review on Wednesday",
               "the design review for the billing service", "last week's retro", "the customer demo on Friday",
               "the on-call handover last Monday", "Thursday's planning session", "the guild talk last week",
               "the post-incident review on Monday"],
        next_event=["the next sprint review", "next week's architecture review", "the quarterly roadmap review",
                    "next Thursday's demo", "the tech talk next month", "the next incident review"],
        artefact=["the payments API design doc", "the postmortem for the login outage", "PR 412",
                  "the migration runbook", "the tech debt proposal", "the onboarding wiki page",
                  "the load-test report", "the RFC on feature flags", "the on-call playbook"],
        next_artefact=["the next RFC", "the Q2 roadmap", "next sprint's release notes",
                       "the upcoming postmortem", "the next design doc"],
        meeting=[("standups", "standup"), ("code reviews", "code review"), ("planning meetings", "planning meeting"),
                 ("retros", "retro"), ("design reviews", "design review")],
        stakeholder=["the product manager", "the SRE team", "the engineering manager", "the customer success lead",
                     "the platform team", "the CTO", "the QA lead"],
        colleague=["Farah", "Dave", "Ines", "Matt K", "Yusuf", "Chloe", "Bogdan", "Ayo", "Pedro", "Rachel"],
        topic=["the on-call rota", "code review etiquette", "moving to the platform team", "the promotion packet",
               "tech debt", "pairing with juniors", "system design interview prep", "estimation",
               "the Kubernetes migration", "working with product", "imposter syndrome", "the staff engineer path",
               "crunch before the release", "public speaking"],
        course=["the internal tech lead course", "the distributed systems course on Coursera",
                "the incident commander training"],
        role_next=["the senior engineer role", "a tech lead position", "the staff engineer track"],
        busy=["a prod incident", "release day", "a clash with sprint planning", "an all-hands"],
        news=["the go-ahead for the migration project", "a slot at the guild talks", "good feedback from the customer demo"],
        cert_goal=["pass the AWS Solutions Architect Associate exam", "pass the CKA exam",
                   "get the Google Cloud Associate Engineer certificate"],
        learn_obj=["how our deployment pipeline works end to end", "the basics of the billing service codebase",
                   "how the feature-flag system is wired up"],
        artefact_kind=["a production deploy", "a code review"],
        huge_read=["every RFC in the engineering archive", "the whole Kubernetes documentation"],
        cover_task=["on-call", "release management", "the incident commander rota"],
        place=["the office canteen", "the café by the station", "the 4th floor kitchen"],
    ),
    CL: dict(
        event=["Monday's safety huddle", "the ward meeting last week", "the M&M meeting on Thursday",
               "the night handover on Saturday", "the mock CQC walk-round", "the band 6 interviews on Tuesday",
               "the sepsis audit presentation", "Wednesday's bed meeting", "the family meeting on Friday",
               "the governance meeting last month"],
        next_event=["the next ward meeting", "next month's governance meeting", "the matrons' forum next week",
                    "the upcoming band 7 interview", "the next safety huddle", "the quality forum in two weeks"],
        artefact=["the falls audit", "the new handover template", "the rota proposal", "the sepsis audit poster",
                  "the incident report on the medication error", "the staff survey action plan",
                  "the discharge checklist", "the business case for the extra HCA", "the pressure ulcer audit"],
        next_artefact=["the next rota", "the May audit report", "the paper for the governance meeting",
                       "the next incident review", "the revised induction pack"],
        meeting=[("huddles", "huddle"), ("handovers", "handover"), ("ward rounds", "ward round"),
                 ("team meetings", "team meeting"), ("bed meetings", "bed meeting")],
        stakeholder=["the consultants", "the matron", "the night staff", "the discharge team", "the junior doctors",
                     "the ward manager", "the patient safety lead"],
        colleague=["Dr Patel", "Sister Okoro", "Gareth", "Joanne", "Mr Abara", "Dr Fitzgerald", "Bronwen",
                   "Tunde", "Aoife", "Priti"],
        topic=["the staffing gaps", "delegation to HCAs", "the band 7 application", "difficult conversations with relatives",
               "the falls audit", "leading huddles", "burnout on the unit", "managing a poor performer",
               "the new e-rostering system", "escalation to consultants", "the CQC visit",
               "balancing clinical and admin time", "the QI project", "night shift morale"],
        course=["the trust's leadership essentials course", "the QI bronze training", "the ILM Level 5 course"],
        role_next=["the band 7 ward manager post", "a senior sister role", "the clinical nurse specialist post"],
        busy=["the ward being short-staffed", "a late discharge", "a clash with a clinic", "a sickness gap on nights"],
        news=["the QI funding", "a place on the leadership course", "good feedback from the matron"],
        cert_goal=["complete the ILM Level 5 certificate in leadership", "pass the ALS recertification",
                   "complete the Mary Seacole programme"],
        learn_obj=["how the e-rostering system works", "how the complaints process runs from start to finish",
                   "how the ward budget is set"],
        artefact_kind=["a drug round", "a controlled drugs check"],
        huge_read=["every NICE guideline on the trust intranet", "all 400 trust policies"],
        cover_task=["the nurse-in-charge shifts", "the bed meetings", "the rota"],
        place=["the education centre", "the hospital canteen", "the café on level 2"],
    ),
    GF: dict(
        event=["the month-end close call on Friday", "Wednesday's client meeting", "the budget review last week",
               "the audit planning meeting on Tuesday", "the forecast sign-off on Monday", "the partner update last Thursday",
               "the team offsite", "the team huddle on Monday"],
        next_event=["the Q2 forecast review", "next week's client meeting", "the board pack review next month",
                    "the year-end planning meeting", "the next month-end call", "the graduate review panel"],
        artefact=["the Q1 variance report", "the March forecast model", "the board pack slides", "the cash-flow model",
                  "the audit working papers for the Harrow account", "the cost-allocation memo",
                  "the pricing analysis for the client", "the reconciliation for the EUR account"],
        next_artefact=["the April management accounts", "the next forecast", "the Q2 board pack",
                       "next month's variance report", "the year-end timetable"],
        meeting=[("client calls", "client call"), ("team meetings", "team meeting"), ("review meetings", "review meeting"),
                 ("month-end calls", "month-end call")],
        stakeholder=["the audit senior", "the client's FD", "the partner", "the FP&A manager", "the controller",
                     "the sales team", "the treasury team"],
        colleague=["Rosa", "Harriet", "Vikram", "Lena", "Paul", "Mr Lindgren", "Adaeze", "Giorgos", "Sinead", "Hamza"],
        topic=["the CIMA exams", "Excel modelling", "the rotation into FP&A", "client-facing work",
               "presenting numbers to non-finance people", "overtime during month-end", "the graduate assessment",
               "networking inside the firm", "the audit busy season", "career options after the scheme",
               "stakeholder management", "the new ERP rollout", "the move to the Leeds office"],
        course=["the Power BI course", "the firm's business writing workshop", "the financial modelling bootcamp"],
        role_next=["the senior associate grade", "a permanent FP&A role", "the client-facing rotation"],
        busy=["month-end", "a client deadline", "an exam revision day", "the audit fieldwork"],
        news=["the offer for the FP&A rotation", "a pass in BA1", "positive feedback from the client"],
        cert_goal=["pass the CIMA BA2 exam", "pass the ACCA Financial Reporting paper",
                   "complete the advanced Excel modelling certificate"],
        learn_obj=["how the group consolidation works", "how the month-end close runs end to end",
                   "how transfer pricing is set"],
        artefact_kind=["a reconciliation", "a journal"],
        huge_read=["the whole of IFRS", "every client file from last year"],
        cover_task=["month-end close", "the cash forecast", "the client reporting"],
        place=["the office canteen", "the coffee place on Park Row", "the 2nd floor breakout area"],
    ),
}

# ---------------------------------------------------------------------------------------------
# Fragment pools. All written by us for this demo.
# ---------------------------------------------------------------------------------------------
# Feedback sentences, behaviour focus: (actionable, specific, text)
BEHAVIOUR = [
    # --- not actionable, specific (a particular occasion, artefact or number) ---
    (0, 1, "{Sc} ran {event} [really well|well|nicely], kept it to time and closed with a clear list of who does what."),
    (0, 1, "{Pc} summary at the end of {event} was [clear|crisp|spot on] and {stakeholder} picked it up straight away."),
    (0, 1, "{Sc} sent {artefact} two days after the deadline, which held up {colleague}."),
    (0, 1, "In {event} {S} spoke over {colleague} [twice|three times] before {colleague} could finish a point."),
    (0, 1, "{Sc} only raised the risk on {artefact} in the last five minutes of {event}."),
    (0, 1, "{Sc} covered for {colleague} at short notice last Thursday and {stakeholder} noticed."),
    (0, 1, "The way {S} handled the pushback from {stakeholder} in {event} was calm and to the point."),
    (0, 1, "{Sc} asked [two|a couple of] clarifying questions in {event} before agreeing to the deadline."),
    (0, 1, "{Pc} first draft of {artefact} had no summary, so {stakeholder} had to ask what the ask was."),
    (0, 1, "{Sc} went quiet in {event} once {stakeholder} started challenging the numbers."),
    (0, 1, "{Sc} got {artefact} out a day early and the formatting was [clean|tidy]."),
    (0, 1, "{Sc} took notes in {event} but didn't send them round afterwards."),
    (0, 1, "{Sc} talked for 25 minutes in a 15-minute slot at {event}."),
    (0, 1, "{Sc} flagged the problem with {artefact} to {colleague} before it blew up, [good call|which was the right call]."),
    (0, 1, "{Sc} said yes to three extra pieces of work this fortnight without checking {P} capacity."),
    (0, 1, "{Sc} apologised four times during a five-minute update in {event}."),
    (0, 1, "{Pc} opening slide for {event} had eleven bullet points on it."),
    (0, 1, "When {colleague} asked about {artefact}, {S} admitted what {S} didn't know and promised an answer by Friday."),
    (0, 1, "Last Tuesday {S} stayed until 9pm to finish {artefact}, the third late night this month."),
    (0, 1, "{Sc} let {colleague} present {artefact} in {event} without mentioning {P} own part in it."),
    (0, 1, "{Pc} handover on Friday missed two open actions."),
    (0, 1, "{Sc} chaired {event} for the first time and got through the whole agenda."),
    (0, 1, "{Sc} answered {stakeholder}'s email about {artefact} within the hour and copied in the right people."),
    (0, 1, "{Sc} hadn't opened {artefact} before {event}, and it showed when the questions started."),
    (0, 1, "{Sc} walked the new starters through {artefact} without any jargon and they followed it."),
    (0, 1, "{Sc} finished only one of the four actions from our last session."),
    (0, 1, "{Sc} checked in on {colleague} after the difficult conversation on Monday, which was a kind thing to do."),
    (0, 1, "{Sc} rewrote the opening of {artefact} after my comments and it reads much better now."),
    (0, 1, "Thanked {O} for chasing {stakeholder} on {artefact} yesterday."),
    (0, 1, "{Sc} stepped in when {event} was running over and moved the last two items to email."),
    (0, 1, "In {event} {S} challenged {stakeholder} on the timeline with evidence rather than opinion."),
    (0, 1, "{Sc} missed {event} without letting anyone know."),
    (0, 1, "{Sc} sent a one-line reply to {stakeholder} on {day}, which came across as dismissive."),
    (0, 1, "{Sc} double-checked the figures in {artefact} and caught an error before it went to {stakeholder}."),
    (0, 1, "{Sc} shared {P} screen in {event} and scrolled too fast for anyone to follow."),
    (0, 1, "{Sc} booked time with {colleague} straight after {event} to sort out the disagreement."),
    (0, 1, "{Sc} spent most of {event} on {P} laptop answering emails."),
    (0, 1, "{Sc} dealt with the complaint on {day} calmly and followed it up in writing the same afternoon."),
    (0, 1, "{Sc} volunteered to take the actions from {event} and had them out by the end of the day."),
    (0, 1, "{Sc} presented {artefact} to {stakeholder} on {day} and answered every question without notes."),
    (0, 1, "On {day} {S} rolled {P} eyes when {colleague} made a suggestion in front of the team."),
    (0, 1, "{Pc} email about {artefact} went to the wrong distribution list yesterday."),
    (0, 1, "{Sc} kept {stakeholder} waiting 20 minutes for {event} to start."),
    (0, 1, "{Sc} {was} doing the presentation in {event} very good, only it was too long."),
    (0, 1, "In {event} {S} {was} not giving the chance to {colleague} to speak."),
    (0, 1, "{Sc} sent {artefact} in time and without mistakes, this was very appreciated."),
    (0, 1, "{Sc} picked up the error in {artefact} that three other people had missed."),
    (0, 1, "{Sc} left {event} early without handing over {P} actions."),
    (0, 1, "Thanked {O} for the clear update on {artefact} at {event}."),
    # --- not actionable, not specific (habits, "always", general judgements of actions) ---
    (0, 0, "{Sc} always send{s} the agenda the day before."),
    (0, 0, "{Sc} tend{s} to say yes to everything that lands on {P} desk."),
    (0, 0, "{Sc} often start{s} {P} answers with an apology."),
    (0, 0, "{Sc} rarely ask{s} for help until the deadline is close."),
    (0, 0, "{Pc} written updates are clear and short."),
    (0, 0, "{Sc} interrupt{s} people when {S} get{s} excited about an idea."),
    (0, 0, "{Sc} listen{s} well in one-to-ones and play{s} back what {S} heard."),
    (0, 0, "{Sc} never miss{es} a deadline, even when the scope changes."),
    (0, 0, "{Sc} keep{s} {P} camera off in most calls."),
    (0, 0, "{Sc} go{es} into a lot of detail before getting to the point in {meeting}."),
    (0, 0, "{Sc} write{s} very long emails."),
    (0, 0, "{Sc} take{s} feedback on board quickly and act{s} on it."),
    (0, 0, "{Sc} check{s} {P} numbers carefully before anything goes out."),
    (0, 0, "In {meeting} {S} mostly stay{s} quiet and let{s} others lead."),
    (0, 0, "{Sc} delegate{s} the easy tasks and keep{s} the hard ones for {R}."),
    (0, 0, "{Sc} explain{s} technical things in plain language."),
    (0, 0, "{Sc} {has} started pushing back on unrealistic deadlines, which is good to see."),
    (0, 0, "{Sc} answer{s} questions before the other person has finished asking."),
    (0, 0, "{Sc} cop{ies} the whole team into emails that are meant for {stakeholder}."),
    (0, 0, "{Sc} work{s} late most evenings and repl{ies} to messages at midnight."),
    (0, 0, "{Pc} handovers are often rushed."),
    (0, 0, "{Sc} use{s} the team chat well to keep people posted."),
    (0, 0, "{Sc} avoid{s} {stakeholder} and route{s} everything through {colleague}."),
    (0, 0, "{Sc} prepare{s} thoroughly for {meeting}."),
    (0, 0, "{Sc} rush{es} the last part of presentations."),
    (0, 0, "{Sc} give{s} {P} team credit in public."),
    (0, 0, "{Sc} pick{s} up other people's work when they fall behind."),
    (0, 0, "{Sc} follow{s} up on actions without being chased."),
    (0, 0, "{Sc} tend{s} to go silent when {S} disagree{s} with a senior."),
    (0, 0, "{Sc} make{s} decisions quickly and explain{s} the reasoning."),
    (0, 0, "{Sc} write{s} things down and come{s} back to them."),
    (0, 0, "{Sc} often arrive{s} a few minutes late to {meeting}."),
    (0, 0, "{Sc} ask{s} good questions in {meeting}."),
    (0, 0, "{Sc} check{s} in with the quieter people on the team."),
    (0, 0, "{Sc} hold{s} back ideas until {S} {is} sure they are perfect."),
    (0, 0, "{Sc} {is} asking better questions in {meeting} than at the start of the programme."),
    (0, 0, "{Sc} send{s} the minutes round the same day."),
    (0, 0, "{Sc} speak{s} very fast when presenting to {stakeholder}."),
    (0, 0, "{Sc} {is} always coming to our sessions with the list of topics ready."),
    (0, 0, "{Sc} {does} not ask help enough, always {S} tr{ies} alone first."),
    (0, 0, "Sometimes {S} explain{s} too much the details and the main message is lost."),
    (0, 0, "{Sc} say{s} sorry a lot when {S} bring{s} bad news."),
    (0, 0, "{Sc} jump{s} straight to solutions before the problem is clear."),
    (0, 0, "{Sc} read{s} the room well in {meeting}."),
    (0, 0, "{Sc} rarely take{s} a proper lunch break."),
    # --- actionable, not specific ---
    (1, 0, "Suggested {S} try summarising the decision out loud at the end of each {meeting_s}."),
    (1, 0, "Next time {S} present{s}, lead with the recommendation and keep the detail for questions."),
    (1, 0, "Try pausing before answering so the other person can finish."),
    (1, 0, "{Sc} should block out focus time in {P} calendar and protect it."),
    (1, 0, "Suggested {S} ask for help earlier rather than waiting until the deadline is close."),
    (1, 0, "Next time a request comes in, {S} could check priorities with {colleague} before saying yes."),
    (1, 0, "Try to end every email with the action you need from the reader."),
    (1, 0, "{Sc} could rehearse the opening out loud before {meeting}."),
    (1, 0, "Going forward {S} should send the agenda ahead rather than on the day."),
    (1, 0, "Asked {O} to let others speak first in {meeting} and then build on their points."),
    (1, 0, "Worth {O} trying a traffic-light format for status updates."),
    (1, 0, "Recommended {S} keep a decision log and share it with the team."),
    (1, 0, "When {S} disagree{s} with a senior, {S} should say so in the meeting rather than afterwards."),
    (1, 0, "Try saying 'let me check and come back to you' instead of guessing."),
    (1, 0, "{Sc} need{s} to flag risks as soon as {S} spot{s} them, not at the end."),
    (1, 0, "Suggested {S} drop the apology at the start of updates and go straight to the point."),
    (1, 0, "{Sc} should ask {stakeholder} for feedback directly instead of guessing how it landed."),
    (1, 0, "Next time something goes wrong, write a short timeline before jumping to fixes."),
    (1, 0, "Asked {O} to turn the camera on for team calls."),
    (1, 0, "Try closing one-to-ones by asking what could be done differently."),
    (1, 0, "{Sc} could hand the routine checks to the juniors and keep {P} own time for the tricky cases."),
    (1, 0, "Suggested using the situation-behaviour-impact model when {S} give{s} feedback to {P} team."),
    (1, 0, "Practise the difficult conversation with me first, then have it for real."),
    (1, 0, "Encouraged {O} to write the headline first and the detail underneath in {P} updates."),
    (1, 0, "{Sc} should slow down when presenting to {stakeholder} and leave gaps for questions."),
    (1, 0, "I'd like {O} to send a short written recap after {meeting}."),
    (1, 0, "Suggested {S} batch {P} emails into set times rather than replying all day."),
    (1, 0, "Going forward, {S} should copy {colleague} into anything that changes the plan."),
    (1, 0, "Try asking the quieter people for their view before giving {P} own."),
    (1, 0, "{Sc} could use the opening minute of {meeting} to say what decision is needed."),
    (1, 0, "Next time a deadline looks unrealistic, {S} should say so at the start and offer an alternative."),
    (1, 0, "{Sc} must send the reports more early, not in the last minute."),
    (1, 0, "Better if {S} prepare{s} the questions before meeting {stakeholder}."),
    (1, 0, "I told {O} to not take every task alone, to share with the team."),
    (1, 0, "Suggested {S} write down the key message before {meeting} and check {S} said it."),
    (1, 0, "Try asking {stakeholder} what good looks like before starting the work."),
    (1, 0, "{Sc} should say no to new work until the current backlog is cleared."),
    (1, 0, "Encouraged {O} to ask for the feedback in writing when it's about something big."),
    # --- actionable, specific ---
    (1, 1, "For {artefact}, {S} should put the recommendation on page one and move the detail to an appendix."),
    (1, 1, "Before {next_event}, {S} should send the pre-read to {stakeholder} by Monday noon."),
    (1, 1, "Asked {O} to redo the summary of {artefact} in five bullet points."),
    (1, 1, "{Sc} should go back to {colleague} this week about cutting {colleague} off in {event}."),
    (1, 1, "In {next_event} I want {O} to speak in the first ten minutes."),
    (1, 1, "Next time {S} present{s} to {stakeholder}, cut the deck from 20 slides to 8."),
    (1, 1, "Suggested {S} send the notes from {event} to everyone by tomorrow."),
    (1, 1, "{Sc} should ask {colleague} for 20 minutes to go through the comments on {artefact}."),
    (1, 1, "For {next_artefact}, {S} should get {colleague} to check the figures before it goes out."),
    (1, 1, "Asked {O} to time the talk for {next_event} and get it under 12 minutes."),
    (1, 1, "Try saying no to at least one request this week and tell me how it went."),
    (1, 1, "I'd like {O} to practise the opening for {next_event} out loud twice before Thursday."),
    (1, 1, "Rewrite the first paragraph of {artefact} so the ask is in the opening sentence."),
    (1, 1, "Suggested {S} book 15 minutes with {stakeholder} before {next_event} to agree the outcome."),
    (1, 1, "For {artefact}, {S} could add a short summary at the top of every section."),
    (1, 1, "Try to hand over two of {P} routine tasks to {colleague} by the end of the month."),
    (1, 1, "Next week {S} should shadow {colleague} in a {meeting_s} and note three things worth copying."),
    (1, 1, "After how {event} went, {S} should send {stakeholder} a short follow-up today with the revised figures."),
    (1, 1, "Suggested {S} re-run the checks in {artefact} before Friday."),
    (1, 1, "Because {S} lost the room in {event}, next time {S} should stop after each section and check for questions."),
    (1, 1, "Asked {O} to send {colleague} a proper thank-you for the help with {artefact}."),
    (1, 1, "{Sc} should leave by 6pm at least three days next week."),
    (1, 1, "When {S} present{s} {artefact} to {stakeholder}, open with the two numbers that matter."),
    (1, 1, "Thanked {O} for the quick turnaround on {artefact} and asked for the same on {next_artefact}."),
    (1, 1, "I explained {O} to make the slides more simple for {next_event}."),
    (1, 1, "For {next_event} {S} should prepare maximum three key messages, not more."),
    (1, 1, "Asked {O} to follow up with {colleague} by Wednesday on the open points from {event}."),
    (1, 1, "{Sc} should reply to {stakeholder} today and propose a new date for {artefact}."),
    (1, 1, "Try running {next_event} with a written agenda and a ten-minute slot for questions."),
    (1, 1, "Suggested {S} ask {colleague} to review {artefact} before it goes to {stakeholder}."),
]

# Feedback sentences, personality focus (trait, character, attitude): (actionable, specific, text)
PERSONALITY = [
    (0, 0, "{Sisc} a natural with people."),
    (0, 0, "{Sisc} very bright, probably the sharpest in the cohort."),
    (0, 0, "{Sc} can come across as a bit arrogant."),
    (0, 0, "{Sisc} just not a details person."),
    (0, 0, "{Sisc} too nice for {P} own good."),
    (0, 0, "Honestly {Sis} a bit lazy when the work isn't interesting."),
    (0, 0, "{Sc} {is} a worrier."),
    (0, 0, "{Sisc} quite shy."),
    (0, 0, "{Sc} {is} very negative about change."),
    (0, 0, "{Sc} {has} a bit of an attitude problem."),
    (0, 0, "{Sisc} a born leader."),
    (0, 0, "{Sisc} too emotional."),
    (0, 0, "{Sc} {is} not a confident person."),
    (0, 0, "{Sc} {does}n't have the personality for client-facing work."),
    (0, 0, "{Sisc} a perfectionist."),
    (0, 0, "{Sisc} so disorganised."),
    (0, 0, "{Sc} {is} stubborn, once {S} {has} decided there's no moving {O}."),
    (0, 0, "{Sc} always seem{s} so stressed."),
    (0, 0, "{Sc} {is} defensive by nature."),
    (0, 0, "{Sc} lack{s} ambition."),
    (0, 0, "{Sisc} a good egg."),
    (0, 0, "{Sisc} really talented and {does}n't know it yet."),
    (0, 0, "{Sc} {is} too inexperienced for this kind of role."),
    (0, 0, "{Sisc} naturally brilliant with numbers."),
    (0, 0, "{Sc} {is} too quiet to lead a team."),
    (0, 0, "{Sisc} a bit scatterbrained."),
    (0, 0, "{Sisc} a people-pleaser."),
    (0, 0, "{Sisc} not a morning person and it shows."),
    (0, 0, "{Sc} {is} very intense."),
    (0, 0, "{Sc} {has} a short fuse."),
    (0, 0, "{Sisc} too blunt."),
    (0, 0, "{Sisc} overly sensitive to criticism."),
    (0, 0, "{Sc} {is} a bit of a control freak."),
    (0, 0, "{Sisc} impatient."),
    (0, 0, "{Sisc} lovely, everyone likes {O}."),
    (0, 0, "Not really a team player."),
    (0, 0, "{Sc} {is} brave and resilient."),
    (0, 0, "{Sisc} a bit passive."),
    (0, 0, "{Sisc} very academic, maybe too theoretical."),
    (0, 0, "{Sisc} a star."),
    (0, 0, "{Sc} {is} very shy person."),
    (0, 0, "{Sc} {is} not so much confident person, I think."),
    (0, 0, "{Sc} {is} a little bit lazy in my opinion."),
    (0, 0, "{Sisc} clever but arrogant."),
    (0, 0, "{Sisc} the anxious type."),
    (0, 0, "{Sisc} a real grafter."),
    (0, 0, "{Sc} {is} too soft with {P} team."),
    (0, 0, "{Sc} {has} a very negative attitude lately."),
    (0, 0, "{Sc} {is} one of the most mature people in the cohort."),
    (0, 0, "{Sc} {is} a bit full of {R}."),
    (0, 0, "{Sisc} just a very private person."),
    (0, 0, "{Sisc} too ambitious for {P} own good."),
    (0, 0, "{Sisc} hard-working but naive."),
    (0, 0, "{Sc} can seem cold to people who don't know {O}."),
    (0, 0, "{Sisc} such a positive person, a joy to work with."),
    (0, 0, "{Sc} {is} a bit of a know-it-all."),
    (0, 0, "{Sc} {is} not a natural leader."),
    (0, 0, "{Sc} {is} quite insecure underneath."),
    (0, 0, "{Sisc} a bit too laid-back for this environment."),
    (0, 0, "{Sisc} very competitive."),
    # trait word said of one occasion: still personality, and specific (feedback README rule 2)
    (0, 1, "{Sc} {was} so defensive in {event}."),
    (0, 1, "{Sc} {was} rude to {colleague} in {event}."),
    (0, 1, "{Sc} {was} a bit arrogant with {stakeholder} on {day}."),
    (0, 1, "{Sc} {was} brilliant in {event}, a natural."),
    (0, 1, "{Sc} {was} really lazy with {artefact}, honestly."),
    (0, 1, "{Sisc} disorganised: {S} missed two deadlines this month."),
    (0, 1, "{Sc} {was} far too emotional in {event}."),
    (0, 1, "{Sc} {was} a hero during {event}."),
    (0, 1, "{Sc} {was} so negative in {event} that {colleague} stopped contributing."),
    (0, 1, "{Sc} {was} a total pushover when {stakeholder} moved the deadline last week."),
    (0, 1, "{Sc} {was} very immature about the comments on {artefact}."),
    (0, 1, "{Sisc} a genius, {artefact} was the best I've seen in years."),
    (0, 1, "{Sc} {was} shy and timid in {event}, like always."),
    (0, 1, "{Sc} {was} bossy with the juniors in {event}."),
    # trait label plus a suggestion: personality, actionable
    (1, 0, "{Sisc} too shy, so {S} should make {R} speak up more in {meeting}."),
    (1, 0, "{Sisc} a perfectionist and should put a time limit on each task."),
    (1, 0, "{Sisc} disorganised, so I told {O} to start using a proper to-do list."),
    (1, 0, "{Sc} can come across as arrogant, so {S} should ask more questions before giving answers."),
    (1, 0, "{Sisc} too nice, {S} should start saying no."),
    (1, 0, "{Sisc} lazy about documentation; asked {O} to write things up as {S} go{es}."),
    (1, 0, "{Sisc} naturally negative and should try reframing things before speaking."),
    (1, 0, "{Sisc} a bit of a pushover, so suggested {S} practise saying no."),
    (1, 0, "{Sisc} too impatient, {S} must let others finish their sentences."),
    (1, 0, "{Sisc} too blunt and should soften the opening of {P} emails."),
    (1, 0, "{Sisc} a worrier, so suggested {S} write the worries down at the end of the day."),
    (1, 0, "{Sisc} a control freak, {S} should let the team own some decisions."),
    (1, 0, "{Sc} {is} too much introvert, I suggested to take the word more in {meeting}."),
    (1, 1, "{Sc} {was} really defensive in {event}; next time {S} should say thanks and ask for an example."),
    (1, 1, "{Sisc} just not a numbers person, so asked {O} to get {colleague} to review {artefact} before it goes out."),
    (1, 1, "{Sc} {was} arrogant with {colleague} on {day}, and I asked {O} to apologise this week."),
    (1, 1, "{Sisc} very introverted, so I asked {O} to prepare one point to make in each {meeting_s}."),
    (1, 1, "{Sc} {was} lazy with the checks on {artefact}; {S} should redo them before Friday."),
    (1, 1, "{Sisc} a worrier, so suggested {S} spend ten minutes planning each morning."),
]

# Goal cores: (specific, measurable, achievable, kind, text). kind o = one-off, r = recurring.
# Time frame and reason are separate pools, so time_bound and relevant come from those alone.
GOAL_CORES = [
    (1, 1, 1, "o", "{cert_goal}"),
    (1, 1, 1, "o", "complete {course}"),
    (1, 1, 1, "o", "write a one-page guide to {topic} and share it with the team"),
    (1, 1, 1, "o", "give a ten-minute talk on {topic} at the team meeting"),
    (1, 1, 1, "o", "finish {artefact} and send it to {stakeholder}"),
    (1, 1, 1, "o", "run a lunch-and-learn session on {topic}"),
    (1, 1, 1, "o", "apply for {role_next}"),
    (1, 1, 1, "o", "ask three senior colleagues for written feedback on {my} work"),
    (1, 1, 1, "r", "hold a monthly one-to-one with each person in {my} team"),
    (1, 1, 1, "o", "shadow {colleague} for two full days"),
    (1, 1, 1, "o", "draft a 12-month development plan and agree it with {my} line manager"),
    (1, 1, 1, "r", "speak up at least once in every {meeting_s}"),
    (1, 1, 1, "r", "lead two {meeting} a week"),
    (1, 1, 1, "r", "practise interview answers for 30 minutes a day"),
    (1, 1, 1, "r", "leave work by 6pm at least four days a week"),
    (1, 1, 1, "r", "give one piece of specific feedback to someone on the team every week"),
    (1, 1, 1, "r", "block two hours of focus time in {my} calendar every week"),
    (1, 1, 1, "r", "read one article about {topic} each week"),
    (1, 1, 1, "r", "stop checking work email after 9pm"),
    (1, 1, 1, "r", "stop interrupting people in {meeting}"),
    (1, 1, 1, "o", "have a 30-minute coffee with five people outside {my} team"),
    (1, 1, 1, "o", "present {artefact} to {stakeholder}"),
    (1, 1, 1, "o", "write up two examples of {my} leadership for the application to {role_next}"),
    (1, 1, 1, "r", "delegate at least two routine tasks to the team each week"),
    (1, 1, 1, "o", "sign up for a coaching-skills workshop and attend it"),
    (1, 1, 1, "o", "ask {my} manager for a salary review meeting"),
    (1, 1, 1, "o", "submit an abstract to the regional conference"),
    (1, 1, 1, "o", "set up a buddy scheme for the next two new starters"),
    (1, 1, 1, "o", "run one retrospective on {topic} with the whole team"),
    (1, 1, 1, "r", "send a written summary within 24 hours of every {meeting_s}"),
    (1, 0, 1, "r", "speak up more in {meeting}"),
    (1, 0, 1, "o", "reduce {my} overtime"),
    (1, 0, 1, "r", "delegate more of the routine work to {my} team"),
    (1, 0, 1, "r", "prepare properly for {meeting}"),
    (1, 0, 1, "o", "learn {learn_obj}"),
    (1, 0, 1, "r", "ask for feedback on {my} work more often"),
    (1, 0, 1, "o", "tidy up the shared drive for the team"),
    (1, 0, 1, "r", "send meeting notes out faster after {meeting}"),
    (1, 0, 1, "o", "cut down the time spent on admin"),
    (1, 0, 1, "o", "get more involved in {topic}"),
    (0, 0, 1, "o", "improve {my} communication"),
    (0, 0, 1, "o", "work on {my} leadership"),
    (0, 0, 1, "o", "be more confident"),
    (0, 0, 1, "o", "get better at time management"),
    (0, 0, 1, "o", "be more strategic"),
    (0, 0, 1, "o", "develop {my} technical skills"),
    (0, 0, 1, "o", "understand the business better"),
    (0, 0, 1, "o", "grow {my} network"),
    (0, 0, 1, "o", "be a better manager"),
    (0, 0, 1, "o", "be more confident in {meeting}"),
    (0, 0, 1, "o", "build a better relationship with {stakeholder}"),
    (0, 0, 1, "o", "be less nervous when presenting to {stakeholder}"),
    (0, 0, 1, "o", "have a better work-life balance"),
    (0, 0, 1, "o", "be more visible"),
    (0, 0, 1, "o", "get more comfortable with conflict"),
    (0, 0, 1, "o", "step up more"),
    (0, 0, 1, "o", "learn more about leadership"),
    (0, 0, 1, "o", "be more assertive with {stakeholder}"),
    (1, 1, 0, "o", "get {my} manager to promote {me}"),
    (1, 1, 0, "r", "never make a single mistake on {artefact_kind} again"),
    (1, 1, 0, "o", "get {stakeholder} to approve everything in {my} proposal"),
    (1, 1, 0, "o", "get appointed to {role_next}"),
    (1, 1, 0, "o", "read {huge_read} cover to cover"),
    (1, 1, 0, "o", "win the graduate of the year award"),
    (0, 0, 0, "o", "be perfect at everything, all the time"),
]
GOAL_CORES_COHORT = {
    SE: [
        (1, 1, 1, "o", "ship the retry logic for the payments service"),
        (1, 1, 1, "o", "write {my} first RFC and get it reviewed by the platform team"),
        (1, 0, 1, "o", "improve {my} SQL window functions"),
        (1, 1, 1, "r", "review at least three pull requests a day"),
        (1, 1, 1, "o", "facilitate one incident review"),
        (1, 1, 1, "o", "pair with a junior engineer on a full feature from design to release"),
        (0, 0, 1, "o", "get better at Python"),
        (1, 1, 1, "o", "cut the CI build time on {my} team's repo to under ten minutes"),
        (1, 0, 1, "o", "get to know the billing service codebase"),
    ],
    CL: [
        (1, 1, 1, "o", "complete the falls audit for all four bays"),
        (1, 1, 1, "r", "run the morning safety huddle three times a week"),
        (1, 1, 1, "o", "present the QI project at the trust's quality forum"),
        (1, 1, 1, "o", "write the business case for an extra healthcare assistant on nights"),
        (1, 1, 1, "o", "sit in on two disciplinary meetings with the ward manager"),
        (0, 0, 1, "o", "be a better role model for the juniors"),
        (1, 1, 1, "o", "get the new starters' induction pack updated"),
        (1, 1, 1, "r", "do a teaching session for the HCAs once a month"),
        (1, 0, 1, "r", "delegate more to the HCAs on late shifts"),
    ],
    GF: [
        (1, 1, 1, "o", "build the three-statement model for the Harrow account without help"),
        (1, 1, 1, "o", "lead one client call on {my} own"),
        (1, 1, 1, "r", "close {my} part of month-end by working day three"),
        (0, 0, 1, "o", "get better at Excel"),
        (1, 1, 1, "o", "automate the weekly cash report in Power BI"),
        (1, 1, 1, "o", "present the variance commentary at the monthly review"),
        (1, 0, 1, "o", "learn how the consolidation works"),
        (1, 1, 1, "r", "do two hours of BA2 revision every weekday"),
        (1, 1, 0, "o", "get a permanent offer from the FP&A team"),
    ],
}
# Time frames: (time_bound, kind, text). kind o / r / a(ny).
TIMEFRAMES = [
    (1, "o", "by {gdate}"),
    (1, "o", "by the end of {gmonth}"),
    (1, "o", "before {my} appraisal in {gmonth}"),
    (1, "o", "within six weeks"),
    (1, "o", "within the next two months"),
    (1, "o", "this quarter"),
    (1, "o", "before the programme ends in June"),
    (1, "o", "by {gdate_short}"),
    (1, "o", "before {my} rotation ends in {gmonth}"),
    (1, "o", "in time for the {gmonth} review"),
    (1, "o", "before the summer holidays"),
    (1, "o", "over the next eight weeks"),
    (1, "r", "for the next six weeks"),
    (1, "r", "until {my} review in {gmonth}"),
    (1, "r", "until the end of {gmonth}"),
    (1, "r", "over the next three months"),
    (1, "r", "for the rest of the programme"),
    (1, "r", "between now and {gdate}"),
    (1, "r", "every week until the end of the quarter"),
    (0, "a", "soon"),
    (0, "a", "ASAP"),
    (0, "a", "starting next week"),
    (0, "a", "from Monday"),
    (0, "a", "eventually"),
    (0, "a", "at some point"),
    (0, "a", "when things calm down"),
    (0, "a", "in the future"),
    (0, "a", "going forward"),
    (0, "a", "one day"),
]
# Reasons: (relevant, text)
REASONS = [
    (1, "so that {I} can apply for {role_next}"),
    (1, "to prepare for the interview for {role_next}"),
    (1, "because it came up as the main gap in {my} appraisal"),
    (1, "because the team needs a second person who can cover {cover_task}"),
    (1, "so {I} can take on more of {cover_task}"),
    (1, "in order to be ready for {role_next}"),
    (1, "as it's the main thing in {my} development plan for the programme"),
    (1, "so that {stakeholder} will trust {my} estimates"),
    (1, "so {I} can avoid burning out"),
    (1, "because {my} plan is to move into management"),
    (1, "to build a track record for promotion"),
    (1, "so that {my} team gets clearer direction"),
    (1, "so that the juniors have someone to go to"),
    (1, "because {stakeholder} need it for planning"),
    (0, "to get it done"),
    (0, "just to tick it off"),
    (0, "to get better at it"),
    (0, "to finally do it"),
]

# Questions the mentor asked: (open, leading, text). leading only on closed questions.
QUESTIONS = [
    (1, 0, "What would a good outcome look like for you by the end of the programme?"),
    (1, 0, "How did {event} go from your side?"),
    (1, 0, "What got in the way of the actions from last time?"),
    (1, 0, "Walk me through how you prepared for {event}."),
    (1, 0, "Tell me about the conversation with {colleague}."),
    (1, 0, "What do you think {stakeholder} needed from you in that moment?"),
    (1, 0, "How do you want {stakeholder} to see you in six months?"),
    (1, 0, "What would you do differently if you ran {event} again?"),
    (1, 0, "What's draining your energy at the moment?"),
    (1, 0, "Where do you see yourself in two years?"),
    (1, 0, "What support would make the biggest difference this month?"),
    (1, 0, "How are you feeling about {topic}?"),
    (1, 0, "What have you tried so far?"),
    (1, 0, "What's the smallest step you could take this week?"),
    (1, 0, "Why does this goal matter to you?"),
    (1, 0, "What did you learn about yourself from {event}?"),
    (1, 0, "How would your team describe your style?"),
    (1, 0, "What's one thing you'd like me to do differently in these sessions?"),
    (1, 0, "What options do you see?"),
    (1, 0, "How do you decide what to say yes to?"),
    (1, 0, "What's stopping you from applying?"),
    (1, 0, "What does a good week look like for you?"),
    (1, 0, "How did it feel when {stakeholder} challenged you?"),
    (1, 0, "What would you say to a friend in your position?"),
    (1, 0, "Tell me more about what happened with {artefact}."),
    (1, 0, "How could you find out what {stakeholder} actually expect?"),
    (1, 0, "What did {colleague} say when you raised it?"),
    (1, 0, "What are you most proud of since we last met?"),
    (1, 0, "How do you know when you've done enough on a piece of work?"),
    (1, 0, "What would happen if you didn't do it?"),
    (1, 0, "What's the story you're telling yourself about {topic}?"),
    (1, 0, "Which parts of the job give you energy, and why?"),
    (1, 0, "How will you know you've made progress on {topic}?"),
    (1, 0, "What would it take for you to go for {role_next}?"),
    (1, 0, "How are things with {colleague} since last time?"),
    (1, 0, "What's really going on with {topic}?"),
    (1, 0, "How did the last two weeks go?"),
    (1, 0, "What did you notice about how you reacted?"),
    (1, 0, "What would make {next_event} a success for you?"),
    (1, 0, "How could I be more useful to you?"),
    (1, 0, "What feedback have you had recently, and how did it land?"),
    (1, 0, "What's the hardest part of {topic} for you right now?"),
    (1, 0, "How do you want to use the rest of the programme?"),
    (1, 0, "What's changed since our last session?"),
    (1, 0, "How did you prioritise this week, and did you get the sign-off?"),
    (1, 0, "Describe a moment this month when you felt at your best."),
    (1, 0, "Can you say more about why {artefact} stalled?"),
    (1, 0, "What do you think is behind the tension with {colleague}?"),
    (1, 0, "How are you doing, really?"),
    (1, 0, "What would you like to get out of today?"),
    (0, 0, "Did you send the follow-up to {stakeholder}?"),
    (0, 0, "Is the deadline for {artefact} still Friday?"),
    (0, 0, "How many hours did you work last week?"),
    (0, 0, "When is your appraisal?"),
    (0, 0, "Have you booked {course} yet?"),
    (0, 0, "Did {colleague} get back to you?"),
    (0, 0, "Would you prefer to meet on Tuesdays or Thursdays?"),
    (0, 0, "Are you still on call next month?"),
    (0, 0, "Did you get the comments back on {artefact}?"),
    (0, 0, "Have you spoken to your line manager about {role_next}?"),
    (0, 0, "Is {next_event} still going ahead?"),
    (0, 0, "How many of the actions did you get through?"),
    (0, 0, "Do you want to keep the same goal?"),
    (0, 0, "Did you manage to leave on time this week?"),
    (0, 0, "Can we move the next session to the afternoon?"),
    (0, 0, "Was that the first time it happened?"),
    (0, 0, "Have you read the guidance I sent?"),
    (0, 0, "Did you say anything in {event}?"),
    (0, 0, "Are you applying for {role_next}?"),
    (0, 0, "Is {colleague} your line manager now?"),
    (0, 0, "Did you finish {course}?"),
    (0, 0, "Who signs off {artefact}?"),
    (0, 0, "Have you thought about asking {colleague} for help?"),
    (0, 0, "On a scale of one to ten, how stressed are you this week?"),
    (0, 0, "Do you think you should apply?"),
    (0, 1, "Don't you think you should apply for {role_next}?"),
    (0, 1, "Wouldn't it be better to wait until after {next_event}?"),
    (0, 1, "You agree that the deadline was unrealistic, right?"),
    (0, 1, "Isn't it time you raised this with {stakeholder}?"),
    (0, 1, "Shouldn't you be delegating that to {colleague}?"),
    (0, 1, "Don't you think {stakeholder} would appreciate a heads-up?"),
    (0, 1, "Surely you can say no to some of this?"),
    (0, 1, "You're going to push back on that, aren't you?"),
    (0, 1, "Wouldn't a checklist solve most of this?"),
    (0, 1, "Isn't that something {colleague} should be doing?"),
    (0, 1, "Don't you think you were a bit harsh in {event}?"),
    (0, 1, "Would you agree the workload is the real problem here?"),
    (0, 1, "Haven't we talked about this before?"),
    (0, 1, "Wouldn't it make sense to ask for help earlier?"),
    (0, 1, "It'd be good to get that done by Friday, yes?"),
    (0, 1, "Don't you want to be considered for {role_next}?"),
]

# Action items, as verb phrases; the owner is written around them.
ACTIONS_MENTEE = [
    "send {stakeholder} the revised version of {artefact}",
    "draft the agenda for {next_event}",
    "book a slot with {colleague} to go through {artefact}",
    "update {P} CV and send it over",
    "write up three examples for the application to {role_next}",
    "ask {stakeholder} for feedback on {artefact}",
    "try the two-minute summary at the start of {next_event}",
    "block 2 hrs of focus time in the calendar every week",
    "say no to one new request and note what happened",
    "read chapter 3 of the book I lent {O}",
    "register for {course}",
    "rehearse the talk for {next_event} with {colleague}",
    "speak to {P} line manager about {role_next}",
    "finish {artefact}",
    "go through the job description for {role_next} and mark the gaps",
    "keep a log of interruptions for a week",
    "set up a 15-minute weekly check-in with {colleague}",
    "put together a first draft of {P} development plan",
    "send me the draft of {next_artefact}",
    "map out the key stakeholders for {topic}",
    "write down three wins every Friday",
    "ask {colleague} whether {S} can sit in on {next_event}",
    "reply to {stakeholder} about the deadline",
    "do two timed practice papers",
    "hand the routine checks to the team for two weeks and see what happens",
    "come back with two options for {topic}",
    "talk to HR about flexible working",
    "fill in the mid-programme survey",
    "prepare a one-page summary of {artefact}",
    "shadow {colleague} during {next_event}",
    "fix the formatting in {artefact} and re-send it",
    "rewrite the goal with a date and a number in it",
]
ACTIONS_MENTOR = [
    "send {O} the article on giving feedback",
    "introduce {O} to {colleague}",
    "check with {colleague} whether there's budget for {course}",
    "share my old application for a similar role as an example",
    "ask around about shadowing opportunities for {O}",
    "forward the SBI template",
    "send over the slides from my talk on {topic}",
    "review {artefact} and send comments",
    "book the next two sessions",
    "find the link to the internal job board",
    "speak to {colleague} about a stretch project for {O}",
    "dig out the template I use for {meeting}",
    "write a short reference for {O}",
    "recommend a book on negotiation",
    "sit in on {next_event} and give {O} feedback afterwards",
    "check the dates for {course}",
]
ACTIONS_BOTH = [
    "review the goals at the next session",
    "agree a new goal once {topic} settles down",
    "go through {artefact} together next time",
    "do a mock interview for {role_next}",
    "look at the action list again in four weeks",
    "each bring one example of good feedback next time",
    "try a walking session next time",
    "write a short mid-programme reflection",
]
ACTIONS_NAMED = [
    "send {O} the audit template",
    "confirm the study leave dates",
    "add {O} to the invite for {next_event}",
    "set up a shadowing day for {O}",
    "share last year's version of {artefact}",
    "check whether {O} can attend {course}",
    "pair with {O} on {next_artefact}",
    "give {O} access to the shared drive",
    "run through the new process with {O}",
    "nominate {O} for {course}",
]

# Context / opening lines (label: other)
CONTEXT = [
    "Quick one today, {S} had to leave early because of {busy}.",
    "Met on Teams, the connection kept dropping.",
    "Started with how things are going with {topic}.",
    "Went back over the actions from last time.",
    "{Sc} came in a bit flat after a long week.",
    "{Sc} said {S} felt overwhelmed by {topic} this week.",
    "Mostly talked about {topic} today.",
    "We spent most of the hour on {topic} and a bit on {topic2}.",
    "First session back after {P} annual leave.",
    "{Sc} got {news}, which is great news.",
    "Coffee at {place}; good energy today.",
    "Moved from {day} because of {busy}.",
    "Agenda: {topic}, {topic2}, goals check.",
    "Reviewed progress against the goals we set at the start.",
    "{colleague} joined for the last ten minutes to talk about {topic}.",
    "{artefact} is in much better shape now.",
    "Short session, about 30 minutes.",
    "Ran over by 20 min, my fault.",
    "{Sc} {is} off next week so we moved things around.",
    "Talked a lot about {topic}, no big decisions.",
    "Background: {S} {has} been in the role about eight months.",
    "Checked in on wellbeing first, things are a bit better at home.",
    "The reorg has been announced and there's a lot of uncertainty on the team.",
    "{Sc} mentioned the team is two people down at the moment.",
    "Long chat about career options after the programme.",
    "Went through the mid-point review form together.",
    "{Sc} wanted to use the time for {topic} rather than the goals, which is fine.",
    "Did the session walking round the park, which worked well.",
    "In person today at {place}.",
    "Bit of a rambling session, hard to pin things down.",
    "We talked about how to structure the next few sessions.",
    "Agreed to keep sessions at 45 minutes.",
    "{Sc} asked me how I handled {topic} when I was at that stage.",
    "{Sc} asked whether {S} should apply for {role_next}.",
    "Caught up on the fallout from {event}.",
    "There was a lot to unpack from {event}.",
    "The deadline for {artefact} moved to next month.",
    "Training budget is frozen for now.",
    "Covered confidentiality again since {colleague} may join the team.",
    "Started with a quick check on how the fortnight has been.",
    "Lots going on at work: {topic} and {topic2} at the same time.",
    "{Sc} shared some personal stuff, not noting it here.",
    "Most of the session went on preparing for {next_event}.",
    "Reflected on how the programme has gone so far.",
    "{colleague} is leaving at the end of the month, so the team is stretched.",
    "No major updates since last time.",
    "Followed up on {event}.",
    "Had to cut it short because of {busy}.",
    "Rescheduled again, second time this month.",
    "Talked through the options for {topic}.",
    "Used the GROW model on {topic}.",
    "We looked at the comments {S} got from {stakeholder} on {artefact}.",
    "I shared a bit about my own experience with {topic}.",
    "Evening session, {S} had been at work since 7.",
    "Recap of where we are on {topic}.",
    "Energy was good today, lots of laughing.",
    "Spent ten minutes on the CV.",
    "Not much movement on the actions, {busy} ate the fortnight.",
    "We were discussing about {topic} most of the time.",
    "Today the meeting was short because {S} {is} on holiday from tomorrow.",
    "{Sc} told me the situation with {colleague} is more better now.",
    "First we checked the actions of last time.",
    "{Sc} explained me the new process for {topic}.",
    "The new structure starts next month, nobody knows the details yet.",
    "Priorities changed again this month, according to {stakeholder}.",
    "Picked up where we left off on {topic}.",
]
CONTEXT_COHORT_PERIOD = {
    # lines that only make sense after a programme event (label: other)
    (CL, "after"): [
        "We used the SBI structure from the feedback training to go through {event}.",
        "Talked about what {S} took from the feedback training on the 3rd.",
        "I tried to keep my comments to what I actually saw, as per the training.",
    ],
    (GF, "after"): [
        "Rewrote the goals with the SMART template from the workshop.",
        "{Sc} found the goal-setting workshop useful, especially the deadlines part.",
        "Spent the first part checking each goal has a date on it.",
    ],
}
CONTEXT_FIRST = [
    "First session: expectations, confidentiality and how we'll work together.",
    "Intro session, mostly getting to know each other.",
    "First meeting. Talked about {P} background and what {S} want{s} from the programme.",
    "Kick-off: agreed ground rules, every two weeks, 45-60 min, Teams or in person.",
    "First session, {S} came with a list of topics, {topic} at the top.",
    "Getting-to-know-you session; {S} {has} been in the team about a year.",
]
CONTEXT_LAST = [
    "Last session of the programme, we looked back over the six months.",
    "Final session. Went through what changed since January.",
    "Wrap-up session; agreed to keep in touch informally after the programme.",
]
CLOSING = [
    "Next session {next}.",
    "Next: {next}, same time.",
    "Next meeting {next} at 4.",
    "Bring the updated CV next time.",
    "For next time, bring the draft of {next_artefact} so we can go through it.",
    "We'll check on the actions next time.",
    "Good session overall.",
    "Ran out of time for the goals, pick up next time.",
    "Invite sent for {next}.",
    "Same time in two weeks.",
    "Next one is in person.",
    "To be continued on {next}.",
    "Both happy with progress.",
    "Next session we look at the goals again.",
]
HEADERS = [
    "Session {n} - {mname}",
    "{sdate} - {mname}",
    "#{n} {sdate}",
    "Mtg {n} w/ {mname}",
    "Notes {sdate}",
    "{mname} / {sdate} / {mins} min",
    "1:1 with {mname}, {sdate}",
    "Mentoring session {n} ({sdate})",
    "{sdate} catch-up",
    "Session notes - {mname} - week {week}",
    "{mfull} - session {n}",
    "Mentee: {mfull} | {sdate}",
]
SECTION_HEADS = {
    "context": ["Discussed:", "Update", "Context:", "Where things are:"],
    "feedback": ["Feedback:", "Observations", "What I noticed:", "Feedback given"],
    "questions": ["Questions I asked:", "Qs", "Coaching questions:"],
    "goal": ["Goal:", "Goals", "Goal setting"],
    "actions": ["Actions:", "Next steps", "Action points:", "To do"],
}
FB_GREETINGS = ["Hi {mname},", "{mname} -", "Thanks for today.", "Hi {mname}, a few thoughts after our session.",
                "Quick feedback from today:", "Hello {mname},", "Following up on today's session:"]
FB_SIGNOFFS = ["Best, {mentor_first}", "{mentor_first}", "Cheers, {mentor_first}", "Speak soon.", "Thanks, {mentor_first}",
               "Good luck this week!"]

# Style resources ---------------------------------------------------------------------------
US_SPELLING = [
    ("behaviour", "behavior"), ("organise", "organize"), ("organised", "organized"), ("organising", "organizing"),
    ("disorganised", "disorganized"), ("prioritise", "prioritize"), ("prioritising", "prioritizing"),
    ("summarising", "summarizing"), ("summarise", "summarize"), ("apologised", "apologized"), ("apologise", "apologize"),
    ("recognise", "recognize"), ("realise", "realize"), ("analyse", "analyze"), ("colour", "color"),
    ("centre", "center"), ("practise", "practice"), ("judgement", "judgment"), ("programme", "program"),
    ("favour", "favor"), ("whilst", "while"), ("learnt", "learned"), ("cancelled", "canceled"),
    ("modelling", "modeling"), ("labelled", "labeled"), ("defence", "defense"), ("licence", "license"),
    ("annual leave", "PTO"), ("rota", "schedule"), ("CV", "resume"),
]
TYPOS = [
    ("definitely", "definately"), ("receive", "recieve"), ("separate", "seperate"), ("which", "wich"),
    ("their", "thier"), ("because", "becuase"), ("really", "realy"), ("until", "untill"),
    ("necessary", "neccessary"), ("tomorrow", "tommorow"), ("beginning", "begining"), ("writing", "writting"),
    ("calendar", "calender"), ("colleague", "collegue"), ("the", "teh"), ("and", "adn"), ("with", "wiht"),
    ("about", "abotu"), ("going", "goign"), ("didn't", "didnt"), ("doesn't", "doesnt"), ("don't", "dont"),
    ("it's", "its"), ("I'm", "Im"), ("she's", "shes"), ("they're", "theyre"), ("you're", "your"),
    ("meeting", "meeing"), ("session", "sesion"), ("questions", "quesitons"), ("people", "poeple"),
    ("feedback", "feeback"), ("probably", "probaly"), ("difficult", "dificult"), ("quite", "quiet"),
]
SHORTHAND = [
    (r"\bwith\b", "w/"), (r"\bwithout\b", "w/o"), (r"\bmeeting\b", "mtg"), (r"\bbecause\b", "b/c"),
    (r"\band\b", "&"), (r"\bpeople\b", "ppl"), (r"\bsomething\b", "sth"), (r"\bpresentation\b", "pres"),
    (r"\btomorrow\b", "tmrw"), (r"\bquestions\b", "Qs"), (r"\bfeedback\b", "fb"), (r"\bminutes\b", "mins"),
    (r"\bmanagement\b", "mgmt"), (r"\breally\b", "v"), (r"\bweek\b", "wk"), (r"\bnumbers\b", "nos"),
    (r"\bthe\b ", ""), (r"\babout (?=[a-z])", "re "),
]
NONNATIVE = [
    (r"\bdiscussed\b", "discussed about"), (r"\bfeedback\b", "feedbacks"), (r"\badvice\b", "advices"),
    (r"\binformation\b", "informations"), (r"\bnext time\b", "the next time"), (r"\bthe team\b", "team"),
    (r"\bvery well\b", "very good"), (r"\bfor two weeks\b", "since two weeks"), (r"\bI think\b", "I am thinking"),
    (r"\bmade a suggestion\b", "did a suggestion"), (r"\bthe deadline\b", "deadline"),
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
BANK_HOLIDAYS = {dt.date(2026, 4, 3), dt.date(2026, 4, 6), dt.date(2026, 5, 4), dt.date(2026, 5, 25)}

PRON = {
    "she": dict(S="she", O="her", P="her", R="herself", Sis="she's", plural=False),
    "he": dict(S="he", O="him", P="his", R="himself", Sis="he's", plural=False),
    "they": dict(S="they", O="them", P="their", R="themselves", Sis="they're", plural=True),
    "you": dict(S="you", O="you", P="your", R="yourself", Sis="you're", plural=True),
}
GOAL_PRON = {
    "I": dict(I="I", my="my", me="me"),
    "she": dict(I="she", my="her", me="her"),
    "he": dict(I="he", my="his", me="him"),
    "they": dict(I="they", my="their", me="them"),
    "you": dict(I="you", my="your", me="you"),
}

# ---------------------------------------------------------------------------------------------
# Pool checks: the labels must be consistent with what the fragment says
# ---------------------------------------------------------------------------------------------
SPECIFIC_MARK = re.compile(
    r"\{(event|next_event|artefact|next_artefact|day)\}|\d|\b(once|twice|one|two|three|four|five|ten|eleven|"
    r"yesterday|today|tomorrow|this week|this fortnight|this month|next week|last week|last month|last Thursday|"
    r"last Tuesday|on Monday|on Friday|by Friday|before Friday|before Thursday|by Wednesday)\b", re.I)
ACTION_CUE = re.compile(
    r"\b(try|suggested|should|next time|asked \{O\} to|asked for|i'd like|could|need\{s\} to|recommended|"
    r"encouraged|going forward|must|rewrite|practise|told \{O\} to|better if|explained \{O\} to|"
    r"i want \{O\} to|cut the|open with|suggested to|worth \{O\} trying)\b", re.I)


def check_pools():
    problems = []
    # words that look like cues or numbers but are not ("one-to-ones", "once she has decided")
    not_markers = re.compile(r"one-to-ones?|one of the|once \{S\}|could finish")
    for pool_name, pool in (("BEHAVIOUR", BEHAVIOUR), ("PERSONALITY", PERSONALITY)):
        seen = set()
        for a, s, raw in pool:
            text = not_markers.sub("", raw)
            if raw in seen:
                problems.append(f"{pool_name}: duplicate {raw!r}")
            seen.add(raw)
            has_spec = bool(SPECIFIC_MARK.search(text))
            if s == 0 and has_spec:
                problems.append(f"{pool_name}: s=0 but has a particular marker: {text!r}")
            if s == 1 and not has_spec:
                problems.append(f"{pool_name}: s=1 without a particular marker: {text!r}")
            has_cue = bool(ACTION_CUE.search(text))
            if a == 1 and not has_cue:
                problems.append(f"{pool_name}: a=1 without a suggestion cue: {text!r}")
            if a == 0 and has_cue:
                problems.append(f"{pool_name}: a=0 but has a suggestion cue: {text!r}")
            if ". " in text.rstrip("."):
                problems.append(f"{pool_name}: more than one sentence: {text!r}")
    for q_open, lead, text in QUESTIONS:
        if q_open and lead:
            problems.append(f"QUESTIONS: open and leading: {text!r}")
    if problems:
        raise SystemExit("fragment pool problems:\n  " + "\n  ".join(problems))


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
ALT_RE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
TOK_RE = re.compile(r"\{(\w+)\}")


def fmt_day_month(d, us, style):
    """A date written the way people write dates in notes."""
    if style == 0:
        return f"{MONTHS[d.month - 1][:3]} {d.day}" if us else f"{d.day} {MONTHS[d.month - 1][:3]}"
    if style == 1:
        return f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"
    if style == 2:
        return f"{MONTHS[d.month - 1]} {d.day}" if us else f"{d.day} {MONTHS[d.month - 1]}"
    if style == 3:
        return d.isoformat()
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{WEEKDAYS[d.weekday()][:3]} {d.day}{suffix}" if d.weekday() < 5 else f"{d.day}{suffix}"


class Session:
    """Everything one note needs: who, when, how the mentor writes, and an rng of its own."""

    def __init__(self, pair, date, n, next_date, rng):
        self.pair = pair
        self.mentor = pair["mentor"]
        self.cohort = pair["cohort"]
        self.style = STYLES[self.mentor]
        self.date = date
        self.n = n
        self.next_date = next_date
        self.rng = rng
        self.slots = SLOTS[self.cohort]
        self.us = self.style["us"]
        self.date_style = rng.choice([0, 0, 1, 2, 4]) if not self.us else rng.choice([0, 1, 1, 2])

    # -- slot values ------------------------------------------------------------------------
    def slot(self, name, cache):
        if name in cache:
            return cache[name]
        r = self.rng
        s = self.slots
        if name in ("meeting", "meeting_s"):
            pair = r.choice(s["meeting"])
            cache["meeting"], cache["meeting_s"] = pair
            return cache[name]
        if name == "colleague2":
            val = r.choice([c for c in s["colleague"] if c != cache.get("colleague")])
        elif name == "topic2":
            val = r.choice([t for t in s["topic"] if t != cache.get("topic")])
        elif name in s:
            val = r.choice(s[name])
        elif name == "day":
            val = r.choice(WEEKDAYS)
        elif name == "mname":
            val = self.pair["first"]
        elif name == "mfull":
            val = self.pair["mentee"]
        elif name == "mentor_first":
            val = self.mentor.split()[0]
        elif name == "sdate":
            val = fmt_day_month(self.date, self.us, self.date_style)
        elif name == "next":
            nd = self.next_date or self.date + dt.timedelta(days=14)
            val = fmt_day_month(nd, self.us, r.choice([0, 1, 2, 4]))
        elif name == "n":
            val = str(self.n)
        elif name == "mins":
            val = str(r.choice([30, 45, 45, 60, 60, 50]))
        elif name == "week":
            val = str(self.date.isocalendar()[1])
        elif name in ("gdate", "gdate_short", "gmonth"):
            val = self.goal_date(name)
        else:
            raise KeyError(name)
        cache[name] = val
        return val

    def goal_date(self, name):
        r = self.rng
        if name == "gmonth":
            m = self.date.month + r.choice([1, 1, 2, 2, 3])
            return MONTHS[(m - 1) % 12]
        d = self.date + dt.timedelta(days=r.randint(30, 110))
        # people pick round dates: the end of a month or the 15th
        if r.random() < 0.6:
            nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            d = nxt - dt.timedelta(days=1)
        else:
            d = d.replace(day=15)
        if name == "gdate_short":
            return f"{d.month}/{d.day}" if self.us else f"{d.day}/{d.month}"
        return f"{MONTHS[d.month - 1]} {d.day}" if self.us else f"{d.day} {MONTHS[d.month - 1]}"

    # -- text -------------------------------------------------------------------------------
    def render(self, text, voice, goal_voice=None, name_rate=0.3, cache=None):
        """Fill alternatives, slots, pronouns and agreement. voice: she/he/they/you."""
        r = self.rng
        cache = {} if cache is None else cache
        text = ALT_RE.sub(lambda m: r.choice(m.group(1).split("|")), text)
        pron = PRON[voice]
        gp = GOAL_PRON[goal_voice or voice]
        state = {"plural": pron["plural"]}
        name = self.pair["first"]

        def sub(m):
            t = m.group(1)
            if t in ("S", "Sc", "Sis", "Sisc", "Pc"):
                use_name = t in ("Sc", "Sisc", "Pc") and voice != "you" and r.random() < name_rate
                if use_name:
                    state["plural"] = False if t != "Pc" else state["plural"]
                    return {"Sc": name, "Sisc": name + "'s", "Pc": name + "'s"}[t]
                if t != "Pc":
                    state["plural"] = pron["plural"]
                base = pron[{"Sc": "S", "Sisc": "Sis", "Pc": "P"}.get(t, t)]
                return base[0].upper() + base[1:] if t.endswith("c") else base
            if t in ("O", "P", "R"):
                return pron[t]
            agree = {"s": ("", "s"), "es": ("", "es"), "ies": ("y", "ies"), "is": ("are", "is"),
                     "was": ("were", "was"), "has": ("have", "has"), "does": ("do", "does")}
            if t in agree:
                return agree[t][0] if state["plural"] else agree[t][1]
            if t in ("I", "my", "me"):
                return gp[t]
            return self.render(self.slot(t, cache), voice, goal_voice, name_rate, cache) if "{" in self.slot(t, cache) \
                else self.slot(t, cache)

        out = TOK_RE.sub(sub, text)
        return out[0].upper() + out[1:] if out else out

    def due(self):
        """A due phrase as mentors write it, and its ISO date resolved against the session date."""
        r = self.rng
        d0 = self.date
        kind = r.choice(["date", "date", "slash", "weekday", "weekday", "next_session", "next_session",
                         "end_month", "end_next_week", "fortnight", "ordinal"])
        if kind == "end_month" and d0.day > 24:
            kind = "date"
        if kind in ("date", "slash", "ordinal"):
            d = d0 + dt.timedelta(days=r.randint(4, 21))
            if kind == "date":
                txt = "by " + (f"{MONTHS[d.month - 1][:3]} {d.day}" if self.us else f"{d.day} {MONTHS[d.month - 1][:3]}")
            elif kind == "slash":
                txt = "by " + (f"{d.month}/{d.day}" if self.us else f"{d.day}/{d.month}")
            else:
                if d.month != d0.month:
                    d = d0 + dt.timedelta(days=r.randint(2, 5))
                    if d.month != d0.month:
                        d = d0 + dt.timedelta(days=1)
                suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
                txt = f"by the {d.day}{suffix}"
            return txt, d
        if kind == "weekday":
            wd = r.randint(0, 4)
            delta = (wd - d0.weekday()) % 7 or 7
            d = d0 + dt.timedelta(days=delta)
            txt = r.choice(["by ", "by ", "before ", ""]) + (WEEKDAYS[wd] if r.random() < 0.6 else WEEKDAYS[wd][:3])
            return txt.strip() if txt.strip() != WEEKDAYS[wd] else "by " + WEEKDAYS[wd], d
        if kind == "next_session":
            d = self.next_date or d0 + dt.timedelta(days=14)
            return r.choice(["before next session", "before we next meet", "for next time"]), d
        if kind == "end_month":
            nxt = dt.date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1)
            return r.choice(["by end of month", "by the end of the month", "end of month"]), nxt - dt.timedelta(days=1)
        if kind == "end_next_week":
            d = d0 + dt.timedelta(days=(4 - d0.weekday()) + 7)
            return r.choice(["by end of next week", "by the end of next week"]), d
        d = d0 + dt.timedelta(days=14)
        return r.choice(["within 2 weeks", "in the next fortnight", "within two weeks"]), d


# ---------------------------------------------------------------------------------------------
# Unit styling: spelling, non-native phrasing, shorthand, typos. None of these changes a label.
# ---------------------------------------------------------------------------------------------
def replace_word(text, old, new):
    def fix(m):
        w = m.group(0)
        if w[0].isupper() and not new[0].isupper():
            return new[0].upper() + new[1:]
        return new
    return re.sub(r"\b" + re.escape(old) + r"\b", fix, text, flags=re.I)


def style_span(sess, text, kind, layout):
    """Return the span as this mentor would type it. kind: feedback/context/action/question/goal/head."""
    r = sess.rng
    st = sess.style
    if st["us"]:
        for uk, us in US_SPELLING:
            text = replace_word(text, uk, us)
    free = kind in ("feedback", "context", "action")
    if st["nonnative"] and free and r.random() < 0.3:
        pat, rep = r.choice(NONNATIVE)
        text = re.sub(pat, rep, text, count=1)
    if layout == "shorthand" and free:
        for pat, rep in SHORTHAND:
            if r.random() < 0.55:
                text = re.sub(pat, rep, text)
        text = re.sub(r"\s{2,}", " ", text).strip()
    if kind != "goal" and r.random() < st["typo"] * 1.6:
        candidates = [(a, b) for a, b in TYPOS if re.search(r"\b" + re.escape(a) + r"\b", text)]
        if candidates:
            rare = [c for c in candidates if c[0] not in ("the", "and", "with", "about")]
            if rare or r.random() < 0.2:
                a, b = r.choice(rare or candidates)
            else:
                a = b = None
        if candidates and a is not None:
            # replace one occurrence only
            m = list(re.finditer(r"\b" + re.escape(a) + r"\b", text))
            mm = r.choice(m)
            text = text[:mm.start()] + b + text[mm.end():]
    if layout == "shorthand" and kind != "head":
        if text and r.random() < 0.7 and not text.startswith(("I ", "I'")):
            first = text.split(" ", 1)[0].rstrip(":,")
            keep = (first in sess.slots["colleague"] or first in (sess.pair["first"], "Dr", "Mr", "Sister", "Q")
                    or (len(first) <= 3 and first.isupper()) or first.startswith(sess.pair["first"]))
            if not keep:
                text = text[0].lower() + text[1:]
        if text.endswith(".") and r.random() < 0.8:
            text = text[:-1]
        if kind == "question" and text.endswith("?") and r.random() < 0.25:
            text = text[:-1]
    elif layout == "bullets" and kind in ("feedback", "context", "action") and text.endswith(".") \
            and r.random() < st["typo"] * 2:
        text = text[:-1]
    return text


# ---------------------------------------------------------------------------------------------
# Composing one session
# ---------------------------------------------------------------------------------------------
class Unit:
    def __init__(self, kind, span, labels=None, prefix="", suffix="", section=None):
        self.kind = kind          # head, context, feedback, question, goal, action, closing, greeting
        self.span = span          # the text that carries the labels (a substring of the cell)
        self.labels = labels or {}
        self.prefix = prefix
        self.suffix = suffix
        self.section = section


NEEDS_PAST = re.compile(r"last time|last session|since we last|left off|actions from|the actions|"
                        r"at the start|so far|mid-point|again", re.I)
LATE_ONLY = re.compile(r"so far|mid-point|goals we set at the start|career options after", re.I)


def usable(sess, frag):
    text = frag if isinstance(frag, str) else frag[-1]
    if sess.n <= 1 and NEEDS_PAST.search(text):
        return False
    if sess.date < dt.date(2026, 3, 16) and LATE_ONLY.search(text):
        return False
    return True


def pick(rng, pool, used, sess=None):
    """Pick a fragment not used yet in this session (and that fits the session)."""
    choices = [f for f in pool if f not in used and (sess is None or usable(sess, f))]
    if not choices:
        choices = [f for f in pool if f not in used]
    f = rng.choice(choices)
    used.add(f)
    return f


def make_feedback(sess, voice, used, mix):
    r = sess.rng
    personality = r.random() < mix["p_personality"]
    pool = PERSONALITY if personality else BEHAVIOUR
    p_act = mix["p_actionable_personality"] if personality else mix["p_actionable_behaviour"]
    want_a = 1 if r.random() < p_act else 0
    key = "P" if personality else "B"
    sub = [f for f in pool if f[0] == want_a]
    used_k = used.setdefault(key + str(want_a), set())
    a, s, text = pick(r, sub, used_k, sess)
    span = sess.render(text, voice)
    if voice == "you":
        span = second_person_fixes(span)
    return Unit("feedback", span, {"focus": "personality" if personality else "behaviour",
                                   "actionable": a, "specific": s})


def second_person_fixes(text):
    """Turn note-style reporting into direct address for text written to the mentee."""
    fixes = [(r"^Suggested you ", "Try to "), (r"^Asked you to ", "Please "), (r"^Encouraged you to ", "Do "),
             (r"^Thanked you for ", "Thanks for "), (r"^Recommended you ", "I'd recommend you "),
             (r"^Worth you trying ", "It's worth trying "), (r"^I told you to not ", "Please don't "),
             (r"^I told you to ", "Please "),
             (r"^I explained you to ", "Please "), (r", and I asked you to ", ", and I'd like you to "),
             (r"; asked you to ", "; please "), (r", so asked you to ", ", so please "),
             (r", so suggested you ", ", so try to "), (r", so I told you to ", ", so please "),
             (r", so I asked you to ", ", so please "), (r" and asked for the same on ", ", please do the same for ")]
    for pat, rep in fixes:
        text = re.sub(pat, rep, text)
    text = text.replace("Try to try ", "Try ").replace("Try to drop ", "Drop ").replace("Try to send ", "Send ")
    return text


def make_question(sess, used, mix):
    r = sess.rng
    is_open = 1 if r.random() < mix["p_open_question"] else 0
    lead = 0
    if not is_open:
        lead = 1 if r.random() < mix["p_leading_if_closed"] else 0
    sub = [q for q in QUESTIONS if q[0] == is_open and q[1] == lead]
    used_k = used.setdefault(f"Q{is_open}{lead}", set())
    _, _, text = pick(r, sub, used_k, sess)
    span = sess.render(text, "you")
    return Unit("question", span, {"type": "open" if is_open else "closed", "leading": lead})


def make_goal(sess, voice, goal_voice, mix, used):
    r = sess.rng
    cores = GOAL_CORES + GOAL_CORES_COHORT[sess.cohort]
    want_m = 1 if r.random() < mix["p_goal_measurable"] else 0
    sub = [c for c in cores if c[1] == want_m]
    used_k = used.setdefault(f"G{want_m}", set())
    S, M, A, kind, core = pick(r, sub, used_k)
    want_t = r.random() < mix["p_goal_time_bound"]
    if want_t:
        tf = r.choice([t for t in TIMEFRAMES if t[0] == 1 and t[1] == kind])
    elif r.random() < 0.35:
        tf = r.choice([t for t in TIMEFRAMES if t[0] == 0])
    else:
        tf = None
    x = r.random()
    reason = r.choice([q for q in REASONS if q[0] == 1]) if x < 0.42 else (
        r.choice([q for q in REASONS if q[0] == 0]) if x < 0.50 else None)
    cache = {}
    core_t = sess.render(core, voice, goal_voice, name_rate=0, cache=cache)
    core_t = core_t[0].lower() + core_t[1:] if not core_t.startswith(("I ", "CKA")) else core_t
    tf_t = sess.render(tf[2], voice, goal_voice, 0, cache) if tf else ""
    tf_t = tf_t[0].lower() + tf_t[1:] if tf_t and not tf_t.startswith(("ASAP", "June")) else tf_t
    rs_t = sess.render(reason[1], voice, goal_voice, 0, cache) if reason else ""
    rs_t = rs_t[0].lower() + rs_t[1:] if rs_t else rs_t
    front = tf and tf[0] == 1 and kind == "o" and r.random() < 0.2
    if front:
        text = f"{tf_t[0].upper() + tf_t[1:]}, {core_t}" + (f" {rs_t}" if rs_t else "")
        front_ok = True
    else:
        parts = [core_t]
        if reason and tf and r.random() < 0.3:
            parts += [rs_t, tf_t]
        else:
            parts += [p for p in (tf_t, rs_t) if p]
        text = " ".join(parts)
        front_ok = False
    labels = {"specific": S, "measurable": M, "achievable": A, "relevant": reason[0] if reason else 0,
              "time_bound": tf[0] if tf else 0}
    return text, labels, front_ok


def make_action(sess, voice, layout, used):
    r = sess.rng
    owner = r.choices(["mentee", "mentor", "both", "named"], weights=[55, 22, 10, 13])[0]
    pool = {"mentee": ACTIONS_MENTEE, "mentor": ACTIONS_MENTOR, "both": ACTIONS_BOTH, "named": ACTIONS_NAMED}[owner]
    used_k = used.setdefault("A" + owner, set())
    vp = pick(r, pool, used_k, sess)
    cache = {}
    task = sess.render(vp, voice, cache=cache, name_rate=0)
    task = task[0].lower() + task[1:]
    if task.startswith("i "):
        task = "I " + task[2:]
    first = sess.pair["first"]
    prose = layout in ("prose",)
    owner_label = owner
    if owner == "mentee":
        if voice == "you":
            who = r.choice(["You'll", "You will", "You agreed to"]) if prose else r.choice(["You to", "You:", "You to"])
        elif prose:
            subj = r.choice([first, first, sess.render("{Sc}", voice, name_rate=0)])
            who = r.choice([f"{subj} will", f"{subj} agreed to", f"{subj} is going to" if voice != "they" and subj != "They"
                            else f"{subj} will"])
        else:
            who = r.choice([f"{first} to", f"{first} to", f"{first}:", "Mentee to", f"{first[0]} to", f"{first} -"])
    elif owner == "mentor":
        initials = "".join(p[0] for p in sess.mentor.split()[:2])
        who = r.choice(["I'll", "I will", "I said I'd"]) if prose else r.choice(["Me to", "Me:", "I'll", f"{initials} to", "me -"])
    elif owner == "both":
        who = r.choice(["We'll both", "We agreed to", "We will"]) if prose else r.choice(["Both:", "Both to", "Both of us to", "We both"])
    else:
        c = r.choice([x for x in sess.slots["colleague"] if x not in task])
        owner_label = c
        who = r.choice([f"{c} will", f"{c} offered to", f"{c} said {'he' if c in ('Dave', 'Mr Abara', 'Mr Lindgren', 'Paul', 'Gareth', 'Tunde', 'Bogdan', 'Pedro', 'Yusuf', 'Vikram', 'Giorgos', 'Hamza') else 'she'}'d"]) if prose \
            else r.choice([f"{c} to", f"{c}:", f"{c} will"])
    if who.endswith(":") or who.endswith(" -"):
        text = f"{who} {task}"
    else:
        text = f"{who} {task}"
    due_iso = None
    has_time = re.search(r"next time|next session|in four weeks|every|for a week|for two weeks", vp)
    if not has_time and r.random() < 0.6:
        due_txt, due_d = sess.due()
        due_iso = due_d.isoformat()
        sep = r.choice([" ", " ", " - ", " ("])
        text = text + sep + due_txt + (")" if sep == " (" else "")
    text = text + "."
    return Unit("action", text, {"owner": owner_label, "task": task, "due": due_iso})


def build_session(sess, voice2):
    """Compose notes, goal and feedback cells and their labelled units."""
    r = sess.rng
    st = sess.style
    mix = mixing(sess.cohort, sess.date)
    voice = "you" if voice2 else sess.pair["pron"]
    period = "after" if ((sess.cohort == CL and sess.date > CL_TRAINING) or
                         (sess.cohort == GF and sess.date > GF_WORKSHOP)) else "before"
    layout = r.choices(["bullets", "prose", "shorthand", "mixed"], weights=st["layout"])[0]
    used = {}

    n_fb = r.choices([1, 2, 3, 4, 5], weights=[1, 4, 5, 4, 2])[0]
    n_q = r.choices([0, 1, 2, 3], weights=[1, 4, 4, 2])[0]
    n_act = r.choices([0, 1, 2, 3, 4], weights=[1, 4, 5, 3, 1])[0]
    n_ctx = r.choices([1, 2, 3], weights=[5, 4, 1])[0]
    goal_in_notes = r.random() < 0.48
    lo, hi = st["words"]
    target = r.randint(lo, hi)

    ctx_pool = CONTEXT + CONTEXT_COHORT_PERIOD.get((sess.cohort, period), []) * 4
    units = []
    feedback_units = [make_feedback(sess, voice, used, mix) for _ in range(n_fb)]
    question_units = [make_question(sess, used, mix) for _ in range(n_q)]
    ctx_units = [Unit("context", sess.render(pick(r, ctx_pool, used.setdefault("C", set()), sess), voice))
                 for _ in range(n_ctx)]
    if sess.n == 1:
        ctx_units[0] = Unit("context", sess.render(r.choice(CONTEXT_FIRST), voice))
    elif sess.next_date is None and sess.date >= dt.date(2026, 6, 15):
        ctx_units[0] = Unit("context", sess.render(r.choice(CONTEXT_LAST), voice))
    action_units = [make_action(sess, voice, layout, used) for _ in range(n_act)]
    goal_unit = None
    if goal_in_notes:
        gtext, glabels, _ = make_goal(sess, voice, voice, mix, used)
        goal_unit = Unit("goal", gtext, glabels)

    def words(us):
        return sum(len((u.prefix + u.span + u.suffix).split()) for u in us)

    # fit the length: add context or feedback while short, drop context/feedback/questions while long
    def all_units():
        return ctx_units + feedback_units + question_units + action_units + ([goal_unit] if goal_unit else [])

    guard = 0
    while words(all_units()) < max(60, target - 15) and guard < 12:
        guard += 1
        if r.random() < 0.5 and len(feedback_units) < 6:
            feedback_units.append(make_feedback(sess, voice, used, mix))
        elif len(ctx_units) < 4:
            ctx_units.append(Unit("context", sess.render(pick(r, ctx_pool, used["C"], sess), voice)))
        elif len(question_units) < 3:
            question_units.append(make_question(sess, used, mix))
        else:
            feedback_units.append(make_feedback(sess, voice, used, mix))
    while words(all_units()) > min(215, target + 10) and guard < 30:
        guard += 1
        if len(ctx_units) > 1:
            ctx_units.pop()
        elif len(feedback_units) > 2:
            feedback_units.pop()
        elif len(question_units) > 1:
            question_units.pop()
        elif len(action_units) > 1:
            action_units.pop()
        else:
            break

    # interleave feedback and questions the way a conversation goes
    middle = feedback_units + question_units
    r.shuffle(middle)

    header = None
    if r.random() < 0.75:
        header = Unit("head", sess.render(r.choice(HEADERS), voice))
    closing = Unit("closing", sess.render(r.choice(CLOSING), voice)) if r.random() < 0.5 else None

    notes, units = assemble_notes(sess, layout, header, ctx_units, middle, goal_unit, action_units, closing, voice)

    # goal column: a first-person goal, often empty
    goal_cell = ""
    goal_units = []
    if r.random() < 0.36:
        gtext, glabels, fronted = make_goal(sess, voice, "I", mix, used)
        lead = "" if fronted else r.choice(["I want to ", "I will ", "", "My goal is to ", "I'd like to ", "Goal: "])
        gtext = style_span(sess, gtext, "goal", "prose")
        cell = lead + (gtext if lead else gtext[0].upper() + gtext[1:])
        span = cell if lead != "Goal: " else cell[len("Goal: "):]
        goal_cell = cell + ("." if r.random() < 0.6 else "")
        goal_units.append(("goal", Unit("goal", span, glabels)))

    # feedback column: written to the mentee, second person, often empty
    fb_cell = ""
    fb_units = []
    if r.random() < 0.27:
        parts = []
        if r.random() < 0.7:
            g = Unit("greeting", sess.render(r.choice(FB_GREETINGS), "you"))
            parts.append(g)
        for _ in range(r.choices([1, 2, 3], weights=[3, 4, 2])[0]):
            u = make_feedback(sess, "you", used, mix)
            u.span = style_span(sess, u.span, "feedback", "prose")
            parts.append(u)
        if r.random() < 0.6:
            parts.append(Unit("greeting", sess.render(r.choice(FB_SIGNOFFS), "you")))
        sep = r.choice([" ", "\n", " "])
        fb_cell = sep.join(p.span for p in parts)
        fb_units = [("feedback", p) for p in parts]

    all_cells = {"notes": notes, "goal": goal_cell, "feedback": fb_cell}
    labelled = [("notes", u) for u in units] + goal_units + fb_units
    return all_cells, labelled, layout


def assemble_notes(sess, layout, header, ctx_units, middle, goal_unit, action_units, closing, voice):
    r = sess.rng
    st = sess.style
    out_units = []

    def styled(u):
        u.span = style_span(sess, u.span, {"closing": "context", "head": "head"}.get(u.kind, u.kind), layout)
        return u

    for u in ctx_units + middle + action_units + [x for x in (header, closing) if x]:
        styled(u)

    # wrap questions and goals
    first = sess.pair["first"]

    def q_wrap(u, prose):
        if prose:
            style = r.choice(["asked_colon", "asked_colon", "quoted", "quoted", "quoted", "plain"])
            if style == "asked_colon":
                u.prefix = r.choice(["I asked: ", "Asked: ", f"Asked {PRON[voice]['O']}: " if voice != "you" else "I asked: "])
            elif style == "quoted":
                u.prefix = r.choice(["I asked \"", "I asked, \"", "My question was \""])
                u.suffix = "\""
        else:
            u.prefix = r.choice(["Q: ", "Asked: ", "", "", "asked -> ", "Q - "])
        return u

    def g_wrap(u, prose):
        if voice == "you":
            opts = ["Your goal: ", "Goal: ", "Agreed goal: "]
        else:
            opts = ["Goal: ", "New goal - ", "Agreed goal: ", f"{first}'s goal: ", "GOAL -> ", "Target: ",
                    "Goal (draft): "]
        u.prefix = r.choice(opts)
        u.span = style_span(sess, u.span, "goal", layout)
        if prose or r.random() < 0.5:
            u.suffix = "."
        return u

    lines = []
    if layout == "bullets" or layout == "shorthand":
        bullet = st["bullet"] if layout == "bullets" else r.choice(["", "", "- ", "> "])
        use_sections = layout == "bullets" and r.random() < st["sections"]
        if header:
            lines.append(header.span)
            out_units.append(header)
        if use_sections:
            blocks = [("context", ctx_units), ("feedback", [u for u in middle if u.kind == "feedback"]),
                      ("questions", [u for u in middle if u.kind == "question"])]
        else:
            blocks = [("context", ctx_units), ("feedback", middle)]
        if goal_unit:
            blocks.append(("goal", [g_wrap(goal_unit, False)]))
        blocks.append(("actions", action_units))
        if r.random() < 0.1:
            blocks[1], blocks[0] = blocks[0], blocks[1]
        for name, us in blocks:
            if not us:
                continue
            if use_sections:
                head = r.choice(SECTION_HEADS[name])
                h = Unit("head", head)
                lines.append(("" if not lines else "\n") + head if r.random() < 0.5 else head)
                out_units.append(h)
            for u in us:
                if u.kind == "question":
                    q_wrap(u, False)
                if u.kind == "action" and not use_sections and r.random() < 0.5:
                    u.prefix = r.choice(["ACTION: ", "AP: ", "-> ", "[ ] ", "TODO "])
                lines.append(bullet + u.prefix + u.span + u.suffix)
                out_units.append(u)
        if closing:
            lines.append(closing.span)
            out_units.append(closing)
        notes = "\n".join(lines)
    elif layout == "prose":
        paras = []
        p1 = []
        if header:
            paras.append(header.span)
            out_units.append(header)
        for u in ctx_units + middle:
            if u.kind == "question":
                q_wrap(u, True)
            p1.append(u)
        if r.random() < 0.4 and len(p1) > 3:
            cut = r.randint(2, len(p1) - 1)
            groups = [p1[:cut], p1[cut:]]
        else:
            groups = [p1]
        p2 = []
        if goal_unit:
            p2.append(g_wrap(goal_unit, True))
        p2 += action_units
        if closing:
            p2.append(closing)
        for g in groups + [p2]:
            if g:
                paras.append(" ".join(u.prefix + u.span + u.suffix for u in g))
                out_units.extend(g)
        notes = "\n\n".join(paras)
    else:  # mixed: prose paragraph, then bulleted actions
        paras = []
        if header:
            paras.append(header.span)
            out_units.append(header)
        p1 = []
        for u in ctx_units + middle:
            if u.kind == "question":
                q_wrap(u, True)
            p1.append(u)
        paras.append(" ".join(u.prefix + u.span + u.suffix for u in p1))
        out_units.extend(p1)
        if goal_unit:
            paras.append(g_wrap(goal_unit, False).prefix + goal_unit.span + goal_unit.suffix)
            out_units.append(goal_unit)
        if action_units:
            head = r.choice(SECTION_HEADS["actions"])
            out_units.append(Unit("head", head))
            paras.append(head + "\n" + "\n".join(st["bullet"] + u.span for u in action_units))
            out_units.extend(action_units)
        if closing:
            paras.append(closing.span)
            out_units.append(closing)
        notes = "\n\n".join(paras)
    sign = ""
    if r.random() < 0.15:
        sign = r.choice(["\n- " + sess.mentor.split()[0][0] + sess.mentor.split()[-1][0], "\n" + sess.mentor.split()[0]])
        out_units.append(Unit("head", sign.strip().lstrip("- ").strip() if sign.startswith("\n-") else sign.strip()))
    return notes + sign, out_units


# ---------------------------------------------------------------------------------------------
# Schedule
# ---------------------------------------------------------------------------------------------
def build_pairs():
    pairs = []
    pid = 0
    for mentor, cohort, mentees in PAIRS:
        for full, first, pron in mentees:
            pid += 1
            pairs.append(dict(id=pid, mentor=mentor, cohort=cohort, mentee=full, first=first, pron=pron))
    return pairs


def schedule(pair):
    r = random.Random(f"{SEED}-schedule-{pair['id']}")
    if pair["mentor"] == LATE_MENTOR:
        return [LATE_FIRST_SESSION, dt.date(2026, 6, 9), dt.date(2026, 6, 23)]
    cohort_start = {SE: START, CL: START + dt.timedelta(days=7), GF: START}[pair["cohort"]]
    weekday = r.randint(0, 4)
    d = cohort_start + dt.timedelta(days=weekday + r.choice([0, 0, 7]))
    dates = []
    k = 0
    while d <= END:
        if d in BANK_HOLIDAYS:
            d += dt.timedelta(days=1)
        dates.append(d)
        k += 1
        if k < 3:                       # kick-off: first sessions a week apart
            step = r.choice([7, 7, 7, 10])
        else:
            step = r.choices([14, 13, 15, 12, 10, 7, 21], weights=[42, 8, 5, 10, 10, 16, 4])[0]
        d = d + dt.timedelta(days=step)
        while d.weekday() > 4:
            d += dt.timedelta(days=1)
    return dates


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
def month_key(d):
    return d.strftime("%Y-%m")


def new_counter():
    return OrderedDict([
        ("sessions", 0), ("feedback_sentences", 0), ("behaviour", 0), ("personality", 0), ("actionable", 0),
        ("specific", 0), ("feedback_in_feedback_column", 0), ("goals", 0), ("goals_in_goal_column", 0),
        ("goals_specific", 0), ("goals_measurable", 0), ("goals_achievable", 0), ("goals_relevant", 0),
        ("goals_time_bound", 0), ("goals_all_five", 0), ("questions", 0), ("open_questions", 0),
        ("leading_questions", 0), ("action_items", 0), ("action_items_with_due", 0), ("action_items_by_owner", OrderedDict(
            [("mentee", 0), ("mentor", 0), ("both", 0), ("named", 0)])), ("notes_words", 0),
    ])


def add_counts(c, labelled):
    c["sessions"] += 1
    for col, u in labelled:
        if u.kind == "feedback":
            c["feedback_sentences"] += 1
            c[u.labels["focus"]] += 1
            c["actionable"] += u.labels["actionable"]
            c["specific"] += u.labels["specific"]
            if col == "feedback":
                c["feedback_in_feedback_column"] += 1
        elif u.kind == "goal":
            c["goals"] += 1
            if col == "goal":
                c["goals_in_goal_column"] += 1
            for k in ("specific", "measurable", "achievable", "relevant", "time_bound"):
                c["goals_" + k] += u.labels[k]
            c["goals_all_five"] += int(all(u.labels[k] for k in ("specific", "measurable", "achievable", "relevant", "time_bound")))
        elif u.kind == "question":
            c["questions"] += 1
            c["open_questions"] += u.labels["type"] == "open"
            c["leading_questions"] += u.labels["leading"]
        elif u.kind == "action":
            c["action_items"] += 1
            c["action_items_with_due"] += u.labels["due"] is not None
            o = u.labels["owner"]
            c["action_items_by_owner"][o if o in ("mentee", "mentor", "both") else "named"] += 1


def with_shares(c):
    out = OrderedDict(c)
    fb = c["feedback_sentences"]
    out["personality_share"] = round(c["personality"] / fb, 3) if fb else None
    out["actionable_share"] = round(c["actionable"] / fb, 3) if fb else None
    out["specific_share"] = round(c["specific"] / fb, 3) if fb else None
    g = c["goals"]
    for k in ("specific", "measurable", "relevant", "time_bound"):
        out[k + "_goal_share"] = round(c["goals_" + k] / g, 3) if g else None
    out["open_question_share"] = round(c["open_questions"] / c["questions"], 3) if c["questions"] else None
    out["mean_notes_words"] = round(c["notes_words"] / c["sessions"], 1) if c["sessions"] else None
    del out["notes_words"]
    return out


def generate():
    check_pools()
    pairs = build_pairs()
    rows = []
    for p in pairs:
        dates = schedule(p)
        for i, d in enumerate(dates):
            rows.append((d, p["id"], p, i + 1, dates[i + 1] if i + 1 < len(dates) else None))
    rows.sort(key=lambda x: (x[0], x[1]))

    csv_rows = []
    unit_lines = []
    by_cm = OrderedDict((c, OrderedDict()) for c in COHORTS)
    by_period = OrderedDict()
    by_mentor = OrderedDict()
    totals = new_counter()
    for idx, (d, _, p, n, nxt) in enumerate(rows, start=1):
        sid = f"MC-{idx:04d}"
        rng = random.Random(f"{SEED}-{p['id']}-{d.isoformat()}")
        sess = Session(p, d, n, nxt, rng)
        voice2 = rng.random() < STYLES[p["mentor"]]["voice2"]
        cells, labelled, layout = build_session(sess, voice2)
        for col, u in labelled:
            assert u.span in cells[col], (sid, col, u.span, cells[col])
        csv_rows.append([sid, d.isoformat(), p["mentor"], p["mentee"], p["cohort"], cells["notes"], cells["goal"],
                         cells["feedback"]])
        unit_lines.append(OrderedDict([
            ("session_id", sid), ("date", d.isoformat()), ("cohort", p["cohort"]), ("mentor", p["mentor"]),
            ("layout", layout),
            ("units", [OrderedDict([("column", col), ("kind", u.kind), ("text", u.span)] + list(u.labels.items()))
                       for col, u in labelled]),
        ]))
        mk = month_key(d)
        c = by_cm[p["cohort"]].setdefault(mk, new_counter())
        add_counts(c, labelled)
        c["notes_words"] += len(cells["notes"].split())
        if p["cohort"] == CL:
            per = f"{CL} / " + ("before training (to 2026-03-03)" if d <= CL_TRAINING else "after training (from 2026-03-04)")
        elif p["cohort"] == GF:
            per = f"{GF} / " + ("before workshop (to 2026-03-31)" if d <= GF_WORKSHOP else "after workshop (from 2026-04-01)")
        else:
            per = f"{SE} / " + ("Jan-Feb" if d.month <= 2 else "Mar-Jun")
        bp = by_period.setdefault(per, new_counter())
        add_counts(bp, labelled)
        bp["notes_words"] += len(cells["notes"].split())
        bm = by_mentor.setdefault(p["mentor"], OrderedDict([("cohort", p["cohort"]), ("sessions", 0), ("mentees", [])]))
        bm["sessions"] += 1
        if p["mentee"] not in bm["mentees"]:
            bm["mentees"].append(p["mentee"])
        add_counts(totals, labelled)
        totals["notes_words"] += len(cells["notes"].split())
    return csv_rows, unit_lines, by_cm, by_period, by_mentor, totals


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["session_id", "date", "mentor", "mentee", "cohort", "notes", "goal", "feedback"])
        w.writerows(rows)


def intended():
    out = OrderedDict()
    for c in COHORTS:
        periods = OrderedDict()
        if c == CL:
            periods["before training (to 2026-03-03)"] = mixing(c, CL_TRAINING)
            periods["after training (from 2026-03-04)"] = mixing(c, CL_TRAINING + dt.timedelta(days=1))
        elif c == GF:
            periods["before workshop (to 2026-03-31)"] = mixing(c, GF_WORKSHOP)
            periods["after workshop (from 2026-04-01)"] = mixing(c, GF_WORKSHOP + dt.timedelta(days=1))
        else:
            periods["whole programme"] = mixing(c, START)
        for k, m in periods.items():
            pp, pab, pap = m["p_personality"], m["p_actionable_behaviour"], m["p_actionable_personality"]
            m = OrderedDict(m)
            m["expected_actionable_share"] = round((1 - pp) * pab + pp * pap, 3)
            periods[k] = m
        out[c] = periods
    return out


# The programme itself ships with the app (its demo); its truth stays here with the evaluation data.
DEMO_CSV_HOME = os.path.normpath(os.path.join(HERE, "..", "..", "..", "ui", "data"))


def _home_of(name, out):
    return DEMO_CSV_HOME if name == "demo_program.csv" and out == HERE else out


def main(out=HERE):
    csv_rows, unit_lines, by_cm, by_period, by_mentor, totals = generate()
    write_csv(os.path.join(_home_of("demo_program.csv", out), "demo_program.csv"), csv_rows)
    with open(os.path.join(out, "demo_truth_units.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for line in unit_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    truth = OrderedDict([
        ("about", "True label counts of demo_program.csv, computed by make_demo.py from the labels of the fragments "
                  "each note was built from. Labels follow /work/shared/labeling-guide.md. Feedback sentences "
                  "are counted in the notes and feedback columns together; goals in the notes and goal columns "
                  "together; questions and action items in the notes. Shares are of feedback sentences "
                  "(personality, actionable, specific), of goals (SMART criteria) and of questions (open). "
                  "All content is fictional and written for this demo."),
        ("generator", "evaluation/data/program/make_demo.py"),
        ("seed", SEED),
        ("events", [
            OrderedDict([("cohort", CL), ("date", CL_TRAINING.isoformat()),
                         ("name", "Feedback that lands: feedback-skills training for mentors"),
                         ("intended_effect", "personality-focused feedback share ~35% -> ~10%; actionable share "
                                             "~32% -> ~72%; other cohorts flat")]),
            OrderedDict([("cohort", GF), ("date", GF_WORKSHOP.isoformat()),
                         ("name", "SMART goal-setting workshop for mentees and mentors"),
                         ("intended_effect", "time-bound goal share ~25% -> ~78%; measurable share ~38% -> ~72%; "
                                             "other cohorts flat")]),
        ]),
        ("intended_mixing", intended()),
        ("totals", with_shares(totals)),
        ("by_period", OrderedDict((k, with_shares(v)) for k, v in by_period.items())),
        ("by_cohort_month", OrderedDict((c, OrderedDict((m, with_shares(v)) for m, v in sorted(ms.items())))
                                        for c, ms in by_cm.items())),
        ("by_mentor", by_mentor),
        ("mentors_under_5_sessions", [m for m, v in by_mentor.items() if v["sessions"] < 5]),
    ])
    with open(os.path.join(out, "demo_truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_bad_fixtures(os.path.join(out, "bad"))
    return truth, csv_rows


# ---------------------------------------------------------------------------------------------
# Bad-input fixtures for the importer's tests
# ---------------------------------------------------------------------------------------------
BAD_HEADER = ["session_id", "date", "mentor", "mentee", "cohort", "notes", "goal", "feedback"]


def _csv_text(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerows(rows)
    return buf.getvalue()


def _png_bytes():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    w, h = 8, 8
    raw = b"".join(b"\x00" + bytes((x * 31 + y * 17) % 256 for x in range(w * 3)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def write_bad_fixtures(folder):
    os.makedirs(folder, exist_ok=True)
    expected = OrderedDict()

    def note(i):
        return ["Talked about the rota. She ran Monday's huddle well. Next time, try summarising the actions at the end.",
                "Goal: pass the CIMA BA2 exam by 30 April so that I can apply for the FP&A rotation.",
                "Asked: what would a good week look like? He said fewer interruptions.",
                "Alex to send the draft by Friday. I'll forward the SBI template.",
                "He's a bit lazy with documentation.",
                "Short session, mostly logistics."][i % 6]

    # latin1.csv: Latin-1 bytes, names with accents
    names = [("José Müller", "Zoë Brontë"), ("François Lefèvre", "Åsa Nilsson"), ("Søren Ødegård", "Inés Peña"),
             ("Jürgen Weiß", "Chloé Gauthier"), ("Raúl Sáenz", "Björn Åkesson"), ("Noémie Faÿ", "Çağla Öz")]
    rows = [BAD_HEADER]
    for i, (m, e) in enumerate(names):
        rows.append([f"L-{i + 1:03d}", f"2026-02-{i + 2:02d}", m, e, "Graduate Finance",
                     note(i).replace("the rota", "the rota with " + e.split()[0]) + " Cost £40 for the course.", "", ""])
    text = _csv_text(rows)
    # Çağla has ğ, which Latin-1 cannot hold: replace it so the file is pure Latin-1
    text = text.replace("Çağla Öz", "Çela Öz").replace("Çağla", "Çela")
    with open(os.path.join(folder, "latin1.csv"), "wb") as f:
        f.write(text.encode("latin-1"))
    expected["latin1.csv"] = OrderedDict([
        ("tests", "file is not UTF-8 (Latin-1 bytes such as 0xE9 for é, 0xA3 for £)"),
        ("expected", "import succeeds after falling back to cp1252/Latin-1, with one warning that the encoding was "
                     "guessed; names come through exactly, e.g. row 1 mentor 'José Müller', mentee 'Zoë Brontë'; "
                     "no U+FFFD replacement characters anywhere"),
        ("rows", OrderedDict((r[0], "imported") for r in rows[1:])),
    ])

    # bom.csv: UTF-8 with BOM; non-Latin-1 names
    names = [("Nguyễn Thị Mai", "Łukasz Wiśniewski"), ("Đặng Văn Long", "Zoë Brontë"), ("Ярослава Коваль", "Ayşe Yılmaz"),
             ("Søren Ødegård", "Chiamaka Obi"), ("王芳", "Ngozi Eze")]
    rows = [BAD_HEADER] + [[f"B-{i + 1:03d}", f"2026-03-{i + 2:02d}", m, e, "Clinical Leaders", note(i), "", ""]
                           for i, (m, e) in enumerate(names)]
    with open(os.path.join(folder, "bom.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + _csv_text(rows).encode("utf-8"))
    expected["bom.csv"] = OrderedDict([
        ("tests", "UTF-8 with a byte-order mark before the header"),
        ("expected", "import succeeds with no warning; the first column is recognised as 'session_id' (not "
                     "'\\ufeffsession_id'); names keep their non-Latin characters"),
        ("rows", OrderedDict((r[0], "imported") for r in rows[1:])),
    ])

    # semicolon.csv: semicolon-delimited, commas inside the notes
    rows = [BAD_HEADER]
    for i in range(8):
        rows.append([f"S-{i + 1:03d}", f"2026-04-{i + 6:02d}", "Sofia Rossi", ["Priyanka Desai", "Callum Fraser"][i % 2],
                     "Graduate Finance",
                     "Reviewed the forecast, the variance report, and the cash model. " + note(i),
                     "" if i % 3 else "Lead one client call on my own by 30 June.", ""])
    with open(os.path.join(folder, "semicolon.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(_csv_text(rows, delimiter=";"))
    expected["semicolon.csv"] = OrderedDict([
        ("tests", "semicolon delimiter (European Excel export); notes contain commas"),
        ("expected", "delimiter detected as ';' from the header; all 8 rows import with 8 columns each; the commas "
                     "stay inside the notes"),
        ("rows", OrderedDict((r[0], "imported") for r in rows[1:])),
    ])

    # missing_columns.csv: no date column
    hdr = [h for h in BAD_HEADER if h != "date"]
    rows = [hdr] + [[f"M-{i + 1:03d}", "Kwame Mensah", "Tariq Hussain", "Clinical Leaders", note(i), "", ""]
                    for i in range(6)]
    with open(os.path.join(folder, "missing_columns.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(_csv_text(rows))
    expected["missing_columns.csv"] = OrderedDict([
        ("tests", "a required column is missing (no 'date')"),
        ("expected", "the whole file is rejected before anything is stored; the error names the missing column "
                     "'date' and lists the columns found; CLI exits 2"),
        ("rows", OrderedDict((r[0], "not imported (file rejected)") for r in rows[1:])),
    ])

    # formulas.csv: cells that a spreadsheet would execute
    rows = [BAD_HEADER,
            ["F-001", "2026-02-10", "=HYPERLINK(\"http://example.invalid\",\"click\")", "Ethan Brooks", "Graduate Finance",
             note(0), "", ""],
            ["F-002", "2026-02-11", "Oliver Hartley", "+Amara Nwosu", "Graduate Finance", note(1), "", ""],
            ["F-003", "2026-02-12", "Oliver Hartley", "Jakub Novák", "Graduate Finance",
             "-- see last week. " + note(2), "", ""],
            ["F-004", "2026-02-13", "Marcus Webb", "Nadia Rahman", "Graduate Finance",
             "@SUM(1+1)*cmd|' /C calc'!A0", "", ""],
            ["F-005", "2026-02-16", "Marcus Webb", "Femi Adebayo", "Graduate Finance", note(3),
             "=1+1", "+44 7700 900123 is the number to call"],
            ["F-006", "2026-02-17", "Yuki Tanaka", "Leila Farahani", "Graduate Finance",
             "\t=cmd|' /C notepad'!A1", "", ""],
            ["F-007", "2026-02-18", "Yuki Tanaka", "Tom Whitaker", "Graduate Finance", note(4), "",
             "-2 points for the late report, +1 for the fix"],
            ["F-008", "2026-02-19", "Yuki Tanaka", "Alejandro Ruiz", "Graduate Finance", note(5), "", ""]]
    with open(os.path.join(folder, "formulas.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(_csv_text(rows))
    expected["formulas.csv"] = OrderedDict([
        ("tests", "CSV/formula injection: cells starting with =, +, -, @, or a tab"),
        ("expected", "every row imports; cell text is stored verbatim and never evaluated; the notes are analysed as "
                     "plain text; any CSV/Excel export or report escapes such cells (e.g. a leading apostrophe) so a "
                     "spreadsheet shows text, not a formula; names like '+Amara Nwosu' are pseudonymised like any other"),
        ("rows", OrderedDict((r[0], "imported verbatim; escaped on export") for r in rows[1:])),
    ])

    # dates_mixed.csv: the same day written many ways, plus an unparseable one
    dates = [("D-001", "2026-03-04", "imported, 2026-03-04"),
             ("D-002", "04/03/2026", "imported, 2026-03-04 under the default day-first reading; warning: ambiguous date "
                                     "(month-first would give 2026-04-03)"),
             ("D-003", "3/4/26", "imported with a warning: ambiguous date and 2-digit year; day-first default gives "
                                 "2026-04-03, month-first (US) gives 2026-03-04; the row is never silently dropped"),
             ("D-004", "4 March 2026", "imported, 2026-03-04"),
             ("D-005", "Mar 4 2026", "imported, 2026-03-04"),
             ("D-006", "14/03/2026", "imported, 2026-03-14 (unambiguous: day-first)"),
             ("D-007", "3/14/26", "imported, 2026-03-14 (unambiguous: month-first)"),
             ("D-008", "2026-03-04T10:30:00", "imported, 2026-03-04 (time dropped)"),
             ("D-009", "next tue", "rejected: date not understood; the error names row 10 of the file (D-009) and "
                                   "the value; the other rows still import"),
             ("D-010", "", "rejected: date missing")]
    rows = [BAD_HEADER] + [[sid, dv, "Helen Whitcombe", ["Jonas Becker", "Noor Aziz"][i % 2], "Clinical Leaders",
                            note(i), "", ""] for i, (sid, dv, _) in enumerate(dates)]
    with open(os.path.join(folder, "dates_mixed.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(_csv_text(rows))
    expected["dates_mixed.csv"] = OrderedDict([
        ("tests", "date parsing: ISO, day-first, month-first, 2-digit year, month names, a timestamp, free text, empty"),
        ("expected", "8 rows import, 2 are rejected with row-level errors; ambiguous numeric dates are imported "
                     "with a warning that says which reading was used"),
        ("rows", OrderedDict((sid, exp) for sid, _, exp in dates)),
    ])

    # duplicate_ids.csv
    base = [["U-001", "2026-01-12", "Priya Raman", "Aisha Khan", "Software Engineering", note(0), "", ""],
            ["U-002", "2026-01-13", "Priya Raman", "Jordan Blake", "Software Engineering", note(1), "", ""],
            ["U-003", "2026-01-14", "Tomasz Nowak", "Nikhil Rao", "Software Engineering", note(2), "", ""]]
    rows = [BAD_HEADER, base[0], base[1], base[2], list(base[0]),
            ["U-002", "2026-01-27", "Priya Raman", "Jordan Blake", "Software Engineering", note(3), "", ""],
            ["U-004", "2026-01-15", "Tomasz Nowak", "Hannah Schmidt", "Software Engineering", note(4), "", ""],
            ["u-004 ", "2026-01-15", "Tomasz Nowak", "Hannah Schmidt", "Software Engineering", note(5), "", ""]]
    with open(os.path.join(folder, "duplicate_ids.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(_csv_text(rows))
    expected["duplicate_ids.csv"] = OrderedDict([
        ("tests", "repeated session_id values: an exact duplicate row, a conflicting row, an id differing only in case "
                  "and trailing space"),
        ("expected", "4 sessions stored (U-001 to U-004); file line 5 (U-001 again, identical) is skipped with a 'duplicate row' "
                     "warning; file line 6 (U-002 with a different date and notes) is rejected with an error naming "
                     "both lines; 'u-004 ' is trimmed and compared case-insensitively, so it conflicts with U-004 and "
                     "is rejected the same way"),
        ("rows", OrderedDict([("line 2 U-001", "imported"), ("line 3 U-002", "imported"), ("line 4 U-003", "imported"),
                              ("line 5 U-001", "skipped: exact duplicate of line 2 (warning)"),
                              ("line 6 U-002", "rejected: same id as line 3 with different content"),
                              ("line 7 U-004", "imported"),
                              ("line 8 'u-004 '", "rejected: same id as line 7 after trimming/case-folding, "
                                                  "different content")])),
    ])

    # empty_notes.csv
    rows = [BAD_HEADER,
            ["E-001", "2026-02-02", "Arjun Mehta", "Ewa Zielińska", "Clinical Leaders", note(0), "", ""],
            ["E-002", "2026-02-03", "Arjun Mehta", "Musa Bello", "Clinical Leaders", "", "", ""],
            ["E-003", "2026-02-04", "Arjun Mehta", "Ewa Zielińska", "Clinical Leaders", "   \n\t ", "", ""],
            ["E-004", "2026-02-05", "Arjun Mehta", "Musa Bello", "Clinical Leaders", "",
             "Run the morning safety huddle three times a week until the end of March.", ""],
            ["E-005", "2026-02-06", "Arjun Mehta", "Ewa Zielińska", "Clinical Leaders", "", "",
             "You handled Monday's huddle calmly. Next time, summarise the actions at the end."],
            ["E-006", "2026-02-09", "Arjun Mehta", "Musa Bello", "Clinical Leaders", "N/A", "", ""],
            ["E-007", "2026-02-10", "Arjun Mehta", "Ewa Zielińska", "Clinical Leaders", "-", "", ""],
            ["E-008", "2026-02-11", "Arjun Mehta", "Musa Bello", "Clinical Leaders", note(2), "", ""]]
    text = _csv_text(rows)
    text += "E-009,2026-02-12,Arjun Mehta,Ewa Zielińska,Clinical Leaders\r\n"   # short row: trailing cells missing
    with open(os.path.join(folder, "empty_notes.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    expected["empty_notes.csv"] = OrderedDict([
        ("tests", "sessions with nothing to analyse: empty, whitespace-only, placeholder notes, a short row"),
        ("expected", "no crash; sessions with text anywhere (notes, goal or feedback) are analysed; sessions with "
                     "no text are stored as sessions (they count towards session totals) but flagged 'no text' and "
                     "contribute no sentences"),
        ("rows", OrderedDict([
            ("E-001", "imported and analysed"),
            ("E-002", "imported, flagged 'no text' (empty notes, goal and feedback)"),
            ("E-003", "imported, flagged 'no text' (whitespace only)"),
            ("E-004", "imported; the goal column is analysed (1 goal, time-bound)"),
            ("E-005", "imported; the feedback column is analysed (2 feedback sentences)"),
            ("E-006", "imported, flagged 'no text' ('N/A' is a placeholder)"),
            ("E-007", "imported, flagged 'no text' ('-' is a placeholder)"),
            ("E-008", "imported and analysed"),
            ("E-009", "imported with a warning: row has 5 of 8 cells, missing cells read as empty; flagged 'no text'"),
        ])),
    ])

    # not_a_csv.csv: a PNG with a .csv name
    with open(os.path.join(folder, "not_a_csv.csv"), "wb") as f:
        f.write(_png_bytes())
    expected["not_a_csv.csv"] = OrderedDict([
        ("tests", "binary file with a .csv name (PNG signature, NUL bytes)"),
        ("expected", "rejected before parsing with 'not a text CSV file'; nothing stored; no traceback; CLI exits 2"),
        ("rows", OrderedDict()),
    ])

    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


def report(truth, csv_rows):
    print(f"sessions: {len(csv_rows)}")
    t = truth["totals"]
    print(f"feedback sentences {t['feedback_sentences']}, goals {t['goals']}, questions {t['questions']}, "
          f"action items {t['action_items']}, mean words {t['mean_notes_words']}")
    print("\nsessions per cohort and month")
    months = sorted({m for c in truth["by_cohort_month"].values() for m in c})
    print("| cohort | " + " | ".join(months) + " | total |")
    for c, ms in truth["by_cohort_month"].items():
        vals = [ms.get(m, {}).get("sessions", 0) for m in months]
        print(f"| {c} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    for key, label in (("personality_share", "personality share"), ("actionable_share", "actionable share"),
                       ("time_bound_goal_share", "time-bound goal share"), ("measurable_goal_share", "measurable goal share"),
                       ("open_question_share", "open question share")):
        print(f"\n{label} per cohort and month")
        for c, ms in truth["by_cohort_month"].items():
            print(f"| {c} | " + " | ".join(f"{ms[m][key]:.2f}" if ms.get(m) and ms[m][key] is not None else "-"
                                           for m in months) + " |")
    print("\nby period")
    for k, v in truth["by_period"].items():
        print(f"  {k}: sessions {v['sessions']}, fb {v['feedback_sentences']}, pers {v['personality_share']}, "
              f"act {v['actionable_share']}, goals {v['goals']}, tb {v['time_bound_goal_share']}, "
              f"meas {v['measurable_goal_share']}, actions {v['action_items']}")
    print("\nmentors")
    for m, v in truth["by_mentor"].items():
        print(f"  {m} ({v['cohort']}): {v['sessions']} sessions, {len(v['mentees'])} mentees")


OUTPUTS = ["demo_program.csv", "demo_truth.json", "demo_truth_units.jsonl"] + [
    "bad/" + f for f in ("latin1.csv", "bom.csv", "semicolon.csv", "missing_columns.csv", "formulas.csv",
                         "dates_mixed.csv", "duplicate_ids.csv", "empty_notes.csv", "not_a_csv.csv", "expected.json")]


def check():
    """Regenerate into a temporary folder and compare byte for byte with the files here."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        main(tmp)
        bad = []
        for name in OUTPUTS:
            with open(os.path.join(tmp, name), "rb") as a:
                new = a.read()
            try:
                with open(os.path.join(_home_of(name, HERE), name), "rb") as b:
                    old = b.read()
            except FileNotFoundError:
                old = None
            if new != old:
                bad.append(name)
    if bad:
        print("differs from a fresh run: " + ", ".join(bad))
        return 1
    print(f"all {len(OUTPUTS)} files match a fresh run")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    truth_, rows_ = main()
    if "--quiet" not in sys.argv:
        report(truth_, rows_)
