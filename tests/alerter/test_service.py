"""The alerter as it runs in production: claims from the embedded broker, a real
database (SQLite and PostgreSQL), a real SMTP server and a loopback Slack receiver."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from shared.broker import free_port
from shared.db.engine import create_engine, session_factory
from shared.events import DEADLETTER_TOPIC
from tests.support.kafka import eventually, read_topic

from .pipeline import (
    alerter_processes,
    consumed,
    delivery_states,
    metric,
    publish_claims,
    running_alerter,
)
from .support import add_subscription, bodies, make_claim, smtp_server

ANALYST = "analyst@example.org"


def now() -> datetime:
    return datetime.now(UTC)


async def subscribe(database_url: str, *subscriptions: tuple[str, str]) -> None:
    engine = create_engine(database_url)
    try:
        for channel, target in subscriptions:
            await add_subscription(session_factory(engine), channel=channel, target=target)
    finally:
        await engine.dispose()


@pytest.mark.slow
async def test_replaying_the_claims_topic_sends_no_second_email(database_url, settings_factory):
    with smtp_server() as (server, port):
        settings = settings_factory(database_url=database_url, smtp_port=port)
        await subscribe(database_url, ("email", ANALYST))
        claims = [make_claim(subject=s, extracted_at=now()) for s in ("China", "Iran", "Belarus")]
        claims.append(make_claim(subject="China", extracted_at=now()))  # corroboration
        await publish_claims(settings, claims)

        async with running_alerter(settings):
            await eventually(lambda: consumed(settings) == 4)
            await eventually(lambda: len(server.messages) == 3)
        assert await delivery_states(database_url) == [("sent", 1)] * 3

        # A fresh consumer group reads the topic from the beginning, as after an offset reset.
        replay = settings_factory(
            database_url=database_url,
            smtp_port=port,
            consumer_group_prefix=f"{settings.consumer_group_prefix}-replay",
        )
        async with running_alerter(replay):
            await eventually(lambda: consumed(settings) == 8)
        assert await delivery_states(database_url) == [("sent", 1)] * 3
    assert len(server.messages) == 3


@pytest.mark.slow
async def test_hostile_claim_text_stays_inert_in_email_and_slack(
    sqlite_url, settings_factory, receiver
):
    title = (
        "<!channel> <script>alert(1)</script>\r\nBcc: victim@evil.example\r\n"
        "X-Injected: yes =?utf-8?b?SGFja2Vk?="
    )
    evidence = "Officials said <!here> China sent <b>drones</b>\r\nCc: spy@evil.example"
    with smtp_server() as (server, port):
        settings = settings_factory(database_url=sqlite_url, smtp_port=port)
        await subscribe(sqlite_url, ("email", ANALYST), ("slack", receiver.url()))
        await publish_claims(settings, [make_claim(title=title, evidence=evidence)])
        async with running_alerter(settings):
            await eventually(lambda: server.messages and receiver.requests)
            await eventually(lambda: consumed(settings) == 1)

    [message] = server.messages
    assert server.envelopes[0][1] == [ANALYST]
    for header in ("Bcc", "Cc", "X-Injected"):
        assert message[header] is None, header
    subject = message["Subject"]
    assert "\r" not in subject and "\n" not in subject and "Hacked" not in subject
    _, html = bodies(message)
    for raw in ("<script>", "<!channel>", "<!here>", "<b>drones</b>"):
        assert raw not in html, raw
    assert "&lt;script&gt;" in html and "&lt;b&gt;drones&lt;/b&gt;" in html

    [request] = receiver.requests
    payload = json.loads(request.body)
    slack_text = json.dumps(payload)
    for raw in ("<!channel>", "<!here>", "<script>", "<b>"):
        assert raw not in slack_text, raw
    assert "&lt;!channel&gt;" in slack_text and "&lt;!here&gt;" in slack_text


@pytest.mark.slow
async def test_smtp_outage_4xx_and_5xx_retry_deliver_once_and_dead_letter(
    sqlite_url, settings_factory
):
    """Also the alerter's metrics: each outcome moves its counter by what happened."""
    port = free_port()  # nothing listens yet: the SMTP server is down
    settings = settings_factory(database_url=sqlite_url, smtp_port=port)
    await subscribe(sqlite_url, ("email", ANALYST))
    names = {
        "sent": ("claimwatch_notifications_total", {"channel": "email", "outcome": "sent"}),
        "retry": ("claimwatch_notifications_total", {"channel": "email", "outcome": "retry"}),
        "failed": ("claimwatch_notifications_total", {"channel": "email", "outcome": "failed"}),
        "connection": (
            "claimwatch_notification_retries_total",
            {"channel": "email", "reason": "connection"},
        ),
        "smtp_4xx": (
            "claimwatch_notification_retries_total",
            {"channel": "email", "reason": "smtp_4xx"},
        ),
        "dead": ("claimwatch_deadletters_total", {"service": "alerter", "reason": "smtp_5xx"}),
        "latency": ("claimwatch_delivery_latency_seconds_count", {"channel": "email"}),
    }
    before = {key: metric(name, **labels) for key, (name, labels) in names.items()}

    def delta(key: str) -> float:
        name, labels = names[key]
        return metric(name, **labels) - before[key]

    async with running_alerter(settings):
        await publish_claims(settings, [make_claim(subject="China", extracted_at=now())])
        await eventually(lambda: delta("connection") >= 2, timeout=60)
        with smtp_server(port) as (server, _):  # back up, on the same port
            await eventually(lambda: server.messages, timeout=60)
            await eventually(lambda: delta("sent") == 1)

            server.replies.append("451 4.3.0 greylisted, try again later")
            await publish_claims(settings, [make_claim(subject="Iran", extracted_at=now())])
            await eventually(lambda: delta("sent") == 2, timeout=60)

            server.replies.extend(["451 4.3.0 try again later", "554 5.7.1 message rejected"])
            await publish_claims(settings, [make_claim(subject="Belarus", extracted_at=now())])
            await eventually(lambda: delta("failed") == 1, timeout=60)
            letters = await read_topic(
                settings.bootstrap, settings.topic(DEADLETTER_TOPIC), count=1
            )

    states = await delivery_states(sqlite_url)
    outage_attempts = states[0][1]
    assert outage_attempts >= 3
    assert states == [("sent", outage_attempts), ("sent", 2), ("failed", 2)]
    assert len(server.messages) == 2
    assert {m["Subject"].strip().split(":")[0] for m in server.messages} == {
        "[claimwatch] China",
        "[claimwatch] Iran",
    }
    [letter] = letters
    headers = dict(letter.headers)
    assert headers["reason"] == b"smtp_5xx" and b"554" in headers["error"]
    body = orjson.loads(letter.value)
    assert (body["channel"], body["target"], body["attempts"]) == ("email", ANALYST, 2)
    assert delta("sent") == 2 and delta("failed") == 1 and delta("latency") == 2
    assert delta("connection") == outage_attempts - 1
    assert delta("smtp_4xx") == 2
    assert delta("retry") == outage_attempts - 1 + 2
    assert delta("dead") == 1  # counted once, when it reached the dead-letter topic


def scrape(port: int) -> dict[str, float]:
    """The consumed counter and assigned partitions of one alerter process."""
    out: dict[str, float] = {"consumed": 0.0, "partitions": 0.0}
    try:
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=2).text
    except httpx.HTTPError:
        return out
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "claimwatch_messages_consumed_total":
                out["consumed"] += sample.value
            elif sample.name == "claimwatch_consumer_lag_messages":
                out["partitions"] += 1
    return out


async def all_sent(database_url: str, count: int) -> bool:
    states = await delivery_states(database_url)
    return len(states) == count and all(state == "sent" for state, _ in states)


@pytest.mark.slow
async def test_two_alerter_processes_in_one_group_send_every_email_once(
    database_url, settings_factory, tmp_path
):
    burst = 40
    with smtp_server() as (server, smtp_port):
        settings = settings_factory(
            database_url=database_url, smtp_port=smtp_port, kafka_topic_partitions=4
        )
        await subscribe(database_url, ("email", ANALYST))
        await publish_claims(settings, [])  # the topics exist before both join
        ports = [free_port(), free_port()]
        with alerter_processes(settings, ports, tmp_path) as procs:
            # Both members hold partitions (each reports lag for what it was assigned).
            await eventually(lambda: all(scrape(p)["partitions"] for p in ports), timeout=90)
            await publish_claims(
                settings,
                [make_claim(subject=f"Actor {i:02d}", extracted_at=now()) for i in range(burst)],
            )
            await eventually(lambda: sum(scrape(p)["consumed"] for p in ports) == burst, timeout=90)
            await eventually(lambda: len(server.messages) >= burst, timeout=90)
            await eventually(lambda: all_sent(database_url, burst), timeout=30)
            shares = [scrape(p)["consumed"] for p in ports]
            assert all(proc.poll() is None for proc in procs)
        states = await delivery_states(database_url)

    assert len(states) == burst and {state for state, _ in states} == {"sent"}
    assert len(server.messages) == burst
    assert len({m["Message-ID"] for m in server.messages}) == burst
    subjects = sorted(m["Subject"].strip().split(":")[0] for m in server.messages)
    assert subjects == sorted(f"[claimwatch] Actor {i:02d}" for i in range(burst))
    assert all(share > 0 for share in shares), shares  # both processes did work
