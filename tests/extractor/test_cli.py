from __future__ import annotations

import io
import json
from pathlib import Path

from services.extractor.extraction.cli import run_extract

CLAIM_KEYS = {
    "article",
    "subject",
    "subject_kind",
    "claim_type",
    "stance",
    "source",
    "recipient",
    "products",
    "quantities",
    "evidence",
    "start",
    "end",
    "confidence",
}


def test_one_json_claim_per_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "Iran and drones\n\nIran has sent hundreds of Shahed drones to Russia, Kirby said.\n"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    assert run_extract([str(path)], out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        assert set(record) == CLAIM_KEYS
        assert record["article"] == str(path)
        assert text[record["start"] : record["end"]] == record["evidence"]


def test_invalid_utf8_is_replaced_and_offsets_hold(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(b"Title \xff\xfe\n\nIran sent drones to Russia \xff, officials said.")
    out = io.StringIO()
    assert run_extract([str(path)], out=out) == 0
    text = path.read_bytes().decode("utf-8", errors="replace")
    for line in out.getvalue().splitlines():
        record = json.loads(line)
        assert text[record["start"] : record["end"]] == record["evidence"]


def test_missing_file_sets_status(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_extract([str(tmp_path / "nope.txt")], out=out) == 1
    assert out.getvalue() == ""
