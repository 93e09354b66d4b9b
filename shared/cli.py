"""The `claimwatch` command."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
from collections.abc import Sequence

from shared.logging import configure_logging
from shared.settings import Settings

SERVICES = {
    "fetcher": ("services.fetcher.service", "fetcher_main", "fetcher_metrics_port"),
    "extractor": ("services.extractor.service", "extractor_main", "extractor_metrics_port"),
    "alerter": ("services.alerter.service", "alerter_main", "alerter_metrics_port"),
}
COMMAND_MODULES = (
    "services.fetcher.commands",
    "services.alerter.commands",
    "services.api.commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimwatch",
        description="Watch news feeds for claims about who arms Russia, and alert analysts.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    up = sub.add_parser("up", help="run the whole system (embedded broker unless configured)")
    up.add_argument(
        "--demo", action="store_true", help="serve sample feeds and write alerts to ./data/alerts/"
    )
    for name in (*SERVICES, "api"):
        sub.add_parser(name, help=f"run the {name} service alone")
    sub.add_parser("migrate", help="bring the database schema to the latest version")

    extract = sub.add_parser(
        "extract", help="extract claims from text files (JSON lines on stdout)"
    )
    extract.add_argument("files", nargs="+", metavar="FILE")

    for module in COMMAND_MODULES:
        importlib.import_module(module).add_commands(sub)
    return parser


async def _migrate(settings: Settings) -> None:
    from shared.db.engine import create_engine
    from shared.db.migrate import migrate

    engine = create_engine(settings.database_url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValueError as exc:
        print(f"claimwatch: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    command = args.command
    if command in {"extract", "extractor"}:
        from shared.runtime import tune_gc_for_throughput

        tune_gc_for_throughput()
    if command == "extract":
        from services.extractor.extraction.cli import run_extract

        return run_extract(
            args.files,
            gazetteer_path=settings.gazetteer_path,
            learned=settings.extractor_learned,
        )
    configure_logging(command, level=settings.log_level, fmt=settings.log_format)
    if command == "up":
        from shared.up import run_up

        return run_up(settings, demo=args.demo)
    if command == "migrate":
        asyncio.run(_migrate(settings))
        return 0
    if command == "api":
        from services.api.server import serve_api

        return serve_api(settings)
    if command in SERVICES:
        from shared.service import run_service

        module, factory, port_field = SERVICES[command]
        main_factory = getattr(importlib.import_module(module), factory)
        drained = asyncio.run(
            run_service(
                command,
                settings,
                main_factory(settings),
                metrics_port=getattr(settings, port_field),
            )
        )
        return 0 if drained else 1
    asyncio.run(_migrate(settings))
    return int(asyncio.run(args.func(args, settings)))


if __name__ == "__main__":
    sys.exit(main())
