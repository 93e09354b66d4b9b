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
    """`<target>-<kind>-<delivery id>.json`; the target is a plain name (the API checks it)."""
    label = "".join(c for c in notification.recipient.target if c.isalnum() or c in "._-")
    prefix = f"{label.strip('.')}-" if label.strip(".") else ""
    return f"{prefix}{notification.kind}-{notification.delivery_id:012d}.json"


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
    """Writes into one directory (settings `alert_dir`), file names prefixed by the target,
    so no subscription can name a path outside it."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    async def send(self, notification: Notification) -> None:
        path = self._directory / file_name(notification)
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
