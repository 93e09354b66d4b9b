"""Idempotent writes of articles and claims: a replay lands on the rows it already wrote."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from shared.db.models import ArticleRow, ClaimRow
from shared.db.upsert import insert_for
from shared.events import Article, Claim


async def store_articles(
    session: AsyncSession, *, articles: Sequence[Article], now: datetime
) -> None:
    rows = [{**a.model_dump(exclude={"schema_version"}), "stored_at": now} for a in articles]
    if rows:
        await session.execute(insert_for(session, ArticleRow).on_conflict_do_nothing(), rows)


def claim_row(claim: Claim) -> dict[str, Any]:
    row = claim.model_dump(mode="python", exclude={"schema_version", "start", "end", "article"})
    row["quantities"] = [q.model_dump() for q in claim.quantities]
    row.update(start_offset=claim.start, end_offset=claim.end, article_id=claim.article)
    return row


async def store_claims(session: AsyncSession, *, claims: Sequence[Claim]) -> None:
    if claims:
        await session.execute(
            insert_for(session, ClaimRow).on_conflict_do_nothing(), [claim_row(c) for c in claims]
        )
