"""The alerter service: claims in, pending deliveries recorded, then sent.

A polled batch of claims is recorded in one transaction; offsets are committed once
`record_claims` has durably written the pending deliveries. The dispatcher sends
them from the database with its own retries, so a failing channel never holds the
claims topic back and a crash loses nothing.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta

import httpx
import orjson
from aiokafka.structs import ConsumerRecord

from services.alerter.channels.email import EmailNotifier, SmtpConfig
from services.alerter.channels.file import FileNotifier
from services.alerter.channels.slack import SlackNotifier
from services.alerter.channels.webhook import WebhookNotifier
from services.alerter.dispatch import Dispatcher, DispatchOptions
from services.alerter.matching import SubscriptionCache
from services.alerter.metrics import AlerterMetrics
from services.alerter.notification import DeadLetter
from services.alerter.record import MAX_BATCH, record_claims
from services.alerter.retry import RetryPolicy
from services.extractor.extraction import Extractor
from shared.db.engine import create_engine, session_factory
from shared.events import CLAIMS_TOPIC, DEADLETTER_TOPIC, Claim
from shared.health import Health
from shared.kafka.consumer import ConsumerConfig, ConsumerRunner
from shared.kafka.producer import DeadLetterPublisher, DlqLimit, create_producer
from shared.kafka.serde import decode
from shared.service import ServiceMain, connect_broker, database_check
from shared.settings import Settings


def utcnow() -> datetime:
    return datetime.now(UTC)


def alerter_main(settings: Settings, *, extractor: Extractor | None = None) -> ServiceMain:
    async def main(stop: asyncio.Event, health: Health) -> None:
        engine = create_engine(settings.database_url)
        sessions = session_factory(engine)
        producer = create_producer(settings, client_id="alerter")
        http = httpx.AsyncClient(
            timeout=httpx.Timeout(10.0, connect=5.0), trust_env=False, follow_redirects=False
        )
        email = EmailNotifier(SmtpConfig.from_settings(settings), public_url=settings.public_url)
        runner: ConsumerRunner | None = None

        health.add_check("database", database_check(engine))
        health.add_check("broker", lambda: runner is not None and runner.connected)
        try:
            if not await connect_broker(
                settings, producer, topics=[CLAIMS_TOPIC, DEADLETTER_TOPIC], stop=stop
            ):
                return
            deadletters = DeadLetterPublisher(
                producer,
                topic=settings.topic(DEADLETTER_TOPIC),
                service="alerter",
                limit=DlqLimit(settings.deadletter_max_per_minute),
            )

            async def dead_letter(letter: DeadLetter) -> None:
                await deadletters.publish(
                    key=letter.fingerprint.encode(),
                    value=orjson.dumps(asdict(letter)),
                    reason=letter.reason,
                    error=letter.error,
                )

            gazetteer = extractor or Extractor.load(settings.gazetteer_path)

            def resolve(name: str) -> str:
                return gazetteer.resolve_actor(name) or name

            dispatcher = Dispatcher(
                sessions,
                {
                    "email": email,
                    "slack": SlackNotifier(
                        http,
                        public_url=settings.public_url,
                        allow_private=settings.allow_private_urls,
                    ),
                    "webhook": WebhookNotifier(
                        http,
                        clock=utcnow,
                        allow_private=settings.allow_private_urls,
                        secret=settings.webhook_secret.get_secret_value()
                        if settings.webhook_secret
                        else None,
                    ),
                    "file": FileNotifier(settings.alert_dir),
                },
                clock=utcnow,
                rng=random.Random(),
                policy=RetryPolicy(deadline=settings.delivery_deadline_seconds),
                deadletter=dead_letter,
                metrics=AlerterMetrics(),
                options=DispatchOptions(
                    lease=timedelta(seconds=settings.delivery_lease_seconds),
                    send_timeout=settings.delivery_send_timeout_seconds,
                ),
            )
            subscriptions = SubscriptionCache(sessions, resolve=resolve, clock=time.monotonic)
            window = timedelta(days=settings.novelty_window_days)

            async def handle_batch(records: list[ConsumerRecord]) -> None:
                claims = [decode(record.value, Claim) for record in records]
                queued = await record_claims(
                    sessions,
                    claims,
                    resolve=resolve,
                    window=window,
                    now=utcnow(),
                    subscriptions=subscriptions,
                    digest_interval=settings.digest_interval_seconds,
                )
                if queued:
                    dispatcher.wake()

            async def handle(record: ConsumerRecord) -> None:
                await handle_batch([record])

            runner = ConsumerRunner(
                replace(
                    ConsumerConfig.for_service(settings, service="alerter", topic=CLAIMS_TOPIC),
                    max_batch=MAX_BATCH,
                ),
                handle,
                deadletters,
                batch_handler=handle_batch,
            )
            dispatch_task = asyncio.create_task(dispatcher.run(stop))
            try:
                await runner.run(stop)
            finally:
                stop.set()
                await dispatch_task
        finally:
            await email.close()
            await http.aclose()
            await producer.stop()
            await engine.dispose()

    return main
