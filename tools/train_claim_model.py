"""Train the learned claim model (services/extractor/extraction/learned_claims.py) on the
test articles (tests/extractor/articles/*.txt + *.json gold) and write claim_model.json.

Each (sentence, actor mention) pair of a sentence that may state a claim is labelled with
the gold (claim_type, stance) whose evidence is that sentence and whose subject (through
the set's alias table, as test_articles._canon does) the mention names; other pairs are
"none" for that label, except where the article's gold has the triple stated elsewhere, or
only as optional, or has claims without evidence for that subject (left out). One binary
logistic regression per label (scikit-learn, liblinear, L2; training only).

Usage: python tools/train_claim_model.py [--C 0.1]
       [--threshold 0.9] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import get_args

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# the pairs are read by patching the engine's read_sentence, which a compiled engine ignores
os.environ["CLAIMWATCH_EXTRACTOR_BUILD"] = "python"

import numpy as np  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

import services.extractor.extraction.engine as engine_mod  # noqa: E402
from services.extractor.extraction import Extractor  # noqa: E402
from services.extractor.extraction.learned_claims import MODEL_PATH, sentence_pairs  # noqa: E402
from services.extractor.extraction.sentence_context import SentenceContext  # noqa: E402
from shared.events import ClaimType, Stance  # noqa: E402
from tests.extractor.test_articles import ARTICLES, NAMES, _canon  # noqa: E402

# the order the model's label indices follow (the test checks the file against it)
LABELS = [(t, s) for t in get_args(ClaimType) for s in get_args(Stance)]
PRUNE = 0.05  # smaller weights are left out of the file (the same leave-sets-out gain)


def collect(bigrams: bool) -> list[dict[str, object]]:
    """Per article: its name, set prefix, the rules' triples, the pairs and the labels."""
    ex = Extractor.load(learned=False)
    read: list[SentenceContext] = []
    original = engine_mod.read_sentence

    def reading(*args):
        s = original(*args)
        if s.may:
            read.append(s)
        return s

    engine_mod.read_sentence = reading
    out = []
    try:
        for name in NAMES:
            text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
            gold = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))["claims"]
            read.clear()
            claims = ex.extract(text)
            # the pairs as the engine scores them: after the rules have read the article
            captured = [
                (s.sent.start, s.sent.end, [(m.name, f) for m, f in pairs])
                for s in read
                if (pairs := sentence_pairs(s, bigrams))
            ]
            prefix = name.split("_")[0]
            canon = _canon(ex, prefix)
            out.append(
                {
                    "name": name,
                    "prefix": prefix,
                    "rules": {(canon(c.subject), c.claim_type, c.stance) for c in claims},
                    "gold": [
                        (canon(g["subject"]), g["claim_type"], g["stance"], bool(g.get("optional")))
                        for g in gold
                    ],
                    "pairs": _labelled(text, gold, captured, canon),
                }
            )
    finally:
        engine_mod.read_sentence = original
    return out


def _labelled(text, gold, captured, canon):
    spans: list[tuple[int, int, str, str, bool]] = []  # evidence span, subject, label, optional
    noev: set[str] = set()
    stated: dict[str, set[tuple[str, str]]] = {}
    for g in gold:
        subj = canon(g["subject"])
        stated.setdefault(subj, set()).add((g["claim_type"], g["stance"]))
        ev = g.get("evidence") or ""
        pos = text.find(ev) if ev else -1
        if pos < 0 and ev:
            ev = ev.strip().strip('"“”')[:60]
            pos = text.find(ev)
        if pos < 0:
            noev.add(subj)
            continue
        spans.append(
            (pos, pos + len(ev), subj, f"{g['claim_type']}/{g['stance']}", bool(g.get("optional")))
        )
    rows = []
    for start, end, pairs in captured:
        for name, feats in pairs:
            subj = canon(name)
            y = np.zeros(len(LABELS))
            mask = np.zeros(len(LABELS)) if subj in noev else np.ones(len(LABELS))
            hits: dict[str, list[bool]] = {}
            for a, b, s, lab, opt in spans:
                if s == subj and a < end and b > start:
                    hits.setdefault(lab, []).append(opt)
            for li, (t, st) in enumerate(LABELS):
                opts = hits.get(f"{t}/{st}")
                if opts:
                    if all(opts):
                        mask[li] = 0
                    else:
                        y[li] = 1
                elif (t, st) in stated.get(subj, ()):
                    mask[li] = 0
            rows.append((name, feats, y, mask))
    return rows


def fit(arts, C: float):
    rows = [r for a in arts for r in a["pairs"]]
    dv = DictVectorizer()
    X = dv.fit_transform([dict.fromkeys(r[1], 1.0) for r in rows])
    Y = np.array([r[2] for r in rows])
    M = np.array([r[3] for r in rows])
    coefs = np.zeros((len(LABELS), X.shape[1]))
    bias = np.full(len(LABELS), -30.0)
    for li in range(len(LABELS)):
        keep = np.where(M[:, li] > 0)[0]
        y = Y[keep, li]
        if y.sum() < 3:
            continue  # too few examples: the label is never predicted
        clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)
        clf.fit(X[keep], y)
        coefs[li] = clf.coef_[0]
        bias[li] = clf.intercept_[0]
    return dv.get_feature_names_out(), coefs, bias, len(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=0.1)
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--no-bigrams", action="store_true")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    bigrams = not args.no_bigrams
    arts = collect(bigrams)
    names, coefs, bias, n = fit(arts, args.C)
    weights: dict[str, list[list[float]]] = {}
    for j, f in enumerate(names):
        row = [
            [li, round(float(coefs[li, j]), 4)]
            for li in range(len(LABELS))
            if abs(coefs[li, j]) >= PRUNE
        ]
        if row:
            weights[str(f)] = row
    model = {
        "trained_on": f"{len(arts)} articles, {n} pairs",
        "C": args.C,
        "threshold": args.threshold,
        "bigrams": bigrams,
        "labels": [list(lab) for lab in LABELS],
        "features": len(weights),
        "bias": [round(float(b), 4) for b in bias],
        "weights": weights,
    }
    args.out.write_text(
        json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{args.out}: {len(weights)} features, {n} pairs, {len(arts)} articles")


if __name__ == "__main__":
    main()
