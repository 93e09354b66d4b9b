"""The analyst web page: server-rendered, autoescaped Jinja2 templates.

Reads follow the API's rule: open when `api_open_reads`, else the pages say a key
is needed (browsers send no bearer header on navigation). Writes (subscriptions)
go through the JSON API with `fetch()` and an API key the analyst types in, kept
in localStorage: never a cookie, so no cross-site request can write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from services.alerter.subscriptions import unsubscribe
from services.api import queries
from services.api.deps import ResolverDep, SessionDep, SettingsDep
from services.api.pagination import CursorError, decode_keyset, encode_keyset
from shared.events import CLAIM_TYPES, STANCES

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parents[1] / "templates")
PAGE_SIZE = 50


def safe_url(url: str | None) -> str:
    """Only http(s) links reach the page (a feed could carry `javascript:` URLs)."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return "#"


templates.env.filters["safe_url"] = safe_url


@dataclass(frozen=True)
class Highlight:
    before: str
    evidence: str
    after: str


def highlight(text: str, start: int, end: int, evidence: str) -> Highlight | None:
    """Split the article text around the evidence: by its offsets, else by searching."""
    if 0 <= start < end <= len(text) and text[start:end] == evidence:
        return Highlight(text[:start], text[start:end], text[end:])
    found = text.find(evidence) if evidence else -1
    if found < 0:
        return None
    return Highlight(text[:found], evidence, text[found + len(evidence) :])


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _closed(request: Request) -> HTMLResponse:
    return _page(
        request,
        "message.html",
        401,
        title="API key needed",
        message="Reads need an API key on this server. Use the JSON API with "
        "`Authorization: Bearer <key>`, or run with CLAIMWATCH_API_OPEN_READS=true.",
    )


def _parse_day(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@router.get("/", response_class=HTMLResponse)
async def claims_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    resolve: ResolverDep,
    subject: Annotated[str, Query(max_length=512)] = "",
    claim_type: Annotated[str, Query(max_length=64)] = "",
    stance: Annotated[str, Query(max_length=64)] = "",
    since: Annotated[str, Query(max_length=64)] = "",
    q: Annotated[str, Query(max_length=256)] = "",
    cursor: Annotated[str, Query(max_length=512)] = "",
) -> HTMLResponse:
    if not settings.api_open_reads:
        return _closed(request)
    form = {"subject": subject, "claim_type": claim_type, "stance": stance, "since": since, "q": q}
    error = None
    try:
        if "\x00" in "".join(form.values()):
            raise ValueError("filters must not contain NUL characters")
        if claim_type and claim_type not in CLAIM_TYPES:
            raise ValueError(f"unknown claim type {claim_type!r}")
        if stance and stance not in STANCES:
            raise ValueError(f"unknown stance {stance!r}")
        filters = queries.ClaimFilters(
            subject=resolve(subject.strip()) if subject.strip() else None,
            claim_type=claim_type or None,
            stance=stance or None,
            since=_parse_day(since) if since else None,
            q=q.strip() or None,
        )
        after = decode_keyset("claims", cursor) if cursor else None
    except (ValueError, OverflowError, CursorError) as exc:
        error = str(exc)
    if error is not None:
        return _page(
            request,
            "claims.html",
            400,
            claims=[],
            form=form,
            error=error,
            claim_types=CLAIM_TYPES,
            stances=STANCES,
            next_url=None,
        )
    rows, last = await queries.list_claims(session, filters=filters, limit=PAGE_SIZE, after=after)
    next_url = None
    if last is not None:
        next_url = "/?" + urlencode({**form, "cursor": encode_keyset("claims", last)})
    return _page(
        request,
        "claims.html",
        claims=rows,
        form=form,
        error=None,
        claim_types=CLAIM_TYPES,
        stances=STANCES,
        next_url=next_url,
    )


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
async def claim_page(
    request: Request, claim_id: str, session: SessionDep, settings: SettingsDep
) -> HTMLResponse:
    if not settings.api_open_reads:
        return _closed(request)
    claim = await queries.get_claim(session, claim_id=claim_id[:64].replace("\x00", ""))
    if claim is None:
        return _page(request, "message.html", 404, title="Not found", message="No such claim.")
    found = await queries.get_article(session, article_id=claim.article_id)
    marked = None
    if found is not None:
        article = found[0]
        body = article.content or article.summary
        text = f"{article.title}\n\n{body}" if body else article.title
        marked = highlight(text, claim.start_offset, claim.end_offset, claim.evidence)
    facts = await queries.corroboration(session, fingerprint=claim.fingerprint)
    return _page(request, "claim.html", claim=claim, marked=marked, facts=facts)


@router.get("/actors/{name}", response_class=HTMLResponse)
async def actor_page(
    request: Request, name: str, session: SessionDep, settings: SettingsDep, resolve: ResolverDep
) -> HTMLResponse:
    if not settings.api_open_reads:
        return _closed(request)
    actor = resolve(name[:512].replace("\x00", "").strip())
    days = await queries.actor_timeline(session, subject=actor, since=None, until=None)
    rows, _ = await queries.list_claims(
        session, filters=queries.ClaimFilters(subject=actor), limit=PAGE_SIZE, after=None
    )
    peak = max((day.claim_count for day in days), default=1)
    return _page(request, "actor.html", actor=actor, days=days, claims=rows, peak=peak)


@router.get("/subscriptions", response_class=HTMLResponse)
async def subscriptions_page(request: Request) -> HTMLResponse:
    return _page(request, "subscriptions.html", claim_types=CLAIM_TYPES, stances=STANCES)


@router.get("/v1/unsubscribe", response_class=HTMLResponse)
async def unsubscribe_page(
    request: Request, token: Annotated[str, Query(max_length=128)] = ""
) -> HTMLResponse:
    """Asks for confirmation: link scanners in mail systems follow GETs."""
    return _page(request, "unsubscribe.html", token=token, done=None)


@router.post("/v1/unsubscribe", response_class=HTMLResponse)
async def unsubscribe_confirm(
    request: Request, session: SessionDep, token: Annotated[str, Query(max_length=128)] = ""
) -> HTMLResponse:
    """The confirmation form, or a one-click `List-Unsubscribe-Post` (RFC 8058)."""
    body = (await request.body()).decode("utf-8", errors="replace")
    token = (parse_qs(body).get("token") or [token])[0][:128].replace("\x00", "")
    done = await unsubscribe(session, token=token)
    return _page(request, "unsubscribe.html", 200 if done else 404, token="", done=done)
