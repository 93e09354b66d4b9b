"""`lexicon.first_letter_gated` puts a test of the first letter in front of a regex: the
letters must include every letter a branch of the regex can open with, or its matches at
the others would silently go missing."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from services.extractor.extraction.compiled import PURE_MODULES

EXTRACTION = Path(__file__).resolve().parents[2] / "services" / "extractor" / "extraction"
_GATE = re.compile(r"\\b\(\?=\[([^\]]+)\]\)\(\?:(.*)\)\Z", re.S)


def _gated() -> list[tuple[str, re.Pattern[str], str, str]]:
    """(name, regex, gate letters, the pattern behind the gate) of every gated constant."""
    out = []
    for path in sorted(EXTRACTION.glob("*.py")):
        if path.name in PURE_MODULES:
            continue
        module = importlib.import_module(f"services.extractor.extraction.{path.stem}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and (m := _GATE.match(value.pattern)):
                out.append((f"{path.stem}.{name}", value, m.group(1), m.group(2)))
    return out


def _first_chars(items: list[tuple[object, object]], bounded: bool = False) -> set[str]:
    """The characters a parsed pattern can open with, past the word boundary that must
    come first on every path (the gate adds one: a pattern without would change)."""
    for op, av in items:
        if op is sre.AT and av is sre.AT_BOUNDARY:
            bounded = True
            continue
        if not bounded and op in (sre.LITERAL, sre.IN, sre.MAX_REPEAT, sre.MIN_REPEAT):
            raise AssertionError(f"a branch that opens with {op}, not a word boundary")
        if op is sre.LITERAL:
            return {chr(av)}  # type: ignore[arg-type]
        if op is sre.IN:
            chars: set[str] = set()
            for iop, iav in av:  # type: ignore[attr-defined]
                if iop is sre.LITERAL:
                    chars.add(chr(iav))
                elif iop is sre.CATEGORY and iav is sre.CATEGORY_DIGIT:
                    chars.update("0٣")  # an ASCII digit and an Arabic-Indic one
                elif iop is sre.RANGE:
                    chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    raise AssertionError(f"a set the test cannot read: {iop}")
            return chars
        if op is sre.SUBPATTERN:
            return _first_chars(list(av[-1]), bounded)  # type: ignore[index]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            return _first_chars(list(av[-1]), bounded)  # type: ignore[index]
        if op is sre.BRANCH:
            return set().union(*(_first_chars(list(b), bounded) for b in av[1]))  # type: ignore[index]
        raise AssertionError(f"a branch that opens with {op}: gate it by hand")
    raise AssertionError("a branch that can match the empty string")


def test_there_are_gates() -> None:
    assert len(_gated()) >= 1


def test_gates_admit_every_first_letter() -> None:
    for name, regex, letters, inner in _gated():
        first = _first_chars(list(_parser.parse(inner, regex.flags & ~re.U)))
        gate = re.compile(f"[{letters}]", regex.flags)
        missing = sorted(c for c in first if not gate.fullmatch(c))
        assert not missing, f"{name}: the gate [{letters}] shuts out {missing}"
