"""Email bodies from Jinja2 templates (HTML autoescaped), and header-safe one-liners."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from .notification import Notification

_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_SPACES = re.compile(r"\s+")

CLAIM_TYPE_LABELS = {
    "drone_supply": "drone supply",
    "drone_production": "drone production",
    "component_supply": "component supply",
    "weapons_supply": "weapons supply",
    "sanctions_evasion": "sanctions evasion",
    "personnel": "personnel",
    "sanctions_imposed": "sanctions imposed",
}


def label(claim_type: str) -> str:
    return CLAIM_TYPE_LABELS.get(claim_type, claim_type.replace("_", " "))


def one_line(text: str, limit: int = 180) -> str:
    """Text made safe for a header or a one-line field: no control characters (CR, LF,
    NUL, Unicode line separators), collapsed whitespace, no RFC 2047 encoded-word opener
    (`=?` would let claim text decode into something else), bounded length."""
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = text.replace("=?", "= ?")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def safe_href(url: str) -> str:
    """Only http(s) links become clickable (no `javascript:` from a feed)."""
    return url if url.lower().startswith(("https://", "http://")) else "#"


def subject_line(notification: Notification) -> str:
    if notification.claim is not None:
        claim = notification.claim
        head = f"[claimwatch] {claim.subject}: {label(claim.claim_type)} ({claim.stance})"
        return one_line(f"{head} - {claim.article_title}")
    total = sum(group.count for group in notification.groups)
    subjects = len(notification.groups)
    noun = "subject" if subjects == 1 else "subjects"
    return one_line(f"[claimwatch] Digest: {total} claims about {subjects} {noun}")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


class Renderer:
    """Plain-text and HTML bodies. HTML is autoescaped; plain text is not HTML at all."""

    def __init__(self) -> None:
        loader = PackageLoader("services.alerter", "templates")
        self._html = Environment(
            loader=loader,
            autoescape=select_autoescape(enabled_extensions=("html",), default=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        # Plain text is never rendered as HTML, so it is not HTML-escaped.
        self._text = Environment(
            loader=loader,
            autoescape=False,  # noqa: S701
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        for env in (self._html, self._text):
            env.filters["label"] = label
            env.filters["one_line"] = one_line
            env.filters["safe_href"] = safe_href

    def render(self, notification: Notification, *, unsubscribe_url: str) -> Rendered:
        name = "alert" if notification.kind == "alert" else "digest"
        context = {
            "n": notification,
            "claim": notification.claim,
            "groups": notification.groups,
            "unsubscribe_url": unsubscribe_url,
        }
        return Rendered(
            subject=subject_line(notification),
            text=self._text.get_template(f"{name}.txt").render(context),
            html=self._html.get_template(f"{name}.html").render(context),
        )
