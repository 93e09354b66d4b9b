"""Who did it and who got it: subject and recipient of a trigger."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Final

from .goods_makers import drop_goods_makers
from .intermediaries import bought_through, resold_after
from .lexicon import (
    AUTHORITY_HEADS,
    COMPONENT_WORDS,
    DRONE_WORDS,
    GENERIC_WORDS,
    GOODS_WORDS,
    HELP_RE,
    SPEAKER_TERM,
    TRACED_WORDS,
    TRIGGER_WORDS,
    WEAPON_WORDS,
    any_of,
    any_word_in,
    lowers_evenly,
    search_from,
)
from .list_links import links_list, skips_descriptor_place
from .made_then_sent import made_in_state
from .mentions import SINGULAR_COMPANY, Discourse, Mention
from .plural_refs import PLURAL_REF_RE
from .triggers import HAUL_WORDS, OWN_TERRITORY_RE, ROUTE_NOUNS, Trigger, clause_bounds
from .wordset import word_set

RUSSIA: Final = "Russia"
# States and blocs that sanction Russia or arm Ukraine: one of them supplies or builds for
# Russia only when the text says so outright (it is the one that sends, and Russia or a
# Russian company receives), never by a made-in, an origin or a default recipient.
WESTERN_SIDE: Final = frozenset(
    [
        "United States",
        "United Kingdom",
        "Canada",
        "Japan",
        "South Korea",
        "Taiwan",
        "Australia",
        "New Zealand",
        "Switzerland",
        "Norway",
        "Iceland",
        "Israel",
        "Germany",
        "France",
        "Italy",
        "Poland",
        "Finland",
        "Estonia",
        "Latvia",
        "Lithuania",
        "Czech Republic",
        "Slovakia",
        "Hungary",
        "Netherlands",
        "Spain",
        "Portugal",
        "Belgium",
        "Austria",
        "Sweden",
        "Denmark",
        "Ireland",
        "Greece",
        "Bulgaria",
        "Romania",
        "Croatia",
        "Slovenia",
        "Luxembourg",
        "Malta",
        "Moldova",
        "European Union",
        "NATO",
        "G7",
        "National Intelligence Service",
        "Defence Intelligence of Ukraine",
    ]
)
_REPRESENTATIVE_RE: Final = re.compile(
    r"\b(?:representatives?|officials?|spokes(?:person|man|woman)|executives?|employees?|"
    r"managers?|owners?|founders?|head|chief|director|CEO|sources?|members?)\s+(?:\w+\s+)?(?:of|at|from)\s+$",
    re.I,
)
# "the firms, including X and Y, had exported": the members named in the subject's aside
# ("sanctioned the firms, including X" names objects: no clause opens before the noun)
_SUBJECT_MEMBERS_RE: Final = re.compile(
    r"(?:^|\bsaid\s+(?:that\s+)?|\bthat\s+)(?:the|both|these|two|three|four|several)\s+"
    r"(?:\w+\s+)?(?:firms|companies|entities|suppliers|exporters|traders|distributors)"
    r"\s*,\s*including\s+[^,]{0,90}$",
    re.I,
)
# an authority acting on a case: "X has arrested", "X on Tuesday raided" (and a headline's
# present: "Spanish police arrest two businessmen")
_ENFORCES_RE: Final = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|on\s+\w+day\s+)?(?:arrest(?:s|ed)?|"
    r"detain(?:s|ed)?|charged|indict(?:s|ed)?|raid(?:s|ed)?|searched|seize(?:s|d)?)\b"
)
_CONJ_RE: Final = re.compile(
    # (after a seat in brackets: "X (Hong Kong) and Y (UAE)")
    r"^(?:\s*\([^()]{1,30}\))?\s*(?:,|,?\s*and|,?\s*or|,?\s*as well as|&)\s*(?:the\s+)?"
    r"(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several|some)\s+)?"
    r"(?:[\w.'-]+-(?:based|registered|headquartered)\s+)?$",  # "X and Almaty-based Y"
    re.I,
)
# "X, 47, a Latvian citizen, and his company, Y": the owner and the firm did it together
# "X, 44, and his younger brother Y": a relative named after the first accused
_OWNER_CONJ_RE: Final = re.compile(
    r"^(?:,[^,;]{1,50}){0,2},?\s+and\s+(?:his|her)\s+"
    r"(?:(?:company|firm|business)\s*,"
    r"|(?:(?:younger|elder|older|twin|former|business|longtime|long-time)\s+)?"
    r"(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|partner|associate)\s*,?)"
    r"\s*$"
)
# "from Iran and from North Korea": the conjunct repeats the preposition
_REPEATED_PREP_CONJ_RE: Final = re.compile(
    r"^\s*(?:,\s*)?(?:and|or|as well as|and also|but also)\s+(?P<prep>from|by)\s+(?:the\s+)?$",
    re.I,
)
_RECIPIENT_PREPS: Final = frozenset({"to", "for", "into", "with"})
_WAR_MACHINE_RE: Final = re.compile(
    r"^\s*['’]s\s+(?:\w+\s+){0,2}?(?:war machine|war effort|military|army|armed forces|forces|"
    r"defen[cs]e (?:industry|sector)|arms industry|troops|invasion|war)\b",
    re.I,
)
# (contracted too: "it doesn't sell", "it's not a party ... and doesn't provide")
_PRONOUN_SUBJ_RE: Final = re.compile(
    r"\b(?:it|they)(?:['’](?:s|re|d|ll))?\s+(?:[\"“‘]?[\w'’]+[\"”]?\s+){0,4}[\"“‘]?$", re.I
)
_PRONOUN_STARTS: Final = re.compile(r"it|they")  # where its matches start, lower-cased
# "it is not helping", "it has never helped": the pronoun is the helper (see HELP_RE)
_PRONOUN_HELPER_RE: Final = re.compile(
    r"\b(?:it|they)\s+(?:(?:is|are|was|were|has|have|had|been|does|do|did|not|never|also|"
    r"knowingly|deliberately)\s+){0,3}$",
    re.I,
)
_PRONOUN_VP_RE: Final = re.compile(
    r"\b(?:it|they)(?:['’](?:s|re|d|ll))?\s+(?:[\w'’]+)[^,;:.]{0,70}?\s(?:and|but)\s+"
    r"(?:[\w'’]+\s+){0,3}$",
    re.I,
)
_RELATIVE_RE: Final = re.compile(
    # (and "which, it says, shipped", "which the invoices show delivered")
    r",?\s*\b(?:that|which|who)(?:\s*,)?\s+(?:(?:it|they|he|she|[A-Z][\w.]*|the\s+\w+|\w+\s+officials|"
    # "a distributor that EU documents say re-exported", "that officials say sold"
    r"(?:[A-Z][\w.]*\s+)?(?:officials|documents|records|filings|prosecutors|investigators|"
    r"authorities)|"
    # "which Ukraine's military intelligence agency (HUR) says has supplied"
    r"[A-Z][\w.]*['’]s(?:\s+[\w-]+){0,4}(?:\s+\([^()]{1,12}\))?)\s+"
    r"(?:said|says|say|alleged|alleges|claimed|claims|believes|believe|"
    # "which Treasury described as having procured", "which it accuses of supplying"
    r"describ(?:ed|es)\s+as|accus(?:ed|es)\s+of|shows?|showed|indicates?|indicated)(?:\s*,)?\s+)?"
    r"(?:(?:allegedly|reportedly|also|now|still|then|has|have|had|having|is|are|was|were|helped|"
    r"helps|help|helping)\s+){0,3}"
    # "which it said was "responsible for the design and development" of the Shahed-136"
    r"(?:[\"“]?(?:responsible|used|known)\s+for\s+(?:the\s+)?)?$",
    re.I,
)
# "two Chinese companies it says helped develop": the pronoun left out
_REDUCED_REL_RE: Final = re.compile(
    r"\s(?:it|they|[A-Z][\w.]*|the\s+\w+|\w+\s+officials)\s+"
    r"(?:said|says|say|alleged|alleges|claimed|claims|believes|believe|accus(?:ed|es)\s+of)\s+"
    r"(?:(?:allegedly|reportedly|also|has|have|had|having|helped|helps|help)\s+){0,3}$",
    re.I,
)
_REL_GATES: Final = ("that", "which", "who")


def _last_words(text: str, n: int) -> list[str] | None:
    """The last `n` words of `text` (split at whitespace, as `\\s` reads it), lower-cased;
    None where lower-casing may hide a word a case-insensitive regex reads."""
    low = text.lower()
    return low.rsplit(None, n)[-n:] if lowers_evenly(text, low) else None


# the words _RELATIVE_RE's matches end with: the pronoun (which may close a word: '"that'),
# the speaker's verb, an adverb or auxiliary, "responsible for (the)"; "" for a lone comma
_RELATIVE_ENDS: Final = word_set(
    """that which who said says say alleged alleges claimed claims believes believe as of
    show shows showed indicate indicates indicated allegedly reportedly also now still then
    has have had having is are was were helped helps help helping for the"""
) | {""}
_REL_WORD_LOW_RE: Final = re.compile(r"that|which|who")  # (a character class to skip ahead to)


def _relative_search(win: str) -> re.Match[str] | None:
    """`_RELATIVE_RE.search(win)`, tried only where a match can start: at a relative pronoun
    or the comma and spaces before it (a search of the anchored pattern tries every start)."""
    low = win.lower()
    if not lowers_evenly(win, low):
        return _RELATIVE_RE.search(win)
    last = [word.rstrip(",") for word in low.rsplit(None, 1)[-1:]]
    if not last or not (last[0] in _RELATIVE_ENDS or last[0].endswith(_REL_GATES)):
        return None  # a match ends with one of these words (or a comma) and spaces
    for word in _REL_WORD_LOW_RE.finditer(low):
        at = word.start()
        while at > 0 and win[at - 1].isspace():
            at -= 1
        if at > 0 and win[at - 1] == ",":
            at -= 1
        rel = _RELATIVE_RE.match(win, at)
        if rel is not None:
            return rel
    return None


_REDUCED_GATES: Final = (" said ", " says ", " say ", "alleg", "claim", "believe", "accuse")
# the last word of _REDUCED_REL_RE's verb; at most three adverbs follow it to the match's end
_REPORTING_ENDS: Final = frozenset(
    ["said", "says", "say", "alleged", "alleges", "claimed", "claims", "believes", "believe", "of"]
)


def _reduced_search(win: str) -> re.Match[str] | None:
    """`_REDUCED_REL_RE.search(win)`, skipped when none of the window's last four words ends
    the verb (a search of the anchored pattern tries every start)."""
    last = _last_words(win, 4)
    if last is not None and _REPORTING_ENDS.isdisjoint(last):
        return None
    # a match spans at most seven words: a subject of two, "accused of" and three adverbs
    parts = win.rsplit(None, 7)
    return _REDUCED_REL_RE.search(win, len(parts[0]) if len(parts) > 7 else 0)


_RECIPIENT_STOP_RE: Final = re.compile(
    r",\s+(?:according|said|says|the|a|an|which|who|while|officials)\b|\s(?:said|says)\b"
    # "were recruited in large numbers, with Ukrainian intelligence estimating that": an
    # aside whose "with" names no one they went to
    r"|,\s+with\s+(?:[\w'’-]+\s+){1,3}?[a-z]+ing\b",
    re.I,
)
# "sending engineers to the units and adapting software to new Russian jammers": a second
# verb with an object of its own starts a phrase whose "to" is not the first verb's
_NEXT_GERUND_RE: Final = re.compile(
    r"\s(?:and|while)\s+(?!(?:loitering|flying|guiding|cutting|leading|existing|remaining)\b)"
    r"[a-z]+ing\s+(?!(?:to|for|into|with|and|or|of|from)\b)[\w-]"
)
OTHER: Final = "\x00other"
_AGENT_NOUNS: Final = word_set(
    """supplier suppliers exporter exporters seller sellers provider providers vendor vendors
    source sources"""
)
_COPULA_AGENT_RE: Final = re.compile(
    # "Kazakhstan, which shares a long border with Russia, has become a transit route": an
    # aside between the state and its verb ("X, according to an official, served as")
    # ("Hong Kong, which officials say has become": the speakers' aside; "countries, including
    # X and Y, have become": the members close the list with a comma)
    r"^(?:,\s+(?:which|according\s+to)\s+(?:[^,;]|,(?=\d)){1,140},|,\s+which\s+(?:[\w'’-]+\s+){1,4}?(?:say|says|said|"
    r"believe|believes|claim|claims|allege|alleges)|,(?=\s+(?:have|has|had)\s+become\b)"
    # "Kazakhstan and Kyrgyzstan, by contrast, continue to serve as": a discourse aside
    r"|,\s+(?:however|by\s+contrast|in\s+contrast|in\s+turn|meanwhile|too|also|though|"
    r"for\s+(?:its|their)\s+part|in\s+particular|in\s+fact|moreover|similarly|likewise),)?"
    r"\s+[\"“]?(?:is|are|was|were|has been|have been|"
    r"had been|has become|have become|had become|became|"
    # "rejects any attempt to portray the UAE as a hub for sanctions circumvention"
    r"becomes|remains|remain|remained|as|"
    # "X has emerged as a hub for", "X serves as a backdoor for", "X continued to act as"
    r"(?:has\s+|have\s+|had\s+)?(?:(?:continued|continues|continue|began|begun|started|starts|"
    r"start)\s+to\s+)?(?:emerged|emerges|emerge|served|serves|serve|acted|acts|act)"
    r"\s+as|"
    # "X has never been, and will never be, a route for", "X is not a platform for"
    r"(?:has|have|had)\s+never\s+been(?:,?\s+and\s+will\s+never\s+be,?)?|will\s+never\s+be|"
    # "the country is not being used as a transit route", "was never used as a hub"
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:not\s+|never\s+)?"
    r"(?:being\s+)?used\s+as|"
    # "is not, and will not be,", "has not been and will not be used as", "does not and will
    # not serve as": a negated first verb joined to the second
    r"(?:(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could)\s+(?:not|never)"
    r"(?:\s+(?:been|be|become|serve|act))?,?\s+(?:and|or|nor)\s+)?"
    r"(?:(?:will|would|can|could|shall|does|do|did)\s+(?:not|never)|(?:not|never)\s+(?:will|would))"
    r"\s+(?:be|become|serve|act)(?:\s+used)?(?:\s+as)?,?|"
    r"(?:has|have|had)\s+(?:not|never)\s+become)"
    r"(?:\s+not)?\s+(?:now\s+|also\s+|still\s+)?"
    + SPEAKER_TERM  # "acted as what the bureau called a transit hub"
    + r"[\"“]?"  # 'had become "a key conduit"'
    # ("one of Russia's most important military suppliers": the possessive after "one of")
    r"(?:the\s+|a\s+|an\s+|one of(?: the)?\s+|among the\s+)?(?:[A-Z][\w.'’ -]*?['’]s\s+)?"
    r"(?:[\w-]+\s+){0,3}$"
)
_APPOSITION_GAP_RE: Final = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?(?:,|\s(?:is|was|are|were))\s+"
    # "X was among the firms that", "X, one of several firms that": one of a class
    r"(?:(?:among|(?:one|two|three|four|five)\s+of)\s+(?:the\s+)?(?=(?:several|many|some|"
    r"\d+|[a-z]+\s+(?:firms|companies|entities|suppliers|exporters|distributors|traders|"
    r"manufacturers|intermediaries)\b)))?"
    r"(?:the|a|an|several|many|some|\d+)\s+[^,;()]*$"
)
_MAKER_NOUNS: Final = word_set(
    "manufacturer manufacturers maker makers developer developers producer producers"
)
# "the Kronstadt Group, maker of the Orion": the headline style drops the article
_BARE_APPOSITION_RE: Final = re.compile(r"^\s*(?:\([^()]{1,60}\)\s*)?,\s+$")
_SPEAKER_AFTER_RE: Final = re.compile(
    r"(?:\s*,?\s*(?:and\s+|or\s+)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)*\s+(?:military\s+)?"
    r"(?:officials?|sources?|intelligence|diplomats?|analysts?|authorities|estimates?|"
    r"assessments?|officers said|media|reports?|lawmakers|prosecutors|investigators)\b"
)
_SHARE_RE: Final = re.compile(
    r"\b(?:accounts?|accounted|accounting)\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
    r"over\s+|more than\s+|some\s+|roughly\s+)?(?:[\d.,]+\s*(?:%|percent|per cent)|"
    r"(?:a|one|two)\s+(?:third|quarter|half|fifth)|the bulk|most|much|half)\s+of\s+[^.;]{0,30}$",
    re.I,
)
_OWNER_GAP_RE: Final = re.compile(r"['’]s(?:\s+[\w-]+){0,3}\s+")
_BRAND_RE: Final = re.compile(r"\s+[A-Z][\w]*-\d")
_PAREN_GAP_RE: Final = re.compile(r"^\s*\([^()]{1,50}\)\s*,?\s*$")
_USED_BY_RE: Final = re.compile(
    r"\s+(?:that|which)\s+(?P<user>[A-Z][^,;]{0,60}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:allegedly\s+|reportedly\s+)?(?:used|uses|use|relied|relies|set\s+up|sets\s+up)\b"
)
_PRONOUN_FIRST_RE: Final = re.compile(r",?\s*(?:that|which|who)\b", re.I)
_RELATIVE_REACH: Final = 120
_OWN_SUPPLIERS_RE: Final = re.compile(r"\b(?:its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}$")
_CLAIM_NOUN_GATES: Final = ("claim", "allegation", "accusation", "charge", "assertion")
_CLAIMANT_RE: Final = re.compile(
    r"(?:['’]s)?\s+(?:claims?|allegations?|accusations?|charges?|assertions?)\s+(?:that|of)\b"
)
_FACTORY_IN_RE: Final = re.compile(
    r"^[\"“]?(?:A|An|The|Its|One)\s+(?:[\w-]+\s+){0,3}?(?:factory|plant|facility|site|workshop|"
    r"complex|production\s+line)\s+(?:in|at)\s+(?:the\s+)?"
)
_BUT_VP_RE: Final = re.compile(
    r"\s+(?:has|have|had|is|was|were|are|also|previously|repeatedly)?\s*[a-z]+\b[^;:]{0,140}?"
    r",?\s+(?:but|yet)\s+(?:also\s+|still\s+|has\s+|have\s+|had\s+)?(?:[a-z]+\s+){1,2}$"
)
_IN_PLACE_RE: Final = re.compile(
    r"(?:\s+[A-Z][\w&.-]*){0,3}"
    # "X Sdn. Bhd., a company in Penang, Malaysia, which": the apposition says where X is
    r"(?:,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:company|firm|distributor|trader|supplier|exporter|"
    r"importer|wholesaler|reseller)\s+(?:based\s+|registered\s+)?in\s+(?:[A-Z][\w-]*,?\s+){1,3}?"
    r"|\s+in\s+(?:the\s+)?"
    r"|\s+of\s+(?:[A-Z][\w-]*,\s+)?)"  # "Ojas Techno Exports of Gurugram, India, which"
)
# "IEMZ Kupol in Izhevsk, which makes": the firm, not its town, is the antecedent; so is
# "the Alabuga plant in Russia's Tatarstan republic, which"
_SEAT_GAP_RE: Final = re.compile(  # (after its short name: "the X Center (STC) in Y, which")
    r"^(?:\s+\([A-Z][\w-]{0,11}\))?(?:\s+(?:plant|factory|facility|works|complex|zone))?"
    r"\s+(?:(?:based\s+)?in|near|outside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"(?:\s+(?:region|republic|province|oblast))?\s*$"
)
_REL_WORD_RE: Final = re.compile(r"\b(?:which|that|who)\b")
# "Alabuga, which Washington blacklisted, produces", "X, a firm the EU listed in 2023, who":
# an aside closed by a comma before the verb; its own actors are not the verb's subject
_ASIDE_GAP_RE: Final = re.compile(
    r",\s+(?:(?:an?|the)\s+[^,;:()\"“”]{1,60}?\s+)?(?:which|who|whom|whose|that)\s"
    r"[^,;:()\"“”]{1,80},\s+(?:(?:has|have|had|also|then|now|still|later|reportedly|allegedly|"
    r"in\s+turn)\s+)*"
)
_BASED_TAIL_RE: Final = re.compile(r"-(?:based|registered|headquartered)\s")
# what stands between a company and its seat: "X, based in Tashkent,", "X of Almaty"
_SEAT_PHRASE_RE: Final = re.compile(
    r",?\s+(?:(?:based|registered|headquartered|located)\s+)?(?:in|of)\s+(?:the\s+)?"
)


def _aside_head(left: list[Mention], text: str, base: int, at: int) -> Mention | None:
    """The actor before an aside that closes right before the verb at `at`, if any."""
    if len(left) < 2 or ", " not in text[left[-1].end - base : at - base]:
        return None
    for m in reversed(left[:-1]):
        if at - m.end > 160:
            break
        if _ASIDE_GAP_RE.fullmatch(text, m.end - base, at - base) is not None:
            return m
    return None


_AND_ENDS: Final = (" and ", " and then ", " and later ", " and also ")
# "Chinese trading companies, several of them registered in Hong Kong, which": the companies
_PART_LOCATED_RE: Final = re.compile(
    r",\s+(?:several|some|many|most|all|one|two|three|four|five|a\s+few|half|a\s+number)\s+"
    r"of\s+(?:them|which|whom)\s+(?:(?:are|were|is|was)\s+)?(?:[\w-]+\s+)?in\s+(?:the\s+)?$",
    re.I,
)


def _part_located_owner(
    place: Mention, mentions: list[Mention], text: str, base: int
) -> Mention | None:
    """The group some of which the place holds: `Chinese companies, several of them based in
    Hong Kong, which sold chips`: the companies sold them."""
    left = text[max(0, place.start - base - 60) : place.start - base]
    hit = _PART_LOCATED_RE.search(left)
    if hit is None:
        return None
    at = place.start - len(left) + hit.start()
    owners = [m for m in mentions if m.is_actor and m.end == at]
    return owners[0] if owners else None


# the second verb of a relative clause: "which had bought chips from X and re-exported"
# (not past its end: "X, a citizen who emigrated in 1990, is accused of buying ... and")
_COORD_REL_RE: Final = re.compile(
    r",\s*(?:which|who|that)\s+(?:(?:had|has|have|then|also|allegedly|reportedly)\s+){0,2}"
    r"(?:[a-z]+(?:ed|ought|old|ent|ipped|ied)|"
    # "re-exporters in X, who buy from Chinese distributors and forward the goods": the
    # present of a middleman's purchase
    r"(?:buy|purchase|import|source|obtain|receive|acquire|procure)s?)\b"
    r"(?:(?!,\s+(?:is|was|are|were|has|have|had)\s)[^;:()]){0,200}?"
    r"\band\s+(?:then\s+|later\s+|also\s+)?$"
)
_LINKED_TO_RE: Final = re.compile(
    r"\b(?:one|an?|some|several)\s+(?:[a-z]+\s+){0,2}?(?:entity|entities|company|companies|"
    r"firm|firms|buyer|buyers|customer|customers|enterprise|enterprises)\s+linked\s+"
    r"(?:to|with)\s+(?:the\s+)?$"
)
_INVOLVEMENT_GATES: Final = ("involvement", "role in", "participation", "part in")
_INVOLVEMENT_RE: Final = re.compile(
    r"(?:['’]s)?\s*\b(?:involvement|role|participation|part)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "\bto\s+(\S)", the literal first: the regex engine skips ahead to it
_TO_PP_RE: Final = re.compile(r"to(?<=\bto)\s+(\S)")
_BASED_RE: Final = re.compile(
    r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?-(?:based|registered|headquartered)\s+"
)
# An actor that sanctions or accuses someone "for supplying ..." is not the supplier:
# "Washington has imposed sanctions on entities accused of shipping drones". Only a verb
# right after the actor counts ("X has sanctioned", "X on Friday imposed sanctions");
# "added X to its sanctions list, accusing them of" keeps X as the actor.
_SANCTIONER_GAP_RE: Final = re.compile(
    r"^\s*(?:(?:has|have|had|also|on|\w+day|today|imposed|slapped|levied|announced|introduced|"
    r"unveiled|placed|put|adopted|approved|new|fresh|further|\w+ly)\s+){0,3}"
    r"(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|designat(?:es|ed|ing)"
    r"|penali[sz](?:es|ed|ing)|accus(?:es|ed|ing)|indict(?:s|ed|ing)|fin(?:es|ed|ing)"
    # "Japan strongly condemns the transfer of arms from North Korea to Russia"
    r"|condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|criticiz(?:es|ed|ing)"
    r"|criticis(?:es|ed|ing)|protest(?:s|ed|ing)?)\b",
    re.I,
)


_SANCTIONER_STEMS: Final = any_of(
    "sanction blacklist designat penali accus indict fin condemn denounc deplor critici protest"
)


_BY_GERUND_RE: Final = re.compile(
    r"(?:,\s+|\s)(?:(?:including|partly|mainly|chiefly|largely|in part)\s+)?by\s+$"
)


def _ends_with_by(text: str, end: int) -> bool:
    """`_BY_GERUND_RE` before `end`; it ends in "by" and spaces, a cheap check first."""
    return text[:end].rstrip().endswith("by") and _BY_GERUND_RE.search(text, 0, end) is not None


# the trigger sits in a participle clause after a comma: its subject is the main clause's
# ", routing them through", ", much of it routed through": the goods' way, by their sender
_PARTICIPLE_ADJUNCT_RE: Final = re.compile(
    r",\s+(?:\w+ly\s+)?(?:[a-z]\w*ing|(?:much|most|some|many|part|all)\s+of\s+(?:it|them)\s+"
    r"(?:\w+ly\s+)?[a-z]\w*ed)\b[^,;:]*$"
)
# "banks tightened checks, leaving some exporters routing money through": the exporters route
_CAUSATIVE_VERBS: Final = (
    "leaving",
    "forcing",
    "prompting",
    "pushing",
    "driving",
    "compelling",
    "obliging",
)
_CAUSATIVE_GATES: Final = tuple(f"{v} " for v in _CAUSATIVE_VERBS)
_CAUSED_DOER_RE: Final = re.compile(rf",\s+(?:{'|'.join(_CAUSATIVE_VERBS)})\s+[^,;:]*$")
_PASSIVE_BY_RE: Final = re.compile(
    r"\b(?:were|was|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+by\s+$"
)
_GIVEN_TO_RE: Final = re.compile(r"\b(?:sent|sold|supplied|shipped|gave|offered|provided)\s+$")
_DESTINATION_RE: Final = re.compile(
    r"\b(?:reach(?:ed|es|ing)?|enter(?:ed|s|ing)?|arriv(?:ed|es|ing|e)\s+in|"
    r"(?:made|make|makes|making|found|find|finds|finding)\s+(?:its|their)\s+way\s+(?:in)?to)"
    r"\s+(?:the\s+)?$",
    re.I,  # "Chinese Motors Are Reaching Russia Through Kyrgyz Middlemen": a headline's case
)
_BE_BEFORE_RE: Final = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
# "were shipped to Armenia and then re-exported": the passive carried over "and then"
_THEN_BEFORE_RE: Final = re.compile(r"\b(?:is|are|was|were|been)\s+\w+ed\b[^,;]*\band\s+then\s+$")
# between an evasion word and its `by` agent: only an object, a destination or a route
_AGENT_GAP_RE: Final = re.compile(
    r"(?:\s+of(?:\s+(?!(?:is|are|was|were|been|has|have|had)\b)[\w.'’-]+){1,5}?)?"
    r"(?:\s+(?:to|into|through|via)(?:\s+(?!(?:is|are|was|were|been|has|have|had)\b)[\w.'’-]+)"
    r"{1,3}?)?\s+by\s+(?:the\s+|a\s+|an\s+)?"
)
_SEAT_SUFFIXES: Final = ("-based", "-registered", "-headquartered")
_OWNED_BEFORE_RE: Final = re.compile(r"\b(?:their|its|our)\s+$")
_INTERMEDIARIES_RE: Final = re.compile(r"intermediar|middlem[ae]n|cut-out|agent|front|shell", re.I)
_NAMED_AFTER_RE: Final = re.compile(
    r"\s*(?:,\s*(?:including|such as|namely|notably|among them|like)\s+|:\s+|\s+such as\s+|"
    r"\s+including\s+)"
)
# "Hong Kong-registered ", "the Almaty-based ": where the firm named next sits
_LOCATED_PREFIX_RE: Final = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.'’]*\s)*[A-Z][\w.'’]*-(?:based|registered|headquartered)\s+$"
)
# what may stand between the one helped and its production: "helped Russia (to) set up
# (its own) production", "helping Pyongyang establish an assembly line"
_SET_UP_RE: Final = re.compile(
    r"\s+(?:to\s+)?(?:set\s+up|setting\s+up|establish|launch|start|organi[sz]e|expand|"
    r"locali[sz]e)\s+(?:(?:a|an|the|its|their|own|new|domestic|local)\s+){0,3}(?:[\w-]+\s+)?"
)
# a relative aside closed right before the verb: "X, which the US sanctioned last year, ",
# or before the verb that governs it: "X, which has backed Moscow since 2022, denies sending"
_CLOSED_ASIDE_RE: Final = re.compile(
    r",\s*(?:which|who)\s[^,;()]{1,120},\s*(?:\w+ly\s+)?"
    r"(?:(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:den(?:y|ies|ied)|admit(?:s|ted)?|"
    r"acknowledg(?:es|ed)|reject(?:s|ed)?)\s+)?$"
)
_REL_BEFORE_RE: Final = re.compile(r",?\s*\b(?:that|which|who)\s+$")
_AND_VP_RE: Final = re.compile(r",?\s+and\s+(?:is|was|are|were|has|have|had|also|has been)\s+$")
_SUBORD_RE: Final = re.compile(
    r"\b(?:now that|because|although|even though|whereas|even as|so that|given that)\s", re.I
)
_SUBORD_GATES: Final = (
    "now that",
    "ecause",
    "though",
    "whereas",
    "even as",
    "so that",
    "given that",
)


@lru_cache(maxsize=32)  # asked once per trigger, computed once per sentence
def _subordinates(text: str) -> tuple[int, ...]:
    if not any_word_in(text, _SUBORD_GATES):
        return ()
    return tuple(m.end() for m in _SUBORD_RE.finditer(text))


# "Chinese firms accused of supplying", "companies sanctioned for shipping": the passive
# participle describes the actor before it, who did it, not one who accuses someone else
_PASSIVE_REASON_RE: Final = re.compile(
    r"\s*(?:\w+ly\s+)?(?:accused|sanctioned|blacklisted|designated|penali[sz]ed|fined|"
    r"indicted)\s+(?:of|for|over)\s+(?:\w+ly\s+)?(?:having\s+)?"
)


def _sanctioner_between(text: str, base: int, a: int, b: int) -> bool:
    """Whether the actor ending at `a` sanctions or accuses whoever acts at `b`."""
    gap = _between(text, base, a, b)
    low = gap.lower()
    if lowers_evenly(gap, low) and not any_word_in(low, _SANCTIONER_STEMS):
        return False  # (the verb the gap pattern needs is not there)
    return _SANCTIONER_GAP_RE.match(gap) is not None and _PASSIVE_REASON_RE.fullmatch(gap) is None


_PP_DETERMINERS: Final = ("the ", "its ", "their ", "his ", "her ", "a ", "an ")
# where people are put to work: "assigned to the workshops", "sent to the assembly line"
_WORKPLACES: Final = word_set(
    "workshop workshops assembly production line lines shop shops floor workbench workbenches"
)


def _workplace_after(text: str, at: int) -> bool:
    """Whether the noun phrase after "to" at `at` opens on a workplace (past a determiner)."""
    words = text[at : at + 40].lower().split(maxsplit=3)
    if words and words[0] in ("the", "its", "their", "a", "an"):
        words = words[1:]
    return bool(words) and words[0].strip(",.;") in _WORKPLACES


# where the noun phrase after "to" ends: a clause, a route or a time of its own
_PP_END_RE: Final = re.compile(
    r"[,;:()]|\s(?:that|which|who|whose|where|through|via|from|between|before|after|since|"
    r"until|during|and\s+(?:then|on|later)|or|but|for|under|as|when|while)\s"
)
# bare plurals of armed clients that are no state: "supplied to proxy groups", "to militias"
_PP_ARMED_CLIENTS: Final = ("proxy ", "proxies", "militias", "militant", "rebel", "insurgent")


def _counted_ref_between(text: str, base: int, a: int, b: int) -> bool:
    """A counted plural reference (`the four companies`) between an actor and the verb: it,
    unresolved since its count fits no list, is the verb's subject, not the actor."""
    gap = _between(text, base, a, b)
    ref = PLURAL_REF_RE.search(gap) if " companies" in gap or " firms" in gap else None
    return ref is not None and ref.group("count") is not None


def _between(text: str, base: int, a: int, b: int) -> str:
    return text[a - base : b - base]


_NEXT_WORD_RE: Final = re.compile(r"\s+(?:then\s+|later\s+|\w+ly\s+)?([\w-]+)")


def _acts_next(text: str, at: int) -> bool:
    """Whether a transfer verb follows: "buyers in Kyrgyzstan then resold them"."""
    m = _NEXT_WORD_RE.match(text, at)
    return m is not None and m.group(1).lower() in TRIGGER_WORDS


# a relative clause whose subject is the noun before it: "that (it says) helped"
_SUBJECT_RELATIVE_RE: Final = re.compile(
    r",?\s+(?:that|which|who)\s+(?:(?:it|they|officials|the\s+\w+)\s+"
    r"(?:says?|said|alleges?|alleged|believes?|accuses?)\s+)?"
    r"(?:(?:had|has|have|allegedly|also|then)\s+)?(?!(?:it|they|he|she|we)\b)[a-z]+(?:ed|ped|s)\b"
)
_CARRIER_OWNER_RE: Final = re.compile(
    r"\b(?:ships?|vessels?|tankers?|freighters?|aircraft|planes?|trucks?|lorries|barges?|"
    r"fleet)\s+(?:\w+\s+)?(?:operated|owned|chartered|managed|run|belonging)\s+(?:by|to)\s+$",
    re.I,
)


# the anchored patterns above end in a few words each; a search tries every start, so their
# words are looked for first at the window's end
_REPRESENTATIVE_ENDS: Final = tuple(
    word_set(
        """representative representatives official officials spokesperson spokesman spokeswoman
        executive executives employee employees manager managers owner owners founder founders
        head chief director ceo source sources member members"""
    )
)
_CARRIER_VERBS: Final = frozenset(["operated", "owned", "chartered", "managed", "run", "belonging"])


def _represents_from(window: str) -> bool:
    """`_REPRESENTATIVE_RE.search(window)`: "officials of", "a spokesman for the firm at"."""
    last = _last_words(window, 3)
    if last is not None and not (
        len(last) >= 2
        and last[-1] in ("of", "at", "from")
        and any(w.endswith(_REPRESENTATIVE_ENDS) for w in last[:-1])
    ):
        return False
    return _REPRESENTATIVE_RE.search(window) is not None


def _carriers_of(text: str, lo: int, hi: int) -> bool:
    """`_CARRIER_OWNER_RE` in `text[lo:hi]`: "two ships belonging to"."""
    last = _last_words(text[lo:hi], 2)
    if last is not None and not (
        len(last) == 2 and last[1] in ("by", "to") and last[0] in _CARRIER_VERBS
    ):
        return False
    return _CARRIER_OWNER_RE.search(text, lo, hi) is not None


def agent_candidates(
    mentions: list[Mention], excluded: set[int], text: str, base: int
) -> list[Mention]:
    out: list[Mention] = []
    claims = any_word_in(text, _CLAIM_NOUN_GATES)
    for m in mentions:
        if not m.is_actor or m.in_apposition or id(m) in excluded:
            continue
        if m.role in ("media", "research", "counsel"):
            continue  # they report or counsel, not supply: "X told CAR that it had stopped"
        if m.role == "government" and m.name.rpartition(" ")[2] in AUTHORITY_HEADS:
            continue  # "the State Security Service asked prosecutors to charge": it investigates
        if m.role == "government" and _ENFORCES_RE.match(text, m.end - base):
            continue  # "the Guardia Civil has arrested two men accused of exporting": the case's
        if m.role == "buyers" and not _acts_next(text, m.end - base):
            continue  # "certificates naming buyers in Malaysia": who got it, not who sent it
        if claims and _CLAIMANT_RE.match(text, m.end - base):
            continue  # "dismissing US claims that it was shipping shells": the US claims it
        if m.prep is not None and not m.possessive:
            conjunct = (
                bool(out)
                and out[-1].prep == m.prep
                and bool(_CONJ_RE.match(_between(text, base, out[-1].end, m.start)))
            )
            represents = m.prep in ("of", "at", "from") and _represents_from(
                text[max(0, m.start - base - 60) : m.start - base]
            )
            represents = represents or (
                m.prep == "including"
                and _SUBJECT_MEMBERS_RE.search(text, 0, m.start - base) is not None
            )
            # "froze the assets of X that it says helped Russia": the relative clause's subject
            represents = represents or (
                m.prep in ("of", "on", "against")
                and _SUBJECT_RELATIVE_RE.match(text, m.end - base) is not None
            )
            # "two ships belonging to X carried drones": the owner of the carriers ships them
            represents = represents or (
                m.prep in ("by", "to")
                and _carriers_of(text, max(0, m.start - base - 60), m.start - base)
            )
            if not (conjunct or represents or _reported_doer(m, text, base)):
                continue
        out.append(m)
    return out


# "claims about Belarus arming Russia", "reports of China supplying drones": the gerund's doer
_REPORT_NOUN_LEFT_RE: Final = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|assertions?)\s+"
    r"(?:of|about)\s+$"
    # "which CAR said was consistent with Iran supplying sub-assemblies": a finding's doer
    r"|\b(?:consistent|in\s+line|compatible)\s+with\s+$",
    re.I,
)
_GERUND_RIGHT_RE: Final = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+ing\b")


def _reported_doer(m: Mention, text: str, base: int) -> bool:
    return bool(
        m.prep in ("of", "about", "with")
        and _GERUND_RIGHT_RE.match(text, m.end - base)
        and _REPORT_NOUN_LEFT_RE.search(text, max(0, m.start - base - 30), m.start - base)
    )


def _set_off_actor(m: Mention, text: str, base: int) -> bool:
    """An actor after a preposition that a comma closes, so it may head what follows: "the
    flow of goods through Hong Kong, which officials say has become", "countries, including
    X and Y, have become"."""
    return (
        m.is_actor
        and m.prep is not None
        and (text.startswith(", which ", m.end - base) or m.prep == "including")
    )


def _pronoun_antecedents(mentions: list[Mention], text: str, base: int, at: int) -> list[Mention]:
    """The actors before `at` a subject pronoun there may stand for: "Beijing denied selling
    arms to Russia, though it admitted exporting parts"."""
    return [
        m
        for m in mentions
        if m.end <= at
        and m.is_actor
        and m.kind != "person"
        and (m.prep is None or m.possessive)  # not "operations in Russia and Ukraine"
        and m.role not in ("media", "research")  # "X told CAR that it had stopped"
        and not _CLAIMANT_RE.match(text, m.end - base)  # "US claims that it was"
    ]


def with_conjuncts(
    subj: Mention, pool: list[Mention], text: str, base: int, wide: bool = True
) -> list[Mention]:
    """`subj` and the members of the list it closes; `wide`: the list may also run through
    appositions and descriptors (`X, the maker of Y, and its parent Z`), not for the head of
    a relative clause (`X, a maker of antennas, and Z, which acted as an intermediary`: Z)."""
    # one phrase can stand for several actors ("both countries", "the three companies")
    group = [m for m in pool if m.start == subj.start and m.end == subj.end and m is not subj]
    group.append(subj)
    ordered = sorted(pool, key=lambda m: m.start)
    idx = ordered.index(subj) if subj in ordered else -1
    i = idx - 1
    cur = subj
    edge = subj.start  # where the member `cur` begins, with its owner ("India's Y")
    while i >= 0:
        prev = ordered[i]
        gap = _between(text, base, prev.end, edge)
        if (
            subj.kind == "organization"
            and prev.kind in ("country", "place")
            and i > 0
            and ordered[i - 1].kind == "organization"
            and _SEAT_PHRASE_RE.fullmatch(_between(text, base, ordered[i - 1].end, prev.start))
            and _CONJ_RE.match(gap)
        ):  # "X, based in Tashkent, and Y", "X of Almaty and Y": the place is X's seat
            group.insert(0, ordered[i - 1])
            cur = ordered[i - 1]
            edge = cur.start
            i -= 2
        elif (
            (
                _CONJ_RE.match(gap)
                or (wide and subj.kind == "organization" and links_list(gap))
                or (
                    prev.kind == "person"
                    and (" his " in gap or " her " in gap)
                    and _OWNER_CONJ_RE.match(gap)
                )
            )
            and prev.kind != "adjective"
            and (prev.kind == "group") == (subj.kind == "group")
        ):
            group.insert(0, prev)
            cur, edge = prev, prev.start
            i -= 1
        elif prev.kind in ("country", "place") and _BASED_TAIL_RE.match(text, prev.end - base):
            i -= 1  # "X and Izmir-registered Y": the place only says where Y is
        elif (
            subj.kind == "organization"
            and prev.kind in ("country", "place")
            and prev.possessive
            and i > 0
            and prev.end <= edge <= prev.end + 3
            and _CONJ_RE.match(_between(text, base, ordered[i - 1].end, prev.start))
        ):
            i -= 1  # "Turkey's X and India's Y": the owner only says where Y is
            edge = prev.start
        elif (
            wide
            and subj.kind == "organization"
            and prev.kind in ("country", "place")
            and i > 0
            and skips_descriptor_place(_between(text, base, ordered[i - 1].end, cur.start))
        ):
            i -= 1  # "Y and a Minsk logistics company, Z": Minsk only says where Z is
        else:
            break
    return group


def _evasion_agent(trig: Trigger, mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The `by` agent of a passive or a noun of evasion, a route or a destination between:
    "the cores were re-exported by the company to a trading house", "re-exported to Russia
    by X", "routed through Y by X" (X, and the route as before), "the re-export of machine
    tools to Russia by X"."""
    if " by " not in text[trig.end - base : trig.end - base + 60]:
        return []
    agent = [
        m
        for m in mentions
        if m.prep == "by"
        and m.is_actor
        and 0 < m.start - trig.end <= 60
        and _AGENT_GAP_RE.fullmatch(text, trig.end - base, m.start - base)
    ][:1]
    if not agent or not (
        trig.nominal
        or _BE_BEFORE_RE.search(text, max(0, trig.start - base - 20), trig.start - base)
        or _THEN_BEFORE_RE.search(text, max(0, trig.start - base - 60), trig.start - base)
    ):
        return []
    if trig.passive:
        via = [m for m in mentions if trig.end < m.start < agent[0].start]
        via = [m for m in via if m.prep in ("through", "via")]
        return agent + _named_description(via, mentions, text, base)[:1]
    return agent


def find_subjects(
    trig: Trigger,
    mentions: list[Mention],
    excluded: set[int],
    text: str,
    base: int,
    state: Discourse,
    spelled_out: bool = True,
) -> list[Mention]:
    """`spelled_out`: the firms named after `intermediaries, including` count too."""
    lo, hi = clause_bounds(text, trig.start - base)
    for s_end in _subordinates(text):  # "X did A now that Y did B": B's subject is Y
        if lo < s_end <= trig.start - base:
            lo = s_end
    lo_abs, hi_abs = base + lo, base + hi
    pool = agent_candidates(mentions, excluded, text, base)
    if trig.kind == "evasion" and OWN_TERRITORY_RE.match(trig.word):
        # "X said the country does not allow its territory to be used to ...": the state
        # whose territory it is opens the sentence (its pronoun or "the country" stands for
        # it), not one named in an aside ("Armenia, which ... since Azerbaijan's offensive")
        states = [m for m in mentions if m.end <= trig.start and _state_like(m)]
        return states[:1]
    if trig.kind == "evasion" and trig.word.split()[0].lower() in ROUTE_NOUNS:
        ref = _state_reference(text, trig.start - base)
        if ref is not None:  # "X's ministry said the country is not a platform for": X
            return [  # (a bloc is no country)
                m
                for m in mentions
                if m.end <= base + ref
                and _state_like(m)
                and (m.kind != "organization" or m.country is not None)
            ][-1:]
    if trig.nominal and trig.kind == "evasion":
        near = [
            m
            for m in pool
            if lo_abs <= m.start
            and m.end <= trig.start
            and (m.possessive or trig.start - m.end <= 3)
        ]
        if not near:  # "Hong Kong-registered shell companies": the group is the trigger's
            near = [m for m in pool if m.kind == "group" and m.start < trig.start < m.end]
        if not near:  # "Kyrgyz companies have become one of the main routes by which"
            near = [  # (the copula may span commas: "X has never been, and will never be, a")
                m
                for m in mentions
                if m.end <= trig.start
                and not m.possessive
                and (m in pool or _set_off_actor(m, text, base))
                and _COPULA_AGENT_RE.match(_between(text, base, m.end, trig.start))
            ][-1:]
            if near and near[0] not in pool:  # "including X and Y, have become": both
                return with_conjuncts(near[0], [m for m in mentions if m.is_actor], text, base)
            if near:
                return with_conjuncts(near[0], pool, text, base)
        if not near:  # "X Ltd (X) is a Hong Kong-based front company", "X, a shell company"
            near = [
                m
                for m in pool
                if m.kind in ("organization", "person")
                and 0 < trig.start - m.end <= 120
                and _APPOSITION_GAP_RE.match(text[m.end - base : trig.start - base])
            ][-1:]
        if not near:  # "the re-export of machine tools to Russia by Georgian traders"
            near = _evasion_agent(trig, mentions, text, base)[:1]
        if near:  # "a front company that Promelektronika has used": the user evades too
            um = _USED_BY_RE.match(text, trig.end - base)
            if um is not None:
                users = [m for m in pool if m.start == base + um.start("user")]
                return near[-1:] + users[:1]
        return near[-1:]
    if trig.nominal and trig.obj == "people":
        sent_by = [  # "the deployment of North Korean troops": their state sends them
            m
            for m in mentions
            if m.kind == "group" and m.people and m.prep == "of" and 0 < m.start - trig.end <= 12
        ]
        if sent_by:
            return sent_by[:1]
    if trig.kind == "receive":
        # "helping Russia import drone parts": the helper is the subject
        receiver = [m for m in mentions if m.is_actor and 0 <= trig.start - m.end <= 3]
        if receiver:
            before = text[max(0, receiver[-1].start - base - 30) : receiver[-1].start - base]
            hm = HELP_RE.search(before)
            if hm is not None:
                help_at = receiver[-1].start - len(before) + hm.start()
                helpers = [m for m in pool if help_at - 40 <= m.end <= help_at]
                if helpers:
                    return with_conjuncts(helpers[-1], pool, text, base)
    if spelled_out and trig.kind == "evasion" and _INTERMEDIARIES_RE.search(trig.word):
        named = _named_after(trig, mentions, text, base) or _route_after(trig, mentions, text, base)
        if bought_through(text, trig.start - base):
            # "electronics purchased through intermediaries in China": they sold, and only
            # they evaded; the buyer of the goods is not said to
            return [m for m in named if m.name != RUSSIA]
        if named:  # "through intermediaries, including X and Y", "through agents in X and
            # Y": they evade, and so does whoever used them
            return find_subjects(trig, mentions, excluded, text, base, state, False) + named
    if (
        trig.kind == "evasion"
        and trig.word.lower().startswith("rout")
        and text.endswith(" and ", 0, trig.start - base)
    ):  # "the engines were supplied by X and routed through a firm in Y": X routes them
        agent = [m for m in mentions if m.prep == "by" and m.is_actor and m.end <= trig.start][-1:]
        if agent and _PASSIVE_BY_RE.search(text, 0, agent[0].start - base):
            return agent
    if trig.kind == "evasion" and not trig.nominal:
        agent = _evasion_agent(trig, mentions, text, base)
        if agent:
            return agent
    if trig.kind == "evasion" and trig.passive:  # "payments were routed through X"
        via = [m for m in mentions if m.start > trig.end and m.prep in ("through", "via")]
        if via or trig.word.lower().startswith("rout"):
            # (not "Chinese tools were shipped first to X": the origin evades)
            return _named_description(via, mentions, text, base)[:1]
    if trig.kind == "receive" and trig.nominal and "ccount" in text:
        share = _SHARE_RE.search(text[max(0, trig.start - base - 70) : trig.start - base])
        if share is not None:  # "China accounted for 90% of Russia's imports of chips"
            at = trig.start - (
                len(text[max(0, trig.start - base - 70) : trig.start - base]) - share.start()
            )
            who = [m for m in pool if m.end <= at and at - m.end <= 40]
            if who:
                return with_conjuncts(who[-1], pool, text, base)
    if trig.kind == "receive" or trig.passive:
        found = _origin(trig, mentions, pool, text, base, lo_abs, hi_abs)
        if not found and trig.kind == "supply" and (" which " in text or " whereby " in text):
            found = _scheme_runner(trig, pool, text, base)
        return found
    left = [
        m
        for m in pool
        if lo_abs <= m.start and m.end <= trig.start and (trig.nominal or not m.possessive)
    ]
    if left and trig.kind in ("evasion", "supply") and not trig.nominal:
        left = drop_goods_makers(left, text, base)  # "products of X were shipped via Y"
    if trig.kind == "supply" and not trig.nominal and " in " in text:
        made_in = made_in_state(trig.start, trig.end, mentions, text, base)
        if made_in:  # "the UAVs were manufactured in Iran and then transferred to Russia"
            return made_in
    if len(left) > 1 and (" which " in text or " who " in text):
        aside = _CLOSED_ASIDE_RE.search(text, lo, trig.start - base)
        if aside is not None:  # "X, which the US sanctioned last year, supplied": X
            left = [m for m in left if m.end <= base + aside.start()] or left
    if trig.nominal and trig.word.lower() in _MAKER_NOUNS:
        heads = [  # "Volga Aerotech, a Russian maker of drones": the apposition's head
            m
            for m in mentions
            if m.is_actor
            and not m.in_apposition
            and 0 < trig.start - m.end <= 80
            and (
                _APPOSITION_GAP_RE.match(text[m.end - base : trig.start - base])
                or _BARE_APPOSITION_RE.match(text[m.end - base : trig.start - base])
            )
        ]
        if heads:
            return heads[-1:]
    linked = (
        _LINKED_TO_RE.search(text, max(0, trig.start - base - 60), trig.start - base)
        if trig.nominal and trig.kind == "production" and "linked" in text
        else None
    )
    if linked is not None and not any(m.end - base == linked.start() - 2 for m in mentions):
        return []  # "buyers, including an entity linked to the production of drones": that
        # entity, named by no actor, makes them, not the firm that sold to it (but "X, a
        # firm linked to the production of drones": X)
    if trig.nominal:
        owner = [m for m in mentions if m.kind == "group" and m.start < trig.start < m.end]
        if owner:
            return owner[-1:]  # "Chinese suppliers of drone engines"
        adj = [
            m
            for m in mentions
            if m.kind == "adjective"
            and (
                0 <= trig.start - m.end <= 2
                or (0 < trig.start - m.end <= 16 and _goods_between(text, base, m.end, trig.start))
            )
        ]
        if adj and not _involved_in_russian(adj, text, base):
            return adj  # "Turkish exports", "Iranian deliveries", "Iranian drone deliveries"
        window = text[lo : trig.start - base]
        inv = _INVOLVEMENT_RE.search(window) if any_word_in(window, _INVOLVEMENT_GATES) else None
        if inv is not None:  # "Iranian involvement in drone production"
            at = lo_abs + inv.start()
            owner = [
                m
                for m in mentions
                if 0 <= at - m.end <= 3 and (m.kind == "adjective" or m.possessive)
            ]
            if owner:
                return owner[-1:]
    maker = _participle_agent(trig, mentions, text, base) if trig.kind == "production" else None
    if maker is not None:
        return [maker]  # "a small turbojet produced by X", "chassis made by the X plant"
    made = text[trig.start - base : trig.start - base + 8].lower()
    if trig.kind == "production" and made in ("made in ", "made by "):
        after = [
            m for m in mentions if m.start >= trig.end and m.is_actor and m.start - trig.end < 8
        ]
        return after[:1]
    # a pronoun right before the verb: "it would not provide"
    vp_win = text[max(0, trig.start - base - 90) : trig.start - base]
    if search_from(_PRONOUN_STARTS, _PRONOUN_SUBJ_RE, vp_win[-30:]) or (
        (" it" in vp_win or " they" in vp_win or "It" in vp_win or "They" in vp_win)
        and " and " in vp_win
        and _PRONOUN_VP_RE.search(vp_win)
    ):  # "it sold engines for farms and had never supplied ...": the pronoun's second verb
        prior = _pronoun_antecedents(mentions, text, base, trig.start)
        if trig.kind in ("evasion", "supply"):
            prior = drop_goods_makers(prior, text, base)  # "products of X, all of it sent"
        if prior and not left:
            return [prior[-1]]
    hauled = _hauled_from(trig, mentions, hi_abs) if trig.kind == "supply" else []
    rel_lo = max(lo_abs, trig.start - _RELATIVE_REACH)  # the pattern is anchored at the verb
    win = text[rel_lo - base : trig.start - base]
    rel = _relative_search(win) if any_word_in(win, _REL_GATES) else None
    if rel is None and not trig.nominal and any_word_in(win, _REDUCED_GATES):
        # (not "an official said exports of chips ...": a noun has no relative subject)
        rel = _reduced_search(win)
    if rel is None and win.endswith(_AND_ENDS):  # "which had bought X ... and re-exported"
        wide_lo = max(base, trig.start - 260)
        wide = text[wide_lo - base : trig.start - base]
        if any_word_in(wide, _REL_GATES):
            rel = _COORD_REL_RE.search(wide)
            if rel is not None:
                rel_lo = wide_lo
    if rel is not None:  # "sanctions on four Chinese firms that supplied ..."
        pron_at = rel_lo + rel.start()
        heads = [
            m
            for m in mentions
            if m.is_actor
            and 0 <= pron_at - m.end <= 60
            and (pron_at - m.end <= 3 or _PAREN_GAP_RE.match(text[m.end - base : pron_at - base]))
        ]  # "IRISL, which", "the Islamic Republic of Iran Shipping Lines (IRISL), which"
        if not heads:
            heads = [
                m
                for m in mentions
                if m.kind == "organization"
                and 0 < pron_at - m.end <= 40
                and _SEAT_GAP_RE.match(text[m.end - base : pron_at - base])
            ]
        if not heads:  # "Kupol, the Russian state-owned firm that makes the drones",
            # "X Co., Ltd. (X) is a PRC-based distributor of electronic components that"
            heads = [
                m
                for m in mentions
                if m.is_actor
                and 0 < pron_at - m.end <= 120
                and _APPOSITION_GAP_RE.match(text[m.end - base : pron_at - base])
            ]
        if heads:  # the head's conjuncts, whatever governs them: "on X and Y that ..."
            head = heads[-1]
            # "Kupol, the subsidiary of Almaz-Antey that assembles drones": Kupol
            head = _apposition_owner(head, text, base, pron_at) or head
            if head.kind in ("country", "place") and (
                head.prep in ("in", "of") or text.startswith(", ", head.start - base - 2)
            ):  # (", a company in Penang, Malaysia, which": the last place has no "in")
                firm = [  # "to Araks Technologies in Yerevan, which relabeled": the firm
                    m
                    for m in mentions
                    if m.kind == "organization"
                    and _IN_PLACE_RE.fullmatch(text, m.end - base, head.start - base)
                ]
                located = firm[-1] if firm else _part_located_owner(head, mentions, text, base)
                head = located or head
            if (
                _PAREN_GAP_RE.match(text[head.end - base : pron_at - base])
                and "(" in text[head.end - base : pron_at - base]
            ):
                return [head, *hauled]  # "X and Y (Y), which ...": the aside is about Y
            actors = [m for m in mentions if m.is_actor]
            return with_conjuncts(head, actors, text, base, wide=False) + hauled
        if _PRONOUN_FIRST_RE.match(rel.group()):
            return hauled  # "a plant in Kazan that makes propellants": no actor makes them
    if trig.nominal and trig.word.lower() in _AGENT_NOUNS:
        for m in reversed(left):  # "China is Russia's main supplier of machine tools"
            if not m.possessive and _COPULA_AGENT_RE.match(_between(text, base, m.end, trig.start)):
                return with_conjuncts(m, pool, text, base)
    if (
        trig.nominal
        and trig.word.lower() in _AGENT_NOUNS
        and _OWN_SUPPLIERS_RE.search(text, max(0, trig.start - base - 30), trig.start - base)
    ):
        return []  # "Armenia has begun to diversify its arms suppliers": it buys
    if left and not trig.nominal and _ends_with_by(text, trig.start - base):
        # "Russia is helping North Korea ..., including by providing technology": the means
        # of the main verb, whose subject opens the clause
        opener = left[0]
        helped = HELP_RE.search(text, max(0, opener.start - base - 30), opener.start - base)
        if opener.prep is None and not opener.possessive and helped is None:
            # (not "the companies helped Russia circumvent sanctions by acting as
            # intermediaries": Russia is helped; the helpers act, named or not)
            return with_conjuncts(opener, pool, text, base)
    if left and not trig.nominal and any_word_in(text, _CAUSATIVE_GATES):
        caused = _CAUSED_DOER_RE.search(text, lo, trig.start - base)
        if caused is not None:  # the doer is whom the clause before leaves or forces to act
            left = [m for m in left if m.start >= base + caused.start()]
            if not left:
                return []
    if (
        left
        and trig.kind == "evasion"
        and _PARTICIPLE_ADJUNCT_RE.search(text, lo, trig.start - base + len(trig.word))
    ):  # "X sent Russia cameras, routing them through a firm in Y": the sender routes
        opener = left[0]
        if opener.prep is None and not opener.possessive and opener is not left[-1]:
            return with_conjuncts(opener, pool, text, base)
        if _GIVEN_TO_RE.search(text, max(0, opener.start - base - 12), opener.start - base):
            return []  # "Marek K. sent Russia cameras, routing them ...": Russia receives
    if (
        left
        and trig.kind == "evasion"
        and len(left) > 1
        and _OWNED_BEFORE_RE.search(text, max(0, left[-1].start - base - 8), left[-1].start - base)
    ):
        left = left[:-1]  # "importers paying their Chinese suppliers through agents": owned
    if trig.kind == "production" and not trig.nominal and trig.word.endswith("ing"):
        noun = [
            m for m in mentions if m.is_actor and m.prep is not None and trig.start - m.end == 1
        ]
        if noun:  # "sent on to Russian enterprises producing drones": those enterprises
            return noun
    if left and trig.nominal and trig.kind == "supply":
        origin = _origin_of_trade_noun(trig, left[-1], mentions, text, base, hi_abs)
        if origin is not None:
            return [origin]
    if left:
        subj = _aside_head(left, text, base, trig.start) or left[-1]
        if _sanctioner_between(text, base, subj.end, trig.start):
            return []
        if _counted_ref_between(text, base, subj.end, trig.start):
            return []  # "X, Y and Z, saying the four companies had supplied": not those three
        if trig.kind == "evasion" and _DESTINATION_RE.search(
            text, max(0, subj.start - base - 30), subj.start - base
        ):
            return []  # "the engines reached Russia through intermediaries": where they went
        # "helping Moscow evade sanctions", "denied helping Russia build drones": the helper
        between = text[subj.end - base : trig.start - base]
        before = text[max(0, subj.start - base - 30) : subj.start - base]
        reach = 70 if trig.kind == "evasion" else 12
        if trig.kind == "production" and _SET_UP_RE.fullmatch(between):
            reach = len(between) + 1  # "helped Russia set up its own production line"
        elif trig.word.lower() == "production" and not trig.nominal:
            reach = 40  # "helped Moscow set up its own production line"
        hm = HELP_RE.search(before) if len(between) < reach else None
        if hm is not None:
            help_at = subj.start - len(before) + hm.start()
            helpers = [
                m
                for m in left
                if help_at - 40 <= m.end <= help_at
                and m.name != subj.name
                and not _sanctioner_between(text, base, m.end, help_at)
            ]
            rel = _REL_BEFORE_RE.search(text, 0, help_at - base)
            if rel is not None:  # "non-EU companies that help Russia evade": their antecedent
                helpers = [m for m in helpers if 0 <= base + rel.start() - m.end <= 3]
            elif not helpers and _AND_VP_RE.search(text, 0, help_at - base):
                # "Iran has provided drones ..., and is helping Russia build": the first verb's
                # subject helps
                helpers = [m for m in left[:1] if m is not subj and m.prep is None]
            elif not helpers and _PRONOUN_HELPER_RE.search(
                text, max(0, help_at - base - 30), help_at - base
            ):
                # "Astana insists it is not helping Moscow evade sanctions": what "it" stands for
                helpers = _pronoun_antecedents(mentions, text, base, help_at)[-1:]
            out = with_conjuncts(helpers[-1], pool, text, base) if helpers else []
            if (subj.name != RUSSIA and subj.country != RUSSIA) or (
                trig.kind == "evasion" and hm.group().lower().startswith(("allow", "enabl"))
            ):  # "helping Russia evade sanctions": the helper evades, not Russia; but
                out.append(subj)  # "loopholes that allow Russia to circumvent sanctions"
            return out
        # "X, a maker of antennas, and Y, a trader which acted as an intermediary": the
        # relative clause is Y's own, and so is what it says
        own_clause = (
            any_word_in(text[subj.end - base : trig.start - base], _REL_GATES)
            and _REL_WORD_RE.search(text, subj.end - base, trig.start - base) is not None
        )
        return with_conjuncts(subj, pool, text, base, wide=not own_clause)
    if trig.nominal:
        right = [
            m
            for m in mentions
            if m.start >= trig.end
            and m.end <= hi_abs
            and m.is_actor
            and not m.in_apposition
            and id(m) not in excluded
            and (m.prep in ("by", "of", "from") or m.prep is None)
            and m.start - trig.end < 50
        ]
        for m in right:
            if m.prep is None:
                continue
            return [m]
    if trig.kind == "supply":  # "the ships carried munitions from North Korea to Russia"
        shipped = hauled or _shipped_from(trig, mentions, hi_abs, 60)
        if shipped:
            return shipped
    if trig.kind == "production" and not trig.nominal:
        site = _factory_site(mentions, text, base, trig)
        if site is not None:  # "A factory in the Alabuga zone now turns out drones"
            return [site]
    if not trig.nominal and (", but " in text or " but " in text):
        # the speaker of the first verb phrase too: "Tehran admitted ..., but denied supplying"
        first = _but_vp_subject(agent_candidates(mentions, set(), text, base), text, base, trig)
        if first is not None:  # "Tehran has acknowledged X, but denies supplying weapons"
            return [first]
    return []


_HAUL_REACH: Final = 100


def _hauled_from(trig: Trigger, mentions: list[Mention], hi_abs: int) -> list[Mention]:
    """Where a carrier's cargo came from: "a shuttle service that carried 20,000 containers
    of shells from North Korea", "vessels that carried North Korean shells": the goods'
    state sent them."""
    if trig.nominal or trig.word.lower() not in HAUL_WORDS:
        return []
    return (
        _shipped_from(trig, mentions, hi_abs, _HAUL_REACH)
        or [
            m
            for m in mentions
            if m.kind == "adjective"
            and m.name != RUSSIA
            and 0 < m.start - trig.end <= 30
            and m.prep in (None, "of")
        ][:1]
    )


def _shipped_from(trig: Trigger, mentions: list[Mention], hi_abs: int, reach: int) -> list[Mention]:
    """The state or firm goods are carried `from`, within `reach` chars of the verb."""
    for m in mentions:
        if (
            m.start >= trig.end
            and m.end <= hi_abs
            and m.prep == "from"
            and m.is_actor
            and m.name != RUSSIA
            and m.start - trig.end <= reach
        ):
            return [m]
    return []


# "X said exports of chips from Y": X speaks; the noun's own phrase names who exports
_SPEECH_BETWEEN_RE: Final = re.compile(r"\b(?:said|says|say|told|added|noted|believes?)\b")
_ORIGIN_REACH: Final = 60


# "a turbojet produced by X", "chassis made by the X plant": a participle's agent
# "made by the St Petersburg-based X": a seat before the name
_BY_AGENT_RE: Final = re.compile(r"\s+by\s+(?:the\s+)?(?:(?:[\w.'’]+\s+){0,2}?[\w.'’]+-based\s+)?")


# "Chinese companies are directly involved in Russian weapons production": the Russian
# word says whose the production is; the subject of "involved" takes part in it
_INVOLVED_IN_RE: Final = re.compile(r"\b(?:involved|engaged|taking\s+part|participating)\s+in\s+$")


def _involved_in_russian(adj: list[Mention], text: str, base: int) -> bool:
    return all(m.name == RUSSIA for m in adj) and (
        _INVOLVED_IN_RE.search(text, max(0, adj[0].start - base - 30), adj[0].start - base)
        is not None
    )


def _participle_agent(
    trig: Trigger, mentions: list[Mention], text: str, base: int
) -> Mention | None:
    """The organization named right after a production participle and `by`."""
    if not trig.word.lower().endswith(("ed", "made", "built")):
        return None
    by = _BY_AGENT_RE.match(text, trig.end - base)
    if by is None:
        return None
    return next(
        (
            m
            for m in mentions
            if m.start == base + by.end() and m.is_actor and m.kind == "organization"
        ),
        None,
    )


def _origin_of_trade_noun(
    trig: Trigger, left: Mention, mentions: list[Mention], text: str, base: int, hi_abs: int
) -> Mention | None:
    """The `from` actor of a trade noun whose nearest actor on the left only speaks: "a
    U.S. official said exports of high priority goods from Türkiye to Russia had fallen"."""
    if not _SPEECH_BETWEEN_RE.search(text, left.end - base, trig.start - base):
        return None
    return next(
        (
            m
            for m in mentions
            if m.prep == "from"
            and m.is_actor
            and 0 < m.start - trig.end <= _ORIGIN_REACH
            and m.end <= hi_abs
        ),
        None,
    )


def _named_description(
    found: list[Mention], mentions: list[Mention], text: str, base: int
) -> list[Mention]:
    """`found` with a description that the next mention names dropped: "routed through a
    Turkish trading company, Anka Trade, to hide": Anka Trade, not Turkey; "through a
    Tehran exchange house, X,": X, not the town that says where it is."""
    if len(found) >= 2:
        desc, name = found[0], found[1]
        if (
            desc.kind == "group"
            and name.kind == "organization"
            and _between(text, base, desc.end, name.start) == ", "
            and text[desc.start - base : desc.end - base].rsplit(None, 1)[-1].lower()
            in SINGULAR_COMPANY
        ):
            return found[1:]
    if found and found[0].kind in ("country", "place"):
        town = found[0]
        firm = next((m for m in mentions if m.start >= town.end), None)
        if (
            firm is not None
            and firm.kind == "organization"
            and _PLACE_DESCRIPTOR_RE.fullmatch(_between(text, base, town.end, firm.start))
        ):
            return [firm, *found[1:]]
    return found


# what stands between a town and the name of the firm it describes: " exchange house, "
_PLACE_DESCRIPTOR_RE: Final = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|house|bank|trader|distributor|supplier|"
    r"intermediary|exchanger|agent|broker|forwarder|subsidiary)\s*,\s+"
)


def _named_after(trig: Trigger, mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The firms a general noun is spelled out as: `intermediaries, including X and Y`,
    `middlemen such as X`, `intermediaries: X and Y`."""
    m = _NAMED_AFTER_RE.match(text, trig.end - base)
    if m is None:
        return []
    at = base + m.end()
    first = next(
        (x for x in mentions if x.kind == "organization" and x.is_actor and x.start >= at),
        None,
    )
    if first is None:
        return []
    gap = _between(text, base, at, first.start)
    if gap and not _LOCATED_PREFIX_RE.fullmatch(gap):
        return []  # the firm must come next ("Hong Kong-registered X" does)
    out = [first]
    for x in mentions:
        if x.start < out[-1].end or x.kind != "organization" or not x.is_actor:
            continue
        gap = _between(text, base, out[-1].end, x.start)
        located = _LOCATED_PREFIX_RE.search(gap)
        if located is not None:
            gap = gap[: located.start()]
        if not _CONJ_RE.match(gap):
            break
        out.append(x)
    return out


def _goods_between(text: str, base: int, start: int, end: int) -> bool:
    """One word for goods between an owner and a transfer noun: "Iranian [drone] deliveries"."""
    gap = text[start - base : end - base].split()
    return len(gap) == 1 and gap[0].lower() in GOODS_WORDS


_STATE_REFERENCE_RE: Final = re.compile(r"\b(?:the\s+country|the\s+government|it)\b")


def _state_reference(text: str, end: int) -> int | None:
    """Where "the country" (or "it") stands as the subject of the copula that ends at `end`
    ("the country \"is not, and will not be, a platform for"), or None."""
    refs = list(_STATE_REFERENCE_RE.finditer(text, max(0, end - 90), end))
    if refs and _COPULA_AGENT_RE.match(text[refs[-1].end() : end]):
        return refs[-1].start()
    return None


def _state_like(m: Mention) -> bool:
    return m.name != RUSSIA and (
        m.kind == "country"
        or (m.kind == "organization" and m.role == "government")
        or (m.kind == "person" and m.role == "leader")  # the engine reads the leader's state
    )


def _route_after(trig: Trigger, mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """The countries the intermediaries sit in: `through payment agents in X and Y`."""
    group = next(  # "intermediaries in Kazakhstan", "intermediary firms in Kazakhstan"
        (
            m
            for m in mentions
            if m.kind == "group" and (m.start < trig.end <= m.end or 0 < m.start - trig.end <= 1)
        ),
        None,
    )
    if group is not None:
        return _list_from(group, mentions, text, base)
    first = next(
        (
            m
            for m in mentions
            if m.prep == "in"
            and m.kind == "country"
            and m.name != RUSSIA
            and m.start >= trig.end
            and text[trig.end - base : m.start - base].strip() == "in"
        ),
        None,
    )
    return _list_from(first, mentions, text, base) if first is not None else []


def _apposition_owner(head: Mention, text: str, base: int, pron_at: int) -> Mention | None:
    """X when `head` only names whose part X's appositive is (`X, the subsidiary of Y that
    assembles drones`): the relative clause then tells about X."""
    owner = head.head
    if (
        head.in_apposition
        and owner is not None
        and owner.is_actor
        and " of " in text[owner.end - base : head.start - base]
        and "," not in text[head.end - base : pron_at - base]
    ):
        return owner
    return None


def _factory_site(mentions: list[Mention], text: str, base: int, trig: Trigger) -> Mention | None:
    """The place named in a subject like `a sprawling factory in the Alabuga zone`."""
    m = _FACTORY_IN_RE.search(text, 0, trig.start - base)
    if m is None:
        return None
    at = base + m.end()
    return next(
        (x for x in mentions if x.start == at and x.kind == "organization" and x.end < trig.start),
        None,
    )


def _but_vp_subject(pool: list[Mention], text: str, base: int, trig: Trigger) -> Mention | None:
    """The sentence's subject when the trigger's verb phrase is its second one: `Tehran has
    acknowledged sending drones, but denies supplying weapons`."""
    if not pool or pool[0].start - base > 12 or pool[0].prep is not None or pool[0].possessive:
        return None
    if pool[0].kind == "person" or pool[0].role in ("media", "research"):
        return None
    if not _BUT_VP_RE.match(text, pool[0].end - base, trig.start - base):
        return None
    if any(pool[0].end <= m.start < trig.start and m.prep is None for m in pool[1:]):
        return None  # another subject in between
    return pool[0]


def _list_from(first: Mention, mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """`first` and the actors listed after it under the same preposition."""
    group = [first]
    for m in mentions:
        if m.start < group[-1].end:
            continue
        gap = _between(text, base, group[-1].end, m.start)
        repeated = _REPEATED_PREP_CONJ_RE.match(gap)
        if not (
            m.is_actor
            and m.prep == first.prep
            and (m.kind == "group") == (first.kind == "group")
            and (
                _CONJ_RE.match(gap)
                or (repeated is not None and repeated.group("prep").lower() == first.prep)
            )
        ):
            break
        group.append(m)
    return group


def _origin(
    trig: Trigger,
    mentions: list[Mention],
    pool: list[Mention],
    text: str,
    base: int,
    lo_abs: int,
    hi_abs: int,
) -> list[Mention]:
    """Subject of a passive or a receiving verb: `by X`, `from X`, `made in X`, `Chinese drones`."""
    if trig.kind == "supply" and trig.start > base and text[trig.start - base - 1] == "-":
        # "Iranian-supplied parts" (triggers._supplied_compounds): the compound's own state
        return [m for m in mentions if m.end == trig.start - 1 and m.name != RUSSIA][:1]
    origin_preps: tuple[str, ...] = ("from",) if trig.kind == "receive" else ("by", "from")
    if trig.kind == "receive" and trig.word.lower().startswith(("turn", "rel", "depend")):
        origin_preps = ("from", "to", "on")  # "turned to Tehran for", "relies on China for"
    elif trig.word.lower() in TRACED_WORDS:
        origin_preps = ("to",)  # "the servos were traced to X": X made or sold them
    if trig.kind == "production":
        made_in = [  # "Garpiya-3 drones are manufactured in China": that state makes them
            m
            for m in mentions
            if m.prep == "in"
            and m.kind == "country"
            and m.name != RUSSIA
            and 0 < m.start - trig.end <= 4
            # (not "were built in Iran and flown across the Caspian": made, then sent, as
            # made_then_sent reads it)
            and _THEN_SENT_RE.match(text, m.end - base) is None
        ]
        if made_in:
            return made_in[:1]
        for m in mentions:  # "the drones are built at Alabuga": the plant makes them
            if (
                m.start >= trig.end
                and m.end <= hi_abs
                and m.prep == "at"
                and m.kind == "organization"
                and m.start - trig.end <= 12
            ):
                return [m]
    reach = 70 if trig.kind == "receive" else 40  # "received 1,000 containers of ... from X"
    resold = trig.kind == "receive" and resold_after(text, trig.end - base)
    for m in mentions:
        if (
            m.start >= trig.end
            and m.end <= hi_abs
            and m.is_actor
            and m.prep in origin_preps
            and (not m.in_apposition and m.start - trig.end <= reach)
        ):
            if (
                trig.kind == "receive"
                and not _russian_receiver(trig, mentions, pool, resold)
                and not (m.name == RUSSIA and _state_receiver(trig, pool))
            ):
                return []  # "X bought chips from US distributors and shipped them to
                # Russia": the sellers supplied X, a middleman, who supplies Russia
            found = _list_from(m, mentions, text, base)  # "from China, Iran and North Korea"
            parallel = _parallel_sources(found[-1], mentions, text, base, hi_abs)
            if parallel:
                return _sources_of_kind(found, parallel, trig, text, base)
            return found
    origins: list[Mention] = []
    for m in mentions:
        if (
            lo_abs <= m.start < hi_abs
            and m.kind == "adjective"
            and m.country
            and not m.in_apposition  # "X, a Belarusian national,": where X is from
            and m.prep not in ("to", "for", "with", "into")
            and not text.startswith(_SEAT_SUFFIXES, m.end - base)
        ):  # ("Kazakhstan-based X": where a firm sits, not where the goods come from)
            if m.prep != "by" and (trig.kind == "receive") != (m.start > trig.start):
                continue  # the object's origin: after a receiving verb, before a passive
            russian = m.country == RUSSIA
            if russian and not (
                trig.kind == "receive" and trig.obj == "component" and _state_receiver(trig, pool)
            ):
                continue  # ("Russian buyers", "Russian drones were built": Russia's own; a
                # state's "Russian-made jets" may be its own purchase, told as trade)
            if (
                trig.kind == "receive"
                and not russian
                and not _russian_receiver(trig, mentions, pool, resold)
            ):
                continue  # "a front company bought German machine tools": no supplier of Russia
            if _SPEAKER_AFTER_RE.match(text, m.end - base):
                continue  # "South Korean, Ukrainian and U.S. officials said": who says it
            origins.append(m)
    if origins:
        return [_origin_of_kind(origins, trig, text, base)]
    for m in mentions:
        if lo_abs <= m.start < trig.start and m.prep == "in" and m.is_actor:
            before = text[max(0, m.start - base - 12) : m.start - base].lower()
            if "made in" in before or "produced in" in before or "manufactured in" in before:
                return [m]
    if trig.passive and trig.kind != "receive":
        for m in mentions:  # "Shells from North Korea were shipped to Russia": their origin
            if (
                lo_abs <= m.start < trig.start
                and m.prep == "from"
                and m.is_actor
                and m.name != RUSSIA
                and _goods_from(text, max(0, m.start - base - 30), m.start - base)
            ):
                return [m]
        left = [m for m in pool if lo_abs <= m.start and m.end <= trig.start]
        for m in reversed(left):
            if trig.start - m.end > 60:
                break
            if m.name == RUSSIA:
                continue
            if _BRAND_RE.match(text, m.end - base):
                continue  # "a Tupolev Tu-141 ... designed in the 1970s": a brand of the product
            if m.kind in ("organization", "country", "group"):
                return [m]  # the passive's grammatical subject, or what it belongs to
    return []


_THEN_SENT_RE: Final = re.compile(r",?\s+(?:and|before|then)\b")
_GOODS_OR_GENERIC: Final = GOODS_WORDS | GENERIC_WORDS
_GOODS_FROM_RE: Final = re.compile(r"\b(?P<goods>[\w-]+)\s+from\s+(?:the\s+)?$")


def _goods_from(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a goods noun and 'from' ("shells from ")."""
    gm = _GOODS_FROM_RE.search(text, lo, hi)
    return gm is not None and gm.group("goods").lower() in _GOODS_OR_GENERIC


_KIND_WORDS: Final = {"drone": DRONE_WORDS, "weapon": WEAPON_WORDS, "component": COMPONENT_WORDS}
_GOODS_AFTER_RE: Final = re.compile(r"(?:-[a-z]+)?((?:\s+[\w-]+){1,3})")


def _origin_of_kind(origins: list[Mention], trig: Trigger, text: str, base: int) -> Mention:
    """Of the origins a receiving verb's object names ("received North Korean shells and
    Iranian drones"), the one before goods of the trigger's kind; else the first."""
    words = _KIND_WORDS.get(trig.obj or "")
    if len(origins) < 2 or trig.kind != "receive" or words is None:
        return origins[0]
    for m in origins:
        gm = _GOODS_AFTER_RE.match(text, m.end - base)
        if gm is not None and not words.isdisjoint(gm.group(1).lower().split()):
            return m
    return origins[0]


def _sources_of_kind(
    found: list[Mention], parallel: list[Mention], trig: Trigger, text: str, base: int
) -> list[Mention]:
    """ "received drones from Iran and shells from North Korea": of the parallel sources,
    those whose own goods are of the trigger's kind (all, when the goods do not tell)."""
    words = _KIND_WORDS.get(trig.obj or "")
    if words is None:
        return found + parallel
    groups = [
        (found, trig.end),
        *((([p], prev.end)) for prev, p in pairwise([found[-1], *parallel])),
    ]
    kept = [
        x
        for group, lo in groups
        if not words.isdisjoint(text[lo - base : group[0].start - base].lower().split())
        for x in group
    ]
    return kept or found + parallel


# "engines from China and optics from Belarus": each goods' source
_PARALLEL_FROM_RE: Final = re.compile(
    r",?\s+(?:and|as\s+well\s+as|plus)\s+(?:[\w-]+\s+){1,3}from\s+$"
)


def _parallel_sources(
    last: Mention, mentions: list[Mention], text: str, base: int, hi_abs: int
) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m.start < last.end + 8 or m.end > hi_abs or m.prep != "from" or not m.is_actor:
            continue
        gap = _PARALLEL_FROM_RE.fullmatch(text, last.end - base, m.start - base)
        if gap is None or GOODS_WORDS.isdisjoint(gap.group().lower().split()):
            break  # not "chips from China and oil from Kazakhstan": goods of ours only
        out.append(m)
        last = m
    return out


# "X ran a scheme in which components bought in the EU were sent to Russia": X sent them
_SCHEME_RE: Final = re.compile(
    r"\b(?:ran|runs|run|operated|operates|organi[sz]ed|organi[sz]es|set\s+up|devised|"
    r"masterminded|orchestrated|led|coordinated)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:scheme|network|operation|ring)\b[^.;]{0,60}?\b(?:in|under|through|by)\s+which\b|"
    r"\b(?:scheme|network|operation|ring)\s+whereby\b"
)


def _scheme_runner(trig: Trigger, pool: list[Mention], text: str, base: int) -> list[Mention]:
    sm = _SCHEME_RE.search(text, 0, trig.start - base)
    if sm is None:
        return []
    runner = [m for m in pool if m.end <= base + sm.start() and m.prep is None]
    return runner[-1:]


def _russian_receiver(
    trig: Trigger, mentions: list[Mention], pool: list[Mention], resold: bool = False
) -> bool:
    """Whether whoever receives is Russian, or not named at all ("imports of Chinese chips");
    `resold`: the buyer sells the goods on, so an unnamed buyer is a middleman."""
    left = [m for m in pool if m.end <= trig.start and m.prep is None and not m.possessive]
    if not left:
        return not resold
    m = left[-1]
    return m.name == RUSSIA or m.country == RUSSIA


_GOT_STEMS: Final = ("receiv", "obtain", "acquir")


def _state_receiver(trig: Trigger, pool: list[Mention]) -> bool:
    """Whether whoever receives is a state other than Russia or Ukraine, named as the
    subject of the receiving verb: "North Korea received technical assistance from Russia",
    "Iran has received Russian radar components" (Russia supplies it)."""
    if not trig.word.lower().startswith(_GOT_STEMS):
        return False  # ("interested in buying Russian jets": a deal, maybe none yet)
    left = [m for m in pool if m.end <= trig.start and m.prep is None and not m.possessive]
    if not left:
        return False
    m = left[-1]
    return m.kind == "country" and m.name not in (RUSSIA, "Ukraine") and trig.start - m.end <= 60


def find_recipient(
    trig: Trigger, mentions: list[Mention], subjects: list[Mention], text: str, base: int
) -> str | None:
    if trig.kind == "receive":
        sub_names = {s.name for s in subjects}
        owner = [  # "China accounted for 70% of Russia's imports": Russia receives
            m
            for m in mentions
            if trig.nominal
            and m.possessive
            and m.is_actor
            and 0 < trig.start - m.end <= 30
            and _OWNER_GAP_RE.fullmatch(text, m.end - base, trig.start - base)
        ]
        if owner and owner[-1].name not in sub_names:
            return owner[-1].name
        left = [m for m in mentions if m.end <= trig.start and m.is_actor and m.prep is None]
        return left[-1].name if left else None
    if trig.word.lower() in TRACED_WORDS:
        return None  # "traced to X" names the origin, not who got it
    hi = clause_bounds(text, trig.start - base)[1]
    stop = _RECIPIENT_STOP_RE.search(text, trig.end - base)
    if stop is not None:
        hi = min(hi, stop.start())
    next_verb = _NEXT_GERUND_RE.search(text, trig.end - base, hi)
    if next_verb is not None:
        hi = next_verb.start()
    hi = min(hi, trig.end - base + 90)
    sub_names = {s.name for s in subjects}
    # "supplied Ukraine with drones": the direct object is the recipient
    for m in mentions:
        if (
            m.is_actor
            and m.prep is None
            and 0 < m.start - trig.end <= 6
            and text[m.end - base : m.end - base + 6] == " with "
        ):
            return m.name
    for m in mentions:
        if m.start < trig.end or m.end > base + hi or m.name in sub_names:
            continue
        if m.kind == "adjective" and m.country == RUSSIA and m.prep in ("for", "to", "into"):
            return RUSSIA  # "components for Russian drones"
        if not (m.is_actor or m.kind == "place"):  # "to Crimea", "in the Kursk region"
            continue
        if m.prep in _RECIPIENT_PREPS or (
            m.prep == "in"
            and trig.kind in ("supply", "personnel")
            and (m.name == RUSSIA or m.country == RUSSIA)
        ):
            return m.name
    if trig.nominal:  # "China is Russia's main supplier": the possessor gets it
        for m in mentions:
            if (
                m.possessive
                and m.name not in sub_names
                and 0 < trig.start - m.end <= 25
                and (m.is_actor or m.kind == "adjective")
                and _COPULA_AGENT_RE.match(" is " + _between(text, base, m.start, trig.start))
            ):
                return m.name
    pp = _TO_PP_RE.search(text, trig.end - base, hi)
    if pp is not None and not (
        pp.group(1).isupper()
        or text.startswith(_PP_DETERMINERS, pp.start(1))
        or text.startswith(_PP_ARMED_CLIENTS, pp.start(1))
    ):
        pp = None  # an infinitive ("to evade") or "to any party"
    if pp is not None and (
        trig.kind == "supply" or (trig.kind == "personnel" and trig.word.lower() not in _AID_VERBS)
    ):  # (not "helped adjust the engines to the airframe": that verb's own phrase)
        at = base + pp.start(1)
        based = _BASED_RE.match(text, pp.start(1))
        if based is not None:  # "to Almaty-based Steppe Trading": the company receives
            after = [m for m in mentions if m.start == base + based.end() and m.is_actor]
            if after:
                return after[0].name
        # the whole noun phrase: "to the Alabuga zone in Russia's Tatarstan", "to a company
        # in the Russian city of Tula" (not "to a firm in Armenia that supplies Russian ...")
        stop = _PP_END_RE.search(text, pp.start(1), min(hi, pp.start(1) + 60))
        np_end = base + (stop.start() if stop is not None else min(hi, pp.start(1) + 60))
        here = [m for m in mentions if m.start <= at < m.end or at <= m.start < np_end]
        if not any(m.name == RUSSIA or m.country == RUSSIA for m in here) and not (
            trig.kind == "personnel" and _workplace_after(text, pp.start(1))
        ):  # (people "assigned to the workshops" work there: no other side gets them)
            return OTHER  # "to its allies", "to the Houthis": not Russia
    for m in mentions:
        if (
            (m.is_actor or m.kind == "adjective")
            and m.possessive
            and m.name not in sub_names
            and not m.in_apposition  # "..., along with X, the chief of Iran's armed forces"
            and _WAR_MACHINE_RE.match(text[m.end - base :])
        ):
            return m.country or m.name if m.kind == "adjective" else m.name
    return None


_AID_VERBS: Final = word_set("help helps helped helping assist assists assisted assisting")


def russia_linked(mentions: list[Mention], russian_orgs: set[str]) -> bool:
    return any(m.name == RUSSIA or m.country == RUSSIA or m.name in russian_orgs for m in mentions)
