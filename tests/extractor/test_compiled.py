"""The optional compiled build: detected, and refused when older than its sources."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from services.extractor.extraction.compiled import compiled_modules

SUFFIX = EXTENSION_SUFFIXES[0]


def _write(path: Path, mtime: float) -> None:
    path.write_text("", encoding="utf-8")
    os.utime(path, (mtime, mtime))


def test_python_sources_only(tmp_path: Path) -> None:
    _write(tmp_path / "engine.py", 1_000)
    assert compiled_modules(tmp_path) == []


def test_fresh_build_is_listed(tmp_path: Path) -> None:
    _write(tmp_path / "engine.py", 1_000)
    _write(tmp_path / f"engine{SUFFIX}", 2_000)
    assert compiled_modules(tmp_path) == ["engine"]


def test_stale_build_is_refused(tmp_path: Path) -> None:
    _write(tmp_path / "engine.py", 3_000)
    _write(tmp_path / f"engine{SUFFIX}", 2_000)
    with pytest.raises(ImportError, match="make compile-extractor"):
        compiled_modules(tmp_path)


def test_shared_runtime_library_is_not_a_module(tmp_path: Path) -> None:
    _write(tmp_path / "engine.py", 1_000)
    _write(tmp_path / f"engine{SUFFIX}", 2_000)
    _write(tmp_path / f"native__mypyc{SUFFIX}", 2_000)
    assert compiled_modules(tmp_path) == ["engine"]
