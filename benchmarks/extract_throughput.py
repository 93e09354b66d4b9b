"""Extraction throughput on one core: articles/second and peak memory.

    python benchmarks/extract_throughput.py [--n 1000] [--shared ../shared]

Runs whichever build the package chose: the mypyc-compiled modules that `make` builds, or
the Python sources (`CLAIMWATCH_EXTRACTOR_BUILD=python`, or a stale build); the first
output line says which. Throughput is counted in CPU time, so other work on the machine
slows it less than the wall-clock figure.

Builds N article-sized texts (~5 KB) from the dev-set articles and the extractor's test
articles, each varied (paragraphs shuffled, names and numbers swapped) so no two are the
same, then extracts claims from all of them in this process.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import timeit
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.extractor.extraction import COMPILED, Extractor  # noqa: E402
from shared.runtime import tune_gc_for_throughput  # noqa: E402

_SWAPS = [
    ("China", "Iran"),
    ("Chinese", "Iranian"),
    ("Beijing", "Tehran"),
    ("DJI", "Autel"),
    ("North Korea", "Belarus"),
    ("drones", "UAVs"),
    ("components", "microelectronics"),
]


def corpus(shared: Path) -> list[str]:
    paths = sorted((ROOT / "tests" / "extractor" / "articles").glob("*.txt"))
    paths += sorted((shared / "devset" / "articles").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def make_texts(base: list[str], n: int, size: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paragraphs = [p for text in base for p in text.split("\n\n") if p.strip()]
    out = []
    for i in range(n):
        title = rng.choice(base).split("\n", 1)[0]
        body: list[str] = []
        while sum(len(p) for p in body) < size:
            body.append(rng.choice(paragraphs))
        text = f"{title} #{i}\n\n" + "\n\n".join(body)
        a, b = rng.choice(_SWAPS)
        if rng.random() < 0.5:
            text = text.replace(a, b)
        text = text.replace("2023", str(2015 + i % 10))
        out.append(text[: size + 400])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--size", type=int, default=5000, help="characters per article")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()

    extractor = Extractor.load()
    texts = make_texts(corpus(args.shared), args.n, args.size)
    extractor.extract(texts[0])  # warm-up
    tune_gc_for_throughput()  # as `claimwatch extractor` and `claimwatch extract` do

    t0, c0 = time.perf_counter(), time.process_time()
    claims = sum(len(extractor.extract(t)) for t in texts)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    ref = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6

    tracemalloc.start()
    for t in texts[:100]:
        extractor.extract(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    avg = sum(len(t) for t in texts) / len(texts)
    build = "compiled with mypyc" if COMPILED else "Python sources"
    print(f"extractor build: {build}")
    print(f"articles: {len(texts)} (avg {avg:.0f} chars), claims: {claims}")
    print(
        f"throughput: {len(texts) / cpu:.0f} articles/CPU-second on one core "
        f"({len(texts) / elapsed:.0f}/s wall clock, {elapsed:.2f} s)"
    )
    print(
        f"machine reference: sum(range(1000)) takes {ref:.1f} us here "
        "(about 8 us on a current laptop; scale the figure by the ratio)"
    )
    print(
        f"peak traced memory during extraction: {peak / 1e6:.1f} MB; "
        f"process max RSS: {rss_kb / 1024:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
