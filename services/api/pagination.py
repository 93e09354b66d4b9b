"""Opaque, validated cursors for keyset pagination.

A cursor names the last row of a page by its sort key, newest first:
(extracted_at, id) for claims, (stored_at, id) for articles. Rows inserted while
a client pages cannot shift later pages, unlike OFFSET.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime

MAX_CURSOR_LENGTH = 512


class CursorError(ValueError):
    """A cursor this API did not hand out (or for another list)."""


@dataclass(frozen=True)
class Keyset:
    at: datetime
    id: str


def _b64encode(payload: object) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _b64decode(cursor: str) -> object:
    if not cursor or len(cursor) > MAX_CURSOR_LENGTH:
        raise CursorError("invalid cursor")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise CursorError("invalid cursor") from exc


def encode_keyset(kind: str, key: Keyset) -> str:
    return _b64encode([kind, key.at.astimezone(UTC).isoformat(), key.id])


def decode_keyset(kind: str, cursor: str) -> Keyset:
    payload = _b64decode(cursor)
    if not (isinstance(payload, list) and len(payload) == 3 and payload[0] == kind):
        raise CursorError(f"invalid cursor for this list ({kind})")
    _, at, key_id = payload
    if not isinstance(at, str) or not isinstance(key_id, str) or len(key_id) > 64:
        raise CursorError("invalid cursor")
    try:
        moment = datetime.fromisoformat(at)
    except ValueError as exc:
        raise CursorError("invalid cursor") from exc
    if moment.tzinfo is None:
        raise CursorError("invalid cursor")
    return Keyset(at=moment.astimezone(UTC), id=key_id)


def encode_offset(kind: str, offset: int) -> str:
    return _b64encode([kind, offset])


def decode_offset(kind: str, cursor: str) -> int:
    payload = _b64decode(cursor)
    if not (isinstance(payload, list) and len(payload) == 2 and payload[0] == kind):
        raise CursorError(f"invalid cursor for this list ({kind})")
    offset = payload[1]
    if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset <= 10**7:
        raise CursorError("invalid cursor")
    return offset
