from datetime import timedelta

import pytest
from sqlalchemy import select

from services.alerter.channels.email import EmailNotifier, SmtpConfig
from services.alerter.notification import Notification, Recipient
from services.alerter.record import record_claim
from services.alerter.retry import DeliveryError
from shared.db.models import Delivery

from .support import (
    T0,
    add_subscription,
    bodies,
    free_port,
    make_claim,
    make_dispatcher,
    resolve,
    smtp_server,
)

PUBLIC = "https://claimwatch.example"
INJECTION_TITLE = (
    "<!channel> <script>alert(1)</script> & co\r\nBcc: victim@evil.example\r\n"
    "X-Injected: yes =?utf-8?b?SGFja2Vk?="
)


def notifier(port: int, **config) -> EmailNotifier:
    return EmailNotifier(
        SmtpConfig(host="127.0.0.1", port=port, sender="alerts@claimwatch.example", **config),
        public_url=PUBLIC,
    )


def alert(claim, *, target="analyst@example.org", token="tok-123", delivery_id=7):
    recipient = Recipient(1, "email", target, token)
    return Notification(delivery_id, recipient, "alert", claim=claim, corroborations=3)


async def test_an_alert_email_carries_the_claim_and_an_unsubscribe_link():
    claim = make_claim()
    with smtp_server() as (server, port):
        await notifier(port).send(alert(claim))
    [message] = server.messages
    assert server.envelopes == [("alerts@claimwatch.example", ["analyst@example.org"])]
    assert message.get_content_type() == "multipart/alternative"
    assert message["To"] == "analyst@example.org"
    assert message["Subject"].strip() == (
        "[claimwatch] China: drone supply (asserted) - China ships drones to Russia"
    )
    unsubscribe = f"{PUBLIC}/v1/unsubscribe?token=tok-123"
    assert message["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"].startswith("<claimwatch.7.")
    text, html = bodies(message)
    for part in (text, html):
        for needle in (
            "China",
            "drone supply",
            "asserted",
            "Reuters",
            claim.evidence,
            claim.article_url,
            unsubscribe,
            "3 articles",
        ):
            assert needle in part, needle


async def test_claim_text_cannot_inject_headers_markup_or_encoded_words():
    claim = make_claim(title=INJECTION_TITLE, evidence="Evidence <b>bold</b>\r\nBcc: x@y.z")
    with smtp_server() as (server, port):
        await notifier(port).send(alert(claim))
    [message] = server.messages
    assert server.envelopes[0][1] == ["analyst@example.org"]
    assert message["Bcc"] is None and message["X-Injected"] is None
    subject = message["Subject"]
    assert "\n" not in subject and "\r" not in subject
    assert "Hacked" not in subject  # the encoded word stayed literal text
    assert "<!channel> <script>alert(1)</script> & co Bcc: victim@evil.example" in subject
    text, html = bodies(message)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;!channel&gt;" in html
    assert "<script>alert(1)</script>" in text  # plain text is not HTML


@pytest.mark.parametrize(
    "target",
    ["", "not an address", "a@b.c\r\nBcc: x@y.z", "a@b.c, c@d.e", "аналитик@example.org"],
    ids=repr,
)
def test_bad_email_targets_are_permanent_errors(target):
    with pytest.raises(DeliveryError) as raised:
        notifier(25).build(alert(make_claim(), target=target))
    assert raised.value.retryable is False


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
async def test_smtp_auth_logs_in_and_a_wrong_password_is_permanent():
    with smtp_server(auth=("alice", "s3cret-pass")) as (server, port):
        await notifier(port, username="alice", password="s3cret-pass").send(alert(make_claim()))
        assert server.logins == ["alice"] and len(server.messages) == 1
        with pytest.raises(DeliveryError) as raised:
            await notifier(port, username="alice", password="wrong-pass").send(alert(make_claim()))
    assert raised.value.retryable is False
    assert "wrong-pass" not in str(raised.value) and "wrong-pass" not in repr(raised.value)
    config = SmtpConfig(username="alice", password="s3cret-pass")
    assert "s3cret" not in repr(config)


async def _record(sf, port):
    await add_subscription(sf, channel="email", target="analyst@example.org")
    claim = make_claim()
    await record_claim(sf, claim, resolve=resolve, window=timedelta(days=30), now=T0)
    await record_claim(sf, claim, resolve=resolve, window=timedelta(days=30), now=T0)  # replay


async def _state(sf):
    async with sf() as session:
        row = await session.scalar(select(Delivery))
        return row.state, row.attempts


async def test_smtp_down_for_a_while_then_up_delivers_exactly_once(sf, clock):
    port = free_port()
    await _record(sf, port)
    h = make_dispatcher(sf, {"email": notifier(port)}, clock=clock)
    for _ in range(3):  # nothing listens: connection refused, retried
        await h.dispatcher.run_once()
        clock.advance(5)
    assert await _state(sf) == ("pending", 3)
    with smtp_server(port) as (server, _):
        await h.dispatcher.run_once()
        clock.advance(60)
        await h.dispatcher.run_once()
    assert len(server.messages) == 1
    assert await _state(sf) == ("sent", 4)
    assert (
        h.sample("claimwatch_notification_retries_total", channel="email", reason="connection") == 3
    )


async def test_smtp_4xx_is_retried_then_delivered(sf, clock):
    with smtp_server() as (server, port):
        await _record(sf, port)
        server.replies.append("451 4.3.0 try again later")
        h = make_dispatcher(sf, {"email": notifier(port)}, clock=clock)
        await h.dispatcher.run_once()
        assert await _state(sf) == ("pending", 1) and server.messages == []
        clock.advance(2)
        await h.dispatcher.run_once()
    assert await _state(sf) == ("sent", 2) and len(server.messages) == 1
    assert (
        h.sample("claimwatch_notification_retries_total", channel="email", reason="smtp_4xx") == 1
    )


async def test_smtp_5xx_fails_and_is_dead_lettered(sf, clock):
    with smtp_server() as (server, port):
        await _record(sf, port)
        server.replies.append("554 5.7.1 message rejected")
        h = make_dispatcher(sf, {"email": notifier(port)}, clock=clock)
        await h.dispatcher.run_once()
        clock.advance(60)
        assert await h.dispatcher.run_once() == 0
    assert await _state(sf) == ("failed", 1) and server.messages == []
    [letter] = h.deadletters
    assert (letter.channel, letter.reason, letter.target) == (
        "email",
        "smtp_5xx",
        "analyst@example.org",
    )
    assert "554" in letter.error


async def test_one_connection_carries_a_burst_and_a_broken_one_is_replaced():
    port = free_port()
    email = notifier(port)
    try:
        with smtp_server(port) as (server, _):
            for delivery_id in range(5):
                await email.send(alert(make_claim(), delivery_id=delivery_id))
            assert (len(server.messages), server.greetings) == (5, 1)
            server.replies.append("554 5.7.1 rejected")
            with pytest.raises(DeliveryError) as rejected:
                await email.send(alert(make_claim(), delivery_id=5))
            assert not rejected.value.retryable
            await email.send(alert(make_claim(), delivery_id=6))
            assert (len(server.messages), server.greetings) == (6, 2)  # failed one dropped
        with smtp_server(port) as (restarted, _):  # the pooled connection died with the server
            with pytest.raises(DeliveryError) as broken:
                await email.send(alert(make_claim(), delivery_id=7))
            assert broken.value.retryable
            await email.send(alert(make_claim(), delivery_id=8))
            assert (len(restarted.messages), restarted.greetings) == (1, 1)
    finally:
        await email.close()
