"""Keep secrets out of logs, exceptions and reprs.

Slack and many webhook URLs carry their credential in the path or query, so a
redacted URL keeps only scheme, host and port.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def redact_url(url: str) -> str:
    """`https://hooks.slack.com/services/T/B/XYZ?x=1` → `https://hooks.slack.com/<redacted>`."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "<invalid url>"
    if not parts.scheme or not host:
        return "<redacted>"
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    tail = "/<redacted>" if (parts.path not in ("", "/") or parts.query) else "/"
    return f"{parts.scheme}://{netloc}{tail}"


def scrub(text: str, *secrets: str | None) -> str:
    """Replace every occurrence of each secret in `text` (e.g. a library's error message)."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return text
