"""The team's development set, scored like ../shared/devset/score.py: F1 must stay >= 0.90."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.extractor.extraction import Extractor

from .scoring import alias_table, canon_with, score

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEVSET = SHARED / "devset"


@pytest.mark.skipif(not (DEVSET / "gold").is_dir(), reason=f"dev set not found at {DEVSET}")
def test_devset_f1(extractor: Extractor) -> None:
    canon = canon_with(alias_table(DEVSET / "aliases.json"))
    gold, pred = {}, {}
    for g in sorted((DEVSET / "gold").glob("*.json")):
        gold[g.stem] = json.loads(g.read_text(encoding="utf-8"))["claims"]
        text = (DEVSET / "articles" / f"{g.stem}.txt").read_text(encoding="utf-8")
        pred[g.stem] = [(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)]
    result = score(gold, pred, canon)
    assert result.f1 >= 0.90, (result.misses, result.alarms)
