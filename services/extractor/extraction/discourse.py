"""What an article has said so far, and the mention type every stage shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from .text import Token
from .wordset import word_set

NOT_NAME: Final = word_set(
    """The A An In On At According As After Before But And Or If While When Since During This
    That These Those It Its He She They We I You Our Their His Her Meanwhile However Earlier
    Later Last Next New Speaking Officials Western Both Many Some Several Other Such What Who
    Why How Where There Here Also Then Thus Still Yet Even Not No Under Over With Without From
    For By To Of January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday SEE ALSO Photo Image Read
    Latest Videos Video"""
)
# organizations that speak, report or rule, and so are no party to a list of companies
NOT_ORG_ROLES: Final = ("media", "research", "government", "counsel")
TITLE_WORDS: Final = word_set(
    """President Minister Secretary Spokesperson Spokesman Spokeswoman Deputy Ambassador General
    Gen Admiral Adm Director Chief Senator Sen Rep Representative Chair Chairman Chairwoman CEO
    Mr Mrs Ms Dr Prof Professor Colonel Col Lieutenant Lt Major Maj Captain Capt Commander Envoy
    Premier Chancellor Governor Gov Brigadier Marshal analyst researcher expert fellow official
    spokesperson spokesman spokeswoman prosecutor Prosecutor"""
)


class Mention:
    """An actor named in a sentence (plain class, not a dataclass: see text.Token)."""

    __slots__ = (
        "country",
        "end",
        "head",
        "in_apposition",
        "kind",
        "name",
        "parent",
        "people",
        "possessive",
        "prep",
        "role",
        "start",
        "tok_end",
        "tok_start",
        "via",
    )

    def __init__(
        self,
        start: int,
        end: int,
        tok_start: int,
        tok_end: int,
        name: str,
        kind: str,  # country | organization | person | group | adjective
        role: str = "",
        country: str | None = None,
        *,
        via: str = "gazetteer",
        people: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.tok_start = tok_start
        self.tok_end = tok_end
        self.name = name
        self.kind = kind
        self.role = role
        self.country = country
        self.prep: str | None = None
        self.in_apposition = False
        self.possessive = False
        self.via = via
        self.parent: str | None = None
        self.head: Mention | None = None
        self.people = people

    def __repr__(self) -> str:
        return f"Mention({self.name!r}, {self.kind!r}, {self.start}, {self.end}, via={self.via!r})"

    @property
    def is_actor(self) -> bool:
        return self.kind in ("country", "organization", "person", "group")


def stand_in(at: Mention, name: str, kind: str = "country", role: str = "government") -> Mention:
    """An actor the text refers to at `at` without naming it there: the state an official
    speaks for, the supplier whose delivery the recipient denies."""
    return Mention(at.start, at.end, at.tok_start, at.tok_end, name, kind, role, name, via="coref")


@dataclass
class OrgInfo:
    name: str
    country: str | None
    parent: str | None
    subsidiary: bool
    role: str


@dataclass
class Discourse:
    """What the article has said so far: for coreference and pronoun sources."""

    orgs: list[OrgInfo] = field(default_factory=list)
    last_person: str | None = None
    # the last private person a mention named, and whether no other person was named since:
    # whom "the suspect" and "he" stand for (person_refs.py)
    last_private: str | None = None
    private_last: bool = False
    last_media: str | None = None
    last_source: str | None = None
    last_authority: str | None = None
    last_report: str | None = None  # who wrote the report the article cites
    last_research: str | None = None  # the think tank named last: "the institute said"
    statement_by: str | None = None  # who made the statement the article last spoke of
    spokes_at: int = -9  # the last sentence where an unnamed spokesperson spoke
    spokes_voice: str | None = None  # ... and whom they spoke for
    authors_at: int = -1  # the sentence that opened with "The authors" (of that report)
    # whom "the officials", "the diplomat" stand for: "official" -> "United States"
    anonymous: dict[str, str] = field(default_factory=dict)
    speaker_states: dict[str, str] = field(default_factory=dict)  # official -> their state
    # (sentence start, speaker) of sentences that close a quote opened before: `Period,"
    # X wrote.` names who said the quote's first sentences
    quote_closers: list[tuple[int, str]] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # most recent last, distinct
    surnames: dict[str, str] = field(default_factory=dict)
    org_country: dict[str, str] = field(default_factory=dict)
    subject_types: dict[str, str] = field(default_factory=dict)  # subject -> last claim type
    supply_types: dict[str, str] = field(default_factory=dict)  # ... last type of goods
    last_goods: str | None = None  # the type of the goods the article last said were supplied
    charges: dict[str, set[str]] = field(default_factory=dict)  # subject -> asserted types
    # what an apposition called a company: "X, a Yerevan-based wholesaler" -> "wholesaler": X
    described: dict[str, str] = field(default_factory=dict)
    org_list: list[str] = field(default_factory=list)  # the last sentence naming 2+ companies
    org_list_at: int = -1  # its sentence index
    org_named_at: dict[str, int] = field(default_factory=dict)  # the last sentence naming it
    # the last sentence's groups of companies by place ("four companies in Türkiye"), their
    # count, and the companies it named as one of a group ("X was among 12 companies")
    company_groups: list[str] = field(default_factory=list)
    company_group_count: int | None = None
    group_members: list[str] = field(default_factory=list)
    company_groups_at: int = -9
    # (sentence, people or companies it named as a list): what "the three" stands for
    listed_actors: list[tuple[int, list[Mention]]] = field(default_factory=list)
    coordinated: list[str] = field(default_factory=list)  # the last "X and Y" of companies
    coordinated_at: int = -9  # ... and its sentence
    # short names the article introduced: first token -> (tokens, the actor they stand for)
    aliases: dict[str, list[tuple[tuple[str, ...], Mention]]] = field(default_factory=dict)
    alias_firsts: set[str] = field(default_factory=set)
    cored: set[str] = field(default_factory=set)
    counsel: set[str] = field(
        default_factory=set
    )  # law firms: they counsel, never act  # company names whose short forms are known
    russian_orgs: set[str] = field(default_factory=set)  # organizations said to be Russian
    private_people: set[str] = field(default_factory=set)  # people who may act, not speak
    # suppliers the article last showed arming Ukraine or its partners, not Russia
    ukraine_suppliers: set[str] = field(default_factory=set)
    # parts sent to a state that may be Russia's supplier, and that state (supplier_parts.py)
    parts_for_suppliers: list[tuple[dict[str, object], str]] = field(default_factory=list)
    # goods sent to a company the article names only here, which may pass them on to Russia
    parts_for_resellers: list[tuple[dict[str, object], str]] = field(default_factory=list)
    title_end: int = 0  # where the article's title line ends
    open_sanction_at: int = -9  # a sentence that sanctioned targets it did not name
    group_sanction_at: int = -9  # ... or named only as groups ("several Chinese firms")
    listed_group_at: int = -9  # a sentence that spoke of "the listed Indian firms"
    sanction_at: int = -9  # the last sentence that spoke of sanctions
    sanction_title: bool = False  # ... and whether the title did
    open_authority: str | None = None  # who imposed them
    gov_subject: str | None = None  # the government a sentence opened with as its subject
    gov_subject_at: int = -9  # ... and that sentence
    org_subject: Mention | None = None  # the company a sentence opened with as its subject
    org_subject_at: int = -9  # ... and that sentence
    issuer: str | None = None  # the government that acts in the article's own voice
    proposer: str | None = None  # the body that drafts a sanctions package ("the EU's draft")
    case_state: str | None = None  # the state whose authorities bring the reported case
    case_place: str | None = None  # else the state of the city the case is in
    case_lead: bool = False  # the lead has spoken of a case (charges, arrests, a probe)
    annex: str = ""  # inside an annex list of sanctioned "entities" or "people"
    item: Mention | None = None  # the target of the current annex item
    item_para: int = -1  # the item's paragraph
    lede_at: int = -1  # the lede sentence that described a company it did not name
    lede_country: str | None = None  # ... and where that company is
    lede_group: str | None = None  # ... and its nationality ("a Chinese firm")
    lede_person_at: int = -1  # the lede sentence that described a charged person unnamed
    qa_para: int = -1  # an interview: the last paragraph read
    qa_questions: list[tuple[int, int]] = field(default_factory=list)  # its questions' spans
    qa_asks: tuple[int, int] | None = None  # the last sentence read, if a question
    qa_cued: bool = False  # the intro said it is an interview
    qa_person: str | None = None  # whom it interviews

    def note_org_list(self, mentions: list[Mention], index: int) -> None:
        names = [
            m.name
            for m in mentions
            if m.kind == "organization"
            and m.via not in ("coref", "lede")
            and m.role not in NOT_ORG_ROLES
            and m.prep != "based"
            and not describes_another(m)  # "X, a subsidiary of Y": one company, no list
        ]
        names = list(dict.fromkeys(names))
        if len(names) >= 2:
            self.org_list, self.org_list_at = names, index

    def note_actor_lists(self, mentions: list[Mention], index: int) -> None:
        """The people, and the companies, a sentence named two or more of; else its states
        other than Russia ("Iran and North Korea ... The two")."""
        before = len(self.listed_actors)
        for kind in ("person", "organization"):
            named = {
                m.name: m
                for m in mentions
                if m.kind == kind
                and m.via not in ("coref", "lede")
                and m.role not in NOT_ORG_ROLES
                and not describes_another(m)
            }
            if len(named) >= 2:
                self.listed_actors = [*self.listed_actors[-3:], (index, list(named.values()))]
        if len(self.listed_actors) == before:
            states = {
                m.name: m
                for m in mentions
                if m.kind == "country" and m.via != "coref" and m.name != "Russia"
            }
            if len(states) >= 2:
                self.listed_actors = [*self.listed_actors[-3:], (index, list(states.values()))]

    def actor_lists(self, index: int, reach: int) -> list[list[Mention]]:
        """The lists of the last `reach` sentences, most recent first; a sentence with two
        lists of one length gives neither (which one "the two" means, it does not say)."""
        recent = [(i, ms) for i, ms in reversed(self.listed_actors) if index - i <= reach]
        return [
            ms
            for i, ms in recent
            if sum(1 for j, other in recent if j == i and len(other) == len(ms)) == 1
        ]

    def note_org(self, m: Mention) -> None:
        if m.via == "lede":  # (a name read from a list of designations is named all the same)
            return
        if m.role in NOT_ORG_ROLES:
            if m.role == "media":
                self.last_media = m.name
            elif m.role == "research":
                self.last_research = m.name
            return
        country = m.country or self.org_country.get(m.name)
        info = OrgInfo(m.name, country, m.parent, m.parent is not None, m.role)
        self.orgs = [o for o in self.orgs if o.name != m.name] + [info]
        if country:
            self.org_country.setdefault(m.name, country)
            if country == "Russia":
                self.russian_orgs.add(m.name)

    def note_country(self, name: str) -> None:
        if self.countries and self.countries[-1] == name:
            return
        self.countries = [*[c for c in self.countries if c != name][-5:], name]

    def note_person(self, name: str) -> None:
        self.last_person = name
        parts = name.split()
        if len(parts) > 1:
            for i, part in enumerate(parts):  # "Lin Jian" -> "Lin", "Kurt Campbell" -> "Campbell"
                if (
                    part[0].isupper()
                    and part not in NOT_NAME
                    and (
                        len(part) > 2 or (i == 0 and part[1:].islower() and part not in _PARTICLES)
                    )
                ):  # (a family name first, of two letters: "Li Wei" -> "Li", then "Mr Li")
                    self.surnames.setdefault(part, name)


# two-letter name words that open names but name no one alone: "Al Noor", "De Souza"
_PARTICLES: Final = word_set("Al El De Da Di Du Le La")

_PARTNER_WORDS: Final = word_set(
    "working cooperating collaborating partnering jointly cooperation collaboration "
    "partnership conjunction"
)


def partner_of_subject(tokens: list[Token], m: Mention) -> bool:
    """`a CAR team working with X`, `in cooperation with X`: X helps the clause's subject,
    which is the one that acts or speaks."""
    k = m.tok_start - 1
    if k > 0 and tokens[k].low == "the":
        k -= 1
    return k > 0 and tokens[k].low == "with" and tokens[k - 1].low in _PARTNER_WORDS


def describes_another(m: Mention) -> bool:
    """An organization named inside an apposition that describes another one ("X, a
    subsidiary of Y": Y)."""
    return m.in_apposition and m.head is not None and m.head.kind == "organization"


def token_index(tokens: list[Token], char: int) -> int:
    for i, t in enumerate(tokens):
        if t.start >= char:
            return i
    return len(tokens)


def overlaps(out: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in out)
