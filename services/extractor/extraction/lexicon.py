"""Trigger lexicons and cue words, compiled once at import (they are constants)."""

from __future__ import annotations

import re
from typing import Final

from .needles import Needles
from .word_start import WORD_START
from .wordset import word_set


def _alt(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


def any_of(words: str) -> tuple[str, ...]:
    return tuple(words.split())


def gated_search(
    pattern: re.Pattern[str], text: str, needs: tuple[str, ...], low_text: str | None = None
) -> re.Match[str] | None:
    """`pattern.search(text)`, skipped when the lower-cased text (`low_text`, if the caller
    has it already) holds none of `needs`: words one of which every match of the
    case-insensitive pattern contains. The search runs by the pattern's `gate_twin`
    (`folded_search`), made at its first use."""
    low = text.lower() if low_text is None else low_text
    if not may_contain(low, needs):
        return None
    known = _GATED_TWINS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = (pattern, gate_twin(pattern) if has_gate_twin(pattern) else None)
        _GATED_TWINS[id(pattern)] = known
    twin = known[1]
    return pattern.search(text) if twin is None else folded_search(pattern, twin, text, low)


# (pattern, its twin or None) for the patterns gated_search has run, by id: a pattern
# hashes its whole source at every lookup (they are a dozen module constants)
_GATED_TWINS: Final[dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]]] = {}


def has_gate_twin(pattern: re.Pattern[str]) -> bool:
    """Whether `gate_twin` can make the pattern's twin."""
    source = pattern.pattern.replace(_CASED_CAPITAL, "")
    return bool(pattern.flags & IGNORE) and "(?-i" not in source and "\\N" not in source


def may_contain(low_text: str, needs: tuple[str, ...]) -> bool:
    """Whether a case-insensitive match of a pattern that needs one of `needs` may be in the
    text `low_text` lower-cases."""
    return _has_any(low_text, needs) or _folds_oddly(low_text)


def _has_any(low_text: str, words: tuple[str, ...]) -> bool:
    return any_word_in(low_text, words)


def any_word_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` as a substring: a cheap gate before a regex."""
    for word in words:  # noqa: SIM110 (a loop: mypyc compiles any(generator) slowly)
        if word in text:
            return True
    return False


def _folds_oddly(low_text: str) -> bool:
    """Case-insensitive regexes match "ı" and "ſ" as "i" and "s"; lower() leaves them be."""
    return "ı" in low_text or "ſ" in low_text


IGNORE: Final = re.IGNORECASE
# a word, hyphenated compounds whole ("dual-use"); and with inner apostrophes ("Xi'an")
WORD_RE: Final = re.compile(r"[\w-]+")
WORD_APOSTROPHE_RE: Final = re.compile(r"[\w'’-]+")


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive `pattern` made case-sensitive, to search text lower-cased first
    (`lowered_spans`): its alternations then skip most branches at their first letter,
    three times faster on the long ones."""
    source = pattern.pattern
    assert pattern.flags & IGNORE and "(?-i" not in source and "(?P" not in source
    assert "\\N" not in source
    twin = re.sub(r"\\.|[A-Z]", _lower_literal, source)  # not the escapes: \S, \W, \B
    return re.compile(twin, pattern.flags & ~IGNORE)


def _lower_literal(m: re.Match[str]) -> str:
    return m.group().lower() if len(m.group()) == 1 else m.group()


_CASED_CAPITAL: Final = "(?-i:[A-Z])"


def gate_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`lower_twin` for a case-insensitive pattern that also asks for a capital somewhere
    (`(?-i:[A-Z])`) or names its groups: a case-sensitive pattern that matches the
    lower-cased text wherever `pattern` may match the text (capitals read as any lower-case
    letter), for `folded_finditer`."""
    assert has_gate_twin(pattern)
    source = pattern.pattern.replace(_CASED_CAPITAL, "[a-z]")
    twin = re.sub(r"\\.|\(\?P|[A-Z]", _lower_literal, source)  # (not "(?P<name>")
    return re.compile(twin, pattern.flags & ~IGNORE)


def folded_search(
    pattern: re.Pattern[str],
    twin: re.Pattern[str],
    text: str,
    low_text: str,
    pos: int = 0,
    endpos: int = -1,
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)` for a case-insensitive pattern, tried only where
    its `gate_twin` matches `low_text` (`text.lower()`): the twin skips most of a long
    alternation's branches at their first letter, which a case-insensitive pattern tries
    one by one at every word."""
    end = len(text) if endpos < 0 else endpos
    if not lowers_evenly(text, low_text):
        return pattern.search(text, pos, end)
    while (gate := twin.search(low_text, pos, end)) is not None:
        m = pattern.match(text, gate.start(), end)
        if m is not None:
            return m
        pos = gate.start() + 1
    return None


def folded_finditer(
    pattern: re.Pattern[str], twin: re.Pattern[str], text: str, low_text: str
) -> list[re.Match[str]]:
    """`pattern.finditer(text)` by `folded_search`, for a pattern that cannot match empty."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := folded_search(pattern, twin, text, low_text, pos)) is not None:
        out.append(m)
        pos = m.end()
    return out


def lowers_evenly(text: str, low: str) -> bool:
    """Whether `low` (`text.lower()`) holds a word where a case-insensitive regex would
    read one in `text`, at the same position: not after "İ" (lower-cased to two
    characters), nor with "ı" or "ſ" (read as "i" and "s"; see _folds_oddly)."""
    return len(low) == len(text) and not _folds_oddly(low)


def search_from(
    starts: re.Pattern[str], pattern: re.Pattern[str], text: str
) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only where `starts` finds, in the lower-cased text, where
    a match of the case-insensitive `pattern` can begin (a search of an anchored pattern
    with no literal prefix tries every start); `starts` must not skip a start inside one
    it found."""
    low = text.lower()
    if not lowers_evenly(text, low):
        return pattern.search(text)
    for at in starts.finditer(low):
        found = pattern.match(text, at.start())
        if found is not None:
            return found
    return None


# where a negation pattern's match can start, in lower-cased text: at "never", "neither",
# "no" ("not", "nor", "no longer") or "n't"
NEGATOR_STARTS: Final = re.compile(r"n(?:ever|either|o|'t)")


def lowered_spans(
    pattern: re.Pattern[str], twin: re.Pattern[str], text: str, low_text: str
) -> list[tuple[int, int]]:
    """The spans of `pattern.finditer(text)`, found by its `lower_twin` in `low_text`
    (`text.lower()`) where each character lower-cases to one that the twin reads as the
    pattern reads the original: all but "ı" and "ſ" (see `_folds_oddly`)."""
    if lowers_evenly(text, low_text):
        return [m.span() for m in twin.finditer(low_text)]
    return [m.span() for m in pattern.finditer(text)]


def first_letter_gated(letters: str, pattern: str) -> str:
    """`pattern`, every branch of which opens a word with one of `letters`, behind a test
    of the word's first letter: the regex engine, which tries a pattern that opens with a
    word boundary at every position, then skips its branches at all other words (three
    times faster on long alternations). Compile it with the pattern's own flags."""
    return rf"\b(?=[{letters}])(?:{pattern})"


# "acted as what the bureau called transit points": a speaker's own term for what the
# subject was, between the copula and the noun (a regex piece, optional)
SPEAKER_TERM: Final = (
    r"(?:what\s+(?:the\s+)?[\w.-]+(?:\s+[\w-]+)?\s+(?:called|calls|termed|dubbed|"
    r"described\s+as)\s+[\"“]?)?"
)


# ------------------------------------------------------------------ triggers
# Verbs and nouns of transfer; the object decides the claim type.
SUPPLY_WORDS: Final = _alt(
    """supply supplies supplied supplying supplier suppliers provide provides provided providing
    provision deliver delivers delivered delivering delivery deliveries ship ships shipped shipping
    shipment shipments export exports exported exporting exporter exporters sell sells sold selling
    sale sales seller sellers transfer transfers transferred transferring send sends sent sending
    give gives gave giving given furnish furnished furnishing smuggle smuggled smuggling funnel
    funneled funnelled funneling funnelling channel channeled channelled channeling channelling
    route routed routing re-export
    re-exported re-exporting transship transshipped transshipping transshipment dispatch
    dispatched dispatching deploy deploys deployed deploying deployment flow flows flowed
    flowing armed arming equip equipped equipping aid aided aiding fuel fueling fuelling move
    moves moved moving handed handing carry carries carried carrying resell resells resold reselling
    transport transports transported transporting ferry ferried ferrying forward forwards
    forwarded forwarding donate donates donated donating donation donations passed pour pours
    poured pouring divert diverts diverted diverting airlift airlifts airlifted airlifting
    trucked peddle peddles peddled peddling provider providers lend lends lent lending"""
)
RECEIVE_WORDS: Final = _alt(
    """obtain obtains obtained obtaining receive receives received receiving acquire acquires
    acquired acquiring buy buys bought buying purchase purchases purchased purchasing import imports
    imported importing procure procures procured procuring procurement imports acquisition
    acquisitions secure secures secured securing"""
)
PRODUCTION_WORDS: Final = _alt(
    """manufacture manufactures manufactured manufacturing produce produces produced producing
    production develop develops developed developing development design designs designed
    designing test tests tested testing assemble assembles assembled assembling assembly build
    builds built mass-produce mass-produces mass-produced mass-producing mass-production
    co-produce co-produced co-producing co-production localize localized localizing localization
    licensed-production manufacturer manufacturers maker makers developer developers producer
    producers"""
)
_EVASION_BRANCHES: Final = (
    r"\b(?:circumvent\w*|evad\w+|evasion|bypass\w*|skirt\w*|get(?:s|ting)? a?round|got a?round|"
    r"dodg\w+|sidestep\w*|work(?:ing)? around|violat\w+|break(?:ing)?|breach(?:es|ed|ing)?|"
    r"busting|flout\w*|"
    # ("the EU's export restrictions": a possessive among the words between)
    r"undermin\w+)[\"”’']?\s+(?:\w+(?:\.\w+)*(?:['’]s)?\.?[\s-]+){0,4}?"
    r"(?:sanctions|export controls|export bans?|embargo|restrictions|"
    r"trade restrictions|"
    # "to get around the EU ban on such exports", "circumvent the price cap": the measures
    # by their own names (not "a violation of U.N. resolutions": a state's charge of a breach)
    # ("to get round the cap": the price cap named before)
    r"bans?(?=\s+on\b)|(?:(?:oil\s+)?price\s+)?caps?|"
    # the laws that carry them: "conspiring to violate the Export Control Reform Act"
    r"export (?:laws?|regulations)|Export Control Reform Act|Export Administration "
    r"Regulations|International Emergency Economic Powers Act|IEEPA|ECRA|Arms Export Control "
    r"Act|Foreign Trade (?:and Payments )?Act|Embargo Act)\b"
    r"|\b(?:front|shell|intermediary|intermediate|proxy)\s+(?:compan(?:y|ies)|firms?|entit(?:y|ies))"
    r"|\b(?:transship\w*|re-?ship(?:s|ped|ping|ments?)?|re-export\w*|parallel imports?)\b"
    r"|\b(?:through|via|using|use|uses|used)\s+(?:\w+\s+)?third(?:[- ]party)?[- ]countr(?:y|ies)\b"
    r"|\bsanctions[\s-]+(?:evasion|busting|circumvention)\b"
    # "routed them through Dubai to obscure their final destination"
    # ("the engines' final destination", "the cargo's end user": a possessive in between)
    r"|\b(?:disguis|conceal|obscur|mask|hid(?:e|es|ing|den)\b)\w*\s+(?:\w+(?:['’]s?)?[\s-]+){0,3}?"
    r"(?:destination|end[\s-]+users?|origin|source|buyers?|recipients?|customers?|"
    r"involvement|final\s+user)s?\b"
    # "disguising the shipments as deliveries to customers in Yerevan": a false description
    r"|\b(?:disguis|mask)\w*\s+(?:the\s+|its\s+|their\s+|these\s+)?(?:[\w-]+\s+)?(?:shipments?|"
    r"goods|cargo|exports|consignments?|deliveries|parts|components|machines|items|equipment)"
    r"\s+as\b"
    # "falsely represented that ...", "false end-user certificates", "fictitious buyers"
    r"|\bfalsely\s+(?:\w+\s+)?(?:stat|represent|declar|identif|list|label|describ|certif|claim)\w*"
    # ("used falsified shipping documents", "false attestations", "using false descriptions")
    r"|\b(?:false|falsified|fictitious|fake|forged|sham|fabricated|bogus|fraudulent)\s+"
    r"(?:(?:shipping|customs|export|transport|trade)\s+)?(?:end[\s-]+users?|end[\s-]+use|"
    r"(?:end[\s-]+user\s+)?certificates?|documents?|documentation|paperwork|invoices?|"
    r"declarations?|buyers?|recipients?|consignees?|destinations?|customers?|attestations?|"
    r"descriptions?|labels?)\b"
    r"|\b(?:through|via|using|by\s+way\s+of|by\s+means\s+of)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:intermediar(?:y|ies)|middlem[ae]n|cut-outs?|(?:payment|procurement|purchasing)\s+agents?)\b"
    # "routed a share of its shipments through X", "payments were routed through X"
    # (not the noun of geography: "a sea route linking Russia to the Indian Ocean via Iran")
    r"|\brout(?:e(?!\s+(?:linking|connecting|joining|stretching|running|leading)\b)|ed|ing)\b"
    r"(?=(?:[^.;]|\.(?=\d)){0,60}?\b(?:through|via)\b)"
    # "shipped first to Kyrgyzstan before being trucked into Russia": transit via a third country
    r"|\b(?:shipped|sent|exported|routed|moved)\s+first\s+(?:to|through|via)\b"
    # "which then forwarded them to X": goods passed on by whoever received them
    r"|\bforward(?:ed|s|ing)?\s+(?:them|it|the\s+(?:goods|shipments?|parts|components|"
    r"machines|items|consignments?|cargo))\s+(?:on\s+)?to\b"
    # "goods that are then forwarded to Russia", "from where they were sent on to Moscow"
    r"|\b(?:are|is|was|were|be|been|being)\s+(?:then\s+|later\s+|subsequently\s+)?"
    r"(?:forwarded|(?:sent|shipped|trucked|passed)\s+on)\s+to\b"
    # "then allegedly resold the goods to Russian buyers", "passed them on to a Moscow
    # company", "which then sold them to Armenian firms": an intermediary's onward sale
    r"|\b(?:then\s+(?:\w+ly\s+)?(?:sold|shipped|sent|supplied|delivered)|re-?sold|"
    r"passed|handed)\s+(?:(?:(?:almost|nearly)\s+)?(?:all|most|much)\s+of\s+)?(?:them|it|the\s+(?:goods|shipments?|parts|components|machines|items|"
    r"consignments?|cargo|equipment|products))\s+(?:on\s+)?to\b"
    # "received the goods and sent them on to Russia", "passed them on within weeks to": onward
    r"|\b(?:sold|shipped|sent|supplied|delivered|trucked|passed|handed)\s+(?:them|it|the\s+"
    r"(?:goods|shipments?|parts|components|machines|items|consignments?|cargo|equipment|"
    r"orders?))\s+"
    r"on\s+(?:[\w-]+\s+){0,4}?to\b"
    # "does not allow its territory to be used to circumvent sanctions": the state's formula
    r"|\b(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|let|lets)\s+"
    r"(?:its|their|our|the\s+country's|the\s+country’s)\s+(?:own\s+)?(?:territory|soil|"
    r"jurisdiction|ports|banks|banking\s+system|financial\s+system)"
    # "its financial system or territory": two of them
    r"(?:\s+(?:or|and)\s+(?:its\s+|their\s+)?(?:territory|soil|jurisdiction|ports|banks))?"
    r"\s+to\s+be\s+used\b"
    # "does not condone the use of its territory for the circumvention of sanctions"
    r"|\b(?:allow|permit|let|condon|tolerat)\w*[\"”]?\s+(?:the\s+)?use\s+of\s+(?:its|their|our|"
    r"the\s+country's|the\s+country’s)\s+(?:own\s+)?(?:territory|soil|jurisdiction|ports|banks|"
    r"banking\s+system|financial\s+system)\b"
    # "trading houses have been used to route chips to Russia": the subject is a conduit
    r"|\b(?:been|being|be|is|are|was|were)\s+(?:\w+ly\s+)?used\s+(?:\w+ly\s+)?(?:to|for)\s+"
    r"(?:re-?rout|rout|funnel|channel|transship|re-?export|forward|smuggl|launder)\w*"
    # "Kyrgyz intermediaries have been used to route goods": a bare noun (weak, see triggers)
    r"|\b(?:intermediaries|middlemen)\b(?=[^.;]{0,60}?\b(?:rout\w*|re-?export\w*|"
    r"transship\w*|forward\w*|resell\w*|funnel\w*|channel\w*|relabel\w*|obscur\w*|"
    r"disguis\w*|conceal\w*)\b)"
    # "was set up specifically to separate the manufacturer from the Russian buyer": a front
    r"|\b(?:set\s+up|created|established|formed|incorporated|registered)\s+(?:\w+ly\s+|only\s+)?"
    r"(?:to|in\s+order\s+to)\s+(?:separate|shield|insulate|distance|hide|conceal|mask|disguise|"
    r"obscure)\b"
    # "acted as a procurement agent for", "acted on behalf of a Russian company"
    # ("served as a front for Russian buyers", "serving only as cover")
    r"|\b(?:act(?:ed|s|ing)?|serv(?:e|es|ed|ing))\s+(?:only\s+)?(?:as\s+[\"“']?(?:a\s+|an\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:intermediar(?:y|ies)|"
    r"front|shell|cover|proxy|procurement\s+agent|purchasing\s+agent|conduit|middlem[ae]n|cut-out)"
    r"(?![\w-])|"
    # "acted as a buyer on behalf of a Russian importer"
    r"(?:as\s+(?:a\s+|an\s+|the\s+)?(?:buyers?|purchasers?|importers?|agents?)\s+)?"
    r"on\s+behalf\s+of\s+(?:a\s+|an\s+|the\s+)?(?:Russian|sanctioned)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:compan(?:y|ies)|firms?|buyers?|importers?|makers?|manufacturers?|entit(?:y|ies)|"
    r"customers?|clients?|end[\s-]users?|distributors?|plants?|factor(?:y|ies)))\b"
    # "handled payments and logistics for the deliveries", "facilitated cross-border payments
    # on behalf of a sanctioned bank", "organizing transport of the goods": an intermediary's
    # services to the trade
    r"|\b(?:handl|arrang|organi[sz]|facilitat|process|coordinat)(?:ed|es|e|ing)?\s+(?:the\s+|"
    r"its\s+|their\s+)?"
    # "processed more than 2 billion yuan of payments for": an amount of them
    r"(?:(?:more\s+than\s+|over\s+|about\s+|nearly\s+|at\s+least\s+)?[$€£¥]?\d[\d.,]*\s*"
    r"(?:billion\s+|million\s+|bn\s+|m\s+)?(?:[a-z]+\s+)?(?:worth\s+)?of\s+)?"
    r"(?:cross-border\s+|international\s+|onward\s+)?(?:payments?|"
    r"transactions|transfers|logistics|transport(?:ation)?|shipping|freight|customs\s+(?:clearance|"
    r"paperwork|documents|declarations))\b(?=(?:\s+and\s+[\w-]+)?\s+(?:for|of|on\s+behalf\s+of)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:deliveries|shipments|goods|"
    r"orders|purchases|imports|cargo|network|banks?|buyers?|sanctioned|Russian|Russia['’]s|"
    # a bank named in one word: "transfers for Promsvyazbank", "payments for Sberbank"
    r"[A-Z][\w-]*bank)"
    r"(?![\w-]))"
    # "arranging shipments for a sanctioned Russian drone maker": a forwarder's service
    r"|\b(?:arrang|organi[sz]|facilitat|coordinat)(?:ed|es|e|ing)\s+(?:the\s+)?(?:shipments|"
    r"deliveries)\s+(?:for|on\s+behalf\s+of)\s+(?:a\s+|an\s+|the\s+)?(?:sanctioned|Russian)"
    r"(?![\w-])"
    # "accused of helping Russia's Promsvyazbank process cross-border payments"
    r"|\bhelp(?:ed|s|ing)?\s+(?:Russia|Moscow|(?:a\s+|the\s+)?(?:sanctioned|Russian))"
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:process|route|handle|channel)\s+(?:cross-border\s+|"
    r"international\s+)?(?:payments|transactions|transfers)\b"
    # "relabelled as computer boards", "misdeclared the goods as toys": a false description
    # ("misdeclaring the goods to avoid scrutiny": what the false description is for)
    r"|\b(?:(?:re-?label+(?:ed|ing|s)?|mis-?label+(?:ed|ing|s)?|mis-?declar(?:ed|es|e|ing|ation)|"
    r"mis-?describ(?:ed|es|e|ing)|mis-?classif(?:ied|ies|y|ying))\b(?=(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:as|to\s+(?:avoid|evade|escape|dodge))\b)"
    # "declared the motors as \"fan motors\"": a quoted description the goods were given
    r"|declar(?:ed|es|e|ing)\s+(?:(?:the|its|their|them|these|it)\s+)?(?:[\w-]+\s+){0,2}?"
    r"as\s+[\"“])"
    # "changed product descriptions on its invoices": a false description
    r"|\b(?:chang|alter|falsif|doctor)(?:ed|es|e|ies|y|ing)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:product|goods|cargo|customs|shipment|invoice)\s+)?(?:descriptions|HS\s+codes)\b"
    # "set up to place orders on behalf of Russian buyers": a buyer for those who cannot buy
    r"|\b(?:plac|procur|purchas|buy|bought|order|acquir)\w*\s+(?:[\w-]+\s+){0,4}?on\s+behalf\s+of\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:Russian|sanctioned)\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|"
    r"buyers?|end[\s-]users?|customers?|clients?|entit(?:y|ies)|importers?|manufacturers?|"
    r"makers?)\b"
    # "carried out operations for sanctioned Russian entities": a bank's or broker's service
    r"|\bcarr(?:y|ies|ied|ying)\s+out\s+(?:any\s+)?(?:[\w-]+\s+)?(?:operations|transactions|"
    r"payments|transfers)\s+(?:for|on\s+behalf\s+of|with)\s+(?:a\s+|an\s+|the\s+|any\s+)?"
    r"(?:[\w-]+\s+)?sanctioned\b"
    # "helping Moscow get around the measures": the sanctions spoken of, by a determiner
    r"|\b(?:circumvent\w*|evad\w+|bypass\w*|skirt\w*|get(?:s|ting)? a?round|got a?round|"
    r"sidestep\w*)\s+(?:the|these|those|such)\s+measures\b"
)
# each branch opens a word with one of the gate's letters (a test checks them)
_EVASION_LETTERS: Final = "abcdefghilmoprstuvw"
EVASION_RE: Final = re.compile(first_letter_gated(_EVASION_LETTERS, _EVASION_BRANCHES), IGNORE)
_SANCTION_BRANCHES: Final = (
    r"\b(?:sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|designat(?:ed|es|ing|ions?)|"
    # "froze the assets of X", "has frozen the assets of X", "agreed to freeze the assets of X"
    r"entity list|asset freezes?|(?:froze|frozen|freezes?) (?:the )?assets|"
    r"(?:trade|export) restrictions?|export ban|"
    # the EU's and Japan's words: "restrictive measures on", "asset-freezing measures against"
    r"restrictive measures|asset[- ]freezing(?: measures)?|freezing of (?:the )?assets|"
    r"travel bans?|export prohibition(?: measures)?|measures prohibiting (?:the )?exports?|"
    # "X is banned from entering British territory": an entry ban
    r"banned from entering|entry bans?|"
    r"listings?(?= (?:also )?(?:include|included|includes|target|targeted|cover|covered)\b)|"
    # "X were among those targeted", "Among the Indian firms named was X"
    r"among (?:those|the (?:[\w-]+ ){0,2}?(?:entities|companies|firms|individuals|targets|"
    r"people|businesses|banks|vessels)) (?:targeted|sanctioned|designated|blacklisted|named|"
    r"listed)"
    # not "among those listed in the leaked files", "named in assembly workshops": papers
    # and workplaces are no sanctions lists
    r"(?! (?:in|at|on) (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:documents?|files?|records?|"
    r"papers?|reports?|leaks?|workshops?|shops?|plants?|factor(?:y|ies)|staff|payrolls?|"
    r"rosters?|letters?|correspondence|emails?)\b)|"
    # "were among the 71 individuals and entities added to the list", "are among 45 entities
    # in China, Hong Kong and Kazakhstan listed in the bloc's latest package", "was among 12
    # mainland Chinese and Hong Kong entities added to the EU's list"
    r"among (?:the )?\d+ (?:[\w-]+ ){0,5}?(?:entities|companies|firms|individuals|targets|"
    r"businesses)(?=(?: (?:in|from) [^.;:]{1,80}?)? (?:added to (?:(?:the|its|their) "
    r"(?:[\w.-]+['’]s )?|[\w.-]+['’]s )"
    r"(?:(?:latest|new|updated|consolidated|EU|US|UK|U\.S\.) )?(?:sanctions? |black|entity "
    r"|designation )?list|(?:listed|included) in (?:the|its|their|a|[\w.-]+['’]s) "
    r"(?:[\w.'’-]+ ){0,3}?(?:package|round|tranche)))|"
    # "Among the newly sanctioned entities are X and Y", "Among the new listings is X"
    r"among the (?:newly |latest |other )?(?:sanctioned|designated|blacklisted|targeted|listed) "
    r"(?:[\w-]+ )?(?:entities|companies|firms|individuals|people|businesses|banks|vessels)|"
    r"among the (?:new |latest |fresh |other )?(?:listings|designations)(?= (?:is|are|was|were)\b)|"
    # "X is among the companies on the sanctions list"
    r"among (?:those|the (?:[\w-]+ ){0,2}?(?:entities|companies|firms|individuals|people|"
    r"businesses|suppliers)) (?:on|in|added to) (?:the|its|their|a) (?:[\w.'’-]+ ){0,2}?"
    r"(?:sanctions?|black|entity|designation) ?list|"
    r"listed(?= for \w+ing\b)|"  # "were also listed for shipping ..."
    # "X and Y were targeted for (what the EU describes as) funnelling chips": a listing
    r"targeted(?:(?<=\bis targeted)|(?<=\bare targeted)|(?<=\bwas targeted)|"
    r"(?<=\bwere targeted)|(?<=\bbeen targeted))"
    r"(?= for (?:what [^.;]{1,40}? (?:as )?)?(?:allegedly )?(?:suppl|sell|ship|provid|deliver|"
    r"export|re-export|funnel|channel|help|support|facilitat|procur|transfer|send|transship|"
    r"evad|circumvent|recruit|produc|manufactur|mak|assembl|financ|enabl|aid|arm|smuggl|rout|"
    r"buy|acquir|sourc|carry|transport|broker)\w*ing\b))\b"
)
# each branch opens a word with one of the gate's letters (a test checks them)
SANCTION_RE: Final = re.compile(first_letter_gated("abdeflmrst", _SANCTION_BRANCHES), IGNORE)
SANCTION_IMPOSE_RE: Final = re.compile(
    r"\b(?:impos\w+|slapp\w+|announc\w+|introduc\w+|adopt\w+|levi\w+|hit|hits|target\w*|"
    r"unveil\w+|added|adds|adding|placed|put|expanded|extended|approved|agreed)\b",
    IGNORE,
)
SANCTION_IMPOSE_NEEDS: Final = any_of(
    """impos slapp announc introduc adopt levi hit target unveil add placed put expanded extended
    approved agreed"""
)

# ------------------------------------------------------------------ objects
PEOPLE_RE: Final = re.compile(
    r"\b(?:nationals|citizens|individuals|troops|soldiers|servicemen|military personnel|"
    r"personnel|workers|labou?rers|specialists|engineers|technicians|mercenaries|fighters|"
    r"officers|volunteers|recruits|advisers|advisors|instructors|trainers|operators|crews|"
    r"pilots|women|men|students|contingent|migrants|artillerymen|gunners|sappers|snipers|"
    r"paratroopers|commandos|conscripts)\b",
    IGNORE,
)
# a drone word followed by a part word is a component ("drone engines", "drone technology")

# ------------------------------------------------------------------ stance

# ------------------------------------------------------------------ attribution
REPORT_VERBS: Final = _alt(
    """said says say stated states state told tells alleged alleges allege accused accuses accuse
    claimed claims claim reported reports report wrote writes write noted notes note believes
    believed believe added adds warned warns announced announces confirmed confirms argued argues
    insisted insists estimated estimates found finds revealed reveals documented showed
    shows concluded concludes asserted asserts maintained maintains suspects suspected charged
    charges assessed assesses stressed stresses emphasized explained indicated indicates
    acknowledged acknowledges admitted admits denied denies deny rejected rejects dismissed
    dismisses refuted refutes responded responds mentioned mentions expressed observed learned
    learnt disclosed discloses cited cites quoted quotes testified repeated repeats reiterated
    reiterates accusing alleging warn confirm argue insist estimate reveal conclude assert
    maintain suspect assess stress acknowledge admit reject dismiss refute contend contends
    contended emphasizes emphasised emphasises describe describes saying complained complains
    dismissing brushed brushes tweeted condemned condemns"""
)
# "posted on X that", "posted on his Telegram channel": a post, said as a report (not
# "posted troops", "posted a loss"); matched right after "posted"
POSTED_ON_RE: Final = re.compile(
    r"\s+(?:on|to)\s+(?:X\b|Telegram|Facebook|Twitter|Instagram|VKontakte|Weibo|social\s+media|"
    r"(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:channel|account|page|website|site|blog)s?\b)"
)
# (its first letter, then the word's start: the regex engine skips to the letter; see
# word_start.py)
ACCORDING_RE: Final = re.compile(rf"a{WORD_START}ccording to\b", IGNORE)
GOVT_NOUNS: Final = word_set(
    """government authorities officials official foreign ministry ministry diplomats diplomat
    embassy intelligence military army leadership president side spokesperson spokesman
    spokeswoman administration regime state defense defence envoy ambassador mission
    prosecutors investigators police lawmakers parliament navy commanders"""
)
GROUP_NOUNS: Final = word_set(
    """companies company firms firm exporters exporter suppliers supplier manufacturers
    manufacturer entities entity businesses business nationals citizens individuals specialists
    engineers workers troops soldiers servicemen mercenaries vendors vendor traders trader
    producers producer makers maker banks bank people personnel officers volunteers fighters
    students contractors technicians laborers labourers enterprises enterprise factories
    intermediaries middlemen distributors distributor dealers importers networks network
    corporations corporation trainers instructors advisers advisors operators crews pilots
    experts recruits migrants houses plant plants factory facility facilities generals executives
    businessmen men platforms retailers sellers shippers actors parties persons buyers
    customers clients purchasers representatives wholesalers resellers forwarders brokers
    organizations organisations contingent artillerymen gunners sappers snipers paratroopers
    commandos conscripts"""
)
# "buyers in Malaysia", "end users in Thailand": those who get the goods (mentions.py)
BUYER_NOUNS: Final = word_set(
    """buyers customers clients purchasers users end-users recipients consignees"""
)
PERSON_ROLE_NOUNS: Final = word_set(
    """fellow analyst researcher expert spokesperson spokesman spokeswoman director ceo official
    minister professor head chief founder adviser advisor secretary envoy ambassador general
    commander president chairman chairwoman deputy senator representative lawmaker economist
    investigator correspondent journalist editor author scholar officer"""
)
COMPANY_NOUNS: Final = _alt(
    """company companies firm maker manufacturer producer subsidiary supplier enterprise plant
    factory corporation group exporter developer contractor entity business vendor distributor
    conglomerate concern startup trader importer holding manufacturers"""
)
# form words that open a company's name ("Officine Meccaniche Brenta", "Industrie
# Elettroniche X"): Italian, Spanish and Portuguese names say first what the firm is
LEADING_FORMS: Final = word_set(
    "Officine Meccaniche Industrie Industria Meccanica Sistemas Tecnologie"
)
_LEGAL_FORM: Final = (
    r",?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?|(?:Private|Pvt\.?)\s+(?:Limited|Ltd\.?)|"
    r"Limited\s+Liability\s+(?:Company|Partnership)|Joint[- ]Stock\s+Company|"
    r"(?:Limited|Anonim)\s+[SŞ]irketi|Ltd\.?\s+[SŞ]ti\.?|A\.[SŞ]\.|Sdn\.?\s+Bhd\.?|B\.V\.|"
    r"Sanayi\s+ve\s+Ticaret|"
    r"Ltd\.?|LLC|L\.L\.C\.?|Inc\.?|Corp\.?|JSC|OJSC|PJSC|CJSC|"
    r"GmbH|Limited|S\.A\.|LLP|FZE|FZCO|FZ-LLC|DMCC|Pte\.?\s*Ltd\.?|OOO|OAO|AO|SE|PLC|plc|AG|KG|TOO|"
    r"S\.?r\.?l\.?|SRL|Srl|S\.?p\.?A\.?|SpA|UAB|OÜ|SIA|Sp\.?(?:\s*z\s*o\.\s*o\.)?|"
    r"[sS]\.r\.o\.|Kft\.?|Zrt\.?|Oy|AB|ApS|A/S|SARL|BV|NV|SA)"
)
# (one form, then any more: "(?:X)+$" would set up its repeat at every position)
LEGAL_FORMS: Final = re.compile(rf"{_LEGAL_FORM}(?:{_LEGAL_FORM})*$")
DEONTIC_RE: Final = re.compile(
    r"\b(?:ensure|make sure|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|demand\w*|warn\w*|must|should|"
    # (the press secretary, a press release: no one pressed)
    r"responsibility|press(?:es|ed|ing)?(?!\s+(?:secretar|service|office|conference|release|"
    r"briefing|statement|agenc|attach|team|center|centre))|ask(?:s|ed|ing)?(?!\s+(?:about|whether|if|on)\b)|"
    r"request\w*|stop|refrain)\b",
    IGNORE,
)
HELP_RE: Final = re.compile(
    r"\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|"
    # "helped the Kremlin evade", "helping the Russian military import"
    r"aid(?:s|ed|ing)?)\s+(?:the\s+)?$",
    IGNORE,
)
SPEAKER_HEADS: Final = word_set(
    """officials official spokesperson spokesman spokeswoman sources source diplomats
    investigators analysts experts researchers authorities intelligence ministry minister
    government department agency office officers chief head director commander spokesman
    secretary president envoy ambassador adviser advisor aide prosecutor prosecutors general
    representative representatives service press text statement document decision notice
    filing release media military army navy force forces"""
)


# ------------------------------------------------------------------ word dictionaries
TRIGGER_WORDS: Final[dict[str, str]] = {}
for _w in SUPPLY_WORDS.split("|"):
    TRIGGER_WORDS[_w.lower()] = "supply"
for _w in RECEIVE_WORDS.split("|"):
    TRIGGER_WORDS[_w.lower()] = "receive"
for _w in PRODUCTION_WORDS.split("|"):
    TRIGGER_WORDS[_w.lower()] = "production"
# "the servos were traced to X": X made or sold them (a passive with "to" only, see triggers)
TRACED_WORDS: Final = word_set("traced trace traces")  # "trace back to X": see triggers
for _w in TRACED_WORDS:
    TRIGGER_WORDS[_w] = "supply"
# "agreed to hand over fighter jets": a transfer only with "over" (not "on the other hand")
HAND_WORDS: Final = word_set("hand hands")
for _w in HAND_WORDS:
    TRIGGER_WORDS[_w] = "supply"
# "engines ordered from Chinese suppliers": a purchase only with its seller ("from"), not
# "ordered troops" or "ordered an inquiry" (see triggers)
ORDERED_WORDS: Final = word_set("ordered sourced source sourcing")
for _w in ORDERED_WORDS:
    TRIGGER_WORDS[_w] = "receive"
REPORT_WORDS: Final = frozenset(w.lower() for w in REPORT_VERBS.split("|"))
DENIAL_WORDS: Final = word_set(
    """deny denies denied denying denial denials reject rejects rejected rejecting dismiss
    dismisses dismissed dismissing refute refutes refuted refuting rebuff rebuffs rebuffed
    brushed brushes
    groundless baseless unfounded fabricated fabrication fabrications disinformation slander
    slanderous smear"""
)
# "Chinese banks continue to reject transfers from Russia": a refusal of business, no
# denial of a statement (the object follows the verb of rejecting)
_REJECTED_BUSINESS_RE: Final = re.compile(
    r"\s+(?:the\s+|all\s+|any\s+|such\s+|most\s+|many\s+)?(?:[\w-]+\s+)?(?:transfers?|payments?|"
    r"transactions?|applications?|requests?|orders?|shipments?|deliveries|cargo(?:es)?|imports?|"
    r"visas?|bids?|offers?|clients?|customers?)\b"
)
_REJECT_FORMS: Final = word_set("reject rejects rejected rejecting")


def rejects_business(verb: str, text: str, end: int) -> bool:
    """Whether the verb `verb` ending at `end` of `text` rejects business, not a claim."""
    return verb in _REJECT_FORMS and _REJECTED_BUSINESS_RE.match(text, end) is not None


# "Pyongyang called the reports groundless": a denial said with a verb of calling
CALL_VERBS: Final = word_set(
    "called calls call calling described describes labelled labeled labels branded brands"
)
# "China firmly opposes the smear and groundless accusations" (called_false.py)
OPPOSE_WORDS: Final = word_set("oppose opposes opposed")
# "China slammed the accusation", "Beijing pushed back against the claims" (called_false.py)
REBUFF_WORDS: Final = word_set("slammed slams denounced denounces")
BACK_WORDS: Final = word_set("pushed pushes hit hits")
FALSE_WORDS: Final = word_set(
    """groundless baseless unfounded false lies lie fabricated fabrication fabrications absurd
    nonsense slander smear propaganda fake untrue disinformation wrong incorrect inaccurate
    hoax hoaxes myth fiction rumor rumors rumour rumours"""
)
CALLED_FALSE_RE: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed)|label+(?:s|ed)?|brand(?:s|ed)?)\s+(?:the\s+|such\s+|"
    r"these\s+|those\s+|all\s+)?(?:\w+\s+)?(?:reports?|allegations?|accusations?|claims?|charges?|"
    r"remarks|comments|findings|"
    # "reports of troop deployments"
    r"information|stor(?:y|ies)|them|it|this|that)(?:\s+(?:of|about)(?:\s+[\w-]+){1,5}?)?"
    # (a headline's single quotes: "Moscow calls it 'fake news'")
    r"\s+(?:as\s+)?(?:an?\s+)?[\"“‘']?(?:[\w-]+\s+){0,2}[\"“‘']?(?:groundless|baseless|"
    r"unfounded|false|lies|lie|fabricated|fabrications?|absurd|nonsense|slander|smear|"
    r"propaganda|fake|untrue|disinformation|hoax(?:es)?|myths?|fiction|rumou?rs?)\b",
    IGNORE,
)
HEDGE_WORDS: Final = word_set(
    """may might could possibly potentially allegedly alleged reportedly suspected believed
    likely if whether appear appears seem seems would unverified unconfirmed rumor rumors
    rumour rumours perhaps probably purportedly"""
)
FUTURE_WORDS: Final = word_set(
    "plan plans planning agreed agree agrees intend intends will negotiating negotiate negotiations"
)
PERSONNEL_WORDS: Final = word_set(
    """fight fights fighting fought work works worked working serve serves served serving
    deploy deploys deployed deploying sent send sends sending dispatch dispatched dispatching
    employ employs employed employing recruit recruits recruited recruiting train trains trained
    training station stationed join joins joined joining enlist enlists enlisted enlisting
    presence involvement involved helping help helps helped assist assists assisted assisting
    participate participates participated participating part staff staffed assigned
    engaged advise advises advised advising seconded signed brought arrive arrives arrived
    arriving arrival"""
)
# personnel cues that need a war or its industry in the sentence (not "citizens work there")
CIVIL_PERSONNEL_CUES: Final = word_set(
    """work works worked working employ employs employed employing involved involvement help
    helps helped helping assist assists assisted assisting participate participates
    participated participating part presence staff staffed assigned engaged advise advises
    advised advising signed brought arrive arrives arrived arriving arrival"""
)
PEOPLE_WORDS: Final = word_set(
    """nationals citizens individuals troops soldiers servicemen personnel workers laborers
    labourers specialists engineers technicians mercenaries fighters officers volunteers
    recruits advisers advisors instructors trainers operators crews pilots women men students
    contingent migrants artillerymen gunners sappers snipers paratroopers commandos conscripts"""
)
DRONE_WORDS: Final = word_set(
    """drone drones uav uavs uas quadcopter quadcopters multicopter multicopters shahed shaheds
    geran gerans lancet lancets orlan orlans aircraft"""
)
COMPONENT_WORDS: Final = word_set(
    """component components sub-components subcomponents parts engine engines motor motors
    microelectronics electronics semiconductor semiconductors chip chips microchip microchips
    microcontrollers microprocessors processors cores circuits transistors technology technologies
    know-how expertise machinery cnc gnss gps antennas batteries battery cameras camera optics
    sensors nitrocellulose bearings materials radar radars servos blueprints modems
    transceivers dual-use imagery controllers controller modules receivers gyroscopes
    accelerometers capacitors resistors diodes fpgas transponders lenses detectors cable
    cables spools propellers airframes airframe servo thermal-imaging kits lathes
    oscilloscopes chassis gearboxes fiber fibre boards connectors servomotors actuators
    transmitters converters amplifiers rangefinders inverters guts innards"""
)
WEAPON_WORDS: Final = word_set(
    """weapon weapons weaponry arms armaments ammunition ammo munitions munition shells
    artillery rounds missile missiles rocket rockets gunpowder explosives explosive propellant
    propellants shell rifles guns howitzers howitzer tanks launchers bombs mortars grenades materiel
    warheads helicopters warplanes jets"""
)
# the matter of Russia's war: an article that names none of it (a trade report on cars,
# machinery and electronics) claims no supply of arms or of their parts
WAR_MATTER_WORDS: Final = (
    DRONE_WORDS
    | WEAPON_WORDS
    | word_set(
        """military militaries army armies armed defence defense dual troops soldiers
        servicemen battlefield frontline front-line warfare combat"""
    )
)
GENERIC_WORDS: Final = word_set(
    "product products goods items equipment wares merchandise tonnes tons cargo consignments"
)
# the war's places: "Iranian advisers in Crimea", "North Korean troops in Kursk"
WAR_PLACES: Final = word_set(
    """crimea kursk donbas donbass donetsk luhansk zaporizhzhia kherson bakhmut avdiivka
    kharkiv kupiansk pokrovsk"""
)
# every word for goods the claims are about: drones, weapons, parts
GOODS_WORDS: Final = DRONE_WORDS | WEAPON_WORDS | COMPONENT_WORDS
# after an arms word: "arms trade", "weapons dealings"
DEAL_NOUNS: Final = word_set("trade dealings deals")
OBJECT_BIGRAMS: Final[dict[tuple[str, str], str]] = {
    ("unmanned", "aerial"): "drone",
    ("unmanned", "aircraft"): "drone",
    ("loitering", "munitions"): "drone",
    # "supplied North Korea with air-defense systems": weapons, not parts
    ("air-defense", "systems"): "weapon",
    ("air-defence", "systems"): "weapon",
    ("air-defense", "equipment"): "weapon",
    ("air-defence", "equipment"): "weapon",
    ("loitering", "munition"): "drone",
    ("machining", "centers"): "component",
    ("machining", "centres"): "component",
    ("machine", "tools"): "component",
    ("machine", "tool"): "component",
    ("spare", "parts"): "component",
    ("navigation", "modules"): "component",
    ("thermal", "imagers"): "component",
    ("thermal", "sights"): "component",
    ("optical", "sights"): "component",
    ("inertial", "units"): "component",
    ("gate", "arrays"): "component",
    ("data", "links"): "component",
    ("carbon", "fiber"): "component",
    ("communications", "equipment"): "component",
    ("radio", "equipment"): "component",
    ("navigation", "equipment"): "component",
    ("navigation", "systems"): "component",
    ("jamming", "equipment"): "component",
    ("electronic", "equipment"): "component",
    ("telecommunications", "equipment"): "component",
    ("optical", "equipment"): "component",
    ("manufacturing", "equipment"): "component",
    ("industrial", "equipment"): "component",
    ("assembly", "kits"): "component",
    ("military", "technology"): "component",
    # "providing technical assistance to North Korea's satellite programme": know-how
    ("technical", "assistance"): "component",
    ("technological", "assistance"): "component",
    ("military-technical", "assistance"): "component",
    ("radar", "images"): "component",
    ("satellite", "images"): "component",
    ("nothing", "lethal"): "weapon",  # "sells Russia nothing lethal"
    # "items critical to Russia's weapons production": goods for the making, parts
    ("weapons", "production"): "component",
    ("weapon", "production"): "component",
    ("arms", "production"): "component",
    ("lethal", "aid"): "weapon",
    ("lethal", "assistance"): "weapon",
    ("lethal", "support"): "weapon",
    ("lethal", "weapons"): "weapon",
    ("lethal", "equipment"): "weapon",
    ("military", "aid"): "weapon",
    ("military", "assistance"): "weapon",
    ("military", "equipment"): "weapon",
    ("military", "hardware"): "weapon",
    ("military", "supplies"): "weapon",
    ("air", "defense"): "weapon",
    ("air", "defence"): "weapon",
    ("armored", "vehicles"): "weapon",
    ("armoured", "vehicles"): "weapon",
    ("fighter", "jets"): "weapon",
    ("military", "cargo"): "weapon",
    ("military", "cargoes"): "weapon",
    ("military", "shipments"): "weapon",
    ("shell", "companies"): "none",
    ("shell", "company"): "none",
    ("shell", "firms"): "none",
    ("shell", "firm"): "none",
    ("shell", "entities"): "none",
    ("shell", "entity"): "none",
    ("shell", "corporations"): "none",
    ("shell", "structures"): "none",
    ("front", "companies"): "none",
}
for _a in (
    "battlefield",
    "sanctioned",
    "restricted",
    "high-priority",
    "critical",
    "military-linked",
    "dual-use",
    "priority",  # "common high priority items": the G7's list of parts for weapons
):
    for _b in ("goods", "items", "products", "components"):
        OBJECT_BIGRAMS[(_a, _b)] = "component"
OBJECT_BIGRAMS[("military", "components")] = "component"
for _b in ("goods", "items", "products"):  # "transporting military goods": arms
    OBJECT_BIGRAMS[("military", _b)] = "weapon"
# "missile technology", "rocket engines": parts and know-how of a weapon are components
COMPONENT_AFTER_WEAPON: Final = word_set(
    """component components parts spare spares engine engines motor motors technology
    technologies electronics know-how expertise blueprints"""
)
COMPONENT_AFTER_DRONE: Final = word_set(
    """component components parts spare spares engine engines motor motors technology technologies
    electronics know-how batteries battery cameras camera kits kit airframes airframe frames
    warheads propellers navigation guidance modules controllers sensors chips bearings servos
    actuators gearboxes"""
)
_MISDESCRIBED: Final = any_of(
    "relabel re-label mislabel mis-label misdeclar mis-declar misdescrib mis-describ misclassif "
    "mis-classif declar"
)
EVASION_GATES: Final = (
    *_MISDESCRIBED,
    "behalf",
    "circumvent",
    "evad",
    "evasion",
    "bypass",
    "skirt",
    "round",
    "dodg",
    "sidestep",
    "violat",
    "break",
    "breach",
    "bust",
    "flout",
    "undermin",
    "acted",
    "acting",
    "acts",
    " first to",
    " first through",
    " first via",
    "front",
    "shell",
    "to separate",
    "to shield",
    "to insulate",
    "intermediar",
    "intermediate",
    "proxy",
    "transship",
    "re-export",
    "parallel import",
    "third countr",
    "third-countr",
    "disguis",
    "conceal",
    "obscur",
    "mask",
    "hid",
    "falsely",
    "false",
    "falsified",
    "fabricated",
    "bogus",
    "fraudulent",
    "fictitious",
    "fake",
    "forged",
    "sham",
    "middlem",
    " agent",
    "cut-out",
    "routed",
    "routing",
    "territor",
    "soil",
    "jurisdiction",
    "forward",
    "then ",
    "resold",
    "re-sold",
    " on to ",
    " used ",
    "use of",
    "payment",
    "logistics",
    "transport",
    "shipping",
    "freight",
    "customs",
    "transactions",
    "transfers",
    "reship",
    "re-ship",
    "serv",
    "them on ",
    "it on ",
    "shipments",
    "deliveries",
    "descriptions",
    "hs codes",
    " out ",
)
EVASION_GATE_NEEDLES: Final = Needles(EVASION_GATES)


# What a match of each alternative of EVASION_RE, in its order, must contain (lower-cased):
# a word of each group; "then ... sold" and "resold" take a row each. Checked after
# EVASION_GATES, it spares the regex most sentences the gates let through ("around",
# "front", "used"), and cannot hide a match.
EVASION_NEEDS: Final[tuple[tuple[tuple[str, ...], ...], ...]] = (
    (
        any_of(
            "circumvent evad evasion bypass skirt round dodg sidestep violat break breach "
            "busting flout undermin"
        ),
        (
            *any_of("sanctions embargo restrictions ieepa ecra ban"),
            "cap",
            *("export control", "export ban", "export law", "export regulation"),
            *("export administration", "economic powers act", "foreign trade"),
        ),
    ),
    (
        any_of("front shell intermediary intermediate proxy"),
        any_of("compan firm entit"),
    ),
    ((*any_of("transship reship re-ship re-export"), "parallel import"),),
    (any_of("third"), any_of("countr"), any_of("through via using use")),
    (
        any_of("sanctions"),
        any_of("evasion busting circumvention"),
    ),
    (
        any_of("disguis conceal obscur mask hid"),
        any_of("destination user origin source buyer recipient customer involvement"),
    ),
    (
        any_of("disguis mask"),
        any_of(
            "shipment goods cargo export consignment deliveries parts components machines items"
        ),
        (" as",),
    ),
    (any_of("falsely"),),
    (
        any_of("false falsified fictitious fake forged sham fabricated bogus fraudulent"),
        any_of(
            "use certificate document paperwork invoice declaration buyer recipient consignee "
            "destination customer attestation descript label"
        ),
    ),
    (any_of("intermediar middlem cut-out agent"), any_of("through via using by")),
    (
        any_of("rout"),
        any_of("through via"),
    ),
    (any_of("first"), any_of("shipped sent exported routed moved")),
    (any_of("forward"),),
    (any_of("forwarded sent shipped trucked passed"), (" to",)),
    (any_of("then"), any_of("sold shipped sent supplied delivered")),
    (any_of("resold re-sold passed handed"),),
    (any_of("sold shipped sent supplied delivered trucked passed handed"), (" on ",)),
    (
        any_of("used"),
        any_of("territory soil jurisdiction ports bank financial"),
    ),
    (
        any_of("use"),
        any_of("territory soil jurisdiction ports bank financial"),
    ),
    (
        any_of("used"),
        any_of("rout funnel channel transship export forward smuggl launder"),
    ),
    (any_of("intermediaries middlemen"),),
    (
        any_of("set created established formed incorporated registered"),
        any_of("separate shield insulate distance hide conceal mask disguise obscure"),
    ),
    (
        any_of("act serv"),
        any_of("intermediar front shell cover proxy agent conduit middlem cut-out behalf"),
    ),
    (
        any_of("handl arrang organi facilitat process coordinat"),
        any_of("payment transactions transfers logistics transport shipping freight customs"),
    ),
    (any_of("arrang organi facilitat coordinat"), any_of("shipments deliveries")),
    (
        any_of("help"),
        any_of("process route handle channel"),
        any_of("payments transactions transfers"),
    ),
    (_MISDESCRIBED,),
    (any_of("chang alter falsif doctor"), any_of("descriptions codes")),
    (any_of("plac procur purchas buy bought order acquir"), any_of("behalf")),
    (
        any_of("carry carries carried carrying"),
        (" out ",),
        any_of("operations transactions payments transfers"),
        any_of("sanctioned"),
    ),
    (any_of("circumvent evad bypass skirt round sidestep"), any_of("measures")),
)


_EVASION_NEEDLES: Final = Needles(word for row in EVASION_NEEDS for group in row for word in group)
_EVASION_NEED_SETS: Final = tuple(tuple(frozenset(group) for group in row) for row in EVASION_NEEDS)


def top_level_branches(source: str) -> list[str]:
    """The top-level alternatives of a regex's source."""
    out: list[str] = []
    start, depth, in_class, i = 0, 0, False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


# the rows of EVASION_NEEDS whose first group holds the word: no other row can be met
_ROWS_BY_FIRST_WORD: Final[dict[str, tuple[int, ...]]] = {
    word: tuple(r for r, row in enumerate(EVASION_NEEDS) if word in row[0])
    for row in EVASION_NEEDS
    for word in row[0]
}
_EVASION_ALTERNATIVES: Final = top_level_branches(_EVASION_BRANCHES)
# the row of EVASION_NEEDS that shares the alternative before it ("resold" after "then sold")
_SHARED_ROW: Final = next(i for i, row in enumerate(EVASION_NEEDS) if "resold" in row[0])
assert len(_EVASION_ALTERNATIVES) == len(EVASION_NEEDS) - 1


def possible_evasion_alternatives(low_text: str) -> tuple[int, ...]:
    """The alternatives of EVASION_RE (by index) whose needs the text `low_text`
    lower-cases meets: the others cannot match it."""
    found = _EVASION_NEEDLES.found_in(low_text)
    rows = sorted({r for word in found for r in _ROWS_BY_FIRST_WORD.get(word, ())})
    rows = [r for r in rows if _has_all(found, _EVASION_NEED_SETS[r])]
    return tuple(dict.fromkeys(r if r < _SHARED_ROW else r - 1 for r in rows))


def evasion_possible(low_text: str) -> bool:
    """False only when EVASION_RE cannot match the text `low_text` lower-cases."""
    return _folds_oddly(low_text) or bool(possible_evasion_alternatives(low_text))


def _has_all(found: set[str], groups: tuple[frozenset[str], ...]) -> bool:
    """Whether the words `found` in a text hold one of each group."""
    for group in groups:  # noqa: SIM110 (a loop: mypyc compiles all(generator) slowly)
        if found.isdisjoint(group):
            return False
    return True


# each alternative of EVASION_RE alone, gated and lower-cased as EVASION_RE's twin is
_EVASION_TWINS: Final = tuple(
    lower_twin(re.compile(first_letter_gated(_EVASION_LETTERS, alternative), IGNORE))
    for alternative in _EVASION_ALTERNATIVES
)


def evasion_spans(text: str, low_text: str) -> list[tuple[int, int]]:
    """The spans of `EVASION_RE.finditer(text)`, found in `low_text` (`text.lower()`) by
    the lower-cased twins of only the alternatives whose needs the sentence meets: the
    others cannot match it, and the regex engine would try each of them at every word."""
    if _folds_oddly(low_text):
        return [m.span() for m in EVASION_RE.finditer(text)]
    alternatives = possible_evasion_alternatives(low_text)
    if not alternatives:
        return []
    if len(low_text) != len(text):  # (a character lower-cased to two: offsets differ)
        return [m.span() for m in EVASION_RE.finditer(text)]
    return union_spans([_EVASION_TWINS[i] for i in alternatives], low_text)


def union_spans(patterns: list[re.Pattern[str]], text: str) -> list[tuple[int, int]]:
    """The spans of `finditer` of the alternation of `patterns`, in their order (none may
    match empty): at each start, the first pattern that matches there gives the match."""
    out: list[tuple[int, int]] = []
    pos = 0
    found = [p.search(text) for p in patterns]
    while True:
        best: re.Match[str] | None = None
        for m in found:
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        pos = best.end()
        out.append((best.start(), pos))
        for i, m in enumerate(found):
            if m is not None and m.start() < pos:
                found[i] = patterns[i].search(text, pos)


SANCTION_GATES: Final = (
    "sanction",
    "restrictive measure",
    "asset-freez",
    "asset freez",
    "freezing of",
    "travel ban",
    "banned from enter",
    "entry ban",
    "export prohibition",
    "prohibiting",
    "listing",
    "among th",
    "among 1",
    "among 2",
    "among 3",
    "among 4",
    "among 5",
    "among 6",
    "among 7",
    "among 8",
    "among 9",
    "listed for",
    "targeted for",
    "blacklist",
    "designat",
    "entity list",
    "asset freeze",
    "froze",
    "freeze",
    "export ban",
    "trade restriction",
    "export restriction",
)
SANCTION_GATE_NEEDLES: Final = Needles(SANCTION_GATES)
# the last word of a state authority's name that investigates or prosecutes: "State
# Security Service", "Customs Criminal Investigation Office"
AUTHORITY_HEADS: Final = word_set("Service Office Agency Directorate Bureau Inspectorate Police")
EVASION_TOKENS: Final = word_set(
    """behalf circumvent circumvents circumvented circumventing circumvention evade evades evaded
    evading evasion bypass bypasses bypassed bypassing skirt skirts skirted skirting around round
    dodge dodges dodged dodging sidestep sidestepped sidestepping violate violates violated
    violating violation violations break breaking breach breaches breached breaching busting flout
    flouted flouting undermine
    undermined undermining separate shield insulate front shell intermediary intermediaries
    intermediate proxy proxies
    route routes conduit conduits channel channels gateway gateways hub hubs transit backdoor
    backdoors back-door lifeline lifelines pipeline pipelines
    transship transshipped transshipping transshipment transshipments export exports exported
    exporting parallel third re-export re-exports re-exported re-exporting re-exporter
    re-exporters disguise disguised disguising disguises conceal concealed concealing conceals
    obscure obscured obscuring obscures mask masked masking hide hid hiding hidden falsely
    false falsified fabricated bogus fraudulent fictitious fake forged sham middleman middlemen
    cut-out cut-outs routed routing acted
    acting acts first agent agents territory soil jurisdiction forward forwards forwarded
    forwarding rerouted re-routed funneled funnelled funneling funnelling smuggled laundered then
    resold re-sold passed
    handed handled handles handling arranged arranges arranging organized organizes organizing
    organised organises organising facilitated facilitates facilitating processed processes
    processing coordinated coordinates coordinating process handle arrange organise organize
    facilitate coordinate help helps helped helping reship reships reshipped reshipping
    re-shipped re-shipping reshipment serve serves served serving sold shipped sent supplied
    delivered trucked
    relabel relabels relabelled relabeled relabelling relabeling re-label re-labelled
    re-labeled mislabel mislabels mislabelled mislabeled mislabelling mislabeling misdeclare
    misdeclares misdeclared misdeclaring misdeclaration mis-declared misdescribe misdescribed
    misdescribes misdescribing misclassify misclassifies misclassified misclassifying declared
    declaring changed altered falsifying doctored
    carried carries carrying"""
)
SANCTION_TOKENS: Final = word_set(
    """sanction sanctions sanctioned sanctioning blacklist blacklists blacklisted blacklisting
    designate designates designated designating designation designations entity asset froze
    frozen freeze freezes ban restriction restrictions restrictive asset-freezing freezing bans
    prohibition prohibiting listing listings banned"""
)
# sanctions said without a sanctions word: "were among those targeted", "listed for shipping"
AMONG_VERBS: Final = word_set(
    "targeted sanctioned designated blacklisted named listed added included"
)


def sanction_cue(lows: frozenset[str]) -> bool:
    """A cheap test on a sentence's lower-cased tokens: may it impose sanctions?"""
    return (
        not lows.isdisjoint(SANCTION_TOKENS)
        or ("among" in lows and not lows.isdisjoint(AMONG_VERBS))
        or ("for" in lows and ("listed" in lows or "targeted" in lows))
    )


# number words up to ten, for counts ("three Hong Kong firms") and amounts
SMALL_NUMBERS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
