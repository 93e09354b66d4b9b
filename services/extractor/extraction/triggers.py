"""Claim triggers in a sentence: transfer, production, evasion, sanctions, personnel.

Words are looked up in dictionaries (lexicon.py); regexes only run on short windows or
on sentences that passed a substring gate.
"""

from __future__ import annotations

import re
from typing import Final

from .civil_jobs import for_civil_job
from .lexicon import (
    CALL_VERBS,
    CIVIL_PERSONNEL_CUES,
    COMPONENT_AFTER_DRONE,
    COMPONENT_AFTER_WEAPON,
    COMPONENT_WORDS,
    DEAL_NOUNS,
    DRONE_WORDS,
    EVASION_GATE_NEEDLES,
    EVASION_TOKENS,
    FALSE_WORDS,
    GENERIC_WORDS,
    HAND_WORDS,
    OBJECT_BIGRAMS,
    ORDERED_WORDS,
    PEOPLE_WORDS,
    PERSONNEL_WORDS,
    SANCTION_GATE_NEEDLES,
    SANCTION_RE,
    SPEAKER_TERM,
    TRACED_WORDS,
    TRIGGER_WORDS,
    WAR_PLACES,
    WEAPON_WORDS,
    WORD_RE,
    any_of,
    any_word_in,
    evasion_spans,
    folded_finditer,
    folded_search,
    gate_twin,
    gated_search,
    lower_twin,
    lowered_spans,
    lowers_evenly,
    may_contain,
    sanction_cue,
)
from .mentions import Mention
from .presence import present_at_war
from .products import Product
from .text import matches_at, positions
from .trade_figures import TRADE_NOUNS, ordinary_trade_figure
from .verb_objects import (
    FITTED_TAILS,
    NOT_GOODS,
    OBJECT_DETERMINERS,
    PASSED_TO_RE,
    gives_information,
)
from .words import Word
from .wordset import word_set

_BE: Final = word_set("is are was were be been being get gets got gotten")
_ADVERBS: Final = word_set(
    """not also then reportedly allegedly later already never recently now still often largely
    mostly increasingly widely mainly"""
)
_REDUCED_REL: Final = word_set(
    """drone drones uav uavs component components parts weapons shells missiles goods
    technology models model equipment engines workers troops soldiers engineers specialists
    nationals citizens laborers labourers"""
)
_DRONE_MODIFIER_NEXT: Final = word_set(
    """factory factories plant plants facility facilities production maker makers manufacturer
    manufacturers industry program programme unit units operator operators strike strikes
    attack attacks war warfare show shows site sites workshop workshops coalition market"""
)
# "the weapons" after the drones a sentence named: the same drones
_ANAPHORIC_ARMS: Final = word_set("weapons weapon munitions munition")
_DEFINITES: Final = word_set("the these those such")
_ARMS_SITES: Final = word_set(
    "factory factories plant plants industry industries sector complex makers manufacturers"
)
_DRONE_PLACES: Final = word_set(
    "factory factories plant plants facility facilities production workshop"
)
_CONTROL_LEFT_RE: Final = re.compile(
    r"\b(?:control\w*|restrict\w*|ban\w*|curb\w*|limit\w*|halt\w*|suspend\w*|stop\w*|ceas\w*|"
    r"block\w*|prohibit\w*|regulat\w*|licens\w*|monitor\w*|handl\w*|manag\w*|supervis\w*|"
    r"scrutini\w*|vet\w*|screen\w*|rules?|laws?|legislation|polic(?:y|ies)|attitudes?|"
    r"approach(?:es)?|stances?)\s+(?:on\s+|of\s+)?"
    r"(?:the\s+|its\s+|their\s+|all\s+|any\s+|some\s+)?(?:\w+\s+){0,2}$"
    # "have refused export permits for hundreds of shipments": the state decides on them
    r"|\b(?:permits?|licen[cs]es?|clearances?)\s+for\s+(?:\w+\s+){0,3}$",
    re.I,
)
_CONTROL_LEFT_NEEDS: Final = any_of(
    """control restrict ban curb limit halt suspend stop ceas block prohibit regulat licens
    monitor handl manag supervis scrutini vet screen rule law legislation polic attitude
    approach stance permit licenc clearance"""
)
_EVASION_CONTEXT_RE: Final = re.compile(
    r"sanction|control|restriction|detect|scrutiny|disguis|conceal|hid|evad|evasion|circumvent|"
    r"bypass|skirt|mask|obscur|launder|front|shell",
    re.I,
)
# the state formula "does not allow its territory to be used to ..." (lexicon.EVASION_RE)
OWN_TERRITORY_RE: Final = re.compile(r"(?:allow|permit|let|condon|tolerat)\w*[\"”]?\s", re.I)
_CONDUIT_RE: Final = re.compile(r"\bused\s+(?:\w+ly\s+)?(?:to|for)\s", re.I)
_WEAK_EVASION_RE: Final = re.compile(r"^(?:intermediar|intermediate|proxy)", re.I)
# the bare plural matches only before a routing verb ("intermediaries ... re-exported them")
_ROUTING_INTERMEDIARIES: Final = word_set("intermediaries middlemen")
# "to a Russian company tied to the production of": the production is the unnamed
# recipient's, not the supplier's
_TIE_WORDS: Final = (" tied ", " linked ", " connected ", " involved ", " engaged ", " associated ")
_UNNAMED_MAKER_LEFT_RE: Final = re.compile(
    r"\b(?:to|for|from|with)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|"
    r"enterprises?|plants?|factor(?:y|ies)|entit(?:y|ies)|buyers?|customers?)\s+"
    r"(?:tied|linked|connected|involved|engaged|associated)\s+(?:to|in|with)\s+(?:the\s+)?$",
    re.I,
)
_TIED_PREPS: Final = word_set("to in with")  # the regex's last word (or but "the")
_UNNAMED_MAKERS: Final = word_set(
    "companies firms enterprises plants factories contractors manufacturers producers entities"
)
_BENEFIT_PREPS: Final = word_set("for to from with including")
_UNNAMED_MAKER_REL_RE: Final = re.compile(
    r"\b(?:to|for|from|with)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|"
    r"enterprises?|plants?|factor(?:y|ies)|entit(?:y|ies)|buyers?|customers?|manufacturers?|"
    r"makers?)\s+(?:that|which)\s+(?:also\s+|now\s+|reportedly\s+)?$",
    re.I,
)
_RELATIVE_PRONOUNS: Final = word_set("that which")  # the regex's last word (or but one)
_DESCRIPTIVE_LEFT_RE: Final = re.compile(
    r"\b(?:used|use|using|needed|needs|need|capable|able|designed|intended|meant|enough)\s+"
    r"(?:to|of|for)\s+$",
    re.I,
)
_SANCTION_TWIN: Final = lower_twin(SANCTION_RE)
# what each branch of SANCTION_RE (lexicon) opens with, lower-cased: its twin is tried only
# where one of them starts (keep them in step with its branches)
_SANCTION_OPENINGS: Final = (
    "sanction",
    "blacklist",
    "designat",
    "entity list",
    "asset",
    "froze",
    "freez",
    "trade restriction",
    "export ",
    "restrictive measures",
    "travel ban",
    "measures prohibiting",
    "banned from entering",
    "entry ban",
    "listing",
    "among ",
    "listed",
    "targeted",
)
_DESCRIPTIVE_PREPS: Final = ("to", "of", "for")  # the word right before a match's end
_PARTICIPLE_IRREGULAR: Final = word_set("sent sold built made given")
_NOMINAL: Final = word_set(
    """supply supplies supplier suppliers provision delivery deliveries shipment shipments
    export exports exporter exporters sale sales seller sellers transfer transfers flow flows
    source sources
    production development manufacture manufacturing assembly design procurement import imports
    acquisition acquisitions deployment re-export transshipment aid manufacturer manufacturers
    maker makers developer developers producer producers"""
)
_VERBAL_LEFT: Final = word_set("to will would can could may might must shall should not also")
# "had never given drones": `given` after an auxiliary only (not "given the risks")
_GIVEN_LEFT: Final = word_set(
    "had has have having been was were is are never not ever also reportedly allegedly already"
)
# "companies were moving toward autonomy", "moved away from": a shift, not a shipment
_MOVE_WORDS: Final = word_set("move moves moved moving")
_SHIFT_NEXT: Final = word_set("toward towards away ahead forward closer beyond")
_DETERMINERS: Final = word_set("a an the this that its their his her our such another")
_COMPOUND_NEXT: Final = word_set(
    """control controls restriction restrictions ban bans license licenses licence licences
    licensing regime regimes rules data records documents figures statistics manifest manifests
    line lines route routes cost costs agent agents container containers company companies
    firm firms industry sector hub hubs volume volumes ceiling ceilings cap caps curbs limits
    credit credits duties permit permits schedule schedules quota quotas target targets capacity
    capacities chain chains"""
)
_CLAUSE_END_RE: Final = re.compile(
    r"[;—–]|\s-\s|,\s+(?:but|while|whereas|although|though|even though)\b"
)
_CLAUSE_MARKS: Final = ";—–,"  # where _CLAUSE_END_RE's branches but the hyphen's open
_CLAUSE_CONJUNCTIONS: Final = ("but", "while", "whereas", "although", "though")
_EVASION_NOMINAL_RE: Final = re.compile(
    r"(?:sanctions|front|shell|intermediar|middlem|intermediate|proxy|parallel|transshipment|"
    r"re-export(?!ed|ing))",
    re.I,
)
_COPULA_AS_RE: Final = re.compile(
    r"\b(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing)|operat(?:e|es|ed|ing)|posing|posed|used|"
    r"is|was|being)\s+as\s+(?:a\s+|an\s+)?$|\b(?:us(?:e|es|ed|ing)|set(?:ting)? up|"
    r"creat(?:e|ed|ing)|through|via|by\s+way\s+of|by\s+means\s+of)\s+(?:\w+\s+){0,4}?$",
    re.I,
)
# "acting as what the bureau called transshipment points": the role, in a speaker's term
_COPULA_TERM_RE: Final = re.compile(
    r"\b(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing)|operat(?:e|es|ed|ing))\s+as\s+"
    + SPEAKER_TERM
    + r"(?:a\s+|an\s+)?$",
    re.I,
)
_EVASION_BAD_LEFT: Final = re.compile(
    r"\b(?:circumvent\w*|evad\w+|evasion|bypass\w*|skirt\w*|around|dodg\w+|despite|"
    r"violat\w+|amid|avoid\w*)\s+(?:\w+\s+){0,3}$",
    re.I,
)
_EVASION_BAD_LEFT_NEEDS: Final = any_of(
    "circumvent evad evasion bypass skirt around dodg despite violat amid avoid"
)
_RUSSIA: Final = "Russia"
_SANCTIONED_GOODS_RE: Final = re.compile(
    r"\s+(?:(?:dual-use|western|military|high-tech|critical)\s+)?(?:goods|items|products|"
    r"technolog(?:y|ies)|equipment|components|parts|electronics|microelectronics|chips|"
    r"machinery|cargo|materials|exports|imports)\b",
    re.I,
)
# evasion as what authorities pursue in general, or what observers tie a statistic to: "a
# growing number of proceedings in Germany over alleged violations of the sanctions", "has
# opened 40 cases involving sanctions violations", "a development that economists have
# linked to the circumvention of sanctions"
_ENFORCED_EVASION_RE: Final = re.compile(
    r"\b(?:(?:proceedings|investigations|probes|cases|prosecutions|inquiries)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:for|over|into|involving|on|concerning|regarding|related\s+to|in\s+connection\s+with)|"
    r"(?:development|increase|rise|surge|growth|jump|trend|boom)\s+(?:that|which)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:linked|link|attribute|attributed|tie|tied|connect|connected)\s+to)"
    r"\s+(?:the\s+)?(?:alleged\s+|suspected\s+|possible\s+)?(?:(?:EU|Russia|Western|US)\s+)?"
    r"(?:sanctions?\s+)?$",
    re.I,
)
_ENFORCED_TWIN: Final = gate_twin(_ENFORCED_EVASION_RE)
_BE_LEFT_RE: Final = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_CARRY: Final = word_set("carry carries carried carrying")
_CONJ_WORDS: Final = word_set("and or")
# carriers: what they haul is one military cargo, its parts with its weapons
HAUL_WORDS: Final = word_set(
    """carry carries carried carrying transport transports transported transporting ferry
    ferries ferried ferrying haul hauls hauled hauling"""
)
_NO_PRODUCTS: Final[dict[int, str]] = {}
_PRONOUN_OBJECTS: Final = word_set("them it")
# "had never shipped anything to the Russian army": no goods named, so none to look for
# leftwards ("sold motors for drones and had never shipped anything" is no drone sale)
_TEST_NOUNS: Final = word_set("test tests")
_TESTED_ARMS: Final = word_set("weapons weapon missile missiles nuclear launch launches")
_INDEFINITE_OBJECTS: Final = word_set("anything nothing something everything")
_WINDOW: Final = 18  # words looked at after a trigger
_MAKER_NOUNS: Final = word_set(
    "manufacturer manufacturers maker makers developer developers producer producers"
)
_LONG_WINDOW: Final = 32  # ... for objects coordinated with "as well as"
_MAKE: Final = word_set("make makes making made")  # production only with an object right after
_NOT_MADE_NEXT: Final = word_set("of from with up it clear sure public available possible")
_MAKE_WINDOW: Final = 4


# between a model and "made": "The Orlan-10 is made", "the KVN, is made" (not "the boards
# found in the Geran-3 were made": the boards were)
_MODEL_MADE_GAP_RE: Final = re.compile(
    r",?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+"
)

_MODEL_IN_PP_RE: Final = re.compile(
    r"\b(?:in|of|from|for|into|inside|on|with)\s+(?:the\s+|an?\s+)?$"
)


def _model_made(
    text: str, base: int, words: list[Word], k: int, products: list[Product]
) -> str | None:
    """The category of a model named just before "(is) made by/in": "The Orlan-10 is made"."""
    if not products or k < 1:
        return None
    at = words[k].start
    for p in products:
        if (
            p.end <= at
            and _MODEL_MADE_GAP_RE.fullmatch(text, p.end - base, at - base)
            and not _MODEL_IN_PP_RE.search(text, max(0, p.start - base - 12), p.start - base)
        ):
            return "drone" if p.category == "drone" else "weapon"
    return None


def _product_after(words: list[Word], k: int, products: list[Product]) -> bool:
    """A named model within the window after "make": "which makes the Garpiya series"."""
    if not products:
        return False
    hi = words[min(len(words), k + 1 + _MAKE_WINDOW) - 1].end
    return any(words[k].end < p.start <= hi for p in products)


_OWN: Final = (" of their own", " of its own", " of our own", " of his own", " of her own")
_FAR_PASSIVE: Final = 20  # words a passive production verb looks back for its object
_PHRASE_REACH: Final = 30  # words back to the head of a long subject with asides


_CLAUSE_JOINS: Final = word_set("and but")
# what may stand between "and" and a second verb of the same subject: "and then re-exported"
_SAME_SUBJECT_GAP: Final = word_set(
    """then later also subsequently had has have was were is are did does do will would
    could may might allegedly reportedly"""
)


def _after_new_clause(words: list[Word], lo: int, k: int) -> int:
    """Where the clause of the verb words[k] starts, if a joined clause opens between
    words[lo] and it: "found in Russian weapons and insisted it had not sold", "items
    Russia uses to make weapons, and that Chinese companies were providing" (the weapons
    are another verb's); not for a second verb of one subject ("bought chips and then
    re-exported them") nor inside a list ("the drones and missiles it sold": the last)."""
    join = max((q for q in range(lo, k) if words[q].low in _CLAUSE_JOINS), default=-1)
    if join < 0 or all(
        words[q].low in _SAME_SUBJECT_GAP or words[q].low.endswith("ly") for q in range(join + 1, k)
    ):
        return lo
    return join + 1


def _reach_back(words: list[Word], k: int, reach: int, clause_at: int) -> int:
    """The first of up to `reach` words before words[k] that lie in its clause (which starts
    at the character `clause_at`)."""
    lo = k
    while lo > 0 and k - lo < reach and words[lo - 1].start >= clause_at:
        lo -= 1
    return lo


_HALT_VERBS: Final = ("stop", "halt", "suspend", "ceas")
_RELATIVES: Final = word_set("who that which")
_OBJECT_ENDS: Final = word_set("that which who whose")
# a purpose clause of people sent somewhere: "to work on", "to help assemble"
_PURPOSE_WORK: Final = word_set("work help assist serve fight train staff")
_VERB_PREFIXES: Final = word_set("re co mass pre trans sub over under cross self")
_HALTED: Final = word_set("stopped halted ceased suspended quit stop halt cease suspend")
_PLEDGE_BEFORE: Final = word_set("would will to shall should must could")
_SHIP_NOUNS: Final = word_set("ship ships")
_FLOW_NOUNS: Final = word_set("transfer transfers flow flows")
# "North Korean shells are pouring into Russia": the goods move, whoever sent them is their
# origin (as in a passive), not a subject to the left
_GOODS_MOVE: Final = word_set("flow flows flowed flowing pour pours poured pouring")
_INTO: Final = word_set("to into")
_PAYMENT_LEFT: Final = word_set("money cash wire bank fund funds financial payment remittance")
_VEHICLES: Final = word_set(
    """helicopter helicopters aircraft plane planes ship ships vehicle vehicles truck trucks
    jet jets links corridor corridors hub hubs ministry minister routes infrastructure"""
)
_SHIP_LEFT: Final = word_set(
    """a an the this that these those its their his her of by on aboard with from via between
    among cargo landing container naval navy war supply research merchant transport tanker
    russian iranian chinese korean two three four five several many some other"""
)
_NOUN_OBJECT_PREPS: Final = word_set("of to from")
_LINE_WORDS: Final = word_set("line lines")
# "set up its own production line", "launched mass production of": who sets it up makes them
# (a match is at most some 60 characters: it is searched for in the last _SET_UP_REACH)
_SET_UP_REACH: Final = 120
_SET_UP_BEFORE_RE: Final = re.compile(
    r"\b(?:set(?:s|ting)?\s+up|establish(?:es|ed|ing)?|launch(?:es|ed|ing)?|"
    r"organi[sz](?:e|es|ed|ing))\s+(?:(?:its|their|a|an|the|own|mass|serial|large-scale|"
    r"full-scale|local|licensed)\s+){0,3}$",
    re.I,
)
_NP_OPENERS: Final = word_set("the these those its their his her such any all further new")
_NEGATORS: Final = word_set("never not no")
_MODALS: Final = word_set("could would will may might can should must")


def _traced_to(words: list[Word], k: int) -> bool:
    """ "traced to X", "traced back to X", "traced directly to X"."""
    q = k + 1
    if q < len(words) and (words[q].low == "back" or words[q].low.endswith("ly")):
        q += 1
    return q < len(words) and words[q].low == "to"


_FROM_REACH: Final = 8  # "ordered about 2,400 of the drones from X"


# "Russian arms makers source microelectronics from Chinese suppliers", "seeks to source
# engines from": the verb after a plural subject, a modal or "to"
_SOURCE_VERB_LEFT: Final = _MODALS | word_set(
    """to they we makers manufacturers producers companies firms plants factories buyers
    importers enterprises"""
)


# "secured a steady supply of Iranian drones": a purchase, but "secured with bolts" fastens
_SECURE: Final = word_set("secure secures secured securing")
_FASTENED_NEXT: Final = word_set("with to against by on in")


def _bought_from(words: list[Word], k: int) -> bool:
    """ "ordered from X", "sourced the motors from X": the seller follows within reach."""
    return any(w.low == "from" for w in words[k + 1 : k + 1 + _FROM_REACH])


# "the motor used to power the Shahed-136", "a unit used to stabilize the drone"
_PART_LINKS: Final = word_set("in on inside aboard of for into from used power powers")


def _part_of_drone(
    words: list[Word],
    lo: int,
    hi: int,
    products: list[Product] | None = None,
    wholes: tuple[str, ...] = ("drone",),
) -> bool:
    """ "the engines found in the drones", "servos for the Geran": a part heads the phrase
    before a passive verb, and the drone word (or a drone model in `products`) only says
    what it is a part of; `wholes` may add "weapon" ("chips found in Russian missiles")."""
    part = next((q for q in range(lo, hi) if _classify_at(words, q) == "component"), -1)
    if part < 0:
        return False
    models = {p.start for p in products if p.category == "drone"} if products else set()
    drone = next(
        (
            q
            for q in range(part + 1, hi)
            if words[q].start in models or _classify_at(words, q) in wholes
        ),
        -1,
    )
    return drone > 0 and any(words[q].low in _PART_LINKS for q in range(part + 1, drone))


_PART_PHRASE: Final = 8  # words before the drone word a part's phrase may open


def _pronoun_part(words: list[Word], k: int, products: list[Product]) -> bool:
    """Whether the last drone word before the pronoun after words[k] only says what a part
    is for: "wing sections for Geran-2 drones and shipped them" (the sections)."""
    models = {p.start for p in products if p.category == "drone"}
    drone = next(
        (
            q
            for q in range(k - 1, max(-1, k - _PHRASE_REACH), -1)
            if words[q].start in models or _classify_at(words, q) == "drone"
        ),
        -1,
    )
    return drone > 0 and _part_of_drone(words, max(0, drone - _PART_PHRASE), drone + 1, products)


_NOT_PARTS: Final = word_set(
    """money funding funds payment payments cash orders order idea ideas request requests
    demand call calls statement claim claims report reports news word"""
)


def _came_part(words: list[Word], lo: int, hi: int, whole: str) -> str | None:
    """What came, when a drone or weapon word only says what it is for: `frames for the
    drones came from X`, `chips found in Russian missiles came from X` (parts); `the money
    for the drones came from X` is no goods at all."""
    classes = [(q, _classify_at(words, q)) for q in range(lo, hi)]
    found = [(q, c) for q, c in classes if c is not None]
    if not found:
        return whole
    first_at, first = found[0]
    last_at = found[-1][0]
    if first_at < last_at:  # the head is the first goods word: "chips found in missiles"
        return "component" if first == "component" else whole
    link = max((q for q in range(lo + 1, last_at) if words[q].low in _PART_LINKS), default=-1)
    if link < 0:
        return whole
    head = words[link - 1].low
    if head in _NOT_PARTS or head in NOT_GOODS or head in _SHARE_WORDS:
        return None if head in _NOT_PARTS or head in NOT_GOODS else whole
    return "component"  # "frames for the Russian drones"


_SHARE_WORDS: Final = word_set(
    "half most many some all much part share bulk majority third quarter"
)


_USED: Final = word_set("used installed fitted mounted")


def _used_in(words: list[Word], lo: int, hi: int) -> bool:
    """ "systems used in drones": what comes before the drone word is a part of it."""
    return any(words[q].low in _USED and words[q + 1].low in _PART_LINKS for q in range(lo, hi - 1))


def _negated_verb(words: list[Word], k: int) -> bool:
    """ "never supplied", "had not sold", "did not export": a negator just before."""
    return any(words[q].low in _NEGATORS for q in range(max(0, k - 3), k))


def _says_nothing(words: list[Word], lo: int, hi: int) -> bool:
    """ "has not provided evidence for the figure": what was not given is no goods."""
    q = lo
    while q < hi and words[q].low in OBJECT_DETERMINERS:
        q += 1
    return q < hi and words[q].low in NOT_GOODS


ROUTE_NOUNS: Final = word_set(
    "route routes conduit conduits channel channels gateway gateways hub hubs transit platform"
    " platforms backdoor backdoors back-door lifeline lifelines pipeline pipelines relay relays"
    " corridor corridors transshipment"
)
_ROUTE_NOUNS: Final = ROUTE_NOUNS
_ROUTE_RE: Final = re.compile(
    r"\b(?:become|became|becomes|is|are|was|were|remains?|remained|serves?|served|acts?|acted|"
    # "is not a platform", "will never be, a route", "has emerged as a hub"
    # "names X and Y as the main transit countries for": the object's predicate
    r"been|be|emerged|emerges|emerging|as)[\"”’']?,?\s+(?:not\s+|never\s+)?"
    r"(?:as\s+)?(?:now\s+|also\s+|still\s+)?"
    + SPEAKER_TERM
    + r"[\"“]?(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:(?P<noun>routes?|conduits?|channels?|gateways?|hubs?|platforms?|"
    r"back-?doors?|lifelines?|pipelines?|relays?|corridors?|"
    r"(?:transit|transshipment|trans-shipment)\s+(?:points?|hubs?|routes?|centres?|centers?|"
    r"countr(?:y|ies)|states?|nations?))[\"”’']?"  # 'had become "a key conduit" for'
    r"(?:\s+(?:in|since|during|until|throughout)\s+\d{4})?"  # "transit points in 2024 for"
    r"\s+(?:for|by which|through which|via which|into|to)\b"
    # "in which Belarus acts as a transit country,": the scheme was named before
    r"|(?P<transit>transit\s+(?:countr(?:y|ies)|states?|nations?))(?=[,.;\"”]))",
    re.I,
)
_ROUTE_TWIN: Final = gate_twin(_ROUTE_RE)
# "served as a transit point that allowed Russian buyers to": a transit point's relative
# clause says what passed (the route nouns alone, "a platform that", say too little)
_TRANSIT_WORDS: Final = word_set("transit transshipment trans-shipment")
_TRANSIT_THAT_RE: Final = re.compile(
    r"\b(?:become|became|becomes|is|are|was|were|been|serves?|served|acts?|acted|as)\s+"
    r"(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>(?:transit|transshipment|trans-shipment)\s+(?:points?|hubs?|routes?|centres?|"
    r"centers?|countr(?:y|ies)))\s+(?:that|which|where)\b",
    re.I,
)
# "has become a hub for tourism", "a gateway for Russian tourists": no trade passes
_NON_TRADE: Final = word_set(
    """tourism tourists tourist travel travellers travelers visitors holidaymakers startups
    start-ups investment investors finance fintech banking relocants emigrants emigres migrants
    refugees exiles talent education students culture conferences diplomacy talks
    negotiations dialogue media journalists flights airlines passengers pilgrims"""
)
# the complement's first words, up to a coordination ("for tourism and for goods": goods)
_FOR_COMPLEMENT_RE: Final = re.compile(r"[\"”’']?\s+for\s+(?P<words>[\w-]+(?:\s+[\w-]+){0,2})")
_BUILD_VERBS: Final = word_set(
    "build builds built building construct constructs constructed constructing"
)
_FACTORY_NOUNS: Final = word_set(
    "factory factories plant plants facility facilities line lines workshop"
)
_MAKE_VERBS: Final = word_set(
    """produce produces make makes manufacture manufactures assemble assembles build builds"""
)
_FACTORY_LINKS: Final = word_set("to that which")


def _factory_object(words: list[Word], k: int, products: list[Product]) -> str | None:
    """ "helping Russia build a factory to produce them": what the factory is to make (a
    pronoun stands for the last object named before)."""
    n = len(words)
    f = next((q for q in range(k + 1, min(n, k + 5)) if words[q].low in _FACTORY_NOUNS), -1)
    if f < 0:
        return None
    # "a factory to produce them", "a factory in central Russia that could manufacture drones"
    v = next((q for q in range(f + 1, min(n, f + 8)) if words[q].low in _MAKE_VERBS), -1)
    if v < 0 or not any(words[q].low in _FACTORY_LINKS for q in range(f + 1, v)):
        return None
    if v + 1 < n and words[v + 1].low in _PRONOUN_OBJECTS:
        return _object(words, 0, k, products, True, True)
    return _object(words, v + 1, min(n, v + 10), products, False, True)


SOURCE_NOUNS: Final = word_set("source sources")
_CHIEF: Final = word_set(
    """main primary key major largest biggest top chief leading principal important crucial
    critical single sole only"""
)


def _conversion(words: list[Word], k: int, products: list[Product]) -> str | None:
    """What a site converted `into a production line for X` makes (None: no such phrase)."""
    n = len(words)
    into = next((q for q in range(k + 1, min(n, k + 4)) if words[q].low == "into"), -1)
    if into < 0:
        return None
    site = next(
        (q for q in range(into + 1, min(n, into + 6)) if words[q].low in _PRODUCTION_SITES), -1
    )
    if site < 0:
        return None
    obj = _object(words, into + 1, min(n, site + 10), products, False, True)
    return obj if obj in ("drone", "weapon") else None


def _main_source(words: list[Word], k: int) -> bool:
    """ "had become the main source of components": a supplier, said with a noun (not "a key
    source of revenue")."""
    return (
        k + 2 < len(words)
        and words[k + 1].low == "of"
        and words[k + 2].low not in _MONEY_WORDS
        and (
            any(words[q].low in _CHIEF for q in range(max(0, k - 2), k))
            # "is now the source of the vast majority of the electronics"
            or (
                words[k - 1].low == "the"
                and any(w.low in _BULK for w in words[k + 2 : k + 5])
                and not any(w.low in _MONEY_WORDS for w in words[k + 3 : k + 7])
            )
        )
    )


_BULK: Final = word_set("majority bulk most much")


_MONEY_WORDS: Final = word_set("revenue revenues income cash funding funds money currency hard")


class Trigger:
    __slots__ = ("end", "halted", "hint", "kind", "nominal", "obj", "passive", "start", "word")

    def __init__(
        self,
        kind: str,  # supply | receive | production | evasion | sanction | personnel
        start: int,  # absolute char offsets
        end: int,
        word: str,
        passive: bool = False,
        nominal: bool = False,
        obj: str | None = None,  # drone | component | weapon | people | generic
        hint: Mention | None = None,  # personnel: the group of people
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.word = word
        self.passive = passive
        self.nominal = nominal
        self.obj = obj
        self.hint = hint
        self.halted = False  # "stopped all shipments to Russia": said by a company, a denial

    def __repr__(self) -> str:
        return f"Trigger({self.kind!r}, {self.word!r}, {self.start}, obj={self.obj!r})"


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    lo, hi = 0, len(text)
    for start, end in _clause_ends(text):
        if end <= pos:
            lo = end
        elif start >= pos:
            hi = start
            break
    return lo, hi


class _LastClauses:
    """The clause ends of the sentence last asked about: the stages ask about one sentence
    several times in a row (an lru_cache call costs more than comparing its text)."""

    __slots__ = ("ends", "text")

    def __init__(self) -> None:
        self.text = ""
        self.ends: tuple[tuple[int, int], ...] = ()  # (those of "": none)


_LAST_CLAUSES: Final = _LastClauses()


def _clause_ends(text: str) -> tuple[tuple[int, int], ...]:
    last = _LAST_CLAUSES
    if text != last.text:
        last.ends = _find_clause_ends(text)
        last.text = text
    return last.ends


def _find_clause_ends(text: str) -> tuple[tuple[int, int], ...]:
    if not (
        any(c in text for c in ";—–-")
        or ("," in text and any(c in text for c in _CLAUSE_CONJUNCTIONS))
    ):
        return ()
    # a clause end opens at one of its marks, or at the space before a spaced hyphen
    starts = positions(text, _CLAUSE_MARKS)
    starts = sorted(starts + [i - 1 for i in positions(text, "-") if i > 0])
    ends = [m.span() for m in matches_at(_CLAUSE_END_RE, text, starts, len(text))]
    if any(c in text for c in "—–-"):
        ends = _without_dashed_lists(text, ends)
    return tuple(ends)


# "four companies - X Ltd, Y Ltd and Z Ltd - which", "two banks — X and Y.": names after a
# dash (up to the next one, or to the sentence's end) are a list, not a new clause
_DASHED_LIST_RE: Final = re.compile(
    r"\s*(?-i:[A-Z])[^,;:.—–()\"“”]{1,60}?(?:,\s+(?-i:[A-Z])[^,;:.—–()\"“”]{1,60}?)*"
    r",?\s+(?:and|or)\s+(?-i:[A-Z])[^,;:—–()\"“”]{1,60}?\s*"
)
_DASHES: Final = frozenset({"-", "—", "–"})


def _without_dashed_lists(text: str, ends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(ends):
        a, b = ends[i]
        if text[a:b].strip() in _DASHES:
            paired = i + 1 < len(ends) and text[ends[i + 1][0] : ends[i + 1][1]].strip() in _DASHES
            stop = ends[i + 1][0] if paired else len(text.rstrip('.!"”’ '))
            if (paired or i + 1 == len(ends)) and _DASHED_LIST_RE.fullmatch(text, b, stop):
                i += 2 if paired else 1
                continue
        out.append((a, b))
        i += 1
    return out


def _anything_for_arms(words: list[Word], j: int, hi: int) -> bool:
    """ "anything for Russian attack drones": what is made for a weapon is a part of it."""
    if j + 1 >= hi or words[j].low not in _INDEFINITE_OBJECTS or words[j + 1].low != "for":
        return False
    return any(_is_arms(w.last) for w in words[j + 2 : min(hi, j + 6)])


_BIGRAM_FIRSTS: Final = frozenset([first for first, _ in OBJECT_BIGRAMS])


def _classify_at(words: list[Word], k: int, production: bool = False) -> str | None:
    w = words[k]
    nxt = words[k + 1].low if k + 1 < len(words) else ""
    # (most words open no bigram: no pair is built and hashed for them)
    big = OBJECT_BIGRAMS.get((w.low, nxt)) if w.low in _BIGRAM_FIRSTS else None
    if big == "component" and nxt == "production" and production:
        big = "weapon"  # "involved in Russian weapons production": the making (for a
        # supply verb, "items critical to its weapons production" are parts)
    if big is not None:
        if big == "drone" and _parts_of_named_drone(words, k + 2):
            return "component"  # "unmanned aerial vehicle (UAV) parts": parts, no drones
        return None if big == "none" else big
    if w.low == "rounds" and nxt == "of" and not _counted(words, k):
        return None  # "several rounds of sanctions", not "3m rounds of 152mm shells"
    low = w.low if w.low in _ALL_OBJECT_WORDS else w.last
    if low not in _ALL_OBJECT_WORDS:
        return None  # no object word (the kinds below are all among them)
    if nxt in _NAME_HEADS and w.text[:1].isupper() and words[k + 1].text[:1].isupper():
        return None  # "United Aircraft Corporation", "Arms Export Agency": a name
    if low in DRONE_WORDS and w.low.startswith(("counter-", "anti-")):
        return None  # "counter-drone systems" are no drones
    if low in DRONE_WORDS and nxt in _DRONE_MODIFIER_NEXT:
        # "build a drone factory" is drone production; "sent to a drone factory" is not a
        # drone transfer, nor are "drone strikes"
        return "drone" if production and nxt in _DRONE_PLACES else None
    if low in DRONE_WORDS:
        return "component" if nxt in COMPONENT_AFTER_DRONE or _shared_part(words, k) else "drone"
    if low in WEAPON_WORDS:
        if nxt in _ARMS_SITES and not w.low.endswith("-"):
            # "to keep its arms factories supplied", "high priority for the arms industry":
            # where arms are made, no arms supplied (but "build munitions factories")
            return "weapon" if production else None
        if (
            low in _ANAPHORIC_ARMS
            and k > 0
            and words[k - 1].low in _DEFINITES
            and nxt not in ("that", "which")  # "the munitions that Moscow fires": others
            and any(x.low in DRONE_WORDS for x in words[:k])
        ):
            return "drone"  # "received hundreds of attack drones ... importing the weapons"
        return "component" if nxt in COMPONENT_AFTER_WEAPON else "weapon"
    if low in COMPONENT_WORDS:
        return None if _related_goods(words, k) else "component"
    if low in PEOPLE_WORDS:
        return "people"
    return None


_RELATED_GOODS: Final = word_set("materials material supplies")
_DRONE_NAME_TAIL: Final = word_set("vehicle vehicles system systems")


def _parts_of_named_drone(words: list[Word], j: int) -> bool:
    """Whether a part noun follows the drone named in words before `j`, past its head noun
    and a short form (`unmanned aerial vehicle (UAV) parts`)."""
    n = len(words)
    if j < n and words[j].low in _DRONE_NAME_TAIL:
        j += 1
    if j < n and words[j].text.isupper() and words[j].low in DRONE_WORDS:
        j += 1  # "(UAV)": the punctuation is no word
    return j < n and words[j].low in COMPONENT_AFTER_DRONE


def _related_goods(words: list[Word], k: int) -> bool:
    """ "munitions and related materials", "shells or munitions-related materials": the
    materials of the weapon just named, no parts of their own."""
    if k < 2 or words[k].low not in _RELATED_GOODS:
        return False
    prev = words[k - 1]
    if prev.low == "related":
        return words[k - 2].low in _CONJ_WORDS and k > 2 and _is_arms(words[k - 3].low)
    return prev.last == "related" and prev.low != prev.last and _is_arms(prev.low.split("-")[0])


def _is_arms(low: str) -> bool:
    return low in WEAPON_WORDS or low in DRONE_WORDS


def _shared_part(words: list[Word], k: int) -> bool:
    """ "aircraft and drone engine components": the first conjunct shares the part noun (a
    plural is a head of its own: "drones or drone components")."""
    n = len(words)
    return (
        k + 3 < n
        and not words[k].low.endswith("s")
        and words[k + 1].low in ("and", "or")
        and (words[k + 2].low in DRONE_WORDS or words[k + 2].last in DRONE_WORDS)
        and words[k + 3].low in COMPONENT_AFTER_DRONE
    )


_NUMBER_WORDS: Final = word_set("million millions thousand thousands hundred hundreds billion")


def _counted(words: list[Word], k: int) -> bool:
    """Whether a number comes right before words[k]: "3m rounds", "a million rounds"."""
    if k == 0:
        return False
    prev = words[k - 1].low
    return prev[:1].isdigit() or prev in _NUMBER_WORDS


_ALL_OBJECT_WORDS: Final = DRONE_WORDS | WEAPON_WORDS | COMPONENT_WORDS | PEOPLE_WORDS
# "kits shipped from Iran", "engines sold to Russia": a participle after its object
_REDUCED_OBJECTS: Final = _REDUCED_REL | _ALL_OBJECT_WORDS


_REGISTER_VERBS: Final = word_set("registered licensed certified accredited")


def _registered_as(words: list[Word], k: int) -> bool:
    """`registered as an exporter`, `licensed as a supplier`: a status in a register, no
    shipment."""
    return (
        k >= 3
        and words[k - 1].low in ("a", "an")
        and words[k - 2].low == "as"
        and words[k - 3].low in _REGISTER_VERBS
    )


_GOODS_CLASSES: Final = frozenset({"drone", "component", "weapon"})


def _same_goods_after(words: list[Word], k: int) -> bool:
    """`exports of the same goods`, `the same products`: the goods named before."""
    q = k + 2 if k + 1 < len(words) and words[k + 1].low == "of" else k + 1
    return q + 1 < len(words) and words[q].low == "the" and words[q + 1].low == "same"


def _after_conjunction(words: list[Word], lo: int, k: int) -> int:
    """Past the last `and`, `or` in words[lo:k]: `exports of missiles and Iran's supply of
    drones`: the goods before the conjunction are another noun's."""
    for q in range(k - 1, lo - 1, -1):
        if words[q].low in ("and", "or"):
            return q + 1
    return lo


def _object(
    words: list[Word],
    lo: int,
    hi: int,
    products: list[Product],
    last: bool,
    production: bool = False,
) -> str | None:
    """The first (or, looking left, the last) object word among words[lo:hi]."""
    rng = range(hi - 1, lo - 1, -1) if last else range(lo, hi)
    prod_starts = {p.start: p.category for p in products}
    for k in rng:
        if words[k].start in prod_starts:
            return "drone" if prod_starts[words[k].start] == "drone" else "weapon"
        cls = _classify_at(words, k, production)
        if cls is not None:
            return cls
    return None


def _first_object(
    words: list[Word],
    lo: int,
    hi: int,
    products: list[Product],
    production: bool,
    skip: frozenset[int],
) -> tuple[str | None, int]:
    """The first object word among words[lo:hi] and its index; words that start at `skip`
    (inside a mention of Russia: "armed Russian troops with") do not count."""
    prod_starts = {p.start: p.category for p in products} if products else _NO_PRODUCTS
    for k in range(lo, hi):
        if words[k].low in _OBJECT_ENDS and k > lo:
            break  # "to Russian buyers, including a plant that makes propellants": not its object
        if words[k].low == "to" and k + 1 < hi and words[k + 1].low in _PURPOSE_WORK:
            break  # "were dispatched to X to work on the assembly of drones": the people
        if skip and words[k].start in skip:
            continue
        if prod_starts and words[k].start in prod_starts:
            return ("drone" if prod_starts[words[k].start] == "drone" else "weapon"), k
        cls = _classify_at(words, k, production)
        if cls is not None:
            return cls, k
    return None, hi


_NP_STOP: Final = word_set(
    """to for into from in of with which that who whose since between at on by via through across
    against during after before while because where when than under over about used made
    built produced designed intended inside aboard"""
)


def _coordinated(
    words: list[Word], lo: int, hi: int, products: list[Product], production: bool, first: str
) -> list[str]:
    """Object classes of one coordinated object after its first (`first`, ending before
    words[lo]): `troops and weapons`, `drones, missiles and shells`."""
    prod_starts = {p.start: p.category for p in products}
    found: list[str] = [first]
    resume = lo
    for q in range(lo, hi):
        if q < resume:
            continue
        low = words[q].low
        if low == "to" and (after := _as_well_as_after_recipient(words, q, hi)):
            resume = after  # "missiles to Russia, as well as engines": one more object
            continue
        if low == "about" and q + 1 < hi and words[q + 1].low[:1].isdigit():
            continue  # "as well as about 11,000 troops": an amount
        if low == "according" and q + 1 < hi and words[q + 1].low == "to":
            resume = q + 2  # "and later, according to Western governments, with missiles"
            continue
        if low == "with" and _and_with(words, lo, q):
            continue  # "with drones and, more recently, with missiles": the same "with"
        if low == "with" and q > lo and words[q - 1].low in _ALONG:
            continue  # "drones, along with the technology": one more object
        if _in_addition_to(words, q) or (low == "to" and q > lo and _in_addition_to(words, q - 1)):
            continue  # "missiles, in addition to more drones": one more object
        if low == "in" and q + 1 < hi and _in_addition_to(words, q + 1):
            continue
        if low == "from" and (after := _goods_after_source(words, q, hi)):
            resume = after  # "drones from Iran and shells from North Korea": more goods
            continue
        if low in _NP_STOP or (low.endswith("ing") and low != "including"):
            break  # "drones using Ukrainian-made components": another phrase
        cat = prod_starts.get(words[q].start)
        if cat is not None:
            cls: str | None = "drone" if cat == "drone" else "weapon"
        else:
            cls = _classify_at(words, q, production)
        if cls is not None and cls not in found:
            found.append(cls)
    return found


def _goods_after_source(words: list[Word], q: int, hi: int) -> int:
    """The index after the `and` that closes a short source opened by the `from` at
    words[q] when goods follow it (`from Iran and shells`), else 0 (`from Iran and North
    Korea`: a list of sources)."""
    for r in range(q + 2, min(hi - 1, q + 5)):
        if words[r].low == "and":
            nxt = words[r + 1].text
            return 0 if nxt[:1].isupper() or nxt.lower() in _NP_STOP else r + 1
        if not words[r].text[:1].isupper():
            return 0
    return 0


def _as_well_as_after_recipient(words: list[Word], q: int, hi: int) -> int:
    """The index after `as well as` when the `to` at words[q] opens a short recipient that
    it follows (`to Russia, as well as`), else 0."""
    for r in range(q + 2, min(hi - 2, q + 5)):
        if words[r].low == "as" and words[r + 1].low == "well" and words[r + 2].low == "as":
            nxt = words[r + 3].text if r + 3 < hi else ""
            return 0 if nxt[:1].isupper() else r + 3  # not "as well as North Korea sent"
        if words[r].low in _NP_STOP:
            return 0
    return 0


_ALONG: Final = word_set("along together")
# "launchers, as well as 11,000 troops", "drones, along with the technology", "in addition to"
_LONG_LIST_CUES: Final = (" as well as ", "long with ", "ogether with ", " addition to ")
_ASIDE_WORDS: Final = word_set("more most recently later earlier also then since lately now")


def _coordinator_among(words: list[Word], lo: int, hi: int) -> bool:
    """Whether words[lo:hi] hold a coordinator of objects: "and", "or", "along with",
    "in addition to", "as well as"."""
    nw = len(words)
    for q in range(lo, hi):
        low = words[q].low
        if (
            low in _CONJ_WORDS
            or (low in _ALONG and q + 1 < nw and words[q + 1].low == "with")
            or _in_addition_to(words, q)
            or (low == "well" and 0 < q < nw - 1 and words[q - 1].low == "as")
        ):
            return True
    return False


def _in_addition_to(words: list[Word], q: int) -> bool:
    """ "addition" in "in addition to": a coordinator of objects."""
    return (
        words[q].low == "addition"
        and 0 < q < len(words) - 1
        and words[q - 1].low == "in"
        and words[q + 1].low == "to"
    )


def _and_with(words: list[Word], lo: int, q: int) -> bool:
    """`and with`, or `and, more recently, with`: a second `with` of the same verb."""
    p = q - 1
    while p >= lo and q - p <= 3 and (words[p].low in _ASIDE_WORDS or words[p].low.endswith("ly")):
        p -= 1
    if p >= lo and words[p].low == "and":
        return True
    # "and later, according to Western governments, with": a source's aside between
    r = q - 1
    while r >= lo and q - r <= 8 and words[r].low != "and":
        r -= 1
    return (
        r >= lo and words[r].low == "and" and any(words[x].low == "according" for x in range(r, q))
    )


# verbs whose prepositional object is where something comes from
_NAME_HEADS: Final = word_set(
    """corporation company industries industry plant factory group works bureau holding
    concern agency enterprise"""
)
_DELIVERY_NOUNS: Final = word_set("delivery deliveries")
# "bought chips on behalf of Russian defence firms", "procured engines for Russia's army"
_PROCURED_FOR_RE: Final = re.compile(
    r"[^.;:]{0,80}?\s(?:for|on\s+behalf\s+of)\s+(?:(?:the|a|an|several|two|three|various|one)"
    r"\s+)?(?:(?!(?:its|their|his|her|our)\s)[\w-]+\s+){0,2}?(?:Russian(?![-‐]\w)|Russia['’]s\s|Russia\b|Moscow['’]s\s|"
    r"the\s+Kremlin\b)"
)
_TAKE_WORDS: Final = word_set("take takes took taken taking accept accepts accepted accepting")
_SOURCE_VERBS: Final = {
    **dict.fromkeys(("turn", "turns", "turned", "turning"), "to"),
    **dict.fromkeys(("rely", "relies", "relied", "relying"), "on"),
    **dict.fromkeys(("depend", "depends", "depended", "depending"), "on"),
    # "it runs on engines from China": the goods' source supplies them
    **dict.fromkeys(("run", "runs", "ran", "running"), "on"),
}
# "the cameras came from X": the goods are the subject, X the one who sent them
# "the cameras came from X", "chips originating from X": what came is the subject
COME_WORDS: Final = word_set("came come comes coming originate originates originated originating")
# "engines that trace back to China": the goods' origin, like "were traced back to"
_TRACE_BACK: Final = word_set("trace traces")
_FUEL_NOUN_LEFT: Final = word_set(
    """and or of the a for with as on diesel jet aviation rocket solid liquid nuclear
    drone engine"""
)
_FUEL_NOUN_RIGHT: Final = word_set(
    """pump pumps tank tanks cell cells supplies supply injection system systems line lines
    prices price shortages depot depots oil and or consumption"""
)


def _fuel_noun(text: str, base: int, words: list[Word], k: int) -> bool:
    """ "fuel" the noun: in a list ("food, fuel and ..."), after a determiner or a kind
    ("jet fuel"), or heading a compound ("fuel pumps"); the verb is "to fuel the war"."""
    prev = words[k - 1].low if k > 0 else ""
    nxt = words[k + 1].low if k + 1 < len(words) else ""
    return (
        text[: words[k].start - base].rstrip().endswith(",")
        or prev in _FUEL_NOUN_LEFT
        or nxt in _FUEL_NOUN_RIGHT
    )


# "the plant was converted into a production line for the Shahed": the site now makes it
_CONVERT_WORDS: Final = word_set(
    """convert converts converted converting turn turns turned turning transform transforms
    transformed transforming repurpose repurposes repurposed repurposing retool retooled
    retooling"""
)
_PRODUCTION_SITES: Final = word_set(
    """production manufacturing assembly factory factories plant plants line lines facility
    facilities workshop workshops hub"""
)
_TRIGGER_KEYS: Final = frozenset(
    [*TRIGGER_WORDS, *_MAKE, *_SOURCE_VERBS, *COME_WORDS, *_CONVERT_WORDS]
)


_PRODUCTION_NOUNS: Final = word_set("production manufacturing")
_PRODUCTION_GEAR: Final = word_set(
    "equipment machinery tools technology technologies know-how capacity"
)
_ARMS_WORDS: Final = word_set("arms weapons munitions ammunition")
# + "out": production ("the factory now turns out thousands of drones")
_TURN_OUT: Final = word_set("turn turns turned turning churn churns churned churning")
_CANDIDATE_KEYS: Final = _TRIGGER_KEYS | SOURCE_NOUNS | DEAL_NOUNS | _TURN_OUT


def _actor_at(mentions: list[Mention], k: int, words: list[Word]) -> bool:
    """Whether an actor's name starts right after words[k]."""
    if k + 1 >= len(words):
        return False
    at = words[k + 1].start
    return any(mn.start == at and mn.is_actor for mn in mentions)


def _firm_name_ends(words: list[Word], j: int, mentions: list[Mention]) -> bool:
    """Word j is the capitalised last word of a firm's name (`Lanfa Motor`), not an object
    noun opening the sentence (`KYIV - Engines built by`)."""
    w = words[j]
    return (
        j > 0
        and w.text[:1].isupper()
        and w.start - words[j - 1].end == 1
        and words[j - 1].text[:1].isupper()
        and any(mn.end == w.end and mn.kind == "organization" for mn in mentions)
    )


def _described_use(text: str, base: int, words: list[Word], k: int) -> bool:
    """ "used to build", "capable of producing": the regex needs the word before to be one of
    its prepositions, which most production words lack."""
    if k == 0 or words[k - 1].low not in _DESCRIPTIVE_PREPS:
        return False
    start = words[k].start - base
    return _DESCRIPTIVE_LEFT_RE.search(text[max(0, start - 30) : start]) is not None


# know-how and tools for a production: "transferring know-how for producing drones", "the
# technology and equipment necessary for Russia to manufacture the drones"; the one who
# sends them supplies parts and technology, the production is the receiver's
_MEANS_OF_PRODUCTION_RE: Final = re.compile(
    r"\b(?P<head>know-how|technology|technologies|expertise|blueprints|tooling|equipment|"
    r"machinery|documentation)\b(?:[\s,]+(?:and|[\w-]+)){0,4}?\s+(?:for|to)"
    r"(?:\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+to)?\s+$",
    re.I,
)
# "Russia used Iranian technology to build drones": the user makes them
_USED_BEFORE_RE: Final = re.compile(r"\b(?:use|uses|used|using|with)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _means_of_production(text: str, base: int, words: list[Word], k: int) -> bool:
    if k == 0 or words[k - 1].low not in ("to", "for"):
        return False
    start = words[k].start - base
    lo = max(0, start - 90)
    m = _MEANS_OF_PRODUCTION_RE.search(text, lo, start)
    if m is None or not m.group("head")[0].islower():
        return False  # "X Aviation Technology had agreed to build": a name, not know-how
    if text.endswith("order to ", 0, start):
        return False  # "seeking to learn the technology in order to mass-produce": a goal
    return _USED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is None


# "had supplied Russian defense manufacturers", "supplying Russia's military industry": the
# customers stand where the goods would, and what arms makers are supplied with is parts
_SUPPLY_VERBS: Final = word_set(
    "supply supplies supplied supplying equip equips equipped equipping"
)
_MAKER_HEADS: Final = word_set(
    """makers manufacturers producers factories plants assemblers industry industries companies
    firms enterprises sector complex"""
)
_SUPPLIER_NOUNS: Final = word_set("supplier suppliers")
_MILITARY_MODIFIERS: Final = word_set("military defense defence")
_ARMS_MODIFIERS: Final = word_set(
    "defense defence military arms weapons drone drones uav military-industrial aerospace"
)
_RUSSIA_WORDS: Final = word_set("russia russian moscow")


def _supplies_makers(words: list[Word], k: int) -> bool:
    """Whether the supply verb words[k] takes Russia's arms makers as its object."""
    nw = len(words)
    q = k + 1 if k + 1 < nw and words[k + 1].low != "the" else k + 2
    if q >= nw or words[q].low not in _RUSSIA_WORDS:
        return False
    armed = False
    for r in range(q + 1, min(nw, q + 4)):
        low = words[r].low
        if low in _MAKER_HEADS:
            return armed  # not "supplied Russian food factories"
        armed = armed or low in _ARMS_MODIFIERS
    return False


def nominal_candidate(w: Word) -> bool:
    return w.last in _NOMINAL


_SHARE_HEDGES: Final = word_set("almost nearly about roughly")


def _share_of_pronoun(words: list[Word], k: int) -> bool:
    """ "resold almost all of it to X": the goods named before, as a pronoun would be."""
    q = k + 1
    if q < len(words) and words[q].low in _SHARE_HEDGES:
        q += 1
    return (
        q + 2 < len(words)
        and words[q].low in _SHARE_WORDS
        and words[q + 1].low == "of"
        and words[q + 2].low in ("it", "them")
    )


def _word_before(words: list[Word], k: int, wanted: frozenset[str], low_text: str) -> bool:
    """Whether one of `wanted` is one of the two words before words[k]: what a regex that
    ends at words[k] with one of them (and at most one word more) needs. (A case-insensitive
    regex reads "ı" as "i": such a text always may.)"""
    return (
        (k > 0 and words[k - 1].low in wanted)
        or (k > 1 and words[k - 2].low in wanted)
        or "ı" in low_text
    )


def _in_name(mentions: list[Mention], pos: int) -> bool:
    """Whether a name (not a coreference) spans the character at `pos`."""
    for mn in mentions:  # noqa: SIM110 (a loop: mypyc compiles any(generator) slowly)
        if mn.start <= pos < mn.end and mn.via != "coref":
            return True
    return False


def find_triggers(
    text: str,
    low_text: str,
    base: int,
    words: list[Word],
    mentions: list[Mention],
    products: list[Product],
    makers: bool = False,
    sanction_context: bool = False,
) -> list[Trigger]:
    """`makers`: maker nouns count even without a Russian company named here (an annex
    item's sentences are about the item); `low_text` is `text` lower-cased."""
    out: list[Trigger] = []
    nw = len(words)
    long_list: bool | None = None  # "as well as", "along with": found when needed
    bounds: tuple[int, int] | None = None
    candidates = [
        k
        for k, w in enumerate(words)
        # a plain word's `last` is its `low` (the same string): one lookup answers for both
        if w.low in _CANDIDATE_KEYS or (w.last is not w.low and w.last in TRIGGER_WORDS)
    ]
    russia_words: frozenset[int] = frozenset()  # inside "Russian troops": not an object
    if candidates:
        russia_groups = [mn for mn in mentions if mn.kind == "group" and mn.name == _RUSSIA]
        if russia_groups:
            russia_words = frozenset(
                [cw.start for mn in russia_groups for cw in words if mn.start < cw.start < mn.end]
            )
    russian_org: bool | None = True if makers else None  # maker nouns: Russian makers only
    for k in candidates:
        w = words[k]
        if w.low in _CONVERT_WORDS:
            conv = _conversion(words, k, products)
            if conv is not None:
                out.append(Trigger("production", w.start, w.end, w.text, obj=conv))
            if w.low not in TRIGGER_WORDS and w.low not in _SOURCE_VERBS:
                continue
        if w.low in _MAKER_NOUNS:
            if russian_org is None:
                russian_org = any(
                    mn.kind == "organization" and mn.country == _RUSSIA for mn in mentions
                )
            if not russian_org:
                continue
        kind = TRIGGER_WORDS.get(w.low) or TRIGGER_WORDS.get(w.last)
        if w.low == "fuel" and _fuel_noun(text, base, words, k):
            continue  # "food, fuel and hard currency", "fuel pumps": the goods, no verb
        if w.low in SOURCE_NOUNS and _main_source(words, k):
            kind = "supply"  # "the main source of components": a supplier
        elif w.low in SOURCE_NOUNS and (
            w.low != "source" or k == 0 or words[k - 1].low not in _SOURCE_VERB_LEFT
        ):
            continue  # "a source from the ministry said": the noun
        if (
            kind is not None
            and w.low != w.last
            and w.low not in TRIGGER_WORDS
            and (w.last.endswith("ing") or text[w.start - base].islower() or w.last in FITTED_TAILS)
            and w.low[: len(w.low) - len(w.last) - 1] not in _VERB_PREFIXES
        ):
            continue  # "camera-carrying drones", "solid-fuel engines", "AI-equipped drones":
            # adjectives
        if (
            kind == "production"
            and w.low in _PRODUCTION_NOUNS
            and k + 1 < nw
            and words[k + 1].low in _PRODUCTION_GEAR
        ):
            continue  # "ballistic missile production equipment": a thing, not an act
        if kind is None and w.low in DEAL_NOUNS and k > 0 and words[k - 1].low in _ARMS_WORDS:
            kind = "supply"  # "denied engaging in arms trade", "never had arms dealings"
        if (
            kind == "supply"
            and w.low in _DELIVERY_NOUNS
            and k >= 1
            and words[k - 1].low in _TAKE_WORDS
        ):
            kind = "receive"  # "X took delivery of Y": X receives
        if w.low in _SOURCE_VERBS or w.low in _TURN_OUT:  # "Moscow has turned to Tehran"
            nxt_low = words[k + 1].low if k + 1 < nw else ""
            if nxt_low == "out" and w.low in _TURN_OUT:
                kind = "production"  # "the factory now turns out thousands of drones"
            elif w.low in _SOURCE_VERBS and nxt_low == _SOURCE_VERBS[w.low]:
                kind = "receive"
            else:
                continue
        come = w.low in COME_WORDS
        if come:
            q = k + 2 if k + 2 < nw and words[k + 1].low.endswith("ly") else k + 1
            if q >= nw or words[q].low != "from":
                continue  # "came under scrutiny", "come to power"
            kind = "receive"  # "came mostly from X": whoever X is sent them
        is_made = w.low == "made" and k + 1 < nw and words[k + 1].low in ("in", "by")
        if is_made or w.low in _MAKE:
            if w.start > base and text[w.start - base - 1] == "-":
                continue  # "U.S.-made electronics": an adjective
            if (
                not is_made
                and not any(
                    words[q].low in _ALL_OBJECT_WORDS or words[q].last in _ALL_OBJECT_WORDS
                    for q in range(k + 1, min(nw, k + 1 + _MAKE_WINDOW))
                )
                and not _product_after(words, k, products)
            ):
                continue  # the cheap test first: "made it clear", "making progress"
            if (
                w.low == "made"
                and not is_made
                and k + 1 < nw
                and words[k + 1].low in _NOT_MADE_NEXT
            ):
                continue  # "made of carbon fibre", "made it clear"
            if is_made and k > 0 and words[k - 1].low == "not":
                continue  # "components not made in North Korea": a description, not a denial
            kind = "production"
        if kind is None:
            continue
        if _in_name(mentions, w.start) and not (
            k + 1 < nw
            and words[k + 1].low in ("of", "for")
            and any(mn.end == w.end and mn.kind == "group" for mn in mentions)
        ):  # part of a name ("Development Office"), but "Chinese suppliers of engines"
            continue
        halted = False
        if nominal_candidate(w):
            ctl_left = text[max(0, w.start - base - 40) : w.start - base]
            ctl = gated_search(_CONTROL_LEFT_RE, ctl_left, _CONTROL_LEFT_NEEDS)
            if ctl is not None:
                if not ctl.group().lower().startswith(_HALT_VERBS) or kind != "supply":
                    continue  # "strictly controls the export of drones": regulation, not supply
                halted = True  # "it had stopped all shipments to Russia": a company's denial
        elif kind == "supply" and k > 0 and w.low.endswith("ing") and words[k - 1].low in _HALTED:
            if k > 1 and words[k - 2].low in _PLEDGE_BEFORE:
                continue  # "the firms would stop selling to Russia": a pledge, no denial
            halted = True  # "it had stopped selling into Russia"
        if kind == "production" and _described_use(text, base, words, k):
            continue  # "tools that can be used to build weapons": a description
        if kind == "production" and _means_of_production(text, base, words, k):
            continue  # "transferred the know-how for producing drones": what was sent (parts)
        if (
            kind == "production"
            and _word_before(words, k, _TIED_PREPS, low_text)
            and any_word_in(low_text, _TIE_WORDS)
            and _UNNAMED_MAKER_LEFT_RE.search(text, max(0, w.start - base - 70), w.start - base)
        ):
            continue  # "sold chips to a Russian company tied to the production of drones"
        if (
            kind == "production"
            and _word_before(words, k, _RELATIVE_PRONOUNS, low_text)
            and (" that " in low_text or " which " in low_text)
            and _UNNAMED_MAKER_REL_RE.search(text, max(0, w.start - base - 70), w.start - base)
        ):
            continue  # "supplied parts to a Russian company that makes the Orlan-10": that
            # company, named by no actor, makes them
        if (
            kind == "production"
            and k > 1
            and w.low.endswith("ing")
            and words[k - 1].low in _UNNAMED_MAKERS
            and words[k - 2].low in _BENEFIT_PREPS
            and not _in_name(mentions, words[k - 1].start)
        ):
            continue  # "processed payments for companies making drones": those companies,
            # named by no actor, make them
        nxt = words[k + 1].low if k + 1 < nw else ""
        line = kind == "production" and nxt in _LINE_WORDS  # "set up a production line for"
        set_up = (
            w.low == "production"
            and _SET_UP_BEFORE_RE.search(
                text, max(0, w.start - base - _SET_UP_REACH), w.start - base
            )
            is not None
        )
        if nxt in _COMPOUND_NEXT and not line:
            continue  # "export controls", "shipping records"
        if nxt in _SHIFT_NEXT and w.low in _MOVE_WORDS:
            continue
        if w.low in _MOVE_WORDS and k > 0 and words[k - 1].low in _DETERMINERS:
            continue  # "a move Beijing presented as evidence": the noun, no shipment
        if w.low == "moves" and k > 0 and words[k - 1].low.endswith(("est", "ed")):
            continue  # "one of Washington's most pointed moves yet", "its latest moves": a noun
        if w.low == "given" and (k == 0 or words[k - 1].low not in _GIVEN_LEFT):
            continue
        if w.low == "passed" and not PASSED_TO_RE.match(text, w.start - base):
            continue  # "passed from Iran to Russia", "passed them on to": no handing over
        if (
            w.low in _TEST_NOUNS
            and k > 0
            and (words[k - 1].low in _TESTED_ARMS or _classify_at(words, k - 1) == "weapon")
        ):
            continue  # "penalties over its weapons tests", "missile tests": its own program
        if _registered_as(words, k):
            continue  # "was not registered as an exporter of dual-use goods": a status
        if w.low in _SHIP_NOUNS and k > 0 and words[k - 1].low in _SHIP_LEFT:
            continue  # "a network of ships", "a Russian landing ship": the vessel
        if w.low == "transport" and nxt in _VEHICLES:
            continue  # "military transport helicopters"
        if w.low in _CARRY and k > 0 and _is_arms(words[k - 1].last):
            continue  # "a quadcopter carrying a 3-kilogram warhead": its payload
        if w.low in _CARRY and nxt == "out":
            continue  # "never carried out operations for X": performed, not hauled
        if w.low in _FLOW_NOUNS and k > 0 and words[k - 1].low in _PAYMENT_LEFT:
            continue  # "money transfers from migrant workers", "cash flows": payments
        word = text[w.start - base : w.end - base]
        j = k - 1
        while j >= 0 and words[j].low in _ADVERBS:
            j -= 1
        prev = words[j].low if j >= 0 else ""
        participle = w.last.endswith(("ed", "en")) or w.last in _PARTICIPLE_IRREGULAR
        passive = (
            come
            or (w.low in _GOODS_MOVE and nxt in _INTO)
            or (w.low in _TRACE_BACK and k + 1 < nw and words[k + 1].low == "back")
            or (
                not is_made
                and participle
                and (
                    prev in _BE
                    # not "X Motor supplied": a firm's name may end in an object word
                    or (prev in _REDUCED_OBJECTS and not _firm_name_ends(words, j, mentions))
                )
            )
        )
        if (
            not passive
            and participle
            and nxt == "by"
            and text[max(0, w.start - base - 2) : w.start - base] == ", "
        ):
            passive = True  # "The Orlan-10, built by X, is used by": a reduced relative
        nominal = w.last in _NOMINAL and not passive and prev not in _VERBAL_LEFT
        if not nominal and nxt == "of" and prev in _DETERMINERS and not w.low.endswith("ed"):
            nominal = True  # "the dispatch of North Korean troops": a verb's form as a noun
        if w.low in DEAL_NOUNS and prev in _ARMS_WORDS:
            nominal = True  # "North Korea's arms trade with Russia": the owner trades
        if nominal and set_up:
            nominal = False  # "set up its own production line for the drones": a verb's object
        if w.low in TRACED_WORDS and not (passive and _traced_to(words, k)):
            continue  # "investigators traced the payments": only "X were traced to Y" names Y
        if w.low in ORDERED_WORDS and kind == "receive" and not _bought_from(words, k):
            continue
        if w.low in HAND_WORDS and nxt != "over":
            continue
        if w.low in _SECURE and nxt in _FASTENED_NEXT:
            continue  # "the warhead is secured with bolts", "secured to the airframe"
        if nominal and text.startswith(_OWN, w.end - base):
            continue  # "trading houses with no manufacturing of their own"
        if bounds is None or not (bounds[0] <= w.start - base < bounds[1]):
            bounds = clause_bounds(text, w.start - base)
        lo_c, hi_c = bounds
        hi_k = k + 1
        reach = _MAKE_WINDOW if w.low in _MAKE and not is_made else _WINDOW
        while hi_k < nw and hi_k - k <= reach and words[hi_k].start - base < hi_c:
            hi_k += 1
        if kind == "receive" and (nominal or (k + 1 < nw and words[k + 1].low == "of")):
            # "purchases of Russian oil, and visas for students": the object ends at a comma
            comma = text.find(", ", w.end - base, words[hi_k - 1].end - base)
            while comma >= 0 and hi_k > k + 1 and words[hi_k - 1].start - base > comma:
                hi_k -= 1
        prod = kind == "production"
        if is_made and k > 0 and _classify_at(words, k - 1, prod) is not None:
            # "engines made by X were found in a drone": what X made came first
            obj, obj_at = _classify_at(words, k - 1, prod), hi_k
        elif is_made and (model := _model_made(text, base, words, k, products)) is not None:
            # "The Orlan-10 is made by X": the model came first, not the words of X's name
            obj, obj_at = model, hi_k
        elif come:
            obj, obj_at = None, hi_k  # what came is the subject, on the left
        elif k + 1 < nw and words[k + 1].low in _INDEFINITE_OBJECTS and kind == "supply":
            obj, obj_at = "generic", hi_k
        elif prod and _anything_for_arms(words, k + 1, hi_k):
            obj, obj_at = "component", hi_k  # "do not produce anything for Russian drones"
        elif kind != "production" and (
            (k + 1 < nw and words[k + 1].low in _PRONOUN_OBJECTS) or _share_of_pronoun(words, k)
        ):
            # "re-exported them to Kronstadt": what "them" stands for came before
            obj, obj_at = _object(words, 0, k, products, True, prod), hi_k
            if obj == "drone" and _pronoun_part(words, k, products):
                obj = "component"  # "made wing sections for the Geran and shipped them"
        elif (
            nominal
            and prev in _NP_OPENERS
            and not line
            and not (k + 1 < nw and words[k + 1].low in _NOUN_OBJECT_PREPS)
            and not (  # "the design and development of the Shahed-136"
                k + 3 < nw and words[k + 1].low in _CONJ_WORDS and words[k + 3].low == "of"
            )
        ):
            # "conduct the transfers, including vessels that switched off their
            # transponders": a noun's object follows "of", or comes before ("arms transfers")
            obj, obj_at = None, hi_k
        elif nominal and k + 1 < nw and words[k + 1].low in _MODALS:
            # "Pyongyang's exports could help the North test its missile technology": the
            # noun is a subject, what follows is its verb's
            obj, obj_at = None, hi_k
        elif kind == "supply" and gives_information(text, base, words, k):
            continue
        else:
            obj, obj_at = _first_object(words, k + 1, hi_k, products, prod, russia_words)
            if prod and obj == "drone" and _used_in(words, k + 2, obj_at):
                obj = "component"  # "develops navigation systems used in military drones"
        if obj is None and prod and w.low in _BUILD_VERBS:
            obj = _factory_object(words, k, products)  # "build a factory to produce them"
        if w.low in _MAKE and not is_made and obj is None:
            continue  # "making it harder": only "making drones" is production
        # "Russian citizens who moved to Bishkek": the noun before is the verb's subject
        subject_left = not (passive or nominal) and prev in _RELATIVES
        # "X and Y, both Dutch citizens born in Russia, sent ...": the apposition that closes
        # before an active verb describes its subject, it holds no object
        subject_left = subject_left or (
            not (passive or nominal) and text[max(0, w.start - base - 2) : w.start - base] == ", "
        )
        if (obj is None and not subject_left) or passive or nominal:
            near = 3 if nominal and not passive else 8
            lo_k = _reach_back(words, k, near, base + lo_c)
            if not (passive or nominal):
                lo_k = _after_new_clause(words, lo_k, k)
            elif nominal and obj is not None:
                lo_k = _after_conjunction(words, lo_k, k)
            left_obj = _object(
                words, lo_k, k + 1 if nominal else k, products, last=True, production=prod
            )
            if passive and left_obj == "drone" and _part_of_drone(words, lo_k, k):
                left_obj = "component"  # "the engine used in the drones was produced by X"
            elif (
                passive
                and left_obj == "weapon"
                and _part_of_drone(
                    words,
                    _reach_back(words, k, _PHRASE_REACH, base + lo_c),
                    k,
                    products,
                    ("drone", "weapon"),
                )
            ):
                left_obj = "component"  # "components found in Russian drones and missiles in
                # recent months were supplied by X": the parts, not the missiles
            elif (
                prod
                and (passive or is_made)
                and left_obj == "drone"
                and _part_of_drone(
                    words, _reach_back(words, k, _PHRASE_REACH, base + lo_c), k, products
                )
            ):
                left_obj = "component"  # "modules found in Russian drones are made in China"
            elif (
                passive
                and left_obj == "drone"
                and _part_of_drone(words, _reach_back(words, k, _FAR_PASSIVE, base + lo_c), k)
            ):
                left_obj = "component"  # "the engines found in at least 14 drones shot
                # down since July were manufactured by X": the part heads the long phrase
            elif come and left_obj in ("drone", "weapon"):
                left_obj = _came_part(words, lo_k, k, left_obj)

            elif (
                not (passive or nominal)
                and left_obj == "drone"
                and _pronoun_part(words, k, products)
            ):
                left_obj = "component"  # "exporting components used in drones, routing
                # the goods through Kyrgyzstan": the verb moves the parts again
            if obj is None or (
                left_obj is not None
                and (passive or nominal)
                and not (nominal and left_obj == "people")  # "engineers oversaw the assembly"
            ):
                obj, obj_at = left_obj, hi_k  # hi_k: no coordinated objects to the right
            if (
                obj is None
                and nominal
                and w.low in _SUPPLIER_NOUNS
                and words[k - 1].low in _MILITARY_MODIFIERS
            ):
                obj, obj_at = "weapon", hi_k  # "one of Russia's most important military
                # suppliers": arms, unless the goods are named ("first with drones")
            if obj is None and passive and prod and lo_k > 0:
                # "Geran-2 drones ..., and officials say most are now built at Alabuga"
                far = max(0, lo_k - _FAR_PASSIVE)
                obj = _object(words, far, lo_k, products, last=True, production=prod)
                if obj == "drone" and _part_of_drone(
                    words, _reach_back(words, k, _PHRASE_REACH, base + lo_c), k, products
                ):
                    obj = "component"  # "The component, a unit used to stabilize the drone
                    # and help it navigate ..., was manufactured by X"
        if obj is None and kind in ("supply", "receive"):
            around = range(max(0, k - 3), k) if passive else range(k + 1, min(hi_k, k + 6))
            for q in around:  # "sold its products", "its products were sold"
                if words[q].low in GENERIC_WORDS:
                    obj = "generic"
                    break
            if (
                obj is None
                and kind == "supply"
                and (halted or _negated_verb(words, k))
                and not _says_nothing(words, k + 1, hi_k)
            ):
                obj = "generic"  # "had never supplied any Russian military customer"
        if (
            obj is None
            and w.low in _SUPPLY_VERBS
            and not (passive or nominal)
            and _supplies_makers(words, k)
        ):
            obj = "component"
        if obj is None and (
            w.low == "arming" or (w.low == "armed" and _actor_at(mentions, k, words))
        ):
            obj = "weapon"  # "denied arming Russia", "has armed Russia with ..."
        if obj is None or (obj == "people" and (w.last in _CARRY or come)):
            continue  # "a plane carrying officials" is no deployment, "workers came from X"
            # no transfer
        if obj == "component" and w.low in TRADE_NOUNS and ordinary_trade_figure(words, k, hi_k):
            continue  # "Kyrgyz exports of electronics to Russia have risen": a trade figure
        if (
            kind == "receive"
            and not (nominal or passive)
            and obj in ("component", "drone", "weapon")
            and _PROCURED_FOR_RE.match(text, w.end - base, hi_c)
        ):
            kind = "supply"  # "X procured machine tools for a Russian arms plant": an agent's
            # purchases for Russia supply it
        if obj == "generic" and out and _same_goods_after(words, k):
            # "Armenia exported chips ..., and Kazakhstan's exports of the same goods grew"
            obj = next((t.obj for t in reversed(out) if t.obj in _GOODS_CLASSES), obj)
        trig = Trigger(kind, w.start, w.end, word, passive, nominal, obj)
        trig.halted = halted
        out.append(trig)
        if obj_at + 1 >= hi_k:
            continue
        if long_list is None:
            long_list = any_word_in(text, _LONG_LIST_CUES)
        if long_list and hi_k < nw:
            # "... launchers, as well as 11,000 troops", "drones, along with the technology"
            while hi_k < nw and hi_k - k <= _LONG_WINDOW and words[hi_k].start - base < hi_c:
                hi_k += 1
        if _coordinator_among(words, obj_at + 1, hi_k):
            more_objs = _coordinated(words, obj_at + 1, hi_k, products, prod, obj)[1:]
            if obj == "component" and "weapon" in more_objs and w.last in HAUL_WORDS:
                trig.obj = "weapon"  # a carrier's "missile parts and other military cargo"
                more_objs.remove("weapon")
            for more in more_objs:
                # "sending troops and weapons": one trigger per kind of object
                out.append(Trigger(kind, w.start, w.end, word, passive, nominal, more))
    if "-" in low_text:
        out.extend(_supplied_compounds(words, mentions, products))
    lows = frozenset([w.low for w in words])
    if not lows.isdisjoint(EVASION_TOKENS) and EVASION_GATE_NEEDLES.any_in(low_text):
        for start, end in evasion_spans(text, low_text):
            found = text[start:end]
            if (
                _WEAK_EVASION_RE.match(found)
                and found.lower() not in _ROUTING_INTERMEDIARIES
                and not _EVASION_CONTEXT_RE.search(text[:start] + text[end:])
            ):
                continue  # "through an intermediary firm" alone is not evasion
            if folded_search(
                _ENFORCED_EVASION_RE, _ENFORCED_TWIN, text, low_text, max(0, start - 90), start
            ):
                continue  # "dozens of proceedings over violations of the sanctions"
            left = text[max(0, start - 30) : start]
            nominal = bool(_EVASION_NOMINAL_RE.match(found)) and not (
                _COPULA_AS_RE.search(left)
                or ("what " in text and _COPULA_TERM_RE.search(text, max(0, start - 70), start))
            )
            routed = found.lower().startswith(("rout", "shipped", "sent", "exported", "moved"))
            passive = routed and bool(_BE_LEFT_RE.search(left))  # "were routed through X"
            out.append(Trigger("evasion", base + start, base + end, found, passive, nominal))
            if _CONDUIT_RE.search(found):
                # "X have been used to route chips to Russia": X passes the goods on, it does
                # not supply them
                out = [t for t in out if not (t.kind == "supply" and start <= t.start - base)]
    if not lows.isdisjoint(_ROUTE_NOUNS):
        non_trade = not lows.isdisjoint(_NON_TRADE)
        # "X have become one of the main routes by which"
        for m in folded_finditer(_ROUTE_RE, _ROUTE_TWIN, text, low_text):
            if non_trade and _non_trade_route(text, m.end(m.lastgroup or "noun")):
                continue
            out.append(
                Trigger(
                    "evasion",
                    base + m.start(m.lastgroup or "noun"),
                    base + m.end(m.lastgroup or "noun"),
                    m.group(m.lastgroup or "noun"),
                    nominal=True,
                )
            )
    if not lows.isdisjoint(_TRANSIT_WORDS):
        for m in _TRANSIT_THAT_RE.finditer(text):
            clause = text[m.end() : m.end() + 60].lower()
            if not _NON_TRADE.isdisjoint(WORD_RE.findall(clause)):
                continue  # "a transit hub that serves tourists": no goods pass
            start, end = base + m.start("noun"), base + m.end("noun")
            if not any(t.kind == "evasion" and t.start == start for t in out):
                out.append(Trigger("evasion", start, end, m.group("noun"), nominal=True))
    sanction_words = sanction_cue(lows) or (
        "-" in low_text and any_word_in(low_text, _HYPHEN_SANCTION_GATES)  # (all hold "-")
    )
    if sanction_words and SANCTION_GATE_NEEDLES.any_in(low_text):
        # the left context's regex needs one of its words: none in the sentence, none left
        bad_left = may_contain(low_text, _EVASION_BAD_LEFT_NEEDS)
        for start, end in _sanction_spans(text, low_text):
            left = text[max(0, start - 50) : start]
            if bad_left and _EVASION_BAD_LEFT.search(left):
                continue
            found = text[start:end]
            if found == "sanctioned" and _SANCTIONED_GOODS_RE.match(text, end):
                continue  # "transit routes for sanctioned goods": no one is sanctioned
            out.append(Trigger("sanction", base + start, base + end, found))
    if not lows.isdisjoint(_LIST_VERBS) or (
        sanction_context
        and not (
            lows.isdisjoint(_TARGET_VERBS)
            and lows.isdisjoint(_DESIGNATE_VERBS)
            and lows.isdisjoint(_LIST_NOUNS)
            and lows.isdisjoint(_NAME_VERBS)
            and lows.isdisjoint(_INVERTED_LISTING)
            and lows.isdisjoint(_PACKAGE_VERBS)
            and "added" not in lows
        )
    ):
        out.extend(_listing_triggers(words, mentions, sanction_context))
    for mn in mentions:
        if mn.kind == "group" and mn.people and not _describes_person(words, mn):
            t = _personnel(words, mn)
            if t is not None:
                out.append(t)
    if len(out) > 1:
        out.sort(key=lambda t: t.start)
    if out and (  # (no triggers: nothing for the purpose test to drop)
        "territor" in low_text
        or "soil" in low_text
        or "jurisdiction" in low_text
        or (" use of " in low_text)
    ):
        out = _purpose_of_territory(out)
    return out


# "Iranian-supplied missiles", "the drones were Chinese-provided": the state before the
# hyphen supplied the goods named after the compound (or, after a copula, before it)
_SUPPLIED_TAILS: Final = word_set("supplied provided delivered donated shipped exported")
_COMPOUND_OBJECT_REACH: Final = 4


def _supplied_compounds(
    words: list[Word], mentions: list[Mention], products: list[Product]
) -> list[Trigger]:
    out: list[Trigger] = []
    for k, w in enumerate(words):
        if w.last is w.low or w.last not in _SUPPLIED_TAILS:
            continue
        tail_at = w.end - len(w.last)
        if not any(
            mn.kind in ("adjective", "country") and mn.start <= w.start and mn.end == tail_at - 1
            for mn in mentions
        ):
            continue
        hi = min(len(words), k + 1 + _COMPOUND_OBJECT_REACH)
        obj = _object(words, k + 1, hi, products, last=False)
        if obj is None and k > 0 and words[k - 1].low in _BE:
            obj = _object(words, max(0, k - 1 - _WINDOW), k - 1, products, last=True)
        if obj is not None and obj != "people":
            out.append(Trigger("supply", tail_at, w.end, w.last, passive=True, obj=obj))
    return out


def _sanction_spans(text: str, low_text: str) -> list[tuple[int, int]]:
    """The spans of `SANCTION_RE.finditer(text)`: its lower-cased twin is tried only where
    one of its openings starts in `low_text`, not at every word of the sentence."""
    if not lowers_evenly(text, low_text):
        return lowered_spans(SANCTION_RE, _SANCTION_TWIN, text, low_text)  # odd folds
    starts = positions(low_text, _SANCTION_OPENINGS)
    return [m.span() for m in matches_at(_SANCTION_TWIN, low_text, starts, len(low_text))]


def _non_trade_route(text: str, noun_end: int) -> bool:
    """ "a hub for tourism", "a gateway for Russian tourists": what passes is no goods."""
    m = _FOR_COMPLEMENT_RE.match(text, noun_end)
    if m is None:
        return False
    words = m.group("words").lower().split()
    if "and" in words or "or" in words:
        return False
    return not _NON_TRADE.isdisjoint(words)


# "OFAC-designated X" is one word ("ofac-designated") for the token cue
_HYPHEN_SANCTION_GATES: Final = ("-sanction", "-designat", "-blacklist")
_TERRITORY_PURPOSE_REACH: Final = (
    40  # chars: "... to be used for the re-export of sanctioned goods"
)


def _purpose_of_territory(triggers: list[Trigger]) -> list[Trigger]:
    """ "does not allow its territory to be used for the re-export of goods": the purpose
    names what the state formula is about, no act of its own."""
    formula = [t for t in triggers if t.kind == "evasion" and OWN_TERRITORY_RE.match(t.word)]
    if not formula:
        return triggers
    return [
        t
        for t in triggers
        if t.kind in ("sanction", "personnel")
        or t in formula
        or not any(0 <= t.start - f.end <= _TERRITORY_PURPOSE_REACH for f in formula)
    ]


_LIST_VERBS: Final = word_set("listed listing lists")
_TARGET_VERBS: Final = word_set("target targeted targets targeting")
# "the Treasury singled out X", "Washington penalized X": where sanctions are the topic
_DESIGNATE_VERBS: Final = word_set("singled penalized penalised penalizes penalises")
# "Earlier rounds hit companies in X": what sanctions packages do, where they are the topic
_PACKAGE_VERBS: Final = word_set("hit hits")
_NAME_VERBS: Final = word_set(
    "named names"
)  # "The Treasury also named X": where sanctions are the topic
_INVERTED_LISTING: Final = word_set("targeted listed sanctioned designated named included")
_LIST_AUX: Final = word_set(
    "has have had is are was were also already further additionally today now"
)
# "the department", "the bloc": an authority named before, where sanctions are the topic
_AUTHORITY_NOUNS: Final = word_set(
    "department ministry government treasury council bloc administration office agency commission"
)
_WARRING: Final = frozenset({"Russia", "Ukraine"})  # their "targeted" is mostly a strike


def _describes_person(words: list[Word], mn: Mention) -> bool:
    """`X and Y, both Dutch citizens born in Russia,`: the citizens are the named people,
    not a force that serves Russia (unlike `both North Korean soldiers`)."""
    if not (mn.in_apposition and mn.head is not None and mn.head.kind == "person"):
        return False
    return any(w.low in _CIVIL_STATUS for w in words if mn.start <= w.start < mn.end)


_CIVIL_STATUS: Final = word_set("citizen citizens resident residents")


def _listing_triggers(
    words: list[Word], mentions: list[Mention], sanction_context: bool
) -> list[Trigger]:
    """ "the Council listed X", "the EU has also listed X": a government that lists
    someone sanctions them (other lists are not sanctions: "listed on the exchange"); so
    does one that targets someone where sanctions are the topic ("The bloc targeted X")."""
    out: list[Trigger] = []
    for k, w in enumerate(words):
        if w.low in _LIST_NOUNS and sanction_context:
            trig = _added_to_list(words, mentions, k)
            if trig is not None:
                out.append(trig)
            if trig is not None or w.low not in _LIST_VERBS:
                continue  # ("lists" may still be the verb: "a package that lists X")
        if (
            sanction_context
            and k <= 1
            and w.low in _INVERTED_LISTING
            and (k == 0 or words[0].low == "also")
            and k + 1 < len(words)
            and words[k + 1].low in ("are", "were", "is", "was")
        ):  # "Also targeted are X, Y and Z": sanctions.py reads the inverted subject
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue
        if (
            w.low == "added"
            and sanction_context
            and _passive_before(words, k - 1)
            and (k + 1 == len(words) or words[k + 1].low in _ADDED_NEXT)
        ):
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue  # "X and Y were added on the grounds that they shipped ...": listed
        if w.low == "listed" and sanction_context and _bare_passive_listing(words, k):
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue  # "Four Iranian entities were also listed, among them X"
        if w.low == "listed" and _listed_by_government(words, mentions, k):
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue  # "X was listed by the EU": the bloc sanctions X
        target = (
            w.low in _TARGET_VERBS
            or w.low in _DESIGNATE_VERBS
            or (w.low in _NAME_VERBS and sanction_context)
        )
        hit = w.low in _PACKAGE_VERBS and sanction_context and not _hit_hard(words, k)
        if not (w.low in _LIST_VERBS or (target and sanction_context) or hit):
            continue
        j = k - 1
        while j >= 0 and words[j].low in _LIST_AUX:
            j -= 1
        if j < 0:
            continue
        if j > 0 and _bracketed_acronym(words, j):
            j -= 1  # "the Office of Foreign Assets Control (OFAC) named X": the office
        if sanction_context and words[j].low in _AUTHORITY_NOUNS and _the_authority(words, j):
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue  # "The department also listed X": the authority just named
        if (
            sanction_context
            and j == 0
            and words[0].low in ("it", "they")
            and w.low in _LIST_VERBS
            and k + 1 < len(words)
            and words[k + 1].low not in _NOT_SANCTION_LISTING_NEXT
            and not _listed_as(words, k)
        ):
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue  # "It also listed X": the authority of the sentence before
        if _package_relative(words, j) and w.low != "target":  # not "measures that target X"
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue  # "a package of measures that for the first time lists X"
        if sanction_context and _package_subject(words, j) and _object_follows(words, k):
            out.append(Trigger("sanction", w.start, w.end, w.text))
            continue  # "The measures target X": the package just named
        if hit:
            continue  # (only a package hits anyone: "the strikes hit X", "Covid hit X")
        if words[j].low in _PACKAGES:  # "The new EU package lists X": the package's owner
            q = j - 1
            while q >= 0 and j - q <= 3 and words[q].low in _PACKAGE_MODIFIERS:
                q -= 1
            j = q if q >= 0 and j - q <= 3 else j
        at = words[j].end
        if any(
            mn.end == at
            and not mn.possessive
            and (mn.kind == "country" or (mn.kind == "organization" and mn.role == "government"))
            and not (target and mn.name in _WARRING)
            for mn in mentions
        ):
            out.append(Trigger("sanction", w.start, w.end, w.text))
    return out


_PASSIVE_AUX: Final = word_set("is are was were been being be")


def _bracketed_acronym(words: list[Word], j: int) -> bool:
    """`(OFAC)`, `(FCDO)` at j: an upper-case short form one mark after the word before
    (the brackets are no words)."""
    w = words[j]
    return (
        1 < len(w.text) <= 6
        and w.text.isupper()
        and w.start - words[j - 1].end == 2
        and words[j - 1].text[:1].isupper()
    )


def _listed_as(words: list[Word], k: int) -> bool:
    """`It listed X as its main shareholder`: a role the list gives X, no sanctions list."""
    return any(
        words[i].low == "as" and words[i + 1].low in ("a", "an", "its", "their", "the", "one")
        for i in range(k + 1, min(len(words) - 1, k + 9))
    )


def _the_authority(words: list[Word], j: int) -> bool:
    """`the department`, `the Foreign Ministry`, `the State Department`: the authority noun
    at j after `the` and up to two capitalised words."""
    q = j - 1
    while q >= 0 and j - q <= 2 and words[q].text[:1].isupper() and words[q].low != "the":
        q -= 1
    return q >= 0 and words[q].low == "the"


# what "listed" is followed by when it is no sanctions listing: "listed on the exchange",
# "listed as a shareholder", "listed in the registry", "listed by the exchange"
_NOT_SANCTION_LISTING_NEXT: Final = word_set("on as in at under by among here below above")


def _bare_passive_listing(words: list[Word], k: int) -> bool:
    """ "X and Y were listed for ...", "Four Iranian entities were also listed": a passive
    with no agent, where sanctions are the topic (sanctions.py reads its subject)."""
    j = k - 1
    if j >= 0 and words[j].low in ("also", "likewise", "similarly"):
        j -= 1
    if j < 0 or words[j].low not in _PASSIVE_AUX:
        return False
    if k + 1 >= len(words) or words[k + 1].low not in _NOT_SANCTION_LISTING_NEXT:
        return True
    # "were also listed, among them X" (not "listed among the largest exporters")
    return words[k + 1].low == "among" and k + 2 < len(words) and words[k + 2].low == "them"


def _listed_by_government(words: list[Word], mentions: list[Mention], k: int) -> bool:
    """ "X was listed by the EU", "X has been listed by Britain": a passive whose agent is a
    state or a bloc (not "listed by the exchange")."""
    if k == 0 or words[k - 1].low not in _PASSIVE_AUX or k + 2 >= len(words):
        return False
    if words[k + 1].low != "by":
        return False
    at = (
        words[k + 3].start
        if words[k + 2].low == "the" and k + 3 < len(words)
        else words[k + 2].start
    )
    return any(
        mn.start == at
        and (mn.kind == "country" or (mn.kind == "organization" and mn.role == "government"))
        for mn in mentions
    )


_HARD_WORDS: Final = word_set("hard hardest harder badly severely")


def _hit_hard(words: list[Word], k: int) -> bool:
    """ "The measures hit exporters in Turkey hard": what sanctions cost, not whom they list."""
    return any(w.low in _HARD_WORDS for w in words[k + 1 : k + 9])


def _package_subject(words: list[Word], j: int) -> bool:
    """Whether words ..j are `the measures`, `these new sanctions`, `the package`: the
    package an earlier sentence named, as the subject of the verb after word j."""
    if words[j].low not in _PACKAGE_HEADS:
        return False
    q = j - 1
    while q >= 0 and j - q <= 3 and words[q].low in _PACKAGE_MODIFIERS:
        q -= 1
    if q < 0:
        return j > 0 and words[0].low in _OPENING_PACKAGE_MODIFIERS and words[j].low.endswith("s")
    return q >= 0 and words[q].low in _PACKAGE_DETERMINERS and (q == 0 or words[q - 1].low != "of")


def _object_follows(words: list[Word], k: int) -> bool:
    """Whether an object may follow the verb at word k: not "its sanctions lists with
    partners", where "lists" is the noun."""
    return k + 1 < len(words) and words[k + 1].low not in _NOT_AN_OBJECT


_NOT_AN_OBJECT: Final = word_set("with of for to in on at from by and or as than were are is was")


def _package_relative(words: list[Word], j: int) -> bool:
    """Whether a relative pronoun whose antecedent is a sanctions package (or its measures)
    stands at most five words before word j+1."""
    for q in range(j, max(-1, j - 5), -1):
        if words[q].low in ("that", "which"):
            return any(words[p].low in _PACKAGE_HEADS for p in range(max(0, q - 8), q))
    return False


def _added_to_list(words: list[Word], mentions: list[Mention], k: int) -> Trigger | None:
    """ "The European Union added X and its subsidiaries to its list": a government's list,
    where sanctions are the topic, is its sanctions list (sanctions.py reads the targets)."""
    if k < 2 or words[k - 1].low not in ("its", "their", "the") or words[k - 2].low != "to":
        return None
    if k + 2 < len(words) and words[k + 1].low == "of" and words[k + 2].low in _NAMED_LIST_HEADS:
        return None  # "its list of Chinese military companies": a label, not sanctions
    for q in range(k - 3, max(-1, k - 16), -1):
        if words[q].low in _ADD_VERBS:
            j = q - 1
            if (
                q == k - 3
                and words[q].low == "added"
                and _passive_before(words, j)
                and not _list_of_other(words, k)
            ):
                w = words[k]  # "X was also added to the list": the list sanctions is about
                return Trigger("sanction", w.start, w.end, w.text)
            while j >= 0 and words[j].low in _LIST_AUX:
                j -= 1
            if j > 0 and words[j].low in _STATE_BODY_TAILS:
                j -= 1  # "the US authorities added": the state's
            if j >= 0 and any(
                mn.end == words[j].end and _government(mn) and mn.name not in _WARRING
                for mn in mentions
            ):
                w = words[k]
                return Trigger("sanction", w.start, w.end, w.text)
            return None
    return None


def _list_of_other(words: list[Word], k: int) -> bool:
    """`the list of sponsors`: a list of something else (not `of sanctioned entities`)."""
    return k + 2 < len(words) and words[k + 1].low == "of" and words[k + 2].low not in _SANCTIONED


_SANCTIONED: Final = word_set("sanctioned designated blacklisted")


# what follows a bare passive "were added" that lists someone: a reason or a time
_ADDED_NEXT: Final = word_set("for because over on after following alongside along together")


def _passive_before(words: list[Word], j: int) -> bool:
    """`was`, `were also`, `has been` ending at word j: a passive with no agent."""
    if j >= 0 and words[j].low in ("also", "later", "subsequently"):
        j -= 1
    return j > 0 and words[j].low in _PASSIVE_AUX


def _government(mn: Mention) -> bool:
    return not mn.possessive and (
        mn.kind == "country" or (mn.kind == "organization" and mn.role == "government")
    )


_LIST_NOUNS: Final = word_set("list lists blacklist")
# a list "of Chinese military companies" is a label (the Pentagon's), not sanctions; a
# "list of sanctioned entities" or "of companies subject to export controls" still is
_NAMED_LIST_HEADS: Final = word_set("chinese military")
_PACKAGES: Final = word_set("package round tranche")
_PACKAGE_DETERMINERS: Final = word_set("the these this its their")
_PACKAGE_HEADS: Final = word_set(
    "package packages round rounds tranche tranches measures sanctions designations"
)
_PACKAGE_MODIFIERS: Final = word_set(
    """new latest sanctions sanction fresh further 11th 12th 13th 14th 15th 16th 17th 18th 19th
    20th first second third fourth fifth sixth seventh eighth ninth tenth earlier previous
    past prior"""
)
# "Earlier rounds hit companies in X": a sentence may open on the packages with no article
_OPENING_PACKAGE_MODIFIERS: Final = word_set("earlier previous past prior")
_ADD_VERBS: Final = word_set("added adds adding put puts placed places")
_STATE_BODY_TAILS: Final = word_set("authorities government administration")


def _personnel(words: list[Word], mn: Mention) -> Trigger | None:
    after = [w for w in words if w.start >= mn.end][:16]
    cues = [
        w
        for w in after
        if w.low in PERSONNEL_WORDS
        and (w.low != "part" or _took_part(words, w))
        and not for_civil_job(words, w)
    ]
    if cues:
        w = cues[0]
        if w.low in CIVIL_PERSONNEL_CUES:
            w = next((c for c in cues if _military_purpose(words, c)), w)
        return Trigger("personnel", w.start, w.end, w.low, obj="people", hint=mn)
    before = [w for w in words if w.end <= mn.start][-6:]
    for w in reversed(before):
        if w.low in PERSONNEL_WORDS and w.low != "part":
            return Trigger("personnel", w.start, w.end, w.low, obj="people", hint=mn)
    # "women from countries including Uganda, Rwanda and Kenya": the list's last is far
    verb = _recruited_people_from(words, [w for w in words if w.end <= mn.start][-12:], mn)
    if verb is not None:
        return Trigger("personnel", verb.start, verb.end, verb.low, obj="people", hint=mn)
    if (
        len(before) > 1
        and before[-1].low == "about"
        and before[-2].low == "asked"
        and any(w.low in FALSE_WORDS for w in after)
        and any(w.low in CALL_VERBS for w in after)
    ):  # "Asked about North Korean troops, Peskov called it a fake": their presence
        people = next(
            (x for x in reversed(words) if x.end <= mn.end and x.low in PEOPLE_WORDS), None
        )
        if people is not None:
            return Trigger("personnel", people.start, people.end, people.low, obj="people", hint=mn)
    if (
        len(before) > 1
        and before[-1].low == "of"
        and before[-2].low in PRESENCE_REPORT_NOUNS
        and after
        and after[0].low in _PRESENCE_PREPS
    ):  # "dismissed reports of North Korean soldiers in Russia": their presence is the claim
        people = next(
            (x for x in reversed(words) if x.end <= mn.end and x.low in PEOPLE_WORDS), None
        )
        if people is not None:
            return Trigger("personnel", people.start, people.end, people.low, obj="people", hint=mn)
    if (present := present_at_war(after)) is not None:  # "personnel are present in Crimea"
        return Trigger("personnel", present.start, present.end, present.low, obj="people", hint=mn)
    if len(after) > 1 and after[0].low in ("in", "on") and after[1].low in WAR_PLACES:
        # "reports of Iranian advisers in Crimea": people at the war
        w = after[1]
        return Trigger("personnel", w.start, w.end, w.low, obj="people", hint=mn)
    return None


def _military_purpose(words: list[Word], w: Word) -> bool:
    """ "engineers worked at the site to train Russian staff": the purpose is the cue, not
    the civil "worked" (unlike "taking part in the fighting", "sending home money")."""
    idx = words.index(w)
    return w.low not in CIVIL_PERSONNEL_CUES and words[idx - 1].low == "to"


def _recruited_people_from(words: list[Word], before: list[Word], mn: Mention) -> Word | None:
    """ "recruits workers from abroad through its program, with women from X": people from X
    are the object of a hiring verb further back than the usual reach."""
    first = next((w for w in words if w.start >= mn.start), None)
    if first is not None and first.end <= mn.end and first.low in PEOPLE_WORDS:
        k = words.index(first)  # the mention is "women from X"
    else:
        at = next(
            (
                q
                for q in range(len(before) - 1, 0, -1)
                if before[q].low == "from" and before[q - 1].low in PEOPLE_WORDS
            ),
            None,
        )
        if at is None:
            return None
        k = words.index(before[at - 1])
    return next(
        (w for w in reversed(words[max(0, k - _PEOPLE_FROM_REACH) : k]) if w.low in HIRING_WORDS),
        None,
    )


_PEOPLE_FROM_REACH: Final = 16
# verbs whose object are people put to work: "recruit", "employ", "hire"
HIRING_WORDS: Final = word_set(
    """recruit recruits recruited recruiting employ employs employed employing hire hires hired
    hiring enlist enlists enlisted enlisting"""
)
PRESENCE_REPORT_NOUNS: Final = word_set(
    """report reports claim claims allegation allegations accusation accusations rumor rumors
    rumour rumours suggestion suggestions sightings evidence"""
)
_PRESENCE_PREPS: Final = word_set("in at inside on among alongside with near")


def _took_part(words: list[Word], w: Word) -> bool:
    idx = words.index(w)
    return idx > 0 and words[idx - 1].low in ("take", "takes", "took", "taking", "taken")
