"""Generic JSON webhooks, signed: `X-Claimwatch-Signature: sha256=<hex>` is
HMAC-SHA256(secret, timestamp + "." + body), `X-Claimwatch-Timestamp` is Unix seconds.
Receivers should reject old timestamps (replay) and compare signatures in constant time."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import datetime

import httpx
import orjson

from ..notification import Notification
from .http import post

SIGNATURE_HEADER = "X-Claimwatch-Signature"
TIMESTAMP_HEADER = "X-Claimwatch-Timestamp"
DELIVERY_HEADER = "X-Claimwatch-Delivery"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


class WebhookNotifier:
    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        secret: str | None,
        clock: Callable[[], datetime],
        allow_private: bool = False,
    ) -> None:
        self._client = client
        self._secret = secret
        self._clock = clock
        self._allow_private = allow_private

    def __repr__(self) -> str:
        return f"WebhookNotifier(signed={self._secret is not None})"

    async def send(self, notification: Notification) -> None:
        body = orjson.dumps(notification.to_json(), option=orjson.OPT_SORT_KEYS)
        timestamp = str(int(self._clock().timestamp()))
        headers = {
            "Content-Type": "application/json",
            TIMESTAMP_HEADER: timestamp,
            DELIVERY_HEADER: str(notification.delivery_id),
        }
        if self._secret:
            headers[SIGNATURE_HEADER] = sign(self._secret, timestamp, body)
        await post(
            self._client,
            notification.recipient.target,
            content=body,
            headers=headers,
            allow_private=self._allow_private,
        )
