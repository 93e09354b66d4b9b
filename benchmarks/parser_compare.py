"""feedparser against fastfeedparser (and our `parse_feed`) on the team's 40 real feeds.

    .venv/bin/python benchmarks/parser_compare.py [--repeat N] [--feeds DIR]

Per feed: median parse time of each (ms), items found, and where fastfeedparser
(with its own date parser) disagrees with feedparser on titles, links or dates.
`ours` is `services.fetcher.parsing.parse_feed`: fastfeedparser with our dates,
feedparser where fastfeedparser reads less, plus text cleaning. Totals and the
speed ratios close the report.
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import fastfeedparser
import fastfeedparser.main as ffp_main
import feedparser

from services.fetcher import xmlfeeds
from services.fetcher.parsing import parse_feed

DEFAULT_FEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "feeds"


@contextlib.contextmanager
def stock_fastfeedparser() -> Iterator[None]:
    """fastfeedparser exactly as shipped (our date hook removed)."""
    ours = ffp_main._parse_date
    ffp_main._parse_date = xmlfeeds.FFP_STOCK_PARSE_DATE
    try:
        yield
    finally:
        ffp_main._parse_date = ours


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def fp_date(entry: Any) -> datetime | None:
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


def ffp_date(entry: Any) -> datetime | None:
    value = entry.get("published") or entry.get("updated")
    return datetime.fromisoformat(value).astimezone(UTC) if value else None


def norm(text: Any) -> str:
    return " ".join(str(text or "").split())


def compare(fp_entries: list[Any], ffp_entries: list[Any]) -> tuple[int, int, int]:
    titles = links = dates = 0
    for a, b in zip(fp_entries, ffp_entries, strict=False):
        titles += norm(a.get("title")) != norm(b.get("title"))
        links += (a.get("link") or "") != (b.get("link") or "")
        dates += fp_date(a) != ffp_date(b)
    return titles, links, dates


def safe_ffp(body: bytes) -> list[Any] | None:
    try:
        return list(fastfeedparser.parse(body).entries)
    except ValueError:
        return None


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--repeat", type=int, default=5)
    args.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS)
    options = args.parse_args()
    paths = sorted(p for p in options.feeds.iterdir() if p.suffix in (".xml", ".json"))
    header = (
        f"{'feed':<48} {'KB':>5} {'fp ms':>8} {'ffp ms':>7} {'ours ms':>8} {'fp#':>4} "
        f"{'ffp#':>4} {'ours#':>5} {'title≠':>6} {'link≠':>5} {'date≠':>5}  ours via"
    )
    print(header)
    print("-" * len(header))
    totals = {"fp": 0.0, "ffp": 0.0, "ours": 0.0}
    disagreements = {"count": 0, "title": 0, "link": 0, "date": 0}
    for path in paths:
        body = path.read_bytes()
        t_fp, fp = timed(partial(feedparser.parse, body), options.repeat)
        with stock_fastfeedparser():
            t_ffp, ffp = timed(partial(safe_ffp, body), options.repeat)
        url = f"https://feeds.example/{path.name}"
        t_ours, ours = timed(partial(parse_feed, body, url=url), options.repeat)
        ffp_entries = ffp or []
        titles, links, dates = compare(fp.entries, ffp_entries)
        totals["fp"] += t_fp
        totals["ffp"] += t_ffp
        totals["ours"] += t_ours
        disagreements["count"] += len(fp.entries) != len(ffp_entries)
        disagreements["title"] += titles
        disagreements["link"] += links
        disagreements["date"] += dates
        count_ffp = "err" if ffp is None else str(len(ffp_entries))
        print(
            f"{path.name[:48]:<48} {len(body) / 1024:5.0f} {t_fp * 1000:8.1f} "
            f"{t_ffp * 1000:7.1f} {t_ours * 1000:8.1f} {len(fp.entries):4d} {count_ffp:>4} "
            f"{len(ours.items):5d} {titles:6d} {links:5d} {dates:5d}  {ours.parser}"
        )
    print("-" * len(header))
    print(
        f"{'total':<48} {'':>5} {totals['fp'] * 1000:8.1f} {totals['ffp'] * 1000:7.1f} "
        f"{totals['ours'] * 1000:8.1f}"
    )
    print(
        f"feedparser / fastfeedparser: {totals['fp'] / totals['ffp']:.1f}x; "
        f"feedparser / ours: {totals['fp'] / totals['ours']:.1f}x "
        f"(median of {options.repeat} runs per feed, {len(paths)} feeds)"
    )
    print(
        f"fastfeedparser vs feedparser: {disagreements['count']} feeds with other item "
        f"counts, {disagreements['title']} titles, {disagreements['link']} links, "
        f"{disagreements['date']} dates differ"
    )


if __name__ == "__main__":
    main()
