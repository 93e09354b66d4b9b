"""Alerts as JSON files, one per delivery, written atomically (temp file, fsync, rename).
The name comes from the delivery id, so a retry overwrites instead of duplicating."""

from __future__ import annotations

import asyncio
import errno
import os
import tempfile
from pathlib import Path

import orjson

from ..notification import Notification
from ..retry import DeliveryError

PERMANENT_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EISDIR}


def file_name(notification: Notification) -> str:
    return f"{notification.kind}-{notification.delivery_id:012d}.json"


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class FileNotifier:
    """Writes to the subscription's target directory, or `default_dir` when it is empty."""

    def __init__(self, default_dir: Path) -> None:
        self._default_dir = default_dir

    async def send(self, notification: Notification) -> None:
        target = notification.recipient.target.strip()
        directory = Path(target) if target else self._default_dir
        path = directory / file_name(notification)
        data = orjson.dumps(
            notification.to_json(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
        )
        try:
            await asyncio.to_thread(write_atomically, path, data)
        except OSError as exc:
            raise DeliveryError(
                f"cannot write {path}: {exc.strerror or type(exc).__name__}",
                retryable=exc.errno not in PERMANENT_ERRNOS,
                reason="io",
            ) from exc
