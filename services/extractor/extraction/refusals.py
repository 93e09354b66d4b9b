"""A state saying it takes no part in sanctions evasion: `the country "does not participate
in any schemes to circumvent sanctions"`, `they will not allow the country to be used to
circumvent sanctions`, `"The UAE does not permit its territory to be used for the
circumvention of sanctions"`, `had "never been a platform for any party to circumvent
sanctions"`, `"no evidence that Hong Kong is a hub for the circumvention of sanctions"`. The
refusal names the evasion itself, so it denies it even where the article
has not yet accused the state."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from .attribution import Frame
from .lexicon import folded_finditer, gate_twin
from .mentions import Mention
from .wordset import word_set

# cheap gates: a negation and a word of evasion must both be in the sentence
NEGATION_WORDS: Final = word_set("not never won't doesn't don't no")
EVASION_WORDS: Final = word_set(
    """circumvent circumvents circumvented circumventing circumvention evade evading evasion
    bypass bypassing"""
)

_Q: Final = r"[\"“‘']?"
# the refusal: a negated verb of taking part, letting, or serving, then (in its own clause)
# the evasion it refuses
_REFUSAL_RE: Final = re.compile(
    r"\b(?:(?:does|do|did|will|would|can|could)\s+" + _Q + r"not(?:\s+and\s+will\s+not)?|"
    r"(?:doesn't|don't|won't)|(?:has|have|had)\s+" + _Q + r"never(?:\s+been)?|never|"
    r"(?:is|are|was)\s+" + _Q + r"not)\s+" + _Q + r"(?:\w+ly\s+)?"
    r"(?:allow|permit|tolerate|participate|take\s+part|engage|serve|act|become|be(?:en)?|"
    r"a\s+(?:platform|hub|conduit|channel|route)|used|help|assist)\b[\"”’']?"
    r"(?P<object>[^.;:!?\"”]{0,90}?)\b(?:circumvent\w*|evad(?:e|ing)|evasion|bypass\w*)\b",
    re.I,
)
# (read in the lower-cased text first, where its alternations skip branches by letter)
_REFUSAL_TWIN: Final = gate_twin(_REFUSAL_RE)
# "no evidence that Hong Kong is a hub for the circumvention of sanctions": the state named
# after "that" is cleared
_NO_EVIDENCE_RE: Final = re.compile(
    r"\bno\s+(?:evidence|indication|proof)\s+(?:whatsoever\s+)?that\s+(?P<state>[^\W\d_a-z][\w'’-]*"
    r"(?:\s+[^\W\d_a-z][\w'’-]*)?)\s+(?:is|was|has\s+been|had\s+been|are|were)\s+"
    r"(?P<object>[^.;:!?]{0,70}?)\b(?:circumvent\w*|evad(?:e|ing)|evasion|bypass\w*)\b"
)
# who refuses: the state named just before, or a word for the speaker's own state
_OWN_STATE_RE: Final = re.compile(
    r"(?:\b(?:it|they|we|the\s+country|the\s+government|the\s+city|the\s+kingdom|the\s+"
    r"republic)|\band"
    # "the country's banking system is not used to circumvent": the state's own system
    r"|\b(?:its|their|our|the\s+country['’]s)\s+(?:own\s+)?(?:territory|soil|jurisdiction|"
    r"ports|banks|(?:banking|financial)\s+(?:system|sector)))\s+" + _Q + r"$",
    re.I,
)
_STATE_KINDS: Final = ("country",)
# "the UAE foreign ministry said the country ...": the state whose body speaks
_BODY_RE: Final = re.compile(
    r"\s+(?:[Ff]oreign\s+|[Tt]rade\s+|[Ee]conomy\s+)?(?:[Mm]inistry|[Gg]overnment|[Ee]mbassy|"
    r"officials|authorities)\b"
)


def refusal_denials(
    text: str,
    base: int,
    frames: list[Frame],
    mentions: list[Mention],
    is_state: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(state, who speaks) for each state in the sentence that refuses to take part in
    sanctions evasion."""
    out: list[tuple[str, str]] = []
    for m in folded_finditer(_REFUSAL_RE, _REFUSAL_TWIN, text, text.lower()):
        left = text[max(0, m.start() - 30) : m.start()]
        named = [
            x
            for x in mentions
            if x.kind in _STATE_KINDS
            and x.via != "coref"
            and 0 <= base + m.start() - x.end <= 3
            and not x.possessive
        ]
        frame = next((f for f in reversed(frames) if f.pos < base + m.start() and f.speaker), None)
        speaker = frame.speaker if frame is not None else None
        if speaker is None:  # "Kyrgyzstan's trade ministry said ... the country": its state
            speaker = next(
                (
                    x.name
                    for x in reversed(mentions)
                    if x.kind in _STATE_KINDS
                    and x.end <= base + m.start()
                    and (x.possessive or x.start - base <= 4 or _BODY_RE.match(text, x.end - base))
                ),
                None,
            )
        and_subject = (
            _and_subject(text, base, m.start(), mentions)
            if left.endswith(("and ", 'and "', "and “"))
            else None
        )
        if named:
            states = [named[-1].name]
        elif and_subject is not None and speaker is None:
            states = [and_subject]  # "X has imposed controls and \"does not allow\"": X
        elif _OWN_STATE_RE.search(left) and speaker is not None:
            states = _joint_speakers(mentions, speaker)
        else:
            continue
        for state in filter(is_state, states):
            who = speaker if speaker is not None and is_state(speaker) else state
            out.append((state, state if len(states) > 1 else who))
    for m in _NO_EVIDENCE_RE.finditer(text):
        at = base + m.start("state")
        cleared = next((x.name for x in mentions if x.start == at and x.kind in _STATE_KINDS), None)
        if cleared is not None and is_state(cleared):
            frame = next((f for f in reversed(frames) if f.pos < at and f.speaker), None)
            out.append((cleared, (frame.speaker if frame is not None else None) or cleared))
    return out


def _and_subject(text: str, base: int, at: int, mentions: list[Mention]) -> str | None:
    """The state that opens the clause "and" joins the refusal to ("Singapore has imposed
    export controls ... and does not allow"): the last state named before it, as a subject."""
    before = [
        x
        for x in mentions
        if x.kind in _STATE_KINDS and x.end <= base + at and not x.possessive and x.prep is None
    ]
    if not before:
        return None
    subj = before[-1]
    gap = text[subj.end - base : at]
    return subj.name if _VERB_AFTER_RE.match(gap) else None


# the state is the subject: a verb follows its name ("Singapore has imposed", "X imposed")
_VERB_AFTER_RE: Final = re.compile(r"\s+(?:has|have|had|is|was|\w+ed)\b")


def _joint_speakers(mentions: list[Mention], speaker: str) -> list[str]:
    """The speaker and the states it is named with in one phrase: "officials in both
    countries said their territory ..." speaks for each of them."""
    spans = {(x.start, x.end) for x in mentions if x.name == speaker and x.via == "coref"}
    joint = [
        x.name
        for x in mentions
        if (x.start, x.end) in spans and x.kind in _STATE_KINDS and x.name != speaker
    ]
    return [speaker, *joint]
