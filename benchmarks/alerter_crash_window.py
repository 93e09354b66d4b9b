"""How often does a SIGKILL of the alerter leave an email that will be sent twice?

    PYTHONPATH=. python benchmarks/alerter_crash_window.py --rounds 20 --deliveries 40

Each round: a fresh SQLite database with `--deliveries` email subscriptions to one
claim, a `claimwatch alerter` process, and a real aiosmtpd server answering at
full speed. Once the first email arrives the alerter is killed after a random delay
within the dispatch. Then it counts the emails the server accepted whose delivery
was not yet marked `sent`: exactly those are sent again when their lease expires
(tests/faults/test_alerter_crash.py proves the equality). It prints the rate per
kill and per email.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from services.alerter.subscriptions import SubscriptionCreate, create_subscription
from shared.broker import EmbeddedBroker
from shared.db.engine import create_engine, session_factory
from shared.db.migrate import migrate
from shared.db.models import Delivery
from shared.events import CLAIMS_TOPIC, DEADLETTER_TOPIC, Article, Claim, ClaimFields
from shared.kafka.admin import ensure_topics
from shared.kafka.producer import create_producer
from shared.kafka.serde import encode
from shared.settings import Settings
from tests.support.kafka import eventually, unique_prefix
from tests.support.services import service_process
from tests.support.smtp import smtp_server


def claim() -> Claim:
    evidence = "Iran has delivered attack drones to Russia, officials said."
    article = Article(
        id="window-bench",
        url="https://news.example.org/window",
        title="Iran arms Russia",
        content=evidence,
        fetched_at=datetime.now(UTC),
        content_hash="window",
    )
    fields = ClaimFields(
        subject="Iran",
        subject_kind="country",
        claim_type="drone_supply",
        stance="asserted",
        evidence=evidence,
        start=0,
        end=len(evidence),
        confidence=0.9,
    )
    return Claim.from_fields(
        fields, article=article, extracted_at=datetime.now(UTC), extractor_version="bench"
    )


async def one_round(
    broker: EmbeddedBroker, workdir: Path, deliveries: int, delay: float
) -> tuple[int, int, float]:
    url = f"sqlite+aiosqlite:///{workdir / 'claimwatch.db'}"
    engine = create_engine(url)
    await migrate(engine)
    async with session_factory(engine)() as session:
        for i in range(deliveries):
            await create_subscription(
                session,
                data=SubscriptionCreate(
                    channel="email", target=f"a{i}@example.org", subjects=["Iran"]
                ),
                owner_key_id=None,
                now=datetime.now(UTC),
            )
    prefix = unique_prefix()
    with smtp_server() as (inbox, port):
        settings = Settings(
            database_url=url,
            kafka_bootstrap=broker.bootstrap,
            topic_prefix=prefix,
            consumer_group_prefix=f"{prefix}cg",
            kafka_topic_partitions=1,
            kafka_session_timeout_ms=3000,
            smtp_port=port,
            log_format="text",
        )
        topics = [settings.topic(CLAIMS_TOPIC), settings.topic(DEADLETTER_TOPIC)]
        await ensure_topics(broker.bootstrap, topics, partitions=1)
        producer = create_producer(settings, client_id="bench")
        await producer.start()
        await producer.send_and_wait(topics[0], encode(claim()), key=b"Iran")
        await producer.stop()
        with service_process("alerter", settings, workdir) as alerter:
            await eventually(lambda: inbox.messages, timeout=60, interval=0.005)
            started = time.monotonic()
            await asyncio.sleep(delay)
            alerter.kill()
            killed_after = time.monotonic() - started
        accepted = len(inbox.messages)
    async with engine.connect() as conn:
        sent = await conn.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.state == "sent")
        )
    await engine.dispose()
    return accepted, int(sent or 0), killed_after


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--deliveries", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--max-delay-ms",
        type=float,
        default=300,
        help="kill within this long after the first email",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rounds = []
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker() as broker:
        for n in range(args.rounds):
            workdir = Path(tmp) / f"round{n}"
            workdir.mkdir()
            accepted, sent, killed_after = await one_round(
                broker, workdir, args.deliveries, rng.uniform(0, args.max_delay_ms / 1000)
            )
            rounds.append({"accepted": accepted, "sent": sent, "window": accepted - sent})
            print(
                f"round {n}: killed {killed_after * 1000:.0f} ms after the first email; "
                f"{accepted} accepted, {sent} marked sent, {accepted - sent} would repeat",
                flush=True,
            )
    mid = [r for r in rounds if r["accepted"] < args.deliveries]
    repeats = sum(r["window"] for r in rounds)
    accepted_total = sum(r["accepted"] for r in rounds)
    summary = {
        "rounds": len(rounds),
        "kills_mid_dispatch": len(mid),
        "kills_leaving_a_repeat": sum(1 for r in rounds if r["window"] > 0),
        "emails_accepted": accepted_total,
        "emails_that_would_repeat": repeats,
        "repeat_rate_per_accepted_email": round(repeats / accepted_total, 4)
        if accepted_total
        else None,
    }
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
