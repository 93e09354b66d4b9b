"""docker-compose.yml and deploy/Dockerfile against the code: settings the stack passes
exist, health checks hit each service's readiness port and path, start-up order waits
on health, and the observability services mount deploy/."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from shared.cli import SERVICES
from tests.ops.facts import (
    DEPLOY,
    ENV_PREFIX,
    READINESS_PATH,
    ROOT,
    SERVICE_PORT_FIELDS,
    SETTING_ENV_NAMES,
    default,
)

COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
STACK: dict[str, dict[str, Any]] = COMPOSE["services"]
CLAIMWATCH_SERVICES = tuple(SERVICE_PORT_FIELDS)


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _setting(service: dict[str, Any], field: str) -> str:
    return _env(service).get(ENV_PREFIX + field.upper(), str(default(field)))


def _seconds(duration: str) -> float:
    value, unit = re.fullmatch(r"(\d+(?:\.\d+)?)(ms|s|m)", duration).groups()  # type: ignore[union-attr]
    return float(value) * {"ms": 0.001, "s": 1, "m": 60}[unit]


def test_the_stack_has_its_parts() -> None:
    assert set(STACK) >= {
        "kafka",
        "postgres",
        "mailpit",
        "prometheus",
        "grafana",
        *CLAIMWATCH_SERVICES,
    }
    kafka = _env(STACK["kafka"])
    assert STACK["kafka"]["image"].startswith("apache/kafka:")
    assert set(kafka["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}  # KRaft
    assert "zookeeper" not in " ".join(STACK)
    assert STACK["postgres"]["image"].startswith("postgres:")
    assert STACK["mailpit"]["image"].startswith("axllent/mailpit:")
    assert any(p.endswith(":8025") for p in STACK["mailpit"]["ports"])  # the web inbox


def test_every_claimwatch_variable_is_a_setting() -> None:
    for name, service in STACK.items():
        passed = {k for k in _env(service) if k.startswith(ENV_PREFIX)}
        assert passed <= SETTING_ENV_NAMES, f"{name}: {sorted(passed - SETTING_ENV_NAMES)}"


def test_services_reach_the_stack_by_its_service_names() -> None:
    env = _env(STACK["api"])
    assert env["CLAIMWATCH_KAFKA_BOOTSTRAP"] == "kafka:9092"
    assert "PLAINTEXT://kafka:9092" in _env(STACK["kafka"])["KAFKA_ADVERTISED_LISTENERS"]
    assert re.fullmatch(
        r"postgresql\+asyncpg://(\w+):(\w+)@postgres:5432/(\w+)", env["CLAIMWATCH_DATABASE_URL"]
    )
    assert env["CLAIMWATCH_SMTP_HOST"] == "mailpit"
    # Health and metrics must be reachable from Prometheus and the health checks' probes.
    assert env["CLAIMWATCH_METRICS_HOST"] == "0.0.0.0"
    assert env["CLAIMWATCH_API_HOST"] == "0.0.0.0"


@pytest.mark.parametrize("name", CLAIMWATCH_SERVICES)
def test_each_service_runs_its_command_with_a_readiness_check(name: str) -> None:
    service = STACK[name]
    assert service["command"] == [name]
    assert name == "api" or name in SERVICES
    port = _setting(service, SERVICE_PORT_FIELDS[name])
    probe = " ".join(service["healthcheck"]["test"])
    assert f"http://127.0.0.1:{port}{READINESS_PATH}" in probe


@pytest.mark.parametrize("name", CLAIMWATCH_SERVICES)
def test_each_service_waits_for_its_dependencies_to_be_healthy(name: str) -> None:
    depends = STACK[name]["depends_on"]
    assert depends["kafka"]["condition"] == "service_healthy"
    assert depends["postgres"]["condition"] == "service_healthy"
    assert depends["migrate"]["condition"] == "service_completed_successfully"
    for dependency in depends:
        assert "healthcheck" in STACK[dependency] or dependency == "migrate"
    if name == "alerter":
        assert depends["mailpit"]["condition"] == "service_healthy"


def test_migrations_run_once_before_the_services() -> None:
    migrate = STACK["migrate"]
    assert migrate["command"] == ["migrate"]
    assert migrate["restart"] == "no"


@pytest.mark.parametrize("name", CLAIMWATCH_SERVICES)
def test_docker_waits_longer_than_the_shutdown_grace(name: str) -> None:
    service = STACK[name]
    grace = float(_setting(service, "shutdown_grace_seconds"))
    assert _seconds(service["stop_grace_period"]) > grace


def test_prometheus_and_grafana_mount_deploy() -> None:
    assert "./deploy/prometheus:/etc/prometheus:ro" in STACK["prometheus"]["volumes"]
    grafana = {v.rsplit(":", 1)[0] for v in STACK["grafana"]["volumes"]}
    assert {
        "./deploy/grafana/provisioning:/etc/grafana/provisioning",
        "./deploy/grafana/dashboards:/var/lib/grafana/dashboards",
    } <= grafana
    scrape = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    hosts = {
        t.split(":")[0]
        for j in scrape["scrape_configs"]
        for s in j["static_configs"]
        for t in s["targets"]
    }
    assert hosts == set(CLAIMWATCH_SERVICES)


def test_one_multi_stage_non_root_image_for_every_service() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", dockerfile, re.MULTILINE)) >= 2
    [user] = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)
    assert user not in {"root", "0"}
    assert re.search(r'^ENTRYPOINT \["claimwatch"\]', dockerfile, re.MULTILINE)
    [exposed] = re.findall(r"^EXPOSE (.+)$", dockerfile, re.MULTILINE)
    ports = {str(default(field)) for field in SERVICE_PORT_FIELDS.values()}
    assert set(exposed.split()) == ports
    for name in CLAIMWATCH_SERVICES:
        build = STACK[name]["build"]
        assert build == {"context": ".", "dockerfile": "deploy/Dockerfile"}
