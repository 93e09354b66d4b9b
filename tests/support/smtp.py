"""A real SMTP server (aiosmtpd) on loopback that keeps what it receives."""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from shared.broker import free_port


class Inbox:
    """What the server received, as bytes; parsed into messages when a reader asks.

    The server's thread only stores the bytes: parsing 2,000 messages costs seconds of
    CPU, which benchmarks on two cores would take from the services they measure."""

    def __init__(self) -> None:
        self.raw: list[bytes] = []
        self.arrivals: list[float] = []  # time.time() of each message, for benchmarks
        self._parsed: list[EmailMessage] = []

    @property
    def messages(self) -> list[EmailMessage]:
        for content in self.raw[len(self._parsed) :]:
            parsed = email.message_from_bytes(content, policy=email.policy.default)
            self._parsed.append(parsed)  # type: ignore[arg-type]
        return self._parsed

    async def handle_DATA(self, server, session, envelope):
        self.arrivals.append(time.time())
        self.raw.append(envelope.content)
        return "250 OK"


@contextmanager
def smtp_server(inbox: Inbox | None = None) -> Iterator[tuple[Inbox, int]]:
    inbox = inbox or Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return part.get_content()
