"""The actor and product gazetteer: a JSON data file compiled into a token trie.

Lookup is keyed on the first token (lower-cased), so each token costs one dict
probe no matter how many hundreds of aliases are loaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

from .text import Token, tokenize

_END: Final = ""  # never a token
# Located through the package, not __file__: a mypyc-compiled module's __file__ is not
# where the sources live.
BUNDLED_PATH: Final = Path(str(files("services.extractor") / "data" / "gazetteer.json"))

ACTOR_KINDS: Final = frozenset({"country", "organization", "person", "group"})


@dataclass(frozen=True, slots=True)
class Entry:
    """What an alias stands for."""

    name: str  # canonical name
    kind: str  # country | organization | person | group | demonym | product | place
    role: str = ""  # company | media | research | government | official | capital | ...
    country: str | None = None  # the state an actor belongs to / a product comes from
    sector: str | None = None  # e.g. "drones" for drone makers
    category: str | None = None  # products: drone | missile | weapon


@dataclass(frozen=True, slots=True)
class _Key:
    tokens: tuple[str, ...]  # lower-cased
    exact: tuple[str | None, ...]  # tokens that must match exactly (acronyms), else None
    capital_first: bool
    entry: Entry
    has_exact: bool = False
    capital_second: bool = False  # "The Diplomat" is the outlet, "the diplomat" a person


class Match:
    __slots__ = ("end_tok", "entry", "start_tok")

    def __init__(self, start_tok: int, end_tok: int, entry: Entry) -> None:
        self.start_tok = start_tok
        self.end_tok = end_tok  # exclusive
        self.entry = entry

    def __repr__(self) -> str:
        return f"Match({self.start_tok}, {self.end_tok}, {self.entry.name!r})"


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)
    _trie: dict[str, Any] = field(default_factory=dict)
    _by_name: dict[str, Entry] = field(default_factory=dict)
    _canonical: dict[str, Entry] = field(default_factory=dict)

    # ---------------------------------------------------------------- building
    def add(self, alias: str, entry: Entry) -> None:
        toks = [t.text for t in tokenize(alias)]
        if not toks:
            return
        low = tuple(t.lower() for t in toks)
        exact = tuple(t if (t.isupper() and len(t) > 1) or t.isdigit() else None for t in toks)
        first = toks[0]
        capital_first = first[:1].isupper() and first.lower() != "the"
        capital_second = (
            first.lower() == "the"
            and len(toks) > 1
            and toks[1][:1].isupper()
            and entry.kind != "country"
        )
        key = _Key(
            low, exact, capital_first, entry, any(ex is not None for ex in exact), capital_second
        )
        node = self._trie
        for tok in low:
            node = node.setdefault(tok, {})
        bucket = node.setdefault(_END, [])
        if any(k.entry == entry and k.exact == key.exact for k in bucket):
            return
        bucket.append(key)
        norm = normalize_name(alias)
        # first writer wins for an ambiguous alias; canonical names always win
        if norm not in self._by_name or normalize_name(entry.name) == norm:
            self._by_name[norm] = entry

    def add_actor(self, raw: dict[str, Any]) -> None:
        name = str(raw["name"])
        kind = str(raw.get("kind", "organization"))
        country = raw.get("country") or (name if kind == "country" else None)
        entry = Entry(name, kind, str(raw.get("role", "")), country, raw.get("sector"), None)
        self.entries.append(entry)
        self._canonical[normalize_name(name)] = entry
        for alias in [name, *raw.get("aliases", [])]:
            self.add(alias, entry)
        if kind == "country":
            for alias in raw.get("metonyms", []):
                self.add(alias, Entry(name, "country", "government", name))
            capital = raw.get("capital")
            if capital:
                self.add(capital, Entry(name, "country", "capital", name))
            for place in raw.get("places", []):  # regions, cities: recipients, never actors
                self.add(place, Entry(name, "place", "place", name))
            for dem in raw.get("demonyms", []):
                self.add(dem, Entry(name, "demonym", "", name))
            gov = Entry(name, "country", "government", name)
            for alias in _government_aliases(name, raw.get("demonyms", [])):
                self.add(alias, gov)
            for short in raw.get("aliases", []):  # "the UAE's Ministry of Foreign Affairs"
                if short.replace(".", "").isupper():
                    for head in _GOVERNMENT_HEADS:
                        self.add(f"{short}'s {head}", gov)
            for plural in raw.get("demonym_plurals", []):
                self.add(plural, Entry(name, "group", "nationals", name))

    def add_product(self, raw: dict[str, Any]) -> None:
        name = str(raw["name"])
        entry = Entry(name, "product", "", raw.get("origin"), None, raw.get("category", "drone"))
        for alias in [name, *raw.get("aliases", [])]:
            self.add(alias, entry)

    @classmethod
    def from_data(cls, datasets: Iterable[dict[str, Any]]) -> Gazetteer:
        gz = cls()
        for data in datasets:
            for raw in data.get("actors", []):
                gz.add_actor(raw)
            for raw in data.get("products", []):
                gz.add_product(raw)
        return gz

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """The bundled data, extended by `path` (or replaced, if it says `"replace": true`)."""
        datasets: list[dict[str, Any]] = []
        extra: dict[str, Any] | None = None
        if path is not None:
            raw: Any = json.loads(Path(path).read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError(f"gazetteer {path}: top level must be an object")
            extra = raw
        if extra is None or not extra.get("replace", False):
            datasets.append(json.loads(BUNDLED_PATH.read_text(encoding="utf-8")))
        if extra is not None:
            datasets.append(extra)
        return cls.from_data(datasets)

    # ----------------------------------------------------------------- lookup
    def match_at(self, tokens: Sequence[Token], i: int) -> Match | None:
        """The longest alias starting at token i, if any (a walk down the token trie)."""
        node = self._trie
        n = len(tokens)
        best: Match | None = None
        j = i
        while j < n:
            tok = tokens[j]
            if j > i and tok.start - tokens[j - 1].end > 1:
                break  # tokens of one name are adjacent or one space apart
            child = node.get(tok.low or tok.text.lower())
            if child is None:
                break
            node = child
            j += 1
            for key in node.get(_END, ()):
                if key.capital_first and not tokens[i].text[:1].isupper():
                    continue
                if key.capital_second and not tokens[i + 1].text[:1].isupper():
                    continue
                if key.has_exact and any(
                    ex is not None and tokens[i + q].text != ex for q, ex in enumerate(key.exact)
                ):
                    continue
                best = Match(i, j, key.entry)
                break
        return best

    def scan(self, tokens: Sequence[Token]) -> list[Match]:
        out: list[Match] = []
        trie = self._trie
        n = len(tokens)
        nxt = 0  # matches do not overlap: the next one starts at or after nxt
        for i in [i for i, t in enumerate(tokens) if t.low in trie]:
            if i < nxt:
                continue
            node = trie[tokens[i].low]
            if _END not in node and (i + 1 == n or tokens[i + 1].low not in node):
                continue  # "the", "foreign": only the start of longer names
            m = self.match_at(tokens, i)
            if m is not None:
                out.append(m)
                nxt = m.end_tok
        return out

    def lookup(self, name: str) -> Entry | None:
        norm = normalize_name(name)
        hit = self._by_name.get(norm)
        if hit is None and norm.startswith("the "):
            hit = self._by_name.get(norm[4:])
        return hit

    def canonical(self, name: str) -> Entry | None:
        return self._canonical.get(normalize_name(name))

    def actors(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for e in self.entries:
            if e.kind in ACTOR_KINDS:
                seen.setdefault(e.name, e.kind)
        return sorted(seen.items())


_GOVERNMENT_HEADS: Final = (
    "government",
    "authorities",
    "foreign ministry",
    "Foreign Ministry",
    "defense ministry",
    "Defense Ministry",
    "defence ministry",
    "Defence Ministry",
    "Ministry of Foreign Affairs",
    # (the UK's alias alone: "Serbia's Ministry of Defence" is Serbia's)
    "Ministry of Defense",
    "Ministry of Defence",
    "embassy",
    "Embassy",
)


def _government_aliases(name: str, demonyms: list[str]) -> list[str]:
    """ "the Chinese government", "China's foreign ministry", "government of China" ..."""
    out = [f"government of {name}", f"Government of {name}"]
    for head in _GOVERNMENT_HEADS:
        out.append(f"{name}'s {head}")
        out += [f"{d} {head}" for d in demonyms if not d.isupper() and "." not in d]
    return out


def normalize_name(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()
