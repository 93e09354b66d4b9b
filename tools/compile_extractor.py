"""Compile the extractor's rule modules with mypyc, in place (`make compile-extractor`).

The modules share one runtime library; naming its group inside the package puts that
library beside them, so the compiled build imports from any working directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "services" / "extractor" / "extraction"
PURE = {"__init__.py", "cli.py", "compiled.py"}  # kept as Python: entry points and the guard


def main() -> None:
    # Absolute paths: a compiled module's __file__ is the path it was built from, and the
    # gazetteer module finds its bundled data file relative to it.
    os.chdir(ROOT)
    sources = sorted(str(p) for p in PACKAGE.glob("*.py") if p.name not in PURE)
    sys.argv = [sys.argv[0], "build_ext", "--inplace"]
    setup(
        name="claimwatch-extractor-compiled",
        ext_modules=mypycify(sources, group_name="services.extractor.extraction.native"),
        script_args=sys.argv[1:],
    )


if __name__ == "__main__":
    main()
