"""People no list holds, recognised from the way releases and indictments introduce them:
`Zhou Wenbin (Zhou)`, `Ilya Valeryevich Dunayev, 44, of Brooklyn`, `Kerem Aydin, a Turkish
national`, `his co-defendant, Konstantin Lebedev`. They are private people (role
`private`): unlike officials, who speak, they may be the ones who did it."""

from __future__ import annotations

import re
from typing import Final

from .discourse import NOT_NAME, TITLE_WORDS, Discourse, Mention, overlaps
from .person_names import (
    CAPITALS,
    LOWER_LETTERS,
    NAME_WORD,
    NAME_WORD_AT_START,
    initialled_names,
    joined_name,
)
from .text import Sentence, Token
from .word_start import WORD_START
from .wordset import word_set

_NAME: Final = NAME_WORD
_NAME_FIRST: Final = NAME_WORD_AT_START  # `\b{_NAME}` where a pattern opens
_NATIONAL_RE: Final = re.compile(
    rf"(?P<name>{_NAME_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})"
    # "Vadim Orlov, a 51-year-old Russian citizen"
    # "Lin Xiaoming, a mainland Chinese national": lower-case words before the noun too
    r",\s+(?:a|an)\s+(?:\d\d-year-old\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?(?:national|citizen|"
    r"resident|businessman|businesswoman|dual\s+national)\b(?!\s+(?:security|interest|guard|"
    r"team|bank|level|law|news|television|airline|carrier|broadcaster|champion|holiday|park))"
)
# "Russian national Artyom Lisitsyn", "Chinese businessman Li Wei": the title before the name
_NATIONAL_TITLE_RE: Final = re.compile(
    rf"\b[A-Z][a-z]+\s+(?:national|citizen|resident|businessman|businesswoman|entrepreneur)\s+"
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}})\b"
)
_DEFENDANT_RE: Final = re.compile(
    # ("Two co-defendants, X of Brooklyn and Y": the first of those named after the plural)
    rf"\b(?:co-defendants?|defendants?|co-conspirators?|associate|partner),?\s+(?P<name>{_NAME}"
    rf"(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})\b"
)
# "Mohammad Hossein Bagheri, the chief of staff of Iran's armed forces": a name whose
# apposition gives a person's title
_TITLED_RE: Final = re.compile(
    rf"(?P<name>{_NAME_FIRST}(?:\s+{_NAME}){{1,3}}),\s+"
    # "X, named by the ministry as Y's managing director": the title a source gives
    r"(?:(?:named|identified|described)\s+(?:by\s+[^,;]{1,40}?\s+)?as\s+(?:(?:the|a|an)\s+)?)?"
    r"(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?|"
    # "Ali Rezaei, Iran's deputy defence minister"
    r"[A-Z][\w.]+(?:\s[A-Z]\w+)?['’]s\s+(?:[a-z]+\s+){0,2}?|"
    r"(?:deputy\s+|senior\s+|former\s+|acting\s+)?)"
    r"(?P<title>chief|commander|minister|official|general|head|director|deputy|ambassador|"
    r"envoy|chairman|founder|owner|executive|officer|adviser|advisor|secretary|governor|"
    r"spokesman|spokeswoman|spokesperson|colonel|brigadier|businessman|businesswoman|engineer|"
    r"employee|designer|technician|"
    # the public voices of a story: "X, a Ukrainian member of parliament", "X, a volunteer"
    r"member|lawmaker|legislator|parliamentarian|politician|analyst|researcher|expert|"
    r"volunteer|blogger|activist)\b"
)
_TITLE_CUES: Final = word_set(
    """chief commander minister official general head director deputy ambassador envoy
    chairman founder owner executive officer adviser advisor secretary governor spokesman
    spokeswoman spokesperson colonel brigadier businessman businesswoman engineer employee
    designer technician member lawmaker legislator parliamentarian politician analyst
    researcher expert volunteer blogger activist"""
)
_BUSINESS_TITLES: Final = frozenset(
    {
        "founder",
        "owner",
        "executive",
        "businessman",
        "businesswoman",
        "engineer",
        "employee",
        "designer",
        "technician",
    }
)
# "X Co. and its director, Zhang Hua,": a role named before the person who holds it
_ROLE_NAME_RE: Final = re.compile(
    r"\b(?:director|owner|founder|chief executive|CEO|chairman|head|manager|shareholder|"
    # "its head of export sales, Jürgen Albrecht,": what the role is over, in lower case
    # ("its representative in Vladivostok, Ri Chol-min": where the role is held)
    r"executive|associate|partner|representative)(?:\s+of\s+(?:[a-z]+\s+){0,2}[a-z]+|"
    r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s+"
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}})\b"
)
# "a representative of the Defence Intelligence of Ukraine (HUR), Oleh Marchenko,": a body's
# voice, named after the body
_VOICE_OF_RE: Final = re.compile(
    rf"(?:r{WORD_START}epresentative|s{WORD_START}pokes(?:man|woman|person)|o{WORD_START}fficial)"
    r"\s+(?:of|for|at)\s+"
    rf"[^,;\"“”]{{3,90}}?,\s+(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}})\s*,"
)
_VOICE_CUES: Final = word_set("representative spokesman spokeswoman spokesperson official")
# "Bakyt Usenov, who according to Treasury owns both firms,": a name that "who" describes
_WHO_RE: Final = re.compile(rf"(?P<name>{_NAME_FIRST}(?:\s+{_NAME}){{1,3}}),\s+(?:who|whom)\b")
_WHO_CUES: Final = word_set("who whom")
_OFFICE_WORDS: Final = frozenset({"Defence", "Defense", "Foreign", "State", "Prime", "Vice"})
_PLACE_PREPS: Final = frozenset({"in", "of", "from", "at", "near", "outside"})
# "a citizen of Belarus, Dzmitry Lasitsa,", "a Belarusian businessman, Dzmitry Lasitsa,"
_NATIONAL_FIRST_RE: Final = re.compile(
    r"\b(?:national|citizen|resident|businessman|businesswoman|entrepreneur)"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,\s+(?P<name>{_NAME}"
    rf"(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})\s*,"
)
# "Gennady Voronin is accused of", "John Li was arrested", "X has been charged with": the
# accused of a case, who may have done it
_ACCUSED_RE: Final = re.compile(
    # "X and Y are charged": both of them
    rf"\b(?:(?P<first>{_NAME}(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})\s+and\s+)?"
    rf"(?P<name>{_NAME}(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})\s+"
    r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been)"
    r"\s+(?:\w+ly\s+)?(?:accused|charged|indicted|arrested|detained|convicted|sentenced|"
    r"extradited|suspected)\b"
)
# "Prosecutors charged Li Wei with shipping", "convicted X of smuggling": the object
_CHARGED_NAME_RE: Final = re.compile(
    r"\b(?:accused|charged|indicted|arrested|detained|convicted|sentenced|extradited)\s+"
    rf"(?P<name>{_NAME}(?:\s+(?:[A-Z]\.\s+)?{_NAME}){{1,3}})\s+(?:with|of|for)\s+[a-z]+ing\b"
)
# "34-year-old Wang Jiaqiang", "a 51-year-old engineer, Pavel Orlov": a name its age opens
_AGED_NAME_RE: Final = re.compile(
    rf"\b\d\d-year-old\s+(?:[a-z][\w-]*,?\s+){{0,2}}?(?P<name>{_NAME}(?:\s+{_NAME}){{1,3}})\b"
)
_AGED_CUE_RE: Final = re.compile(r"\d\d-year-old")
# "The two North Korean individuals, Ri Song Chol and Kang Myong Ho, are": the people a
# plural noun names in apposition
_PEOPLE_LIST_RE: Final = re.compile(
    r"\b(?:individuals|nationals|citizens|men|women|businessmen|executives|suspects|"
    rf"defendants|brothers),\s+(?P<names>{_NAME}(?:\s+{_NAME}){{1,3}}"
    rf"(?:,\s+{_NAME}(?:\s+{_NAME}){{1,3}})*,?\s+and\s+{_NAME}(?:\s+{_NAME}){{1,3}}),"
)
_PEOPLE_LIST_CUES: Final = word_set(
    "individuals nationals citizens men women businessmen executives suspects defendants brothers"
)
_LIST_SEP_RE: Final = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_ACCUSED_CUES: Final = word_set(
    "accused charged indicted arrested detained convicted sentenced extradited suspected"
)
# _ACCUSED_RE's auxiliaries ("has been" ends in one), each a word between spaces: a token
_ACCUSED_AUXILIARIES: Final = word_set("is was are were been")
_APPOSITION_OPENERS: Final = word_set("the a an deputy senior former acting")
_NAMED_AS: Final = word_set("named identified described")  # "X, named by Y as its director"
_ROLE_CUES: Final = word_set(
    "director owner founder ceo chairman head manager shareholder executive associate partner "
    "representative"
)
_PERSON_CUES: Final = _TITLE_CUES | _ROLE_CUES
_NAME_WORD_RE: Final = re.compile(_NAME)
_NATIONAL_CUES: Final = word_set("national citizen resident businessman businesswoman entrepreneur")
_DEFENDANT_CUES: Final = word_set(
    "defendant defendants co-defendant co-defendants co-conspirator co-conspirators"
)
# every cue word of the forms add_people_by_form reads
_FORM_CUES: Final = (
    _NATIONAL_CUES
    | _DEFENDANT_CUES
    | _ACCUSED_CUES
    | _PEOPLE_LIST_CUES
    | _PERSON_CUES
    | _VOICE_CUES
    | _WHO_CUES
)
_SHORT_PAREN_RE: Final = re.compile(r"[a-z] \([A-Z][a-z]+\)")  # "Zhou Wenbin (Zhou)"
_AGES: Final = frozenset(str(a) for a in range(16, 100))
# "Dunayev, 44, of Brooklyn", "Chang Ming-hsien (張明賢), 57,"
_AGE_RE: Final = re.compile(rf"[{LOWER_LETTERS}](?: \([^()]{{1,12}}\))?, \d\d, ")
# what _AGE_RE needs, with its literal first: the scan for it skips to each ", "
_AGE_CUE_RE: Final = re.compile(r", \d\d, ")
PRIVATE: Final = "private"


def add_people_by_form(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse, light: bool = False
) -> None:
    """`light`: a sentence that cannot hold a claim; a body's voice is not looked for (a
    person it introduces by title is: "X, a member of parliament, posted ..." then "X wrote
    that ...")."""
    texts, lows = sent.texts, sent.lows
    paren = "(" in texts and _SHORT_PAREN_RE.search(sent.text) is not None
    comma = "," in texts
    aged = (
        comma
        and not texts.isdisjoint(_AGES)
        and _AGE_CUE_RE.search(sent.text) is not None
        and _AGE_RE.search(sent.text) is not None
    )
    cues = lows & _FORM_CUES  # once: each form's test below is then against these few
    title_first = not cues.isdisjoint(_NATIONAL_CUES)  # "Chinese businessman X": no comma
    national = comma and title_first
    defendant = not cues.isdisjoint(_DEFENDANT_CUES)
    charged = not cues.isdisjoint(_ACCUSED_CUES)
    accused = charged and not lows.isdisjoint(_ACCUSED_AUXILIARIES)
    initialled = "." in texts and not texts.isdisjoint(CAPITALS)
    aged_name = "year" in sent.low and _AGED_CUE_RE.search(sent.text) is not None
    listed = comma and not cues.isdisjoint(_PEOPLE_LIST_CUES)
    titled = role_first = False
    if comma and not cues.isdisjoint(_PERSON_CUES):
        # "X, the chief of ...", "X, commander of ...", "its director, Y": a comma next to a
        # title (the regexes below only run then)
        for i in range(1, len(tokens) - 1):
            if tokens[i].text != ",":
                continue
            after = tokens[i + 1].low
            if after in _APPOSITION_OPENERS or after in _TITLE_CUES or after in _NAMED_AS:
                titled = True
            elif i + 2 < len(tokens) and tokens[i + 2].text == "'s" and after[:1].isalpha():
                titled = True  # "X, Iran's deputy defence minister"
            if tokens[i - 1].low in _ROLE_CUES or _role_of_before(tokens, i):
                role_first = True
    voice = comma and not light and not cues.isdisjoint(_VOICE_CUES)
    who = comma and not cues.isdisjoint(_WHO_CUES) and _comma_then_who(tokens)
    by_form = (
        paren
        or aged
        or title_first
        or charged
        or defendant
        or titled
        or role_first
        or voice
        or accused
        or who
    )
    if not (by_form or initialled or aged_name or listed):
        return
    n = len(tokens)
    found: list[tuple[int, int]] = []  # token spans [first, end)
    for i, t in enumerate(tokens) if paren or aged else ():
        if t.text == "(" and paren:
            # "Zhou Wenbin (Zhou)": the short name is one of the words before
            if i + 2 < n and tokens[i + 2].text == ")" and _is_name(tokens[i + 1].text):
                j = _name_start(tokens, i)
                words = {tokens[q].text for q in range(j, i)}
                if i - j >= 2 and tokens[i + 1].text in words:
                    found.append((j, i))
        elif t.text == "," and aged and i + 2 < n:
            # "Ilya Valeryevich Dunayev, 44, of Brooklyn": an age after the name
            age = tokens[i + 1].text
            if age.isdigit() and len(age) <= 2 and tokens[i + 2].text == ",":
                end = _before_native_name(tokens, i)
                j = _name_start(tokens, end)
                if end - j >= 2:
                    found.append((j, end))
    text, base = sent.text, sent.start
    spans: list[tuple[int, int]] = []
    if national:
        spans += [(m.start("name"), m.end("name")) for m in _NATIONAL_RE.finditer(text)]
        spans += [(m.start("name"), m.end("name")) for m in _NATIONAL_FIRST_RE.finditer(text)]
    if charged:
        spans += [(m.start("name"), m.end("name")) for m in _CHARGED_NAME_RE.finditer(text)]
    if title_first:
        spans += [(m.start("name"), m.end("name")) for m in _NATIONAL_TITLE_RE.finditer(text)]
    if accused:
        for m in _ACCUSED_RE.finditer(text):
            spans.append((m.start("name"), m.end("name")))
            if m.group("first"):
                spans.append((m.start("first"), m.end("first")))
    if defendant:
        spans += [(m.start("name"), m.end("name")) for m in _DEFENDANT_RE.finditer(text)]
    if aged_name:
        spans += [(m.start("name"), m.end("name")) for m in _AGED_NAME_RE.finditer(text)]
    if who:
        spans += [(m.start("name"), m.end("name")) for m in _WHO_RE.finditer(text) if _bare_name(m)]
    if listed:
        spans += _listed_people(text)
    officials: set[int] = set()  # first tokens of the names an official's title follows
    if titled:
        for m in _TITLED_RE.finditer(text):
            spans.append((m.start("name"), m.end("name")))
            if m.group("title") not in _BUSINESS_TITLES:
                officials.add(m.start("name"))
    if role_first:
        spans += [(m.start("name"), m.end("name")) for m in _ROLE_NAME_RE.finditer(text)]
    if voice:
        for m in _VOICE_OF_RE.finditer(text):
            spans.append((m.start("name"), m.end("name")))
            officials.add(m.start("name"))
    for s, e in spans:
        j = next((q for q, t in enumerate(tokens) if t.start >= base + s), n)
        k = next((q for q, t in enumerate(tokens) if t.end >= base + e), n - 1) + 1
        found.append((j, k))
    if initialled:
        found += initialled_names(tokens)
    for j, k in found:
        official = tokens[j].start - base in officials if j < n else False
        while j < k and (tokens[j].text in NOT_NAME or tokens[j].text in TITLE_WORDS):
            j += 1
        if k - j < 2:
            continue
        start, end = tokens[j].start, tokens[k - 1].end
        if overlaps(out, start, end):
            continue
        name = joined_name(tokens[j:k])
        if official:  # "X, the chief of staff of ...": an official, who speaks
            out.append(Mention(start, end, j, k, name, "person", "official", via="form"))
            continue
        out.append(Mention(start, end, j, k, name, "person", PRIVATE, via="form"))
        state.private_people.add(name)


def _bare_name(m: re.Match[str]) -> bool:
    """A name "who" describes that nothing else introduces: no title in or before it (the
    titles' own reading names "Deputy Defence Minister X, whom"), no place it is in
    ("a commander in Sumy Oblast, who")."""
    if any(w in TITLE_WORDS or w in _OFFICE_WORDS for w in m.group("name").split()):
        return False
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    return not before or not (before[-1][:1].isupper() or before[-1] in _PLACE_PREPS)


def _comma_then_who(tokens: list[Token]) -> bool:
    """Whether a comma comes right before a word that opens with "who": what _WHO_RE's `,
    who` or `, whom` needs (its comma, then a space, then the next token)."""
    for i in range(len(tokens) - 1):
        if tokens[i].text == "," and tokens[i + 1].low.startswith("who"):
            return True
    return False


def _role_of_before(tokens: list[Token], comma: int) -> bool:
    """ "head of export sales,": a role and what it is over end at the comma."""
    return any(
        tokens[q].low in ("of", "in") and tokens[q - 1].low in _ROLE_CUES
        for q in range(max(1, comma - 4), comma - 1)
    )


def _listed_people(text: str) -> list[tuple[int, int]]:
    """Spans of the names in "individuals, X, Y and Z,"."""
    out: list[tuple[int, int]] = []
    for m in _PEOPLE_LIST_RE.finditer(text):
        at, names = m.start("names"), m.group("names")
        pos = 0
        for cut in _LIST_SEP_RE.finditer(names):
            out.append((at + pos, at + cut.start()))
            pos = cut.end()
        out.append((at + pos, at + len(names)))
    return out


def _is_name(w: str) -> bool:
    return _NAME_WORD_RE.fullmatch(w) is not None


def _before_native_name(tokens: list[Token], end: int) -> int:
    """`Chang Ming-hsien (張明賢)`: where the name ends, before its native spelling."""
    if end >= 3 and tokens[end - 1].text == ")":
        for q in range(end - 2, max(0, end - 5), -1):
            if tokens[q].text == "(":
                return q
    return end


def _name_start(tokens: list[Token], end: int) -> int:
    """First token of the run of name words (at most four) that ends before `end`."""
    j = end
    while j > 0 and end - j < 4:
        w = tokens[j - 1].text
        if _is_name(w) or (len(w) == 2 and w[1] == "." and w[0].isupper()):
            j -= 1
        elif j >= 3 and tokens[j - 2].text == "-" and w.isalpha() and _is_name(tokens[j - 3].text):
            j -= 2  # "Ming-hsien": a given name with a lower-case second part
        else:
            break
    return j


# "Tallinn businessman Viktor Jegorov", "a Riga resident", "Riga man charged": a city that
# describes a person is where they live, no actor; the name after it is the person's
_TOWNSPEOPLE: Final = word_set(
    """man woman men women resident residents businessman businesswoman businessmen
    entrepreneur trader smuggler couple"""
)
_TOWN_ROLES: Final = frozenset({"capital", "place"})


def add_townspeople(
    sent: Sentence, tokens: list[Token], out: list[Mention], state: Discourse
) -> None:
    if sent.lows.isdisjoint(_TOWNSPEOPLE):
        return
    n = len(tokens)
    for mn in [m for m in out if m.role in _TOWN_ROLES and m.kind in ("country", "place")]:
        k = mn.tok_end
        if k >= n or tokens[k].low not in _TOWNSPEOPLE or tokens[k].start - mn.end != 1:
            continue
        mn.kind = "place"  # no longer an actor
        e = k + 1
        while e < n and e - k <= 3 and _is_name(tokens[e].text) and tokens[e].text not in NOT_NAME:
            e += 1
        if e - (k + 1) < 2 or overlaps(out, tokens[k + 1].start, tokens[e - 1].end):
            continue
        name = " ".join(t.text for t in tokens[k + 1 : e])
        start, end = tokens[k + 1].start, tokens[e - 1].end
        out.append(Mention(start, end, k + 1, e, name, "person", PRIVATE, via="form"))
        state.private_people.add(name)
