"""An alert or digest email as the bytes sent over SMTP, written directly.

`email.message.EmailMessage` parses every header through `email.headerregistry` when
it is set and again when the message is flattened: on a busy alerter that was the
largest single cost of an email (about 1.7 ms of CPU for build and flatten, against
0.07 ms to render both bodies). The message is one fixed shape, so it is written here:
a multipart/alternative of a plain-text and an HTML part, both UTF-8 in
quoted-printable (7-bit safe), under eight headers.

Nothing here parses, so the safety of every header rests on what goes in:
- the recipient is one address, checked by `recipient_address` (no CR, LF, NUL, comma
  or semicolon; parsed as one addr-spec);
- the subject comes from `render.one_line` (no control characters, no `=?`); one that
  is not ASCII is written as RFC 2047 encoded words by `email.header.Header`, so claim
  text never decides how it is encoded;
- every other value is ours (sender and public URL from settings, ids, a date);
- `header_line` refuses CR, LF and NUL in any value, whatever its origin.
"""

from __future__ import annotations

import binascii
import secrets
from dataclasses import dataclass
from email.header import Header

# Never inside a quoted-printable body, which writes every "=" as "=3D".
_BOUNDARY_PREFIX = "==claimwatch-"
_FORBIDDEN = ("\r", "\n", "\0")
CRLF = "\r\n"


class HeaderValueError(ValueError):
    """A header value that would end its line (CR, LF or NUL)."""


@dataclass(frozen=True)
class Headers:
    sender: str
    to: str
    subject: str
    date: str
    message_id: str
    unsubscribe_url: str


def header_line(name: str, value: str) -> str:
    if any(ch in value for ch in _FORBIDDEN):
        raise HeaderValueError(f"{name} header value holds a line break or NUL")
    return f"{name}: {value}\r\n"


def subject_line(subject: str) -> str:
    """ASCII as it is; anything else as RFC 2047 encoded words (folded with CRLF and a
    space, so the value is checked before it is encoded)."""
    line = header_line("Subject", subject)
    if subject.isascii():
        return line
    encoded = Header(subject, "utf-8", header_name="Subject").encode(linesep=CRLF)
    return f"Subject: {encoded}{CRLF}"


def quoted_printable(text: str) -> bytes:
    """UTF-8 quoted-printable with CRLF line ends (lines wrapped at 76 by soft breaks)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return binascii.b2a_qp(lines).replace(b"\n", b"\r\n")


def alternative_email(headers: Headers, *, text: str, html: str) -> bytes:
    boundary = f"{_BOUNDARY_PREFIX}{secrets.token_hex(12)}=="
    head = "".join(
        (
            header_line("From", headers.sender),
            header_line("To", headers.to),
            subject_line(headers.subject),
            header_line("Date", headers.date),
            header_line("Message-ID", headers.message_id),
            header_line("List-Unsubscribe", f"<{headers.unsubscribe_url}>"),
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n",
            "Auto-Submitted: auto-generated\r\n",
            "MIME-Version: 1.0\r\n",
            f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n',
            "\r\n",
        )
    )
    parts = [head.encode("utf-8")]
    for subtype, body in (("plain", text), ("html", html)):
        parts.append(
            (
                f"--{boundary}\r\n"
                f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
                "Content-Transfer-Encoding: quoted-printable\r\n"
                "\r\n"
            ).encode("ascii")
        )
        parts.append(quoted_printable(body))
        parts.append(b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(parts)
