"""Event models carried on Kafka topics, serialized as JSON.

Every event has a `schema_version`; consumers reject versions they do not know
as poison (they go to the dead-letter topic) rather than guessing.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ARTICLES_TOPIC = "claimwatch.articles.v1"
CLAIMS_TOPIC = "claimwatch.claims.v1"
DEADLETTER_TOPIC = "claimwatch.deadletter.v1"

ClaimType = Literal[
    "drone_supply",
    "drone_production",
    "component_supply",
    "weapons_supply",
    "sanctions_evasion",
    "personnel",
    "sanctions_imposed",
]
CLAIM_TYPES: tuple[str, ...] = ClaimType.__args__  # type: ignore[attr-defined]
Stance = Literal["asserted", "denied"]
STANCES: tuple[str, ...] = Stance.__args__  # type: ignore[attr-defined]
SubjectKind = Literal["country", "organization", "person", "group"]


def stable_hash(*parts: str, length: int = 32) -> str:
    """A short, stable, collision-resistant id built from its parts."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Article(BaseModel):
    """One news item, as the fetcher publishes it (key: `id`)."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = 1
    id: str
    feed_id: int | None = None
    feed_url: str | None = None
    url: str
    title: str
    summary: str = ""
    content: str = ""
    language: str | None = None
    authors: list[str] = Field(default_factory=list)
    published_at: datetime | None = None
    fetched_at: datetime
    content_hash: str

    def text(self) -> str:
        """The text claims are extracted from: title line, blank line, body.

        Claim `start`/`end` offsets index this string.
        """
        body = self.content or self.summary
        return f"{self.title}\n\n{body}" if body else self.title


class Quantity(BaseModel):
    text: str
    value: float
    unit: str


class ClaimFields(BaseModel):
    """What the extractor finds in one article (the fields of claims.md but `article`)."""

    subject: str
    subject_kind: SubjectKind
    claim_type: ClaimType
    stance: Stance
    source: str | None = None
    recipient: str | None = None
    products: list[str] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    evidence: str
    start: int
    end: int
    confidence: float = Field(ge=0.0, le=1.0)


def claim_fingerprint(subject: str, claim_type: str, stance: str) -> str:
    """The novelty key: the same accusation seen again is corroboration, not news."""
    return stable_hash(subject.casefold(), claim_type, stance)


def claim_id(article_id: str, subject: str, claim_type: str, stance: str) -> str:
    """One claim per (article, subject, claim_type, stance): replays land on the same row."""
    return stable_hash(article_id, subject.casefold(), claim_type, stance)


class Claim(ClaimFields):
    """A claim as published on the claims topic (key: `subject`)."""

    schema_version: Literal[1] = 1
    id: str
    article: str
    article_url: str
    article_title: str
    feed_url: str | None = None
    published_at: datetime | None = None
    extracted_at: datetime
    fingerprint: str
    extractor_version: str

    @classmethod
    def from_fields(
        cls,
        fields: ClaimFields,
        *,
        article: Article,
        extracted_at: datetime,
        extractor_version: str,
    ) -> Claim:
        return cls(
            **fields.model_dump(),
            id=claim_id(article.id, fields.subject, fields.claim_type, fields.stance),
            article=article.id,
            article_url=article.url,
            article_title=article.title,
            feed_url=article.feed_url,
            published_at=article.published_at,
            extracted_at=extracted_at,
            fingerprint=claim_fingerprint(fields.subject, fields.claim_type, fields.stance),
            extractor_version=extractor_version,
        )
