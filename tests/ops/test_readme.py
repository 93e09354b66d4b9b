"""The README's metric and alert tables list what the code exports and Prometheus alerts on."""

from __future__ import annotations

import re

import yaml

from tests.ops.facts import DEPLOY, ROOT
from tests.ops.promql import exported_series

README = (ROOT / "README.md").read_text()


def test_every_exported_metric_is_in_the_readme_table() -> None:
    listed = set(re.findall(r"^\| `(claimwatch_\w+)` \|", README, re.MULTILINE))
    bases = {re.sub(r"_(bucket|sum|count)$", "", name) for name in exported_series()}
    assert listed == bases


def test_every_alert_is_in_the_readme_table() -> None:
    rules = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    alerts = {rule["alert"] for group in rules["groups"] for rule in group["rules"]}
    listed = set(re.findall(r"^\| `(Claimwatch\w+)` \|", README, re.MULTILINE))
    assert listed == alerts
