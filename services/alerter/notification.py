"""What a notifier is given: one alert, or one digest, for one subscription."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol
from urllib.parse import quote

from shared.events import Claim

from .redact import redact_url


@dataclass(frozen=True)
class Recipient:
    """The subscription a notification is for. `target` may be a secret URL: not in repr."""

    subscription_id: int
    channel: str
    target: str = field(repr=False)
    unsubscribe_token: str = field(repr=False)

    @property
    def safe_target(self) -> str:
        if self.channel in ("slack", "webhook"):
            return redact_url(self.target)
        return self.target

    def unsubscribe_url(self, public_url: str) -> str:
        return f"{public_url.rstrip('/')}/v1/unsubscribe?token={quote(self.unsubscribe_token)}"


@dataclass(frozen=True)
class DigestEntry:
    """One fingerprint (claim type and stance) of a subject within a digest period."""

    claim_type: str
    stance: str
    count: int
    novel: bool
    example: Claim
    sources: tuple[str, ...]
    article_urls: tuple[str, ...]


@dataclass(frozen=True)
class DigestGroup:
    subject: str
    entries: tuple[DigestEntry, ...]

    @property
    def count(self) -> int:
        return sum(entry.count for entry in self.entries)


@dataclass(frozen=True)
class Notification:
    delivery_id: int
    recipient: Recipient
    kind: Literal["alert", "digest"]
    claim: Claim | None = None
    corroborations: int = 1
    groups: tuple[DigestGroup, ...] = ()
    period_start: datetime | None = None
    period_end: datetime | None = None

    @property
    def claims(self) -> list[Claim]:
        if self.claim is not None:
            return [self.claim]
        return [entry.example for group in self.groups for entry in group.entries]

    def to_json(self) -> dict[str, Any]:
        """The JSON document the webhook and file channels carry."""
        body: dict[str, Any] = {
            "schema_version": 1,
            "kind": self.kind,
            "delivery_id": self.delivery_id,
            "subscription_id": self.recipient.subscription_id,
        }
        if self.claim is not None:
            body["claim"] = self.claim.model_dump(mode="json")
            body["corroborations"] = self.corroborations
        else:
            body["period_start"] = self.period_start.isoformat() if self.period_start else None
            body["period_end"] = self.period_end.isoformat() if self.period_end else None
            body["groups"] = [
                {
                    "subject": group.subject,
                    "count": group.count,
                    "entries": [
                        {
                            "claim_type": entry.claim_type,
                            "stance": entry.stance,
                            "count": entry.count,
                            "novel": entry.novel,
                            "sources": list(entry.sources),
                            "article_urls": list(entry.article_urls),
                            "example": entry.example.model_dump(mode="json"),
                        }
                        for entry in group.entries
                    ],
                }
                for group in self.groups
            ]
        return body


class Notifier(Protocol):
    """One channel. Raises `DeliveryError` (retryable or not) when the send failed."""

    async def send(self, notification: Notification) -> None: ...


@dataclass(frozen=True)
class DeadLetter:
    """A delivery given up on; the service publishes it to the dead-letter topic."""

    delivery_id: int
    subscription_id: int
    channel: str
    target: str  # already redacted
    kind: str
    fingerprint: str
    claim_id: str
    attempts: int
    reason: str
    error: str


DeadLetterSink = Callable[[DeadLetter], Awaitable[None]]
