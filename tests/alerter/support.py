"""Test kit for the alerter: a fake clock, claims, subscriptions, and real loopback
servers (aiosmtpd for SMTP, a tiny asyncio HTTP/1.1 receiver for Slack and webhooks)."""

from __future__ import annotations

import asyncio
import random
import socket
import time
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from prometheus_client import CollectorRegistry
from sqlalchemy import event
from sqlalchemy.engine.default import CACHE_HIT
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from services.alerter.dispatch import Dispatcher, DispatchOptions
from services.alerter.metrics import AlerterMetrics
from services.alerter.notification import DeadLetter, Notifier
from services.alerter.retry import RetryPolicy
from shared.db.models import Subscription
from shared.events import Claim, claim_fingerprint, claim_id

T0 = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
ALIASES = {"beijing": "China", "prc": "China", "tehran": "Iran", "pyongyang": "North Korea"}


def resolve(name: str) -> str:
    return ALIASES.get(name.casefold(), name)


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.now.timestamp()

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def make_claim(
    *,
    subject: str = "China",
    claim_type: str = "drone_supply",
    stance: str = "asserted",
    article: str | None = None,
    title: str = "China ships drones to Russia",
    evidence: str = "Officials said China supplied Shahed-type drones to Russia.",
    source: str | None = "Reuters",
    confidence: float = 0.9,
    extracted_at: datetime = T0,
) -> Claim:
    article = article or uuid.uuid4().hex
    return Claim(
        subject=subject,
        subject_kind="country",
        claim_type=claim_type,  # type: ignore[arg-type]
        stance=stance,  # type: ignore[arg-type]
        source=source,
        recipient="Russia",
        products=["Shahed-136"],
        evidence=evidence,
        start=0,
        end=len(evidence),
        confidence=confidence,
        id=claim_id(article, subject, claim_type, stance),
        article=article,
        article_url=f"https://news.example/{article}",
        article_title=title,
        extracted_at=extracted_at,
        fingerprint=claim_fingerprint(subject, claim_type, stance),
        extractor_version="test",
    )


async def add_subscription(
    sf: async_sessionmaker[AsyncSession], *, channel: str = "file", target: str = "", **fields: Any
) -> int:
    async with sf() as session, session.begin():
        row = Subscription(
            channel=channel,
            target=target,
            subjects=fields.pop("subjects", []),
            claim_types=fields.pop("claim_types", []),
            stances=fields.pop("stances", []),
            min_confidence=fields.pop("min_confidence", 0.0),
            keywords=fields.pop("keywords", []),
            mode=fields.pop("mode", "immediate"),
            unsubscribe_token=fields.pop("unsubscribe_token", uuid.uuid4().hex),
            active=fields.pop("active", True),
            created_at=T0,
            **fields,
        )
        session.add(row)
        await session.flush()
        return row.id


@dataclass(frozen=True)
class Executed:
    verb: str  # INSERT, UPDATE, SELECT, ...
    sql: str
    cached: bool  # the compiled form came from SQLAlchemy's statement cache


@contextmanager
def statements(sf: async_sessionmaker[AsyncSession]) -> Iterator[list[Executed]]:
    """The SQL statements run on the session factory's engine inside the block."""
    engine: AsyncEngine = sf.kw["bind"]
    seen: list[Executed] = []

    def record(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        cached = context is not None and context.cache_hit is CACHE_HIT
        seen.append(Executed(sql.split(None, 1)[0].upper(), sql, cached))

    event.listen(engine.sync_engine, "after_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "after_cursor_execute", record)


@dataclass
class Harness:
    dispatcher: Dispatcher
    clock: FakeClock
    deadletters: list[DeadLetter]
    metrics: AlerterMetrics
    registry: CollectorRegistry

    def sample(self, name: str, **labels: str) -> float:
        return self.registry.get_sample_value(name, labels) or 0.0


def make_dispatcher(
    sf: async_sessionmaker[AsyncSession],
    notifiers: dict[str, Notifier],
    *,
    clock: FakeClock,
    policy: RetryPolicy | None = None,
    options: DispatchOptions | None = None,
    deadletters: list[DeadLetter] | None = None,
) -> Harness:
    registry = CollectorRegistry()
    metrics = AlerterMetrics(registry)
    letters: list[DeadLetter] = [] if deadletters is None else deadletters

    async def sink(letter: DeadLetter) -> None:
        letters.append(letter)

    dispatcher = Dispatcher(
        sf,
        notifiers,
        clock=clock,
        rng=random.Random(7),
        policy=policy or RetryPolicy(initial=1.0, max=8.0, jitter=0.0, deadline=60.0),
        deadletter=sink,
        metrics=metrics,
        options=options or DispatchOptions(send_timeout=5.0),
    )
    return Harness(dispatcher, clock, letters, metrics, registry)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- SMTP -------------------------------------------------------------------------------


class SmtpHandler:
    """Records messages; answers DATA with queued replies first (e.g. "451 later")."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.replies: deque[str] = deque()
        self.logins: list[str] = []
        self.greetings = 0  # EHLOs: one per SMTP connection

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        self.greetings += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.replies:
            return self.replies.popleft()
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        self.messages.append(message)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


def bodies(message: EmailMessage) -> tuple[str, str]:
    """The plain-text and HTML parts of a multipart/alternative email."""
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


@contextmanager
def smtp_server(
    port: int | None = None, *, auth: tuple[str, str] | None = None
) -> Iterator[tuple[SmtpHandler, int]]:
    handler = SmtpHandler()
    port = port or free_port()
    kwargs: dict[str, Any] = {}
    if auth is not None:

        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any):
            ok = (data.login.decode(), data.password.decode()) == auth
            if ok:
                handler.logins.append(data.login.decode())
            return AuthResult(success=ok, handled=False)

        kwargs = {"authenticator": authenticator, "auth_required": True, "auth_require_tls": False}
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


# --- HTTP -------------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    arrived: float


Answer = tuple[int, dict[str, str], bytes, float]


@dataclass
class HttpReceiver:
    """A real HTTP/1.1 server on loopback. Answers come from a per-path queue, then the
    shared queue, then 200 "ok"; each is (status, headers, body, delay seconds)."""

    responses: deque[Answer] = field(default_factory=deque)
    by_path: dict[str, deque[Answer]] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    port: int = 0
    server: asyncio.Server | None = None
    got_request: asyncio.Event = field(default_factory=asyncio.Event)

    def url(self, path: str = "/hook/T000/B000/SECRETPART") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(
        self,
        status: int,
        *,
        headers: dict[str, str] | None = None,
        body: bytes = b"",
        delay: float = 0.0,
        path: str | None = None,
        times: int = 1,
    ) -> None:
        queue = self.responses if path is None else self.by_path.setdefault(path, deque())
        for _ in range(times):
            queue.append((status, headers or {}, body, delay))

    def _next(self, path: str) -> Answer:
        queue = self.by_path.get(path)
        if queue:
            return queue.popleft()
        if self.responses:
            return self.responses.popleft()
        return (200, {}, b"ok", 0.0)

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.requests.append(Request(method, path, headers, body, time.monotonic()))
            self.got_request.set()
            status, extra, payload, delay = self._next(path)
            if delay:
                await asyncio.sleep(delay)
            out = [f"HTTP/1.1 {status} X", f"Content-Length: {len(payload)}", "Connection: close"]
            out += [f"{k}: {v}" for k, v in extra.items()]
            writer.write(("\r\n".join(out) + "\r\n\r\n").encode() + payload)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
