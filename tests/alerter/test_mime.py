"""The alert email written as bytes (channels/mime.py), read back by the standard
library's parser and sent through a real SMTP server (aiosmtpd)."""

from email import policy
from email.parser import BytesParser

import pytest

from services.alerter.channels.email import EmailNotifier, SmtpConfig
from services.alerter.channels.mime import Headers, HeaderValueError, alternative_email
from services.alerter.notification import Notification, Recipient
from services.alerter.render import Renderer
from services.alerter.retry import DeliveryError

from .support import bodies, make_claim, smtp_server

PUBLIC = "https://claimwatch.example"

TEXTS = {
    "ascii": ("China ships drones to Russia", "Officials said China supplied drones."),
    "cyrillic and accents": (
        "Завод «Купол» поставляет дроны — Société Générale",
        "По данным Reuters, завод «Купол» собрал Shahed-136; naïve café.",
    ),
    "long line, dots, equals, trailing spaces": (
        "A = B ?= C =?utf-8?q?x?= . " + "x" * 150,
        ".starts with a dot\n.\nFrom here on = signs =3D and spaces   \n" + "y" * 300,
    ),
    "crlf and tabs in evidence": ("Tabs\tand\r\nbreaks", "Line one\r\nLine two\rLine three\t."),
    "emoji": ("🚀 drones 🇷🇺", "Emoji 🚁 in evidence."),
}


def lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def notifier(port: int = 25, sender: str = "alerts@claimwatch.example") -> EmailNotifier:
    return EmailNotifier(SmtpConfig(host="127.0.0.1", port=port, sender=sender), public_url=PUBLIC)


def alert(claim, *, target="analyst@example.org", delivery_id=7):
    recipient = Recipient(1, "email", target, "tok-123")
    return Notification(delivery_id, recipient, "alert", claim=claim, corroborations=2)


@pytest.mark.parametrize(("title", "evidence"), TEXTS.values(), ids=TEXTS.keys())
def test_the_parsed_email_holds_exactly_what_was_rendered(title, evidence):
    notification = alert(make_claim(title=title, evidence=evidence))
    envelope = notifier().build(notification)
    rendered = Renderer().render(
        notification, unsubscribe_url=f"{PUBLIC}/v1/unsubscribe?token=tok-123"
    )
    message = BytesParser(policy=policy.default).parsebytes(envelope.data)

    assert envelope.data.isascii()  # 7-bit: quoted-printable bodies, encoded-word subject
    assert max(len(line) for line in envelope.data.split(b"\r\n")) <= 998
    assert message.defects == [] and all(not part.defects for part in message.walk())
    assert str(message["Subject"]) == rendered.subject
    assert "\n" not in str(message["Subject"])
    assert message.get_content_type() == "multipart/alternative"
    text, html = bodies(message)  # lines end in CRLF on the wire
    assert lines(text) == lines(rendered.text) and lines(html) == lines(rendered.html)
    assert envelope.sender == "alerts@claimwatch.example"
    assert envelope.recipient == "analyst@example.org"
    assert message["List-Unsubscribe"] == f"<{PUBLIC}/v1/unsubscribe?token=tok-123>"
    assert message["Message-ID"].startswith("<claimwatch.7.")
    assert message["Message-ID"].endswith("@claimwatch.example>")


def test_a_non_ascii_encoded_word_in_claim_text_stays_literal():
    title = "Дроны =?utf-8?b?SGFja2Vk?= X-Injected: yes"
    envelope = notifier().build(alert(make_claim(title=title)))
    subject = str(BytesParser(policy=policy.default).parsebytes(envelope.data)["Subject"])
    assert "Hacked" not in subject and "= ?utf-8?b?SGFja2Vk?=" in subject


@pytest.mark.parametrize("bad", ["a\r\nBcc: x@y.z", "a\nb", "a\rb", "a\0b"], ids=repr)
def test_a_header_value_with_a_line_break_is_refused_whatever_its_origin(bad):
    good = Headers(
        sender="s@x.example",
        to="t@x.example",
        subject="s",
        date="Mon, 01 Jan 2026 00:00:00 GMT",
        message_id="<1@x.example>",
        unsubscribe_url="https://x.example/u",
    )
    for field in ("sender", "to", "subject", "date", "message_id", "unsubscribe_url"):
        headers = Headers(**{**good.__dict__, field: bad})
        with pytest.raises(HeaderValueError):
            alternative_email(headers, text="t", html="h")
    # a misconfigured sender reaches the notifier as a permanent error, not a crash
    with pytest.raises(DeliveryError) as raised:
        notifier(sender=f"alerts@claimwatch.example{bad}").build(alert(make_claim()))
    assert raised.value.retryable is False


async def test_non_ascii_text_arrives_intact_through_a_real_smtp_server():
    title, evidence = TEXTS["cyrillic and accents"]
    claim = make_claim(title=title, evidence=evidence)
    with smtp_server() as (server, port):
        email = notifier(port)
        try:
            await email.send(alert(claim))
        finally:
            await email.close()
    [message] = server.messages
    assert server.envelopes == [("alerts@claimwatch.example", ["analyst@example.org"])]
    assert message["To"] == "analyst@example.org"
    assert title in str(message["Subject"])
    text, html = bodies(message)
    assert evidence in text and "Завод" in html
