"""`claimwatch keys create|list|revoke`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from services.api import keys
from shared.db.engine import one_off_session
from shared.settings import Settings


async def create(args: argparse.Namespace, settings: Settings) -> int:
    async with one_off_session(settings.database_url) as session:
        key, plaintext = await keys.create_key(
            session,
            name=args.name or f"{args.scope} key",
            scope=args.scope,
            now=datetime.now(UTC),
        )
    print(f"created {key.scope} key {key.id} ({key.name}); it is shown only once:")
    print(plaintext)
    return 0


async def list_(args: argparse.Namespace, settings: Settings) -> int:
    async with one_off_session(settings.database_url) as session:
        rows = await keys.list_keys(session)
    print(f"{'ID':>5}  {'SCOPE':<6} {'PREFIX':<14} {'STATE':<8} NAME")
    for key in rows:
        state = "revoked" if key.revoked_at else "active"
        print(f"{key.id:>5}  {key.scope:<6} cw_{key.prefix:<11} {state:<8} {key.name}")
    return 0


async def revoke(args: argparse.Namespace, settings: Settings) -> int:
    async with one_off_session(settings.database_url) as session:
        found = await keys.revoke_key(session, key_id=args.id, now=datetime.now(UTC))
    if not found:
        print(f"error: no key {args.id}")
        return 1
    print(f"revoked key {args.id}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("keys", help="manage API keys")
    actions = parser.add_subparsers(dest="keys_command", required=True)

    p = actions.add_parser("create", help="create a key and print it once")
    p.add_argument("--scope", required=True, choices=list(keys.SCOPES))
    p.add_argument("--name")
    p.set_defaults(func=create)

    p = actions.add_parser("list", help="keys (never their secrets)")
    p.set_defaults(func=list_)

    p = actions.add_parser("revoke", help="revoke a key")
    p.add_argument("id", type=int)
    p.set_defaults(func=revoke)
