"""JSON serde for event models. A message that does not decode is poison, not a crash."""

from __future__ import annotations

from typing import TypeVar

import orjson
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class InvalidMessage(Exception):
    """The message can never be processed: it goes to the dead-letter topic."""


def encode(event: BaseModel) -> bytes:
    return orjson.dumps(event.model_dump(mode="json"))


def decode(data: bytes | None, model: type[M]) -> M:
    if data is None:
        raise InvalidMessage("empty message value")
    try:
        return model.model_validate(orjson.loads(data))
    except orjson.JSONDecodeError as exc:
        raise InvalidMessage(f"not JSON: {exc}") from exc
    except ValidationError as exc:
        errors = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise InvalidMessage(f"not a valid {model.__name__}: {errors}") from exc
