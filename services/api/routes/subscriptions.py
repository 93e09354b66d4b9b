"""GET|POST /v1/subscriptions, GET|PATCH|DELETE /v1/subscriptions/{id}.

Any valid key manages its own subscriptions; an admin key sees and edits all.
Another key's subscription answers 404, as an unknown one does. Subscriptions
always need a key, even with open reads: they hold analysts' addresses.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status

from services.alerter import subscriptions as crud
from services.api.deps import KeyDep, SessionDep, SettingsDep
from services.api.routes.common import AUTH_ERRORS, INT32_MAX, NOT_FOUND, not_found
from services.api.schemas import (
    ErrorBody,
    SubscriptionCreate,
    SubscriptionPage,
    SubscriptionPublic,
    SubscriptionUpdate,
)
from shared.db.models import ApiKey, Subscription

router = APIRouter(prefix="/v1/subscriptions", tags=["subscriptions"], responses=AUTH_ERRORS)
SubscriptionId = Annotated[int, Path(ge=1, le=INT32_MAX)]


def subscription_public(subscription: Subscription) -> SubscriptionPublic:
    return SubscriptionPublic(
        id=subscription.id,
        channel=subscription.channel,
        target=crud.mask_target(subscription.channel, subscription.target),
        subjects=subscription.subjects,
        claim_types=subscription.claim_types,
        stances=subscription.stances,
        min_confidence=subscription.min_confidence,
        keywords=subscription.keywords,
        mode=subscription.mode,
        active=subscription.active,
        owner_key_id=subscription.owner_key_id,
        created_at=subscription.created_at,
    )


def _is_admin(key: ApiKey) -> bool:
    return key.scope == "admin"


async def _owned(session: SessionDep, key: ApiKey, subscription_id: int) -> Subscription:
    found = await crud.get_subscription(
        session, subscription_id=subscription_id, owner_key_id=key.id, all_owners=_is_admin(key)
    )
    if found is None:
        raise not_found("subscription")
    return found


@router.get("", response_model=SubscriptionPage)
async def list_subscriptions(session: SessionDep, key: KeyDep) -> SubscriptionPage:
    """The caller's subscriptions (every subscription for an admin key)."""
    rows = await crud.list_subscriptions(session, owner_key_id=key.id, all_owners=_is_admin(key))
    return SubscriptionPage(items=[subscription_public(row) for row in rows])


@router.post(
    "",
    response_model=SubscriptionPublic,
    status_code=status.HTTP_201_CREATED,
    responses={400: {"model": ErrorBody, "description": "unreadable body or refused target"}},
)
async def create_subscription(
    body: SubscriptionCreate, session: SessionDep, settings: SettingsDep, key: KeyDep
) -> SubscriptionPublic:
    """Follow actors (any alias): alerts go to the channel's target."""
    try:
        crud.validate_target(body.channel, body.target, allow_private=settings.allow_private_urls)
    except ValueError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail=str(exc)) from exc
    row = await crud.create_subscription(
        session, data=body, owner_key_id=key.id, now=datetime.now(UTC)
    )
    return subscription_public(row)


@router.get("/{subscription_id}", response_model=SubscriptionPublic, responses=NOT_FOUND)
async def get_subscription(
    subscription_id: SubscriptionId, session: SessionDep, key: KeyDep
) -> SubscriptionPublic:
    return subscription_public(await _owned(session, key, subscription_id))


@router.patch(
    "/{subscription_id}",
    response_model=SubscriptionPublic,
    responses={**NOT_FOUND, 400: {"model": ErrorBody, "description": "unreadable body"}},
)
async def update_subscription(
    subscription_id: SubscriptionId, body: SubscriptionUpdate, session: SessionDep, key: KeyDep
) -> SubscriptionPublic:
    """Change filters, mode or `active`; fields left out stay as they are."""
    row = await _owned(session, key, subscription_id)
    row = await crud.update_subscription(
        session, subscription=row, changes=body.model_dump(exclude_unset=True)
    )
    return subscription_public(row)


@router.delete(
    "/{subscription_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND,
    response_class=Response,
)
async def remove_subscription(
    subscription_id: SubscriptionId, session: SessionDep, key: KeyDep
) -> Response:
    row = await _owned(session, key, subscription_id)
    await crud.remove_subscription(session, subscription=row)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
