"""GET /v1/articles and /v1/articles/{id}."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from services.api import queries
from services.api.deps import ReaderDep, SessionDep
from services.api.pagination import encode_keyset
from services.api.routes.common import (
    AUTH_ERRORS,
    BAD_CURSOR,
    INT32_MAX,
    NOT_FOUND,
    Cursor,
    Limit,
    Name,
    Since,
    keyset,
    not_found,
)
from services.api.schemas import ArticleDetail, ArticlePage, ArticlePublic, ClaimPublic

router = APIRouter(prefix="/v1/articles", tags=["articles"], responses=AUTH_ERRORS)


@router.get("", response_model=ArticlePage, responses=BAD_CURSOR)
async def list_articles(
    session: SessionDep,
    _key: ReaderDep,
    feed_id: Annotated[int | None, Query(ge=1, le=INT32_MAX)] = None,
    since: Since = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ArticlePage:
    """Stored articles newest first (by storage time)."""
    rows, last = await queries.list_articles(
        session, feed_id=feed_id, since=since, limit=limit, after=keyset("articles", cursor)
    )
    return ArticlePage(
        items=[ArticlePublic.model_validate(row) for row in rows],
        next_cursor=None if last is None else encode_keyset("articles", last),
    )


@router.get("/{article_id}", response_model=ArticleDetail, responses=NOT_FOUND)
async def get_article(
    session: SessionDep,
    _key: ReaderDep,
    article_id: Annotated[Name, Path(max_length=64)],
) -> ArticleDetail:
    """One article with its text and the claims found in it."""
    found = await queries.get_article(session, article_id=article_id)
    if found is None:
        raise not_found("article")
    article, claims = found
    return ArticleDetail(
        **ArticlePublic.model_validate(article).model_dump(),
        content=article.content,
        claims=[ClaimPublic.model_validate(claim) for claim in claims],
    )
