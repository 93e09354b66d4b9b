from __future__ import annotations

import pytest

from tests.api.conftest import Api

GOOD = "https://news.example.org/feed.xml"


async def test_feed_crud(api: Api) -> None:
    created = await api.client.post(
        "/v1/feeds",
        json={"url": GOOD, "title": "Example", "interval_seconds": 600},
        headers=api.admin,
    )
    assert created.status_code == 201, created.text
    feed = created.json()
    assert feed["status"] == "pending" and feed["consecutive_errors"] == 0
    assert feed["items_seen"] == 0 and feed["next_check_at"]
    listed = (await api.client.get("/v1/feeds", headers=api.reader)).json()
    assert [f["url"] for f in listed["items"]] == [GOOD]
    assert listed["next_cursor"] is None
    again = await api.client.post("/v1/feeds", json={"url": GOOD}, headers=api.admin)
    assert again.status_code == 409
    assert (await api.client.get(f"/v1/feeds/{feed['id']}", headers=api.reader)).status_code == 200
    deleted = await api.client.delete(f"/v1/feeds/{feed['id']}", headers=api.admin)
    assert deleted.status_code == 204
    gone = await api.client.delete(f"/v1/feeds/{feed['id']}", headers=api.admin)
    assert gone.status_code == 404


BAD_FEEDS = [
    pytest.param({"url": "ftp://example.org/feed"}, 422, id="scheme"),
    pytest.param({"url": "javascript:alert(1)"}, 422, id="javascript"),
    pytest.param({"url": "https://"}, 422, id="no-host"),
    pytest.param({"url": "https://user:pw@example.org/f"}, 422, id="credentials"),
    pytest.param({"url": "https://example.org/" + "a" * 3000}, 422, id="too-long"),
    pytest.param({"url": "https://exa mple.org/"}, 422, id="whitespace"),
    pytest.param({"url": "https://example.org/\x00"}, 422, id="nul"),
    pytest.param({"url": GOOD, "interval_seconds": 1}, 422, id="interval-too-short"),
    pytest.param({"title": "no url"}, 422, id="missing-url"),
    pytest.param({"url": "http://127.0.0.1/feed"}, 400, id="loopback"),
    pytest.param({"url": "http://localhost:8080/feed"}, 400, id="localhost"),
    pytest.param({"url": "http://10.1.2.3/feed"}, 400, id="private"),
    pytest.param({"url": "http://169.254.169.254/latest"}, 400, id="link-local-metadata"),
    pytest.param({"url": "http://[::1]/feed"}, 400, id="ipv6-loopback"),
    pytest.param({"url": "http://[::ffff:127.0.0.1]/feed"}, 400, id="ipv4-mapped"),
    pytest.param({"url": "http://2130706433/feed"}, 400, id="integer-ip"),
    pytest.param({"url": "http://127.1/feed"}, 400, id="short-ip"),
]


@pytest.mark.parametrize(("body", "code"), BAD_FEEDS)
async def test_bad_feeds_are_refused(api: Api, body: dict[str, object], code: int) -> None:
    response = await api.client.post("/v1/feeds", json=body, headers=api.admin)
    assert response.status_code == code, response.text
    assert response.json()["detail"]


async def test_private_feeds_allowed_when_configured(make_api) -> None:
    api = await make_api(allow_private_urls=True)
    response = await api.client.post(
        "/v1/feeds", json={"url": "http://127.0.0.1:9/feed"}, headers=api.admin
    )
    assert response.status_code == 201


@pytest.mark.parametrize("body", ["{not json", "[]", "null"])
async def test_malformed_bodies(api: Api, body: str) -> None:
    response = await api.client.post(
        "/v1/feeds", content=body, headers={**api.admin, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
