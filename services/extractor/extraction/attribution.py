"""Who says it: reporting frames (`X said`, `according to X`, `writes X`, `X denied`)."""

from __future__ import annotations

import re
from typing import Final

from .called_false import called_false
from .discourse import TITLE_WORDS, partner_of_subject
from .gazetteer import Gazetteer
from .lexicon import (
    ACCORDING_RE,
    DENIAL_WORDS,
    POSTED_ON_RE,
    REPORT_WORDS,
    SPEAKER_HEADS,
    any_of,
    gated_search,
    may_contain,
    rejects_business,
)
from .mentions import Discourse, Mention
from .merge import Candidate
from .proposals import DRAFT_NP_RE
from .speaker_shapes import (
    ANONYMOUS,
    CLAUSE_VERBS,
    SOURCE_IN_RE,
    THE_SOURCE_RE,
    anonymous_in_list,
    attributive,
    in_body,
    named_source_body,
    official_of,
)
from .text import Sentence, Token
from .words import Word
from .wordset import word_set

_TELL_FORMS: Final = word_set("told tell tells telling")
_SKIP_BEFORE: Final = word_set(
    """has have had also further previously repeatedly strongly firmly categorically publicly
    earlier later then again already once recently officially explicitly flatly vehemently
    was were is are be been being quoted as saying in a an the statement to interview
    responded by had also since long on monday tuesday wednesday thursday friday saturday
    sunday last week month year today yesterday earlier this years months decades weeks now
    until so far"""
)
_SPANS: Final = word_set("years months decades weeks days")
_RECORDS_RE: Final = re.compile(
    r"\s+(?:customs\s+|trade\s+|shipping\s+|export\s+|import\s+)?(?:records|data|documents|"
    r"figures|statistics|filings|databases?)\b"
)
_LEARNED: Final = word_set("learned learnt")
# "The EU condemned Iran's transfer of missiles": the condemner says the act happened; not
# where a measure is condemned ("condemned the sanctions", "the bloc's decision to")
_CONDEMN_FORMS: Final = word_set("condemned condemns")
_CONDEMNED_MEASURE_RE: Final = re.compile(
    r"\s+(?:as\b|(?:[\w.-]+(?:['’]s)?\s+){0,4}?(?:sanctions?|decision|decisions|move|measures?|"
    r"designations?|listings?|blacklisting|step|restrictions|ban|penalties|tariffs)\b)"
)
_BY_AGENT_RE: Final = re.compile(r"\s+(?:first\s+|also\s+|\w+ly\s+)?(?P<by>by)\s")
# how an outlet speaks of its own work: "records reviewed by Meduza", "documents seen by"
_OWN_WORK_RE: Final = re.compile(
    r"\b(?:reviewed|seen|obtained|gathered|analy[sz]ed|compiled|examined|verified)\s+by\s+"
    r"(?:the\s+)?$"
)
_MEDIA_NOUNS: Final = re.compile(
    r"^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:publication|newspaper|paper|outlet|magazine|"
    r"broadcaster|news agency|agency|daily|website|channel|report|investigation|assessment|"
    r"newspaper's report)\b",
    re.I,
)
# "according to the institute", "the think tank said": the research body named last
_RESEARCH_NOUNS: Final = r"(?:institute|think[\s-]tank|watchdog)"
_RESEARCH_REF_RE: Final = re.compile(rf"^\s*the\s+{_RESEARCH_NOUNS}\b", re.I)
_RESEARCH_NP_RE: Final = re.compile(rf"\bthe\s+{_RESEARCH_NOUNS}\s+(?:also\s+)?$", re.I)
_RESEARCH_NEEDS: Final = any_of("institute think watchdog")
_PRONOUN_PERSON: Final = frozenset({"he", "she"})
_QUOTE_TOKENS: Final = frozenset({'"', "“", "”", "'", "‘", "’"})
_COMPANY_WORDS: Final = word_set("company firm manufacturer maker group corporation")
_BE_FORMS: Final = word_set("is are was were be been being")
_BE_ADVERBS: Final = word_set("also still now further long even first")
_FUNCTION_STOP: Final = word_set("which that who whom and but or while because if")
_REPORT_NP_RE: Final = re.compile(
    r"\b(?:the|their|its)\s+(?:investigation|report|study|analysis|review|probe|research|"
    r"findings|document|documents|records|data|assessment)\s+(?:also\s+)?$"
    # "the researchers found", "the report's authors note": who wrote the report
    r"|\b(?:the|its|the\s+(?:report|study)['’]s)\s+(?:authors|researchers)\s+(?:also\s+)?$",
    re.I,
)
_REPORT_NP_NEEDS: Final = any_of(
    """investigation report study analysis review probe research findings document records data
    authors assessment"""
)
# "The study, published Tuesday by X": X wrote the report the article goes on to cite
_PUBLISH_VERBS: Final = "published released compiled prepared produced issued conducted"
PUBLISHED_WORDS: Final = word_set(_PUBLISH_VERBS)
_PUBLISHED_ALT: Final = "|".join(_PUBLISH_VERBS.split())
_PUBLISHED_BY_RE: Final = re.compile(
    r"\b(?:report|study|analysis|investigation|paper|research|assessment)\b[^.;]{0,40}?"
    rf"\b(?:{_PUBLISHED_ALT})\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?$",
    re.I,
)
# "X and Y published their annual threat assessment": X wrote the report cited next
_PUBLISHED_OWN_RE: Final = re.compile(
    r"[^.;]{0,120}?\b(?:published|released|issued)\s+(?:its|their|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:report|assessment|study|analysis)\b",
    re.I,
)
# "The authors do not accuse X. Instead they describe ...": the report's authors speak on
_AUTHORS_OPEN_RE: Final = re.compile(
    r"^(?:The|Its|The\s+(?:report|study)['’]s)\s+(?:authors|researchers)\b"
)
# the nouns of "the ministry said": the regex below and its gate read the same list
_GOV_NP_NEEDS: Final = any_of(
    """department ministry agency bloc administration government office treasury military army
    embassy mission commission council group team panel service"""
)
_GOV_NP_RE: Final = re.compile(
    r"\bthe\s+(?:spy\s+|intelligence\s+|foreign\s+|defen[cs]e\s+)?"
    rf"(?P<noun>{'|'.join(_GOV_NP_NEEDS)})\s+(?:also\s+)?$",
    re.I,
)
_SPOKES_RE: Final = re.compile(
    r"\b(?:the|a)\s+(?:(\w+)\s+)?(?:spokes(?:person|man|woman)|department|ministry)\b", re.I
)
_SPOKES_NEEDS: Final = any_of("spokes department ministry")
_POSSESSIVE_CLAIM_RE: Final = re.compile(
    r"\b(?P<owner>his|her)\s+(?:\w+\s+){0,2}?(?:accusations?|allegations?|claims?|assertions?|"
    r"statements?|remarks|charges?)\b",
    re.I,
)
# what every match of _POSSESSIVE_CLAIM_RE contains (lower-cased)
_CLAIM_NOUNS: Final = any_of("accusation allegation claim assertion statement remarks charge")
_CLAIM_NOUN_RE: Final = re.compile(
    r"^\s*['’]s\s+(?:\w+\s+){0,2}?(?:accusations?|allegations?|claims?|assertions?|statements?|"
    r"remarks|charges?|report|reports|assessment|findings|investigation|intelligence|data)\b",
    re.I,
)


# "despite Tehran's denials", "Iran's repeated denial": the owner denies
_OWN_DENIAL_RE: Final = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?P<noun>denials?)\b")
_DENIAL_NOUNS: Final = frozenset({"denial", "denials"})


# agencies the gold conventions name themselves; every other agency speaks for its state
_OWN_NAMED_AGENCIES: Final = frozenset({"National Intelligence Service"})


def _voice(mn: Mention) -> str:
    """Who a speaking mention stands for: a state's agency (`HUR`, `FSB`) speaks for the
    state, as ministries and embassies do."""
    if (
        mn.kind == "organization"
        and mn.role == "government"
        and mn.country
        and mn.name not in _OWN_NAMED_AGENCIES
    ):
        return mn.country
    if mn.kind == "person" and mn.via == "title" and mn.name.count(" ") >= 2:
        words = mn.name.split()
        while len(words) > 2 and words[0] in _OFFICE_WORDS:
            words.pop(0)  # "Deputy Minister of Economy Narek Teryan": the name
        return " ".join(words)
    return mn.name


class Frame:
    """A reporting frame: `speaker` says (or denies) what the sentence states."""

    __slots__ = ("claimant", "denial", "mention", "person", "pos", "relative", "speaker")

    def __init__(
        self,
        pos: int,  # char offset of the cue
        speaker: str | None,
        mention: Mention | None,
        denial: bool,
        person: bool = False,
    ) -> None:
        self.pos = pos
        self.speaker = speaker
        self.mention = mention
        self.denial = denial
        self.person = person
        # "a trade that Western officials say has grown": a frame in a relative clause
        # speaks for what follows it only
        self.relative = False
        # "X dismissed Y's claim that ...": Y's claim is what X denies, Y denies nothing
        self.claimant = False

    def __repr__(self) -> str:
        return f"Frame({self.pos}, {self.speaker!r}, denial={self.denial})"


# "North Korea, which has no embassy in Australia, has previously described": a relative
# clause between the subject and its verb
_RELATIVE_ASIDE_RE: Final = re.compile(
    r"\s*,\s*(?:which|who)\s[^,;]{0,80},\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?",
)


def _subject_before_relative(
    mentions: list[Mention], text: str, base: int, at: int
) -> Mention | None:
    owner_end = -1
    lead = 4 if text.startswith("The ") else 2
    for m in mentions:
        if m.start - base > lead and m.start != owner_end + 1:
            break  # the sentence's subject, or what its possessive owner owns
        if m.possessive:
            owner_end = text.find(" ", m.end - base) + base
        if m.is_actor and m.prep is None and _RELATIVE_ASIDE_RE.fullmatch(text, m.end - base, at):
            return m
    return None


def _name_before_relative(tokens: list[Token], text: str, base: int, at: int) -> str | None:
    """An unknown person who opens the sentence before a relative aside that ends at `at`."""
    k = 0
    while k < len(tokens) and k < 3 and _is_name_word(tokens[k].text):
        k += 1
    if k < 2 or k >= len(tokens) or tokens[k].text != ",":
        return None
    if not _RELATIVE_ASIDE_RE.fullmatch(text, tokens[k - 1].end - base, at):
        return None
    return " ".join(t.text for t in tokens[:k])


# a company's staff, whose title may stand before the name: "its general manager, X, said"
_STAFF_HEADS: Final = word_set(
    "manager founder co-founder owner chairman chairwoman executive ceo lawyer attorney partner"
)


# "The official, who spoke on condition of anonymity, said": the unnamed one quoted before
_ANON_OPENER_RE: Final = re.compile(
    r"(?:The|the)\s+(?:senior\s+)?(?P<head>official|diplomat|prosecutor|investigator)\b"
)


def _anonymous_before_relative(text: str, at: int) -> str | None:
    """The head (`official`) of an unnamed speaker who opens the sentence before a relative
    aside ending at `at`."""
    om = _ANON_OPENER_RE.match(text)
    if om is None or not _RELATIVE_ASIDE_RE.fullmatch(text, om.end(), at):
        return None
    return om.group("head")


def _named_after_title(tokens: list[Token], m: Mention) -> bool:
    """ "The company's director, Jan Novak, said", "its director, a Kazakh citizen named Jan
    Novak, said", "the unit's officer, Captain Jan Novak, said": the person the title names."""
    q = m.tok_start
    if m.kind != "person" or q < 2:
        return False
    while q > 2 and tokens[q - 1].text in TITLE_WORDS:
        q -= 1  # "the brigade's ordnance officer, Captain Ihor Melnyk, said"
    if tokens[q - 1].low in _NAMING_WORDS:
        return True
    head = tokens[q - 2].low
    return tokens[q - 1].text == "," and (
        head in SPEAKER_HEADS or head in _STAFF_HEADS or head + "s" in SPEAKER_HEADS
    )  # ("the brigade's officer, X": a singular of "officers")


_NAMING_WORDS: Final = word_set("named called")
_RELATIVE_WORDS: Final = frozenset({"which", "who"})


def _relative_antecedent(mentions: list[Mention], tokens: list[Token], ti: int) -> Mention | None:
    """The actor a relative clause opening right before the verb at `ti` is said of: "X,
    which has denied ..." (its subject the relative pronoun)."""
    q = ti - 1
    while q > 1 and tokens[q].low in _SKIP_BEFORE:
        q -= 1
    if q < 2 or tokens[q].low not in _RELATIVE_WORDS or tokens[q - 1].text != ",":
        return None
    return next((x for x in mentions if x.tok_end == q - 1 and x.is_actor), None)


_WORK_HEADS: Final = word_set("investigation analysis study assessment")


_DEED_BE: Final = word_set("is are was were been being")
_ROUTE_PREPS: Final = ("to", "into", "through", "via")


def _agent_of_deed(mentions: list[Mention], tokens: list[Token], m: Mention) -> bool:
    """Whether a `by` actor is the agent of the deed reported, not an author: "were
    re-exported to Russia by X, the customs service said", "were shipped by X, ..."."""
    k = m.tok_start - 2  # the word before "by"
    if k < 1:
        return False
    if any(x.tok_end == k + 1 and x.prep in _ROUTE_PREPS for x in mentions):
        return True  # a destination or a route right before the agent
    return tokens[k].low.endswith("ed") and tokens[k - 1].low in _DEED_BE


def _mention_ending_before(
    mentions: list[Mention], tokens: list[Token], tok_idx: int
) -> Mention | None:
    j = tok_idx - 1
    steps = 0
    head_seen = False
    work = False  # "The Pentagon's analysis found": the Pentagon (an outlet's, its own voice)
    crossed_comma = False
    content = 0
    while j >= 0 and steps < 7:
        for m in mentions:
            if m.tok_end == j + 1 and m.is_actor:
                if work and m.role == "media":
                    return None
                # "..., X said" is X; "Russia, documents show" is not Russia speaking
                ok = (
                    not crossed_comma
                    or m.in_apposition
                    or (m.prep == "by" and not _agent_of_deed(mentions, tokens, m))
                    or _named_after_title(tokens, m)
                )
                if (
                    ok
                    and m.kind == "organization"
                    and (
                        m.name.split()[0] in _BODY_FIRST_WORDS
                        or (m.role == "government" and not m.country)
                    )
                ):  # (a state body found by its name's shape: "Foreign Intelligence Service")
                    owner = _owner_state(mentions, tokens, m)
                    if owner is not None:  # "Turkey's Ministry of Trade said": Turkey
                        return owner
                if ok and m.prep == "with" and partner_of_subject(tokens, m):
                    return None  # "a CAR team working with the SBU documented": not the SBU
                if ok and anonymous_in_list(mentions, tokens, m):
                    return None  # "sources in North Korea and Russia told": no one named
                if ok and m.prep in ("to", "in", "at"):
                    envoy = _sending_state(mentions, tokens, m)
                    if envoy is not None:  # "China's mission to the EU said": China's
                        return envoy
                if ok and m.prep == "in" and tokens[m.tok_start - 1].low == "in":
                    # "The Chinese Embassy in Kyiv said": the embassy
                    host = [x for x in mentions if x.is_actor and x.tok_end == m.tok_start - 1]
                    if host:
                        return host[-1]
                    if m.tok_start > 1 and tokens[m.tok_start - 2].low in ANONYMOUS:
                        # "A source in North Korea told": no one named; "in the SBU": the SBU
                        return m if in_body(m) else None
                return m if ok else None  # "The report, by Reuters, said" is Reuters
        low = tokens[j].text.lower()
        if low in _ALLIES:  # "Washington and its European allies say": Washington
            q = j - 1
            while q > 0 and j - q <= 2 and tokens[q].low not in ("its", "their"):
                q -= 1
            if q > 1 and tokens[q].low in ("its", "their") and tokens[q - 1].low == "and":
                j = q - 2
                steps += 1
                continue
            return None
        if low in SPEAKER_HEADS:
            head_seen = True
        elif low in _WORK_HEADS and not head_seen:
            head_seen = work = True
        elif low in _FUNCTION_STOP:
            return None
        elif tokens[j].text == "'s" or (head_seen and tokens[j].text.islower() and content < 2):
            content += 1  # "Turkey's trade ministry said"
        elif tokens[j].text == ")":  # "Defense Intelligence (HUR) said"
            while j > 0 and tokens[j].text != "(":
                j -= 1
        elif low == "for" and j + 1 < len(tokens) and tokens[j + 1].low in _SPANS:
            pass  # "Moscow and Pyongyang have for years denied"
        elif low.endswith("ly") and len(low) > 4 and tokens[j].text.islower():
            pass  # "X has openly said", "Y bluntly denied"
        elif low not in _SKIP_BEFORE and tokens[j].text not in ('"', "”", ","):
            return None
        if tokens[j].text == ",":
            crossed_comma = True
        j -= 1
        steps += 1
    return None


# who a mission, an embassy or an envoy "to Y" / "in Y" speaks for
_MISSION_NOUNS: Final = word_set(
    "mission embassy delegation ambassador envoy representative representation consulate"
)


_BODY_FIRST_WORDS: Final = frozenset(
    {"Ministry", "Department", "Office", "Agency", "Committee", "Council", "Administration"}
)


def _owner_state(mentions: list[Mention], tokens: list[Token], m: Mention) -> Mention | None:
    """`Turkey's Ministry of Trade`: a state's body, unknown by name, speaks for the state."""
    p = m.tok_start - 1
    if p < 1 or tokens[p].text not in ("'s", "’s"):
        return None
    for x in mentions:
        if x.tok_end == p and x.kind == "country":
            return x
    return None


def _sending_state(mentions: list[Mention], tokens: list[Token], m: Mention) -> Mention | None:
    """`China's mission to the EU`, `the Iranian embassy in Moscow`: the state that sent it."""
    p = m.tok_start - 1
    if p > 0 and tokens[p].low == "the":
        p -= 1
    if p < 2 or tokens[p].low not in ("to", "in", "at") or tokens[p - 1].low not in _MISSION_NOUNS:
        return None
    end = p - 1
    if end > 2 and tokens[end - 1].text.isalpha() and tokens[end - 1].text.islower():
        end -= 1  # "Iran's permanent mission to the UN", "the Iranian permanent mission"
    if tokens[end - 1].text in ("'s", "’s"):
        end -= 1
    for x in mentions:
        if x.tok_end in (end, p) and (x.is_actor or x.kind == "adjective"):
            return x
    return None


# "Belarus's Ministry of Defense has denied", "Kazakhstan's State Revenue Committee said":
# a body the gazetteer does not know speaks for the state that owns it
_STATE_BODY_WORDS: Final = word_set(
    "ministry department committee office agency service council administration commission"
)
_STATE_BODY_RE: Final = re.compile(
    r"['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Department|Committee|Office|Agency|Service|"
    r"Council|Administration|Commission)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?"
    r"\s+(?:(?:has|have|had|also|repeatedly|previously|flatly|firmly|categorically|strongly)\s+)*"
)


def _state_owning_body(text: str, base: int, verb: int, mentions: list[Mention]) -> Mention | None:
    """The state whose body (named by its shape, right before the verb at `verb`) speaks."""
    for x in mentions:
        if x.kind == "country" and x.possessive and x.end - base < verb:
            bm = _STATE_BODY_RE.match(text, x.end - base, verb)
            if bm is not None and bm.end() == verb:
                return x
    return None


_SPOKES_FOR_RE: Final = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative)\s+for\s+(?:the\s+)?"
    r"|\b(?P<official>officials?)\s+(?:for|with|at|from)\s+(?:the\s+)?",
    re.I,
)
_SPOKES_FOR_PREPS: Final = word_set("for with at from")


def _spokesperson_for(text: str, base: int, verb: int, mentions: list[Mention]) -> Mention | None:
    """`A spokesperson for the UAE's Ministry of Foreign Affairs told`: the UAE."""
    found = list(_SPOKES_FOR_RE.finditer(text, max(0, verb - 80), verb))
    if not found:
        return None
    sm = found[-1]
    for x in mentions:
        if x.start - base == sm.end() and x.end - base <= verb and x.is_actor:
            return x
    return None


# the words an aside between a subject and its verb opens with
_ASIDE_OPENERS: Final = word_set(
    """launched set established created founded formed made led run based known built
    backed funded chaired headed which who"""
)


def _subject_before_aside(
    mentions: list[Mention], tokens: list[Token], comma: int
) -> Mention | None:
    """ "The MSMT, set up last year after Russia vetoed ..., said": the actor before the aside."""
    j = comma - 1
    while j > 0 and comma - j < 30 and tokens[j].text not in (",", ";", '"', "“", "”"):
        j -= 1
    if j > 0 and tokens[j].text == "," and tokens[j + 1].low not in _ASIDE_OPENERS:
        # "The MSMT, launched by Korea, the United States and Japan, said": a participle's
        # aside may hold a list; its first comma follows the subject
        k = j - 1
        while k > 0 and comma - k < 45 and tokens[k].text not in (";", '"', "“", "”"):
            if tokens[k].text == "," and tokens[k + 1].low in _ASIDE_OPENERS:
                j = k
                break
            k -= 1
    if j <= 0 or tokens[j].text != "," or not tokens[j + 1].text[:1].islower():
        return None
    end = j
    if tokens[end - 1].text == ")":  # "Team (MSMT), set up ..."
        while end > 0 and tokens[end - 1].text != "(":
            end -= 1
        end -= 1
    for m in mentions:
        if m.tok_end == end and m.is_actor and m.kind != "adjective" and m.prep is None:
            return m
    if end > 1 and tokens[end - 1].low in _ANON_HEADS:
        return official_of(mentions, tokens, end)  # "A South Korean government official, ..."
    return None


def _mention_starting_after(
    mentions: list[Mention], tok_idx: int, limit: int = 4, adjectives: bool = False
) -> Mention | None:
    for m in mentions:
        if tok_idx < m.tok_start <= tok_idx + limit and (
            m.is_actor or (adjectives and m.kind == "adjective")
        ):
            return m
    return None


def _is_name_word(w: str) -> bool:
    return (
        len(w) > 1
        and w[0].isupper()
        and w[1:].replace("-", "").replace("'", "").islower()
        and w not in _NOT_SPEAKER
        and w not in _NOT_PERSON_WORDS
    )


# data named by where it comes from: "customs records from Armenia", "figures of Kazakhstan"
_DATA_FROM_RE: Final = re.compile(
    r"\b(?:records|data|figures|statistics|documents|filings|declarations|numbers|entries)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:from|of)\s+(?:the\s+)?$"
)


# words of places and institutions, no part of a person's name ("Rason Special Economic
# Zone shows", "the Trade Council said")
_NOT_PERSON_WORDS: Final = word_set(
    """Zone Special Economic Port Region Province District Committee Council Ministry Office
    Agency Group Company Corporation Industries Industry Technology Technologies Trading
    University Institute Center Centre Service Services Bureau Department Commission Court
    Parliament Assembly Union Bank Fund Foundation Airport Plant Factory"""
)


_NOT_SPEAKER: Final = word_set(
    """The A An In On At It He She They We This That These Those Officials Analysts Experts
    According But And Or If When While Meanwhile However Earlier Later Sources Reports"""
)


def _name_near(tokens: list[Token], ti: int, mentions: list[Mention]) -> str | None:
    """An unknown person right before (`Maria Kowalska said`) or after (`said Maria Kowalska`)."""
    j = ti - 1
    while j >= 0 and tokens[j].low in ("has", "had", "have", "also", "further", ","):
        j -= 1
    k = j
    while k >= 0 and j - k < 3 and _is_name_word(tokens[k].text):
        k -= 1
    while j - k >= 3 and tokens[k + 1].text in _OFFICE_WORDS:
        k += 1  # "Minister of Economy Narek Teryan said": the name, not the portfolio
    if (
        j - k >= 2
        and not any(m.tok_start <= j < m.tok_end for m in mentions)
        and not (k >= 0 and tokens[k].low == "of")  # "the Ministry of Foreign Affairs told"
        and not all(t.text in _OFFICE_WORDS for t in tokens[k + 1 : j + 1])
    ):
        state_of = _state_authority(tokens, k + 1, j + 1, mentions)
        if state_of is not None:
            return state_of
        return " ".join(t.text for t in tokens[k + 1 : j + 1])
    k = ti + 1
    while k < len(tokens) and k - ti <= 3 and _is_name_word(tokens[k].text):
        k += 1
    first = ti + 1
    while k - first >= 3 and tokens[first].text in _OFFICE_WORDS:
        first += 1
    if k - first >= 2 and ti > 0 and tokens[ti - 1].text in (",", '"', "”"):
        return " ".join(t.text for t in tokens[first:k])
    return None


# "quoted the agency as saying": the words up to "as saying" name the one quoted
_AS_SAYING_RE: Final = re.compile(r"\s+(?!as\b|by\b)((?:[\w.'’-]+\s+){1,6}?)as\s+saying\b")
_QUOTED_BODY_RE: Final = re.compile(
    r"the\s+(?P<noun>ministry|agency|department|office|service)\s+$"
)
_WAS_QUOTED_RE: Final = re.compile(r"\s(?:was|were)\s+$")


def _quoted_as_saying(text: str, end: int) -> int | None:
    """The length of the object of "quoted ... as saying", None if the verb has none."""
    m = _AS_SAYING_RE.match(text, end)
    return len(m.group(1)) + (m.start(1) - end) if m else None


def _quoted_body(obj: str, state: Discourse) -> str | None:
    """ "quoted the agency as saying": the body named before, else the authority; "quoted
    her as saying": the person named last."""
    if (body := _QUOTED_BODY_RE.match(obj.lstrip())) is not None:
        return state.anonymous.get(body.group("noun")) or state.last_authority
    if obj.strip() in ("her", "him"):
        return state.last_person
    return None


def _unquoted(left: str, verb: str) -> str:
    """ "the agency was quoted as saying": the words before the verb's passive."""
    if verb == "quoted" and (was := _WAS_QUOTED_RE.search(left)) is not None:
        return left[: was.start() + 1]
    return left


def _name_after(tokens: list[Token], ti: int, mentions: list[Mention]) -> str | None:
    """An unknown person's name opening a phrase, then a comma or the sentence's end
    ("according to Jan Kowalski, an analyst at ...")."""
    k = ti
    while k < len(tokens) and k - ti < 3 and _is_name_word(tokens[k].text):
        k += 1
    if k - ti < 2 or (k < len(tokens) and tokens[k].text not in (",", ".")):
        return None
    if any(ti <= m.tok_start < k for m in mentions):
        return None
    return " ".join(t.text for t in tokens[ti:k])


# a state's authority named by its demonym, which speaks for the state: "Finnish Customs",
# "Polish Border Guard"
_AUTHORITY_NAME_WORDS: Final = word_set("Customs Police Border Guard Prosecution Coast")


def _state_authority(
    tokens: list[Token], start: int, end: int, mentions: list[Mention]
) -> str | None:
    if not all(t.text in _AUTHORITY_NAME_WORDS for t in tokens[start + 1 : end]):
        return None
    return next(
        (
            m.country
            for m in mentions
            if m.kind == "adjective" and m.tok_start == start and m.tok_end == start + 1
        ),
        None,
    )


# words of a title or portfolio that run into a name: "Minister of Economy Narek Teryan"
_OFFICE_WORDS: Final = word_set(
    """Economy Economic Defense Defence Foreign Affairs Finance Trade Commerce Industry Justice
    Interior Energy Security Minister Secretary Spokesperson Spokesman Spokeswoman Deputy
    Ambassador Director Chief President Premier Envoy Commissioner Chairman Chairwoman"""
)


# unnamed officials: "Western officials say", "a European diplomat said" are named by that
# description; "the officials said", "officials said" are the ones quoted before
_ANON_HEADS: Final = word_set(
    "official officials diplomat diplomats prosecutor prosecutors investigator investigators"
)
# who a state's prosecutors are: "the Lithuanian Prosecutor General's Office", "German
# prosecutors", then "according to prosecutors", "prosecutors said"
_PROSECUTION_HEADS: Final = frozenset({"prosecutor", "investigator"})
_ANON_GATES: Final = _ANON_HEADS | {"prosecution"}
_ANON_BLOCS: Final = frozenset({"Western", "European"})
_ANON_NP_RE: Final = re.compile(
    r"\s*(?:(?P<det>the|a|an|one\s+of\s+the)\s+)?(?:senior\s+)?(?P<bloc>Western\s+|European\s+)?"
    r"(?P<head>officials?|diplomats?|prosecutors?|investigators?)\b(?!\s+(?:in|of|from|at|with)\b)"
)


def _anonymous(tokens: list[Token], ti: int, state: Discourse) -> str | None:
    """`Western officials say`, `the officials told Axios`, `, officials said.`"""
    j = ti - 1
    while j >= 0 and ti - j <= 4 and tokens[j].low in _SKIP_BEFORE and tokens[j].low != "the":
        j -= 1
    if j < 0 or tokens[j].low not in _ANON_HEADS:
        return None
    head = tokens[j].text
    k = j - 1
    if k >= 0 and tokens[k].low == "senior":
        k -= 1
    if k >= 0 and tokens[k].text in _ANON_BLOCS:
        return f"{tokens[k].text} {head.lower()}"
    if k < 0 or tokens[k].low == "the" or (tokens[k].text == "," and head.islower()):
        return state.anonymous.get(head.lower().rstrip("s")) or state.last_source
    return None


def _anonymous_np(m: re.Match[str] | None, state: Discourse) -> str | None:
    if m is None:
        return None
    if m.group("bloc"):
        return f"{m.group('bloc').strip()} {m.group('head')}"
    head = m.group("head").rstrip("s")
    if m.group("det") in ("the", "one of the"):
        return state.anonymous.get(head) or state.last_source
    if m.group("det") is None and head in _PROSECUTION_HEADS:
        return state.anonymous.get(head)  # "according to prosecutors": the state's, if said
    return None


_ALLIES: Final = word_set("allies partners")
_PARTICIPLES: Final = word_set("accusing alleging saying")
# "The Foreign Ministry listed ..., saying": a state body that opens the sentence unnamed
_BODY_OPENER_RE: Final = re.compile(
    r"^(?:The|Its)\s+(?:[A-Z][\w-]*\s+){0,3}?(?P<noun>Ministry|Department|Treasury|Council|"
    r"Commission|Government|Office|Agency)\b"
)
# (`*+`: the space after the describer is none of its characters; giving some back is no use)
_ANON_DESC_RE: Final = re.compile(
    r"(?P<desc>[A-Z][\w.]*+)\s+(?:senior\s+)?(?P<head>officials?|diplomats?|prosecutors?|"
    r"investigators?|Prosecutor(?:\s+General)?['’]s\s+Office|(?:State\s+)?Prosecution)\b"
)


def note_anonymous(text: str, base: int, mentions: list[Mention], state: Discourse) -> None:
    """`two U.S. officials and a Western diplomat said`: whom `the officials` and `the
    diplomat` will stand for."""
    for m in _ANON_DESC_RE.finditer(text):
        head = m.group("head").rstrip("s")
        if head[0] in "PS":  # "Prosecutor General's Office", "State Prosecution"
            head = "prosecutor"
        desc = m.group("desc")
        if desc in _ANON_BLOCS:
            state.anonymous[head] = f"{desc} {m.group('head')}"
            continue
        for mn in mentions:
            if mn.start - base == m.start("desc") and mn.end - base <= m.end("desc") + 1:
                who = mn.country if mn.kind == "adjective" else mn.name
                if who and mn.kind in ("adjective", "country"):
                    state.anonymous[head] = who


def _first_of_list(mn: Mention, mentions: list[Mention], text: str, base: int) -> Mention:
    """`an investigation by Reuters and RUSI found`, `Britain, France and Germany said`:
    the first named speaks."""
    first = mn
    gap_re = _AND_GAP_RE
    earlier = [m for m in mentions if m.end <= mn.start and m.is_actor]
    for i in range(len(earlier) - 1, -1, -1):
        prev = earlier[i]
        if prev.end > first.start:
            continue
        gap = text[prev.end - base : first.start - base]
        if gap_re is _AND_GAP_RE and _OXFORD_GAP_RE.fullmatch(gap):
            # "X, Y, and Z said" is a list; "..., and Z said" after a clause is not
            if not (
                i > 0
                and _COMMA_GAP_RE.fullmatch(text[earlier[i - 1].end - base : prev.start - base])
            ):
                break
        elif not gap_re.fullmatch(gap):
            break
        first = prev
        gap_re = _COMMA_GAP_RE  # before "X and Y", a list goes on with commas only
    return first


_AND_GAP_RE: Final = re.compile(r"\s+and\s+(?:the\s+)?")
_OXFORD_GAP_RE: Final = re.compile(r",\s+and\s+(?:the\s+)?")
_COMMA_GAP_RE: Final = re.compile(r",\s+(?:the\s+)?")


def _tok_at(tokens: list[Token], char: int) -> int:
    for i, t in enumerate(tokens):
        if t.start >= char:
            return i
    return len(tokens)


class _Cue:
    """A report verb located in the sentence (offsets relative to the sentence)."""

    __slots__ = ("_e", "_s", "_t")

    def __init__(self, text: str, s: int, e: int) -> None:
        self._t, self._s, self._e = text, s, e

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._t


_BASED_RE: Final = re.compile(r"-(?:based|registered|headquartered)\b")
# the last word of an organization's name that makes it a place (a zone, an industrial park)
_PLACE_HEADS: Final = frozenset(("Zone", "Park", "Complex"))


def find_frames(
    sent: Sentence,
    tokens: list[Token],
    words: list[Word],
    mentions: list[Mention],
    state: Discourse,
) -> list[Frame]:
    frames: list[Frame] = []
    text, base, low_text = sent.text, sent.start, sent.low
    bodies = not sent.lows.isdisjoint(_BODY_NOUNS)
    for x in mentions if bodies else ():  # "The U.S. Treasury Department": "the department"
        if x.kind == "country" or (x.kind == "organization" and x.role == "government"):
            for gm in _BODY_NOUN_RE.finditer(text, x.start - base, x.end - base):
                state.anonymous[gm.group(0).lower()] = _voice(x)
    accordings = ACCORDING_RE.finditer(text) if "according to" in low_text else ()
    for am in accordings:
        ti = _tok_at(tokens, base + am.end())
        mn = _mention_starting_after(mentions, ti - 1, 5, adjectives=True)
        if mn is not None and "," in text[am.end() : mn.start - base]:
            mn = None  # "According to the Ministry, Iran has ...": Iran is no speaker
        if (
            mn is not None
            and mn.kind in ("country", "place")
            and not in_body(mn)
            and SOURCE_IN_RE.match(text, am.end(), mn.start - base)
        ):  # "according to a source in Russia who": someone there, no one named
            frames.append(Frame(base + am.start(), None, None, False))
            continue
        if mn is not None and _BASED_RE.match(text, mn.end - base):
            # "according to the Belgrade-based Centre for ...": the body, not its city
            mn = next((x for x in mentions if x.start > mn.end), mn)
        if (
            mn is not None
            and mn.kind == "adjective"
            and (mn.prep not in (None, "to") or _RECORDS_RE.match(text, mn.end - base))
        ):  # "an analysis of Chinese customs data by X", "Russian customs records"
            mn = None
        if mn is not None and mn.kind == "adjective":  # "according to South Korean estimates"
            frames.append(Frame(base + am.start(), mn.country, mn, False))
            continue
        if mn is None:  # "according to a report published by RUSI"
            comma = text.find(",", am.end())
            limit = base + comma if comma >= 0 else base + len(text)
            mn = next(
                (
                    x
                    for x in mentions
                    if ti <= x.tok_start <= ti + 14
                    and x.start < limit
                    and x.is_actor
                    and x.prep in ("by", "from", "of")
                ),
                None,
            )
        if (
            mn is not None
            and mn.role == "media"
            and text[mn.start - base : mn.end - base].islower()
        ):
            mn = None  # "according to the diplomat": a person, not the magazine
        if mn is None and _ANON_NP_RE.match(text, am.end()):
            who = _anonymous_np(_ANON_NP_RE.match(text, am.end()), state)
            frames.append(Frame(base + am.start(), who, None, False))
            continue
        if mn is not None and mn.possessive:  # "a report by Japan's Nikkei Asia"
            mn = next((x for x in mentions if x.tok_start == mn.tok_end + 1), mn)
        if (
            mn is not None
            and mn.role == "media"
            and _OWN_WORK_RE.search(text, am.end(), mn.start - base) is not None
        ):  # "according to records reviewed by Meduza": the outlet's own voice
            frames.append(Frame(base + am.start(), None, None, False))
            continue
        if mn is not None:
            frames.append(Frame(base + am.start(), _voice(mn), mn, False))
            continue
        rest = text[am.end() : am.end() + 40]
        if "source" in state.anonymous and THE_SOURCE_RE.match(rest):
            frames.append(Frame(base + am.start(), state.anonymous["source"], None, False))
        elif state.last_research is not None and _RESEARCH_REF_RE.match(rest):
            frames.append(Frame(base + am.start(), state.last_research, None, False))
        elif _MEDIA_NOUNS.match(rest):
            who = state.last_report or state.last_media or state.last_source
            frames.append(Frame(base + am.start(), who, None, False))
        elif state.proposer is not None and DRAFT_NP_RE.match(rest):
            # "according to a draft of the package": the body that drafted it
            frames.append(Frame(base + am.start(), state.proposer, None, False))
        elif gov_ref := _GOV_REF_RE.match(rest):  # "According to the Ministry": the government
            # whose body of that name the article named, else the government named last
            who = (
                state.anonymous.get(gov_ref.group("noun").lower())
                or state.issuer
                or state.last_authority
                or state.last_source
            )
            frames.append(Frame(base + am.start(), who, None, False))
        elif paper := _PAPER_REF_RE.match(rest):  # "According to the indictment": its issuer
            who = _paper_issuer(state, paper.group("noun").lower())
            frames.append(Frame(base + am.start(), who, None, False))
        elif re.match(r"\s*(?:him|her)\b", rest):
            frames.append(Frame(base + am.start(), state.last_person, None, False))
        elif (named := _name_after(tokens, ti, mentions)) is not None:
            frames.append(Frame(base + am.start(), named, None, False, person=True))
        else:
            frames.append(Frame(base + am.start(), None, None, False))
    cues = [
        _Cue(w.low, w.start - base, w.end - base)
        for w in words
        if w.low in REPORT_WORDS
        or (w.low == "posted" and POSTED_ON_RE.match(text, w.end - base) is not None)
    ]
    report_author = _report_author(text, base, mentions) if "by" in sent.lows else None
    spokes_for = not sent.lows.isdisjoint(_SPOKES_FOR_PREPS) and not sent.lows.isdisjoint(
        _SPOKES_WORDS
    )
    decisions = not sent.lows.isdisjoint(_DECISION_WORDS)
    bodies_named = not sent.lows.isdisjoint(_STATE_BODY_WORDS)
    for m in cues:
        verb = m.group()
        if rejects_business(verb, text, m.end()):
            continue  # "banks reject transfers from Russia": no one denies a claim
        if verb in _CONDEMN_FORMS and _CONDEMNED_MEASURE_RE.match(text, m.end()):
            continue  # "condemned the EU's decision to impose sanctions": the target speaks
        ti = _tok_at(tokens, base + m.start())
        if verb.endswith("ed") and attributive(tokens, ti):
            continue  # "Tehran's last confirmed acquisition": an adjective, no one speaks
        denial = verb in DENIAL_WORDS
        if verb == "suspected" and text[m.end() : m.end() + 4] == " of ":
            continue  # "companies in the UAE suspected of helping Russia": a passive
        if verb == "accused" and text[m.end() : m.end() + 4] == " of ":
            # "a firm accused of aiding Wagner": a passive; where sanctions are the topic,
            # the sanctioning body accuses ("X is accused of supplying engines")
            who = sanction_accuser(sent, state)
            if who is not None:
                frames.append(Frame(base + m.start(), who, None, False))
            continue
        if verb in _PARTICIPLES:
            # "The Treasury designated 20 firms, accusing them of ...": the main clause's subject
            # (not a quote's opening words: '"Iran has sent no drones," the mission said,
            # accusing ...': the one quoted speaks, not the subject of the quote)
            if ti > 0 and tokens[ti - 1].text == "," and not text.startswith(('"', "“")):
                mn = next((x for x in mentions if x.is_actor and x.tok_start <= 2), None)
                if mn is not None and mn.prep is None:
                    frames.append(Frame(base + m.start(), _voice(mn), mn, False))
                elif mn is None and (body := _BODY_OPENER_RE.match(text)) is not None:
                    who = (
                        state.anonymous.get(body.group("noun").lower())
                        or state.last_authority
                        or state.open_authority
                    )
                    if who is not None:
                        frames.append(Frame(base + m.start(), who, None, False))
            continue
        if verb == "quoted" and (quoted := _quoted_as_saying(text, m.end())) is not None:
            # "Lee quoted the NIS as saying": the one quoted, not who quotes
            mn = _mention_starting_after(mentions, ti, 3)
            if mn is not None and mn.start - base < m.end() + quoted:
                who = _voice(mn) if mn.kind != "adjective" else mn.country
            else:
                who = _quoted_body(text[m.end() : m.end() + quoted], state)
            if who is not None:
                frames.append(Frame(base + m.start(), who, mn, False))
            continue
        mn = None
        anon_head = (
            _anonymous_before_relative(text, m.start())
            if ti > 0 and tokens[ti - 1].text == ","
            else None
        )
        if (
            anon_head is None
            and ti > 0
            and tokens[ti - 1].text == ","
            and not denial
            and verb not in _TELL_FORMS  # "X, told the FT that": the FT listens
            and not (ti + 1 < len(tokens) and tokens[ti + 1].low == "that")
            # "its manager, Jan Novak, said the firm had": Novak, not the firm he speaks of
            and not any(x.tok_end == ti - 1 and _named_after_title(tokens, x) for x in mentions)
        ):  # ", writes The New York Times", not ", claimed that the DPRK has"
            mn = _mention_starting_after(mentions, ti, 3)
            if mn is not None and mn.kind == "adjective":
                mn = None
            if (
                mn is not None
                and mn.tok_end < len(tokens)
                and tokens[mn.tok_end].low in CLAUSE_VERBS
            ):
                mn = None  # "An official, speaking on ..., said Russia is helping", "Liu, a
                # spokesman for the embassy, said China had never": what they said is about it
        k = ti - 1
        while (
            k > 0 and ti - k <= 2 and (tokens[k].low in _BE_ADVERBS or tokens[k].low[-2:] == "ly")
        ):
            k -= 1  # "is also believed", "was widely reported"
        passive = k >= 0 and tokens[k].low in _BE_FORMS and verb != "quoted"
        if (passive or (k >= 0 and tokens[k].low == "as")) and (
            by := _BY_AGENT_RE.match(text, m.end())
        ) is not None:  # (", as first reported by Reuters")
            # "was confirmed by British officials", "has been documented by CAR": the agent
            agent = _mention_starting_after(
                mentions, _tok_at(tokens, base + by.start("by")), 3, adjectives=True
            )
            who = (agent.country if agent.kind == "adjective" else _voice(agent)) if agent else None
            if agent is not None and who is not None:
                frames.append(Frame(base + m.start(), who, agent, denial))
                continue
        # "Jan Novak, who is listed as Y's director, denied": Jan Novak, not Y
        aside_name = (
            _name_before_relative(tokens, text, base, m.start())
            if mn is None and not passive and ti > 0 and tokens[ti - 1].text == ","
            else None
        )
        if mn is None and not passive and aside_name is None and anon_head is None:
            mn = _mention_ending_before(mentions, tokens, ti)
            if mn is None and ti > 0 and tokens[ti - 1].text == ",":
                mn = _subject_before_aside(mentions, tokens, ti - 1)
            if mn is None:  # "X, which was the first to raise the alarm, has said"
                mn = _subject_before_relative(mentions, text, base, m.start())
            if mn is None and denial:  # "Tehran, which denies arming Russia, says": Tehran
                mn = _relative_antecedent(mentions, tokens, ti)
            if mn is None and denial and bodies_named:  # (a body that only says leaves
                # the state free to be the subject of what it says)
                mn = _state_owning_body(text, base, m.start(), mentions)
            if (
                mn is not None
                and mn.in_apposition
                and mn.head is not None
                and "," in text[mn.end - base : m.start()]
            ):  # "X, the head of Y, said"; not "X, an official who the EU said ..."
                mn = mn.head
            if mn is not None:
                mn = _first_of_list(mn, mentions, text, base)
        if mn is not None and mn.name.rpartition(" ")[2] in _PLACE_HEADS:
            mn = None  # "activity at the Rason Special Economic Zone shows": a place says nothing
        if (
            mn is not None
            and mn.prep in ("from", "of")
            and _DATA_FROM_RE.search(text, max(0, mn.start - base - 40), mn.start - base)
        ):
            mn = None  # "the analysis of customs records from Armenia shows": the records' origin
        speaker: str | None = None
        if mn is not None and mn.role == "media" and verb in _LEARNED:
            mn = None  # "..., Daily NK has learned": the outlet's own voice
            frames.append(Frame(base + m.start(), None, None, False))
            continue
        if anon_head is not None:  # (who was described before; no one after the verb)
            speaker = state.anonymous.get(anon_head) or state.last_source
        elif mn is not None and mn.kind != "adjective":
            speaker = _voice(mn)
        elif mn is not None and mn.country and _MISSION_HEAD_RE.match(text, mn.end - base):
            speaker = mn.country  # "the Chinese mission to the EU said"
        elif not passive and (
            gov := gated_search(
                _GOV_NP_RE, _unquoted(text[max(0, m.start() - 30) : m.start()], verb), _GOV_NP_NEEDS
            )
        ):
            speaker = (
                state.anonymous.get(gov.group("noun").lower())
                or state.last_authority
                or state.issuer
                or state.open_authority
                or state.last_source
            )
        elif (
            decisions
            and not passive
            and (paper := _DECISION_NP_RE.search(text[max(0, m.start() - 30) : m.start()]))
        ):  # "the decision said": the body that took it
            speaker = _paper_issuer(state, paper.group("noun").lower())
        elif (
            not passive
            and ti > 1
            and tokens[ti - 1].low == "statement"
            and tokens[ti - 2].low == "the"
            and tokens[ti - 2].start - base > 0
        ):  # "X, the statement said, sent ...": the statement of whoever spoke last
            speaker = state.last_source or state.last_authority
        elif not passive and (it_at := _it_before(tokens, ti, denial)) is not None:
            # "Futrevo, which it said supplied ...": the sentence's subject, else who spoke last
            first = next((x for x in mentions if x.is_actor and x.tok_start <= 2), None)
            if (
                first is not None
                and first.prep is None
                and first.tok_end < it_at
                and it_at > 0
                and tokens[it_at - 1].low in ("which", "that", "who", "whom")
            ):
                speaker = _voice(first)
            elif (said_it := _said_it_frame(frames, tokens, it_at + 1)) is not None:
                speaker = said_it  # "The US has said it believes Iran sent ...": the US
                if denial:  # "X said it \"categorically rejects\" ...": X denies
                    mn = frames[-1].mention
            else:
                speaker = state.last_source
        elif not passive and report_author is not None and report_author.end - base < m.start():
            speaker = _voice(report_author)  # "The report, published by X, claimed that"
        elif not passive and (
            report_np := gated_search(
                _REPORT_NP_RE, text[max(0, m.start() - 30) : m.start()], _REPORT_NP_NEEDS
            )
        ):
            own = report_np.group().lower().startswith(("its ", "their "))
            if own and frames and frames[-1].speaker and not frames[-1].relative:
                speaker = frames[-1].speaker  # "X said its research showed": X's own research
            else:
                speaker = state.last_report or state.last_source  # "the report said": its author
        elif (
            not passive
            and state.last_research is not None
            and gated_search(
                _RESEARCH_NP_RE, text[max(0, m.start() - 30) : m.start()], _RESEARCH_NEEDS
            )
        ):
            speaker = state.last_research  # "the institute said": the think tank named last
        elif not passive:
            prev = tokens[ti - 1].text.lower() if ti > 0 else ""
            prev2 = tokens[ti - 2].text.lower() if ti > 1 else ""
            if prev in _PRONOUN_PERSON or (prev2 in _PRONOUN_PERSON and prev in _SKIP_BEFORE):
                if state.spokes_at == sent.index - 1 and state.spokes_voice:
                    # "a ministry spokesman said ... He said": the spokesman, not a name
                    speaker = state.spokes_voice
                else:
                    speaker = state.last_person or _last_speaking_person(state)
            elif prev == "they" and state.authors_at == sent.index - 1 and state.last_report:
                speaker = state.last_report
            else:
                left = text[max(0, m.start() - 40) : m.start()]
                sp = gated_search(_SPOKES_RE, left, _SPOKES_NEEDS)
                if sp is not None and sp.end() >= len(left) - 12:
                    speaker = state.last_source
                    if sp.group(1) and sp.group(1).lower() in _COMPANY_WORDS:
                        orgs = [x for x in mentions if x.kind == "organization"]
                        speaker = (
                            orgs[0].name
                            if orgs
                            else (state.orgs[-1].name if state.orgs else speaker)
                        )
                    elif sp.group(1):
                        for x in mentions:
                            if x.start - base >= m.start() - 40 and x.end - base <= m.start():
                                speaker = _voice(x) if x.kind != "adjective" else x.country
                    state.spokes_at, state.spokes_voice = sent.index, speaker
                elif (
                    not denial
                    and verb not in _TELL_FORMS
                    and not (ti + 1 < len(tokens) and tokens[ti + 1].low == "that")
                ):
                    after = _mention_starting_after(mentions, ti, 3)
                    if (
                        after is not None
                        and after.kind not in ("adjective",)
                        and (ti == 0 or tokens[ti - 1].text in (",", '"', "”", "“"))
                        and not (
                            after.tok_end < len(tokens)
                            and tokens[after.tok_end].low in CLAUSE_VERBS
                        )
                    ):  # ", said Reuters"; not "X, speaking ..., said Russia is believed to"
                        mn, speaker = after, _voice(after)
        person = False
        if speaker is None and not passive and mn is None and ti > 1:
            q = ti - 1
            while q > 0 and tokens[q].low in _SKIP_BEFORE:
                q -= 1
            prev_frame = frames[-1] if frames else None
            if (
                tokens[q].low in ("and", "but")
                and prev_frame is not None
                and prev_frame.speaker
                and not prev_frame.relative
                and prev_frame.pos < base + tokens[q].start
            ):  # "X has said ..., but has insisted that ...": X again
                speaker, mn, person = prev_frame.speaker, prev_frame.mention, prev_frame.person
        if speaker is None and not passive and mn is None and spokes_for:
            owner = _spokesperson_for(text, base, m.start(), mentions)
            speaker = _voice(owner) if owner is not None else None  # (it may be the subject)
            if speaker is not None and "official" in sent.lows:
                state.anonymous.setdefault("official", speaker)  # then "the official said"
        if speaker is None and not passive and mn is None:
            speaker = _anonymous(tokens, ti, state)
        if speaker is None and not passive:
            speaker = aside_name or _name_near(tokens, ti, mentions)
            person = speaker is not None
        if speaker is not None or denial:
            frames.append(Frame(base + m.start(), speaker, mn, denial, person))
            frames[-1].claimant = ti > 0 and tokens[ti - 1].text in ("'s", "’s")  # "X's claim"
    if ("his " in low_text or "her " in low_text) and may_contain(low_text, _CLAIM_NOUNS):
        for pc in _POSSESSIVE_CLAIM_RE.finditer(text):
            frames.append(Frame(base + pc.start(), state.last_person, None, False))
            frames[-1].claimant = True
    for mn in mentions:
        if mn.possessive and mn.is_actor and _CLAIM_NOUN_RE.match(text[mn.end - base :]):
            frames.append(Frame(mn.start, _voice(mn), mn, False))
            frames[-1].claimant = True
        elif (
            mn.possessive
            and mn.is_actor
            and not sent.lows.isdisjoint(_DENIAL_NOUNS)
            and (dm := _OWN_DENIAL_RE.match(text, mn.end - base)) is not None
        ):
            frames.append(Frame(base + dm.start("noun"), _voice(mn), mn, True))
    for cm in called_false(text, sent.lows):  # "Pyongyang called the reports groundless"
        if cm.start() == 0:  # '"These claims are baseless," Tehran said': its speaker after it
            said = next(
                (f for f in frames if f.pos >= base + cm.end() and f.speaker and not f.denial),
                None,
            )
            if said is not None and said.mention is not None:
                frames.append(Frame(base, said.speaker, said.mention, True, said.person))
            continue
        ti = _tok_at(tokens, base + cm.start())
        mn = _mention_ending_before(mentions, tokens, ti)
        if mn is not None and mn.in_apposition and mn.head is not None:
            mn = mn.head
        if mn is None or mn.prep is not None:  # "X, which has no embassy in Y, has called"
            mn = _subject_before_relative(mentions, text, base, cm.start()) or mn
        if mn is None and ti > 1 and tokens[ti - 1].low == "and":
            # "Mao said China had always ... and called the claims groundless": the one who
            # said the first clause
            mn = next((f.mention for f in frames if f.pos < base + cm.start() and f.speaker), None)
        if mn is None and cm.group().lower().startswith("calling") and ti > 0:
            # "Tehran hit back, calling the allegations baseless": the main clause's subject
            mn = next((x for x in mentions if x.is_actor and x.tok_start <= 2), None)
            mn = mn if mn is not None and mn.prep is None else None
        if mn is not None and mn.kind != "adjective":
            frames.append(Frame(base + cm.start(), _voice(mn), mn, True))
    frames.sort(key=lambda f: f.pos)
    for f in frames if "source" in sent.lows else ():  # then "according to the source"
        if named_source_body(text, base, f.speaker, f.mention):
            state.anonymous["source"] = str(f.speaker)
    for f in frames if bodies else ():  # "China's mission to the EU said": "the mission"
        if f.speaker and f.mention is not None and not f.person:
            span = text[max(0, f.mention.start - base) : f.pos - base]
            for gm in _BODY_NOUN_RE.finditer(span):
                state.anonymous[gm.group(0).lower()] = f.speaker
    if frames and _closes_quote(text):
        speaker = next((f.speaker for f in frames if f.speaker and not f.denial), None)
        if speaker is not None:
            state.quote_closers.append((base, speaker))
    for f in frames:
        mn = f.mention
        if f.speaker and mn is not None and mn.kind == "person" and mn.country:
            state.speaker_states.setdefault(f.speaker, mn.country)  # "Iran's minister X"
    if not sent.lows.isdisjoint(_ANON_GATES):
        note_anonymous(text, base, mentions, state)
    if "that" in sent.lows or "which" in sent.lows:
        for f in frames:
            if f.speaker:
                at = f.pos - base
                f.relative = _relative_before(text, max(0, at - 40), at)
    if "by" in sent.lows and not sent.lows.isdisjoint(PUBLISHED_WORDS):
        for mn in mentions:
            if mn.is_actor and _PUBLISHED_BY_RE.search(
                text, max(0, mn.start - base - 90), mn.start - base
            ):
                state.last_report = _voice(mn)
                break
    if _AUTHORS_OPEN_RE.match(text):
        state.authors_at = sent.index
    if "report" in low_text:  # "The report, released by the MSMT, found": its author
        for f in frames:
            if (
                f.speaker
                and not f.person
                and not f.denial
                and _REPORT_BEFORE_RE.search(text[max(0, f.pos - base - 80) : f.pos - base + 40])
            ):
                state.last_report = f.speaker
    return frames


_SPOKES_WORDS: Final = word_set("spokesperson spokesman spokeswoman representative official")
# the papers an authority issues: "the decision said", "according to the indictment"
_PAPERS: Final = (
    "decision designation order resolution notice announcement listing regulation release "
    "draft proposal statement indictment decree complaint"
)
_DECISION_WORDS: Final = word_set(_PAPERS)
_PAPER_NOUNS: Final = rf"(?:{'|'.join(sorted(_DECISION_WORDS - {'release'}))}|press\s+release)"
# (a sanctions package in draft: "the draft says the three companies supplied")
_DECISION_NP_RE: Final = re.compile(rf"\bthe\s+(?P<noun>{_PAPER_NOUNS})\s+(?:also\s+)?$", re.I)
_PAPER_REF_RE: Final = re.compile(  # (named first: "the Federal Register notice")
    rf"^\s*the\s+(?:(?-i:[A-Z][\w-]*)\s+){{0,3}}?(?P<noun>{_PAPER_NOUNS})\b"
    r"(?!\s+(?:of|by|from|in|issued|published|released)\b)",
    re.I,
)
_MISSION_HEAD_RE: Final = re.compile(
    r"\s+(?:mission|embassy|delegation|consulate)\s+(?:to|in|at)\b", re.I
)
_BODY_NOUNS: Final = word_set(
    """department ministry agency administration government office embassy mission commission
    council service"""
)
_BODY_NOUN_RE: Final = re.compile(
    r"\b(?:department|ministry|agency|administration|government|office|embassy|mission|"
    r"commission|council|service)\b",
    re.I,
)
_RELATIVE_RE: Final = re.compile(r"(?:\w|,)\s+(?:that|which)\s+(?:[\w.'’-]+\s+){1,3}$")


def _relative_before(text: str, lo: int, hi: int) -> bool:
    """_RELATIVE_RE in text[lo:hi], not looked for without its "that" or "which" there."""
    if text.find("that", lo, hi) < 0 and text.find("which", lo, hi) < 0:
        return False
    return _RELATIVE_RE.search(text, lo, hi) is not None


_REPORT_BEFORE_RE: Final = re.compile(r"\breport\b", re.I)
# "The report, published this week by the Centre for X (CTI), claimed that": its author speaks
_REPORT_APPOSITIVE_RE: Final = re.compile(
    r"(?:The|A|An|Its)\s+(?:new\s+|latest\s+)?(?:report|study|analysis|investigation|paper|"
    rf"assessment)(?:,\s+(?:[\w-]+\s+){{0,2}}?(?:{_PUBLISHED_ALT})\s+(?:[\w-]+\s+){{0,3}}?)?"
    r"\s*by\s+(?:the\s+)?$"  # or "The report by X said"
)


# papers the prosecution of the case issues
_CASE_PAPERS: Final = word_set("indictment complaint")
# "X issued a statement", "X put out a statement on Monday"
_ISSUED_STATEMENT_RE: Final = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:issued|released|published|put\s+out|posted)\s+a\s+"
    r"(?:\w+\s+)?statement\b"
)
# "the statement said", "according to the statement": this sentence cites a statement made
# before, and says nothing of who made it
_PAPER_AS_SUBJECT_RE: Final = re.compile(r"\b(?:the|that|this)\s+statement\b", re.I)


def note_statement(
    sent: Sentence,
    tokens: list[Token],
    mentions: list[Mention],
    frames: list[Frame],
    state: Discourse,
) -> None:
    """Note who made the statement a sentence speaks of, for a later "the statement said", and
    who published the report it speaks of, for a later "the report says"."""
    if "statement" in sent.lows and not _PAPER_AS_SUBJECT_RE.search(sent.text):
        state.statement_by = _statement_maker(sent.text, sent.start, tokens, mentions, frames)
    if not sent.lows.isdisjoint(PUBLISHED_WORDS):
        author = _publishing_author(sent.text, sent.start, mentions)
        if author is not None:
            state.last_report = author


def _statement_maker(
    text: str, base: int, tokens: list[Token], mentions: list[Mention], frames: list[Frame]
) -> str | None:
    """Who makes the statement this sentence speaks of: "a State Department statement",
    "OFAC said in a statement", "X issued a statement"."""
    for i, t in enumerate(tokens):
        if t.low != "statement":
            continue
        j = i - 1
        if j >= 0 and tokens[j].text in ("'s", "’s"):
            j -= 1
        owner = next((x for x in mentions if x.tok_end == j + 1 and x.is_actor), None)
        if owner is not None:
            return _voice(owner) if owner.kind != "adjective" else owner.country
    speaker = next((f.speaker for f in frames if f.speaker), None)
    if speaker is not None:
        return speaker
    first = next((x for x in mentions if x.is_actor and x.prep is None), None)
    if first is not None and _ISSUED_STATEMENT_RE.match(text, first.end - base):
        return _voice(first)
    return None


def _paper_issuer(state: Discourse, noun: str) -> str | None:
    """Who issued the decision, notice or indictment the sentence cites."""
    if noun == "statement" and state.statement_by:
        return state.statement_by
    if noun in _CASE_PAPERS and (state.case_state or state.last_source):
        return state.case_state or state.last_source
    return (
        state.last_authority
        or state.issuer
        or state.open_authority
        or state.proposer
        or state.last_source
    )


def _publishing_author(text: str, base: int, mentions: list[Mention]) -> str | None:
    """Who publishes a report as the sentence's actor: "after X published its assessment"."""
    for mn in mentions:
        if (
            mn.is_actor
            and mn.prep in (None, "after", "since", "when")  # "a week after X published"
            and not mn.possessive
            and _PUBLISHED_OWN_RE.match(text, mn.end - base)
        ):
            return _voice(mn)
    return None


def _report_author(text: str, base: int, mentions: list[Mention]) -> Mention | None:
    return next(
        (
            mn
            for mn in mentions
            if mn.is_actor
            and mn.start - base < 90
            and _REPORT_APPOSITIVE_RE.fullmatch(text, 0, mn.start - base)
        ),
        None,
    )


_GOV_REF_RE: Final = re.compile(
    r"^\s*the\s+(?:(?:intelligence|security)\s+)?(?P<noun>ministry|department|government|"
    r"agency|office|council|commission|administration|treasury|service)\b",
    re.I,
)


def _last_speaking_person(state: Discourse) -> str | None:
    """ "Marchenko said. ... He added": whoever spoke last, unless a state or a body did."""
    src = state.last_source
    if src is None or src in state.countries or src == state.last_media:
        return None
    if any(o.name == src for o in state.orgs) or src in state.org_country:
        return None
    return src


def _closes_quote(text: str) -> bool:
    """`Period," Foreign Minister X wrote.`: the sentence ends a quote it did not open."""
    close = text.find("”")
    if close >= 0:
        opening = text.find("“")
        return opening < 0 or close < opening
    return text.count('"') % 2 == 1 and text.find('"') > 0 and text[text.find('"') - 1] in ".,!?"


def _opens_quote(text: str) -> bool:
    """`"Iran has not delivered missiles to Russia.`: a quote that goes on past the sentence."""
    if "“" in text:
        return text.rfind("“") > text.rfind("”")
    return text.count('"') % 2 == 1 and text.rfind('"') < len(text) - 2


def quoted_speakers(cands: dict[tuple[str, str, str], Candidate], state: Discourse) -> None:
    """A claim inside a quote that runs over several sentences: its speaker is named where the
    quote closes (within the next two sentences' reach)."""
    if not state.quote_closers:
        return
    for key, cand in cands.items():
        f = cand.fields
        src = f["source"]
        if src is not None and src != key[0]:
            continue  # (only the outlet's voice or the subject's own fallback)
        ev = str(f["evidence"])
        if not _opens_quote(ev):
            continue
        end = int(f["end"])  # type: ignore[call-overload]
        for at, speaker in state.quote_closers:
            if end <= at <= end + 400:
                f["source"] = speaker
                break


def _it_before(tokens: list[Token], ti: int, denial: bool) -> int | None:
    """The index of an `it` just before the verb at `ti`; before a denial, past quotes and
    adverbs (`said it "categorically rejects"`)."""
    q = ti - 1
    while denial and q > 0 and (tokens[q].text in _QUOTE_TOKENS or tokens[q].low.endswith("ly")):
        q -= 1
    return q if q >= 0 and tokens[q].low == "it" else None


def _said_it_frame(frames: list[Frame], tokens: list[Token], ti: int) -> str | None:
    """`X said (that) it believes`: the `it` that reports again is the speaker just framed."""
    q = ti - 2
    if q > 0 and tokens[q].low == "that":
        q -= 1
    if q < 0 or tokens[q].low not in REPORT_WORDS or not frames:
        return None
    last = frames[-1]
    if last.speaker is None or last.denial or last.pos != tokens[q].start:
        return None
    return last.speaker


def sanction_accuser(sent: Sentence, state: Discourse) -> str | None:
    """Who accuses, in a passive or hedged accusation ("X is accused of", "Y allegedly
    shipped"), where sanctions are the topic (near, or the title's): the sanctioning body."""
    if sent.index - state.sanction_at > 2 and not state.sanction_title:
        return None
    return state.last_authority or state.open_authority or state.issuer or state.proposer


def denier_for(frames: list[Frame], trig_start: int) -> Frame | None:
    """Who denies what a trigger says: the sentence's denier, unless another speaker's frame
    governs the trigger's own clause ("X rejected the reports, and Iranian officials said
    Iran never sent weapons": the officials)."""
    first = None
    for f in frames:
        if f.denial and f.speaker:
            first = f
            break
    if first is None:
        return None
    before = [f for f in frames if f.speaker and f.pos < trig_start and not f.relative]
    if before and not before[-1].denial and not before[-1].claimant and before[-1].pos > first.pos:
        return before[-1]
    return first


def settle_sources(
    cands: dict[tuple[str, str, str], Candidate], gz: Gazetteer, state: Discourse, text: str
) -> None:
    """What the whole article tells about its claims' sources, once it has been read."""
    quoted_speakers(cands, state)
    prefer_named_speakers(cands, gz, state)
    unnamed_sanctioners(cands, state)
    sanctioned_for(cands)
    own_outlet_voice(cands, gz, text)


# how an outlet speaks of its own reporting: "records reviewed by X", "told X", "questions
# from X", "X has learned", "X could not independently verify", "X contacted"
_OWN_BEFORE_RE: Final = re.compile(
    r"\b(?:(?:reviewed|seen|obtained|analy[sz]ed|identified|examined|verified)\s+by|told|"
    r"questions\s+from|interview\s+with)\s+(?:the\s+|The\s+)?$"
)
_OWN_AFTER_RE: Final = re.compile(
    r"\s+(?:has\s+learned|could\s+not\s+(?:independently\s+)?(?:verify|confirm)|"
    r"was\s+unable\s+to|contacted|reached\s+out)\b"
)


def own_outlet_voice(
    cands: dict[tuple[str, str, str], Candidate], gz: Gazetteer, text: str
) -> None:
    """The outlet that writes the article, where it names itself ("an investigation by the
    Guardian", "The Guardian also found"), speaks in its own voice: no source."""
    media = set()
    for c in cands.values():
        src = c.fields["source"]
        if src is not None:
            entry = gz.lookup(str(src))
            if entry is not None and entry.role in ("media", "research"):
                media.add(entry.name)
    if not media:
        return
    own = set()
    for name in media:
        key = name[4:] if name.startswith("The ") else name
        at = text.find(key)
        while at >= 0 and name not in own:
            after = at + len(key)
            if _OWN_BEFORE_RE.search(text, max(0, at - 40), at) or _OWN_AFTER_RE.match(text, after):
                own.add(name)
            at = text.find(key, after)
    if not own:
        return
    for c in cands.values():
        src = c.fields["source"]
        if src is not None:
            entry = gz.lookup(str(src))
            if entry is not None and entry.name in own:
                c.fields["source"] = None


def unnamed_sanctioners(cands: dict[tuple[str, str, str], Candidate], state: Discourse) -> None:
    """`Among those designated were X and Y`: designated by whoever designates in this
    article (the one named most often for its other designations)."""
    open_ = [
        c for k, c in cands.items() if k[1] == "sanctions_imposed" and c.fields["source"] is None
    ]
    if not open_:
        return
    counts: dict[str, int] = {}
    for k, c in cands.items():
        src = c.fields["source"]
        if k[1] == "sanctions_imposed" and src is not None:
            counts[str(src)] = counts.get(str(src), 0) + 1
    who = max(counts, key=lambda n: counts[n]) if counts else None
    who = who or state.issuer or state.open_authority or state.last_authority
    if who is None:
        return
    for c in open_:
        c.fields["source"] = who


def sanctioned_for(cands: dict[tuple[str, str, str], Candidate]) -> None:
    """`Among those designated were X, which shipped drone parts to Russia`: in the sentence
    that sanctions X, what X did is the sanctioning body's reason, and its statement."""
    by_sentence = {
        (k[0], c.fields["start"]): c.fields["source"]
        for k, c in cands.items()
        if k[1] == "sanctions_imposed" and c.fields["source"] is not None
    }
    if not by_sentence:
        return
    for k, c in cands.items():
        if k[1] == "sanctions_imposed" or k[2] != "asserted" or c.fields["source"] is not None:
            continue
        who = by_sentence.get((k[0], c.fields["start"]))
        if who is not None and who != k[0]:
            c.fields["source"] = who


def prefer_named_speakers(
    cands: dict[tuple[str, str, str], Candidate], gz: Gazetteer, state: Discourse
) -> None:
    """Of the statements of one claim, the one that names who speaks: "Iran acknowledged
    sending drones ... 'We gave a limited number', Foreign Minister X told reporters" is X's,
    and of two denials the accused's own ("U.S. officials say China has not supplied weapons
    ... China's embassy said it never has") is the accused's."""

    def state_of(name: str) -> str | None:
        if name in state.speaker_states:
            return state.speaker_states[name]
        entry = gz.lookup(name)
        if entry is None:
            return None
        if entry.kind == "country":
            return entry.name
        if entry.kind == "person" or (entry.kind == "organization" and entry.role == "government"):
            return entry.country
        return None

    def is_person(name: str) -> bool:
        if name in state.speaker_states:
            return True
        entry = gz.lookup(name)
        return entry is not None and entry.kind == "person"

    # the first sentence (after the headline) any claim was read from
    lede = min((int(c.fields["start"]) for c in cands.values() if c.fields["start"]), default=0)  # type: ignore[call-overload]
    for key, cand in cands.items():
        if not cand.others:
            continue
        src = cand.fields["source"]
        subject, stance = key[0], key[2]
        if stance == "asserted" and src is None:
            # a lede in the outlet's voice, the body's statement naming who says so
            named = next((o for o in cand.others if o["source"] not in (None, subject)), None)
            if named is not None and int(cand.fields["start"]) <= lede:  # type: ignore[call-overload]
                cand.fields["source"] = named["source"]
            continue
        for other in cand.others:
            alt = str(other["source"])
            if (
                stance == "denied" and src == subject and is_person(alt) and state_of(alt) == src
            ):  # the state's own official, by name
                cand.fields = other
                break
            if stance == "denied" and src is not None and alt != src:
                voice = state_of(str(src))
                mine = voice is None or voice == subject or src == subject
                theirs = state_of(alt) == subject or alt == subject
                if theirs and not mine:  # the accused denies for itself
                    cand.fields = other
                    break
