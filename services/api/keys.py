"""API keys: `cw_<prefix>_<secret>`; only a SHA-256 hash of the secret is stored.

The secret is 256 random bits, so a fast hash is enough (no password stretching);
the public prefix finds the row, `hmac.compare_digest` compares the hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db.models import ApiKey

Scope = Literal["read", "admin"]
SCOPES: tuple[str, ...] = ("read", "admin")
KEY_TAG = "cw"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def split_key(presented: str) -> tuple[str, str] | None:
    """(prefix, secret) of a well-formed key, else None."""
    tag, _, rest = presented.partition("_")
    prefix, _, secret = rest.partition("_")
    if tag != KEY_TAG or len(prefix) != 12 or not secret or len(secret) > 128:
        return None
    return prefix, secret


async def create_key(
    session: AsyncSession, *, name: str, scope: Scope, now: datetime
) -> tuple[ApiKey, str]:
    """A new key; the plaintext is returned once and never stored."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}")
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    key = ApiKey(name=name, prefix=prefix, key_hash=_hash(secret), scope=scope, created_at=now)
    session.add(key)
    await session.commit()
    await session.refresh(key)
    return key, f"{KEY_TAG}_{prefix}_{secret}"


async def verify_key(session: AsyncSession, *, presented: str) -> ApiKey | None:
    """The live key matching `presented`, or None (unknown, malformed or revoked)."""
    parts = split_key(presented)
    if parts is None:
        return None
    prefix, secret = parts
    key = await session.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
    if key is None or key.revoked_at is not None:
        return None
    if not hmac.compare_digest(key.key_hash, _hash(secret)):
        return None
    return key


async def list_keys(session: AsyncSession) -> list[ApiKey]:
    return list(await session.scalars(select(ApiKey).order_by(ApiKey.id)))


async def revoke_key(session: AsyncSession, *, key_id: int, now: datetime) -> bool:
    key = await session.get(ApiKey, key_id)
    if key is None:
        return False
    if key.revoked_at is None:
        key.revoked_at = now
        await session.commit()
    return True
