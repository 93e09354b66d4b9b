"""Typed dependencies: settings, a database session, the caller's API key and its scope."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from services.api.keys import verify_key
from shared.db.models import ApiKey
from shared.settings import Settings

bearer = HTTPBearer(
    auto_error=False,
    description="An API key from `claimwatch keys create --scope read|admin`.",
)


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessions() as session:
        yield session


def get_resolver(request: Request) -> Callable[[str], str]:
    resolve: Callable[[str], str] = request.app.state.resolve_actor
    return resolve


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
ResolverDep = Annotated[Callable[[str], str], Depends(get_resolver)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"}
    )


async def optional_key(session: SessionDep, credentials: Credentials) -> ApiKey | None:
    """The caller's key; None without an Authorization header; 401 for a bad key."""
    if credentials is None:
        return None
    key = await verify_key(session, presented=credentials.credentials)
    if key is None:
        raise unauthorized("invalid or revoked API key")
    return key


async def read_access(
    settings: SettingsDep, key: Annotated[ApiKey | None, Depends(optional_key)]
) -> ApiKey | None:
    if key is None and not settings.api_open_reads:
        raise unauthorized("an API key is required: Authorization: Bearer <key>")
    return key


async def any_key(key: Annotated[ApiKey | None, Depends(optional_key)]) -> ApiKey:
    if key is None:
        raise unauthorized("an API key is required: Authorization: Bearer <key>")
    return key


async def admin_key(key: Annotated[ApiKey, Depends(any_key)]) -> ApiKey:
    if key.scope != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="this needs an admin API key")
    return key


ReaderDep = Annotated[ApiKey | None, Depends(read_access)]
KeyDep = Annotated[ApiKey, Depends(any_key)]
AdminDep = Annotated[ApiKey, Depends(admin_key)]
