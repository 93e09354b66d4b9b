"""`claimwatch feeds add|list|remove|import`."""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from services.fetcher import registry
from shared.db.engine import one_off_session
from shared.settings import Settings


async def add(args: argparse.Namespace, settings: Settings) -> int:
    try:
        data = registry.FeedCreate(
            url=args.url,
            title=args.title,
            interval_seconds=args.interval or settings.default_poll_interval_seconds,
            full_text=args.full_text,
        )
        url = registry.check_url(data.url, allow_private=settings.allow_private_urls)
    except (ValidationError, registry.InvalidUrlError) as exc:
        print(f"error: {exc}")
        return 2
    try:
        async with one_off_session(settings.database_url) as session:
            feed = await registry.add_feed(
                session,
                url=url,
                title=data.title,
                interval_seconds=data.interval_seconds,
                full_text=data.full_text,
                now=datetime.now(UTC),
            )
    except registry.FeedExistsError as exc:
        print(f"error: {exc}")
        return 1
    print(f"added feed {feed.id}: {feed.url}")
    return 0


async def list_(args: argparse.Namespace, settings: Settings) -> int:
    async with one_off_session(settings.database_url) as session:
        feeds = await registry.list_feeds(session)
    print(f"{'ID':>5}  {'STATUS':<10} {'ERRORS':>6} {'SEEN':>6}  {'NEXT CHECK':<20} URL")
    for feed in feeds:
        state = "disabled" if feed.disabled else (feed.last_status or "pending")
        due = feed.next_check_at.strftime("%Y-%m-%d %H:%M:%S")
        print(
            f"{feed.id:>5}  {state:<10} {feed.consecutive_errors:>6} {feed.items_seen:>6}"
            f"  {due:<20} {feed.url}"
        )
    return 0


async def remove(args: argparse.Namespace, settings: Settings) -> int:
    async with one_off_session(settings.database_url) as session:
        removed = await registry.remove_feed(session, feed_id=args.id)
    if not removed:
        print(f"error: no feed {args.id}")
        return 1
    print(f"removed feed {args.id}")
    return 0


async def import_(args: argparse.Namespace, settings: Settings) -> int:
    try:
        data = await asyncio.to_thread(Path(args.file).read_bytes)
        registry.parse_opml(data)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}")
        return 2
    async with one_off_session(settings.database_url) as session:
        report = await registry.import_opml(
            session,
            data=data,
            interval_seconds=args.interval or settings.default_poll_interval_seconds,
            allow_private=settings.allow_private_urls,
            now=datetime.now(UTC),
        )
    for url, reason in report.invalid:
        print(f"invalid: {url}: {reason}")
    print(
        f"added {len(report.added)}, already present {len(report.present)},"
        f" invalid {len(report.invalid)}"
    )
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    feeds = sub.add_parser("feeds", help="manage the feeds to watch")
    actions = feeds.add_subparsers(dest="feeds_command", required=True)

    p = actions.add_parser("add", help="register a feed")
    p.add_argument("url")
    p.add_argument("--title")
    p.add_argument("--interval", type=int, help="seconds between checks")
    p.add_argument("--full-text", action="store_true", help="fetch each article's page")
    p.set_defaults(func=add)

    p = actions.add_parser("list", help="feeds with their health")
    p.set_defaults(func=list_)

    p = actions.add_parser("remove", help="remove a feed")
    p.add_argument("id", type=int)
    p.set_defaults(func=remove)

    p = actions.add_parser("import", help="add every feed of an OPML file")
    p.add_argument("file")
    p.add_argument("--interval", type=int, help="seconds between checks")
    p.set_defaults(func=import_)
