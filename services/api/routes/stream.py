"""GET /v1/stream: server-sent events of new claims.

Polls the database about every half second for claims newer than the last one
sent; each event's `id` is a cursor, so a client reconnecting with
`Last-Event-ID` resumes where it stopped. Without it the stream starts at the
newest claim (only new claims). A comment line every 15 s keeps proxies open.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse

from services.api import queries
from services.api.deps import ReaderDep
from services.api.pagination import Keyset, encode_keyset
from services.api.routes.common import AUTH_ERRORS, BAD_CURSOR, keyset
from services.api.schemas import ClaimPublic

router = APIRouter(tags=["stream"], responses=AUTH_ERRORS)
POLL_SECONDS = 0.5
HEARTBEAT_SECONDS = 15.0
BATCH = 200


async def claim_events(
    request: Request, after: Keyset | None, *, poll: float, heartbeat: float
) -> AsyncIterator[str]:
    sessions = request.app.state.sessions
    if after is None:
        async with sessions() as session:
            after = await queries.latest_claim_key(session)
    yield "retry: 2000\n\n"
    last_beat = time.monotonic()
    while not await request.is_disconnected():
        async with sessions() as session:
            rows = await queries.claims_after(session, after=after, limit=BATCH)
        for row in rows:
            after = Keyset(at=row.extracted_at, id=row.id)
            data = ClaimPublic.model_validate(row).model_dump_json()
            yield f"id: {encode_keyset('claims', after)}\nevent: claim\ndata: {data}\n\n"
        if rows:
            last_beat = time.monotonic()
        elif time.monotonic() - last_beat >= heartbeat:
            last_beat = time.monotonic()
            yield ": keep-alive\n\n"
        if len(rows) < BATCH:
            await asyncio.sleep(poll)


@router.get(
    "/v1/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}, **BAD_CURSOR},
)
async def stream(
    request: Request,
    _key: ReaderDep,
    last_event_id: Annotated[str | None, Header(max_length=512)] = None,
) -> StreamingResponse:
    """New claims as server-sent events (`event: claim`, JSON data, cursor ids)."""
    after = keyset("claims", last_event_id)
    state = request.app.state
    return StreamingResponse(
        claim_events(
            request,
            after,
            poll=getattr(state, "stream_poll_seconds", POLL_SECONDS),
            heartbeat=getattr(state, "stream_heartbeat_seconds", HEARTBEAT_SECONDS),
        ),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
