"""What the deploy/ files may name: the series shared/metrics.py exports, and the metric
names a PromQL expression reads. promtool checks the syntax; this only finds the names."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from prometheus_client.metrics import MetricWrapperBase

from shared import metrics

# Series Prometheus derives from every scrape target, whatever it exports.
SCRAPE_SERIES = frozenset({"up", "scrape_duration_seconds", "scrape_samples_scraped"})

_SUFFIXES = {
    "counter": ("_total",),
    "gauge": ("",),
    "histogram": ("_bucket", "_sum", "_count"),
    "info": ("_info",),
}
_KEYWORDS = frozenset(
    {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right"}
    | {"offset", "bool", "inf", "nan", "atan2"}
)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_BRACED = re.compile(r"\{[^{}]*\}|\[[^\[\]]*\]")
_GROUPING = re.compile(
    r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)", re.IGNORECASE
)
_IDENT = re.compile(r"(?<![\w:.])([A-Za-z_:][\w:]*)(?![\w:])(?!\s*\()")


def exported_series() -> set[str]:
    """Every series name the code can export, e.g. claimwatch_fetch_duration_seconds_bucket."""
    names: set[str] = set()
    for value in vars(metrics).values():
        if isinstance(value, MetricWrapperBase):
            for family in value.describe():
                names.update(family.name + suffix for suffix in _SUFFIXES[family.type])
    return names


def metric_names(expr: str) -> set[str]:
    """The metric names an expression selects (label names, functions, keywords, durations
    and Grafana's $variables left out)."""
    text = _STRING.sub('""', expr)
    text = re.sub(r"\$\{?\w+\}?", "1m", text)
    while _BRACED.search(text):
        text = _BRACED.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    found = {name for name in _IDENT.findall(text) if name.lower() not in _KEYWORDS}
    return {name for name in found if not re.fullmatch(r"\d+[smhdwy]?", name)}


def promtool() -> str:
    """The promtool binary. CI installs Debian's `prometheus` package; absent is a failure."""
    path = shutil.which("promtool")
    assert path, "promtool is not installed: apt-get install prometheus (see .ci/run)"
    return path


def run_promtool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [promtool(), *map(str, args)], capture_output=True, text=True, timeout=60, check=False
    )
