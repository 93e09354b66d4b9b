"""Every claim the extractor finds in every text we have, as one file to diff.

    python tools/claims_snapshot.py OUT [--shared ../shared]

For refactors and speed work that must not change behaviour: write a snapshot before,
one after, and `cmp` them. The texts are the extractor's test articles, the dev set and the
1,000 varied texts of benchmarks/extract_throughput.py (not the held-out sets: a diff
would show their sentences to whoever is changing the rules). Runs
whichever build the package chose (see that benchmark's docstring).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extract_throughput import corpus, make_texts  # noqa: E402
from services.extractor.extraction import COMPILED, Extractor  # noqa: E402


def texts(shared: Path) -> list[tuple[str, str]]:
    paths = sorted((ROOT / "tests" / "extractor" / "articles").glob("*.txt"))
    paths += sorted((shared / "devset" / "articles").glob("*.txt"))
    named = [(str(p.relative_to(p.parents[2])), p.read_text(encoding="utf-8")) for p in paths]
    varied = make_texts(corpus(shared), 1000, 5000)
    return named + [(f"varied-{i:04d}", t) for i, t in enumerate(varied)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    extractor = Extractor.load()
    named = texts(a.shared)
    with a.out.open("w", encoding="utf-8") as out:
        for name, text in named:
            for claim in extractor.extract(text):
                out.write(
                    json.dumps({"text": name, **claim.model_dump(mode="json")}, sort_keys=True)
                    + "\n"
                )
    build = "compiled" if COMPILED else "python"
    print(f"{a.out}: claims over {len(named)} texts ({build} build)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
