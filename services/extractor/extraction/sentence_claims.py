"""The claims a sentence's triggers make: for each trigger its subjects, the stance, the
source and the recipient, and the filters that keep only claims about Russia's war."""

from __future__ import annotations

import re
from typing import Final

from .appositive_makers import named_in_apposition
from .attribution import Frame, denier_for, sanction_accuser
from .civilian import civilian_goods
from .claims import claim_kind, make_claim, sector_type
from .company_goods import generic_denial_type, goods_in_general_at
from .cotargets import deed_of_unnamed_cotargets, deed_of_unnamed_officer
from .discourse import Discourse, Mention, stand_in
from .enforcers import enforcers_of_a_case
from .exclusions import left_out_of_count
from .gazetteer import Gazetteer
from .intermediaries import bought_through, goods_type
from .lede import DESCRIBED
from .lexicon import (
    CIVIL_PERSONNEL_CUES,
    DEAL_NOUNS,
    DENIAL_WORDS,
    DEONTIC_RE,
    FALSE_WORDS,
    FUTURE_WORDS,
    GENERIC_WORDS,
    GOODS_WORDS,
    HEDGE_WORDS,
    NEGATOR_STARTS,
    SANCTION_IMPOSE_NEEDS,
    SANCTION_IMPOSE_RE,
    SMALL_NUMBERS,
    any_of,
    any_word_in,
    gated_search,
    rejects_business,
    search_from,
)
from .place_lists import made_there
from .possibility import possible_only
from .pronoun_sanctioners import pronoun_authority
from .reexporters import reexporter
from .roles import (
    OTHER,
    RUSSIA,
    WESTERN_SIDE,
    find_recipient,
    find_subjects,
    with_conjuncts,
)
from .sanctioning_powers import SANCTIONING_POWERS
from .sanctions import authority_of, sanction_claims
from .sentence_context import SentenceContext
from .sites import production_site, where_site
from .supplier_parts import supplier_state, unlisted_company
from .text import Sentence
from .triggers import OWN_TERRITORY_RE, ROUTE_NOUNS, Trigger, clause_bounds, find_triggers
from .war_parties import names_the_war
from .wordset import word_set

UKRAINE: Final = "Ukraine"
_NEG_BEFORE_RE: Final = re.compile(
    # (`had "never" given`: the negator in quotes too)
    r"(?:\b(?:never|not|no longer|neither|nor)[\"”]?\s+|n't\s+)(?:\w+[\"”]?\s+){0,7}$"
    # "has never been, and will never be, a route", "is not, and will not be, a platform"
    r"|\b(?:never|not)\s+(?:will\s+|would\s+)?be,\s+(?:\w+\s+){0,3}$"
    # "has not allowed, and will not allow, its territory to be used to ..."
    r"|\b(?:not|never)\s+\w+,\s+(?:and|or|nor)\s+(?:\w+\s+)?(?:not|never)\s+\w+,\s+(?:\w+\s+){0,7}$"
    r"|\bno\s+(?:\w+\s+)?$"
    # "no Chinese company had taken part in", "no Turkish firm has ever shipped": no subject
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|entit(?:y|ies)|enterprises?|"
    r"manufacturers?|suppliers?|exporters?|business(?:es)?|banks?|one|citizens?|nationals?|"
    r"soldiers?|troops|workers?|country|"
    # "No Chinese drones have been sold to Russia": no goods of theirs went
    r"drones?|weapons?|arms|missiles?|munitions?|ammunition|shells?|components?|parts?|goods|"
    r"equipment)\s+(?:has|have|had|was|were|is|are|did|does|will|would)\s+"
    r"(?:(?:ever|been|knowingly|directly)\s+){0,2}"
    r"(?:(?:taken|took|take)\s+part\s+in\s+|participated\s+in\s+|involved\s+in\s+)?$",
    re.I,
)
# "Turkey is not the biggest route, but ...", "not the only supplier": a ranking, no denial;
# "is not a neutral transit country", "not merely a route": more than that, no denial
_RANKED_RE: Final = re.compile(
    r"\bnot\s+(?:the|its|their)\s+(?:only|main|sole|primary|principal|chief|top|most\s+\w+|"
    r"\w+est)\b"
    r"|\bnot\s+(?:just|merely|simply|(?:a|an)\s+(?:neutral|innocent|passive|mere|unwitting))\b",
    re.I,
)
_BANNED_GOODS_RE: Final = re.compile(
    r"\b(?:that|which)\s+(?:may|must|can|could|shall)\s+not\s+(?:legally\s+)?be\s+$", re.I
)
# "barring customers from re-exporting goods to Russia", "to prevent firms from shipping":
# what a rule forbids, no act
_BARRED_FROM_RE: Final = re.compile(
    r"\b(?:bar|ban|prohibit|forbid|forbade|prevent|restrict|block|deter|preclud)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}?from\s+$",
    re.I,
)
# what a supply verb gives right after it when the goods stay home: "equipping its own
# front-line units", "supplying their troops"
_OWN_FORCES_RE: Final = re.compile(
    r"\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:units|forces|army|troops|military)\b"
)
_WITHOUT_RE: Final = re.compile(r"\bwithout\s+(?:\w+\s+){0,3}$", re.I)
# "sold nothing but spare parts": something was sold after all
# the recipient, then the goods denied: "sold Russia no weapons" (not "no fewer than 100")
_RECIPIENT_THEN_NONE_RE: Final = re.compile(
    r"(?P<who>\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+"
    r"(?:nothing|none|no(?!\s+(?:fewer|less|more|later|longer)\b))\b"
)
_DENIED_GOODS_REACH: Final = 3  # words after "no": "no lethal military equipment"


def _goods_denied(text: str, none: re.Match[str]) -> bool:
    """Whether what the recipient got none of is goods: "nothing", "none", or "no" before a
    word for drones, weapons or parts."""
    if not none.group().endswith("no"):
        return True
    after = text[none.end() : none.end() + 60].lower().split()[:_DENIED_GOODS_REACH]
    return any(w.strip(".,;:") in GOODS_WORDS for w in after)


_NO_OBJECT_KINDS: Final = frozenset({"supply", "personnel"})
# "no" and two modifiers before a nominal trigger (one is _NEG_BEFORE_RE's)
_NO_MODIFIERS_RE: Final = re.compile(r"\b[Nn]o\s+(?!doubt\b|longer\b)[\w-]+\s+[\w-]+\s+$")
_NO_AMOUNT_RE: Final = re.compile(r" no\s+(?:fewer|less|more|later|longer|sooner|doubt|end)\b")
_NOTHING_BUT_RE: Final = re.compile(r" nothing\s+(?:but|except|other\s+than|else\s+than)\b")
# the words _NEG_BEFORE_RE opens with (or a word ending in "n't")
_NEGATORS: Final = frozenset({"never", "not", "no", "neither", "nor"})
# sentence_claims looks these lists up in a sentence's tokens first: a compound word
# ("dual-use") is no token, so none may hold one
assert not any("-" in w for w in DENIAL_WORDS | HEDGE_WORDS | FUTURE_WORDS | _NEGATORS)
_CLAIM_NOUN_BEFORE_RE: Final = re.compile(
    r"\b(?:allegations?|accusations?|claims?|reports?|suggestions?|rumou?rs?|assertions?)\s+"
    r"(?:of|that|about)\b"
    # a contact clause after a noun, not a verb: "said reports it had supplied missiles to
    # Russia were baseless" (not "Iran claims it has supplied")
    r"|\b(?:said|says|the|these|those|such)\s+(?:allegations|accusations|claims|reports|"
    r"suggestions|rumou?rs|assertions)\s+(?:it|they)\b",
    re.I,
)
# a relative clause in the present that says what a firm makes: "the company that develops"
_MAKES: Final = (
    r"(?:develops|designs|makes|manufactures|produces|builds|assembles|tests|designed|developed)"
)
# (or one that says where a model came from: "the company that designed the Shahed",
# "which it said designs and produces the Shahed series")
_LINE_OF_BUSINESS_RE: Final = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:it|they|the\s+\w+)\s+(?:said|says)\s+)?"
    r"(?:also\s+|mainly\s+|mostly\s+|now\s+|originally\s+)?"
    rf"(?:{_MAKES}\s+(?:and|or)\s+)?{_MAKES}$"
)
_SUPERVISE_RE: Final = re.compile(
    r"\b(?:overs(?:aw|ee|ees|eeing|een)|supervis\w+|direct(?:ed|s|ing)?|ran|run(?:s|ning)?|"
    r"set(?:ting)?\s+up|led|lead(?:s|ing)?)\s+(?:the\s+)?$",
    re.I,
)
# a denial verb with an object of its own ("denies any role in", "rejected any involvement")
_OWN_OBJECT_RE: Final = re.compile(
    r"\w+\s+(?:any\s+|all\s+)?(?:role|part|involvement|participation)\s+in\b", re.I
)
_ADMIT_WORDS: Final = word_set(
    """acknowledged acknowledges acknowledge admitted admits admit confirmed confirms confirm
    conceded concedes"""
)
_ADMITS_RE: Final = re.compile(
    r"(?:acknowledg|admit|confirm|conced)\w*\s+(?:to\s+|having\s+)?\w+(?:ing|ed)\b", re.I
)
# a condition on a pronoun's present act: "if they facilitate", "if it continues to ship"
_IF_PRONOUN_RE: Final = re.compile(
    r"\b[Ii]f\s+(?:they|it|he|she|we|you)\s+(?:\w+ly\s+)?(?:continues?\s+to\s+)?$"
)
# the trigger in the clause of a condition: "If Beijing ships drones to Moscow, ...", "but if
# it acquires the technology" (not "as if", nor "even if", which grants what it says)
_IF_CLAUSE_RE: Final = re.compile(r"(?<![Aa]s )(?<![Ee]ven )\b[Ii]f\s+[^,;:.!?\"“”—–()]*$")
# a condition said by inversion, from the sentence's opening to the trigger: "Should Beijing
# send lethal aid to Moscow, the EU would respond", "Were China to supply weapons, ..." (not
# "Had Iran not sent drones, ...", which grants the act)
_INVERTED_IF_OPENINGS: Final = ("Should ", "Were ", '"Should ', '"Were ', "“Should ", "“Were ")
_INVERTED_IF_RE: Final = re.compile(r"[\"“]?(?:Should|Were)\s+[^,;:.!?\"“”—–()]*$")
_WORLD_WORDS: Final = word_set("worldwide globally world")
_WORLDWIDE_RE: Final = re.compile(
    r"[^,;:.!?]{0,60}?\b(?:worldwide|globally|(?:around|across|all\s+over)\s+the\s+world)\b"
)
_RUSSIA_NAMED_RE: Final = re.compile(r"Russia|Moscow|Kremlin")
# a yes-no question, from its auxiliary to the trigger: "Would Beijing cross the line into
# supplying lethal aid?", "Is Tehran still sending drones?" (not "Why does China sell ...?",
# which takes the act as given)
_YES_NO_RE: Final = re.compile(
    r"(?:^|[:;]\s+|[\"“]\s*)(?:Would|Will|Could|Can|Should|Is|Are|Was|Were|Does|Do|Did|Has|"
    r"Have|Had|Might|May|Must)\s+[^.:;!?\"“”]*$"
)
# an embedded question: "refused to say whether", "it is unclear whether", "asked whether"
_WHETHER_RE: Final = re.compile(r"\bwhether\b[^,;:]*$")
_WOULD_RE: Final = re.compile(r"\bwould\s+(?:\w+ly\s+|itself\s+|also\s+|not\s+)?$")
_HYPOTHETICAL_RE: Final = re.compile(
    r"\b(?:rul(?:e|es|ed|ing) out|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?)"
    r"\W+(?:whether\s+(?:to\s+)?)?$",
    re.I,
)
# a permission to act, granted or not, is no act: "has been authorised to export", "is
# licensed to sell", "were not allowed to ship"
_PERMITTED_TO_RE: Final = re.compile(
    r"\b(?:authori[sz]ed|licen[cs]ed|permitted|allowed)\s+to\s+$", re.I
)
# an act still to be weighed: "floated the idea of bringing North Korean workers", "raised
# the possibility of Iran sending missiles", "the prospect of Chinese troops fighting"
_IDEA_OF_RE: Final = re.compile(
    r"\b(?:idea|possibility|prospect)\s+of\s+(?:[\w'’-]+\s+){0,6}?$", re.I
)
_ASKED_ABOUT_RE: Final = re.compile(r"\b(?:when\s+)?asked\s+(?:about|whether|if)\b", re.I)
_RULED_OUT_RE: Final = re.compile(r"rul\w+ out", re.I)
# "would not rule out", "has never ruled out", "wouldn't rule out": a negated refusal
_NOT_BEFORE_RE: Final = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.I)
_FOR_GERUND_RE: Final = re.compile(
    r"\b(?P<prep>for|over)\s+(?:allegedly\s+|reportedly\s+|their\s+|its\s+)?(?P<role>(?:arranging|facilitating|organi[sz]ing|"
    r"coordinating|brokering|financing|enabling|supporting|their\s+role\s+in|its\s+role\s+in|"
    r"involvement\s+in)\s+(?:the\s+)?(?:\w+\s+(?:and|or)\s+(?:the\s+)?)?)?"
    r"(?P<mod>[\w-]+\s+)?$"
    # "sanctioned X for helping Russia evade sanctions": X's conduct, whoever it helped
    r"|\b(?P<help>for|over)\s+(?:allegedly\s+|reportedly\s+)?helping\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:to\s+)?$",
    re.I,
)
_SANCTIONED_PRONOUN_RE: Final = re.compile(
    r"\b(?:saying|said|alleging|because|as)\s+(?:that\s+)?(?:they|the\s+(?:(?P<count>\w+)\s+)?"
    r"(?:companies|firms|entities))\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?$",
    re.I,
)


def _names_the_sanctioned(left: str, sanctioned: list[Mention]) -> bool:
    """`..., saying the companies had supplied`: the sanctioned list did it (not `the four
    companies` after a list of five)."""
    found = _SANCTIONED_PRONOUN_RE.search(left)
    if found is None:
        return False
    count = SMALL_NUMBERS.get((found.group("count") or "").lower())
    return count is None or count == sum(1 for m in sanctioned if m.kind != "person")


# "imposed sanctions on X, accusing them of helping Russian firms obtain ...": X did it
_ACCUSING_RE: Final = re.compile(
    r"\b(?:accusing|accused|alleging|charging)\s+(?:them|it|him|her|the\s+\w+)\s+(?:of|with)\b"
    r"|\baccused\s+of\b"  # "X, a Hong Kong company accused of supplying ..."
)
# "Y, a freight forwarder accused of": the apposition of one company
_ACCUSED_APPOSITION_RE: Final = re.compile(
    r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?accused\s+of\s+(?:\w+ly\s+)?$"
)
# "on five companies in Turkey and three in the UAE that it said had supplied", "from X, Y
# and several other countries that Ukraine says supply": a restrictive relative after the
# list speaks of the whole list
_LIST_RELATIVE_RE: Final = re.compile(
    r"(?:,?\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?other\s+(?:countries|nations|states))?"
    r"\s+(?:that|which|who)\s+(?:it|they|the\s+\w+|[A-Z][\w.]*)\s+(?:said|says|alleged|alleges)"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$"
)
# ", which Treasury described as having ...": what the sanctioning state says the target did
_DESCRIBED_RE: Final = re.compile(
    r",\s*(?:which|who|whom)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}|government|"
    r"ministry|department|commission|council|authorities|officials|it|they)\s+"
    r"(?:described\s+as|describes\s+as|said|says|accuses\s+of|accused\s+of|alleges|alleged)\s"
    # ", which, according to Ukrainian intelligence, supplied engines"
    r"|,\s*(?:which|who)\s*,\s*according\s+to\s+[^,;]{1,60},\s"
)
# a Russian firm's supply is a claim when it goes to the armed forces: "delivered drones to
# the army", "a contract with a unit of the Ministry of Defence for the supply of"
_ARMED_FORCES_WORDS: Final = word_set(
    """army forces military troops units unit ministry rosgvardia guard brigades regiments
    battalions"""
)
_TO_ARMED_FORCES_RE: Final = re.compile(
    r"\b(?:to|with|for)\s+(?:(?:the|a|an|several|many|various|some|dozens|one|of|its)\s+){0,3}"
    r"(?:[\w-]+\s+){0,3}?(?:army|armed\s+forces|military\s+units?|units?\s+of\s+the\s+"
    r"(?:Ministry|army)|Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|Rosgvardia|"
    r"National\s+Guard|troops|forces|brigades|regiments|battalions)\b"
)
_CHARGED_WORDS: Final = word_set(
    "charged accused indicted convicted arrested prosecuted sentenced detained suspected extradited"
)
_WARN_WORDS: Final = word_set("warn warns warned warning cautioned cautions caution")
_EVIDENCE_WORDS: Final = word_set("evidence proof sign signs indication indications information")
_NO_EVIDENCE_RE: Final = re.compile(
    r"\b(?:no|little|scant|not\s+(?:seen|found|see|find|have|provided|produced)(?:\s+any)?)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:evidence|proof|signs?|indications?)\s+(?:that|of)\b"
    # 'had "no information" about Indonesian companies supplying': nothing known
    r"|\bno\s+(?:[\w-]+\s+)?information[\"”]?\s+(?:about|on|regarding|that)\b",
    re.I,
)
_WARNED_RE: Final = re.compile(
    r"\b(?:warn|caution)\w*\s+(?:[\w-]+\s+){0,4}?(?:that|against|about|of)\s+"
    # "warned Tehran against taking the \"dangerous step\" of providing ballistic missiles"
    r"(?P<ger>\w+ing\s+(?:[\w\"“”’'-]+\s+){0,4}?(?:of\s+)?)?$",
    re.I,
)
_TYPE_BY_OBJECT: Final = {
    ("supply", "drone"): "drone_supply",
    ("supply", "component"): "component_supply",
    ("supply", "weapon"): "weapons_supply",
    ("supply", "people"): "personnel",
    ("receive", "drone"): "drone_supply",
    ("receive", "component"): "component_supply",
    ("receive", "weapon"): "weapons_supply",
    ("receive", "people"): "personnel",
    ("production", "drone"): "drone_production",
    ("production", "weapon"): "drone_production",
    ("production", "component"): "component_supply",
    ("evasion", None): "sanctions_evasion",
    ("personnel", "people"): "personnel",
}
_MAKER_NOUNS: Final = word_set(
    "manufacturer manufacturers maker makers developer developers producer producers"
)
_CARRY_VERBS: Final = word_set(
    """transport transports transported transporting carry carries carried carrying ferry
    ferries ferried ferrying fly flies flew flown flying"""
)
_WORK_WORDS: Final = word_set(
    "work works worked working employed employs employ employing staff staffed assigned"
)
_INDUSTRY_WORDS: Final = word_set(
    "drone drones assembly factory factories plant plants workshop workshops production"
)
_MILITARY_WORDS: Final = word_set(
    """drone drones uav uavs factory factories plant plants production assembly military army
    forces troops soldiers war front frontline front-line fighting combat battle battlefield
    defense defence arms weapons munitions ammunition shells missiles missile launch units
    crews invasion hostilities offensive brigade brigades regiment battalion kursk crimea
    shahed shaheds geran alabuga military-industrial"""
)
_UNCONFIRMED_RE: Final = re.compile(
    # ("did not answer questions sent by email": no reply, no denial)
    r"\b(?:confirm\w*|comment\w*|acknowledg\w*|disclos\w*|verif\w*|specif\w*|answer\w*|"
    r"respond\w*|repl(?:y|ied|ies))\s+"
    r"(?:on\s+|about\s+|to\s+)?(?:the\s+|any\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,5}$",
    re.I,
)
# "No Kenyan citizen has been recruited": the people themselves are quantified to none
_NO_PEOPLE_RE: Final = re.compile(r"(?:^|\W)[Nn]o\s+$")


def _no_before(text: str, end: int) -> bool:
    """`_NO_PEOPLE_RE` before `end`: it ends in "no" and spaces, a cheap check first."""
    return (
        text[:end].rstrip().endswith(("no", "No"))
        and _NO_PEOPLE_RE.search(text, 0, end) is not None
    )


_NON_RUSSIA_SUBJECT_OK: Final = frozenset({"sanctions_evasion", "sanctions_imposed"})
# what a state on Ukraine's side must be said outright to do for Russia (roles.WESTERN_SIDE)
_SUPPLY_TYPES: Final = frozenset({"drone_supply", "component_supply", "weapons_supply"})
_SIDE_TYPES: Final = frozenset(
    {"drone_supply", "component_supply", "weapons_supply", "personnel", "drone_production"}
)


def _supplied_ukraine_before(
    triggers: list[Trigger],
    trig: Trigger,
    mentions: list[Mention],
    subjects: list[Mention],
    text: str,
    base: int,
) -> bool:
    """Whether a supply trigger before the evasion cue `trig` sends the goods to Ukraine."""
    for t in triggers:
        if t.kind != "supply" or t.start >= trig.start:
            continue
        if (
            any(  # ('had sent "hundreds of thousands of shells" to Ukraine, using')
                m.name == UKRAINE and m.prep == "to" and t.end <= m.start < trig.start
                for m in mentions
            )
            or find_recipient(t, mentions, subjects, text, base) == UKRAINE
        ):
            return True
    return False


def _remember_side(state: Discourse, supplier: str, recipient: str | None) -> bool:
    """Note whom a supplier was last said to supply; False when no recipient is named and
    the article last showed this supplier arming Ukraine (or a state on its side)."""
    if recipient == UKRAINE or recipient in WESTERN_SIDE:
        state.ukraine_suppliers.add(supplier)
    elif recipient is not None:
        state.ukraine_suppliers.discard(supplier)
    elif supplier in state.ukraine_suppliers:
        return False
    return True


_PREVENTING_RE: Final = re.compile(
    r"\b(?:prevent\w*|stop|curb\w*|deter\w*|combat\w*|thwart\w*|crack\s+down\s+on|"
    # "set up to go after networks helping Russia acquire", "to close loopholes that allow
    # goods to pass through third countries": what the enforcer pursues or closes
    r"go\s+after|going\s+after|disrupt\w*|dismantl\w*|clos(?:e|es|ed|ing)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?loopholes?)\s+"
    r"(?:any\s+|the\s+|further\s+)?[^.;]{0,80}$"
)
# a word every match of _PREVENTING_RE holds ("after": "go after", "going after")
_PREVENTING_GATES: Final = (
    "prevent",
    "stop",
    "curb",
    "deter",
    "combat",
    "thwart",
    "crack",
    "after",
    "disrupt",
    "dismantl",
    "clos",
)


def _preventing_before(text: str, lo: int, hi: int) -> bool:
    """`_PREVENTING_RE` in `text[lo:hi]`, skipped without one of its (case-sensitive) verbs."""
    return (
        any_word_in(text[lo:hi], _PREVENTING_GATES)
        and _PREVENTING_RE.search(text, lo, hi) is not None
    )


# "Switzerland's strict rules on the re-export of war material": a rule, nobody's act
_RULE_ON_RE: Final = re.compile(
    r"\b(?:rules?|regulations?|laws?|legislation|bans?|controls?|restrictions?|polic(?:y|ies)|"
    r"regimes?|licen[cs]\w*)\s+(?:on|against|governing|for)\s+(?:the\s+)?$",
    re.I,
)
_SANCTIONED_WORDS: Final = word_set("sanctioned embargoed")
# goods whose trade the sanctions forbid: moving them is evasion, whatever they are
_SANCTIONED_GOODS_RE: Final = re.compile(
    r"\s+(?:(?:of|in)\s+)?(?:the\s+|these\s+|such\s+|some\s+|more\s+)?(?:[\w$€,.-]+\s+){0,2}?"
    r"(?:sanctioned|embargoed)\s+(?:[\w-]+\s+)?(?:goods|items|products|components|parts|"
    r"technolog(?:y|ies)|equipment|electronics|chips|microelectronics|machinery|cargo)\b",
    re.I,
)
# a warning about whatever might happen: "any attempt to ...", "any company that ..."
_ANY_HYPOTHETICAL_RE: Final = re.compile(
    r"\b[Aa]ny\s+(?:[\w-]+\s+){0,3}?(?:attempts?|efforts?|bids?|moves?|plans?|schemes?|"
    r"compan(?:y|ies)|firms?|entit(?:y|ies)|countr(?:y|ies)|states?|individuals?|one|"
    r"business(?:es)?|banks?|suppliers?|exporters?|persons?|part(?:y|ies)|actors?)\s+"
    r"(?:that|which|who|found|caught|trying|seeking|attempting|to)\b[^.;]{0,110}$"
)
# "any transfer of", "any further deliveries of": a noun of supply under "any"
_ANY_NOUN_RE: Final = re.compile(r"\b[Aa]ny\s+(?:(?:further|such|future|new)\s+)?$")
_GOODS_TYPES: Final = ("component_supply", "drone_supply", "weapons_supply")
_GOVERNS_RE: Final = re.compile(
    r"\b(?:govern|regulat|restrict|control|prohibit|ban|licens)\w*\s+the\s+$", re.I
)
_RESPOND_TO_ANY_RE: Final = re.compile(
    r"\b(?:respond\w*|react\w*|retaliat\w*)\b[^.;]{0,60}\bto\s+any\s+$"
)
# a recipient that passes the goods on to Russia
_ONWARD_RE: Final = re.compile(
    r"\b(?:that|which|who)\s+(?:then\s+|later\s+|in\s+turn\s+)?(?:supplies|supplied|sells|sold|"
    r"resold|resells|re-exported|re-exports|ships|shipped|forwarded|passed)\b[^.;]{0,60}?"
    r"\b(?:Russia|Russian|Moscow)\b"
    r"|\b(?:ended|end)\s+up\s+in\s+Russia\b"
    r"|\bbefore\s+(?:being\s+)?(?:trucked|shipped|sent|moved|forwarded|re-exported|transported|"
    r"smuggled|flown|driven)\s+(?:on\s+)?(?:in)?to\s+Russia\b"
)
_UNDER_CONTROL_RE: Final = re.compile(
    r"\s+(?:\w+\s+){0,5}?under\s+(?:\w+\s+){0,2}?(?:control|controls|scrutiny)\b"
)


# "The country bought its first drones from X": the buyer is the state last named
_BUYER_REFERENCE_RE: Final = re.compile(
    r"(?:^|[,;]\s+|\band\s+)[\"“]?(?:The|the|Its|its)\s+(?:country|nation|army|military|air\s+force|"
    r"navy|armed\s+forces|government)\s+(?:\w+\s+){0,2}$"
)


_BUYER_GATES: Final = ("country", "nation", "army", "military", "force", "navy", "government")


def _buyer_by_reference(text: str, base: int, trig: Trigger, last_country: str) -> str | None:
    """OTHER when a receiving verb's subject is `the country` (or its army) and the state
    last named is not Russia; else None."""
    if last_country == RUSSIA or not any(w in text for w in _BUYER_GATES):
        return None
    m = _BUYER_REFERENCE_RE.search(text, 0, trig.start - base)
    if m is None:
        return None
    return OTHER


def sentence_claims(
    ctx: SentenceContext, state: Discourse, gz: Gazetteer
) -> list[dict[str, object]]:
    sent, words, mentions, frames = ctx.sent, ctx.words, ctx.mentions, ctx.frames
    products, source = ctx.products, ctx.source
    linked, sent_linked = ctx.context_linked, ctx.linked
    text, base = sent.text, sent.start
    in_item = state.item is not None and state.item_para == sent.paragraph
    near = sent.index - state.sanction_at <= 2 or state.sanction_title
    triggers = find_triggers(text, sent.low, base, words, mentions, products, in_item, near)
    if not triggers:
        return []
    own = (
        {f.pos for f in frames if _ADMITS_RE.match(text, f.pos - base)}
        if not sent.lows.isdisjoint(_ADMIT_WORDS)
        else set()
    )
    deniers = {id(f.mention) for f in frames if f.denial and f.mention is not None}
    # "Iran has acknowledged sending drones, but says they were delivered before": the
    # speaker that admits an act is its doer, whatever else it says
    admitters = {id(f.mention) for f in frames if f.pos in own} if own else set()
    excluded = {
        id(f.mention)
        for f in frames
        if f.mention is not None
        and not f.denial
        and f.pos not in own
        and id(f.mention) not in deniers  # "China denied X and says it ...": its own act
        and id(f.mention) not in admitters
    }  # "Tehran acknowledged providing drones": the speaker admits its own act
    excluded |= {  # "according to the US Department of the Treasury": one speaker, two mentions
        id(m)
        for f in frames
        if f.mention is not None and id(f.mention) in excluded
        for m in mentions
        if m.name == f.mention.name and 0 <= m.start - f.mention.end <= 1
    }
    excluded |= {  # "X, the head of Y, said": X speaks; not "X, who the EU said ..."
        id(f.mention.head)
        for f in frames
        if f.mention is not None
        and f.mention.head
        and "," in text[f.mention.end - base : f.pos - base]
    }
    # (each word list is looked up in the sentence's token set first: a word in a list is a
    # token, none of the lists holding a hyphenated compound)
    denial_cues = (
        [
            w.start
            for w in words
            if w.low in DENIAL_WORDS and not rejects_business(w.low, text, w.end - base)
        ]
        if not sent.lows.isdisjoint(DENIAL_WORDS)
        else []
    )
    false_after = (
        [w.start for w in words if w.low in FALSE_WORDS]
        if not sent.lows.isdisjoint(FALSE_WORDS)
        else []
    )
    if "true" in sent.lows and "not" in sent.lows:  # "claims that ... were not true"
        false_after += [
            w.start for i, w in enumerate(words) if w.low == "true" and words[i - 1].low == "not"
        ]
    asked = _ASKED_ABOUT_RE.search(text) if false_after and "asked" in sent.lows else None
    # where a negator starts: _NEG_BEFORE_RE only runs when one is in reach
    negators = (
        [w.start for w in words if w.low in _NEGATORS or w.low.endswith("n't")]
        if not sent.lows.isdisjoint(_NEGATORS) or "n't" in sent.low or "n’t" in sent.low
        else []
    )
    hedges = (
        sum(1 for w in words if w.low in HEDGE_WORDS)
        if not sent.lows.isdisjoint(HEDGE_WORDS)
        else 0
    )
    future = not sent.lows.isdisjoint(FUTURE_WORDS) and any(w.low in FUTURE_WORDS for w in words)
    warning = not sent.lows.isdisjoint(_WARN_WORDS)  # per sentence, for every trigger
    evidence = not sent.lows.isdisjoint(_EVIDENCE_WORDS)
    charged_words = not sent.lows.isdisjoint(_CHARGED_WORDS)
    out: list[dict[str, object]] = []
    sanctioned: list[Mention] = []
    sanctioner: str | None = None
    sanction_end = -1  # where the last sanction trigger that named its targets ends
    impose: bool | None = None  # the sentence's, found at its first sanction trigger
    contrast = not sent.lows.isdisjoint(_CONTRAST_WORDS)
    asks = text.rstrip(" \"”'’)").endswith("?")  # a question asks; what it asks is not said
    to_armed_forces: bool | None = None  # whether goods go to an army (see _plausible)
    for trig in triggers:
        if trig.kind == "sanction" and _within_evasion(triggers, trig):
            continue  # "a hub for sanctions evasion": no one imposes anything here
        if contrast and _CONTRAST_BEFORE_RE.search(
            text, max(0, trig.start - base - 30), trig.start - base
        ):
            continue  # "for producing complete drones, as opposed to supplying parts": not done
        if trig.kind == "sanction":
            if impose is None:
                impose = (
                    gated_search(SANCTION_IMPOSE_RE, text, SANCTION_IMPOSE_NEEDS, sent.low)
                    is not None
                )
            found = sanction_claims(
                trig, mentions, text, base, impose, excluded, _nearest_source(frames, trig)
            )
            if not found and (
                impose
                or trig.word.lower().startswith(("list", "designat"))
                or (
                    not sent.lows.isdisjoint(_ADD_WORDS)
                    and _ADDED_TO_LIST_RE.search(text) is not None
                )
            ):
                # "the Council is listing 54 individuals and 30 entities": named later
                speaker = _nearest_source(frames, trig)
                opener = authority_of(trig, mentions, text, base, speaker)
                if _OPPOSED_RE.search(text, max(0, trig.start - base - 40), trig.start - base):
                    opener = None  # 'China "firmly opposes illegal unilateral sanctions"'
                sanctioner = sanctioner or opener
                # the members a later sentence names: "a day after the Treasury added ..."
                opener = opener or authority_of(trig, mentions, text, base, speaker, True)
                if opener is None and _PACKAGE_ADDS_RE.match(text):
                    opener = state.last_authority or state.issuer or state.proposer  # "adds 116"
                if opener is not None:
                    state.open_sanction_at, state.open_authority = sent.index, opener
            if found and all(s.kind == "group" for s, _ in found):
                # "on dozens of companies, including several Chinese firms": members follow
                opener = found[0][1] or state.last_authority
                if opener is not None:
                    state.group_sanction_at, state.open_authority = sent.index, opener
            if found:
                sanction_end = trig.end
            for subj, authority in found:
                if authority:
                    if "already" not in sent.lows:  # "were already under US sanctions": a
                        state.last_authority = authority  # backdrop, not who acts now
                else:  # "The Treasury disagreed. It designated X": the Treasury
                    authority = (
                        pronoun_authority(text, base, trig.start, sent.index, state)
                        or state.last_authority
                    )
                    if subj.name == authority and subj.kind in ("group", "country"):
                        continue  # "The sanctions ... bar Americans from": not a target
                if all(x.start != subj.start or x.name != subj.name for x in sanctioned):
                    sanctioned.append(subj)  # (once: "Also designated were X" is two cues)
                if text[trig.start - base - 1 : trig.start - base] != "-":
                    # not "X, a UK-sanctioned maker, bought ...": a description, the UK
                    # says nothing of what X did
                    sanctioner = sanctioner or authority
                out.append(
                    make_claim(
                        sent,
                        subj,
                        "sanctions_imposed",
                        "asserted",
                        authority or source,
                        None,
                        products,
                        hedges,
                        False,
                    )
                )
            continue
        if trig.kind == "evasion" and not linked and trig.word.split()[0].lower() in ROUTE_NOUNS:
            continue  # "Dubai has become a hub for luxury goods": not about Russia
        ctype = _TYPE_BY_OBJECT.get((trig.kind, trig.obj if trig.kind != "evasion" else None))
        if ctype is None and trig.obj != "generic":
            continue
        if (
            trig.kind == "production"
            and trig.word.lower() in _MADE_WORDS
            and _bought_before(triggers, trig, text, base)
        ):  # "Russian firms imported 28,000 quadcopters made by X": X sold them
            ctype = _TYPE_BY_OBJECT.get(("supply", trig.obj))
            if ctype is None:
                continue
        elif (
            trig.kind == "production"
            and trig.word.lower() in _MADE_WORDS
            and not sent.lows.isdisjoint(_REACH_WORDS)
            and _REACHES_RUSSIA_RE.match(text, trig.end - base) is not None
        ):  # "drones made by X continue to reach Russian units": X's goods go to Russia
            ctype = _TYPE_BY_OBJECT.get(("supply", trig.obj))
            if ctype is None:
                continue
        if (
            trig.kind in ("supply", "receive")
            and not sent.lows.isdisjoint(_SANCTIONED_WORDS)
            and _SANCTIONED_GOODS_RE.match(text, trig.end - base)
        ):
            ctype = "sanctions_evasion"  # "the re-export of sanctioned goods to Russia"
        subjects = _trigger_subjects(
            trig, ctype, sent, mentions, frames, excluded, sanctioned, sanctioner, state
        )
        if not subjects:
            continue
        # "a Russian enterprise in Izhevsk, IEMZ Kupol, is producing": the firm produces
        subjects = named_in_apposition(subjects, mentions, text, base, trig.start)
        if ("it" in sent.lows or "they" in sent.lows) and (
            said := _SPEAKER_RELATIVE_RE.search(
                text, max(0, trig.start - base - 80), trig.start - base
            )
        ) is not None:
            cut = base + said.start()  # "the assets of four individuals it says have helped
            subjects = [  # get around export bans" (a named target listed with them acts)
                m for m in subjects if m.start > cut or any(m is x for x in sanctioned)
            ]
            if not subjects:
                continue
        if trig.kind == "production" and trig.word.lower() in _PRODUCTION_NOUNS:
            pre = text[max(0, trig.start - base - 70) : trig.start - base]
            subjects = _producers_of_use(subjects, text, base, pre, trig.start)
            if not subjects:
                continue  # "shipped chips to Russian end users involved in drone production"
        if "if" in sent.lows:
            subjects = [  # "If the HUR is right, the design has passed from Iran to ...": the
                m  # condition's subject is no actor of the clause after it
                for m in subjects
                if _IF_CLAUSE_RE.search(text, max(0, m.start - base - 70), m.start - base) is None
            ]
            if not subjects:
                continue
        # "X sanctioned Y for supplying drones": the sanctioning state says so
        trig_source = _nearest_source(frames, trig) or source or sanctioner
        # "X said ... after Washington imposed sanctions on Y for allegedly supplying": the
        # reason for the sanctions is the sanctioner's accusation, not X's
        reason_source = (
            sanctioner
            if sanctioner and _reason_of_sanction(text, base, trig, sanction_end)
            else None
        )
        if trig_source is None and "allegedly" in sent.lows:
            # "A third firm allegedly shipped ...", where sanctions are the topic: the
            # sanctioning body alleges it
            trig_source = sanction_accuser(sent, state)
        recipient = find_recipient(trig, mentions, subjects, text, base)
        if (
            trig.kind == "evasion"
            and recipient is None
            and UKRAINE in sent.texts
            and _supplied_ukraine_before(triggers, trig, mentions, subjects, text, base)
        ):
            continue  # "sent shells to Ukraine, using intermediaries in X": arms for Ukraine
            # break no sanctions, so the route evades none
        if (
            recipient is not None
            and recipient != RUSSIA
            and recipient not in state.russian_orgs
            and trig.kind == "supply"
            and _ONWARD_RE.search(text, trig.end - base)
        ):
            recipient = (
                RUSSIA  # "sold 14 machines to a trader in Malaysia that resold them to Russia"
            )
        if trig.kind == "supply" and to_armed_forces is None:  # the sentence's: searched once
            to_armed_forces = (
                not sent.lows.isdisjoint(_ARMED_FORCES_WORDS)
                and _TO_ARMED_FORCES_RE.search(text) is not None
            )
        armed_forces = trig.kind == "supply" and bool(to_armed_forces)
        if (
            recipient is None
            and trig.kind == "supply"
            and civilian_goods(text, trig.end - base, sent.lows)
        ):
            continue  # "whose company sells agricultural drones": trade, no buyer said
        if recipient is None and trig.kind == "receive" and state.countries:
            recipient = _buyer_by_reference(text, base, trig, state.countries[-1])
        # stance
        before = text[max(0, trig.start - base - 70) : trig.start - base]
        negated = (
            any(trig.start - 70 <= p < trig.start for p in negators)
            and search_from(NEGATOR_STARTS, _NEG_BEFORE_RE, before) is not None
            and "not only" not in before  # "not only sending soldiers but also workers"
            and not _RANKED_RE.search(before)  # "not the biggest route, but": a ranking
            and not left_out_of_count(text, trig.start - base)  # "our count does not include"
        ) or (trig.hint is not None and _no_before(text, trig.hint.start - base))
        if not negated and trig.kind == "supply" and text.startswith(" nothing", trig.end - base):
            negated = not _NOTHING_BUT_RE.match(text, trig.end - base)  # "sold nothing to X"
        if not negated and trig.nominal and _NO_MODIFIERS_RE.search(before):
            negated = True  # "there were no Iranian missile transfers to Russia"
        if (
            not negated
            and trig.kind in _NO_OBJECT_KINDS
            and text.startswith(" no ", trig.end - base)
            and not _NO_AMOUNT_RE.match(text, trig.end - base)
        ):
            negated = True  # "has sent no troops", "supplied no missiles" (not "no fewer than")
        if (
            not negated
            and trig.kind == "supply"
            and (none := _RECIPIENT_THEN_NONE_RE.match(text, trig.end - base))
        ):
            # "sells Russia nothing lethal", "gave Moscow no weapons" (not "nothing but", nor
            # "gave Russia no details but shipped drones")
            negated = not _NOTHING_BUT_RE.match(text, none.end("who")) and _goods_denied(text, none)
        if trig.kind == "evasion" and " without " in before and _WITHOUT_RE.search(before):
            continue  # "move cargo without passing through third countries": none used
        if trig.nominal and " under " in text and _UNDER_CONTROL_RE.match(text, trig.end - base):
            continue  # "keeps drone exports under strict control": a policy
        if (trig.kind == "evasion" or ctype == "sanctions_evasion") and _preventing_before(
            text, max(0, trig.start - base - 110), trig.start - base
        ):
            continue  # "to prevent any cooperation that violates UN sanctions"
        if trig.kind == "evasion" and trig.nominal and _RULE_ON_RE.search(before):
            continue  # "strict rules on the re-export of war material": a rule
        if trig.nominal and before.endswith("the ") and _GOVERNS_RE.search(before):
            continue  # "the law that governs the export of strategic items": a rule
        if trig.nominal and before.endswith("any ") and _RESPOND_TO_ANY_RE.search(before):
            continue  # "determined to respond swiftly to any transfer of missiles"
        if negated and _UNCONFIRMED_RE.search(before):
            continue  # "has not confirmed the deployment", "never commented on": no denial
        if before.endswith("from ") and _BARRED_FROM_RE.search(before):
            continue  # "clauses barring customers from re-exporting goods": a rule
        if negated and before.endswith("be ") and _BANNED_GOODS_RE.search(before):
            continue  # "the list of goods that may not be sold to Russia": a rule, no denial
        clause_lo, clause_hi = base, base + len(text)
        if denial_cues or false_after:  # denial words reach only their own clause
            clause_lo, clause_hi = (base + x for x in clause_bounds(text, trig.start - base))
        denial_before = bool(denial_cues) and any(clause_lo <= p < trig.start for p in denial_cues)
        if denial_before and _accused_after_denial(frames, denial_cues, clause_lo, trig.start):
            # "X rejected claims ..., after the US sanctioned firms it accused of shipping":
            # the accusation nearer the trigger asserts it
            denial_before = False
        if denial_before and _denials_in_closed_asides(text, base, denial_cues, clause_lo, trig):
            # "Iran, which denies arming Russia, has sent drones": the aside denies its own
            # object; the main clause after it says what happened
            denial_before = False
        denial_after = [
            f
            for f in frames
            if f.denial
            and f.pos > trig.end
            # "..., but denied supplying missiles": that denial has an object of its own; and
            # "Iran, which helped Russia set up the lines, denied supplying drones": making
            # and sending are two acts, the denial is of the one that follows it
            and not any(
                t.start > f.pos and (t.kind == trig.kind or {t.kind, trig.kind} <= _MAKE_OR_SEND)
                for t in triggers
            )
            # "acknowledged supplying drones but denies any role in the production": its own
            and _OWN_OBJECT_RE.match(text, f.pos - base) is None
        ]
        denier_frame = denier_for(frames, trig.start)
        denier = denier_frame.speaker if denier_frame else None
        denier_mention = denier_frame.mention if denier_frame else None
        if negated and not denial_cues and _deontic_before(text, trig.start - base):
            continue  # "urged China to ensure its firms do not supply ..."
        warned = _WARNED_RE.search(before) if warning else None
        if warned is not None and (warned.group("ger") or trig.word.lower().endswith("ing")):
            continue  # "warned China that providing lethal aid would have consequences"
        no_evidence_by: set[str] | None = None
        if evidence and _NO_EVIDENCE_RE.search(text, clause_lo - base, trig.start - base):
            # "no public evidence that Beijing has shipped weapons": not said; but said by
            # the accused's own side ("There is no evidence that Chinese companies are
            # supplying drones, the Chinese embassy said"), a denial of those it speaks for
            no_evidence_by = {
                str(state.speaker_states.get(str(f.speaker), f.speaker))
                for f in frames
                if f.speaker and not f.relative and not f.denial
            }
            if not no_evidence_by:
                continue
        ruled_out = False
        if ("out" in before or "consider" in before or "weigh" in before or "mull" in before) and (
            hypo := _HYPOTHETICAL_RE.search(before)
        ):
            if not _RULED_OUT_RE.match(hypo.group()) or _NOT_BEFORE_RE.search(
                before, 0, hypo.start()
            ):
                continue  # "Seoul does not rule out providing weapons": no act yet
            ruled_out = True  # "Lukashenko has repeatedly ruled out sending troops": a refusal
        if " to " in before[-40:] and _PERMITTED_TO_RE.search(before):
            continue  # "No Pakistani entity has been authorised to export military equipment"
        if (
            "idea" in before or "possibility" in before or "prospect" in before
        ) and _IDEA_OF_RE.search(before):
            continue  # "floated the idea of bringing North Korean workers": not done yet
        if not trig.nominal and possible_only(sent.lows, before):
            continue  # "warned that Russia could provide technology in return": no act said
        if (
            trig.kind == "evasion"
            and "would" in sent.lows
            and _WOULD_RE.search(before)
            and not OWN_TERRITORY_RE.match(trig.word)
        ):
            continue  # "their presence would itself breach U.N. sanctions": a consequence
            # (but "would not allow its territory to be used to": the state's formula)
        if "whether" in sent.lows and asked is None and _WHETHER_RE.search(before):
            continue  # "refused to say whether North Korean troops were fighting": asked (but
            # '"That is nonsense," he said when asked whether': what he calls false)
        if asks and _YES_NO_RE.search(text, 0, trig.start - base) is not None:
            continue  # "the question: Would Beijing cross the line into supplying lethal aid?"
        if "if" in sent.lows and (
            _IF_PRONOUN_RE.search(before) or _IF_CLAUSE_RE.search(before) is not None
        ):
            continue  # "threatened to cut off banks if they facilitate transactions": a condition
            # (and "If China sends drones to Russia, ...", "but if it acquires the technology")
        if text.startswith(_INVERTED_IF_OPENINGS) and _INVERTED_IF_RE.match(
            text, 0, trig.start - base
        ):
            continue  # "Should Beijing send lethal aid to Moscow, the EU would respond"
        if (
            trig.kind == "supply"
            and not sent.lows.isdisjoint(_WORLD_WORDS)
            and _WORLDWIDE_RE.match(text, trig.end - base)
            and not _RUSSIA_NAMED_RE.search(text)
        ):
            continue  # "DJI sells drones worldwide": its trade, with no buyer in Russia named
        # "described allegations of Iranian involvement in drone production as fabrications"
        called_false = (
            bool(false_after)
            and any(trig.end < p < clause_hi for p in false_after)
            and _CLAIM_NOUN_BEFORE_RE.search(text[clause_lo - base : trig.start - base]) is not None
        )
        # '"This is fake news," Peskov said when asked about North Korean soldiers': what he
        # was asked about is what he calls false
        called_false = called_false or (
            asked is not None
            and asked.end() <= trig.start - base
            and (
                any(p < base + asked.start() for p in false_after)
                # "Asked about North Korean troops, Peskov called the information a fake":
                # the opening clause holds what the main clause calls false
                or (
                    asked.start() <= 2
                    and _in_asked_opening(text, base, asked.end(), trig)
                    and any(f.denial for f in frames)
                )
            )
        )
        stance = (
            "denied"
            if (
                negated
                or denial_before
                or called_false
                or trig.halted
                or ruled_out
                or no_evidence_by is not None
            )
            else "asserted"
        )
        if (
            stance == "asserted"
            and "any" in sent.lows
            and _ANY_HYPOTHETICAL_RE.search(
                text, max(0, trig.start - base - 150), trig.start - base
            )
        ):
            continue  # "a serious view of any attempt to use X to circumvent", "any firm
            # that supplies drones to Russia would face consequences": no act said
        if (
            stance == "asserted"
            and trig.nominal
            and "any" in sent.lows
            and _ANY_NOUN_RE.search(text, max(0, trig.start - base - 20), trig.start - base)
        ):
            continue  # "warned Tehran that any transfer of ballistic missiles would draw a
            # response": a condition, no act said
        if (
            recipient is None
            and trig.kind == "supply"
            and _OWN_FORCES_RE.match(text, trig.end - base) is not None
        ):
            recipient = OTHER  # "equipping its front-line units": the state's own army
        if recipient == OTHER:
            if stance == "asserted":
                continue  # supplied to someone else
            recipient = None
        resold = (  # "electronics purchased through intermediaries in X": X sold them
            goods_type(
                text,
                max(clause_bounds(text, trig.start - base)[0], trig.start - base - 100),
                trig.start - base,
            )
            if trig.kind == "evasion"
            and stance == "asserted"
            and bought_through(text, trig.start - base)
            else None
        )
        war_named = stance == "denied" and names_the_war(text, sent.lows)
        for subj in subjects:
            if (
                subj.people
                and (
                    ctype == "drone_production"
                    or (trig.kind == "production" and ctype == "component_supply")
                )
                and not _SUPERVISE_RE.search(
                    text[max(0, trig.start - base - 30) : trig.start - base]
                )
            ):
                continue  # workers at a plant are personnel; "engineers oversaw the assembly"
            name = subj.country if subj.kind == "adjective" else subj.name
            if name is None:
                continue
            if no_evidence_by is not None and not (
                name in no_evidence_by or subj.country in no_evidence_by
            ):
                continue  # no evidence against another: nothing said of it
            if stance == "asserted" and enforcers_of_a_case(subj, text, base, trig.nominal):
                continue  # "Estonian prosecutors have brought cases over the export of"
            if (
                trig.kind == "production"
                and ctype == "component_supply"
                and (name == RUSSIA or name in state.russian_orgs)
            ):
                continue  # a Russian plant making its own parts supplies no one
            if (
                trig.kind == "production"
                and ctype == "component_supply"
                and (subj.role == "government" or subj.kind == "country")
                and not (recipient == RUSSIA or recipient in state.russian_orgs)
            ):
                continue  # "EU leaders plan to build a network of sensors": their own
            claim_type = ctype
            if (
                claim_type == "personnel"
                and trig.kind == "supply"
                and subj.kind == "organization"
                and trig.word.lower() in _CARRY_VERBS
            ):
                continue  # "an airline that flew drones, personnel and equipment": a carrier
                # of people sends none of its own
            if (
                trig.kind == "production"
                and trig.word.lower() in _MAKER_NOUNS
                and name not in state.russian_orgs
            ):
                continue  # "a drone maker": said of Russian makers only (not "drone maker DJI")
            if trig.halted and not (subj.kind == "organization" and subj.role == "company"):
                continue  # "Kazakhstan halted exports of drone parts": a policy
            if trig.halted and not frames:
                continue  # "after the group halted exports to Russia": the outlet tells of
                # a firm's exit; only a firm that says it stopped denies the accusation
            company = subj.kind == "organization" and subj.role == "company"
            if trig.obj == "generic" and _relayed(subj, stance, state, triggers, trig):
                # "re-exporters in X, who buy from Chinese distributors and forward the goods
                # to Russia": a state's middlemen pass on the goods the article spoke of
                claim_type = state.last_goods or claim_type
            elif trig.obj == "generic" or (
                company
                and stance == "denied"
                and trig.obj == "weapon"
                and goods_in_general_at(text, trig.end - base)
            ):  # (a company's "had not shipped any military products": its own goods)
                if not company and _also_evasion(triggers, trig):
                    continue  # "our country is not a center for the re-export of goods": a
                    # state denies being a route, not the goods its firms were said to sell
                if stance != "denied" and not (
                    company and (recipient == RUSSIA or recipient in state.russian_orgs)
                ):
                    continue  # (but "X supplied 1,000 tonnes to Russian buyers": goods)
                if company and stance == "denied" and goods_in_general_at(text, trig.end - base):
                    # "never sold products to any military end user": what it deals in
                    claim_type = generic_denial_type(gz, name, state.charges.get(name, ()))
                else:
                    # "denied having supplied any goods": the goods it was said to supply
                    goods = not sent.lows.isdisjoint(GENERIC_WORDS)
                    claim_type = (
                        (state.supply_types.get(name) if goods else None)
                        or state.subject_types.get(name)
                        or sector_type(gz, name)
                    )
                if claim_type is None and company:
                    claim_type = "component_supply"  # a company's products are parts
            if claim_type is None:
                continue
            russian_rec = recipient == RUSSIA or recipient in state.russian_orgs
            # '"Washington has sent weapons worth billions to Kyiv," the envoy said': Russia's
            # side accusing the West of arming Ukraine, said by a speaker in the sentence
            # (and kept only on a speaker of that side: sanctioning_powers)
            arms_ukraine = (
                recipient == UKRAINE
                and claim_type == "weapons_supply"
                and stance == "asserted"
                and not trig.nominal
                and name in SANCTIONING_POWERS
                and _nearest_source(frames, trig) is not None
            )
            if (
                name == RUSSIA
                and claim_type in _SUPPLY_TYPES
                and (russian_rec or (recipient == DESCRIBED and state.lede_country == RUSSIA))
            ):
                continue  # "companies in Turkey and Russia moved parts to a Russian firm"
            if claim_type == "personnel" and name == RUSSIA:
                continue  # "Russian engineers had been dispatched to North Korea": Russia's
                # own people serve no foreign party to its war
            if (
                sanctioner is not None
                and (claim_type in _SIDE_TYPES or claim_type == "sanctions_evasion")
                and (name == sanctioner or sanctioner in _listed_with(subj, mentions, text, base))
            ):
                continue  # "the EU's decision to impose sanctions over the supply of drones"
                # (and "Britain, France and Germany imposed sanctions on X": each of them)
            if (
                claim_type == "sanctions_evasion"
                and (name == RUSSIA or name in state.russian_orgs)
                and _received_before(triggers, trig, subj)
            ):
                continue  # "Russia obtains chips through intermediaries in Asia": the buyer
                # the goods reach, not the intermediaries that evade
            if (
                claim_type == "sanctions_evasion"
                and (name == RUSSIA or name in state.russian_orgs)
                and _supplied_one(triggers, trig, subj, text, base)
            ):
                continue  # "charged X with supplying Russian arms makers with parts, in
                # breach of EU sanctions": the buyers supplied are not the ones who evade
            if (
                claim_type == "sanctions_evasion"
                and name == RUSSIA
                and subj.possessive
                and trig.word.split()[0].lower() in ROUTE_NOUNS
            ):
                continue  # "supplying Russia's military, as ... hubs have become conduits
                # for chips bound for Moscow": the routes lead to Russia, not through it
            if claim_type == "sanctions_evasion" and made_there(subj, mentions, text, base):
                continue  # "chips made in China, Europe and the United States": the origin
            if claim_type == "sanctions_evasion" and _is_bloc(subj):
                continue  # "EU rules require ... will not be re-exported", "only implements
                # sanctions imposed by the UN": a bloc sets the rules, it evades none
            if (
                (
                    name in WESTERN_SIDE
                    or (subj.kind == "organization" and subj.country in WESTERN_SIDE)
                )
                and not arms_ukraine
                and claim_type in _SIDE_TYPES
                and (
                    subj.kind == "adjective"
                    or not russian_rec
                    or (trig.kind == "production" and claim_type == "component_supply")
                )
            ):
                continue  # "asked Israel to supply air defense", "US-origin technology",
                # "chips made by US manufacturers [went] to Russian distributors"
            if claim_type in _SIDE_TYPES and not _remember_side(state, name, recipient):
                continue  # "Baykar donated drones to Ukraine. ... gave the drone free"
            trader_said: str | None = None
            partner = (
                _trade_partner(trig, mentions, recipient, text, base) if name == RUSSIA else None
            )
            if partner is not None:
                # "Moscow called allegations of arms trade with Pyongyang unfounded": the
                # partner is the one said to arm Russia
                subj, name, recipient = partner, partner.name, RUSSIA
                trader_said = RUSSIA  # (who speaks when no one else does: Russia's denial)
            explicit = recipient
            if explicit is None and name == RUSSIA and claim_type == "drone_production":
                explicit = _aided_state(subj, trig, mentions, text, base)  # "Russia is
                # helping North Korea build drones": Russia's part in the North's production
            elif explicit is None and name == RUSSIA and "help" in sent.lows:
                explicit = _helped_after(trig, mentions, text, base)  # "Russia transferred
                # technology to help North Korea build drones": the North gets it
            rec = explicit
            if rec is None and stance == "asserted" and name != RUSSIA:
                rec = RUSSIA
            # "exported engines to Iranian buyers": kept if the article shows Iran arming Russia
            supplier = (
                supplier_state(gz, recipient)
                if claim_type == "component_supply"
                and stance == "asserted"
                and recipient is not None
                and rec == recipient
                and not sent_linked  # (else Russia is in the deal, which the rules read)
                and name != UKRAINE
                and subj.country != UKRAINE
                else None
            )
            reseller = (
                recipient
                if supplier is None
                and claim_type == "component_supply"
                and stance == "asserted"
                and recipient is not None
                and rec == recipient
                and not sent_linked
                and subj.kind == "organization"
                and unlisted_company(gz, recipient)
                else None
            )
            held = False
            if not arms_ukraine and not _plausible(
                name,
                claim_type,
                rec,
                explicit,
                linked or war_named,
                subj,
                state.russian_orgs,
                armed_forces,
            ):
                if supplier is None and reseller is None:
                    continue
                held = True
            if (
                claim_type == "personnel"
                and trig.word.lower() in CIVIL_PERSONNEL_CUES
                and sent.lows.isdisjoint(_MILITARY_WORDS)
            ):
                continue  # "Kyrgyz citizens work there", "individuals involved in the
                # transfers": work or a part in something, but not in a war or its industry
            if (
                claim_type == "personnel"
                and stance == "asserted"
                and not (sent_linked or russian_rec)
                and not (
                    linked
                    and trig.word.lower() in _WORK_WORDS
                    and not sent.lows.isdisjoint(_INDUSTRY_WORDS)
                )
            ):
                continue  # (but "women from Uganda were working on the drone lines")
            if (
                claim_type == "drone_production"
                and name != RUSSIA
                and name not in state.russian_orgs
                and subj.country != RUSSIA
                and _LINE_OF_BUSINESS_RE.search(
                    text, max(0, trig.start - base - 45), trig.end - base
                )
                and not _for_russia_in_clause(trig, mentions, text, base, state.russian_orgs)
                and not _RUSSIA_USES_RE.search(text, trig.end - base)
            ):
                continue  # "Shahed Aviation Industries, the company that develops the
                # Shahed drones": what a firm does, not what it did for Russia
            if (
                claim_type == "drone_production"
                and trig.obj == "weapon"
                and stance == "asserted"
                and name != RUSSIA
                and name not in state.russian_orgs
                and subj.country != RUSSIA
                and not _russian_arms(trig, mentions, text, base, state.russian_orgs)
            ):
                # "the North produces these shells in huge quantities": its own arsenal, and
                # "producing missiles for export to Russia" supplies them; unlike "helping
                # Russia produce weapons", "involved in Russian weapons production"
                if trig.nominal or not russian_rec:
                    continue  # ("items used in weapons production": what a buyer makes)
                claim_type = "weapons_supply"
            if (
                claim_type == "drone_production"
                and stance == "asserted"
                and not russian_rec
                and _foreign_state(subj, name, state.russian_orgs)
                and (
                    _aided_by_russia(subj, mentions, text, sent.low, base)
                    or _sent_labour_before(triggers, trig, sent.lows)
                )
            ):
                continue  # "Russia is helping North Korea build its own drones": its own
                # programme; "sent workers to a drone factory where they assemble drones":
                # the state sent labour (personnel), it makes no drones
            if (  # "North Korea tested a missile": production must be for Russia
                claim_type == "drone_production"
                and stance == "asserted"
                and not (sent_linked or russian_rec)
                and (
                    subj.kind != "organization"
                    or subj.role == "government"  # the EU, NATO: like a state
                    or _own_side(subj, mentions, state)
                )
            ):
                continue
            if (  # "sold drones to the United States": not a claim about Russia
                recipient is not None
                and not russian_rec
                and name != RUSSIA
                and claim_type not in _NON_RUSSIA_SUBJECT_OK
                and stance == "asserted"
                and not arms_ukraine
                and not (sent_linked and _trader(gz, recipient))
            ):
                if supplier is None and reseller is None:
                    continue  # (but "sold engines to Eurasia Parts, which re-exported them
                    # to Kronstadt": a middleman on the way to Russia)
                held = True
            kind = claim_kind(subj)
            src: str | None
            if stance == "denied":
                if denier is None and called_false:
                    denier = _caller(text, base, mentions)  # "X called a report ... fake"
                src = denier or trig_source or trader_said or name
                if (
                    denier_mention is not None
                    and trader_said is None
                    and (
                        any(denier_mention is x for x in subjects)
                        or name in _conjoined(denier_mention, mentions, text, base)
                    )
                ):
                    src = name  # "DJI and Autel denied ...": each speaks for itself
            else:
                src = reason_source or trig_source
                if src == name and claim_type != "sanctions_evasion" and not frames:
                    src = None
                if src is None and subj.role == "private" and charged_words:
                    src = _own_law_enforcer(mentions, text, base)
            types: tuple[str, ...] = (claim_type,) if resold is None else (claim_type, resold)
            if (
                claim_type == "weapons_supply"
                and stance == "denied"
                and "any" in sent.lows
                and "drone_supply" in state.charges.get(name, ())
                and _ANY_WEAPONS_RE.match(text, trig.end - base) is not None
            ):
                types = (*types, "drone_supply")  # 'Iran "has not supplied any weapons"',
                # said to a charge of drones: the drones are among the weapons denied
            for ctype_out in types:
                claim = make_claim(
                    sent,
                    subj,
                    ctype_out,
                    stance,
                    src,
                    rec,
                    products,
                    hedges,
                    future,
                    name=name,
                    kind=kind,
                )
                if frames and _background_site(trig, subj, mentions, text, base):
                    claim["source"] = None  # the outlet's aside, not what the speaker says
                    claim["confidence"] = _BACKGROUND_CONFIDENCE
                if held and supplier is not None:
                    state.parts_for_suppliers.append((claim, supplier))
                elif held and reseller is not None:
                    state.parts_for_resellers.append((claim, reseller))
                else:
                    out.append(claim)
            if held:
                continue
            d_after = denial_after[0] if stance == "asserted" and denial_after else None
            denier_subj: Mention | None = subj
            denier_name, denier_kind = name, kind
            if d_after is not None and _state_denies_for_another(d_after, name):
                # "the plant tested drones built in China, an allegation Beijing dismissed":
                # China denies its own part, not the plant's
                denier_subj = _named_before(mentions, str(d_after.speaker), d_after.mention)
                denier_name, denier_kind = str(d_after.speaker), "country"
            if d_after is not None and denier_subj is not None:
                out.append(
                    make_claim(
                        sent,
                        denier_subj,
                        claim_type,
                        "denied",
                        d_after.speaker or denier_name,
                        recipient,
                        products,
                        hedges,
                        future,
                        name=denier_name,
                        kind=denier_kind,
                    )
                )
            if stance == "asserted":
                state.charges.setdefault(name, set()).add(claim_type)
            if claim_type != "sanctions_evasion":  # what it deals in, not how
                state.subject_types[name] = claim_type
            if claim_type in _GOODS_TYPES:
                state.supply_types[name] = claim_type
                state.last_goods = claim_type
    return out


# "X's Ministry of Defense has denied transferring", "officials in Tehran denied sending":
# the state denies its own act
_DENIED_ACT_RE: Final = re.compile(r"den(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:having\s+)?")


def _denying_state(text: str, base: int, trig: Trigger, frames: list[Frame]) -> list[Mention]:
    """The state whose denial frame governs a gerund trigger, found by the frame alone."""
    for f in frames:
        mn = f.mention
        if f.denial and mn is not None and mn.kind == "country" and f.pos < trig.start:
            dm = _DENIED_ACT_RE.match(text, f.pos - base, trig.start - base)
            if dm is not None and dm.end() == trig.start - base:
                return [mn]
    return []


_MEANS_WORDS: Final = ("through", "via", "using", "by ")


_SUPPLIED_GAP_RE: Final = re.compile(r"\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+)?")


def _supplied_one(
    triggers: list[Trigger], trig: Trigger, subj: Mention, text: str, base: int
) -> bool:
    """Whether `subj` is the object right after a verb of supplying before the evasion
    cue: "supplying Russian arms manufacturers with components"."""
    return any(
        t.kind == "supply"
        and not t.nominal
        and t.end <= subj.start
        and subj.end <= trig.start
        and _SUPPLIED_GAP_RE.fullmatch(text, t.end - base, subj.start - base) is not None
        for t in triggers
    )


def _received_before(triggers: list[Trigger], trig: Trigger, subj: Mention) -> bool:
    """Whether a verb or noun of receiving stands between the subject and the evasion
    trigger: "Russia is receiving drones through intermediaries", "Russia's imports of
    chips via third countries"."""
    if not trig.word.lower().startswith(_MEANS_WORDS):
        return False  # "purchased drones to evade sanctions": the buyer's own purpose
    return any(t.kind == "receive" and subj.end <= t.start < trig.start for t in triggers)


# "denied that Russian units were sending drones": the clause has a subject of its own,
# unless it is the denier again ("denied that it had sent", "that their territory was")
_DENIED_THAT_RE: Final = re.compile(
    r"(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+"
    r"(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?)\s+)?that\s+"
    r"(?!(?:it|its|the\s+country|the\s+government|the\s+ministry|he|she|his|her|they|"
    r"their|we|our)\b)"
)


def _denied_of_another(
    subj: Mention, trig: Trigger, frames: list[Frame], mentions: list[Mention], text: str, base: int
) -> bool:
    """Whether `subj` only denies what the trigger says: it denies a clause whose own
    subject, not named `subj`, stands between its "that" and the trigger."""
    for f in frames:
        mn = f.mention
        if not (f.denial and mn is not None and mn.name == subj.name and subj.end <= f.pos):
            continue
        m = _DENIED_THAT_RE.match(text, f.pos - base, trig.start - base)
        if m is None:
            continue
        clause = base + m.end()
        return not any(
            clause <= x.start < trig.start and subj.name in (x.name, x.country) for x in mentions
        )
    return False


_SECOND_THAT: Final = ", and that "


def _trade_partner(
    trig: Trigger, mentions: list[Mention], recipient: str | None, text: str, base: int
) -> Mention | None:
    """The state Russia's "arms trade with X" is with: X supplies Russia."""
    if recipient is None or recipient == RUSSIA or trig.word.lower() not in DEAL_NOUNS:
        return None
    if not text.startswith(" with ", trig.end - base):
        return None
    for m in mentions:
        if m.start > trig.end and m.name == recipient and m.kind == "country":
            return m
    return None


def _deontic_before(text: str, pos: int) -> bool:
    """A demand governs the trigger: in the main clause, or in the trigger's own statement;
    not in a first statement that a second ", and that" sets beside it ("said trade should
    not be interfered with, and that Beijing never supplied arms")."""
    second = text.rfind(_SECOND_THAT, 0, pos)
    if second < 0:
        return DEONTIC_RE.search(text, 0, pos) is not None
    first = text.find(" that ", 0, second)
    return (
        DEONTIC_RE.search(text, 0, first if first >= 0 else second) is not None
        or DEONTIC_RE.search(text, second + len(_SECOND_THAT), pos) is not None
    )


# a contact relative with its speaker: "four individuals it says have helped", "firms they
# allege had shipped": the actors are named before the speaker, who is none of them
_SPEAKER_RELATIVE_RE: Final = re.compile(
    r"\b[a-z]+s\s+(?:it|they)\s+(?:says|said|alleges|alleged|claims|claimed|believes|believed)"
    r"\s+(?:have|has|had|were|was|are|is)\b[^,;:]*$"
)
_PRODUCTION_NOUNS: Final = word_set("production manufacture manufacturing assembly")
# the production a sentence names as the goods' use or as the trade of their buyers:
# "items used in the production of drones", "to Russian end users involved in drone
# production" (the seller makes none of it)
_USE_IN_RE: Final = re.compile(
    r"\b(?:used|needed|destined|intended|required)\s+(?:in|for)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$"
    r"|\b(?P<to>to)\s+(?:[\w'’-]+\s+){1,4}?(?:involved|engaged|participating)\s+in\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
)


def _producers_of_use(
    subjects: list[Mention], text: str, base: int, before: str, at: int
) -> list[Mention]:
    """The subjects of a production noun after "used in" (none: the goods' use) or after
    "to ... involved in" (the buyers', when named there; not the seller's)."""
    found = _USE_IN_RE.search(before)
    if found is None:
        return subjects
    if not found.group("to"):
        return []
    cue = at - len(before) + found.start()
    return [m for m in subjects if m.start > cue]


def _is_bloc(m: Mention) -> bool:
    """The EU, the UN, NATO: a government of no one state."""
    return m.kind == "organization" and m.role == "government" and m.country is None


# "X used (the) Belarusian firms to conceal ...": the firms are the means, X their user
_USED_BEFORE_RE: Final = re.compile(r"\s+used\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$")
_MEANS_TO_RE: Final = re.compile(r"\s+(?:[\w-]+\s+){0,2}to\s+$")
_USER_KINDS: Final = frozenset({"person", "organization"})


def _user_of_means(
    means: Mention, mentions: list[Mention], text: str, base: int, trig: Trigger
) -> Mention | None:
    """The named person or company that `used` the firms `means` stands in, right before
    the verb, when the firms are used "to" do what `trig` says."""
    if not _MEANS_TO_RE.fullmatch(text, means.end - base, trig.start - base):
        return None
    for m in mentions:
        if (
            m.end < means.start
            and m.kind in _USER_KINDS
            and _USED_BEFORE_RE.fullmatch(text, m.end - base, means.start - base)
        ):
            return m
    return None


_MIDDLEMEN_PREPS: Final = frozenset({"through", "via", "of"})


def _seat_of_middlemen(
    trig: Trigger, mentions: list[Mention], text: str, base: int
) -> Mention | None:
    """The country named right before an evasion noun it qualifies, the means of a route
    ("routed through Hong Kong shell companies", "a web of Hong Kong shell companies")."""
    for m in mentions:
        if (
            m.end + 1 == trig.start
            and m.kind == "country"
            and m.prep in _MIDDLEMEN_PREPS
            and not m.possessive
            and text[m.end - base] == " "
        ):
            return m
    return None


def _trigger_subjects(
    trig: Trigger,
    ctype: str | None,
    sent: Sentence,
    mentions: list[Mention],
    frames: list[Frame],
    excluded: set[int],
    sanctioned: list[Mention],
    sanctioner: str | None,
    state: Discourse,
) -> list[Mention]:
    """Who the trigger says acted: a target its sanction named, the grammatical subject, the
    annex item, a quoted "we", the person a case charges; a head of state acts for the
    state, and a Russian plant is named with Russia."""
    text, base = sent.text, sent.start
    if trig.kind == "personnel" and trig.hint is not None:
        civil = trig.word.lower() in CIVIL_PERSONNEL_CUES
        if civil and any(s.start == trig.hint.start for s in sanctioned):
            return []  # "Iranian nationals were sanctioned, including X, ... involved
            # in arranging the transfer": their part in the deals, not in the war
        subjects = [trig.hint]
    elif (
        sanctioned
        and sanctioned[-1].end < trig.start
        and deed_of_unnamed_cotargets(text, sanctioned[0].end - base, trig.start - base)
    ):
        return []  # "on Iran Air, as well as on several ships involved in transporting"
    elif (
        sanctioned
        and sanctioned[-1].end < trig.start
        and _DESCRIBED_RE.match(text, sanctioned[-1].end - base, trig.start - base)
    ):  # "sanctioned X, which Treasury described as having procured ...": X did
        # (and "X and Y, which the department said shipped ...": both did)
        subjects = with_conjuncts(sanctioned[-1], sanctioned, text, base, wide=False)
    elif sanctioned and (accused := _accused_after_list(sanctioned, mentions, text, base, trig)):
        subjects = [accused]
    elif sanctioned and (
        _for_conduct(text[max(0, trig.start - base - 60) : trig.start - base], trig)
        or _names_the_sanctioned(
            text[max(0, trig.start - base - 60) : trig.start - base], sanctioned
        )
        or _ACCUSING_RE.search(text, sanctioned[-1].end - base, trig.start - base)
        or (
            len(sanctioned) > 1
            and _LIST_RELATIVE_RE.match(text, sanctioned[-1].end - base, trig.start - base)
            is not None
        )
    ):
        # "sanctioned X for supplying drones", "sanctioned X and Y, saying they had
        # supplied drones"; a company's officers sanctioned with it act for it
        subjects = _company_for_officers(_in_trigger_clause(sanctioned, text, base, trig))
    elif trig.kind == "evasion" and (seat := _seat_of_middlemen(trig, mentions, text, base)):
        subjects = [seat]  # "routed through a web of Hong Kong shell companies": theirs
    else:
        subjects = find_subjects(trig, mentions, excluded, text, base, state)
        if (
            subjects
            and "who" in text[subjects[-1].end - base : trig.start - base]
            and deed_of_unnamed_officer(text, subjects[-1].end - base, trig.start - base)
        ):
            subjects = []  # "companies in China, and North Korea's defence minister, whom
            # it accused of sending troops": the minister did, and no one named here
        if not subjects and state.item is not None and state.item_para == sent.paragraph:
            subjects = [state.item]  # "Outline: Has supplied ...": the annex item
        if not subjects and "we" in sent.lows:
            subjects = _we_subject(text, base, trig, frames)
        if not sent.lows.isdisjoint(_CHARGED_WORDS):
            subjects = _charged_list(subjects, mentions, text, base, trig) or subjects
        if not subjects and state.last_person and ("he" in sent.lows or "she" in sent.lows):
            subjects = _charged_person(text, base, trig, state.last_person)
        if not subjects:
            subjects = _denying_state(text, base, trig, frames)
        if (
            trig.kind == "evasion"
            and trig.word.lower().startswith("re")
            and all(_is_bloc(s) for s in subjects)
        ):  # "EU exports to X ... were re-exported to Russia": X
            subjects = reexporter(trig, mentions, text, base) or subjects
        if (
            trig.kind == "evasion"
            and sanctioned
            and subjects
            and all(s.name == sanctioner for s in subjects)
        ):  # "the EU sanctioned X, ..., disguising the goods' destination": X evades
            subjects = _company_for_officers(sanctioned)
        if trig.kind == "evasion" and subjects and "used" in sent.lows:
            user = _user_of_means(subjects[0], mentions, text, base, trig)
            if user is not None and user not in subjects:
                subjects = [user, *subjects]  # "X used the Belarusian firms to conceal"
    subjects = [  # "X, an Indian trading company that re-exported ...": X did it
        s.head
        if s.in_apposition
        and s.head is not None
        and s.head.kind == "organization"
        and s.kind in ("group", "adjective", "country")
        else s
        for s in subjects
    ]
    officials = {
        id(s)
        for s in subjects
        if s.kind == "person" and s.role != "leader" and _official_denies(s, frames, text, base)
    }
    subjects = [  # people are no subjects, but a head of state acts for the state, and so
        # does an official who denies ("spokesperson Nasser Kanaani called the reports of drone
        # deliveries baseless": Iran's denial)
        _leader_state(s) if s.kind == "person" and (s.role == "leader" or id(s) in officials) else s
        for s in subjects
        if s.kind != "person" or s.role in ("leader", "private") or id(s) in officials
    ]
    if subjects and "that" in sent.lows and any(f.denial for f in frames):
        subjects = [
            s for s in subjects if not _denied_of_another(s, trig, frames, mentions, text, base)
        ]
    if (
        trig.kind == "production"
        and ctype == "drone_production"
        # Russia's own plant; not "North Korean workers assembling drones at X"
        and all(s.name == RUSSIA or s.name in state.russian_orgs for s in subjects)
    ):
        site = production_site(trig, mentions, text, base, where=True)
        if site is not None and all(s.name != site.name for s in subjects):
            subjects = [*subjects, site]  # "producing drones at the X plant": X too
            # (and X alone where no one is named: "Geran-2s assembled at the X zone")
    return subjects


# a weak claim: a later sentence that states it outright gives the evidence instead
_BACKGROUND_CONFIDENCE: Final = 0.45


def _background_site(
    trig: Trigger, subj: Mention, mentions: list[Mention], text: str, base: int
) -> bool:
    """Whether `subj` is a plant only a "where" clause names as the production site: "X said
    workers arrived at the Alabuga plant, where Russia builds drones"."""
    return (
        trig.kind == "production"
        and subj.kind == "organization"
        and where_site(trig, mentions, text, base) is subj
        and production_site(trig, mentions, text, base) is None
    )


def _trader(gz: Gazetteer, name: str) -> bool:
    """A company (known or recognised by its form), not a state or a bloc."""
    entry = gz.canonical(name)
    if entry is None:
        return True
    return entry.kind == "organization" and entry.role == "company"


# who opposes or condemns the sanctions imposes none
_OPPOSED_RE: Final = re.compile(
    r"\b(?:oppos|condemn|criticis|criticiz|denounc|reject)\w*\s+(?:[\w-]+\s+){0,3}$", re.I
)


def _plausible(
    name: str,
    ctype: str,
    rec: str | None,
    explicit_rec: str | None,
    linked: bool,
    subj: Mention,
    russian_orgs: set[str],
    armed_forces: bool = False,
) -> bool:
    """`armed_forces`: the goods go to an army, its units or its ministry."""
    if name == UKRAINE or rec == UKRAINE or subj.role in ("media", "research"):
        return False
    if rec == name:
        return False
    russian_rec = rec == RUSSIA or rec in russian_orgs
    if subj.country == UKRAINE and subj.kind != "adjective" and not (explicit_rec and russian_rec):
        return False  # a Ukrainian firm's work is for Ukraine, unless Russia is named its client
    if name in russian_orgs and ctype in _SUPPLY_TYPES:
        # "supplied quadcopters to military units": a Russian firm arming Russia; but
        # not "supplied air defense systems to partners in Asia" (exports), nor sales
        # to Russian buyers who are not the military
        return armed_forces and (explicit_rec is None or russian_rec)
    if name == RUSSIA or (name in russian_orgs and ctype not in ("drone_production",)):
        if ctype in _NON_RUSSIA_SUBJECT_OK:
            return linked
        if name == RUSSIA:
            return explicit_rec is not None and not russian_rec and explicit_rec != UKRAINE
    return ctype in _NON_RUSSIA_SUBJECT_OK or linked or bool(explicit_rec and russian_rec)


_MAKE_OR_SEND: Final = frozenset(("production", "supply"))
# "has not supplied any weapons", "sent no arms of any kind": weapons of every kind
_ANY_WEAPONS_RE: Final = re.compile(
    r"\s+(?:and\s+will\s+not\s+\w+\s+)?any\s+(?:lethal\s+)?(?:weapons|arms)\b"
)
_CONTRAST_WORDS: Final = word_set("opposed rather instead")
# what a contrast sets aside: "as opposed to supplying parts", "rather than selling drones"
_CONTRAST_BEFORE_RE: Final = re.compile(
    r"\b(?:as\s+opposed\s+to|rather\s+than|instead\s+of)\s+(?:(?:simply|merely|just|only|"
    r"\w+ly)\s+)?$"
)
_REACH_WORDS: Final = word_set("reach reaches reached reaching way")
# the made goods' own verb: "(drones made by X,) ... continue to reach Russian units"
_REACHES_RUSSIA_RE: Final = re.compile(
    r"[^.;]{0,90}?\b(?:reach|reaches|reached|reaching|(?:found|find|finds|make|makes|made)\s+"
    r"(?:their|its)\s+way\s+(?:in)?to)\s+(?:the\s+)?(?:Russia|Russian|Moscow)\b"
)
_MADE_WORDS: Final = word_set("made manufactured produced built")


def _bought_before(triggers: list[Trigger], trig: Trigger, text: str, base: int) -> bool:
    """Whether the goods a maker made are what a receiving verb just before got: `imported
    drones made by X`, `bought engines manufactured by X`."""
    return any(
        t.kind == "receive"
        and not t.nominal
        and t.obj == trig.obj
        and 0 < trig.start - t.end <= 60
        and not any(c in text[t.end - base : trig.start - base] for c in ";:")
        for t in triggers
    )


def _for_russia_in_clause(
    trig: Trigger, mentions: list[Mention], text: str, base: int, russian_orgs: set[str]
) -> bool:
    """Whether Russia or a Russian firm is named after the trigger before the clause ends."""
    comma = text.find(",", trig.end - base)
    end = base + (comma if comma >= 0 else len(text))
    return any(
        trig.end <= m.start < end
        and (m.name == RUSSIA or m.country == RUSSIA or m.name in russian_orgs)
        for m in mentions
    )


# "X, the company that designs the Mohajer-6, which Russian forces have also used": the
# firm's own model in Russia's war (not "over deliveries to Russia": a supply claim)
_RUSSIA_USES_RE: Final = re.compile(
    r"\bRussian\s+(?:forces|troops|military|army)\s+(?:\w+\s+){0,2}?"
    r"(?:used|use|uses|using|launched|launch|deployed|fired)\b"
)


# "helping Russia produce", "help Moscow build": Russia makes the arms, with the subject's help
_HELPED_RE: Final = re.compile(r"\b(?:help|assist|aid)\w*\s+(?:the\s+)?$", re.I)
# "weapons production on Russian territory", "producing shells in Russia"
_ON_RUSSIAN_SOIL: Final = frozenset({"in", "on", "at", "within", "inside"})


def _russian_arms(
    trig: Trigger, mentions: list[Mention], text: str, base: int, russian_orgs: set[str]
) -> bool:
    """Whether the arms a trigger makes are Russia's: Russia helped to make them, a Russian
    word qualifies the production, or it takes place in Russia."""
    lo, hi = (base + x for x in clause_bounds(text, trig.start - base))
    for m in mentions:
        if not (m.name == RUSSIA or m.country == RUSSIA or m.name in russian_orgs):
            continue
        if m.end <= trig.start and trig.start - m.end <= 12:
            if _HELPED_RE.search(text, 0, m.start - base) is not None:
                return True  # "China is helping Russia produce weapons"
            if m.kind == "adjective" or m.possessive:
                return True  # "Russian weapons production", "Russia's arms production"
        if trig.end <= m.start < hi and m.start - trig.end <= 60 and m.prep in _ON_RUSSIAN_SOIL:
            return True
    return lo < 0  # (never: the clause bounds are inside the sentence)


# "Russia is helping Pyongyang build", "Russia may be providing North Korea with technology
# to": the text between Russia and the state it aids
_AIDS_RE: Final = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:help|assist|aid|provid|giv|offer|transferr)\w*\s+(?:the\s+)?$",
    re.I,
)
# "with Russian help", "seeking Moscow's assistance", "help from Russia"
_RUSSIAN_HELP_RE: Final = re.compile(
    r"\b(?:Russian|Russia['’]s|Moscow['’]s|the\s+Kremlin['’]s)\s+(?:technical\s+)?"
    r"(?:help|assistance|support|aid|know-how)\b"
    r"|\b(?:help|assistance|support|aid)\s+from\s+(?:Russia|Moscow|the\s+Kremlin)\b"
    # "Russia is providing technology and sending engineers to help build a production line"
    r"|\b(?:Russia|Moscow|the\s+Kremlin)\b[^.;]{0,60}?\bto\s+help\s+(?:build|set\s+up|"
    r"establish|produce|develop)\b"
)
_RUSSIAN_HELP_NEEDS: Final = any_of("help assistance support aid know-how")
# who is sent to a plant to work there: labour, not the know-how of engineers
_LABOUR_WORDS: Final = word_set("workers laborers labourers")


def _foreign_state(subj: Mention, name: str, russian_orgs: set[str]) -> bool:
    """A state other than Russia (or its nationals as a group)."""
    if name == RUSSIA or name in russian_orgs or subj.country == RUSSIA:
        return False
    return subj.kind in ("country", "adjective", "group") or subj.role == "government"


def _aided_by_russia(
    subj: Mention, mentions: list[Mention], text: str, low: str, base: int
) -> bool:
    """Whether Russia is said to aid the state's own production: `Russia is helping
    Pyongyang build`, `with Russian help`."""
    if any(
        (m.name == RUSSIA or m.country == RUSSIA)
        and m.end <= subj.start
        and subj.start - m.end <= 60
        and _AIDS_RE.fullmatch(text, m.end - base, subj.start - base) is not None
        for m in mentions
    ):
        return True
    if text.endswith(" to help ", 0, subj.start - base) and any(
        m.name == RUSSIA and m.prep is None and m.end <= subj.start for m in mentions
    ):  # "Russia has transferred technology to help North Korea build its own drones"
        return True
    return gated_search(_RUSSIAN_HELP_RE, text, _RUSSIAN_HELP_NEEDS, low) is not None


# what lies between goods sent and the state they help: "transferred data to help"
_TO_HELP_RE: Final = re.compile(r"[^.;]{0,60}?\bto\s+help\s+")


def _helped_after(trig: Trigger, mentions: list[Mention], text: str, base: int) -> str | None:
    """The state the goods of a supply by Russia go "to help": "transferred technology and
    battlefield data to help North Korea build its own attack drones"."""
    for m in mentions:
        if (
            trig.end < m.start <= trig.end + 80
            and m.name not in (RUSSIA, UKRAINE)
            and (m.kind == "country" or m.role == "government")
            and _TO_HELP_RE.fullmatch(text, trig.end - base, m.start - base) is not None
        ):
            return m.name
    return None


def _aided_state(
    subj: Mention, trig: Trigger, mentions: list[Mention], text: str, base: int
) -> str | None:
    """The state Russia (`subj`) is said to aid in the production `trig` states: "Russia is
    helping Pyongyang build drones"."""
    for m in mentions:
        if (
            subj.end < m.start < trig.start
            and m.start - subj.end <= 60
            and m.name not in (RUSSIA, UKRAINE)
            and (m.kind == "country" or m.role == "government")
            and _AIDS_RE.fullmatch(text, subj.end - base, m.start - base) is not None
        ):
            return m.name
    return None


def _sent_labour_before(triggers: list[Trigger], trig: Trigger, lows: frozenset[str]) -> bool:
    """Whether workers were sent before the production trigger: "sent workers to Alabuga
    to help build the drones"."""
    if lows.isdisjoint(_LABOUR_WORDS):
        return False
    return any(t.obj == "people" and t.end <= trig.start for t in triggers)


def _accused_after_list(
    sanctioned: list[Mention], mentions: list[Mention], text: str, base: int, trig: Trigger
) -> Mention | None:
    """ "Among the designated firms are X, ..., and Y, a freight forwarder accused of
    arranging shipments": the one company the apposition describes is the accused."""
    later = [
        m
        for m in mentions
        if m.kind == "organization"
        and m.via != "coref"
        and sanctioned[-1].end <= m.start
        and m.end <= trig.start
    ]
    last = later[-1] if later else sanctioned[-1]
    if not _ACCUSED_APPOSITION_RE.match(text, last.end - base, trig.start - base):
        return None
    return last


def _company_for_officers(sanctioned: list[Mention]) -> list[Mention]:
    """ "X and its chief executive, Y, were sanctioned over their role in ...": X's role."""
    if any(m.kind == "organization" for m in sanctioned):
        return [m for m in sanctioned if m.kind != "person"]
    return sanctioned


# "added more than 270 individuals and entities to its sanctions list": named later
# the package a sentence before adopted, as the subject of what it adds
_PACKAGE_ADDS_RE: Final = re.compile(
    r"(?:The|This|That|Its) (?:new |latest )?(?:package|round)\b[^.;]{0,80}?\b(?:adds|added)\b"
)
_ADD_WORDS: Final = frozenset({"added", "adds", "adding"})
# "The package adds 116 individuals and entities to a blacklist": named later
_ADDED_TO_LIST_RE: Final = re.compile(
    r"\b(?:added|adds|adding)\s+(?:(?:more|fewer)\s+than\s+|some\s+|about\s+|nearly\s+)?"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,4}?to\s+(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:list|blacklist)\b"
)


# "Foreign Ministry spokesperson Nasser Kanaani": a title of the state's service
_STATE_TITLE_RE: Final = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|ambassador|envoy|diplomat)\s+$", re.I
)


def _official_denies(mn: Mention, frames: list[Frame], text: str, base: int) -> bool:
    """A state's spokesperson or minister named with a title who denies: the state's denial."""
    return (
        mn.role == "official"
        and mn.country is not None
        and any(f.denial and f.mention is mn for f in frames)
        and _STATE_TITLE_RE.search(text, max(0, mn.start - base - 20), mn.start - base) is not None
    )


def _leader_state(mn: Mention) -> Mention:
    """ "Kim Jong Un has sent troops": a head of state acts for the state."""
    if mn.kind != "person" or not mn.country:
        return mn
    out = Mention(
        mn.start, mn.end, mn.tok_start, mn.tok_end, mn.country, "country", "government", mn.country
    )
    out.prep, out.possessive = mn.prep, mn.possessive
    return out


def _state_denies_for_another(d: Frame, name: str) -> bool:
    """A state's denial after another actor's claim: "..., an allegation Beijing dismissed"."""
    return (
        d.speaker is not None
        and d.speaker != name
        and (d.mention is not None and d.mention.kind == "country")
    )


def _named_before(mentions: list[Mention], state: str, denier: Mention | None) -> Mention | None:
    """The state's own mention in the claim before its denial ("built in China")."""
    return next(
        (
            x
            for x in mentions
            if x.name == state
            and x is not denier
            and denier is not None
            and x.end <= denier.start
            and x.kind in ("country", "adjective")
        ),
        None,
    )


def _own_side(subj: Mention, mentions: list[Mention], state: Discourse) -> bool:
    """A Ukrainian maker, or one of no stated country in a sentence about Ukraine alone:
    "the Vyriy company produced 1,000 FPV drones from Ukrainian-made parts"."""
    country = subj.country or state.org_country.get(subj.name)
    if country is not None:
        return country == UKRAINE
    return any(m.name == UKRAINE or m.country == UKRAINE for m in mentions)


def _for_conduct(before: str, trig: Trigger) -> bool:
    """ "sanctioned X for supplying drones", "... for arranging the sale of drones"."""
    m = _FOR_GERUND_RE.search(before)
    if m is None:
        return False
    if m.group("help"):
        return trig.kind == "evasion"
    if m.group("role") or m.group("mod") or m.group("prep").lower() == "over":
        return trig.nominal  # "sanctions on X over arms transfers to Russia"
    return trig.word.lower().endswith("ing")


def _conjoined(mn: Mention, mentions: list[Mention], text: str, base: int) -> set[str]:
    """The names listed with `mn`: "Moscow and Pyongyang have denied ..." """
    names = {mn.name}
    for m in mentions:
        if m is not mn and m.is_actor:
            if m.start == mn.start and m.end == mn.end:
                names.add(m.name)  # "both companies": the ones a plural stands for
                continue
            lo, hi = (m.end, mn.start) if m.end <= mn.start else (mn.end, m.start)
            if 0 <= hi - lo <= 6 and text[lo - base : hi - base].strip(" ,") in ("and", "or", ""):
                names.add(m.name)
    return names


def _listed_with(mn: Mention, mentions: list[Mention], text: str, base: int) -> set[str]:
    """The names of the whole list `mn` is in: "Britain, France and Germany"."""
    names = {mn.name}
    todo = [mn]
    while todo:
        cur = todo.pop()
        conjoined = _conjoined(cur, mentions, text, base)
        for m in mentions:
            if m.name not in names and m.is_actor and m.name in conjoined:
                names.add(m.name)
                todo.append(m)
    return names


_CALL_AT_RE: Final = re.compile(
    r"\s+(?:(?:has|have|had|also|repeatedly|last|this|on|earlier|previously|\w+day|week|month|"
    r"year)\s+)*(?:called|calls|call|described|describes|labelled|labeled|branded|dismissed)\b"
)


def _caller(text: str, base: int, mentions: list[Mention]) -> str | None:
    """Who calls the report false: the actor right before the verb of calling."""
    for m in mentions:
        if m.is_actor and _CALL_AT_RE.match(text, m.end - base):
            return m.name
    return None


_WE_RE: Final = re.compile(r"\b[Ww]e\s+(?:[\w']+\s+){0,3}$")


# "He has been charged with violating EU sanctions": the person the article accuses
_CHARGED_PRONOUN_RE: Final = re.compile(
    r"(?:^|[.;]\s+|,\s+and\s+)(?:He|She|he|she)\s+(?:has\s+been|had\s+been|was|is|were|"
    r"stands|stood)\s+(?:\w+ly\s+)?(?:charged|accused|indicted|convicted|arrested|prosecuted|"
    r"sentenced|detained|suspected)\s+(?:with|of|for|on\s+suspicion\s+of)\s+$"
)


# "X, 38, has been detained in Lithuania on suspicion of organising the supply of": the
# person a case is about did what it charges (the gap reaches past "in Lithuania")
_NAMED_CHARGED_RE: Final = re.compile(
    r"^\s*(?:,[^,;]{1,90})?,?\s*(?:has\s+been|have\s+been|had\s+been|was|is|were|are|stands|"
    r"stood)\s+"
    r"(?:\w+ly\s+)?(?:charged|accused|indicted|convicted|arrested|prosecuted|sentenced|detained|"
    r"suspected|extradited)\b[^.;]{0,60}?\b(?:with|of|for)\s+"
    r"(?:(?:organi[sz]ing|arranging|running|coordinating|helping|attempting\s+to|"
    r"conspiring\s+to|illegally|illegal|unlawfully|unlawful)\s+)*(?:the\s+)?$"
)


# between two of the people a charge names together: their appositions ("a 51-year-old
# citizen of Russia living in Riga, Latvia", "44, of Queens") and the list's commas
# (and "X of Brooklyn and Kazakh citizen Y": a town after one, a nationality before the next)
_CHARGED_LIST_GAP_RE: Final = re.compile(
    r"^(?:,[^,;.]{1,70}){0,3},\s+(?:and\s+)?$"
    r"|^(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+and\s+"
    r"(?:[A-Z][\w-]*\s+(?:citizen|national|resident|businessman|businesswoman)\s+)?$"
)


def _charged_list(
    subjects: list[Mention], mentions: list[Mention], text: str, base: int, trig: Trigger
) -> list[Mention]:
    """The people a charge names, where the subjects found are none or the last of them."""
    if not subjects:
        return _named_charged(mentions, text, base, trig)
    last = subjects[-1]
    if len(subjects) > 1 or last.kind != "person" or last.role != "private":
        return []
    if not _NAMED_CHARGED_RE.match(text[last.end - base : trig.start - base]):
        return []
    people = [
        m
        for m in mentions
        if m.kind == "person"
        and m.role == "private"
        and m.end <= last.end
        # (a name after "living in Riga, Latvia," takes its preposition, not its place)
        and (m.prep is None or m is last or text.endswith(", ", 0, m.start - base))
    ]
    return _charged_together(people, text, base)


_LAW_BROKEN_BEFORE_RE: Final = re.compile(r"\bviolat\w*\s+(?:the\s+)?$", re.I)
_LAW_BROKEN_AFTER_RE: Final = re.compile(r"\s+(?:export\s+controls|sanctions|export\s+laws)\b")


def _own_law_enforcer(mentions: list[Mention], text: str, base: int) -> str | None:
    """ "X is accused in an indictment of conspiring to violate U.S. export controls": the
    state whose law was broken brings the charge."""
    for m in mentions:
        if (
            m.kind == "country"
            and _LAW_BROKEN_AFTER_RE.match(text, m.end - base)
            and _LAW_BROKEN_BEFORE_RE.search(text, 0, m.start - base)
        ):
            return m.name
    return None


def _named_charged(mentions: list[Mention], text: str, base: int, trig: Trigger) -> list[Mention]:
    people = [
        m
        for m in mentions
        if m.kind == "person"
        and m.role == "private"
        and m.end < trig.start
        # ("a citizen of Belarus, X,": the apposition is the subject, not "of X")
        and (m.prep is None or text.endswith(", ", 0, m.start - base))
    ]
    if not people or not _NAMED_CHARGED_RE.match(text[people[-1].end - base : trig.start - base]):
        return []
    return _charged_together(people, text, base)


def _charged_together(people: list[Mention], text: str, base: int) -> list[Mention]:
    """The last of `people` and those listed with it: "X, 51, of Riga, Y, 44, and Z are
    charged with"."""
    charged = people[-1:]
    for m in reversed(people[:-1]):
        if not _CHARGED_LIST_GAP_RE.match(text[m.end - base : charged[0].start - base]):
            break
        charged.insert(0, m)
    return charged


def _charged_person(text: str, base: int, trig: Trigger, person: str) -> list[Mention]:
    if not _CHARGED_PRONOUN_RE.search(text, 0, trig.start - base):
        return []
    return [Mention(trig.start, trig.end, 0, 1, person, "person", "private", via="coref")]


def _we_subject(text: str, base: int, trig: Trigger, frames: list[Frame]) -> list[Mention]:
    """ "“We have never sent a drone to Russia,” Iran's foreign minister said": the
    speaker's state (a quoted official's "we"), or the speaking government itself."""
    if not _WE_RE.search(text, max(0, trig.start - base - 40), trig.start - base):
        return []
    for f in frames:
        mn = f.mention
        if mn is None or f.denial:
            continue
        if mn.kind == "person" and mn.country:
            return [_leader_state(mn) if mn.role == "leader" else _as_state(mn)]
        if mn.kind == "country" or (mn.kind == "organization" and mn.role == "company"):
            return [mn]
    return []


def _as_state(mn: Mention) -> Mention:
    """The state an official speaks for, as a mention of it."""
    return stand_in(mn, mn.country or mn.name)


def _within_evasion(triggers: list[Trigger], trig: Trigger) -> bool:
    return any(
        t.kind == "evasion" and t.start <= trig.start and trig.end <= t.end and t is not trig
        for t in triggers
    )


def _also_evasion(triggers: list[Trigger], trig: Trigger) -> bool:
    return any(t.kind == "evasion" and t.start == trig.start for t in triggers)


def _relayed(
    subj: Mention, stance: str, state: Discourse, triggers: list[Trigger], trig: Trigger
) -> bool:
    """A group of a state's middlemen said to pass on the goods the article spoke of."""
    return (
        stance == "asserted"
        and subj.kind == "group"
        and state.last_goods is not None
        and _also_evasion(triggers, trig)
    )


def _accused_after_denial(
    frames: list[Frame], denial_cues: list[int], lo: int, trig_start: int
) -> bool:
    last_denial = max(p for p in denial_cues if lo <= p < trig_start)
    return any(
        last_denial < f.pos < trig_start
        and f.speaker
        and not f.denial
        and not f.claimant  # "rejected Washington's claims that": what is denied
        and not f.relative
        for f in frames
    )


# a relative aside between a subject and its verb: ", which denies arming Russia,"
_RELATIVE_ASIDE_RE: Final = re.compile(r",\s+(?:which|who)\s+[^,;:()]{1,120}?,")


def _denials_in_closed_asides(
    text: str, base: int, denial_cues: list[int], lo: int, trig: Trigger
) -> bool:
    """Every denial word of the trigger's clause before it stands in a relative aside that
    closes before the trigger."""
    if "which" not in text and "who" not in text:
        return False
    asides = [
        (base + m.start(), base + m.end())
        for m in _RELATIVE_ASIDE_RE.finditer(text, lo - base, trig.start - base)
    ]
    return bool(asides) and all(
        any(a < p < b for a, b in asides) for p in denial_cues if lo <= p < trig.start
    )


# "sanctions on 15 firms for (allegedly) supplying", "over shipping": the reason phrase
_REASON_RE: Final = re.compile(
    r"\b(?:for|over)\s+(?:allegedly\s+|reportedly\s+)?(?:having\s+)?$", re.I
)


def _in_trigger_clause(
    sanctioned: list[Mention], text: str, base: int, trig: Trigger
) -> list[Mention]:
    """The targets of the trigger's own clause: "X was added for shipping chips, while Y was
    listed for assembling drones" (Y assembles); all of them when none stands in it."""
    if ", while " not in text and ", whereas " not in text:
        return sanctioned
    at = trig.start - base
    cut = max(text.rfind(", while ", 0, at), text.rfind(", whereas ", 0, at))
    if cut < 0:
        return sanctioned
    own = [m for m in sanctioned if m.start - base > cut]
    return own or sanctioned


def _reason_of_sanction(text: str, base: int, trig: Trigger, sanction_end: int) -> bool:
    """The trigger opens the reason phrase of the sanctions just named ("sanctions on 15
    firms for supplying"), not a later clause's ("a tool for bypassing sanctions")."""
    lo = trig.start - base
    if not 0 <= sanction_end - base < lo <= sanction_end - base + 120:
        return False
    if any(c in text[sanction_end - base : lo] for c in ';"“”'):
        return False
    return _REASON_RE.search(text, max(0, lo - 30), lo) is not None


def _in_asked_opening(text: str, base: int, asked_end: int, trig: Trigger) -> bool:
    """Whether `trig` stands in the sentence's opening "Asked about ...," clause."""
    comma = text.find(",", asked_end)
    return comma > trig.end - base


def _nearest_source(frames: list[Frame], trig: Trigger) -> str | None:
    before = [f for f in frames if not f.denial and f.speaker and f.pos < trig.start]
    if before:
        return before[-1].speaker
    after = [
        f for f in frames if not f.denial and f.speaker and f.pos >= trig.start and not f.relative
    ]
    return after[0].speaker if after else None
