import json
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from services.alerter.channels.slack import SlackNotifier, escape
from services.alerter.channels.webhook import WebhookNotifier, sign, verify
from services.alerter.notification import Notification, Recipient
from services.alerter.record import record_claim
from services.alerter.retry import DeliveryError
from shared.db.models import Delivery

from .support import T0, add_subscription, make_claim, make_dispatcher, resolve

SECRET = "whsec-test-0123456789"


@pytest.fixture
async def http():
    async with httpx.AsyncClient(timeout=5.0) as client:
        yield client


def alert(target: str, claim=None, channel="webhook") -> Notification:
    return Notification(
        42, Recipient(5, channel, target, "tok"), "alert", claim=claim or make_claim()
    )


async def test_webhook_body_is_signed_and_verifiable(http, clock, receiver):
    notifier = WebhookNotifier(http, secret=SECRET, clock=clock, allow_private=True)
    claim = make_claim()
    await notifier.send(alert(receiver.url("/in"), claim))
    [request] = receiver.requests
    timestamp = request.headers["x-claimwatch-timestamp"]
    assert timestamp == str(int(T0.timestamp()))
    signature = request.headers["x-claimwatch-signature"]
    assert signature.startswith("sha256=")
    assert verify(SECRET, timestamp, request.body, signature)  # what a receiver checks
    assert not verify("other-secret", timestamp, request.body, signature)
    assert not verify(SECRET, str(int(timestamp) + 1), request.body, signature)
    body = json.loads(request.body)
    assert body["kind"] == "alert" and body["delivery_id"] == 42
    assert body["claim"]["id"] == claim.id and body["claim"]["evidence"] == claim.evidence
    assert request.headers["x-claimwatch-delivery"] == "42"
    assert sign(SECRET, timestamp, request.body) == signature


WEBHOOK_STATUS_CASES = [
    ("bad request", 400, False),
    ("forbidden", 403, False),
    ("gone", 410, False),
    ("timeout", 408, True),
    ("rate limited", 429, True),
    ("server error", 500, True),
    ("unavailable", 503, True),
]


@pytest.mark.parametrize(
    ("name", "status", "retryable"), WEBHOOK_STATUS_CASES, ids=[c[0] for c in WEBHOOK_STATUS_CASES]
)
async def test_webhook_4xx_is_permanent_and_5xx_retryable(
    http, clock, receiver, name, status, retryable
):
    receiver.answer(status, body=b"nope")
    notifier = WebhookNotifier(http, secret=SECRET, clock=clock, allow_private=True)
    url = receiver.url("/hooks/SECRETPATH")
    with pytest.raises(DeliveryError) as raised:
        await notifier.send(alert(url))
    assert raised.value.retryable is retryable
    assert "SECRETPATH" not in str(raised.value) and "SECRETPATH" not in repr(raised.value)
    assert str(status) in str(raised.value)


async def test_private_addresses_are_refused_unless_allowed(http, clock, receiver):
    notifier = WebhookNotifier(http, secret=SECRET, clock=clock, allow_private=False)
    for url in (receiver.url(), "http://10.1.2.3/x", "http://[::1]/x", "file:///etc/passwd"):
        with pytest.raises(DeliveryError) as raised:
            await notifier.send(alert(url))
        assert raised.value.retryable is False
    assert receiver.requests == []


async def test_unreachable_webhook_is_retryable_and_redacted(http, clock):
    notifier = WebhookNotifier(http, secret=SECRET, clock=clock, allow_private=True)
    with pytest.raises(DeliveryError) as raised:
        await notifier.send(alert("http://127.0.0.1:9/hook/SECRETPATH"))
    assert raised.value.retryable is True
    assert raised.value.__cause__ is None and "SECRETPATH" not in str(raised.value)


async def test_slack_escapes_claim_text_so_mentions_and_markup_are_inert(http, receiver):
    claim = make_claim(
        title="<!channel> <script>x</script> & <https://evil.example|click>",
        evidence="Officials said <!here> China supplied drones & parts.",
        source="<@U123>",
    )
    notifier = SlackNotifier(http, public_url="https://claimwatch.example", allow_private=True)
    await notifier.send(alert(receiver.url(), claim, channel="slack"))
    [request] = receiver.requests
    payload = json.loads(request.body)
    texts = [payload["text"]] + [
        block["text"]["text"] if "text" in block else block["elements"][0]["text"]
        for block in payload["blocks"]
    ]
    joined = "\n".join(texts)
    for raw in ("<!channel>", "<!here>", "<script>", "<@U123>", "<https://evil.example"):
        assert raw not in joined
    assert "&lt;!channel&gt;" in joined and "&lt;!here&gt;" in joined and "&amp; parts" in joined
    assert "&lt;@U123&gt;" in joined
    assert "<https://news.example/" in joined  # our own link is a real link
    assert "/v1/unsubscribe?token=tok|Unsubscribe>" in joined
    assert escape("a<b>&c") == "a&lt;b&gt;&amp;c"


async def test_slack_429_retry_after_is_honoured_then_delivered(sf, clock, http, receiver):
    await add_subscription(sf, channel="slack", target=receiver.url())
    await record_claim(sf, make_claim(), resolve=resolve, window=timedelta(days=30), now=T0)
    receiver.answer(429, headers={"Retry-After": "17"}, body=b"rate_limited")
    notifier = SlackNotifier(http, public_url="https://claimwatch.example", allow_private=True)
    h = make_dispatcher(sf, {"slack": notifier}, clock=clock)
    assert await h.dispatcher.run_once() == 1
    async with sf() as session:
        row = await session.scalar(select(Delivery))
    assert row.state == "pending" and row.next_attempt_at == T0 + timedelta(seconds=17)
    clock.advance(16)
    assert await h.dispatcher.run_once() == 0
    clock.advance(1)
    assert await h.dispatcher.run_once() == 1
    assert len(receiver.requests) == 2
    async with sf() as session:
        assert await session.scalar(select(Delivery.state)) == "sent"
    assert (
        h.sample("claimwatch_notification_retries_total", channel="slack", reason="rate_limited")
        == 1
    )
