"""What the code says about running it, for checking deploy files against: the
settings' environment names, each service's health and metrics port, the probe paths."""

from __future__ import annotations

from pathlib import Path

from shared.health import Health, health_app
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"

ENV_PREFIX = "CLAIMWATCH_"
SETTING_ENV_NAMES = frozenset(ENV_PREFIX + name.upper() for name in Settings.model_fields)


def default(field: str) -> object:
    return Settings.model_fields[field].default


# The port each service serves /healthz, /readyz and /metrics on, by default.
SERVICE_PORT_FIELDS = {
    "fetcher": "fetcher_metrics_port",
    "extractor": "extractor_metrics_port",
    "alerter": "alerter_metrics_port",
    "api": "api_port",
}
SERVICE_PORTS = {service: int(default(f)) for service, f in SERVICE_PORT_FIELDS.items()}  # type: ignore[call-overload]

SERVICE_PATHS = frozenset(route.path for route in health_app(Health()).routes)  # type: ignore[attr-defined]
LIVENESS_PATH = "/healthz"
READINESS_PATH = "/readyz"
METRICS_PATH = "/metrics"
assert {LIVENESS_PATH, READINESS_PATH, METRICS_PATH} <= SERVICE_PATHS
