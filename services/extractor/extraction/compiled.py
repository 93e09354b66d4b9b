"""Whether the rule modules run compiled (`make compile-extractor`, mypyc), and a guard
against a stale build: a compiled module older than its source would silently run old
rules, so importing the package fails instead."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def compiled_modules(package: Path = _HERE) -> list[str]:
    """Names of the modules in `package` that have a compiled build; raise if one is stale."""
    names = []
    for suffix in EXTENSION_SUFFIXES:
        for built in package.glob(f"*{suffix}"):
            name = built.name.split(".", 1)[0]  # "engine.cpython-311-x86_64-linux-gnu.so"
            if name.endswith("__mypyc"):  # the runtime the compiled modules share
                continue
            source = package / f"{name}.py"
            if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
                raise ImportError(
                    f"{built} is older than {source.name}: run `make compile-extractor` "
                    "again, or `make clean-compiled` to run the Python sources"
                )
            names.append(name)
    return sorted(set(names))


COMPILED = bool(compiled_modules())
