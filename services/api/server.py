"""`claimwatch api`: the FastAPI app under uvicorn (which drains on SIGTERM)."""

from __future__ import annotations

import uvicorn
from fastapi import FastAPI

from services.api.app import create_app
from services.extractor.extraction import Extractor
from shared.metrics import set_build_info
from shared.settings import Settings
from shared.version import VERSION


def build_app(settings: Settings) -> FastAPI:
    gazetteer = Extractor.load(settings.gazetteer_path)
    return create_app(
        settings,
        resolve_actor=lambda name: gazetteer.resolve_actor(name) or name,
        known_actors=gazetteer.actors,
    )


def serve_api(settings: Settings) -> int:
    set_build_info(VERSION, "api")
    uvicorn.run(
        build_app(settings),
        host=settings.api_host,
        port=settings.api_port,
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=int(settings.shutdown_grace_seconds),
        log_config=None,
    )
    return 0
