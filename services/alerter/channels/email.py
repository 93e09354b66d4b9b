"""Email over SMTP (aiosmtplib): multipart plain text + HTML, header-safe subject,
List-Unsubscribe, and SMTP replies classified as transient (4xx) or permanent (5xx).
The message bytes are written by `mime.alternative_email`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.utils import formatdate, parseaddr
from functools import lru_cache

import aiosmtplib

from shared.settings import Settings

from ..notification import Notification
from ..render import Renderer
from ..retry import DeliveryError, classify_smtp_code
from .mime import Headers, HeaderValueError, alternative_email
from .smtp_pool import Envelope, SmtpPool

TRANSIENT_SMTP_ERRORS = (
    aiosmtplib.SMTPConnectError,
    aiosmtplib.SMTPServerDisconnected,
    aiosmtplib.SMTPTimeoutError,
)


@dataclass(frozen=True)
class SmtpConfig:
    host: str = "127.0.0.1"
    port: int = 25
    sender: str = "claimwatch@localhost"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = False
    tls: bool = False
    timeout: float = 10.0
    validate_certs: bool = True
    max_connections: int = 16

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpConfig:
        password = settings.smtp_password
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.smtp_from,
            username=settings.smtp_username,
            password=password.get_secret_value() if password is not None else None,
            starttls=settings.smtp_starttls,
            tls=settings.smtp_tls,
            timeout=settings.smtp_timeout_seconds,
            max_connections=settings.smtp_max_connections,
        )


@lru_cache(maxsize=4096)  # a subscription's target is checked once, not per email
def recipient_address(target: str) -> Address:
    """The subscription target as one address; anything else is a permanent error."""
    if any(ch in target for ch in "\r\n\0,;") or not target.strip():
        raise DeliveryError("invalid email target", retryable=False, reason="bad_target")
    try:
        return Address(addr_spec=target.strip())
    except (ValueError, IndexError, TypeError):
        raise DeliveryError("invalid email target", retryable=False, reason="bad_target") from None


class EmailNotifier:
    def __init__(
        self, config: SmtpConfig, *, public_url: str, renderer: Renderer | None = None
    ) -> None:
        self._config = config
        self._public_url = public_url
        self._renderer = renderer or Renderer()
        self._pool = SmtpPool(config, size=config.max_connections)
        self._domain = config.sender.rpartition("@")[2].rstrip(">") or "claimwatch.local"
        self._envelope_sender = parseaddr(config.sender)[1] or config.sender

    def __repr__(self) -> str:
        return f"EmailNotifier(host={self._config.host!r}, port={self._config.port})"

    async def close(self) -> None:
        await self._pool.close()

    def build(self, notification: Notification) -> Envelope:
        to = recipient_address(notification.recipient.target)
        unsubscribe = notification.recipient.unsubscribe_url(self._public_url)
        rendered = self._renderer.render(notification, unsubscribe_url=unsubscribe)
        token = hashlib.sha256(
            f"{notification.recipient.subscription_id}:{notification.delivery_id}".encode()
        ).hexdigest()[:16]
        headers = Headers(
            sender=self._config.sender,
            to=str(to),
            subject=rendered.subject,  # one_line(): no CR/LF, no encoded words
            date=formatdate(localtime=False, usegmt=True),
            # Stable per delivery, so a retried send is recognisable as the same message.
            message_id=f"<claimwatch.{notification.delivery_id}.{token}@{self._domain}>",
            unsubscribe_url=unsubscribe,
        )
        try:
            data = alternative_email(headers, text=rendered.text, html=rendered.html)
        except HeaderValueError as exc:
            raise DeliveryError(str(exc), retryable=False, reason="bad_header") from exc
        return Envelope(sender=self._envelope_sender, recipient=to.addr_spec, data=data)

    async def send(self, notification: Notification) -> None:
        envelope = self.build(notification)
        config = self._config
        try:
            await self._pool.send(envelope)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [refused.code for refused in exc.recipients]
            transient = bool(codes) and all(classify_smtp_code(code) for code in codes)
            raise DeliveryError(
                f"SMTP recipient refused: {codes}", retryable=transient, reason=_reason(codes)
            ) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise DeliveryError(
                f"SMTP {exc.code}: {exc.message}"[:300],
                retryable=classify_smtp_code(exc.code),
                reason=_reason([exc.code]),
            ) from exc
        except aiosmtplib.SMTPNotSupported as exc:
            raise DeliveryError(
                f"SMTP server lacks a required extension: {exc}"[:300],
                retryable=False,
                reason="smtp_config",
            ) from exc
        except (*TRANSIENT_SMTP_ERRORS, aiosmtplib.SMTPException, OSError) as exc:
            raise DeliveryError(
                f"SMTP connection to {config.host}:{config.port} failed: {type(exc).__name__}",
                retryable=True,
                reason="connection",
            ) from exc


def _reason(codes: list[int]) -> str:
    return f"smtp_{min(codes) // 100}xx" if codes else "smtp"
