"""API latency over a large claims table in PostgreSQL.

    CLAIMWATCH_TEST_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/test \
        python benchmarks/api_latency.py --claims 1000000

Creates a scratch database, COPYs the claims in, then times requests through the
real app (in-process ASGI client, no network) and prints p50/p95 per query.
Target: p95 < 50 ms for `GET /v1/claims?subject=China&limit=50`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
import httpx
from sqlalchemy.engine import make_url

from services.api.app import create_app
from shared.db.engine import create_engine
from shared.db.migrate import migrate
from shared.events import claim_fingerprint, stable_hash
from shared.settings import Settings

SUBJECTS = ["China", "Iran", "North Korea", "DJI", "Autel", "IEMZ Kupol", "Belarus", "India"]
WEIGHTS = [30, 20, 10, 10, 5, 5, 10, 10]
TYPES = ["drone_supply", "component_supply", "weapons_supply", "sanctions_evasion", "personnel"]
WORDS = ["Shahed", "Garpiya", "engines", "microchips", "drones", "shells", "exporters", "Lancet"]
HOSTS = ["reuters.com", "kyivindependent.com", "rferl.org", "nytimes.com", "bbc.co.uk"]
COLUMNS = [
    "id",
    "article_id",
    "subject",
    "subject_kind",
    "claim_type",
    "stance",
    "source",
    "recipient",
    "products",
    "quantities",
    "evidence",
    "start_offset",
    "end_offset",
    "confidence",
    "fingerprint",
    "article_url",
    "article_title",
    "feed_url",
    "published_at",
    "extracted_at",
    "extractor_version",
]


def dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def records(start: int, count: int, origin: datetime, rng: random.Random) -> list[tuple]:
    rows = []
    for n in range(start, start + count):
        subject = rng.choices(SUBJECTS, WEIGHTS)[0]
        claim_type = rng.choice(TYPES)
        stance = "denied" if rng.random() < 0.1 else "asserted"
        words = " ".join(rng.sample(WORDS, 3))
        evidence = f"{subject} reportedly sent {words} to Russia, officials said ({n})."
        at = origin + timedelta(seconds=n * 60 + rng.random())
        host = rng.choice(HOSTS)
        rows.append(
            (
                stable_hash("claim", str(n)),
                stable_hash("article", str(n // 2)),
                subject,
                "country",
                claim_type,
                stance,
                None,
                "Russia",
                json.dumps([]),
                json.dumps([]),
                evidence,
                10,
                10 + len(evidence),
                round(rng.random(), 3),
                claim_fingerprint(subject, claim_type, stance),
                f"https://{host}/a/{n}",
                f"Report {n}: {words}",
                f"https://{host}/feed",
                at,
                at,
                "bench",
            )
        )
    return rows


async def load(url: str, total: int) -> None:
    engine = create_engine(url)
    await migrate(engine)
    await engine.dispose()
    conn = await asyncpg.connect(dsn(url))
    rng = random.Random(7)
    origin = datetime(2023, 1, 1, tzinfo=UTC)
    started = time.perf_counter()
    try:
        batch = 50_000
        for start in range(0, total, batch):
            rows = records(start, min(batch, total - start), origin, rng)
            await conn.copy_records_to_table("claims", records=rows, columns=COLUMNS)
        # what the alerter keeps: one row per (subject, claim type, stance)
        await conn.execute(
            "INSERT INTO fingerprints (fingerprint, subject, claim_type, stance, first_claim_id,"
            " first_seen_at, last_seen_at, claim_count) SELECT fingerprint, min(subject),"
            " min(claim_type), min(stance), min(id), min(extracted_at), max(extracted_at),"
            " count(*) FROM claims GROUP BY fingerprint"
        )
        await conn.execute("VACUUM ANALYZE claims")
    finally:
        await conn.close()
    print(f"loaded {total:,} claims in {time.perf_counter() - started:.1f} s")


async def measure(
    client: httpx.AsyncClient, path: str, params: dict, n: int
) -> tuple[float, float]:
    for _ in range(10):  # warm-up
        (await client.get(path, params=params)).raise_for_status()
    timings = []
    for _ in range(n):
        started = time.perf_counter()
        response = await client.get(path, params=params)
        timings.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


async def bench(url: str, n: int) -> None:
    app = create_app(Settings(database_url=url, api_open_reads=True))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            first = (await client.get("/v1/claims", params={"subject": "China"})).json()
            cases = [
                ("subject=China&limit=50", "/v1/claims", {"subject": "China", "limit": 50}),
                (
                    "subject=China page 2",
                    "/v1/claims",
                    {"subject": "China", "limit": 50, "cursor": first["next_cursor"]},
                ),
                ("no filter, limit=50", "/v1/claims", {"limit": 50}),
                (
                    "claim_type+stance",
                    "/v1/claims",
                    {"claim_type": "personnel", "stance": "denied", "limit": 50},
                ),
                ("q=Shahed", "/v1/claims", {"q": "Shahed", "limit": 50}),
                (
                    "q=Shahed engines, subject=Iran",
                    "/v1/claims",
                    {"q": "Shahed engines", "subject": "Iran", "limit": 50},
                ),
                ("claim detail", f"/v1/claims/{first['items'][0]['id']}", {}),
            ]
            print(f"{'query':<34} {'p50 ms':>8} {'p95 ms':>8}")
            for name, path, params in cases:
                p50, p95 = await measure(client, path, params, n)
                print(f"{name:<34} {p50:>8.1f} {p95:>8.1f}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default=os.environ.get("CLAIMWATCH_TEST_POSTGRES_URL"))
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args()
    if not args.url:
        parser.error("set --url or CLAIMWATCH_TEST_POSTGRES_URL")
    name = f"cw_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(dsn(args.url))
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(args.url).set(database=name).render_as_string(hide_password=False)
    try:
        await load(url, args.claims)
        await bench(url, args.requests)
    finally:
        if not args.keep:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
