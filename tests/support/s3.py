"""A local S3 (moto's server) on loopback, for a broker whose topics must outlive it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from shared.broker import free_port, wait_for_port


@dataclass(frozen=True)
class S3Bucket:
    url: str  # the storage URL Tansu takes: s3://BUCKET/
    env: dict[str, str]  # what an S3 client needs to reach it


@contextmanager
def s3_bucket(log_path: Path, *, bucket: str = "tansu") -> Iterator[S3Bucket]:
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=log,
            stderr=log,
        )
    try:
        wait_for_port("127.0.0.1", port, timeout=30)
        httpx.put(f"{endpoint}/{bucket}", trust_env=False).raise_for_status()
        yield S3Bucket(
            url=f"s3://{bucket}/",
            env={
                "AWS_ACCESS_KEY_ID": "test",
                "AWS_SECRET_ACCESS_KEY": "test",
                "AWS_DEFAULT_REGION": "us-east-1",
                "AWS_ENDPOINT": endpoint,
                "AWS_ALLOW_HTTP": "true",
            },
        )
    finally:
        proc.terminate()
        proc.wait(timeout=10)
