"""The FastAPI application: built by `create_app(settings)`, engine made in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Response, status
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from services.api.deps import SessionDep
from services.api.errors import validation_error
from services.api.middleware import MAX_BODY_BYTES, BodyLimitMiddleware, MetricsMiddleware
from services.api.routes import actors, articles, claims, feeds, stream, subscriptions, web
from services.api.schemas import Health
from shared.db.engine import create_engine, session_factory
from shared.settings import Settings

STATIC_DIR = Path(__file__).with_name("static")


def _identity(name: str) -> str:
    return name


def create_app(
    settings: Settings,
    *,
    resolve_actor: Callable[[str], str] | None = None,
    known_actors: Callable[[], list[tuple[str, str]]] | None = None,
) -> FastAPI:
    """The API. `resolve_actor` maps an alias (Beijing) to its canonical name (China);
    `known_actors` lists (canonical name, kind) pairs for the page's suggestions."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.database_url)
        app.state.engine = engine
        app.state.sessions = session_factory(engine)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="claimwatch",
        version="1",
        summary="Claims about who supplies drones and weapons to Russia, as they are reported.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.resolve_actor = resolve_actor or _identity
    app.state.known_actors = known_actors or list
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_middleware(BodyLimitMiddleware, limit=MAX_BODY_BYTES)
    app.add_middleware(MetricsMiddleware)

    for module in (claims, articles, actors, feeds, subscriptions, stream, web):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/healthz", response_model=Health, tags=["ops"])
    async def healthz() -> Health:
        """The process is alive."""
        return Health(status="ok")

    @app.get(
        "/readyz",
        response_model=Health,
        tags=["ops"],
        responses={503: {"model": Health, "description": "database unreachable"}},
    )
    async def readyz(session: SessionDep, response: Response) -> Health:
        """The database answers."""
        try:
            await session.execute(text("SELECT 1"))
        except Exception:  # any failure to reach the database means "not ready"
            response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
            return Health(status="database unreachable")
        return Health(status="ok")

    @app.get("/metrics", tags=["ops"], response_class=Response)
    async def metrics() -> Response:
        """Prometheus metrics of this process."""
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app
