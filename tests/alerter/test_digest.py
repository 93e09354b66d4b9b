import asyncio
import json
from datetime import timedelta

from sqlalchemy import func, select

from services.alerter.channels.email import EmailNotifier, SmtpConfig
from services.alerter.channels.file import FileNotifier
from services.alerter.digest import group_items, period_for
from services.alerter.record import record_claim
from shared.db.engine import create_engine, session_factory
from shared.db.models import Delivery

from .support import T0, add_subscription, bodies, make_claim, make_dispatcher, resolve, smtp_server


async def record(sf, claim, now):
    return await record_claim(
        sf, claim, resolve=resolve, window=timedelta(days=30), now=now, digest_interval=3600
    )


def test_periods_align_on_the_interval():
    period = period_for(T0 + timedelta(minutes=59, seconds=59), 3600)
    assert (period.start, period.end) == (T0, T0 + timedelta(hours=1))
    assert period.key == f"digest:3600:{int(T0.timestamp())}"
    daily = period_for(T0, 86400)
    assert daily.start == T0.replace(hour=0) and daily.end == daily.start + timedelta(days=1)


def test_grouping_by_subject_with_corroboration_counts():
    items = [
        ("China", True, make_claim(source="Reuters")),
        ("Iran", True, make_claim(subject="Iran")),
        ("China", False, make_claim(source="AP")),
        ("China", False, make_claim(source="Reuters")),
        ("China", True, make_claim(stance="denied")),
    ]
    groups = group_items(items)
    assert [(g.subject, g.count) for g in groups] == [("China", 4), ("Iran", 1)]
    china = groups[0].entries
    assert [(e.claim_type, e.stance, e.count, e.novel) for e in china] == [
        ("drone_supply", "asserted", 3, True),
        ("drone_supply", "denied", 1, True),
    ]
    assert china[0].sources == ("Reuters", "AP")


async def test_one_digest_per_period_grouped_by_subject(sf, clock, tmp_path):
    await add_subscription(sf, channel="file", target="", mode="digest")
    at = T0 + timedelta(minutes=10)
    for claim in [
        make_claim(),
        make_claim(subject="Beijing"),
        make_claim(),
        make_claim(subject="Iran"),
    ]:
        assert await record(sf, claim, at) == []
    h = make_dispatcher(sf, {"file": FileNotifier(tmp_path)}, clock=clock)
    clock.advance(3600)  # the period just closed: wait for the grace
    assert await h.dispatcher.run_once() == 0
    clock.advance(31)
    assert await h.dispatcher.run_once() == 1
    assert await h.dispatcher.run_once() == 0
    [path] = tmp_path.glob("digest-*.json")
    body = json.loads(path.read_text())
    assert body["period_start"].startswith("2026-03-01T12:00:00")
    assert [(g["subject"], g["count"]) for g in body["groups"]] == [("China", 3), ("Iran", 1)]
    assert body["groups"][0]["entries"][0]["count"] == 3
    # A claim in the next period makes the next digest; the first is not re-sent.
    await record(sf, make_claim(subject="Iran"), clock())
    clock.advance(3600)
    assert await h.dispatcher.run_once() == 1
    assert len(list(tmp_path.glob("digest-*.json"))) == 2


async def test_two_replicas_send_a_period_s_digest_once(database_url, clock, tmp_path):
    engines = [create_engine(database_url) for _ in range(2)]
    try:
        a, b = (session_factory(e) for e in engines)
        await add_subscription(a, channel="file", target="", mode="digest")
        await add_subscription(
            a,
            channel="file",
            target="daily",
            mode="digest",
            digest_interval_seconds=86400,
        )
        await record(a, make_claim(), T0 + timedelta(minutes=5))
        clock.advance(2 * 3600)
        replicas = [
            make_dispatcher(sf, {"file": FileNotifier(tmp_path)}, clock=clock) for sf in (a, b)
        ]
        sent = await asyncio.gather(*(r.dispatcher.run_once() for r in replicas))
        assert sum(sent) == 1  # the hourly one; the daily period is still open
        async with a() as session:
            assert await session.scalar(select(func.count()).select_from(Delivery)) == 1
        clock.advance(86400)
        assert await replicas[1].dispatcher.run_once() == 1
        assert len(list(tmp_path.glob("daily-digest-*.json"))) == 1
    finally:
        for engine in engines:
            await engine.dispose()


async def test_digest_email_lists_subjects_and_counts(sf, clock):
    with smtp_server() as (server, port):
        await add_subscription(sf, channel="email", target="desk@example.org", mode="digest")
        for claim in [make_claim(), make_claim(), make_claim(subject="Iran", title="<b>Iran</b>")]:
            await record(sf, claim, T0)
        notifier = EmailNotifier(SmtpConfig(port=port), public_url="https://claimwatch.example")
        h = make_dispatcher(sf, {"email": notifier}, clock=clock)
        clock.advance(3700)
        assert await h.dispatcher.run_once() == 1
    [message] = server.messages
    assert message["Subject"].strip() == "[claimwatch] Digest: 3 claims about 2 subjects"
    text, html = bodies(message)
    assert "China (2 claims)" in text and "Iran (1 claim)" in text
    assert "&lt;b&gt;Iran&lt;/b&gt;" in html and "<b>Iran</b>" not in html
    assert message["List-Unsubscribe"].startswith("<https://claimwatch.example/v1/unsubscribe?")
