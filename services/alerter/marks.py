"""Sent marks written together (group commit).

A finished send queues its `sent` mark and waits until that mark is committed. One
writer at a time commits everything queued, in one transaction of one executemany
UPDATE; marks queued meanwhile go in its next transaction. Alone, a mark is written at
once, as before; in a burst, N sends cost one commit instead of N (and one pooled
connection instead of N at once). A mark is queued only after its send succeeded and
reported only once committed, so a crash between the two leaves the delivery `pending`
under its lease: sent again when the lease expires (docs/reliability.md, "Windows
that remain"). A commit that fails for a passing reason (the database restarting, a
connection cut) is retried with backoff for `retry_for` seconds, which the dispatcher
keeps inside the lease: a short outage then costs a late mark, not a second email.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db.models import Delivery
from shared.failures import is_transient
from shared.retry import Backoff

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SentMark:
    delivery_id: int
    sent_at: datetime


_TABLE = cast(Table, Delivery.__table__)
# Core executemany (not the ORM's bulk update): one cached statement, parameters per row.
_MARK_SENT = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("mark_id"), _TABLE.c.state == "pending")
    .values(
        state="sent",
        lease_until=None,
        last_error=None,
        sent_at=bindparam("mark_sent_at", type_=_TABLE.c.sent_at.type),
    )
)


class SentMarks:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        retry_for: float = 30.0,
        backoff: Backoff | None = None,
    ) -> None:
        self._sf = session_factory
        self._retry_for = retry_for
        self._backoff = backoff or Backoff(initial=0.1, maximum=5.0)
        self._queued: list[tuple[SentMark, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None
        self.commits = 0  # transactions written, for tests and benchmarks
        self.retries = 0  # commits retried after a transient failure

    async def mark(self, delivery_id: int, sent_at: datetime) -> None:
        """Mark the delivery sent; return once committed (raise if the commit failed)."""
        done = asyncio.get_running_loop().create_future()
        self._queued.append((SentMark(delivery_id, sent_at), done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_queued())
        await done

    async def _write_queued(self) -> None:
        while self._queued:
            batch, self._queued = self._queued, []
            try:
                await self._write_retrying([mark for mark, _ in batch])
            except Exception as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
            else:
                for _, done in batch:
                    if not done.done():
                        done.set_result(None)

    async def _write_retrying(self, marks: list[SentMark]) -> None:
        loop = asyncio.get_running_loop()
        give_up_at = loop.time() + self._retry_for
        attempt = 0
        while True:
            attempt += 1
            try:
                await self._write(marks)
                return
            except Exception as exc:
                delay = self._backoff.delay(attempt)
                if not is_transient(exc) or loop.time() + delay > give_up_at:
                    raise
                self.retries += 1
                log.warning(
                    "sent marks not committed, retrying",
                    extra={"marks": len(marks), "retry_in": round(delay, 2), "error": repr(exc)},
                )
                await asyncio.sleep(delay)

    async def _write(self, marks: list[SentMark]) -> None:
        params = [
            {"mark_id": mark.delivery_id, "mark_sent_at": mark.sent_at}
            for mark in sorted(marks, key=lambda mark: mark.delivery_id)
        ]
        async with self._sf() as session, session.begin():
            await session.execute(_MARK_SENT, params)
        self.commits += 1
