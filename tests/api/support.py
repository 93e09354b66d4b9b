"""Seeding helpers for the API tests: articles, claims and keys written straight to the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from services.api.keys import create_key
from shared.db.engine import session_factory
from shared.db.models import ArticleRow, ClaimRow
from shared.events import claim_fingerprint, claim_id, stable_hash

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
ALIASES = {"Beijing": "China", "PRC": "China", "Tehran": "Iran", "Kupol": "IEMZ Kupol"}


def resolve(name: str) -> str:
    return ALIASES.get(name, name)


@dataclass
class Keys:
    admin: str
    read: str
    other: str  # a second read key, for ownership tests
    admin_id: int
    read_id: int
    other_id: int


async def make_keys(engine: AsyncEngine) -> Keys:
    async with session_factory(engine)() as session:
        admin, admin_plain = await create_key(session, name="admin", scope="admin", now=T0)
        read, read_plain = await create_key(session, name="reader", scope="read", now=T0)
        other, other_plain = await create_key(session, name="other", scope="read", now=T0)
    return Keys(admin_plain, read_plain, other_plain, admin.id, read.id, other.id)


def article_row(n: int, *, title: str, content: str, feed_url: str, at: datetime) -> ArticleRow:
    article_id = stable_hash("article", str(n))
    return ArticleRow(
        id=article_id,
        feed_id=1,
        feed_url=feed_url,
        url=f"https://news.example.org/{n}",
        title=title,
        summary="",
        content=content,
        language="en",
        authors=[],
        published_at=at,
        fetched_at=at,
        content_hash=stable_hash(content),
        stored_at=at,
    )


def claim_row(
    article: ArticleRow,
    *,
    subject: str,
    claim_type: str = "drone_supply",
    stance: str = "asserted",
    evidence: str,
    source: str | None = None,
    at: datetime,
    **extra: Any,
) -> ClaimRow:
    text = f"{article.title}\n\n{article.content}"
    start = text.find(evidence)
    return ClaimRow(
        id=claim_id(article.id, subject, claim_type, stance),
        article_id=article.id,
        subject=subject,
        subject_kind="country",
        claim_type=claim_type,
        stance=stance,
        source=source,
        recipient="Russia",
        products=extra.get("products", []),
        quantities=extra.get("quantities", []),
        evidence=evidence,
        start_offset=max(start, 0),
        end_offset=max(start, 0) + len(evidence),
        confidence=extra.get("confidence", 0.8),
        fingerprint=claim_fingerprint(subject, claim_type, stance),
        article_url=article.url,
        article_title=article.title,
        feed_url=article.feed_url,
        published_at=article.published_at,
        extracted_at=at,
        extractor_version="test",
    )


SENTENCES = [
    ("China", "drone_supply", "asserted", "Chinese exporters sold Garpiya drones to Russia."),
    ("Iran", "weapons_supply", "asserted", "Iran shipped Shahed drones and ammunition to Moscow."),
    ("China", "component_supply", "denied", "Beijing denied sending engines to Russia."),
    ("North Korea", "personnel", "asserted", "North Korean troops fight alongside Russian forces."),
    ("DJI", "sanctions_evasion", "asserted", "Resellers evade sanctions on DJI quadcopters."),
]


async def seed(engine: AsyncEngine, count: int = 10, *, start: int = 0) -> list[ClaimRow]:
    """`count` articles, one claim each, a minute apart from T0 (+ start minutes)."""
    rows: list[ClaimRow] = []
    async with session_factory(engine)() as session:
        for n in range(start, start + count):
            subject, claim_type, stance, sentence = SENTENCES[n % len(SENTENCES)]
            at = T0 + timedelta(minutes=n)
            host = ["kyivindependent.com", "reuters.com", "rferl.org"][n % 3]
            article = article_row(
                n,
                title=f"Report {n}",
                content=f"Opening line {n}. {sentence} Closing line.",
                feed_url=f"https://{host}/feed",
                at=at,
            )
            claim = claim_row(
                article,
                subject=subject,
                claim_type=claim_type,
                stance=stance,
                evidence=sentence,
                source="Ukraine" if n % 2 else None,
                at=at,
            )
            session.add_all([article, claim])
            rows.append(claim)
        await session.commit()
    return rows
