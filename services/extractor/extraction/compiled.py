"""Which build of the rule modules runs: the mypyc-compiled one, or the Python sources.

`make` compiles the rule modules (`tools/compile_extractor.py`) into `_native/`, with a
manifest of the SHA-256 of every source it compiled. The package puts `_native/` in front
of its import path only while that manifest matches the sources, so an edited rule never
runs as its old compiled self: a stale or missing build falls back to the sources (about
1.5x slower, same claims) with a warning, and `CLAIMWATCH_EXTRACTOR_BUILD=python` asks for
the sources outright. This module and the package `__init__` stay Python: they choose.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
NATIVE_DIR = PACKAGE_DIR / "_native"
MANIFEST = "BUILD.json"
# kept as Python: the entry points and this chooser
PURE_MODULES = frozenset({"__init__.py", "cli.py", "compiled.py"})
BUILD_ENV = "CLAIMWATCH_EXTRACTOR_BUILD"  # "python" forces the sources

log = logging.getLogger(__name__)


def rule_sources(package: Path = PACKAGE_DIR) -> list[Path]:
    """The modules the compiled build is made of."""
    return sorted(p for p in package.glob("*.py") if p.name not in PURE_MODULES)


def source_digests(package: Path = PACKAGE_DIR) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in rule_sources(package)}


def build_tag() -> str:
    """The interpreter a build is for: a build for another Python must not load."""
    return f"{sys.implementation.cache_tag}-{sys.platform}-{platform.machine()}"


def manifest(package: Path = PACKAGE_DIR) -> dict[str, object]:
    """What a build of the sources as they are now records in its `BUILD.json`."""
    return {"python": build_tag(), "sources": source_digests(package)}


def stale_reason(native: Path = NATIVE_DIR, package: Path = PACKAGE_DIR) -> str | None:
    """None when `native` holds a build of exactly these sources for this Python."""
    try:
        manifest = json.loads((native / MANIFEST).read_text())
    except FileNotFoundError:
        return "no compiled build (run `make compile-extractor`)"
    except (OSError, ValueError) as exc:
        return f"unreadable build manifest: {exc}"
    if manifest.get("python") != build_tag():
        return f"built for {manifest.get('python')}, running {build_tag()}"
    built = manifest.get("sources", {})
    changed = sorted(
        name for name, digest in source_digests(package).items() if built.get(name) != digest
    )
    if changed or set(built) - {p.name for p in rule_sources(package)}:
        return "sources changed since the build: " + ", ".join(changed or ["(a module removed)"])
    return None


def choose_build(
    package_path: list[str], native: Path = NATIVE_DIR, package: Path = PACKAGE_DIR
) -> bool:
    """Put the compiled build first on `package_path` when it is fresh; True if it is."""
    if os.environ.get(BUILD_ENV, "").lower() == "python":
        return False
    reason = stale_reason(native, package)
    if reason is not None:
        if (native / MANIFEST).exists():  # a build that exists but cannot be used is news
            log.warning("extractor: running the Python sources: %s", reason)
        return False
    package_path.insert(0, str(native))
    return True
