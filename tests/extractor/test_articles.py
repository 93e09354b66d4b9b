"""Extra realistic articles (Iran, North Korea, China, sanctions, denials, negatives).

Each `articles/NAME.txt` has `articles/NAME.json` with the expected (subject, claim_type,
stance) triples; `optional` ones count neither way, as in the dev set.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import pytest

from services.extractor.extraction import Extractor

from .scoring import Score, alias_table, canon_with, score

ARTICLES = Path(__file__).resolve().parent / "articles"
BLIND_NOTES = Path(__file__).resolve().parent / "blind_notes"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.json"))
NEGATIVES = [n for n in NAMES if not json.loads((ARTICLES / f"{n}.json").read_text())["claims"]]


def _load(name: str) -> tuple[str, list[dict[str, object]]]:
    gold = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))["claims"]
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), gold


def test_extra_articles_f1(extractor: Extractor) -> None:
    """All articles together; each blind set's names through its writer's alias table
    (as `score.py --aliases` reads them), then the gazetteer."""
    total = Score()
    for prefix, names in groupby(NAMES, key=lambda n: n.split("_")[0]):
        gold, pred = {}, {}
        for name in names:
            text, gold[name] = _load(name)
            pred[name] = [(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)]
        result = score(gold, pred, _canon(extractor, prefix))
        total.tp, total.fp, total.fn = (
            total.tp + result.tp,
            total.fp + result.fp,
            total.fn + result.fn,
        )
        total.misses += result.misses
        total.alarms += result.alarms
    assert total.f1 >= 0.84, (total.misses, total.alarms)


def _canon(extractor: Extractor, prefix: str) -> Callable[[str], str]:
    table = BLIND_NOTES / f"{prefix}_aliases.json"
    by_table = canon_with(alias_table(table)) if table.exists() else str.strip

    def canon(name: str) -> str:
        named = by_table(name)
        return extractor.resolve_actor(named) or named

    return canon


@pytest.mark.parametrize("name", NEGATIVES, ids=NEGATIVES)
def test_negative_articles_yield_nothing(extractor: Extractor, name: str) -> None:
    text, _ = _load(name)
    assert extractor.extract(text) == []


# Articles whose writer credits sources by a convention that departs from claims.md and
# from the other writers; strict, so a rule that comes to agree with them is noticed.
SOURCE_CONVENTIONS = {
    "blind17_019": "an unnamed 'chief technology officer' is credited to a person named "
    "only in a later quote, against the writer's own note that staff speak for the company",
    "blind19_015": "'satellite imagery shows' is the outlet's own voice although the body "
    "attributes the same transfer to the US government",
    "blind23_014": "'documents reviewed by Meduza' in Meduza's own article is credited to "
    "Meduza; claims.md and the earlier writers give an outlet's own work no source",
}
# Articles whose sources need a reading the rules do not have yet (not a convention).
SOURCE_GAPS = {
    "blind10_022": "'According to the prosecution' in a case before a Russian regional court "
    "is credited to Russia; the case rules name no Russian court's state (Moscow is the "
    "recipient's capital, not a court's)",
    "blind23_029": "'The court found that X ..., the Prosecutor General said': the court's "
    "finding inside a prosecutor's statement is credited to the court, named sentences before",
    "blind28_006": "'the federal prosecutor's office' in a German court reads as no state's, so "
    "'They accuse X of ...' after it (found since 'get around the EU ban on') has no source",
    "blind37_008": "'the senators wrote that X has shipped' is credited to the first-named of "
    "the two senators named sentences before; a plural speaker maps to no single source yet",
    "blind37_017": "'The statement also condemned Iran's provision of drones' (found since each "
    "noun of supply keeps its own goods) has no source: a condemning verb opens no speech frame, "
    "so neither its subject nor the statement's maker speaks",
    "blind37_012": "'X pressed Marchetti on North Korea, and she replied that' makes the one "
    "pressed the speaker of 'she' (and of 'she added' next), which needs the pronoun's gender",
}
SOURCE_CASES = [
    pytest.param(
        n,
        marks=pytest.mark.xfail(strict=True, reason=SOURCE_CONVENTIONS.get(n) or SOURCE_GAPS[n]),
    )
    if n in SOURCE_CONVENTIONS or n in SOURCE_GAPS
    else n
    for n in NAMES
]


@pytest.mark.parametrize("name", SOURCE_CASES, ids=NAMES)
def test_required_sources(extractor: Extractor, name: str) -> None:
    """Where a gold claim names its source and we found the claim, most sources agree."""
    text, gold = _load(name)
    found = {(c.subject, c.claim_type, c.stance): c.source for c in extractor.extract(text)}
    checked = agreed = 0
    for g in gold:
        key = (str(g["subject"]), str(g["claim_type"]), str(g["stance"]))
        subject = extractor.resolve_actor(key[0]) or key[0]
        key = (subject, key[1], key[2])
        if "source" not in g or g.get("optional") or key not in found:
            continue
        checked += 1
        agreed += _same_source(extractor, found[key], g["source"])
    assert agreed >= checked * 0.5


def _same_source(extractor: Extractor, got: str | None, want: object) -> bool:
    """Equal after alias resolution; a named official, or a state's agency (`National
    Intelligence Service`, which earlier writers credit to `South Korea`), also counts for
    their state."""
    if got is None or want is None:
        return got == want
    a = extractor.resolve_actor(got) or got
    b = extractor.resolve_actor(str(want)) or str(want)
    if a == b:
        return True
    return _state_of(extractor, a) == _state_of(extractor, b) is not None


def _state_of(extractor: Extractor, name: str) -> str | None:
    """The state a country, an official or a government agency speaks for."""
    entry = extractor._gz.canonical(name)
    if entry is None:
        return None
    if entry.kind == "country":
        return entry.name
    if entry.kind == "person" or (entry.kind == "organization" and entry.role == "government"):
        return entry.country
    return None
