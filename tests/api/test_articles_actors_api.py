from __future__ import annotations

import pytest

from tests.api.conftest import Api
from tests.api.support import seed


async def test_articles_list_and_pagination(api: Api) -> None:
    await seed(api.engine, 7)
    first = (await api.client.get("/v1/articles", params={"limit": 4}, headers=api.reader)).json()
    assert len(first["items"]) == 4 and first["next_cursor"]
    second = (
        await api.client.get(
            "/v1/articles",
            params={"limit": 4, "cursor": first["next_cursor"]},
            headers=api.reader,
        )
    ).json()
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert len(set(ids)) == 7 and second["next_cursor"] is None
    assert "content" not in first["items"][0]


@pytest.mark.parametrize(
    ("params", "count"),
    [
        pytest.param({"feed_id": "1"}, 7, id="feed"),
        pytest.param({"feed_id": "2"}, 0, id="other-feed"),
        pytest.param({"since": "2025-03-01T12:04:00Z"}, 3, id="since"),
    ],
)
async def test_article_filters(api: Api, params: dict[str, str], count: int) -> None:
    await seed(api.engine, 7)
    response = await api.client.get("/v1/articles", params=params, headers=api.reader)
    assert len(response.json()["items"]) == count


@pytest.mark.parametrize(
    ("params", "code"),
    [
        pytest.param({"feed_id": "0"}, 422, id="feed-zero"),
        pytest.param({"feed_id": "99999999999999"}, 422, id="feed-huge"),
        pytest.param(
            {"cursor": "WyJjbGFpbXMiLCIyMDI1LTAxLTAxVDAwOjAwOjAwKzAwOjAwIiwieCJd"},
            400,
            id="claims-cursor",
        ),
        pytest.param({"limit": "1000"}, 422, id="limit"),
    ],
)
async def test_article_bad_requests(api: Api, params: dict[str, str], code: int) -> None:
    response = await api.client.get("/v1/articles", params=params, headers=api.reader)
    assert response.status_code == code, response.text


async def test_article_detail_has_text_and_claims(api: Api) -> None:
    [claim] = await seed(api.engine, 1)
    body = (await api.client.get(f"/v1/articles/{claim.article_id}", headers=api.reader)).json()
    assert claim.evidence in body["content"]
    assert [c["id"] for c in body["claims"]] == [claim.id]
    missing = await api.client.get("/v1/articles/nope", headers=api.reader)
    assert missing.status_code == 404


async def test_actors_counts_and_pages(api: Api) -> None:
    await seed(api.engine, 10)
    body = (await api.client.get("/v1/actors", headers=api.reader)).json()
    by_name = {item["name"]: item for item in body["items"]}
    assert by_name["China"]["claim_count"] == 4
    assert body["items"][0]["name"] == "China"
    assert by_name["Iran"]["first_seen_at"].startswith("2025-03-01T12:01")
    assert by_name["Iran"]["last_seen_at"].startswith("2025-03-01T12:06")
    page = (await api.client.get("/v1/actors", params={"limit": 2}, headers=api.reader)).json()
    rest = (
        await api.client.get(
            "/v1/actors", params={"limit": 2, "cursor": page["next_cursor"]}, headers=api.reader
        )
    ).json()
    names = [i["name"] for i in page["items"] + rest["items"]]
    assert len(set(names)) == 4


@pytest.mark.parametrize("name", ["China", "Beijing"])
async def test_actor_timeline_resolves_aliases(api: Api, name: str) -> None:
    await seed(api.engine, 10)
    body = (await api.client.get(f"/v1/actors/{name}/timeline", headers=api.reader)).json()
    assert body["actor"] == "China"
    [day] = body["items"]
    assert day["day"] == "2025-03-01"
    assert day["claim_count"] == 4
    assert day["claim_types"] == {"drone_supply": 2, "component_supply": 2}
    assert day["stances"] == {"asserted": 2, "denied": 2}
