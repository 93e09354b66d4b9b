"""Dates as feeds write them, to UTC-aware datetimes.

RFC 822 in all its variants (colon offsets `+01:00`, `GMT+03:00`, `Z`, US zone
abbreviations), ISO 8601 with or without a zone, and RFC 822 written with
Portuguese, French, German, Italian, Spanish or Russian day and month names
(`Seg, 24 Set 2018 19:42:40 -0300`). A date without a zone is taken as UTC.
Anything else goes to feedparser's own date handlers; what none of them reads is
None, never a guess.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_tz

from feedparser.datetimes import _parse_date as _feedparser_parse_date

MAX_DATE_CHARS = 100
_MIN_YEAR = 1970
_MAX_YEAR = 2100

# Offsets in minutes east of UTC.
_ZONES: dict[str, int] = {
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 60,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "MET": 60,
    "MEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "MSD": 240,
    "IST": 330,
    "JST": 540,
    "KST": 540,
    "HKT": 480,
    "SGT": 480,
    "AEST": 600,
    "AEDT": 660,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "BRT": -180,
    "ART": -180,
}

_MONTHS: dict[str, str] = {}
for _english, _names in {
    "Jan": "jan janv janvier januar jänner jän gennaio gen enero ene janeiro янв января январь",
    "Feb": "feb fév févr février fevr februar febbraio febrero fevereiro fev фев февраля",
    "Mar": "mar mars märz mär marzo março мар марта март",
    "Apr": "apr avr avril aprile abril abr апр апреля апрель",
    "May": "may mai maggio mag mayo maio май мая",
    "Jun": "jun juin juni giugno giu junio junho июн июня июнь",
    "Jul": "jul juil juillet juli luglio lug julio julho июл июля июль",
    "Aug": "aug août aou august agosto ago авг августа август",
    "Sep": "sep sept septembre september settembre set septiembre setembro сен сентября",
    "Oct": "oct octobre okt oktober ottobre ott octubre outubro out окт октября октябрь",
    "Nov": "nov novembre november noviembre novembro ноя ноября ноябрь",
    "Dec": "dec déc décembre dez dezember dicembre dic diciembre dezembro дек декабря",
}.items():
    for _name in _names.split():
        _MONTHS[_name] = _english

_WORD = re.compile(r"[^\W\d_]+\.?", re.UNICODE)
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC|UT)\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*$", re.I)
_COLON_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})\s*$")
_TRAILING_Z = re.compile(r"(\d)\s*Z\s*$")
_ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def parse_date(raw: str | None) -> datetime | None:
    """The instant `raw` names, in UTC, or None when it cannot be read."""
    if not raw:
        return None
    return _parse_date_cached(raw)


@functools.lru_cache(maxsize=8192)
def _parse_date_cached(raw: str) -> datetime | None:
    text = " ".join(raw.split())
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    parsed = _parse_iso(text) if _ISO_LIKE.match(text) else _parse_rfc822(text)
    if parsed is None:
        parsed = _parse_with_feedparser(text)
    if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    return parsed


def _parse_iso(text: str) -> datetime | None:
    candidate = text.replace(" UTC", "Z").replace(" GMT", "Z")
    candidate = re.sub(r"\s*([+-]\d{2}:?\d{2}|Z)$", r"\1", candidate)
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return _to_utc(value)


def _parse_rfc822(text: str) -> datetime | None:
    normalized = _normalize_rfc822(text)
    fields = parsedate_tz(normalized)
    if fields is None:
        return None
    year, month, day, hour, minute, second = fields[:6]
    offset = fields[9] or 0
    try:
        local = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    return local - timedelta(seconds=offset)


def _normalize_rfc822(text: str) -> str:
    """English month names, no day name, a `+hhmm` zone."""
    head, comma, rest = text.partition(",")
    if comma and _WORD.fullmatch(head.strip()):
        text = rest  # `Seg,` `mar.,` `Wed,`: a day name, whichever language (`mar` too)
    text = text.replace(",", ", ")
    words: list[str] = []
    for token in text.split():
        bare = token.rstrip(",.").casefold()
        if bare in _MONTHS:
            words.append(_MONTHS[bare])
        elif _WORD.fullmatch(token.rstrip(",")) and bare.upper() not in _ZONES:
            continue  # a day name, in any language
        else:
            words.append(token.rstrip(","))
    text = " ".join(words)
    if match := _GMT_OFFSET.search(text):
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        text = text[: match.start()] + f"{sign}{hours:02d}{minutes:02d}"
    elif match := _COLON_OFFSET.search(text):
        text = text[: match.start()] + f"{match.group(1)}{match.group(2)}{match.group(3)}"
    else:
        text = _TRAILING_Z.sub(r"\1 +0000", text)
    parts = text.split()
    if parts and parts[-1].upper() in _ZONES:
        minutes = _ZONES[parts[-1].upper()]
        sign = "-" if minutes < 0 else "+"
        parts[-1] = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
        text = " ".join(parts)
    return text


def _parse_with_feedparser(text: str) -> datetime | None:
    try:
        fields = _feedparser_parse_date(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if fields is None:
        return None
    try:
        year, month, day, hour, minute, second = fields[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None


def _to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def fixed_offset(minutes: int) -> timezone:
    """A zone `minutes` east of UTC (for tests and callers that build dates)."""
    return timezone(timedelta(minutes=minutes))
