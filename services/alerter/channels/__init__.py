"""Notification channels, one module each; every notifier raises `DeliveryError`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import httpx

from shared.settings import Settings

from ..notification import Notifier
from .email import EmailNotifier, SmtpConfig
from .file import FileNotifier
from .http import build_client
from .slack import SlackNotifier
from .webhook import WebhookNotifier


def build_notifiers(
    settings: Settings, *, clock: Callable[[], datetime], client: httpx.AsyncClient | None = None
) -> tuple[dict[str, Notifier], httpx.AsyncClient]:
    """Every channel from settings; the caller closes the returned HTTP client."""
    client = client or build_client()
    secret = settings.webhook_secret
    notifiers: dict[str, Notifier] = {
        "email": EmailNotifier(SmtpConfig.from_settings(settings), public_url=settings.public_url),
        "slack": SlackNotifier(
            client, public_url=settings.public_url, allow_private=settings.allow_private_urls
        ),
        "webhook": WebhookNotifier(
            client,
            secret=secret.get_secret_value() if secret is not None else None,
            clock=clock,
            allow_private=settings.allow_private_urls,
        ),
        "file": FileNotifier(settings.alert_dir),
    }
    return notifiers, client


__all__ = [
    "EmailNotifier",
    "FileNotifier",
    "SlackNotifier",
    "SmtpConfig",
    "WebhookNotifier",
    "build_client",
    "build_notifiers",
]
