"""Interviews (Q&A): the answers are the interviewee's words. An article whose intro
says it is an interview ("We asked X ...", "This conversation has been edited") and whose
paragraphs then open with the interviewer's questions gives the claims it states in its
own voice after the first question to the person it interviews."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_NAME, TITLE_WORDS, Discourse
from .lexicon import any_word_in
from .merge import Candidate
from .person_names import NAME_WORD
from .sentence_context import SentenceContext
from .wordset import word_set

_INTERVIEW_CUES: Final = word_set(
    "interview interviewed asked spoke talked conversation q&a questions"
)
INTRO_REACH: Final = 6  # sentences: an interview says it is one in its first (the title's 0)
_MIN_QUESTIONS: Final = 2  # one question may be rhetorical; an interview asks several
# "We asked Yoon Ha-na, a senior fellow", "we spoke with Marta Kulyk about"
_ASKED_RE: Final = re.compile(
    r"\b(?:asked|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\b"
)
_ASKED_VERBS: Final = ("asked", "interviewed", "spoke", "talked")  # one is in every match
# "Marta Kulyk leads research at ...": the intro opens with the name
_OPENING_NAME_RE: Final = re.compile(rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s+[a-z]")


def note_interview(s: SentenceContext, state: Discourse) -> None:
    """Note the interview's questions (a paragraph that ends with one) and, in the intro
    before them, whom it interviews (read up to sentence INTRO_REACH, and on if the intro
    said it is an interview)."""
    sent = s.sent
    if sent.paragraph != state.qa_para and state.qa_asks is not None:
        state.qa_questions.append(state.qa_asks)  # the paragraph before ended with a question
    state.qa_para = sent.paragraph
    asks = sent.index > 0 and sent.text.rstrip().endswith("?")
    state.qa_asks = (sent.start, sent.end) if asks else None
    if state.qa_questions or asks:
        return
    if not state.qa_cued and not sent.lows.isdisjoint(_INTERVIEW_CUES):
        state.qa_cued = True
    asked = (
        _ASKED_RE.search(sent.text)
        if state.qa_cued and any_word_in(sent.text, _ASKED_VERBS)
        else None
    )
    if asked is not None and _a_name(asked.group("name")):
        state.qa_person = asked.group("name")
        return
    if state.qa_person is None:
        person = next((m.name for m in s.mentions if m.kind == "person"), None)
        opening = _OPENING_NAME_RE.match(sent.text) if person is None else None
        if (
            opening is not None
            and _a_name(opening.group("name"))
            and not any(m.start < sent.start + opening.end("name") for m in s.mentions)
        ):  # (not "North Korea's role")
            person = opening.group("name")
        state.qa_person = person


def settle_interview(cands: dict[tuple[str, str, str], Candidate], state: Discourse) -> None:
    """The interviewee speaks the answers' claims that no one else is said to state."""
    person = state.qa_person
    if person is None or not state.qa_cued or len(state.qa_questions) < _MIN_QUESTIONS:
        return
    first = state.qa_questions[0][1]
    for c in cands.values():
        at = int(c.fields["start"])  # type: ignore[call-overload]
        if (
            c.fields["source"] is None
            and c.fields["stance"] == "asserted"
            and at >= first
            and c.fields["subject"] != person
        ):
            c.fields["source"] = person


def _a_name(name: str) -> bool:
    return not any(w in NOT_NAME or w in TITLE_WORDS for w in name.split())
