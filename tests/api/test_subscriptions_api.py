from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from shared.db.engine import session_factory
from shared.db.models import Subscription
from tests.api.conftest import Api

EMAIL = {"channel": "email", "target": "analyst@example.org", "subjects": ["Beijing"]}
SLACK = {
    "channel": "slack",
    "target": "https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX",
    "subjects": ["China"],
    "claim_types": ["drone_supply"],
    "stances": ["asserted"],
    "min_confidence": 0.5,
    "keywords": ["Shahed"],
    "mode": "digest",
}


async def test_create_list_get_patch_delete(api: Api) -> None:
    created = await api.client.post("/v1/subscriptions", json=SLACK, headers=api.reader)
    assert created.status_code == 201, created.text
    sub = created.json()
    assert sub["target"] == "https://hooks.slack.com/…/****"
    assert "SECRET" not in created.text
    assert sub["owner_key_id"] == api.keys.read_id and sub["active"] is True
    listed = (await api.client.get("/v1/subscriptions", headers=api.reader)).json()
    assert [s["id"] for s in listed["items"]] == [sub["id"]]
    assert "SECRET" not in str(listed)
    patched = await api.client.patch(
        f"/v1/subscriptions/{sub['id']}",
        json={"subjects": ["Iran"], "active": False},
        headers=api.reader,
    )
    assert patched.status_code == 200
    assert patched.json()["subjects"] == ["Iran"] and patched.json()["active"] is False
    assert patched.json()["mode"] == "digest"  # untouched
    got = await api.client.get(f"/v1/subscriptions/{sub['id']}", headers=api.reader)
    assert got.json()["subjects"] == ["Iran"]
    deleted = await api.client.delete(f"/v1/subscriptions/{sub['id']}", headers=api.reader)
    assert deleted.status_code == 204
    assert (
        await api.client.get(f"/v1/subscriptions/{sub['id']}", headers=api.reader)
    ).status_code == 404


async def test_email_targets_are_shown_and_tokens_are_random(api: Api) -> None:
    for _ in range(2):
        response = await api.client.post("/v1/subscriptions", json=EMAIL, headers=api.admin)
        assert response.json()["target"] == "analyst@example.org"
    async with session_factory(api.engine)() as session:
        tokens = [s.unsubscribe_token for s in await session.scalars(select(Subscription))]
    assert len(set(tokens)) == 2 and all(len(t) >= 40 for t in tokens)


async def test_another_owners_subscription_is_404_and_admin_sees_all(api: Api) -> None:
    mine = (await api.client.post("/v1/subscriptions", json=EMAIL, headers=api.reader)).json()
    other = api.auth(api.keys.other)
    for method, body in [("GET", None), ("PATCH", {"mode": "digest"}), ("DELETE", None)]:
        response = await api.client.request(
            method, f"/v1/subscriptions/{mine['id']}", json=body, headers=other
        )
        assert response.status_code == 404, method
        assert response.json() == {"detail": "subscription not found"}
    assert (await api.client.get("/v1/subscriptions", headers=other)).json()["items"] == []
    admin_list = (await api.client.get("/v1/subscriptions", headers=api.admin)).json()["items"]
    assert [s["id"] for s in admin_list] == [mine["id"]]
    admin_patch = await api.client.patch(
        f"/v1/subscriptions/{mine['id']}", json={"mode": "digest"}, headers=api.admin
    )
    assert admin_patch.status_code == 200


BAD_SUBSCRIPTIONS = [
    pytest.param({**EMAIL, "channel": "pigeon"}, 422, id="channel"),
    pytest.param({**EMAIL, "target": "not-an-email"}, 422, id="email-target"),
    pytest.param({**EMAIL, "subjects": []}, 422, id="no-subjects"),
    pytest.param({**EMAIL, "claim_types": ["teleportation"]}, 422, id="claim-type"),
    pytest.param({**EMAIL, "stances": ["maybe"]}, 422, id="stance"),
    pytest.param({**EMAIL, "min_confidence": 1.5}, 422, id="confidence"),
    pytest.param({**EMAIL, "mode": "weekly"}, 422, id="mode"),
    pytest.param({**EMAIL, "subjects": ["a\x00b"]}, 422, id="nul"),
    pytest.param({**SLACK, "target": "ftp://hooks.slack.com/x"}, 422, id="slack-scheme"),
    pytest.param(
        {**SLACK, "channel": "webhook", "target": "http://127.0.0.1/hook"},
        400,
        id="webhook-loopback",
    ),
    pytest.param(
        {**EMAIL, "channel": "file", "target": "../../etc/passwd"}, 422, id="file-traversal"
    ),
    pytest.param({"channel": "email"}, 422, id="missing-fields"),
]


@pytest.mark.parametrize(("body", "code"), BAD_SUBSCRIPTIONS)
async def test_bad_subscriptions(api: Api, body: dict[str, object], code: int) -> None:
    response = await api.client.post("/v1/subscriptions", json=body, headers=api.reader)
    assert response.status_code == code, response.text


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/v1/subscriptions/0", 422),
        ("/v1/subscriptions/99999999999", 422),
        ("/v1/subscriptions/12345", 404),
        ("/v1/subscriptions/abc", 422),
    ],
)
async def test_bad_subscription_ids(api: Api, path: str, code: int) -> None:
    assert (await api.client.get(path, headers=api.admin)).status_code == code


async def test_subscriptions_need_a_key_even_with_open_reads(open_api: Api) -> None:
    response = await open_api.client.get("/v1/subscriptions")
    assert response.status_code == 401


async def test_unsubscribe_page_asks_then_deactivates(api: Api) -> None:
    await api.client.post("/v1/subscriptions", json=EMAIL, headers=api.reader)
    async with session_factory(api.engine)() as session:
        token = (await session.scalars(select(Subscription))).one().unsubscribe_token
    page = await api.client.get("/v1/unsubscribe", params={"token": token})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert re.search(r'name="token" value="[^"]+"', page.text)
    async with session_factory(api.engine)() as session:
        assert (await session.scalars(select(Subscription))).one().active  # GET changes nothing
    done = await api.client.post("/v1/unsubscribe", data={"token": token})
    assert done.status_code == 200 and "You are unsubscribed" in done.text
    async with session_factory(api.engine)() as session:
        assert not (await session.scalars(select(Subscription))).one().active
    one_click = await api.client.post(f"/v1/unsubscribe?token={token}", content=b"")
    assert one_click.status_code == 200
    unknown = await api.client.post("/v1/unsubscribe", data={"token": "nope"})
    assert unknown.status_code == 404 and "unknown" in unknown.text
