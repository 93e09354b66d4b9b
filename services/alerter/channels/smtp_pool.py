"""A few SMTP connections kept open between sends.

Opening a connection (TCP, EHLO, maybe TLS and AUTH) cost more than sending one alert,
and a burst of claims sends many. A connection that fails in any way is closed, never
reused; one idle longer than `max_idle` is closed before use (servers drop idle clients).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import aiosmtplib

if TYPE_CHECKING:
    from .email import SmtpConfig


@dataclass(frozen=True)
class Envelope:
    """One message to one recipient, as sent: envelope addresses and the message bytes."""

    sender: str
    recipient: str
    data: bytes = field(repr=False)


class SmtpPool:
    def __init__(
        self,
        config: SmtpConfig,
        *,
        size: int,
        max_idle: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._config = config
        self._slots = asyncio.Semaphore(size)
        self._idle: list[tuple[aiosmtplib.SMTP, float]] = []
        self._max_idle = max_idle
        self._clock = clock

    async def send(self, envelope: Envelope) -> None:
        async with self._slots:
            client = await self._take()
            try:
                await client.sendmail(envelope.sender, [envelope.recipient], envelope.data)
            except BaseException:
                await _close(client)
                raise
            self._idle.append((client, self._clock()))

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for client, _ in idle:
            await _quit(client)

    async def _take(self) -> aiosmtplib.SMTP:
        while self._idle:
            client, since = self._idle.pop()
            if client.is_connected and self._clock() - since < self._max_idle:
                return client
            await _quit(client)
        return await self._connect()

    async def _connect(self) -> aiosmtplib.SMTP:
        config = self._config
        client = aiosmtplib.SMTP(
            hostname=config.host,
            port=config.port,
            use_tls=config.tls,
            start_tls=config.starttls,
            timeout=config.timeout,
            validate_certs=config.validate_certs,
        )
        await client.connect()
        try:
            if config.username is not None and config.password is not None:
                await client.login(config.username, config.password)
        except BaseException:
            await _close(client)
            raise
        return client


async def _quit(client: aiosmtplib.SMTP) -> None:
    with contextlib.suppress(Exception):
        if client.is_connected:
            await asyncio.wait_for(client.quit(), timeout=2)
    await _close(client)


async def _close(client: aiosmtplib.SMTP) -> None:
    with contextlib.suppress(Exception):
        client.close()
