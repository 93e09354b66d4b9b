import json
from datetime import UTC, datetime

import httpx
from alembic import command
from pydantic import SecretStr, ValidationError
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from services.alerter.channels import build_notifiers
from services.alerter.channels.file import FileNotifier
from services.alerter.notification import Notification, Recipient
from services.alerter.retry import RetryPolicy, classify_exception
from shared.db.migrate import alembic_config
from shared.events import Claim
from shared.settings import Settings

from .support import make_claim

SLACK_URL = "https://hooks.slack.com/services/T0/B0/XYZSECRET"


def alert(target: str, channel: str = "file", delivery_id: int = 9) -> Notification:
    recipient = Recipient(3, channel, target, "unsub-token-secret")
    return Notification(delivery_id, recipient, "alert", claim=make_claim())


async def test_file_alerts_are_atomic_and_a_retry_overwrites(tmp_path):
    notifier = FileNotifier(tmp_path / "out")
    await notifier.send(alert("desk"))
    await notifier.send(alert("desk"))
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["desk-alert-000000000009.json"]  # no duplicate, no temp file left
    assert json.loads((tmp_path / "out" / files[0]).read_text())["delivery_id"] == 9


async def test_file_target_cannot_escape_the_alert_directory(tmp_path):
    notifier = FileNotifier(tmp_path / "out")
    await notifier.send(alert("../../etc/passwd"))
    [written] = list((tmp_path / "out").iterdir())
    assert written.name == "etcpasswd-alert-000000000009.json"
    assert not (tmp_path / "etc").exists()


async def test_secrets_stay_out_of_reprs():
    recipient = Recipient(1, "slack", SLACK_URL, "unsub-token-secret")
    assert "XYZSECRET" not in repr(recipient) and "unsub-token" not in repr(recipient)
    assert recipient.safe_target == "https://hooks.slack.com/<redacted>"
    settings = Settings(
        smtp_password=SecretStr("real-smtp-pass-1"),
        webhook_secret=SecretStr("real-hook-secret-1"),
        public_url="https://x",
    )
    async with httpx.AsyncClient() as client:
        notifiers, _ = build_notifiers(settings, clock=lambda: datetime.now(UTC), client=client)
        assert set(notifiers) == {"email", "slack", "webhook", "file"}
        text = repr(notifiers)
    assert "real-smtp-pass" not in text and "real-hook-secret" not in text


def test_retry_policy_from_settings_and_invalid_payloads_are_permanent():
    policy = RetryPolicy.from_settings(Settings(delivery_deadline_seconds=42), initial=0.5)
    assert (policy.deadline, policy.initial) == (42, 0.5)
    try:
        Claim.model_validate({"id": 1})
    except ValidationError as exc:
        outcome = classify_exception(exc)
    assert outcome.retryable is False and outcome.reason == "invalid"


async def test_migration_0002_downgrades_and_upgrades(engine: AsyncEngine):
    def cycle(connection):
        command.downgrade(alembic_config(connection), "0001")
        tables = set(inspect(connection).get_table_names())
        columns = {c["name"] for c in inspect(connection).get_columns("deliveries")}
        command.upgrade(alembic_config(connection), "head")
        return tables, columns

    async with engine.begin() as conn:
        tables, columns = await conn.run_sync(cycle)
    assert "digest_items" not in tables and "fingerprint_claims" not in tables
    assert "lease_until" not in columns
    async with engine.connect() as conn:
        columns = await conn.run_sync(
            lambda c: {col["name"] for col in inspect(c).get_columns("deliveries")}
        )
    assert {"lease_until", "next_attempt_at", "kind", "payload"} <= columns
