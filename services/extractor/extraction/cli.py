"""`claimwatch extract FILE...`: one JSON claim per line, in the claims.md format."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from . import Extractor


def run_extract(
    paths: list[str],
    gazetteer_path: str | Path | None = None,
    out: TextIO | None = None,
    *,
    learned: bool = False,
) -> int:
    """Extract claims from each file; exit status 0, or 1 if a file could not be read.
    `out`: sys.stdout as it is at the call (a redirect made after import still holds)."""
    out = out or sys.stdout
    extractor = Extractor.load(gazetteer_path, learned=learned)
    status = 0
    for path in paths:
        try:
            text = Path(path).read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            print(f"claimwatch extract: {path}: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        for claim in extractor.extract(text):
            record = {"article": path, **claim.model_dump()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return status


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return run_extract(args)


if __name__ == "__main__":
    raise SystemExit(main())
