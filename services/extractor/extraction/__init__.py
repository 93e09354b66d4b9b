"""Claim extraction: pure Python, no I/O beyond loading the gazetteer.

ex = Extractor.load()                 # bundled gazetteer
ex.extract(text) -> list[ClaimFields] # text = title line, blank line, body
"""

from __future__ import annotations

from pathlib import Path

from shared.events import ClaimFields

from .engine import Engine
from .gazetteer import Gazetteer

EXTRACTOR_VERSION = "rules-1.0.0"

__all__ = ["EXTRACTOR_VERSION", "Extractor"]


class Extractor:
    """Rules and gazetteers; build once (loading compiles the data), then call `extract`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gz = gazetteer
        self._engine = Engine(gazetteer)

    @classmethod
    def load(cls, gazetteer_path: str | Path | None = None) -> Extractor:
        """None = the bundled data file; a path extends it (or replaces it: `"replace": true`)."""
        return cls(Gazetteer.load(gazetteer_path))

    def extract(self, text: str) -> list[ClaimFields]:
        return self._engine.extract(text)

    def resolve_actor(self, name: str) -> str | None:
        """Alias or metonym to canonical name ("Beijing" -> "China"); None if unknown."""
        if not name or not name.strip():
            return None
        entry = self._gz.lookup(name)
        if entry is None or entry.kind == "product":
            return None
        return entry.country if entry.kind == "demonym" else entry.name

    def actors(self) -> list[tuple[str, str]]:
        """(canonical name, kind) of every actor the gazetteer knows."""
        return self._gz.actors()
