"""The main text of an article page, for feeds that publish only teasers.

CPU-bound and slow (tens of milliseconds a page): the caller runs it in a
thread or process pool, never on the event loop. Fetch the page with `fetch`
(the same URL guard and limits) before calling this.
"""

from __future__ import annotations

import trafilatura

from services.fetcher.model import MAX_TEXT_CHARS

MAX_HTML_BYTES = 5 * 1024 * 1024


def extract_main_text(html: bytes, url: str) -> str | None:
    """The article's text without navigation, ads or comments; None if none found."""
    if not html.strip() or len(html) > MAX_HTML_BYTES:
        return None
    try:
        text = trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            deduplicate=True,
        )
    except (ValueError, TypeError, LookupError):
        return None
    if not text:
        return None
    text = text.strip()
    return text[:MAX_TEXT_CHARS] or None
