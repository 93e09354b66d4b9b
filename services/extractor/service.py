"""The extractor service: articles in, claims stored and published (keyed by subject).

Extraction is CPU work: it runs in a worker thread so the consumer keeps
heartbeating. The claim publish is awaited before the offset may be committed.
A polled batch is handled at once: one transaction and one round of publishes for
all its articles (per-article round trips were most of the wall time when profiled).
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from aiokafka import AIOKafkaProducer
from aiokafka.structs import ConsumerRecord
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.extractor.extraction import COMPILED, EXTRACTOR_VERSION, Extractor
from services.extractor.store import store_articles, store_claims
from shared.db.engine import create_engine, session_factory
from shared.events import (
    ARTICLES_TOPIC,
    CLAIMS_TOPIC,
    DEADLETTER_TOPIC,
    Article,
    Claim,
    ClaimFields,
)
from shared.health import Health
from shared.kafka.consumer import ConsumerConfig, ConsumerRunner
from shared.kafka.producer import DeadLetterPublisher, DlqLimit, create_producer
from shared.kafka.serde import decode, encode
from shared.metrics import CLAIMS_EXTRACTED, EXTRACTION_LATENCY
from shared.service import ServiceMain, connect_broker, database_check
from shared.settings import Settings

log = logging.getLogger(__name__)


class ArticleHandler:
    def __init__(
        self,
        *,
        extractor: Extractor,
        sessions: async_sessionmaker[AsyncSession],
        producer: AIOKafkaProducer,
        claims_topic: str,
        executor: ThreadPoolExecutor,
    ) -> None:
        self._extractor = extractor
        self._sessions = sessions
        self._producer = producer
        self._claims_topic = claims_topic
        self._executor = executor

    async def __call__(self, record: ConsumerRecord) -> None:
        await self.handle_batch([record])

    async def handle_batch(self, records: list[ConsumerRecord]) -> None:
        """Extract, store and publish the claims of every article in `records`.
        A poison message raises InvalidMessage before anything is written."""
        articles = list({a.id: a for a in (decode(r.value, Article) for r in records)}.values())
        found = await asyncio.get_running_loop().run_in_executor(
            self._executor, self._extract_all, articles
        )
        now = datetime.now(UTC)
        claims = [
            Claim.from_fields(
                f, article=article, extracted_at=now, extractor_version=self._extractor.version
            )
            for article, fields in zip(articles, found, strict=True)
            for f in fields
        ]
        async with self._sessions.begin() as session:
            await store_articles(session, articles=articles, now=now)
            await store_claims(session, claims=list({c.id: c for c in claims}.values()))
        sends = [
            await self._producer.send(self._claims_topic, encode(c), key=c.subject.encode())
            for c in claims
        ]
        await asyncio.gather(*sends)
        for c in claims:
            CLAIMS_EXTRACTED.labels(c.claim_type, c.stance).inc()

    def _extract_all(self, articles: list[Article]) -> list[list[ClaimFields]]:
        out = []
        for article in articles:
            started = time.perf_counter()
            out.append(self._extractor.extract(article.text()))
            EXTRACTION_LATENCY.observe(time.perf_counter() - started)
        return out


def extractor_main(settings: Settings, *, extractor: Extractor | None = None) -> ServiceMain:
    async def main(stop: asyncio.Event, health: Health) -> None:
        engine = create_engine(settings.database_url)
        producer = create_producer(settings, client_id="extractor")
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")
        runner: ConsumerRunner | None = None

        health.add_check("database", database_check(engine))
        health.add_check("broker", lambda: runner is not None and runner.connected)
        log.info(
            "extractor %s, %s",
            EXTRACTOR_VERSION,
            "compiled with mypyc" if COMPILED else "from the Python sources (about 1.7x slower)",
        )
        try:
            if not await connect_broker(
                settings,
                producer,
                topics=[ARTICLES_TOPIC, CLAIMS_TOPIC, DEADLETTER_TOPIC],
                stop=stop,
            ):
                return
            handler = ArticleHandler(
                extractor=extractor
                or Extractor.load(settings.gazetteer_path, learned=settings.extractor_learned),
                sessions=session_factory(engine),
                producer=producer,
                claims_topic=settings.topic(CLAIMS_TOPIC),
                executor=executor,
            )
            runner = ConsumerRunner(
                ConsumerConfig.for_service(settings, service="extractor", topic=ARTICLES_TOPIC),
                handler,
                DeadLetterPublisher(
                    producer,
                    topic=settings.topic(DEADLETTER_TOPIC),
                    service="extractor",
                    limit=DlqLimit(settings.deadletter_max_per_minute),
                ),
                batch_handler=handler.handle_batch,
            )
            await runner.run(stop)
        finally:
            await producer.stop()
            executor.shutdown(wait=True)
            await engine.dispose()

    return main
