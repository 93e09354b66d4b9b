import pytest

from services.alerter.matching import SubscriptionCache, SubscriptionView, match_all
from shared.db.models import Subscription

from .support import FakeClock, add_subscription, make_claim, resolve


def view(**fields) -> SubscriptionView:
    row = Subscription(
        id=fields.pop("id", 1),
        channel="file",
        target="",
        subjects=fields.pop("subjects", []),
        claim_types=fields.pop("claim_types", []),
        stances=fields.pop("stances", []),
        min_confidence=fields.pop("min_confidence", 0.0),
        keywords=fields.pop("keywords", []),
        mode=fields.pop("mode", "immediate"),
    )
    return SubscriptionView.from_row(row, resolve)


CASES = [
    ("everything", {}, {}, True),
    ("subject exact", {"subjects": ["China"]}, {}, True),
    ("subject alias in subscription", {"subjects": ["Beijing"]}, {}, True),
    ("subject alias in claim", {"subjects": ["China"]}, {"subject": "PRC"}, True),
    ("subject case-insensitive", {"subjects": ["china"]}, {}, True),
    ("other subject", {"subjects": ["Iran"]}, {}, False),
    ("one of several subjects", {"subjects": ["Iran", "Beijing"]}, {}, True),
    ("claim type", {"claim_types": ["drone_supply"]}, {}, True),
    ("other claim type", {"claim_types": ["personnel"]}, {}, False),
    ("stance", {"stances": ["denied"]}, {"stance": "denied"}, True),
    ("other stance", {"stances": ["denied"]}, {}, False),
    ("confidence at threshold", {"min_confidence": 0.9}, {}, True),
    ("confidence below", {"min_confidence": 0.95}, {}, False),
    ("keyword in evidence", {"keywords": ["SHAHED"]}, {}, True),
    ("keyword in title", {"keywords": ["ships"]}, {}, True),
    ("keyword missing", {"keywords": ["Lancet"]}, {}, False),
    (
        "all filters",
        {
            "subjects": ["Beijing"],
            "claim_types": ["drone_supply"],
            "stances": ["asserted"],
            "keywords": ["drones"],
        },
        {},
        True,
    ),
]


@pytest.mark.parametrize(("name", "sub", "claim", "expected"), CASES, ids=[c[0] for c in CASES])
def test_matching(name, sub, claim, expected):
    assert bool(match_all([view(**sub)], make_claim(**claim), resolve)) is expected


async def test_cache_reloads_after_ttl_only(sqlite_sf):
    clock = FakeClock()
    cache = SubscriptionCache(sqlite_sf, resolve=resolve, clock=clock.monotonic, ttl=5.0)
    first = await add_subscription(sqlite_sf, subjects=["Beijing"])
    assert [s.id for s in await cache.match(make_claim())] == [first]
    second = await add_subscription(sqlite_sf, subjects=["China"])
    assert [s.id for s in await cache.match(make_claim())] == [first]  # cached
    clock.advance(5)
    assert [s.id for s in await cache.match(make_claim())] == [first, second]
    await add_subscription(sqlite_sf, subjects=["China"], active=False)
    cache.invalidate()
    assert len(await cache.get()) == 2
