"""Shared test fixtures: a real Chromium, and a helper that audits fixture sites.

Browser tests never skip: without a Chromium they fail, because CI installs one
(``./dev test`` does it on a fresh machine).
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from barrieraudit.browser.locate import find_browser  # noqa: E402
from barrieraudit.browser.playwright_driver import PlaywrightDriver  # noqa: E402
from barrieraudit.config import parse_config  # noqa: E402
from barrieraudit.errors import BrowserNotFound  # noqa: E402
from barrieraudit.pipeline import run_audit  # noqa: E402
from barrieraudit.results import build_results  # noqa: E402
from barrieraudit.store import RunStore, open_store  # noqa: E402


POSTGRES_ENV = "BARRIERAUDIT_TEST_POSTGRES"


def reset_postgres(url: str) -> None:
    """An empty database: the tests share one PostgreSQL database, one test at a time."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP TABLE IF EXISTS findings, pages, sites, runs, methods, schema_migrations CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "runs.db")
    return empty_postgres()


def empty_postgres() -> str:
    """The test PostgreSQL database, emptied; without one a test fails in CI, else skips."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL: {POSTGRES_ENV} is not set")
        pytest.skip(f"set {POSTGRES_ENV} (./dev test does, as root) to test PostgreSQL")
    reset_postgres(url)
    return url


@pytest.fixture(scope="session")
def chromium() -> str | None:
    try:
        executable, _source = find_browser()
    except BrowserNotFound as exc:
        pytest.fail(f"browser tests need Chromium: {exc}")
    return executable


@dataclass
class Audit:
    store: RunStore
    run_id: str
    results: dict[str, Any]

    def site(self, site_id: str | None = None) -> dict[str, Any]:
        sites = self.results["sites"]
        return sites[0] if site_id is None else next(s for s in sites if s["id"] == site_id)

    def urls(self, site_id: str | None = None) -> list[str]:
        return [p["url"] for p in self.site(site_id)["pages"]]

    def paths(self, site_id: str | None = None) -> list[str]:
        from urllib.parse import urlsplit

        return [urlsplit(u).path for u in self.urls(site_id)]


def run_fixture_audit(chromium: str | None, db: Path, config: dict[str, Any], concurrency: int = 2) -> Audit:
    """A whole run over fixture sites in a real browser, without politeness delays."""
    settings = {"delay": 0, "screenshots": False, **config}
    run_config = parse_config(settings, "test")
    store = open_store(db)
    run_id = asyncio.run(run_audit(run_config, store, lambda: PlaywrightDriver(chromium), concurrency=concurrency))
    return Audit(store, run_id, build_results(store, run_id))


@pytest.fixture
def audit(chromium: str | None, tmp_path: Path):
    """audit(config_dict, concurrency=2) -> Audit: a whole run in a real browser."""

    def run(config: dict[str, Any], concurrency: int = 2, db: Path | None = None) -> Audit:
        return run_fixture_audit(chromium, db or tmp_path / "test.db", config, concurrency)

    return run
