"""The `feeds`, `subscriptions` and `keys` subcommands, run as the CLI runs them."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from services.alerter import commands as alerter_commands
from services.api import commands as api_commands
from services.fetcher import commands as fetcher_commands
from shared.settings import Settings
from tests.api.test_registry_keys import OPML


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="claimwatch")
    sub = root.add_subparsers(dest="command", required=True)
    for module in (fetcher_commands, alerter_commands, api_commands):
        module.add_commands(sub)
    return root


async def run(argv: list[str], settings: Settings) -> int:
    args = parser().parse_args(argv)
    return await args.func(args, settings)


async def test_cli_round_trip(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(database_url=database_url, allow_private_urls=False)
    opml = tmp_path / "feeds.opml"
    opml.write_bytes(OPML)
    steps: list[tuple[list[str], int, str]] = [
        (
            ["feeds", "add", "https://example.org/rss", "--title", "Ex", "--interval", "600"],
            0,
            "added feed 1",
        ),
        (["feeds", "add", "https://example.org/rss"], 1, "already registered"),
        (["feeds", "add", "http://127.0.0.1/rss"], 2, "loopback"),
        (["feeds", "import", str(opml)], 0, "added 2, already present 0, invalid 2"),
        (["feeds", "import", str(tmp_path / "missing.opml")], 2, "error"),
        (["feeds", "list"], 0, "https://example.org/rss"),
        (["feeds", "remove", "1"], 0, "removed feed 1"),
        (["feeds", "remove", "1"], 1, "no feed 1"),
        (
            [
                "subscriptions",
                "add",
                "--channel",
                "slack",
                "--target",
                "https://hooks.slack.com/services/T/B/SECRET",
                "--subject",
                "China",
                "Iran",
                "--claim-type",
                "drone_supply",
                "--min-confidence",
                "0.5",
            ],
            0,
            "added subscription 1",
        ),
        (
            ["subscriptions", "add", "--channel", "email", "--target", "x", "--subject", "China"],
            2,
            "email",
        ),
        (
            [
                "subscriptions",
                "add",
                "--channel",
                "email",
                "--target",
                "a@example.org",
                "--subject",
                "China",
                "--claim-type",
                "bogus",
            ],
            2,
            "claim_types",
        ),
        (["subscriptions", "list"], 0, "https://hooks.slack.com/…/****"),
        (["subscriptions", "remove", "1"], 0, "removed subscription 1"),
        (["subscriptions", "remove", "1"], 1, "no subscription 1"),
        (["keys", "create", "--scope", "admin", "--name", "ops"], 0, "cw_"),
        (["keys", "list"], 0, "ops"),
        (["keys", "revoke", "1"], 0, "revoked key 1"),
        (["keys", "revoke", "7"], 1, "no key 7"),
    ]
    for argv, code, expected in steps:
        assert await run(argv, settings) == code, argv
        out = capsys.readouterr().out
        assert expected in out, (argv, out)
        assert "SECRET" not in out


def test_keys_create_requires_a_scope() -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["keys", "create"])
