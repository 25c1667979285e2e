"""The one settings object. Every knob is an environment variable so that the same code runs
in `make run`, in CI and in docker compose without edits.

This module imports nothing of ours, so every layer may read it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYKG_", extra="ignore")

    store: Literal["embedded", "neo4j"] = "embedded"
    data_dir: Path = Field(default=PROJECT_ROOT / ".policykg")
    corpus_dir: Path = Field(default=PROJECT_ROOT / "data" / "corpus")
    graph_name: str = "policykg"
    # Processes that read and extract documents during a build; 0 means one per core.
    build_workers: int = 0

    neo4j_uri: str | None = Field(default=None, validation_alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", validation_alias="NEO4J_USER")
    neo4j_password: str | None = Field(default=None, validation_alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", validation_alias="NEO4J_DATABASE")

    # Every read has a timeout and a row cap; callers may ask for less, never for more.
    query_timeout_ms: int = 2000
    row_cap: int = 1000

    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: list[str] = Field(default_factory=list)
    # Raw Cypher and state-changing endpoints are off unless a token is configured.
    api_token: str | None = None
    max_body_bytes: int = 64 * 1024
    # Uploads (POST /api/v1/documents): per file, per request, and pages of a PDF.
    max_file_bytes: int = 20 * 1024 * 1024
    max_upload_bytes: int = 100 * 1024 * 1024
    max_pages: int = 2000
    # Typed answers are kept until the graph changes; off (0) makes every request query the
    # store, which is what the scale benchmark measures.
    answer_cache: bool = True

    rdf_base: str = "https://policykg.org/id/"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
