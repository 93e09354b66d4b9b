"""HTML (or text that may hold HTML) to clean plain text.

Tags stripped, `<script>`/`<style>` dropped, entities decoded (twice-escaped
markup such as `&lt;p&gt;` or `&amp;copy;` too), whitespace collapsed, and the
result capped. Block elements become line breaks in bodies; titles are one line.
The output is text for extraction, not HTML made safe: whoever renders it
escapes it.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--|<!\[CDATA\[")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SKIPPED = re.compile(
    r"<(script|style|noscript|template|iframe|object)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)",
    re.S | re.I,
)
_SKIP_HINT = re.compile(r"<(?:script|style|noscript|template|iframe|object)\b|<!--", re.I)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|header|footer"
    r"|figure|figcaption|dd|dt|dl|hr)\b[^<>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_MAX_PASSES = 3


def _strip_once(text: str) -> str:
    if _SKIP_HINT.search(text):
        text = _SKIPPED.sub(" ", text)
    if "<![CDATA[" in text:
        text = _CDATA.sub("", text)
    text = _BLOCK.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text)


def clean_text(value: str | None, *, limit: int, single_line: bool = False) -> str:
    """Plain text of `value`, at most `limit` characters."""
    if not value:
        return ""
    # Work on a bounded slice: markup is rarely more than a few times the text.
    text = value[: limit * 4 + 1024]
    for _ in range(_MAX_PASSES):
        has_tag = _TAG.search(text) is not None
        if not has_tag and _ENTITY.search(text) is None:
            break
        text = _strip_once(text) if has_tag else html.unescape(text)
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\r", "\n")
    if single_line:
        text = " ".join(text.split())
    else:  # each line's spaces collapsed, blank lines dropped (str methods: 3x the regexes)
        text = "\n".join(line for line in (" ".join(ln.split()) for ln in text.split("\n")) if line)
    return _truncate(text, limit)


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ", max(0, limit - 100))
    return (cut[:space] if space > 0 else cut).rstrip() + "…"
