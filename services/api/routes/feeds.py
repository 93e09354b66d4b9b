"""GET|POST /v1/feeds, DELETE /v1/feeds/{id}."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status

from services.api.deps import AdminDep, ReaderDep, SessionDep, SettingsDep
from services.api.routes.common import AUTH_ERRORS, INT32_MAX, NOT_FOUND, not_found
from services.api.schemas import ErrorBody, FeedCreate, FeedPage, FeedPublic
from services.fetcher import registry
from shared.db.models import Feed

router = APIRouter(prefix="/v1/feeds", tags=["feeds"], responses=AUTH_ERRORS)
FeedId = Annotated[int, Path(ge=1, le=INT32_MAX)]


def feed_public(feed: Feed) -> FeedPublic:
    state = "disabled" if feed.disabled else (feed.last_status or "pending")
    return FeedPublic.model_validate({**feed.__dict__, "status": state})


@router.get("", response_model=FeedPage)
async def list_feeds(session: SessionDep, _key: ReaderDep) -> FeedPage:
    """Every feed with its health: status, consecutive errors, last error, next check."""
    return FeedPage(items=[feed_public(feed) for feed in await registry.list_feeds(session)])


@router.post(
    "",
    response_model=FeedPublic,
    status_code=status.HTTP_201_CREATED,
    responses={
        400: {"model": ErrorBody, "description": "unreadable body or refused URL"},
        409: {"model": ErrorBody, "description": "feed already registered"},
    },
)
async def add_feed(
    body: FeedCreate, session: SessionDep, settings: SettingsDep, _key: AdminDep
) -> FeedPublic:
    """Register a feed (admin); it is fetched at the next scheduler tick."""
    try:
        url = registry.check_url(body.url, allow_private=settings.allow_private_urls)
    except registry.InvalidUrlError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail=str(exc)) from exc
    try:
        feed = await registry.add_feed(
            session,
            url=url,
            title=body.title,
            interval_seconds=body.interval_seconds,
            full_text=body.full_text,
            now=datetime.now(UTC),
        )
    except registry.FeedExistsError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, detail=str(exc)) from exc
    return feed_public(feed)


@router.get("/{feed_id}", response_model=FeedPublic, responses=NOT_FOUND)
async def get_feed(feed_id: FeedId, session: SessionDep, _key: ReaderDep) -> FeedPublic:
    feed = await registry.get_feed(session, feed_id=feed_id)
    if feed is None:
        raise not_found("feed")
    return feed_public(feed)


@router.delete(
    "/{feed_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND,
    response_class=Response,
)
async def remove_feed(feed_id: FeedId, session: SessionDep, _key: AdminDep) -> Response:
    """Remove a feed (admin); its stored articles and claims stay."""
    if not await registry.remove_feed(session, feed_id=feed_id):
        raise not_found("feed")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
