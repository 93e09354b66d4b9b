from __future__ import annotations

from datetime import timedelta

import pytest

from tests.api.conftest import Api
from tests.api.support import T0, seed

FILTER_CASES = [
    pytest.param({"subject": "China"}, {"China"}, 4, id="subject"),
    pytest.param({"subject": "Beijing"}, {"China"}, 4, id="alias-beijing"),
    pytest.param({"subject": "PRC", "stance": "denied"}, {"China"}, 2, id="alias-and-stance"),
    pytest.param({"claim_type": "weapons_supply"}, {"Iran"}, 2, id="claim-type"),
    pytest.param({"source": "Ukraine"}, None, 5, id="source"),
    pytest.param({"since": (T0 + timedelta(minutes=5)).isoformat()}, None, 5, id="since"),
    pytest.param({"until": (T0 + timedelta(minutes=2)).isoformat()}, None, 2, id="until"),
    pytest.param(
        {"since": "2025-03-01T12:03:00", "until": "2025-03-01T12:05:00"}, None, 2, id="naive-window"
    ),
    pytest.param({"q": "Shahed"}, {"Iran"}, 2, id="q-word"),
    pytest.param({"q": "drone Moscow"}, {"Iran"}, 2, id="q-all-words-stemmed"),
    pytest.param({"q": "engines", "subject": "China"}, {"China"}, 2, id="q-and-subject"),
    pytest.param({"q": "!!! ???"}, None, 0, id="q-no-words"),
    pytest.param({"q": "Shahed OR Garpiya"}, None, 0, id="q-operators-are-words"),
    pytest.param({"subject": "Atlantis"}, None, 0, id="unknown-subject"),
    pytest.param({"subject": "China' OR '1'='1"}, None, 0, id="sql-looking-subject"),
    pytest.param({"q": "'; DROP TABLE claims; --"}, None, 0, id="sql-looking-q"),
    pytest.param({"source": 'x" OR 1=1 --'}, None, 0, id="sql-looking-source"),
]


@pytest.mark.parametrize(("params", "subjects", "count"), FILTER_CASES)
async def test_claim_filters(
    api: Api, params: dict[str, str], subjects: set[str] | None, count: int
) -> None:
    await seed(api.engine, 10)
    response = await api.client.get("/v1/claims", params=params, headers=api.reader)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert len(items) == count
    if subjects is not None:
        assert {item["subject"] for item in items} == subjects
    times = [item["extracted_at"] for item in items]
    assert times == sorted(times, reverse=True)
    # the table must survive every value
    assert (await api.client.get("/v1/claims", headers=api.reader)).json()["items"]


async def test_claim_fields(api: Api) -> None:
    [claim] = await seed(api.engine, 1)
    item = (await api.client.get("/v1/claims", headers=api.reader)).json()["items"][0]
    assert item["id"] == claim.id
    assert item["start"] == claim.start_offset and item["end"] == claim.end_offset
    assert item["evidence"] == claim.evidence
    assert item["extracted_at"].startswith("2025-03-01T12:00:00")
    assert set(item) >= {"subject", "claim_type", "stance", "source", "fingerprint", "article_url"}


async def test_pagination_walks_everything_once_and_is_stable_under_inserts(api: Api) -> None:
    await seed(api.engine, 23)
    seen: list[str] = []
    page = (await api.client.get("/v1/claims", params={"limit": 10}, headers=api.reader)).json()
    seen += [item["id"] for item in page["items"]]
    # new claims arrive (newer and older than the cursor) between pages
    await seed(api.engine, 3, start=100)
    while page["next_cursor"]:
        page = (
            await api.client.get(
                "/v1/claims",
                params={"limit": 10, "cursor": page["next_cursor"]},
                headers=api.reader,
            )
        ).json()
        seen += [item["id"] for item in page["items"]]
    assert len(seen) == len(set(seen)) == 23


async def test_pagination_with_equal_timestamps(api: Api) -> None:
    rows = await seed(api.engine, 6)
    async with api.engine.begin() as conn:
        from sqlalchemy import update

        from shared.db.models import ClaimRow

        await conn.execute(update(ClaimRow).values(extracted_at=T0))
    ids: list[str] = []
    cursor = None
    for _ in range(10):
        params = {"limit": 4} | ({"cursor": cursor} if cursor else {})
        page = (await api.client.get("/v1/claims", params=params, headers=api.reader)).json()
        ids += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert sorted(ids) == sorted(row.id for row in rows)


BAD_REQUESTS = [
    pytest.param({"limit": "0"}, 422, id="limit-zero"),
    pytest.param({"limit": "-5"}, 422, id="limit-negative"),
    pytest.param({"limit": "501"}, 422, id="limit-over-max"),
    pytest.param({"limit": "99999999999999999999999"}, 422, id="limit-huge"),
    pytest.param({"limit": "ten"}, 422, id="limit-not-a-number"),
    pytest.param({"claim_type": "teleportation"}, 422, id="unknown-claim-type"),
    pytest.param({"stance": "maybe"}, 422, id="unknown-stance"),
    pytest.param({"since": "yesterday"}, 422, id="bad-date"),
    pytest.param({"until": "2025-13-45"}, 422, id="impossible-date"),
    pytest.param({"since": "9999-12-31T23:59:59-14:00"}, 422, id="date-overflow"),
    pytest.param({"cursor": "not-a-cursor"}, 400, id="cursor-garbage"),
    pytest.param({"cursor": "WyJhcnRpY2xlcyIsIjIwMjUiLCJ4Il0"}, 400, id="cursor-other-list"),
    pytest.param({"cursor": "x" * 600}, 422, id="cursor-too-long"),
    pytest.param({"subject": "a\x00b"}, 422, id="nul-in-subject"),
    pytest.param({"q": "x" * 300}, 422, id="q-too-long"),
]


@pytest.mark.parametrize(("params", "code"), BAD_REQUESTS)
async def test_bad_requests_are_clear_4xx(api: Api, params: dict[str, str], code: int) -> None:
    response = await api.client.get("/v1/claims", params=params, headers=api.reader)
    assert response.status_code == code, response.text
    assert response.json()["detail"]


async def test_claim_detail_with_corroboration(api: Api) -> None:
    rows = await seed(api.engine, 10)
    china = rows[0]  # China drone_supply, at minutes 0 and 5
    body = (await api.client.get(f"/v1/claims/{china.id}", headers=api.reader)).json()
    assert body["id"] == china.id
    corroboration = body["corroboration"]
    assert corroboration["claim_count"] == 2
    assert corroboration["outlets"] == ["kyivindependent.com", "rferl.org"]
    assert corroboration["first_seen_at"].startswith("2025-03-01T12:00")
    assert corroboration["last_seen_at"].startswith("2025-03-01T12:05")


@pytest.mark.parametrize("claim_id", ["missing", "' OR 1=1 --", "x" * 64])
async def test_unknown_claim_is_404(api: Api, claim_id: str) -> None:
    response = await api.client.get(f"/v1/claims/{claim_id}", headers=api.reader)
    assert response.status_code == 404
    assert response.json() == {"detail": "claim not found"}
