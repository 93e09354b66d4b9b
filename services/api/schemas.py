"""Request and response models of the HTTP API (a Base/Create/Update/Public family per entity)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AliasChoices, BaseModel, ConfigDict, Field

from services.alerter.subscriptions import Channel, Mode, SubscriptionCreate, SubscriptionUpdate
from services.fetcher.registry import FeedCreate, clean_text
from shared.events import ClaimType, Stance, SubjectKind

__all__ = ["FeedCreate", "SubscriptionCreate", "SubscriptionUpdate", "clean_text"]


def utc_moment(value: datetime) -> datetime:
    """A timestamp filter in UTC; a naive one is taken as UTC."""
    try:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("timestamp out of range") from exc


CleanStr = Annotated[str, AfterValidator(clean_text)]
UtcDatetime = Annotated[datetime, AfterValidator(utc_moment)]


class ErrorBody(BaseModel):
    detail: str


class Quantity(BaseModel):
    text: str
    value: float
    unit: str


class ClaimPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    article_id: str
    subject: str
    subject_kind: SubjectKind | str
    claim_type: ClaimType | str
    stance: Stance | str
    source: str | None
    recipient: str | None
    products: list[str]
    quantities: list[dict[str, Any]]
    evidence: str
    start: int = Field(validation_alias=AliasChoices("start_offset", "start"))
    end: int = Field(validation_alias=AliasChoices("end_offset", "end"))
    confidence: float
    fingerprint: str
    article_url: str
    article_title: str
    feed_url: str | None
    published_at: datetime | None
    extracted_at: datetime
    extractor_version: str


class Corroboration(BaseModel):
    """Other claims with the same fingerprint (subject, claim type, stance)."""

    fingerprint: str
    claim_count: int
    outlets: list[str]
    first_seen_at: datetime | None
    last_seen_at: datetime | None


class ClaimDetail(ClaimPublic):
    corroboration: Corroboration


class ArticlePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    feed_id: int | None
    feed_url: str | None
    url: str
    title: str
    summary: str
    language: str | None
    authors: list[str]
    published_at: datetime | None
    fetched_at: datetime
    stored_at: datetime


class ArticleDetail(ArticlePublic):
    content: str
    claims: list[ClaimPublic]


class ActorPublic(BaseModel):
    name: str
    claim_count: int
    first_seen_at: datetime
    last_seen_at: datetime


class TimelineDay(BaseModel):
    day: date
    claim_count: int
    claim_types: dict[str, int]
    stances: dict[str, int]


class Timeline(BaseModel):
    actor: str
    items: list[TimelineDay]
    next_cursor: str | None = None


class FeedPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    url: str
    title: str | None
    interval_seconds: int
    full_text: bool
    status: str
    consecutive_errors: int
    last_error: str | None
    last_checked_at: datetime | None
    next_check_at: datetime
    disabled: bool
    disabled_reason: str | None
    items_seen: int
    created_at: datetime


class SubscriptionPublic(BaseModel):
    """A subscription as shown: webhook and Slack targets are masked."""

    id: int
    channel: Channel | str
    target: str
    subjects: list[str]
    claim_types: list[str]
    stances: list[str]
    min_confidence: float
    keywords: list[str]
    mode: Mode | str
    active: bool
    owner_key_id: int | None
    created_at: datetime


class ClaimPage(BaseModel):
    items: list[ClaimPublic]
    next_cursor: str | None


class ArticlePage(BaseModel):
    items: list[ArticlePublic]
    next_cursor: str | None


class ActorPage(BaseModel):
    items: list[ActorPublic]
    next_cursor: str | None


class FeedPage(BaseModel):
    items: list[FeedPublic]
    next_cursor: str | None = None


class SubscriptionPage(BaseModel):
    items: list[SubscriptionPublic]
    next_cursor: str | None = None


class Health(BaseModel):
    status: str
