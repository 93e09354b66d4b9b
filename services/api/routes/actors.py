"""GET /v1/actors and /v1/actors/{name}/timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from services.api import queries
from services.api.deps import ReaderDep, ResolverDep, SessionDep
from services.api.pagination import encode_offset
from services.api.routes.common import AUTH_ERRORS, BAD_CURSOR, Cursor, Name, Since, Until, offset
from services.api.schemas import ActorPage, ActorPublic, Timeline, TimelineDay

router = APIRouter(prefix="/v1/actors", tags=["actors"], responses=AUTH_ERRORS)


@router.get("", response_model=ActorPage, responses=BAD_CURSOR)
async def list_actors(
    session: SessionDep,
    _key: ReaderDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Cursor = None,
) -> ActorPage:
    """Subjects of claims with their claim counts, first and last seen; most claims first."""
    start = offset("actors", cursor)
    facts = await queries.list_actors(session, limit=limit + 1, offset=start)
    more = len(facts) > limit
    return ActorPage(
        items=[ActorPublic(**fact.__dict__) for fact in facts[:limit]],
        next_cursor=encode_offset("actors", start + limit) if more else None,
    )


@router.get("/{name}/timeline", response_model=Timeline)
async def actor_timeline(
    session: SessionDep,
    _key: ReaderDep,
    resolve: ResolverDep,
    name: Annotated[Name, Path(min_length=1, max_length=512)],
    since: Since = None,
    until: Until = None,
) -> Timeline:
    """Claims about one actor (any alias) per day, newest day first."""
    actor = resolve(name.strip())
    days = await queries.actor_timeline(session, subject=actor, since=since, until=until)
    return Timeline(actor=actor, items=[TimelineDay(**day.__dict__) for day in days])
