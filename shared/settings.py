"""One settings class, read from `CLAIMWATCH_*` environment variables and validated at start-up."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "password", "changethis"}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMWATCH_", extra="ignore")

    # Storage and transport
    database_url: str = "sqlite+aiosqlite:///./data/claimwatch.db"
    kafka_bootstrap: str | None = Field(
        default=None,
        description="host:port[,host:port]; unset means `claimwatch up` starts the embedded broker",
    )
    kafka_client_id: str = "claimwatch"
    kafka_enable_idempotence: bool = False
    kafka_session_timeout_ms: int = Field(
        default=30_000,
        ge=1000,
        description="a consumer that died without leaving holds its partitions this long",
    )
    kafka_topic_partitions: int = Field(default=6, ge=1, le=1024)
    topic_prefix: str = Field(default="", description="prepended to every topic name (tests)")
    consumer_group_prefix: str = "claimwatch"
    deadletter_max_per_minute: int = Field(
        default=600, ge=1, description="more dead letters than this per minute stops the consumer"
    )

    # Email
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "claimwatch@localhost"
    smtp_starttls: bool = False
    smtp_tls: bool = False
    smtp_timeout_seconds: float = Field(default=10.0, gt=0)
    # connections kept open to the SMTP server; sends wait for a free one
    smtp_max_connections: int = Field(default=16, ge=1, le=256)

    # Webhooks
    webhook_secret: SecretStr | None = None

    # API
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=1, le=65535)
    api_open_reads: bool = False
    public_url: str = "http://127.0.0.1:8000"

    # Per-service health and metrics ports (the API serves its own on api_port)
    fetcher_metrics_port: int = Field(default=9101, ge=0, le=65535)
    extractor_metrics_port: int = Field(default=9102, ge=0, le=65535)
    alerter_metrics_port: int = Field(default=9103, ge=0, le=65535)
    metrics_host: str = "127.0.0.1"

    # Fetcher
    allow_private_urls: bool = False
    fetch_concurrency: int = Field(default=32, ge=1, le=1024)
    fetch_per_host: int = Field(default=2, ge=1, le=64)
    # below shutdown_grace_seconds, so an in-flight fetch ends before a drain is cut off
    fetch_timeout_seconds: float = Field(default=15.0, gt=0)
    fetch_connect_timeout_seconds: float = Field(default=5.0, gt=0)
    fetch_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    default_poll_interval_seconds: int = Field(default=300, ge=1)
    scheduler_tick_seconds: float = Field(default=1.0, gt=0)
    fetch_min_interval_seconds: int = Field(
        default=60, ge=1, description="no feed is polled more often (benchmarks lower it)"
    )

    # Extractor
    gazetteer_path: Path | None = None
    extractor_learned: bool = Field(
        default=False, description="add the learned model's claims after the rules'"
    )

    # Alerter
    novelty_window_days: float = Field(default=30.0, gt=0)
    alert_dir: Path = Path("./data/alerts")
    delivery_deadline_seconds: float = Field(default=300.0, gt=0)
    digest_interval_seconds: float = Field(default=3600.0, gt=0)
    delivery_lease_seconds: float = Field(
        default=90.0, gt=0, description="a crashed replica's leased sends are retried after this"
    )
    delivery_send_timeout_seconds: float = Field(default=30.0, gt=0)

    # Observability
    log_level: str = "INFO"
    log_format: str = Field(default="json", pattern="^(json|text)$")

    # Graceful shutdown
    shutdown_grace_seconds: float = Field(default=20.0, gt=0)

    @field_validator("log_level")
    @classmethod
    def _upper_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"unknown log level {value!r}")
        return level

    @model_validator(mode="after")
    def _reject_placeholder_secrets(self) -> Settings:
        for name in ("smtp_password", "webhook_secret"):
            secret = getattr(self, name)
            if secret is not None and secret.get_secret_value().lower() in PLACEHOLDER_SECRETS:
                raise ValueError(f"CLAIMWATCH_{name.upper()} is a placeholder; set a real secret")
        if self.delivery_lease_seconds <= self.delivery_send_timeout_seconds:
            raise ValueError("CLAIMWATCH_DELIVERY_LEASE_SECONDS must outlast a send's timeout")
        if self.smtp_tls and self.smtp_starttls:
            raise ValueError("CLAIMWATCH_SMTP_TLS and CLAIMWATCH_SMTP_STARTTLS exclude each other")
        return self

    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    def group(self, service: str) -> str:
        return f"{self.consumer_group_prefix}-{service}"

    @cached_property
    def bootstrap(self) -> str:
        if not self.kafka_bootstrap:
            raise RuntimeError(
                "CLAIMWATCH_KAFKA_BOOTSTRAP is not set (run `claimwatch up` for an embedded broker)"
            )
        return self.kafka_bootstrap
