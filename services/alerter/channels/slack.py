"""Slack incoming webhooks with Block Kit. Every piece of claim text is escaped (`&`,
`<`, `>`), so `<!channel>` or `<https://evil|click>` in a title arrives as inert text."""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from ..notification import Notification
from ..render import label, one_line, safe_href
from .http import post

MAX_SECTION = 2900
MAX_GROUPS = 40


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def link(url: str, text: str) -> str:
    href = safe_href(url)
    if href == "#":
        return escape(text)
    return f"<{escape(href).replace('|', '%7C')}|{escape(text).replace('|', '¦')}>"


def _section(text: str) -> dict[str, Any]:
    if len(text) > MAX_SECTION:
        text = text[: MAX_SECTION - 1] + "…"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def build_payload(notification: Notification, *, unsubscribe_url: str) -> dict[str, Any]:
    footer = {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": link(unsubscribe_url, "Unsubscribe")}],
    }
    claim = notification.claim
    if claim is not None:
        head = f"{claim.subject}: {label(claim.claim_type)} ({claim.stance})"
        source = claim.source or "not attributed"
        seen = notification.corroborations
        body = (
            f"*{escape(one_line(head, 300))}*\n"
            f"Source: {escape(one_line(source, 300))}\n"
            f">{escape(one_line(claim.evidence, 2000))}\n"
            f"{link(claim.article_url, one_line(claim.article_title, 300))}"
            f" · seen in {seen} article{'s' if seen != 1 else ''}"
        )
        return {"text": escape(one_line(head, 300)), "blocks": [_section(body), footer]}
    blocks: list[dict[str, Any]] = []
    total = sum(group.count for group in notification.groups)
    title = f"claimwatch digest: {total} claims about {len(notification.groups)} subjects"
    blocks.append(_section(f"*{escape(title)}*"))
    for group in notification.groups[:MAX_GROUPS]:
        lines = [f"*{escape(one_line(group.subject, 200))}* ({group.count})"]
        for entry in group.entries:
            new = " [new]" if entry.novel else ""
            lines.append(
                f"• {escape(label(entry.claim_type))} ({entry.stance}){new}: {entry.count} · "
                f"{link(entry.example.article_url, one_line(entry.example.article_title, 120))}"
            )
        blocks.append(_section("\n".join(lines)))
    blocks.append(footer)
    return {"text": escape(title), "blocks": blocks}


class SlackNotifier:
    def __init__(
        self, client: httpx.AsyncClient, *, public_url: str, allow_private: bool = False
    ) -> None:
        self._client = client
        self._public_url = public_url
        self._allow_private = allow_private

    def __repr__(self) -> str:
        return "SlackNotifier()"

    async def send(self, notification: Notification) -> None:
        payload = build_payload(
            notification,
            unsubscribe_url=notification.recipient.unsubscribe_url(self._public_url),
        )
        await post(
            self._client,
            notification.recipient.target,
            content=orjson.dumps(payload),
            headers={"Content-Type": "application/json"},
            allow_private=self._allow_private,
        )
