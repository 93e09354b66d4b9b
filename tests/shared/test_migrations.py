from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.db.migrate import migrate
from shared.db.models import Base


async def test_migrations_create_every_model_table_and_rerun_is_a_no_op(engine: AsyncEngine):
    await migrate(engine)  # the fixture already migrated: a second run must change nothing
    async with engine.connect() as conn:
        tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
