"""Reading the results back: what the database stored, when, and how big it is."""

from __future__ import annotations

import email.policy
import re
import statistics
from collections.abc import Sequence
from email.parser import BytesHeaderParser

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.db.models import ArticleRow, ClaimRow, Delivery

GUID_IN_URL = re.compile(r"/articles/(bench-[\w-]+)$")
EMAIL_SUBJECT = re.compile(r"^\[claimwatch\] (.+?): ")
SIZED_TABLES = (
    "articles",
    "claims",
    "seen_items",
    "fingerprints",
    "fingerprint_claims",
    "deliveries",
)


def percentiles(values: Sequence[float]) -> dict[str, float]:
    if not values:
        return {"n": 0}
    if len(values) == 1:
        return {"n": 1, "p50": values[0], "p95": values[0], "p99": values[0], "max": values[0]}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"n": len(values), "p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": max(values)}


def format_percentiles(label: str, values: Sequence[float]) -> str:
    p = percentiles(values)
    if not p["n"]:
        return f"{label:<34} (none)"
    return (
        f"{label:<34} n={p['n']:<6.0f} p50 {p['p50']:6.2f}s  p95 {p['p95']:6.2f}s  "
        f"p99 {p['p99']:6.2f}s  max {p['max']:6.2f}s"
    )


async def article_store_times(engine: AsyncEngine) -> dict[str, float]:
    """guid → when its article row was written (the extractor's clock, epoch seconds)."""
    async with engine.connect() as conn:
        rows = await conn.execute(select(ArticleRow.url, ArticleRow.stored_at))
        out = {}
        for url, stored_at in rows:
            m = GUID_IN_URL.search(url)
            if m:
                out[m.group(1)] = stored_at.timestamp()
        return out


async def claim_times_by_subject(engine: AsyncEngine, subjects: set[str]) -> dict[str, float]:
    """subject → when its first claim was extracted (just before the row was written)."""
    async with engine.connect() as conn:
        rows = await conn.execute(
            select(ClaimRow.subject, func.min(ClaimRow.extracted_at)).group_by(ClaimRow.subject)
        )
        return {s: t.timestamp() for s, t in rows if s in subjects}


async def delivery_times(
    engine: AsyncEngine, subjects: set[str]
) -> dict[str, tuple[float, float | None]]:
    """subject → when its first alert was recorded by the alerter (the delivery row) and
    when that delivery was marked sent (None if never), epoch seconds."""
    out: dict[str, tuple[float, float | None]] = {}
    async with engine.connect() as conn:
        rows = await conn.execute(
            select(Delivery.payload, Delivery.created_at, Delivery.sent_at)
            .where(Delivery.kind == "alert")
            .order_by(Delivery.created_at)
        )
        for payload, created_at, sent_at in rows:
            subject = (payload or {}).get("subject")
            if subject in subjects and subject not in out:
                out[subject] = (created_at.timestamp(), sent_at.timestamp() if sent_at else None)
    return out


async def claim_counts(engine: AsyncEngine) -> dict[str, int]:
    """article id → claims stored."""
    async with engine.connect() as conn:
        rows = await conn.execute(
            select(ClaimRow.article_id, func.count()).group_by(ClaimRow.article_id)
        )
        return {a: int(n) for a, n in rows}


async def count(engine: AsyncEngine, table: type[ArticleRow] | type[ClaimRow]) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(select(func.count()).select_from(table)) or 0)


async def row_sizes(engine: AsyncEngine) -> list[tuple[str, int, int]]:
    """(table, rows, bytes on disk incl. indexes and TOAST); PostgreSQL only."""
    if engine.dialect.name != "postgresql":
        return []
    out = []
    async with engine.connect() as conn:
        for table in SIZED_TABLES:
            rows = await conn.scalar(text(f"SELECT count(*) FROM {table}"))
            size = await conn.scalar(text(f"SELECT pg_total_relation_size('{table}')"))
            out.append((table, int(rows or 0), int(size or 0)))
    return out


def email_arrivals(raw: Sequence[bytes], arrivals: Sequence[float]) -> dict[str, float]:
    """claim subject → first email about it."""
    return EmailIndex().update(raw, arrivals)


class EmailIndex:
    """`email_arrivals` kept up to date as emails arrive, reading each message's headers
    once and only its headers: the harness polls it twice a second on the cores the
    measured services share (a whole parse of 2,000 emails costs seconds of CPU)."""

    def __init__(self) -> None:
        self.first: dict[str, float] = {}
        self._read = 0
        self._headers = BytesHeaderParser(policy=email.policy.default)

    def update(self, raw: Sequence[bytes], arrivals: Sequence[float]) -> dict[str, float]:
        upto = min(len(raw), len(arrivals))
        for index in range(self._read, upto):
            m = EMAIL_SUBJECT.match(str(self._headers.parsebytes(raw[index])["Subject"]))
            if m:
                self.first.setdefault(m.group(1), arrivals[index])
        self._read = upto
        return self.first
