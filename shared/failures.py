"""Which failures pass by themselves (an outage of the database, broker or network)."""

from __future__ import annotations

from aiokafka.errors import KafkaError
from sqlalchemy.exc import DBAPIError, OperationalError


class TransientError(Exception):
    """The work failed for a reason that will pass (an outage); retry it."""


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, TransientError | OSError | TimeoutError | KafkaError | OperationalError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated
