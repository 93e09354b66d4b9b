"""GET /v1/claims and /v1/claims/{id}."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from services.api import queries
from services.api.deps import ReaderDep, ResolverDep, SessionDep
from services.api.pagination import encode_keyset
from services.api.routes.common import (
    AUTH_ERRORS,
    BAD_CURSOR,
    NOT_FOUND,
    Cursor,
    Limit,
    Name,
    Since,
    Until,
    keyset,
    not_found,
)
from services.api.schemas import ClaimDetail, ClaimPage, ClaimPublic, Corroboration
from shared.events import ClaimType, Stance

router = APIRouter(prefix="/v1/claims", tags=["claims"], responses=AUTH_ERRORS)


@router.get("", response_model=ClaimPage, responses=BAD_CURSOR)
async def list_claims(
    session: SessionDep,
    _key: ReaderDep,
    resolve: ResolverDep,
    subject: Annotated[
        Name | None, Query(max_length=512, description="an actor or any alias (Beijing → China)")
    ] = None,
    claim_type: ClaimType | None = None,
    stance: Stance | None = None,
    source: Annotated[Name | None, Query(max_length=512)] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[Name | None, Query(max_length=256, description="words, all must match")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ClaimPage:
    """Claims newest first (by extraction time), filtered; `next_cursor` fetches the next page."""
    filters = queries.ClaimFilters(
        subject=resolve(subject.strip()) if subject else None,
        claim_type=claim_type,
        stance=stance,
        source=resolve(source.strip()) if source else None,
        since=since,
        until=until,
        q=q,
    )
    rows, last = await queries.list_claims(
        session, filters=filters, limit=limit, after=keyset("claims", cursor)
    )
    return ClaimPage(
        items=[ClaimPublic.model_validate(row) for row in rows],
        next_cursor=None if last is None else encode_keyset("claims", last),
    )


@router.get("/{claim_id}", response_model=ClaimDetail, responses=NOT_FOUND)
async def get_claim(
    session: SessionDep,
    _key: ReaderDep,
    claim_id: Annotated[Name, Path(max_length=64)],
) -> ClaimDetail:
    """One claim, with its corroboration: other claims with the same fingerprint."""
    row = await queries.get_claim(session, claim_id=claim_id)
    if row is None:
        raise not_found("claim")
    facts = await queries.corroboration(session, fingerprint=row.fingerprint)
    public = ClaimPublic.model_validate(row)
    return ClaimDetail(
        **public.model_dump(),
        corroboration=Corroboration(fingerprint=row.fingerprint, **facts.__dict__),
    )
