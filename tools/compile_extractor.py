"""Compile the extractor's rule modules with mypyc into their `_native/` directory.

    python tools/compile_extractor.py        (`make` runs it when a rule module changed)

The build goes to a scratch directory first and replaces `_native/` only when it is
complete, with a manifest of the sources it was made from (see
`services/extractor/extraction/compiled.py`, which decides whether it runs). Exits 1 with
the reason if it cannot compile (no C compiler, say); the Python sources then run.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import warnings
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.extractor.extraction.compiled import (  # noqa: E402
    MANIFEST,
    NATIVE_DIR,
    PACKAGE_DIR,
    manifest,
    rule_sources,
)

GROUP = "services.extractor.extraction.native"  # the runtime library the modules share


def build(out: Path, scratch: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    warnings.filterwarnings("ignore", message=".*is still \\*beta\\*")  # pyproject's table

    # Absolute paths: a compiled module's __file__ is the path it was built from.
    os.chdir(ROOT)
    sources = [str(p) for p in rule_sources()]
    setup(
        name="claimwatch-extractor-compiled",
        ext_modules=mypycify(sources, group_name=GROUP),
        script_args=[
            "-q",
            "build_ext",
            "--build-lib",
            str(out),
            "--build-temp",
            str(scratch / "temp"),
        ],
    )


def main() -> int:
    record = manifest()  # of the sources as they were when the build began
    with tempfile.TemporaryDirectory(prefix="claimwatch-mypyc-") as tmp:
        scratch = Path(tmp)
        try:
            build(scratch / "lib", scratch)
        except (Exception, SystemExit) as exc:  # setuptools reports failures as SystemExit
            print(f"compile_extractor: could not compile the rule modules: {exc}", file=sys.stderr)
            return 1
        built = scratch / "lib" / PACKAGE_DIR.relative_to(ROOT)
        modules = sorted({p for s in EXTENSION_SUFFIXES for p in built.glob(f"*{s}")})
        staging = NATIVE_DIR.with_name("_native.new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        for module in modules:
            shutil.copy2(module, staging / module.name)
        (staging / MANIFEST).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
        shutil.rmtree(NATIVE_DIR, ignore_errors=True)
        staging.rename(NATIVE_DIR)
    print(f"compile_extractor: {len(modules)} modules in {NATIVE_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
