"""The compiled build: used only while it matches the sources, and it gives the same claims."""

from __future__ import annotations

import ast
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from services.extractor.extraction import COMPILED, Extractor
from services.extractor.extraction.compiled import (
    BUILD_ENV,
    MANIFEST,
    PURE_MODULES,
    choose_build,
    manifest,
    stale_reason,
)

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "extractor" / "articles").glob("*.txt"))
EXTRACTION = ROOT / "services" / "extractor" / "extraction"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    pkg = tmp_path / "extraction"
    pkg.mkdir()
    for name in ("engine.py", "text.py", "__init__.py", "compiled.py"):
        (pkg / name).write_text(f"# {name}\n", encoding="utf-8")
    return pkg


def _build(package: Path, record: dict[str, object] | None = None) -> Path:
    native = package / "_native"
    native.mkdir(exist_ok=True)
    (native / MANIFEST).write_text(json.dumps(record or manifest(package)), encoding="utf-8")
    return native


def test_a_build_of_these_sources_is_fresh(package: Path) -> None:
    assert stale_reason(_build(package), package) is None


def test_the_entry_points_are_not_part_of_the_build(package: Path) -> None:
    native = _build(package)
    (package / "__init__.py").write_text("# edited\n", encoding="utf-8")
    assert stale_reason(native, package) is None


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        ("no build", lambda pkg, native: (native / MANIFEST).unlink(), "no compiled build"),
        (
            "edited rule",
            lambda pkg, native: (pkg / "text.py").write_text("# new rule\n", encoding="utf-8"),
            "sources changed since the build: text.py",
        ),
        (
            "new rule module",
            lambda pkg, native: (pkg / "extra.py").write_text("", encoding="utf-8"),
            "sources changed since the build: extra.py",
        ),
        ("removed rule module", lambda pkg, native: (pkg / "text.py").unlink(), "a module removed"),
        (
            "other Python",
            lambda pkg, native: (native / MANIFEST).write_text(
                json.dumps({**manifest(pkg), "python": "cpython-39-linux"}), encoding="utf-8"
            ),
            "built for cpython-39-linux",
        ),
        (
            "garbled manifest",
            lambda pkg, native: (native / MANIFEST).write_text("{", encoding="utf-8"),
            "unreadable build manifest",
        ),
    ],
)
def test_a_build_that_does_not_match_is_stale(
    package: Path, name: str, change: object, expected: str
) -> None:
    native = _build(package)
    change(package, native)  # type: ignore[operator]
    reason = stale_reason(native, package)
    assert reason is not None and expected in reason, name


def test_a_fresh_build_goes_first_on_the_import_path(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BUILD_ENV, raising=False)  # the default choice, whatever the shell asks
    native = _build(package)
    path = [str(package)]
    assert choose_build(path, native, package) is True
    assert path == [str(native), str(package)]


def test_a_stale_build_is_skipped_with_a_warning(
    package: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BUILD_ENV, raising=False)
    native = _build(package)
    (package / "engine.py").write_text("# edited\n", encoding="utf-8")
    path = [str(package)]
    with caplog.at_level(logging.WARNING):
        assert choose_build(path, native, package) is False
    assert path == [str(package)]
    assert "running the Python sources" in caplog.text and "engine.py" in caplog.text


def test_the_sources_can_be_asked_for(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    native = _build(package)
    monkeypatch.setenv(BUILD_ENV, "python")
    path = [str(package)]
    assert choose_build(path, native, package) is False
    assert path == [str(package)]


_EXTRACT_ALL = """
import json, sys
from pathlib import Path
from services.extractor.extraction import COMPILED, Extractor
ex = Extractor.load()
claims = [[c.model_dump() for c in ex.extract(Path(p).read_text(encoding="utf-8"))]
          for p in sys.argv[1:]]
print(json.dumps({"compiled": COMPILED, "claims": claims}))
"""


@pytest.mark.skipif(not COMPILED, reason="no compiled build in place (make compile-extractor)")
def test_the_compiled_build_gives_the_claims_of_the_sources() -> None:
    paths = [str(p) for p in ARTICLES]
    env = {**os.environ, BUILD_ENV: "python"}
    run = subprocess.run(
        [sys.executable, "-c", _EXTRACT_ALL, *paths],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    from_sources = json.loads(run.stdout)
    assert from_sources["compiled"] is False
    extractor = Extractor.load()
    compiled = [
        [c.model_dump() for c in extractor.extract(Path(p).read_text(encoding="utf-8"))]
        for p in paths
    ]
    assert len(paths) > 50
    assert compiled == from_sources["claims"]


def _unfinal_constants(path: Path) -> list[str]:
    """Module-level UPPER_CASE names bound once and not declared Final."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bound: dict[str, int] = {}
    plain: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
            ann = node.annotation
            head = ann.value if isinstance(ann, ast.Subscript) else ann
            if isinstance(head, ast.Name) and head.id == "Final":
                targets = []  # already a C static
                bound[node.target.id] = bound.get(node.target.id, 0) + 1
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] = bound.get(node.target.id, 0) + 1
            continue
        else:
            continue
        for name in targets:
            bound[name] = bound.get(name, 0) + 1
            if _CONSTANT.fullmatch(name):
                plain.append(name)
    return [name for name in plain if bound[name] == 1]


_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def test_rule_constants_are_final() -> None:
    """mypyc keeps a `Final` module constant in a C static; any other global is a dict lookup
    at every use (6% of the compiled extractor's instructions before they were all Final)."""
    modules = [p for p in EXTRACTION.glob("*.py") if p.name not in PURE_MODULES]
    missing = {p.name: names for p in modules if (names := _unfinal_constants(p))}
    assert not missing, f"declare these `Final` (from typing): {missing}"
