"""deploy/grafana: provisioning points at the dashboard and the datasource every panel
uses; every query is valid PromQL (promtool parses it) and reads exported metrics."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from tests.ops.facts import DEPLOY, ROOT
from tests.ops.promql import SCRAPE_SERIES, exported_series, metric_names, run_promtool

GRAFANA = DEPLOY / "grafana"
DASHBOARDS = sorted((GRAFANA / "dashboards").glob("*.json"))


def _panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for panel in dashboard["panels"]:
        found.append(panel)
        found.extend(panel.get("panels", []))  # collapsed rows hold their panels
    return found


def _queries() -> list[tuple[str, str]]:
    return [
        (f"{path.name}: {panel['title']}", target["expr"])
        for path in DASHBOARDS
        for panel in _panels(json.loads(path.read_text()))
        for target in panel.get("targets", [])
    ]


def _as_promql(expr: str) -> str:
    """Grafana's interval variables as a duration promtool can parse."""
    return re.sub(r"\$\{?__(rate_)?interval\}?|\$__range", "5m", expr)


def test_there_is_a_dashboard_with_queries() -> None:
    assert DASHBOARDS
    assert len(_queries()) >= 10


def test_every_query_is_valid_promql(tmp_path: Path) -> None:
    rules = {
        "groups": [
            {
                "name": "dashboard",
                "rules": [
                    {"record": f"dashboard:query_{i}", "expr": _as_promql(expr)}
                    for i, (_, expr) in enumerate(_queries())
                ],
            }
        ]
    }
    path = tmp_path / "dashboard_rules.yml"
    path.write_text(yaml.safe_dump(rules))
    result = run_promtool("check", "rules", path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_query_reads_exported_metrics() -> None:
    known = exported_series() | SCRAPE_SERIES
    for where, expr in _queries():
        names = metric_names(expr)
        assert names, f"{where}: no metric in {expr!r}"
        assert names <= known, f"{where}: {sorted(names - known)} not exported by the code"


def test_every_exported_metric_is_on_the_dashboard() -> None:
    shown = {name for _, expr in _queries() for name in metric_names(expr)}
    bases = {re.sub(r"_(bucket|sum|count)$", "", name) for name in shown}
    missing = {
        name for name in exported_series() if re.sub(r"_(bucket|sum|count)$", "", name) not in bases
    }
    assert not missing


def test_dashboard_covers_throughput_latency_errors_lag_and_notifications() -> None:
    for path in DASHBOARDS:
        rows = {p["title"] for p in _panels(json.loads(path.read_text())) if p["type"] == "row"}
        assert {"Throughput", "Latencies", "Errors", "Consumer lag", "Notifications"} <= rows


def test_panels_use_the_provisioned_datasource() -> None:
    provisioned = yaml.safe_load(
        (GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )
    [source] = provisioned["datasources"]
    assert source["type"] == "prometheus" and source["url"] == "http://prometheus:9090"
    for path in DASHBOARDS:
        for panel in _panels(json.loads(path.read_text())):
            if panel["type"] != "row":
                assert panel["datasource"] == {"type": "prometheus", "uid": source["uid"]}


def test_the_dashboard_provider_reads_the_folder_compose_mounts() -> None:
    provider = yaml.safe_load(
        (GRAFANA / "provisioning" / "dashboards" / "claimwatch.yml").read_text()
    )
    [entry] = provider["providers"]
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    mounts = dict(
        v.rsplit(":", 1)[0].split(":", 1) for v in compose["services"]["grafana"]["volumes"]
    )
    assert mounts["./deploy/grafana/dashboards"] == entry["options"]["path"]
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
