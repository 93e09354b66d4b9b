"""Bytes of an XML feed made safe and uniform before any parser sees them.

- The encoding is found (BOM, XML declaration, HTTP charset, valid UTF-8, else
  windows-1252) and the text re-encoded as UTF-8 with a matching declaration,
  so both parsers read the same characters. Legacy labels map to their WHATWG
  supersets: iso-8859-1/us-ascii -> windows-1252, gb2312/gbk -> gb18030.
- Any DOCTYPE (and stray `<!ENTITY` declaration) is removed: no entity is ever
  defined, so none can expand (billion laughs) or read a file or URL (XXE).
- Leading whitespace before the XML declaration is dropped.
- Characters XML 1.0 forbids (C0 controls, `&#x1F;`-style references to them)
  are removed and reported: lxml's recovery mode otherwise mangles the rest of
  the document (it drops every later `&amp;`, corrupting links).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_DECL_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.S | re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY[^>]*>", re.S | re.I)
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso_8859-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class PreparedXML:
    data: bytes  # UTF-8, declared as such, no DOCTYPE
    encoding: str  # the encoding the body was read as
    replaced_invalid: bool  # bytes invalid in every candidate encoding were replaced
    repairs: tuple[str, ...] = ()  # what was removed to make the document XML


def normalize_encoding(label: str) -> str | None:
    """A Python codec for an encoding label, or None if the label is unknown."""
    name = label.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str, bool]:
    """(text, encoding, replaced_invalid) for a feed body."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace"), encoding, False
    if body[:4] in (b"<\x00?\x00", b"<\x00<\x00"):
        return body.decode("utf-16-le", errors="replace"), "utf-16-le", False
    if body[:4] in (b"\x00<\x00?", b"\x00<\x00<"):
        return body.decode("utf-16-be", errors="replace"), "utf-16-be", False
    candidates: list[str] = []
    if declared := _DECL.match(body.lstrip()[:256]):
        candidates.append(declared.group(1).decode("ascii"))
    if content_type and (charset := _CHARSET.search(content_type)):
        candidates.append(charset.group(1))
    candidates.append("utf-8")
    utf8 = _strict_utf8(body) if _has_utf8_sequences(body) else None
    codecs_tried: list[str] = []
    for label in candidates:
        codec = normalize_encoding(label)
        if codec is None or codec in codecs_tried:
            continue
        codecs_tried.append(codec)
        if utf8 is not None and _single_byte(codec):
            # A legacy label on bytes that are valid UTF-8 with multi-byte characters is a
            # misconfigured server (Apache's default charset): real Latin-1 or cp1251 text
            # is almost never valid UTF-8, and reading it as labelled gives "MÃ¼nchen".
            return utf8, "utf-8", False
        try:
            return body.decode(codec), codec, False
        except UnicodeDecodeError:
            continue
    if not _has_utf8_sequences(body):
        # Undeclared legacy bytes (e.g. Latin-1 text served with no charset).
        return body.decode("cp1252", errors="replace"), "cp1252", False
    first = codecs_tried[0] if codecs_tried else "utf-8"
    return body.decode(first, errors="replace"), first, True


def _strict_utf8(body: bytes) -> str | None:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _single_byte(codec: str) -> bool:
    return len(b"\xc3\xa9".decode(codec, errors="replace")) == 2


def _has_utf8_sequences(body: bytes) -> bool:
    return re.search(rb"[\xc2-\xf4][\x80-\xbf]+", body) is not None


def prepare_xml(body: bytes, content_type: str | None = None) -> PreparedXML:
    text, encoding, replaced = decode_body(body, content_type)
    text = text.lstrip("\ufeff \t\r\n")
    text = _DECL_TEXT.sub("", text, count=1)
    if "<!" in text:
        text = _DOCTYPE.sub("", text)
        text = _ENTITY_DECL.sub("", text)
    repairs: list[str] = []
    text, controls = _CONTROL.subn("", text)
    if controls:
        repairs.append(f"{controls} control character(s) removed")
    if "&#" in text:
        bad_refs = 0

        def drop_invalid(match: re.Match[str]) -> str:
            nonlocal bad_refs
            hex_digits, decimal = match.groups()
            code = int(hex_digits, 16) if hex_digits else int(decimal)
            if _is_xml_char(code):
                return match.group(0)
            bad_refs += 1
            return ""

        text = _CHAR_REF.sub(drop_invalid, text)
        if bad_refs:
            repairs.append(f"{bad_refs} invalid character reference(s) removed")
    data = b'<?xml version="1.0" encoding="utf-8"?>\n' + text.lstrip().encode("utf-8")
    return PreparedXML(
        data=data, encoding=encoding, replaced_invalid=replaced, repairs=tuple(repairs)
    )


def _is_xml_char(code: int) -> bool:
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )
