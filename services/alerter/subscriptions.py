"""Subscriptions: who follows which actors, and where their alerts go (keyword-only CRUD)."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, model_validator
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.fetcher.registry import InvalidUrlError, check_url, clean_text
from shared.db.models import Subscription
from shared.events import ClaimType, Stance

Channel = Literal["email", "slack", "webhook", "file"]
Mode = Literal["immediate", "digest"]
EMAIL = re.compile(r"^[^@\s<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$")
FILE_TARGET = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")

Name = Annotated[str, Field(min_length=1, max_length=256), AfterValidator(clean_text)]
Word = Annotated[str, Field(min_length=1, max_length=128), AfterValidator(clean_text)]


class SubscriptionBase(BaseModel):
    subjects: Annotated[list[Name], Field(min_length=1, max_length=100)]
    claim_types: Annotated[list[ClaimType], Field(max_length=20)] = []
    stances: Annotated[list[Stance], Field(max_length=2)] = []
    min_confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 0.0
    keywords: Annotated[list[Word], Field(max_length=100)] = []
    mode: Mode = "immediate"


class SubscriptionCreate(SubscriptionBase):
    channel: Channel
    target: Annotated[str, Field(min_length=1, max_length=2048), AfterValidator(clean_text)]

    @model_validator(mode="after")
    def _target_fits_channel(self) -> SubscriptionCreate:
        self.target = validate_target(self.channel, self.target, allow_private=True)
        return self


class SubscriptionUpdate(BaseModel):
    """A partial change; channel and target are fixed once created (delete and re-add)."""

    subjects: Annotated[list[Name] | None, Field(min_length=1, max_length=100)] = None
    claim_types: Annotated[list[ClaimType] | None, Field(max_length=20)] = None
    stances: Annotated[list[Stance] | None, Field(max_length=2)] = None
    min_confidence: Annotated[float | None, Field(ge=0.0, le=1.0)] = None
    keywords: Annotated[list[Word] | None, Field(max_length=100)] = None
    mode: Mode | None = None
    active: bool | None = None


def validate_target(channel: str, target: str, *, allow_private: bool) -> str:
    """Raise ValueError unless `target` is a valid destination for `channel`."""
    target = target.strip()
    if channel == "email":
        if not EMAIL.match(target):
            raise ValueError("email target must be an email address")
    elif channel in ("slack", "webhook"):
        try:
            check_url(target, allow_private=allow_private)
        except InvalidUrlError as exc:
            raise ValueError(f"{channel} target: {exc}") from exc
        if channel == "slack" and not target.startswith("https://") and not allow_private:
            raise ValueError("slack target must be an https URL")
    elif channel == "file":
        if not FILE_TARGET.match(target) or ".." in target:
            raise ValueError("file target must be a plain file name (letters, digits, . _ -)")
    else:
        raise ValueError(f"unknown channel {channel!r}")
    return target


def mask_target(channel: str, target: str) -> str:
    """What lists and API responses show: secrets in webhook and Slack URLs are hidden."""
    if channel not in ("slack", "webhook"):
        return target
    scheme, sep, rest = target.partition("://")
    host = rest.split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    if not sep or not host:
        return "****"
    return f"{scheme}://{host}/…/****"


async def create_subscription(
    session: AsyncSession,
    *,
    data: SubscriptionCreate,
    owner_key_id: int | None,
    now: datetime,
) -> Subscription:
    subscription = Subscription(
        channel=data.channel,
        target=data.target,
        subjects=list(data.subjects),
        claim_types=list(data.claim_types),
        stances=list(data.stances),
        min_confidence=data.min_confidence,
        keywords=list(data.keywords),
        mode=data.mode,
        owner_key_id=owner_key_id,
        unsubscribe_token=secrets.token_urlsafe(32),
        active=True,
        created_at=now,
    )
    session.add(subscription)
    await session.commit()
    await session.refresh(subscription)
    return subscription


async def list_subscriptions(
    session: AsyncSession, *, owner_key_id: int | None = None, all_owners: bool = True
) -> list[Subscription]:
    """Every subscription (all_owners), or only those of one key."""
    query = select(Subscription).order_by(Subscription.id)
    if not all_owners:
        query = query.where(Subscription.owner_key_id == owner_key_id)
    return list(await session.scalars(query))


async def get_subscription(
    session: AsyncSession,
    *,
    subscription_id: int,
    owner_key_id: int | None = None,
    all_owners: bool = True,
) -> Subscription | None:
    """One subscription; None when unknown or (unless all_owners) another key's."""
    subscription = await session.get(Subscription, subscription_id)
    if subscription is None:
        return None
    if not all_owners and subscription.owner_key_id != owner_key_id:
        return None
    return subscription


async def update_subscription(
    session: AsyncSession, *, subscription: Subscription, changes: Mapping[str, Any]
) -> Subscription:
    for name, value in changes.items():
        if name not in SubscriptionUpdate.model_fields:
            raise ValueError(f"unknown field {name!r}")
        if value is not None:
            setattr(subscription, name, list(value) if isinstance(value, list) else value)
    await session.commit()
    await session.refresh(subscription)
    return subscription


async def remove_subscription(session: AsyncSession, *, subscription: Subscription) -> None:
    await session.delete(subscription)
    await session.commit()


async def unsubscribe(session: AsyncSession, *, token: str) -> bool:
    """Deactivate the subscription with this token; False when the token is unknown."""
    if not token or len(token) > 64:
        return False
    subscription = await session.scalar(
        select(Subscription).where(Subscription.unsubscribe_token == token)
    )
    if subscription is None:
        return False
    if subscription.active:
        subscription.active = False
        await session.commit()
    return True
