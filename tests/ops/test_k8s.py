"""deploy/k8s against the Kubernetes JSON schemas (bundled offline by the
kubernetes-validate wheel) and against the code: settings names, probe ports and paths,
shutdown grace, and the selectors tying the objects together."""

from __future__ import annotations

from typing import Any

import kubernetes_validate
import pytest
import yaml
from pydantic import ValidationError

from shared.settings import PLACEHOLDER_SECRETS, Settings
from tests.ops.facts import (
    DEPLOY,
    ENV_PREFIX,
    LIVENESS_PATH,
    READINESS_PATH,
    SERVICE_PORT_FIELDS,
    SETTING_ENV_NAMES,
    default,
)

K8S = DEPLOY / "k8s"
KUBERNETES_VERSION = "1.33.0"
MANIFESTS = sorted(p for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")
OBJECTS: list[dict[str, Any]] = [
    doc for path in MANIFESTS for doc in yaml.safe_load_all(path.read_text()) if doc
]
SERVICES = tuple(SERVICE_PORT_FIELDS)


def _one(kind: str, name: str) -> dict[str, Any]:
    [found] = [o for o in OBJECTS if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def _settings_env() -> dict[str, str]:
    env = dict(_one("ConfigMap", "claimwatch-config")["data"])
    env.update(_one("Secret", "claimwatch-secrets")["stringData"])
    return env


def _container(service: str) -> dict[str, Any]:
    [container] = _one("Deployment", f"claimwatch-{service}")["spec"]["template"]["spec"][
        "containers"
    ]
    return container


def _port_number(container: dict[str, Any], port: int | str) -> int:
    if isinstance(port, int):
        return port
    [number] = [p["containerPort"] for p in container["ports"] if p["name"] == port]
    return int(number)


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: f"{o['kind']}/{o['metadata']['name']}")
def test_manifest_matches_the_kubernetes_schema(obj: dict[str, Any]) -> None:
    kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == [p.name for p in MANIFESTS]


def test_the_objects_a_deployment_needs_are_there() -> None:
    kinds = {(o["kind"], o["metadata"]["name"]) for o in OBJECTS}
    for service in SERVICES:
        name = f"claimwatch-{service}"
        assert {("Deployment", name), ("Service", name), ("PodDisruptionBudget", name)} <= kinds
    assert {
        ("ConfigMap", "claimwatch-config"),
        ("Secret", "claimwatch-secrets"),
        ("HorizontalPodAutoscaler", "claimwatch-extractor"),
        ("Job", "claimwatch-migrate"),
    } <= kinds


def test_configured_environment_is_made_of_settings() -> None:
    env = _settings_env()
    assert set(env) <= SETTING_ENV_NAMES, sorted(set(env) - SETTING_ENV_NAMES)
    for obj in OBJECTS:
        pod = obj.get("spec", {}).get("template", {}).get("spec", {})
        for container in pod.get("containers", []):
            named = {e["name"] for e in container.get("env", [])}
            assert {n for n in named if n.startswith(ENV_PREFIX)} <= SETTING_ENV_NAMES
            sources = {next(iter(ref.values()))["name"] for ref in container.get("envFrom", [])}
            assert sources == {"claimwatch-config", "claimwatch-secrets"}


def test_the_configuration_validates_once_the_placeholders_are_replaced() -> None:
    env = {k: v.replace("changeme", "s3cr3t-from-the-vault") for k, v in _settings_env().items()}
    settings = Settings(**{k.removeprefix(ENV_PREFIX).lower(): v for k, v in env.items()})  # type: ignore[arg-type]
    assert settings.kafka_bootstrap == "kafka:9092"
    assert settings.database_url.startswith("postgresql+asyncpg://")


def test_the_shipped_secret_placeholders_are_refused_at_start_up() -> None:
    secret = _one("Secret", "claimwatch-secrets")["stringData"]
    assert secret["CLAIMWATCH_SMTP_PASSWORD"] in PLACEHOLDER_SECRETS
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(smtp_password=secret["CLAIMWATCH_SMTP_PASSWORD"])  # type: ignore[arg-type]


@pytest.mark.parametrize("service", SERVICES)
def test_probes_hit_the_services_health_port_and_paths(service: str) -> None:
    container = _container(service)
    assert container["args"] == [service]
    field = SERVICE_PORT_FIELDS[service]
    port = int(_settings_env().get(ENV_PREFIX + field.upper(), default(field)))  # type: ignore[call-overload]
    for probe, path in (
        ("livenessProbe", LIVENESS_PATH),
        ("readinessProbe", READINESS_PATH),
        ("startupProbe", LIVENESS_PATH),
    ):
        get = container[probe]["httpGet"]
        assert get["path"] == path
        assert _port_number(container, get["port"]) == port
    svc = _one("Service", f"claimwatch-{service}")
    [svc_port] = svc["spec"]["ports"]
    assert _port_number(container, svc_port["targetPort"]) == port
    annotations = _one("Deployment", f"claimwatch-{service}")["spec"]["template"]["metadata"][
        "annotations"
    ]
    assert annotations["prometheus.io/port"] == str(port)


@pytest.mark.parametrize("service", SERVICES)
def test_pods_run_non_root_with_resources(service: str) -> None:
    pod = _one("Deployment", f"claimwatch-{service}")["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    container = _container(service)
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
    for kind in ("requests", "limits"):
        assert set(container["resources"][kind]) == {"cpu", "memory"}


@pytest.mark.parametrize("service", SERVICES)
def test_kubernetes_waits_longer_than_the_shutdown_grace(service: str) -> None:
    pod = _one("Deployment", f"claimwatch-{service}")["spec"]["template"]["spec"]
    pre_stop = _container(service).get("lifecycle", {}).get("preStop", {}).get("exec", {})
    pause = float(pre_stop["command"][1]) if pre_stop else 0.0
    grace = float(_settings_env()["CLAIMWATCH_SHUTDOWN_GRACE_SECONDS"])
    assert pod["terminationGracePeriodSeconds"] > pause + grace


@pytest.mark.parametrize("service", SERVICES)
def test_selectors_tie_service_and_disruption_budget_to_the_pods(service: str) -> None:
    name = f"claimwatch-{service}"
    deployment = _one("Deployment", name)
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    assert _one("Service", name)["spec"]["selector"].items() <= pod_labels.items()
    budget = _one("PodDisruptionBudget", name)["spec"]
    assert budget["selector"]["matchLabels"].items() <= pod_labels.items()
    assert budget["minAvailable"] < deployment["spec"]["replicas"]  # a drain can proceed


def test_extractor_autoscales_within_the_topic_partitions() -> None:
    hpa = _one("HorizontalPodAutoscaler", "claimwatch-extractor")["spec"]
    assert hpa["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": "claimwatch-extractor",
    }
    partitions = int(_settings_env()["CLAIMWATCH_KAFKA_TOPIC_PARTITIONS"])
    assert 1 <= hpa["minReplicas"] <= hpa["maxReplicas"] <= partitions
    assert _container("extractor")["resources"]["requests"]["cpu"]  # utilisation needs it


def test_one_image_for_every_workload() -> None:
    images = {
        c["image"]
        for o in OBJECTS
        for c in o.get("spec", {}).get("template", {}).get("spec", {}).get("containers", [])
    }
    assert len(images) == 1
