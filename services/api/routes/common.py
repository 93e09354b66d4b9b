"""Query parameter types and error responses shared by the routers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import HTTPException, Query, status
from pydantic import AfterValidator

from services.api.pagination import CursorError, Keyset, decode_keyset, decode_offset
from services.api.schemas import ErrorBody, UtcDatetime, clean_text

MAX_LIMIT = 500
INT32_MAX = 2**31 - 1

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1 to {MAX_LIMIT}")]
Cursor = Annotated[
    str | None,
    Query(max_length=512, description="`next_cursor` of the previous page"),
]
Since = Annotated[UtcDatetime | None, Query(description="ISO 8601; naive means UTC")]
Until = Annotated[UtcDatetime | None, Query(description="ISO 8601, exclusive; naive means UTC")]
Name = Annotated[str, AfterValidator(clean_text)]

AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "missing or invalid API key"},
    403: {"model": ErrorBody, "description": "the key's scope does not allow this"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody, "description": "not found"}}
BAD_CURSOR: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "invalid cursor"}
}


def keyset(kind: str, cursor: str | None) -> Keyset | None:
    if cursor is None:
        return None
    try:
        return decode_keyset(kind, cursor)
    except CursorError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail=str(exc)) from exc


def offset(kind: str, cursor: str | None) -> int:
    if cursor is None:
        return 0
    try:
        return decode_offset(kind, cursor)
    except CursorError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail=str(exc)) from exc


def not_found(what: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"{what} not found")
