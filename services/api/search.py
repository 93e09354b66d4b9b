"""Full-text search over claims: SQLite FTS5 or a PostgreSQL tsvector (migration 0003)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, literal_column, select, text

MAX_TERMS = 16
WORD = re.compile(r"\w+", re.UNICODE)


def terms(q: str) -> list[str]:
    """The words of a query; operators and punctuation are dropped, never interpreted."""
    return WORD.findall(q)[:MAX_TERMS]


def fts5_query(words: list[str]) -> str:
    """Every word must match: each a quoted FTS5 string (words hold no quotes)."""
    return " ".join(f'"{word}"' for word in words)


def search_clause(dialect: str, q: str) -> ColumnElement[bool]:
    """A WHERE clause selecting claims whose subject, evidence or title match all words of q."""
    words = terms(q)
    if not words:
        return false()
    if dialect == "sqlite":
        matching: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(text("claims_fts"))
            .where(text("claims_fts MATCH :fts_query").bindparams(fts_query=fts5_query(words)))
        )
        return literal_column("claims.rowid").in_(matching.scalar_subquery())
    query = func.plainto_tsquery(literal_column("'english'::regconfig"), " ".join(words))
    return literal_column("claims.search_vector").op("@@")(query)
