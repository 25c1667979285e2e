"""docker-compose.yml is checked without a Docker engine: Debian's docker-compose parses,
interpolates and validates it (`config`), which is what an engine would read first."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = shutil.which("docker-compose")
pytestmark = pytest.mark.skipif(COMPOSE is None, reason="docker-compose is not installed "
                                "(`make test` installs Debian's docker-compose when it can)")


def _config(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "POLICYKG_"))}
    return subprocess.run([COMPOSE, "config"], cwd=ROOT, capture_output=True, text=True,
                          env={**clean, **env}, timeout=60)


def test_compose_file_is_valid_and_wires_neo4j_to_the_api() -> None:
    proc = _config({"NEO4J_PASSWORD": "a-long-secret"})
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    image = re.search(r"image:\s*neo4j:(\d+)\.(\d+)", text)
    assert image and (int(image.group(1)), int(image.group(2))) >= (5, 26)
    for port in (7474, 7687, 8000):
        assert re.search(rf"published: {port}\s+target: {port}", text), f"port {port} not published"
    assert "condition: service_healthy" in text
    assert "healthcheck" in text
    assert "neo4j-data" in text  # the named volume
    assert "NEO4J_AUTH: neo4j/a-long-secret" in text
    assert "POLICYKG_STORE: neo4j" in text


def test_compose_refuses_to_start_without_a_password() -> None:
    proc = _config({})
    assert proc.returncode != 0
    assert "NEO4J_PASSWORD" in proc.stderr


def test_dockerfile_installs_what_the_api_serves() -> None:
    text = (ROOT / "Dockerfile").read_text()
    for package in ("policykg", "graph", "loaders", "ontology", "queries", "api"):
        assert f"COPY {package} ./{package}" in text
    assert "npm ci" in text
