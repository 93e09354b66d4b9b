"""Per matched claim: the predicted source against the gold one, with the evidence.

    .venv/bin/python tools/source_report.py ARTICLES GOLD [ALIASES] [--all] [--f1]

ARTICLES holds NAME.txt, GOLD holds NAME.json (the devset format, or the test articles'
`{"claims": [...]}`); without ALIASES, names resolve through the gazetteer. Only required
gold triples that the extractor also finds are compared (as `score.py` does); a test
article's gold claim without a `source` key is skipped. `--all` prints agreements too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from services.extractor.extraction import Extractor


def main(argv: list[str]) -> int:
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    articles, gold_dir = Path(args[0]), Path(args[1])
    table: dict[str, str] = {}
    if len(args) > 2:
        for canon, aliases in json.loads(Path(args[2]).read_text(encoding="utf-8")).items():
            for name in [canon, *aliases]:
                table[name.casefold().strip()] = canon
    ex = Extractor.load()

    def canon(name: object) -> str | None:
        if name is None:
            return None
        s = str(name)
        if table:
            key = s.casefold().strip()
            if key.startswith("the ") and key not in table:
                key = key[4:]
            return table.get(key, s.strip())
        return ex.resolve_actor(s) or s

    ok = total = tp = fp = fn = 0
    for gf in sorted(gold_dir.glob("*.json")):
        text = (articles / f"{gf.stem}.txt").read_text(encoding="utf-8")
        claims = json.loads(gf.read_text(encoding="utf-8"))["claims"]
        gold: dict[tuple[str | None, str, str], tuple[bool, object, str]] = {}
        optional = set()
        for c in claims:
            t = (canon(c["subject"]), c["claim_type"], c["stance"])
            if c.get("optional"):
                optional.add(t)
                continue
            gold[t] = ("source" in c or bool(table), c.get("source"), c.get("evidence", ""))
        pred = {}
        for c in ex.extract(text):
            pred[(canon(c.subject), c.claim_type, c.stance)] = c
        p = set(pred) - (optional - set(gold))
        tp += len(p & set(gold))
        fp += len(p - set(gold))
        fn += len(set(gold) - p)
        for t, (has, want, evid) in gold.items():
            if t not in pred or not has:
                continue
            got = pred[t].source
            total += 1
            same = canon(got) == canon(want)
            ok += same
            if same and "--all" not in flags:
                continue
            mark = "ok " if same else "BAD"
            print(f"{mark} {gf.stem} {t[0]}|{t[1]}|{t[2]}  pred={got!r} gold={want!r}")
            print(f"      P: {pred[t].evidence[:300]}")
            if evid and evid != pred[t].evidence:
                print(f"      G: {str(evid)[:300]}")
    print(f"source correct {ok}/{total}")
    if "--f1" in flags:
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"tp {tp} fp {fp} fn {fn} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
