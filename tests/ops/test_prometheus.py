"""deploy/prometheus: promtool accepts the config and rules, the rules' unit tests pass,
every rule reads metrics the code exports, and every scrape target is a service's port."""

from __future__ import annotations

import yaml

from tests.ops.facts import DEPLOY, METRICS_PATH, SERVICE_PORTS
from tests.ops.promql import SCRAPE_SERIES, exported_series, metric_names, run_promtool

PROMETHEUS = DEPLOY / "prometheus"


def test_promtool_accepts_the_config_and_its_rule_files() -> None:
    result = run_promtool("check", "config", PROMETHEUS / "prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout


def test_promtool_accepts_the_rules() -> None:
    result = run_promtool("check", "rules", PROMETHEUS / "alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rules_pass_their_unit_tests() -> None:
    result = run_promtool("test", "rules", PROMETHEUS / "tests" / "alerts_test.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_is_unit_tested() -> None:
    rules = yaml.safe_load((PROMETHEUS / "alerts.yml").read_text())
    alerts = {r["alert"] for g in rules["groups"] for r in g["rules"]}
    tests = yaml.safe_load((PROMETHEUS / "tests" / "alerts_test.yml").read_text())
    tested = {
        c["alertname"] for t in tests["tests"] for c in t["alert_rule_test"] if c["exp_alerts"]
    }
    assert alerts == tested


def test_rules_read_only_exported_metrics() -> None:
    rules = yaml.safe_load((PROMETHEUS / "alerts.yml").read_text())
    known = exported_series() | SCRAPE_SERIES
    for group in rules["groups"]:
        for rule in group["rules"]:
            names = metric_names(rule["expr"])
            assert names, rule["alert"]
            assert names <= known, f"{rule['alert']} reads unknown {names - known}"


def test_scrape_targets_are_the_services_metrics_ports() -> None:
    config = yaml.safe_load((PROMETHEUS / "prometheus.yml").read_text())
    jobs = {
        job["job_name"]: [t for sc in job["static_configs"] for t in sc["targets"]]
        for job in config["scrape_configs"]
    }
    assert jobs == {
        f"claimwatch-{service}": [f"{service}:{port}"] for service, port in SERVICE_PORTS.items()
    }
    for job in config["scrape_configs"]:
        assert job.get("metrics_path", "/metrics") == METRICS_PATH
