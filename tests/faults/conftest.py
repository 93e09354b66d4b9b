from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.settings import Settings

# Short enough that a group rejoin after a SIGKILL takes seconds, not the production 30 s.
SESSION_TIMEOUT_MS = 3_000


@pytest.fixture
def fault_settings(settings_factory: Callable[..., Settings]) -> Callable[..., Settings]:
    """Settings for a fault test: its own topics, fast group rejoins, short grace period."""

    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "kafka_session_timeout_ms": SESSION_TIMEOUT_MS,
            "shutdown_grace_seconds": 10,
        }
        return settings_factory(**(values | overrides))

    return make
