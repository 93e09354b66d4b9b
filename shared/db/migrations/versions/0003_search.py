"""full-text search over claims, and indexes for the API's queries

SQLite: an FTS5 table `claims_fts` (rowid = claims.rowid) kept in sync by triggers.
PostgreSQL: a stored generated `search_vector` tsvector column with a GIN index.
Both are backfilled here. Note for later SQLite migrations: a batch (copy-and-move)
rebuild of `claims` drops these triggers; such a migration must re-create them.

Revision ID: 0003
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SEARCH_TEXT = (
    "coalesce(subject, '') || ' ' || coalesce(evidence, '') || ' ' || coalesce(article_title, '')"
)

SQLITE_UP = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5("
    "subject, evidence, article_title, tokenize = 'porter unicode61')",
    "CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, subject, evidence, article_title) "
    "VALUES (new.rowid, new.subject, new.evidence, new.article_title); END",
    "CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN "
    "DELETE FROM claims_fts WHERE rowid = old.rowid; END",
    "CREATE TRIGGER claims_fts_au AFTER UPDATE OF subject, evidence, article_title ON claims BEGIN "
    "DELETE FROM claims_fts WHERE rowid = old.rowid; "
    "INSERT INTO claims_fts(rowid, subject, evidence, article_title) "
    "VALUES (new.rowid, new.subject, new.evidence, new.article_title); END",
    "INSERT INTO claims_fts(rowid, subject, evidence, article_title) "
    "SELECT rowid, subject, evidence, article_title FROM claims",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claims_fts_au",
    "DROP TRIGGER IF EXISTS claims_fts_ad",
    "DROP TRIGGER IF EXISTS claims_fts_ai",
    "DROP TABLE IF EXISTS claims_fts",
]
POSTGRES_UP = [
    "ALTER TABLE claims ADD COLUMN search_vector tsvector "
    f"GENERATED ALWAYS AS (to_tsvector('english'::regconfig, {SEARCH_TEXT})) STORED",
    "CREATE INDEX ix_claims_search_vector ON claims USING gin (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_claims_search_vector",
    "ALTER TABLE claims DROP COLUMN IF EXISTS search_vector",
]

# Keyset pagination newest first, filtered by subject, source or fingerprint.
INDEXES = [
    ("ix_claims_subject_extracted_at_id", ["subject", "extracted_at", "id"]),
    ("ix_claims_source_extracted_at_id", ["source", "extracted_at", "id"]),
    ("ix_claims_type_extracted_at_id", ["claim_type", "extracted_at", "id"]),
    # corroboration: count, first/last seen and distinct outlets by index-only scans
    ("ix_claims_fingerprint_extracted_at_feed", ["fingerprint", "extracted_at", "feed_url"]),
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, columns in INDEXES:
        op.create_index(name, "claims", columns)
    op.create_index("ix_articles_feed_id_stored_at_id", "articles", ["feed_id", "stored_at", "id"])
    statements = SQLITE_UP if dialect == "sqlite" else POSTGRES_UP
    for statement in statements:
        op.execute(sa.text(statement))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DOWN if dialect == "sqlite" else POSTGRES_DOWN:
        op.execute(sa.text(statement))
    op.drop_index("ix_articles_feed_id_stored_at_id", table_name="articles")
    for name, _ in reversed(INDEXES):
        op.drop_index(name, table_name="claims")
