from __future__ import annotations

import pytest

from tests.api.conftest import Api

READS = ["/v1/claims", "/v1/articles", "/v1/actors", "/v1/feeds", "/v1/actors/China/timeline"]
FEED = {"url": "https://news.example.org/feed.xml"}

AUTH_CASES = [
    pytest.param("GET", "/v1/claims", None, None, 401, id="read-no-key"),
    pytest.param("GET", "/v1/claims", "Bearer cw_nope_nope", None, 401, id="read-bad-key"),
    pytest.param("GET", "/v1/claims", "Basic dXNlcjpwdw==", None, 401, id="read-basic-auth"),
    pytest.param("GET", "/v1/claims", "read", None, 200, id="read-with-read-key"),
    pytest.param("GET", "/v1/claims", "admin", None, 200, id="read-with-admin-key"),
    pytest.param("POST", "/v1/feeds", None, FEED, 401, id="write-no-key"),
    pytest.param("POST", "/v1/feeds", "read", FEED, 403, id="write-read-key"),
    pytest.param("POST", "/v1/feeds", "admin", FEED, 201, id="write-admin-key"),
    pytest.param("DELETE", "/v1/feeds/1", "read", None, 403, id="delete-read-key"),
    pytest.param("GET", "/v1/subscriptions", None, None, 401, id="subscriptions-no-key"),
]


@pytest.mark.parametrize(("method", "path", "auth", "body", "code"), AUTH_CASES)
async def test_auth(
    api: Api, method: str, path: str, auth: str | None, body: dict[str, str] | None, code: int
) -> None:
    headers = {}
    if auth == "read":
        headers = api.reader
    elif auth == "admin":
        headers = api.admin
    elif auth:
        headers = {"Authorization": auth}
    response = await api.client.request(method, path, json=body, headers=headers)
    assert response.status_code == code, response.text
    if code == 401:
        assert response.headers["www-authenticate"] == "Bearer"
        assert "API key" in response.json()["detail"]
    if code == 403:
        assert response.json() == {"detail": "this needs an admin API key"}


async def test_revoked_key_is_401(api: Api) -> None:
    from datetime import UTC, datetime

    from services.api.keys import revoke_key
    from shared.db.engine import session_factory

    async with session_factory(api.engine)() as session:
        await revoke_key(session, key_id=api.keys.read_id, now=datetime.now(UTC))
    assert (await api.client.get("/v1/claims", headers=api.reader)).status_code == 401


@pytest.mark.parametrize("path", READS)
async def test_open_reads(open_api: Api, path: str) -> None:
    assert (await open_api.client.get(path)).status_code == 200
    # a bad key is still refused, and writes still need admin
    bad = await open_api.client.get(path, headers={"Authorization": "Bearer cw_x_y"})
    assert bad.status_code == 401
    assert (await open_api.client.post("/v1/feeds", json=FEED)).status_code == 401


async def test_health_ready_metrics_docs(api: Api) -> None:
    assert (await api.client.get("/healthz")).json() == {"status": "ok"}
    assert (await api.client.get("/readyz")).json() == {"status": "ok"}
    await api.client.get("/v1/claims", headers=api.reader)
    metrics = await api.client.get("/metrics")
    assert metrics.status_code == 200
    assert 'claimwatch_http_requests_total{method="GET",route="/v1/claims",status="2xx"}' in (
        metrics.text
    )
    assert 'claimwatch_http_request_duration_seconds_count{method="GET",route="/v1/claims"}' in (
        metrics.text
    )
    assert (await api.client.get("/docs")).status_code == 200
    schema = (await api.client.get("/openapi.json")).json()
    assert "/v1/claims" in schema["paths"] and "/v1/stream" in schema["paths"]


async def test_readyz_reports_an_unreachable_database(make_api, tmp_path) -> None:
    api = await make_api(database_url="postgresql+asyncpg://nobody@127.0.0.1:1/none")
    response = await api.client.get("/readyz")
    assert response.status_code == 503


@pytest.mark.parametrize(
    ("headers", "content"),
    [
        pytest.param({}, b"x" * (64 * 1024 + 1), id="content-length"),
        pytest.param({"Content-Length": "99999999999"}, b"{}", id="declared-huge"),
    ],
)
async def test_oversized_bodies_are_413(api: Api, headers: dict[str, str], content: bytes) -> None:
    response = await api.client.post(
        "/v1/feeds",
        content=content,
        headers={**api.admin, "Content-Type": "application/json", **headers},
    )
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


async def test_chunked_oversized_body_is_413(api: Api) -> None:
    async def chunks():
        for _ in range(20):
            yield b"x" * 8192

    response = await api.client.post(
        "/v1/feeds", content=chunks(), headers={**api.admin, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
