from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from services.api.app import create_app
from shared.settings import Settings
from tests.api.support import Keys, make_keys, resolve


def settings_for(url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": url,
        "api_open_reads": False,
        "allow_private_urls": False,
    }
    return Settings(**(values | overrides))  # type: ignore[arg-type]


@dataclass
class Api:
    app: FastAPI
    client: httpx.AsyncClient
    keys: Keys
    engine: AsyncEngine

    def auth(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}"}

    @property
    def admin(self) -> dict[str, str]:
        return self.auth(self.keys.admin)

    @property
    def reader(self) -> dict[str, str]:
        return self.auth(self.keys.read)


ApiFactory = Callable[..., "AsyncIterator[Api]"]


@pytest.fixture
async def make_api(engine: AsyncEngine, database_url: str):
    """Build an app over the test database with settings overrides; lifespan run."""
    keys = await make_keys(engine)
    stack: list[tuple[AbstractAsyncContextManager[Any], httpx.AsyncClient]] = []

    async def build(**overrides: object) -> Api:
        app = create_app(settings_for(database_url, **overrides), resolve_actor=resolve)
        lifespan = app.router.lifespan_context(app)
        await lifespan.__aenter__()
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )
        stack.append((lifespan, client))
        return Api(app, client, keys, engine)

    yield build
    for lifespan, client in reversed(stack):
        await client.aclose()
        await lifespan.__aexit__(None, None, None)


@pytest.fixture
async def api(make_api) -> Api:
    return await make_api()


@pytest.fixture
async def open_api(make_api) -> Api:
    return await make_api(api_open_reads=True)
