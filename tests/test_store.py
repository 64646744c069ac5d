"""The run store: migrations, and nothing lost when a run is interrupted."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from fixture_sites import FixtureSite

from barrieraudit.browser.playwright_driver import PlaywrightDriver
from barrieraudit.config import parse_config
from barrieraudit.errors import StoreError
from barrieraudit.pipeline import run_audit
from barrieraudit.results import build_results, validate_results
from barrieraudit.store import open_store
from barrieraudit.store.migrations import LATEST


def test_a_new_database_is_migrated_to_the_latest_schema(tmp_path):
    store = open_store(tmp_path / "runs.db")
    assert store.schema_version() == LATEST
    store.close()
    # Opening again applies nothing twice.
    again = open_store(tmp_path / "runs.db")
    rows = again.query("SELECT COUNT(*) FROM schema_migrations")[0][0]
    assert rows == LATEST


def test_a_database_from_a_newer_barrieraudit_is_refused_with_a_clear_error(tmp_path):
    open_store(tmp_path / "runs.db").close()
    with sqlite3.connect(tmp_path / "runs.db") as connection:
        connection.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer barrieraudit"):
        open_store(tmp_path / "runs.db")


def test_unknown_and_ambiguous_run_ids_are_errors(tmp_path):
    store = open_store(tmp_path / "runs.db")
    with pytest.raises(StoreError, match="holds no runs"):
        store.get_run()
    with pytest.raises(StoreError, match="no run 'nope'"):
        store.get_run("nope")


@pytest.mark.browser
def test_an_interrupted_run_keeps_and_evaluates_the_pages_it_gathered(chromium, tmp_path):
    with FixtureSite() as site:
        site.page("/", "Home", "".join(f'<p><a href="/p{i}">Page {i}</a></p>' for i in range(30)))
        for i in range(30):
            site.page(f"/p{i}", f"Page {i}")
        config = parse_config({"delay": 0.3, "max_pages": 30, "screenshots": False,
                               "sites": [{"name": "Long", "url": site.url}]})
        store = open_store(tmp_path / "runs.db")

        async def interrupted() -> None:
            task = asyncio.create_task(run_audit(config, store, lambda: PlaywrightDriver(chromium)))
            await asyncio.sleep(4)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(interrupted())
    run = store.get_run()
    assert run["status"] == "interrupted"
    results = build_results(store, run["id"])
    validate_results(results)
    result = results["sites"][0]
    assert 2 <= len(result["pages"]) < 30
    assert result["status"] == "partial"
    assert result["error"] == "the run was interrupted before this site was finished"
    assert result["scores"]["dimensions"]["accessibility"] is not None
