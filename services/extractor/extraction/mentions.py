"""Actor mentions in one sentence: gazetteer hits, nationality groups, people, with the
grammatical hints later stages use (governing preposition, possessive, apposition)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from .coref import (
    BOTH_RE,
    DESCRIBED_NOUNS,
    POSS_GROUP_RE,
    apply_coref,
    mark_counsel,
    note_seat_around_name,
    note_seat_before_name,
)
from .discourse import (
    NOT_NAME,
    NOT_ORG_ROLES,
    TITLE_WORDS,
    Discourse,
    Mention,
    OrgInfo,
    overlaps,
    token_index,
)
from .gazetteer import Entry, Gazetteer, Match
from .institutes import add_institutes
from .introduced import INTRODUCED, add_introduced_names
from .lede import add_lede_description, add_person_description
from .lexicon import (
    BUYER_NOUNS,
    GOVT_NOUNS,
    GROUP_NOUNS,
    PEOPLE_RE,
    PEOPLE_WORDS,
    PERSON_ROLE_NOUNS,
    REPORT_WORDS,
    SMALL_NUMBERS,
    TRIGGER_WORDS,
    any_of,
    any_word_in,
    may_contain,
)
from .numeral_refs import apply_numeral_refs
from .orgs import add_pattern_orgs, add_seated_orgs, extend_legal_form, longer_name
from .outlets import mark_mastheads, mark_outlets
from .people import PRIVATE, add_people_by_form, add_townspeople
from .person_refs import apply_person_refs
from .plural_refs import apply_plural_refs, note_list_nationality
from .shortnames import match_article_names, note_article_names, prefer_article_names
from .siblings import add_list_siblings
from .text import Sentence, Token
from .wordset import word_set

_TITLE_RUN: Final = TITLE_WORDS | {"Foreign", "State", "Defense", "Defence", "of", "Prime", "Vice"}
_ROUTE_PREPS: Final = word_set("through via using")
_BOUGHT: Final = word_set("bought purchased obtained sourced acquired procured ordered")


def _bought_from(tokens: list[Token], q: int) -> bool:
    """Whether `bought ... from` ends at token q (or one modifier before it: `from
    authorised distributors`), the goods at most three words: `bought chips from`."""
    if q >= 1 and tokens[q].low != "from":
        q -= 1
    if q < 1 or tokens[q].low != "from":
        return False
    return any(tokens[k].low in _BOUGHT for k in range(max(0, q - 4), q))


def _closes_according_phrase(text: str, at: int) -> bool:
    """`According to a report by Reuters, China supplied ...`: the first comma after a
    fronted `according to` phrase ends it; the name after it starts the main clause."""
    return text[:12].lower() == "according to" and "," not in text[:at]


def _before_descriptor(tokens: list[Token], j: int) -> int:
    """`... on the drone manufacturer X`: the index of the preposition before the
    descriptor that ends at token j, else j."""
    q = j - 1
    while q >= 0 and j - q <= 4 and tokens[q].low not in ("the", "a", "an"):
        if tokens[q].text in ("'s", "’s"):
            return _before_possessor(tokens, q, j)
        if not tokens[q].text[:1].isalpha():
            return j
        q -= 1
    if q >= 1 and tokens[q].low in ("the", "a", "an") and tokens[q - 1].low in PREPOSITIONS:
        return q - 1
    return j


def _before_possessor(tokens: list[Token], q: int, j: int) -> int:
    """`including Kalashnikov Concern's drone subsidiary X`: the preposition before the
    possessor's name that ends at token q ("'s"), else j."""
    p = q - 1
    while p >= 0 and q - p <= 4 and tokens[p].text[:1].isupper():
        p -= 1
    return p if p < q - 1 and p >= 0 and tokens[p].low in PREPOSITIONS else j


_ENTITY_NOUNS: Final = word_set("companies firms entities businesses organizations organisations")
_SERVICE_WORDS: Final = frozenset({"Force", "Forces", "Defense", "Defence", "Command"})
_STATE_HEADS: Final = word_set("regime government administration military army forces troops")

__all__ = ["Discourse", "Mention", "OrgInfo", "find_mentions"]

PREPOSITIONS: Final = word_set(
    """to for from in into with at by of on against across inside within near via through
    toward towards over under about between among amid throughout than like including as
    alongside after before since until despite"""
)
DETERMINERS: Final = word_set("the a an its their his her this that these those")
_DEFINITE: Final = word_set("the this that these those said")
SINGULAR_COMPANY: Final = word_set(
    """company firm manufacturer maker producer subsidiary supplier enterprise plant factory
    corporation exporter developer contractor entity business vendor distributor conglomerate
    concern startup trader importer"""
)
PEOPLE_FROM_RE: Final = re.compile(
    r"\b(?:nationals|citizens|individuals|people|workers|specialists|engineers|troops|soldiers|"
    r"mercenaries|fighters|personnel|servicemen|technicians|volunteers|women|men|recruits)\s+"
    r"(?:aged\s+\d+(?:\s*(?:to|-|–)\s*\d+)?\s+)?"  # "women aged 18 to 22 from Uganda"
    # "women from countries including Uganda, Kenya and Rwanda"
    r"(?:from|of)\s+(?:(?:[\w-]+\s+){0,2}?(?:countries|nations|states),?\s+(?:including|"
    r"such\s+as|like)\s+)?$",
    re.I,
)
# what PEOPLE_FROM_RE needs one of, in lower case ("men" is in "women" and "servicemen")
_PEOPLE_FROM_NOUNS: Final = any_of(
    """men people nationals citizens individuals workers specialists engineers troops soldiers
    mercenaries fighters personnel technicians volunteers recruits"""
)


def _people_from(window: str) -> re.Match[str] | None:
    """PEOPLE_FROM_RE in `window`, not looked for when the window holds none of its nouns
    (case-insensitively: "İ" lower-cases to two characters, and the regex takes it for an
    "i")."""
    if not (may_contain(window.lower(), _PEOPLE_FROM_NOUNS) or "İ" in window):
        return None
    return PEOPLE_FROM_RE.search(window)


# "around 40 come from Kyrgyzstan", "most of them hail from Nepal": people counted before
_COUNTED_FROM_RE: Final = re.compile(
    r"\b(?:\d[\d,]*|of\s+them|among\s+them)\s+(?:come|came|hail|hails|hailed)\s+from\s+$",
    re.I,
)
# "women from Uganda and Kenya, as well as from Sri Lanka": the same people, one more place
_ALSO_FROM_RE: Final = re.compile(r"^,?\s+(?:as\s+well\s+as|and|or)\s+from\s+$", re.I)
_HYPHEN_ADJ_RE: Final = re.compile(
    r"-(?:based|made|built|registered|headquartered|designed|produced|manufactured|supplied|"
    r"origin|linked|backed|owned|controlled|sanctioned|flagged|listed)\b"
)
# a suspended hyphen: "U.S.- and EU-", "Chinese-, Iranian- or Turkish-"
_SUSPENDED_RE: Final = re.compile(r"-,?\s+(?:and|or)\s+(?:[A-Z][\w.]*\s)?[A-Z][\w.]*(?=-)")
_HYPHEN_GROUP_RE: Final = re.compile(
    r"-\w+\s+(?:[a-z][\w-]*\s+){0,2}?(?:companies|firms|entities|businesses|exporters|suppliers|"
    r"traders|intermediaries|distributors|manufacturers|banks)\b"
)


def _another_bearer(tokens: list[Token], m: Match) -> bool:
    """A person's one-word alias (a surname) inside a longer name: another person's."""
    if m.end_tok - m.start_tok != 1 or m.entry.name == tokens[m.start_tok].text:
        return False
    return m.end_tok < len(tokens) and _is_name_word(tokens[m.end_tok].text)


def _from_entry(m: Match, tokens: list[Token], entry: Entry) -> Mention:
    return Mention(
        tokens[m.start_tok].start,
        tokens[m.end_tok - 1].end,
        m.start_tok,
        m.end_tok,
        entry.name,
        entry.kind,
        entry.role,
        entry.country,
        people=entry.kind == "group",
    )


# words every match of POSS_GROUP_RE ("its citizens") contains
_POSS_GROUP_NOUNS: Final = ("citizens", "nationals", "workers", "troops", "soldiers")


def _may_name_poss_group(text: str) -> bool:
    return ("its " in text or "their " in text) and any_word_in(text, _POSS_GROUP_NOUNS)


def _drop_bracketed_short_names(tokens: list[Token], out: list[Mention]) -> list[Mention]:
    """`the US Bureau of Industry and Security (BIS) said`: the short name in brackets is
    the same actor, not a second one."""
    keep: list[Mention] = []
    for mn in out:
        prev = keep[-1] if keep else None
        if (
            prev is not None
            and prev.name == mn.name
            and mn.tok_start == prev.tok_end + 1
            and tokens[prev.tok_end].text == "("
        ):
            continue
        keep.append(mn)
    return keep


_UNIT_NOUNS: Final = word_set(
    "affiliate affiliates subsidiary subsidiaries unit units branch branches arm office offices"
)
_SEAT_KINDS_HERE: Final = ("country", "place")


def _drop_seat_words(sent: Sentence, out: list[Mention], state: Discourse) -> list[Mention]:
    """ "Sun Wave Trading (Hong Kong)": where the company sits, no second actor; "its Hong
    Kong affiliate": a unit of the company named before, not Hong Kong."""
    text, base = sent.text, sent.start
    orgs = {x.end: x for x in out if x.kind == "organization"}
    keep: list[Mention] = []
    for mn in out:
        if mn.kind in _SEAT_KINDS_HERE:
            at, end = mn.start - base, mn.end - base
            if text[at - 1 : at] == "(" and text[end : end + 1] == ")" and at >= 2:
                org = orgs.get(base + at - 2)
                if org is not None and text[at - 2] == " ":
                    if org.country is None and mn.country is not None:
                        org.country = mn.country
                        state.org_country.setdefault(org.name, mn.country)
                    continue
            if (
                text[max(0, at - 4) : at] in ("its ", "Its ")
                or text[max(0, at - 6) : at] in ("their ", "Their ")
                or (text[max(0, at - 3) : at] in ("'s ", "’s ") and base + at - 3 in orgs)
            ):  # "its Hong Kong affiliate", "X's Hong Kong subsidiary"
                nxt = text[end : end + 14].split(maxsplit=1)
                if nxt and nxt[0].lower() in _UNIT_NOUNS:
                    continue
        keep.append(mn)
    return keep


_AGENT_PREPS: Final = word_set("by from with for")
# what a title before a private person's name calls them: "Chinese businessman Li Wei"
_PERSON_TITLES: Final = word_set("national citizen resident businessman businesswoman entrepreneur")


def _is_demonym_at(out: list[Mention], tokens: list[Token], q: int) -> bool:
    """Token q is the last of an adjective mention ("Chinese", "Hong Kong")."""
    return any(x.kind == "adjective" and x.tok_end == q + 1 for x in out) or (
        tokens[q].text[:1].isupper() and tokens[q].low.endswith(("ese", "ian", "ish", "i"))
    )


def find_mentions(
    sent: Sentence,
    tokens: list[Token],
    matches: list[Match],
    gz: Gazetteer,
    state: Discourse,
    light: bool = False,
) -> list[Mention]:
    """All actor mentions of a sentence, left to right, with their grammatical hints.

    `light` (for sentences that cannot hold a claim) skips people, coreference and hints.
    """
    out: list[Mention] = []
    n = len(tokens)
    for m in matches:
        e = m.entry
        if e.kind == "product":
            continue
        if (
            m.start_tok >= 2
            and tokens[m.start_tok - 2].low == "non"
            and tokens[m.start_tok - 1].text == "-"
        ):
            continue  # "non-EU companies" are not the EU's
        if m.end_tok < n and tokens[m.end_tok].text == "$" and e.kind == "country":
            continue  # "US$187,000": a currency
        if (
            e.kind == "organization"
            and m.end_tok < n
            and tokens[m.end_tok].text in _SERVICE_WORDS
            and tokens[m.end_tok - 1].text == "Air"
        ):
            continue  # "Iran Air Force" is no airline
        if e.kind == "person" and _another_bearer(tokens, m):
            continue  # "analyst Yoon Ha-na" is not President Yoon
        if e.kind == "demonym":
            out.append(_demonym_mention(m, tokens, e))
        else:
            mn = _from_entry(m, tokens, e)
            if mn.kind == "organization":
                if mn.role == "company" and not any(x.start_tok == m.end_tok + 1 for x in matches):
                    longer_name(sent, tokens, mn)  # not "EU-India", "Kupol-Russia" talks
                extend_legal_form(sent, tokens, mn)
            out.append(mn)
    if "(" in sent.texts:
        out = _drop_bracketed_short_names(tokens, out)
    match_article_names(sent, tokens, out, state)
    prefer_article_names(sent, out, state)
    add_introduced_names(sent, tokens, out, gz, state)
    add_pattern_orgs(sent, tokens, out, gz)
    add_institutes(sent, tokens, out)
    add_list_siblings(sent, tokens, out, gz)
    add_people_by_form(sent, tokens, out, state, light)
    add_townspeople(sent, tokens, out, state)
    _add_people(sent, tokens, out, state)
    add_seated_orgs(sent, tokens, out, gz)
    note_article_names(sent, tokens, out, state, gz)
    mark_counsel(sent, out, state)
    if "(" in sent.text or (
        not sent.lows.isdisjoint(_UNIT_NOUNS)
        and ("its " in sent.text or "their " in sent.text or "s " in sent.text)
    ):
        out = _drop_seat_words(sent, out, state)
    if light:
        return out
    out.sort(key=lambda x: x.start)
    for bm in BOTH_RE.finditer(sent.text) if ("both" in sent.lows or "two" in sent.text) else ():
        bs, be = sent.start + bm.start(), sent.start + bm.end()
        earlier = [x.name for x in out if x.end <= bs and x.kind == "country"]
        pair = list(dict.fromkeys(reversed([*state.countries, *earlier])))[:2]
        listed = next(  # "Iran and North Korea have deepened ties with Moscow. Both countries"
            (ms for ms in state.actor_lists(sent.index, 1) if len(ms) == 2),
            None,
        )
        if not earlier and listed is not None and all(x.kind == "country" for x in listed):
            pair = [listed[1].name, listed[0].name]
        if len(pair) == 2 and not overlaps(out, bs, be):
            for c in reversed(pair):
                out.append(
                    Mention(
                        bs,
                        be,
                        token_index(tokens, bs),
                        token_index(tokens, be),
                        c,
                        "country",
                        "government",
                        c,
                        via="coref",
                    )
                )
    poss = POSS_GROUP_RE.finditer(sent.text) if _may_name_poss_group(sent.text) else ()
    for pm in poss:  # "its citizens" -> the last country
        ps = sent.start + pm.start()
        prior = [x for x in out if x.end <= ps and x.kind == "country"]
        if prior and not overlaps(out, ps, sent.start + pm.end()):
            c = prior[-1].name
            out.append(
                Mention(
                    ps,
                    sent.start + pm.end(),
                    token_index(tokens, ps),
                    token_index(tokens, sent.start + pm.end()),
                    c,
                    "group",
                    "nationals",
                    c,
                    via="coref",
                    people=True,
                )
            )
    if "s country" in sent.text or "r country" in sent.text:
        _add_speakers_country(sent, tokens, out)
    if (
        sent.text.startswith("Its ")
        and state.gov_subject is not None
        and state.gov_subject_at == sent.index - 1
    ):
        _add_its_body(sent, tokens, out, state.gov_subject)
    last_sentence = sent.index - 1
    if sent.text.startswith("It ") and len(tokens) > 2:
        # "It" is the state or the company the sentence before opened with, else the one
        # company it named
        if (
            state.gov_subject is not None
            and state.gov_subject_at == last_sentence
            # (not "Britain sanctioned X. It listed Y as its shareholder": X may be "It")
            and last_sentence not in state.org_named_at.values()
        ):
            _add_it_state(sent, tokens, out, state.gov_subject)
        elif state.org_subject is not None and state.org_subject_at == last_sentence:
            _add_it_company(tokens, out, state.org_subject)
        else:
            _add_it_target(tokens, out, state, last_sentence)
    elif (
        sent.text.startswith("The ")
        and state.gov_subject is not None
        and state.gov_subject_at == last_sentence
        and not sent.lows.isdisjoint(_STATE_NOUNS)
    ):
        _add_the_state(sent, tokens, out, state.gov_subject)
    out.sort(key=lambda x: x.start)
    mark_outlets(sent.text, sent.start, out)
    mark_mastheads(sent.text, sent.start, tokens, out)
    apply_coref(sent, tokens, out, state)
    apply_plural_refs(sent, tokens, out, state)
    apply_numeral_refs(sent, tokens, out, state)
    apply_person_refs(sent, tokens, out, state)
    add_lede_description(sent, tokens, out, state)
    add_person_description(sent, tokens, out, state)
    if " in " in sent.text and not sent.lows.isdisjoint(_GOVT_IN_HEADS):
        _governments_in(sent, tokens, out)
    out.sort(key=lambda x: x.start)
    # grammatical hints
    last_group: Mention | None = None  # the last "companies in X" group
    for idx, mn in enumerate(out):
        if mn.via == INTRODUCED:
            continue  # "a firm called X": X's preposition is its noun phrase's, set already
        i = mn.tok_start
        after = sent.text[mn.end - sent.start : mn.end - sent.start + 16]
        hyph = _HYPHEN_ADJ_RE.match(after) if after[:1] == "-" else None
        if hyph is None and after[:1] == "-" and (sus := _SUSPENDED_RE.match(after)) is not None:
            # "U.S.- and EU-origin electronics": the first state's hyphen is the second's
            hyph = _HYPHEN_ADJ_RE.match(sent.text, mn.end - sent.start + sus.end())
        if hyph is not None:  # "Hong Kong-based", "U.S.-made", "Iranian-designed"
            grp = _HYPHEN_GROUP_RE.match(sent.text, mn.end - sent.start)
            if grp is not None and hyph.group().startswith(("-based", "-registered", "-headq")):
                # "Hong Kong-registered shell companies": a group of that place
                mn.kind, mn.role, mn.people = "group", "nationals", False
                mn.end = sent.start + grp.end()
                mn.tok_end = token_index(tokens, mn.end)
                continue
            if mn.kind == "country":
                mn.kind = "adjective"
            mn.prep = "based"
            continue
        if mn.tok_end < n and tokens[mn.tok_end].text == "'s":
            mn.possessive = True
            nxt = tokens[mn.tok_end + 1].low if mn.tok_end + 1 < n else ""
            if mn.kind == "person" and nxt in _STATE_HEADS:
                entry = gz.canonical(mn.name)  # "Kim Jong Un's regime" is North Korea
                if entry is not None and entry.country:
                    mn.name, mn.kind, mn.role, mn.country = (
                        entry.country,
                        "country",
                        "government",
                        entry.country,
                    )
                    mn.possessive = False
                    mn.end, mn.tok_end = tokens[mn.tok_end + 1].end, mn.tok_end + 2
        lead_idx, j = idx, i - 1
        place = out[idx - 1] if idx > 0 else None
        if place is not None and place.prep == "based" and mn.tok_start - place.tok_end == 2:
            lead_idx, j = idx - 1, place.tok_start - 1  # "and Hong Kong-based X": X is listed
        if (
            j >= 2
            and tokens[j].low in _LOCATED
            and tokens[j - 1].text == "-"
            and tokens[j - 2].text[:1].isupper()
        ):
            j -= 3  # "of Taichung-based X": a place no list knows, X's "of"
        if mn.kind == "person":
            while j > 0 and tokens[j].text in _TITLE_RUN and tokens[j].text != "of":
                j -= 1  # "including Deputy Defense Minister X": X is in the list
            if (
                j >= 2
                and tokens[j].low in _PERSON_TITLES
                and tokens[j - 2].low in _AGENT_PREPS
                and _is_demonym_at(out, tokens, j - 1)
            ):
                j -= 2  # "controlled by Chinese businessman X": X's "by"
        if j >= 2 and mn.kind == "organization" and tokens[j].low in SINGULAR_COMPANY:
            j = _before_descriptor(tokens, j)  # "on the drone manufacturer X": X's "on"
        if (
            j >= 0
            and (tokens[j].low in _QUANT_FIRST or tokens[j].low[:1].isdigit())
            and not (  # "In 2024 Britain sanctioned": a year, not a count of Britains
                tokens[j].low.isdigit()
                and len(tokens[j].low) == 4
                and (mn.kind == "country" or _after_time_prep(tokens, j))
            )  # "in 2023 the Minsk company X delivered": the year's "in" is not X's
        ):
            j = _skip_quantity(tokens, j)
        if j >= 1 and tokens[j].low == "with" and tokens[j - 1].low in ("along", "together"):
            j -= 1  # "X, along with Y": a list, not a preposition
        as_well_as = (
            j >= 2
            and tokens[j].low == "as"
            and tokens[j - 1].low == "well"
            and tokens[j - 2].low == "as"
        )
        if as_well_as:
            j -= 2  # "X as well as Y": a list, not a preposition
        if j >= 0:
            prev = "and" if as_well_as else tokens[j].low
            if prev in PREPOSITIONS:
                mn.prep = prev
            elif prev == "'s" and lead_idx > 0 and out[lead_idx - 1].prep == "from":
                # "figures from Kyrgyzstan's statistics committee": the committee's "from"
                if out[lead_idx - 1].tok_end == j:
                    mn.prep = "from"
            elif prev in (",", "and", "or", "&", "along", "together") and lead_idx > 0:
                before = out[lead_idx - 1]
                if before is last_group and mn.kind == "country" and before.tok_end >= j - 1:
                    # "companies in China, Turkey and the UAE": each is a group
                    mn.kind, mn.role, mn.people = "group", before.role, before.people
                    mn.prep = before.prep
                    last_group = mn
                    continue
                lead = sent.text[max(0, before.start - sent.start - 14) : before.start - sent.start]
                if (
                    before.prep
                    and before.tok_end >= j - 1
                    and tokens[j - 1].text != ";"  # "...; and X": a new item
                    and not (  # "... in the war in Ukraine, Daily NK has learned": a new clause
                        prev == "," and mn.tok_end < n and tokens[mn.tok_end].low in _CLAUSE_VERBS
                    )
                    and not (  # "makes drones for the army, and X develops ...": a new clause
                        prev == "and"
                        and tokens[j - 1].text == ","
                        and mn.tok_end < n
                        and (
                            tokens[mn.tok_end].low in _CLAUSE_VERBS
                            or tokens[mn.tok_end].low in TRIGGER_WORDS
                        )
                    )
                    and "according" not in lead.lower()
                    # "data obtained by X show, Y imported ...": the frame ends at its verb
                    and not (prev == "," and tokens[j - 1].low in _FRAME_END_VERBS)
                    and not (
                        prev == ","
                        and _closes_according_phrase(sent.text, before.start - sent.start)
                    )
                    and not (prev == "," and before.prep == "to")
                    # "On its Kazakh paperwork, X declared": the fronted phrase ends at its
                    # comma (not "In China, Iran and Turkey": a list of names)
                    and not (
                        prev == ","
                        and before.tok_end < j
                        and tokens[0].text in _FRONTED_PREPS
                        and "," not in [t.text for t in tokens[:j]]
                    )
                    and not (before.prep == "to" and j > 0 and tokens[j - 1].text == ",")
                    # "placed X in Malaysia and Hanoi-based Y on the list": X's seat, Y's list
                    and not (
                        before.prep == "in"
                        and before.kind == "country"
                        and mn.kind == "organization"
                    )
                    # "X of Bishkek, Y and Z were listed": X's seat, not Y's "of"
                    and not (
                        before.prep == "of"
                        and before.role in ("capital", "place")
                        and mn.kind == "organization"
                    )
                    # "its representative in Vladivostok, Ri Chol-min": no list of places
                    and not (prev == "," and mn.kind == "person" and before.kind == "place")
                ):
                    mn.prep = before.prep
            if (
                mn.prep is None
                and prev in ("and", "or")
                and mn.kind == "country"
                and _IN_PLACES_RE.search(sent.text, 0, mn.start - sent.start)
            ):  # "detained in the Baltic states and Poland": a place, like the states
                mn.prep = "in"
        # "Hong Kong companies", "UAE firms": a state's name used as a demonym
        if mn.kind == "country" and mn.tok_end < n and mn.role != "government":
            head = tokens[mn.tok_end].low
            if head in GROUP_NOUNS and head.endswith("s") and head not in SINGULAR_COMPANY:
                mn.kind, mn.role = "group", "nationals"
                mn.people = head in PEOPLE_WORDS
                mn.end, mn.tok_end = tokens[mn.tok_end].end, mn.tok_end + 1
                last_group = mn
                continue
        # "exporters in China", "companies based in mainland China", "traders in Dubai" (a
        # city: its state's, as "Dubai-based traders" is) -> a group
        if mn.kind in _SEAT_KINDS_HERE and mn.prep in ("in", "from", "of") and j >= 1:
            h = j - 1 if tokens[j].low == mn.prep else -1
            if h >= 1 and tokens[h].low in _LOCATED:
                h -= 1
            head = tokens[h].low if h >= 0 else ""
            if (
                (head in GROUP_NOUNS and head.endswith("s") and head not in SINGULAR_COMPANY)
                or head in BUYER_NOUNS
                # "designated 150 entities, including the five in Türkiye": a count of them
                or (head in _COUNTS and h >= 1 and tokens[h - 1].low == "the")
            ):
                # "buyers in Malaysia": who the goods went to, never who sent them
                mn.kind, mn.prep = "group", None
                mn.role = "buyers" if head in BUYER_NOUNS else "nationals"
                mn.people = head in PEOPLE_WORDS and not (
                    h >= 2 and tokens[h - 1].low == "and" and tokens[h - 2].low in _ENTITY_NOUNS
                )  # "companies and individuals in China" are sanctions targets, not fighters
                mn.start, mn.tok_start = tokens[h].start, h
                q = _skip_quantity(tokens, h - 1)
                if q >= 0 and (tokens[q].low in _ROUTE_PREPS or tokens[q].low in ("from", "by")):
                    # "through intermediaries in Hong Kong"; "bought chips from distributors
                    # in Hong Kong and resold them": who the buyer bought from, no doer;
                    # "were supplied by companies in China": a passive's agent
                    mn.prep = tokens[q].low
                elif _bought_from(tokens, q):
                    mn.prep = "from"  # "bought from authorised distributors in Singapore"
                last_group = mn
                continue
        # "people from China" -> a group
        if mn.kind == "country" and mn.prep in ("from", "of", "including", "as", "like"):
            left = sent.text[: mn.start - sent.start]
            pf = _people_from(left[-70:])
            people_at = len(left) - len(left[-70:]) + pf.start() if pf else -1
            if pf is None and (counted := _counted_people_from(left)) is not None:
                people_at = counted.start()
            if people_at < 0 and _also_from(sent, mn, last_group):
                mn.kind, mn.role, mn.people, mn.prep = "group", "nationals", True, None
                last_group = mn
                continue
            if people_at >= 0:
                mn.kind, mn.role, mn.people = "group", "nationals", True
                mn.prep = None
                last_group = mn  # "women from Uganda and Kenya": Kenya's are women too
                mn.start = sent.start + people_at
                mn.tok_start = token_index(tokens, mn.start)
    if len(out) > 1:
        _descriptors(sent, out, state)
        if "-" in sent.text:
            _based_companies(tokens, out, state)
        if "," in sent.text:
            note_seat_before_name(sent, out, state)
        note_seat_around_name(sent, out, state)  # "Istanbul's X", "X of Bishkek"
    if "," in sent.text or not sent.lows.isdisjoint(_COPULAS):
        _mark_appositions(tokens, out, state)
    if "Hong Kong" in sent.text and len(out) > 1:
        _hong_kong_with_china(sent, out)
    if "," in sent.text and len(out) > 2:
        note_list_nationality(sent, out, state)
    return out


def _counted_people_from(left: str) -> re.Match[str] | None:
    """ "120 of them are citizens of X and around 40 come from Y": the count is of the
    people the sentence named before (not "90 chips ...; around 40 come from China")."""
    m = _COUNTED_FROM_RE.search(left, max(0, len(left) - 40))
    if m is None or PEOPLE_RE.search(left, 0, m.start()) is None:
        return None
    return m


def _also_from(sent: Sentence, mn: Mention, last_group: Mention | None) -> bool:
    """ "women from Uganda, as well as from Sri Lanka": the people of the group before."""
    if last_group is None or not last_group.people or last_group.end > mn.start:
        return False
    gap = sent.text[last_group.end - sent.start : mn.start - sent.start]
    return _ALSO_FROM_RE.match(gap) is not None


def _hong_kong_with_china(sent: Sentence, out: list[Mention]) -> None:
    """ "firms in China and Hong Kong": Hong Kong is part of China, one actor here."""
    for a, b in pairwise(out):
        names = {a.name, b.name}
        if names != {"China", "Hong Kong"}:
            continue
        gap = sent.text[a.end - sent.start : b.start - sent.start]
        if gap in (" and ", ", ", " or ", " and the ") and a.kind == b.kind:
            hk = a if a.name == "Hong Kong" else b
            hk.name = hk.country = "China"  # still a conjunct: "China, Hong Kong and the UAE"


def _based_companies(tokens: list[Token], out: list[Mention], state: Discourse) -> None:
    """`Russia-based Aerosfera LLC`, `Hong Kong-registered X`: where the company is."""
    for a, b in pairwise(out):
        if (
            a.prep == "based"
            and b.kind == "organization"
            and b.tok_start == a.tok_end + 2
            and a.tok_end < len(tokens)
            and tokens[a.tok_end].text == "-"
            and tokens[a.tok_end + 1].low in _LOCATED
        ):
            country = a.country or a.name
            if b.country is None and b.via != "gazetteer":
                b.country = country
            state.org_country.setdefault(b.name, country)
            if b.country == "Russia":
                state.russian_orgs.add(b.name)


_DEMONYM_LIST_GAPS: Final = (" and ", " or ", ", ", ", and ", ", or ")


def _descriptors(sent: Sentence, out: list[Mention], state: Discourse) -> None:
    """`Kazakh and Kyrgyz firms`, `Armenian, Kazakh, and Kyrgyz traders`: all are groups
    (read from the noun leftwards); `Chinese drone maker Autel`: the group describes the
    company that follows."""
    # (index loops over the neighbours: compiled, cheaper than pairwise's iterator)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if a.kind == "adjective" and b.kind == "group":
            gap = sent.text[a.end - sent.start : b.start - sent.start]
            if gap in _DEMONYM_LIST_GAPS and b.via == "gazetteer":
                a.kind, a.role, a.people = "group", "nationals", b.people
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.kind == "group"
            and b.kind == "organization"
            and b.start - a.end == 1
            and sent.text[a.start - sent.start : a.end - sent.start].split()[-1].lower()
            in SINGULAR_COMPANY
        ):
            a.in_apposition, a.head = True, b
            b.country = b.country or a.country
            b.prep = b.prep or a.prep  # "with a subsidiary of Russian arms maker X": X's "of"
            if a.country:
                state.org_country.setdefault(b.name, a.country)


_CLAUSE_VERBS: Final = word_set(
    """has have had is are was were said says told tells reported reports added adds noted
    wrote writes learned learnt claimed claims"""
)
# "According to the Treasury, the firm shipped": the source's phrase, no apposition
_FRONTED_PREPS: Final = word_set(
    """In On At For From Across Inside Within Under After Before Beyond Besides Unlike Like
    Among According"""
)
# "in the Baltic states and", "in several EU countries or": places named in general first
_IN_PLACES_RE: Final = re.compile(
    r"\bin\s+(?:(?:the\s+|other\s+|several\s+|some\s+|neighbouring\s+|neighboring\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:states|countries|nations|republics|regions|territories)"
    # "distributors in Europe and the United States": a region no list names, then a state
    r"|(?:the\s+)?(?:(?:Central|South|Southeast|South-East|East|West|Western|Eastern|"
    r"Northern|Southern|North|Latin)\s+)?(?:Europe|Asia|Africa|America|Gulf|Middle\s+East|"
    r"Caucasus|Balkans|Baltics))"
    r",?\s+(?:and|or)\s+(?:in\s+)?(?:the\s+)?$"
)
_LOCATED: Final = word_set("based registered located headquartered operating incorporated")
_NUMBER_WORDS: Final = word_set(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand
    million several many some few numerous various other dozen"""
)
_QUANT_OF: Final = word_set("dozens hundreds thousands millions scores number some many several")
# "a group of Chinese companies", "a network of front companies in Hong Kong": the companies
# (lower case only: "Ala-Too Trade Group of Bishkek" is a name)
_SET_OF: Final = word_set(
    """group network web string handful host range series cluster consortium couple pair half
    majority most"""
)
_APPROX: Final = word_set("about around nearly almost roughly approximately some over under")
_QUANT_PAIRS: Final = {
    "least": "at",
    "than": "more",
    "to": "up",
}  # "at least", "more than", "up to"
_QUANT_FIRST: Final = (
    DETERMINERS | _NUMBER_WORDS | _APPROX | frozenset([",", "mainland", "of", *_QUANT_PAIRS])
)


def _is_number(low: str) -> bool:
    return low[:1].isdigit() or low in _NUMBER_WORDS


def _skip_quantity(tokens: list[Token], j: int) -> int:
    """Index of the word before the determiners and amounts that open a noun phrase:
    `on the three firms`, `including 19 Indian firms`, `dozens of Chinese firms`."""
    while j >= 0:
        low = tokens[j].low
        if low not in _QUANT_FIRST and not low[:1].isdigit():
            break  # the common case: a word that opens no amount
        if low in DETERMINERS or _is_number(low) or low == ",":
            if low == "," and not (
                j > 0
                and tokens[j - 1].low[:1].isdigit()
                and tokens[j - 1].end == tokens[j].start == tokens[j + 1].start - 1
            ):
                break  # a comma only inside "10,000"
            j -= 1
        elif low in _APPROX and j + 1 < len(tokens) and tokens[j + 1].low[:1].isdigit():
            j -= 1  # "about 70", "over 200"
        elif low == "mainland":
            j -= 1
        elif j > 0 and _QUANT_PAIRS.get(low) == tokens[j - 1].low:
            j -= 2
        elif (
            low == "of"
            and j > 0
            and (tokens[j - 1].low in _QUANT_OF or tokens[j - 1].text in _SET_OF)
        ):
            j -= 2  # "dozens of", "a number of"
        else:
            break
    return j


def _demonym_mention(m: Match, tokens: list[Token], e: Entry) -> Mention:
    mn = _from_entry(m, tokens, e)
    mn.kind = "adjective"
    n = len(tokens)
    j = m.end_tok
    if j < n and tokens[j].text == "-":  # "Iranian-made", "Chinese-supplied"
        return mn
    prev = tokens[m.start_tok - 1].text.lower() if m.start_tok else ""
    if j < n and tokens[j].low in _ONE_OF_THE_PEOPLE and _none_of(tokens, m.start_tok):
        # "not a single Belarusian soldier", "no Kenyan citizen": the nationals, all denied
        mn.kind, mn.role, mn.people = "group", "nationals", True
        mn.end, mn.tok_end = tokens[j].end, j + 1
        return mn
    if j < n and tokens[j].low in _ONE_OF_THE_FIRMS and _none_of(tokens, m.start_tok):
        # "no Chinese company had taken part": the state's companies, all denied
        mn.kind, mn.role = "group", "nationals"
        mn.end, mn.tok_end = tokens[j].end, j + 1
        return mn
    if (
        prev == "the"
        and j < n
        and tokens[j].low in _PEOPLE_VERBS
        and tokens[j - 1].low.endswith("ese")
    ):
        # "The Chinese are supplying Russia": the nationals, a noun ("the Chinese side"
        # and "the Chinese company" read on)
        mn.kind, mn.role = "group", "nationals"
        return mn
    for k in range(j, min(n, j + 6)):  # "Chinese state-owned defense companies"
        w = tokens[k].text
        lw = w.lower()
        nxt = tokens[k + 1].text.lower() if k + 1 < n else ""
        if lw in GOVT_NOUNS and k == j and nxt not in GROUP_NOUNS and nxt != "-":
            mn.kind, mn.role = "country", "government"
            mn.end, mn.tok_end = tokens[k].end, k + 1
            return mn
        if lw in GROUP_NOUNS:
            singular = lw in SINGULAR_COMPANY or not (lw.endswith("s") or lw in PEOPLE_WORDS)
            if singular and prev in _DEFINITE:
                return mn  # "the Chinese manufacturer": coreference decides
            mn.kind, mn.role = "group", "nationals"
            mn.people = bool(PEOPLE_RE.fullmatch(lw))
            mn.end, mn.tok_end = tokens[k].end, k + 1
            return mn
        if not (w.islower() or w == "-") or lw in _GROUP_PHRASE_ENDS:
            break
    return mn


# what may follow "the Chinese" used as a noun
_PEOPLE_VERBS: Final = word_set("are were have had also continue continued")
# words a demonym's noun phrase never runs across: "Russian drones were supplied by
# companies" names no Russian companies
_GROUP_PHRASE_ENDS: Final = word_set(
    """and or of to for in with by from at on as that which who were was is are been be have
    has had"""
)


_ONE_OF_THE_PEOPLE: Final = word_set(
    "soldier citizen national worker serviceman mercenary fighter volunteer specialist"
)
_ONE_OF_THE_FIRMS: Final = word_set(
    "company firm entity enterprise manufacturer supplier exporter business"
)
_NEGATORS: Final = word_set("not never no without")


def _none_of(tokens: list[Token], at: int) -> bool:
    """Whether the words before token `at` quantify it to none: "not a single", "no",
    "not aware of any" (a singular national is otherwise one person, named or not)."""
    prev = tokens[at - 1].low if at else ""
    if prev == "no":
        return True
    if prev == "single":
        return at >= 3 and tokens[at - 3].low in _NEGATORS | {"nor"}
    if prev == "any":
        return any(t.low in _NEGATORS or t.low.endswith("n't") for t in tokens[max(0, at - 6) : at])
    return False


def _add_people(sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse) -> None:
    """Names of people: after a title, or a known surname."""
    if (
        sent.texts.isdisjoint(TITLE_WORDS)
        and sent.texts.isdisjoint(state.surnames)
        and sent.lows.isdisjoint(PERSON_ROLE_NOUNS)
    ):
        return
    n = len(tokens)
    surnames = state.surnames
    cues = [
        i
        for i, t in enumerate(tokens)
        if t.text in surnames or t.text in TITLE_WORDS or t.low in PERSON_ROLE_NOUNS
    ]
    nxt = 0  # a title's name is not read again
    for i in cues:
        if i < nxt:
            continue
        t = tokens[i]
        w = t.text
        if w in surnames and not overlaps(out, t.start, t.end):
            full = surnames[w]
            role = PRIVATE if full in state.private_people else "official"
            out.append(Mention(t.start, t.end, i, i + 1, full, "person", role, via="surname"))
            continue
        if (w in TITLE_WORDS or t.low in PERSON_ROLE_NOUNS) and i + 2 < n:
            j = i + 1
            while j < n and (tokens[j].text in _TITLE_RUN or _abbreviation_dot(tokens, j)):
                j += 1
            k = j
            while k < n and k - j < 3 and _is_name_word(tokens[k].text):
                k = _past_hyphened(tokens, k + 1)  # "Yoon Ha-na", "Jean-Pierre"
            if k - j >= 2 and not overlaps(out, tokens[j].start, tokens[k - 1].end):
                name = " ".join(tok.text for tok in tokens[j:k]).replace(" - ", "-")
                out.append(
                    Mention(
                        tokens[j].start,
                        tokens[k - 1].end,
                        j,
                        k,
                        name,
                        "person",
                        "official",
                        _title_country(tokens, i, out),
                        via="title",
                    )
                )
                nxt = k


def _abbreviation_dot(tokens: list[Token], j: int) -> bool:
    """The period of an abbreviated title: "Rep. Joaquin Reyes", "Sen. Mark Halvorsen"."""
    t = tokens[j]
    return t.text == "." and tokens[j - 1].end == t.start and tokens[j - 1].text in TITLE_WORDS


def _past_hyphened(tokens: list[Token], k: int) -> int:
    """The token after a name word's hyphened part ("Ha-na": past "-na"), else `k`."""
    if (
        k + 1 < len(tokens)
        and tokens[k].text == "-"
        and tokens[k].start == tokens[k - 1].end
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].text.isalpha()
    ):
        return k + 2
    return k


def _title_country(tokens: list[Token], i: int, out: list[Mention]) -> str | None:
    """The state an official serves: `North Korea's ambassador X`, `Iranian Foreign
    Minister X`."""
    while i > 0 and tokens[i - 1].text in _TITLE_RUN:
        i -= 1  # "Vice Foreign Minister"
    if i > 1 and tokens[i - 1].text == "'s":
        i -= 1
    if i == 0:
        return None
    end = tokens[i - 1].end
    for m in out:
        if m.end == end and m.kind in ("country", "adjective"):
            return m.country or m.name
    return None


def _is_name_word(w: str) -> bool:
    return (
        len(w) > 1
        and w[0].isupper()
        and w[1:].replace("-", "").replace("'", "").islower()
        and w not in NOT_NAME
        and w not in TITLE_WORDS
    )


def _other_state_at(out: list[Mention], mn: Mention, tok: int) -> bool:
    """Whether a state other than mn's is named from token `tok` on."""
    return any(o.tok_start == tok and o.kind == "country" and o.name != mn.name for o in out)


def _mark_appositions(tokens: list[Token], out: list[Mention], state: Discourse) -> None:
    """`X, a Chinese manufacturer of ..., did` : mentions inside the apposition describe X;
    so do those of a description after a copula: `X (X Ltd) is a Moscow-based company that`."""
    n = len(tokens)
    fronted = -1  # "On the Iranian side, the contracts name X": not an apposition
    if n > 0 and tokens[0].text in _FRONTED_PREPS:
        fronted = next((i for i, t in enumerate(tokens) if t.text == ","), n)
    for mn in list(out):
        if mn.in_apposition or not mn.is_actor or mn.kind == "group":
            continue
        if mn.tok_start < fronted and mn.prep is not None:
            continue
        j = mn.tok_end
        if j < n and tokens[j].text == "(":  # "X Co., Ltd. (X), a ...": the short name
            while j < n and tokens[j].text != ")" and j - mn.tok_end < 8:
                j += 1
            j += 1
        copula = False
        if (
            mn.kind == "person"
            and j + 3 < n
            and tokens[j].text == ","
            and tokens[j + 1].text.isdigit()
            and tokens[j + 2].text == ","
        ):
            j += 2  # "X, 52, a naturalized US citizen": the age before the description
        if j + 1 < n and tokens[j].text == ",":
            if tokens[j + 1].text not in ("a", "an", "the", "one", "part", "both"):
                continue
            if (
                mn.kind == "country"
                and tokens[j + 1].text == "the"
                and _other_state_at(out, mn, j + 2)
            ):
                continue  # "Ukraine, the United States and Japan": a list of states
        elif (
            j + 1 < n
            and tokens[j].low in _COPULAS
            and tokens[j + 1].low in ("a", "an")
            and mn.kind in ("organization", "person")
            and mn.prep is None
        ):
            copula = True  # "X is a PRC-based distributor ... that has sold"
        else:
            continue
        k = j + 1
        stops = _COPULA_STOPS if copula else _APPOSITION_STOPS
        while k < n and tokens[k].text not in stops and k - j < 25:
            k += 1
        if not copula:
            k = _with_state_of_town(tokens, j + 1, k, out)
            if tokens[k - 1].low in REPORT_WORDS:
                continue  # "X, the Treasury said, re-exported ...": who says it, no description
            if _clause_in(tokens, out, j + 1, k):
                continue  # "after questions to X, the US Treasury added the company": a clause
        words = {t.text.lower() for t in tokens[j + 1 : k]}
        if mn.kind == "organization":
            noun = next((t.low for t in tokens[j + 1 : k] if t.low in DESCRIBED_NOUNS), None)
            if noun is not None:
                state.described[noun] = mn.name
        if copula and words.isdisjoint(_DESCRIPTION_HEADS):
            continue  # "X is a major supplier ...": a claim, not a description
        a_start = tokens[j + 1].start
        a_end = tokens[k - 1].end
        if not copula and _names_next_member(tokens, out, a_start, a_end):
            continue  # "X, the freight company Y and a third firm, Z": a list, not a description
        head_at = a_end  # a copula's description says where X is only before its noun
        if copula:
            head_at = next(t.start for t in tokens[j + 1 : k] if t.low in _DESCRIPTION_HEADS)
        for other in out:
            if other is not mn and other.start >= a_start and other.end <= a_end:
                other.in_apposition = True
                other.head = mn
                if (
                    (
                        other.kind in ("adjective", "country", "place")
                        or (other.kind == "group" and _singular_head(tokens, other))
                    )
                    and mn.kind == "organization"
                    and other.end <= head_at
                ):
                    mn.country = mn.country or other.country
                    state.org_country.setdefault(mn.name, other.country or "")
                    if mn.country == "Russia":
                        state.russian_orgs.add(mn.name)
                if other.kind == "organization" and "subsidiary" in words:
                    mn.parent = other.name
        if "subsidiary" in words and mn.kind == "organization" and mn.parent is None:
            mn.parent = ""


def _clause_in(tokens: list[Token], out: list[Mention], lo: int, hi: int) -> bool:
    """An actor opening tokens[lo:hi] followed by its finite verb: the stretch after the
    comma is a main clause (`the US Treasury added ...`), not a description (`a company
    that the EU says supplied ...`)."""
    if tokens[lo].low in ("a", "an", "one"):
        return False  # "a Russian company accused of ...": a description
    if (
        tokens[lo].low == "the"
        and lo + 2 < hi
        and tokens[lo + 1].text in _BODY_NOUNS
        and _finite_verb(tokens[lo + 2], True)
    ):
        return True  # "after questions to the US Treasury, the department announced ..."
    for o in out:
        q = o.tok_end
        if not (o.is_actor and o.kind != "group" and lo <= o.tok_start <= lo + 1 and q < hi):
            continue
        q = _past_conjuncts(tokens, out, q, hi)  # "X, the EU and Britain have placed ..."
        verb = tokens[q]
        if tokens[q - 1].end == verb.start or not verb.text.islower():
            continue  # "the US-sanctioned firm", "the Moscow distributor"
        if _finite_verb(verb, q > o.tok_end):
            return True
    return False


# a state body named by its common noun alone, the subject of a clause after a comma
_BODY_NOUNS: Final = word_set("department ministry government treasury agency administration")


def _finite_verb(verb: Token, conjoined: bool) -> bool:
    """Whether `verb` reads as the finite verb of a clause (`conjoined`: after a list of
    actors, where an auxiliary counts too)."""
    return (
        verb.low in REPORT_WORDS
        or (verb.low.endswith("ed") and verb.low not in _PARTICIPLE_ADJECTIVES)
        or (verb.low in _AUXILIARIES and conjoined)
    )


def _past_conjuncts(tokens: list[Token], out: list[Mention], q: int, hi: int) -> int:
    """Token index after the actors joined to the one ending at q (`, the EU and Britain`)."""
    while q + 1 < hi and tokens[q].text in (",", "and", "or"):
        k = q + 1
        if tokens[k].low == "and":
            k += 1  # ", and X"
        if k < hi and tokens[k].low == "the":
            k += 1
        nxt = next((o for o in out if o.tok_start == k and o.is_actor), None)
        if nxt is None or nxt.tok_end >= hi:
            break
        q = nxt.tok_end
    return q


# a list of actors, then one of these, is the subject of a clause: "X, the EU and Britain
# have all placed sanctions on Y", not a description of X
_AUXILIARIES: Final = word_set("have has had will would")


# the verb that ends a frame before a comma: "records seen by X show, Y imported"
_FRAME_END_VERBS: Final = REPORT_WORDS | word_set("show suggest indicate reveal")
# participles that describe the noun they follow: "the Hong Kong registered firm"
_PARTICIPLE_ADJECTIVES: Final = word_set(
    """based registered headquartered owned controlled linked backed funded founded listed
    incorporated licensed affiliated associated connected designated sanctioned"""
)


def _names_next_member(tokens: list[Token], out: list[Mention], a_start: int, a_end: int) -> bool:
    """A company noun followed by a name inside what looks like an apposition: the phrase
    introduces the next member of a list (`the freight company Y`), or opens a clause of its
    own (`seen by Reuters, the Russian company Y, has`)."""
    for o in out:
        if not (o.kind == "organization" and a_start < o.start < a_end and o.tok_start > 0):
            continue
        if o.tok_end >= len(tokens):
            continue
        if tokens[o.tok_start - 1].start == a_start and _list_goes_on(tokens, out, o):
            return True  # "X, the Y Research Center, the Z Company and W": names, a list
        if tokens[o.tok_start - 1].low not in SINGULAR_COMPANY:
            continue
        lead = [t.low for t in tokens if a_start <= t.start < o.start]
        # not "the subsidiary of defense conglomerate Y": Y is the one it belongs to
        if not _OWNER_WORDS.isdisjoint(lead):
            continue
        if tokens[o.tok_end].low in ("and", "or"):
            return True
        if o.end == a_end:
            return True  # "seen by Reuters, the Russian company Y, has": Y opens the clause
    return False


_OWNER_WORDS: Final = word_set("of by for from with to")


def _list_goes_on(tokens: list[Token], out: list[Mention], o: Mention) -> bool:
    """`the Y Center and W`, `the Y Center, the Z Company`: the name after "the" is followed by
    the next name of a list, not by the rest of a description."""
    k = o.tok_end
    if tokens[k].low in ("and", "or"):
        return True
    if tokens[k].text != "," or k + 1 >= len(tokens):
        return False
    k += 2 if tokens[k + 1].low == "the" else 1
    return k < len(tokens) and any(
        m.kind == "organization" and m.tok_start == k for m in out if m is not o
    )


_TIME_PREPS: Final = word_set("in since during until by before after")


def _after_time_prep(tokens: list[Token], j: int) -> bool:
    return j > 0 and tokens[j].low[:2] in ("19", "20") and tokens[j - 1].low in _TIME_PREPS


def _with_state_of_town(tokens: list[Token], first: int, k: int, out: list[Mention]) -> int:
    """End of an apposition that closes on a town no list knows and its state: `X, a small
    trading company in Ipoh, Malaysia,` says where X is; k is at the comma after the town."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].text != "," or tokens[k - 2].low != "in" or k - 2 < first:
        return k
    begin = tokens[k + 1].start
    state = next((m for m in out if m.start == begin and m.kind in ("country", "place")), None)
    if state is None or (state.tok_end < n and tokens[state.tok_end].text not in _CLAUSE_END):
        return k
    return state.tok_end


_CLAUSE_END: Final = frozenset({",", ".", ";"})


def _singular_head(tokens: list[Token], mn: Mention) -> bool:
    """ "a Russian maker": a group phrase that names one company of that nationality."""
    return 0 < mn.tok_end <= len(tokens) and tokens[mn.tok_end - 1].low in SINGULAR_COMPANY


_COPULAS: Final = word_set("is was are were")
_APPOSITION_STOPS: Final = frozenset({",", ";", "(", ")"})
_COPULA_STOPS: Final = frozenset({",", ";", "(", ")", "that", "which", "who", "whose", "and"})
# what a description names: `a Moscow-based company`, `a Turkish national`
_DESCRIPTION_HEADS: Final = word_set(
    """company firm manufacturer maker producer developer distributor forwarder importer
    trader supplier exporter subsidiary entity enterprise business shipper carrier reseller
    vendor contractor intermediary conglomerate startup plant factory bureau institute
    national citizen resident businessman businesswoman director owner shareholder executive
    officer manager founder employee agent broker"""
)


# "Iran's foreign minister said his country had never given drones": the official's state
_SPEAKERS_COUNTRY_RE: Final = re.compile(r"\b(?:his|her)\s+country\b")


# "North Korea went further. Its foreign ministry said ...": the body of the state the
# sentence before opened with
_ITS_BODY_RE: Final = re.compile(
    r"Its\s+(?:[a-z]+\s+){0,2}?(?:ministry|government|embassy|mission|military|leadership)\b"
)


def _add_its_body(sent: Sentence, tokens: list[Token], out: list[Mention], last: str) -> None:
    """A sentence that opens with a state body owned by "Its": the state `last` (the
    subject of the sentence before), which speaks through it."""
    bm = _ITS_BODY_RE.match(sent.text)
    if bm is None or overlaps(out, sent.start, sent.start + bm.end()):
        return
    cs, ce = sent.start, sent.start + bm.end()
    ts, te = token_index(tokens, cs), token_index(tokens, ce)
    out.append(Mention(cs, ce, ts, te, last, "country", "government", last, via="coref"))


# irregular pasts of verbs that act: "It has sent", "It sold"
_IT_SOLD: Final = word_set("sold sent made built bought sought gave brought set ran")
# what may stand between "It" and its verb: "It has also acknowledged", "It has long said"
_IT_AUX: Final = word_set("has had also long repeatedly since later then previously")


def _add_it_state(sent: Sentence, tokens: list[Token], out: list[Mention], last: str) -> None:
    """ "Tehran has denied supplying weapons. It has acknowledged sending drones": "It",
    the subject of a verb that acts or says (not "It is unclear", "It has been reported"),
    is the state `last` the sentence before opened with."""
    k = 1
    while k < len(tokens) - 1 and k < 4 and tokens[k].low in _IT_AUX:
        k += 1
    verb = tokens[k].low
    if verb == "been" or not (verb.endswith("ed") or verb in REPORT_WORDS or verb in _IT_SOLD):
        return
    it = tokens[0]
    out.append(Mention(it.start, it.end, 0, 1, last, "country", "government", last, via="coref"))


_STATE_NOUNS: Final = word_set("country nation regime")
# "The country has sent", "The Central Asian nation has become": a state told by what it is
_THE_STATE_RE: Final = re.compile(r"The\s+(?:[\w-]+\s+){0,3}?(?:country|nation|regime)\s+")


def _add_the_state(sent: Sentence, tokens: list[Token], out: list[Mention], last: str) -> None:
    """ "North Korea has deepened ties with Moscow. The country has also sent shells": the
    phrase that opens the sentence, a state by what it is and the subject of a verb that
    acts or says, is the state `last` the sentence before opened with."""
    sm = _THE_STATE_RE.match(sent.text)
    if sm is None or overlaps(out, sent.start, sent.start + sm.end()):
        return
    k = token_index(tokens, sent.start + sm.end())
    while k < len(tokens) - 1 and tokens[k].low in _IT_AUX:
        k += 1
    if k >= len(tokens):
        return
    verb = tokens[k].low
    if verb == "been" or not (verb.endswith("ed") or verb in REPORT_WORDS or verb in _IT_SOLD):
        return
    cs, ce = sent.start, sent.start + sm.end() - 1
    ts, te = 0, token_index(tokens, ce)
    out.append(Mention(cs, ce, ts, te, last, "country", "government", last, via="coref"))


def _add_it_target(tokens: list[Token], out: list[Mention], state: Discourse, prev: int) -> None:
    """ "The Treasury sanctioned X, a Hong Kong trader. It shipped drone parts to Russia",
    "Investigators identified X. It supplies ...": "It", before a verb of supplying or making
    (no government's or report's act), is the one company the sentence before named."""
    k = 1
    while k < len(tokens) - 1 and k < 4 and tokens[k].low in _IT_COMPANY_AUX:
        k += 1
    if TRIGGER_WORDS.get(tokens[k].low) not in ("supply", "production"):
        return
    named = {name for name, at in state.org_named_at.items() if at == prev}
    firms = {o.name: o for o in state.orgs if o.name in named and o.role not in NOT_ORG_ROLES}
    if len(firms) != 1 or len(named) - len(firms) > 1:
        return  # (besides the one company, at most the outlet or agency that spoke of it)
    org = next(iter(firms.values()))
    it = tokens[0]
    out.append(
        Mention(
            it.start, it.end, 0, 1, org.name, "organization", org.role, org.country, via="coref"
        )
    )


# "It allegedly shipped", "It has since sold": what may stand between "It" and its verb
_IT_COMPANY_AUX: Final = word_set(
    """has had have also allegedly reportedly later then previously since long repeatedly
    subsequently once itself"""
)
# "It was sanctioned", "It has been accused of": a passive that charges the company (not
# "It was shipped to Russia", the goods, nor "It is unclear")
_IT_CHARGED: Final = word_set(
    """accused charged sanctioned designated blacklisted added listed placed named suspected
    alleged targeted indicted fined penalised penalized"""
)
# verbs of "It <verb>" whose "It" is nobody: "It appears that", "It remains unclear"
_IT_IMPERSONAL: Final = word_set(
    "is was has does seems seemed appears appeared remains remained means meant matters"
    " follows followed comes came goes went looks looked takes took emerged happened"
)


def _add_it_company(tokens: list[Token], out: list[Mention], org: Mention) -> None:
    """ "X denied wrongdoing. It has been accused of shipping drone engines to Russia": "It",
    the subject of a verb that acts, says or is charged, is the company the sentence before
    opened with."""
    k = 1
    while k < len(tokens) - 1 and k < 4 and tokens[k].low in _IT_COMPANY_AUX:
        k += 1
    verb = tokens[k].low
    if verb in ("is", "was", "been") and k + 1 < len(tokens):
        if tokens[k + 1].low == "been" and k + 2 < len(tokens):
            k += 1
        if tokens[k + 1].low not in _IT_CHARGED:
            return
    elif verb in _IT_IMPERSONAL or not (
        verb.endswith(("ed", "es", "s")) or verb in _IT_SOLD or verb in REPORT_WORDS
    ):
        return
    it = tokens[0]
    name, role, country = org.name, org.role, org.country
    out.append(Mention(it.start, it.end, 0, 1, name, "organization", role, country, via="coref"))


_GOVT_IN_HEADS: Final = word_set("government regime authorities leadership administration")
_GOVT_IN_RE: Final = re.compile(
    r"(?:[Tt]he\s+)?(?:government|regime|authorities|leadership|administration)\s+in\s+$"
)


def _governments_in(sent: Sentence, tokens: list[Token], out: list[Mention]) -> None:
    """ "The regime in Pyongyang is supplying Russia": the state whose government sits
    there, the phrase's head (not a place its "in" governs)."""
    for mn in out:
        if mn.kind != "country":
            continue
        at = mn.start - sent.start
        gm = _GOVT_IN_RE.search(sent.text, max(0, at - 40), at)
        if gm is None:
            continue
        mn.start = sent.start + gm.start()
        mn.tok_start = token_index(tokens, mn.start)
        mn.role = "government"


# a count that stands for the items counted: "the five in Türkiye", "the dozen in the UAE"
_COUNTS: Final = frozenset(SMALL_NUMBERS) - {"one"} | {"dozen"}


def _add_speakers_country(sent: Sentence, tokens: list[Token], out: list[Mention]) -> None:
    for cm in _SPEAKERS_COUNTRY_RE.finditer(sent.text):
        cs, ce = sent.start + cm.start(), sent.start + cm.end()
        prior = [  # "Lukashenko said his country ...": a known leader's state
            x
            for x in out
            if x.end <= cs
            and (x.kind in ("country", "adjective") or (x.kind == "person" and x.country))
        ]
        if not prior or overlaps(out, cs, ce):
            continue
        state = prior[-1].country or prior[-1].name
        ts, te = token_index(tokens, cs), token_index(tokens, ce)
        out.append(Mention(cs, ce, ts, te, state, "country", "government", state, via="coref"))
