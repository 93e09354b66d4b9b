"""Property-based tests from the OpenAPI schema: no 5xx, responses as documented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from services.api.app import create_app
from tests.api.conftest import settings_for
from tests.api.support import Keys, make_keys, resolve, seed

CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


@pytest.fixture(autouse=True)
def _node_id_for_schemathesis(request: pytest.FixtureRequest) -> None:
    """schemathesis 4.32's lazy loader reads `node._nodeid`, which pytest 9 no longer has."""
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid


@pytest.fixture
async def seeded(engine: AsyncEngine) -> Keys:
    keys = await make_keys(engine)
    await seed(engine, 12)
    return keys


@pytest.fixture
def api_schema(database_url: str, seeded: Keys) -> Iterator[schemathesis.BaseSchema]:
    from schemathesis.python import asgi

    app = create_app(settings_for(database_url), resolve_actor=resolve)
    app.state.admin_key = seeded.admin
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    asgi.shutdown_lifespans()  # dispose the engine before the database is dropped


schema = schemathesis.pytest.from_fixture("api_schema").exclude(path="/v1/stream")


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    key = case.operation.app.state.admin_key
    case.call_and_validate(headers={"Authorization": f"Bearer {key}"}, checks=CHECKS)
