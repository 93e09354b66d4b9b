"""Alembic environment: migrations always run on a connection handed in by
`shared.db.migrate`, so one code path serves SQLite and PostgreSQL."""

from alembic import context

from shared.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `claimwatch migrate` (shared.db.migrate)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
