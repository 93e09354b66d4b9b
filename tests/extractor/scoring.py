"""Triple scoring shared by the dev-set test and the extra-articles test (mirrors score.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Triple = tuple[str, str, str]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, Triple]] = field(default_factory=list)
    alarms: list[tuple[str, Triple]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def alias_table(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for canon, aliases in json.loads(path.read_text(encoding="utf-8")).items():
        for name in [canon, *aliases]:
            table[name.casefold().strip()] = canon
    return table


def canon_with(table: dict[str, str]) -> Callable[[str], str]:
    def canon(name: str) -> str:
        key = name.casefold().strip()
        if key.startswith("the ") and key not in table:
            key = key[4:]
        return table.get(key, name.strip())

    return canon


def score(
    gold: Mapping[str, list[dict[str, Any]]],
    pred: Mapping[str, Iterable[Triple]],
    canon: Callable[[str], str],
) -> Score:
    s = Score()
    for art, claims in gold.items():
        req: set[Triple] = set()
        opt: set[Triple] = set()
        for c in claims:
            t = (canon(c["subject"]), c["claim_type"], c["stance"])
            (opt if c.get("optional") else req).add(t)
        opt -= req
        p = {(canon(a), b, c) for a, b, c in pred.get(art, ())} - opt
        s.tp += len(p & req)
        s.fp += len(p - req)
        s.fn += len(req - p)
        s.alarms += [(art, t) for t in sorted(p - req)]
        s.misses += [(art, t) for t in sorted(req - p)]
    return s
