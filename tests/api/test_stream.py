from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine

from services.api.app import create_app
from tests.api.conftest import settings_for
from tests.api.server import serve
from tests.api.support import make_keys, resolve, seed


async def events(response: httpx.Response) -> AsyncIterator[dict[str, str]]:
    """Parse server-sent events (comments come back as {"comment": ...})."""
    event: dict[str, str] = {}
    async for line in response.aiter_lines():
        if line.startswith(":"):
            yield {"comment": line[1:].strip()}
        elif not line:
            if event:
                yield event
            event = {}
        else:
            name, _, value = line.partition(":")
            event[name] = value.removeprefix(" ")


async def next_claims(stream: AsyncIterator[dict[str, str]], count: int) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    async with asyncio.timeout(10):
        async for event in stream:
            if event.get("event") == "claim":
                found.append(event)
                if len(found) == count:
                    return found
    return found


async def test_stream_sends_new_claims_and_resumes(engine: AsyncEngine, database_url: str) -> None:
    keys = await make_keys(engine)
    await seed(engine, 3)  # history: not sent to a fresh connection
    app = create_app(settings_for(database_url), resolve_actor=resolve)
    app.state.stream_poll_seconds = 0.05
    app.state.stream_heartbeat_seconds = 0.2
    headers = {"Authorization": f"Bearer {keys.read}"}
    async with serve(app) as base, httpx.AsyncClient(base_url=base, timeout=10) as client:
        unauthorized = await client.get("/v1/stream")
        assert unauthorized.status_code == 401
        async with client.stream("GET", "/v1/stream", headers=headers) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            stream = events(response)
            async with asyncio.timeout(10):
                async for event in stream:  # a heartbeat while nothing is new
                    if event.get("comment") == "keep-alive":
                        break
            rows = await seed(engine, 1, start=3)
            [first] = await next_claims(stream, 1)
            assert json.loads(first["data"])["id"] == rows[0].id
        more = await seed(engine, 2, start=4)
        resumed = {**headers, "Last-Event-ID": first["id"]}
        async with client.stream("GET", "/v1/stream", headers=resumed) as response:
            got = await next_claims(events(response), 2)
            assert [json.loads(e["data"])["id"] for e in got] == [r.id for r in more]
        bad = await client.get("/v1/stream", headers={**headers, "Last-Event-ID": "garbage"})
        assert bad.status_code == 400
