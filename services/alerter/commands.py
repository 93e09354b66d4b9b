"""`claimwatch subscriptions add|list|remove`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from pydantic import ValidationError

from services.alerter import subscriptions as crud
from shared.db.engine import one_off_session
from shared.settings import Settings


def _errors(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or 'subscription'}: {error['msg']}"
        for error in exc.errors()
    )


async def add(args: argparse.Namespace, settings: Settings) -> int:
    try:
        data = crud.SubscriptionCreate(
            channel=args.channel,
            target=args.target,
            subjects=args.subject,
            claim_types=args.claim_type or [],
            stances=args.stance or [],
            min_confidence=args.min_confidence,
            keywords=args.keyword or [],
            mode=args.mode,
        )
        crud.validate_target(data.channel, data.target, allow_private=settings.allow_private_urls)
    except ValidationError as exc:
        print(f"error: {_errors(exc)}")
        return 2
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    async with one_off_session(settings.database_url) as session:
        row = await crud.create_subscription(
            session, data=data, owner_key_id=None, now=datetime.now(UTC)
        )
    print(f"added subscription {row.id}: {', '.join(row.subjects)} -> {row.channel}")
    return 0


async def list_(args: argparse.Namespace, settings: Settings) -> int:
    async with one_off_session(settings.database_url) as session:
        rows = await crud.list_subscriptions(session)
    print(f"{'ID':>5}  {'ACTIVE':<6} {'MODE':<9} {'CHANNEL':<8} {'SUBJECTS':<30} TARGET")
    for row in rows:
        print(
            f"{row.id:>5}  {'yes' if row.active else 'no':<6} {row.mode:<9} {row.channel:<8}"
            f" {', '.join(row.subjects)[:30]:<30} {crud.mask_target(row.channel, row.target)}"
        )
    return 0


async def remove(args: argparse.Namespace, settings: Settings) -> int:
    async with one_off_session(settings.database_url) as session:
        row = await crud.get_subscription(session, subscription_id=args.id)
        if row is not None:
            await crud.remove_subscription(session, subscription=row)
    if row is None:
        print(f"error: no subscription {args.id}")
        return 1
    print(f"removed subscription {args.id}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    subs = sub.add_parser("subscriptions", help="manage alert subscriptions")
    actions = subs.add_subparsers(dest="subscriptions_command", required=True)

    p = actions.add_parser("add", help="follow actors")
    p.add_argument("--channel", required=True, choices=["email", "slack", "webhook", "file"])
    p.add_argument("--target", required=True, help="address, URL or file name")
    p.add_argument("--subject", required=True, nargs="+", help="actors (any alias)")
    p.add_argument("--claim-type", nargs="+")
    p.add_argument("--stance", nargs="+", choices=["asserted", "denied"])
    p.add_argument("--min-confidence", type=float, default=0.0)
    p.add_argument("--keyword", nargs="+")
    p.add_argument("--mode", choices=["immediate", "digest"], default="immediate")
    p.set_defaults(func=add)

    p = actions.add_parser("list", help="subscriptions (secrets masked)")
    p.set_defaults(func=list_)

    p = actions.add_parser("remove", help="delete a subscription")
    p.add_argument("id", type=int)
    p.set_defaults(func=remove)
