"""The extraction benchmark's texts, extracted once each and nothing else: a workload to run
under a profiler or callgrind, where instruction counts do not depend on the machine's load.

    valgrind --tool=callgrind python tools/extract_workload.py 40
    valgrind --tool=callgrind python tools/extract_workload.py 80

The difference of the two totals divided by 40 is the instructions an article, without
start-up. Runs whichever build the package chose (see benchmarks/extract_throughput.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extract_throughput import corpus, make_texts  # noqa: E402
from services.extractor.extraction import COMPILED, Extractor  # noqa: E402
from shared.runtime import tune_gc_for_throughput  # noqa: E402


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    shared = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared"
    extractor = Extractor.load()
    texts = make_texts(corpus(shared), n, 5000)
    extractor.extract(texts[0])
    tune_gc_for_throughput()
    claims = sum(len(extractor.extract(t)) for t in texts)
    print(f"{'compiled' if COMPILED else 'Python sources'}: {n} texts, {claims} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
