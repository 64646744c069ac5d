"""The run store: migrations, and nothing lost when a run is interrupted."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fixture_sites import FixtureSite

from barrieraudit.browser.playwright_driver import PlaywrightDriver
from barrieraudit.config import parse_config
from barrieraudit.errors import StoreError
from barrieraudit.pipeline import run_audit
from barrieraudit.results import build_results, validate_results
from barrieraudit.store import open_store
from barrieraudit.store.migrations import LATEST, MIGRATIONS
from barrieraudit.store.sql import HEARTBEAT_STALE_S, owner_alive, this_process


def test_a_new_database_is_migrated_to_the_latest_schema(store_target):
    store = open_store(store_target)
    assert store.schema_version() == LATEST
    store.close()
    # Opening again applies nothing twice.
    again = open_store(store_target)
    rows = again.query("SELECT COUNT(*) FROM schema_migrations")[0][0]
    assert rows == LATEST


def test_a_database_from_a_newer_barrieraudit_is_refused_with_a_clear_error(store_target):
    store = open_store(store_target)
    store.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    store.close()
    with pytest.raises(StoreError, match="newer barrieraudit"):
        open_store(store_target)


OPEN_ON_SIGNAL = """
import os, sys
from barrieraudit.store import open_store
print("ready", flush=True)
while not os.path.exists(sys.argv[2]):
    pass
open_store(sys.argv[1]).close()
"""


def test_processes_opening_a_new_sqlite_file_at_the_same_moment_all_succeed(tmp_path):
    # Two openers of a new file both read it in rollback mode and both ask for WAL;
    # SQLite refuses one at once ("database is locked") instead of waiting. Before the
    # retry, about half of such pairs failed: one pair per core, six times over. Both
    # openers have imported barrieraudit and wait on a signal file, so they do meet.
    for trial in range(6):
        target, go = tmp_path / f"race{trial}.db", tmp_path / f"go{trial}"
        openers = [subprocess.Popen([sys.executable, "-c", OPEN_ON_SIGNAL, str(target), str(go)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        assert [opener.stdout.readline() for opener in openers] == ["ready\n", "ready\n"]
        go.touch()
        errors = [opener.communicate(timeout=60)[1] for opener in openers]
        assert [opener.returncode for opener in openers] == [0, 0], errors
        store = open_store(target)
        assert store.schema_version() == LATEST
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"
        store.close()


def test_a_database_written_before_run_owners_is_migrated_and_its_runs_stay_resumable(tmp_path):
    target = tmp_path / "old.db"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                           " applied_at TEXT NOT NULL)")
        for version, description, script in MIGRATIONS[:2]:
            connection.executescript(script.replace("{BLOB}", "BLOB"))
            connection.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (version, description))
        connection.execute("INSERT INTO runs (id, started_at, status, tool_version, config)"
                           " VALUES ('old-run', '2026-01-01T00:00:00Z', 'running', '0.1.0', '{}')")
    store = open_store(target)
    assert store.schema_version() == LATEST
    assert store.unfinished_run()["id"] == "old-run"
    assert store.run_owner("old-run") == (None, None)
    assert not owner_alive(*store.run_owner("old-run"))
    store.close()


def test_a_run_records_its_process_and_each_stored_page_renews_its_heartbeat(store_target):
    store = open_store(store_target)
    run_id = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version="c", browser="b",
                             config={"sites": []})
    owner, first = store.run_owner(run_id)
    assert owner == this_process()
    store.execute("UPDATE runs SET heartbeat_at = '2026-01-01T00:00:00Z' WHERE id = ?", (run_id,))
    store.add_site(run_id, 1, "s", "S", "https://s.org/", {})
    store.add_page(run_id, "s", {"url": "https://s.org/"}, None)
    assert store.run_owner(run_id)[1] >= first > "2026-01-01T00:00:00Z"
    store.close()


def test_a_run_owner_is_alive_only_while_its_barrieraudit_process_runs():
    host = socket.gethostname()
    now = datetime.now(UTC)
    # On another machine, the heartbeat decides.
    fresh = (now - timedelta(seconds=60)).isoformat()
    stale = (now - timedelta(seconds=HEARTBEAT_STALE_S + 60)).isoformat()
    assert owner_alive("elsewhere.example:123", fresh, now=now)
    assert not owner_alive("elsewhere.example:123", stale, now=now)
    assert not owner_alive("elsewhere.example:123", None, now=now)
    assert not owner_alive(None, fresh, now=now)
    # On this machine, the process table decides, whatever the heartbeat says.
    crawler = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "barrieraudit", "crawl"])
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert owner_alive(f"{host}:{crawler.pid}", stale, now=now)
        assert not owner_alive(f"{host}:{other.pid}", fresh, now=now)  # a pid reused by another program
    finally:
        crawler.kill()
        other.kill()
        crawler.wait()
        other.wait()
    assert not owner_alive(f"{host}:{crawler.pid}", fresh, now=now)  # gone
    assert not owner_alive(this_process(), fresh, now=now)  # the resuming process itself


def test_a_run_owner_caught_inside_exec_is_alive_and_a_zombie_is_not():
    # Right after fork, /proc/PID/cmdline is empty until exec has set up the new
    # program's arguments (CI failed once on this race, stop 35).
    host = socket.gethostname()
    stale = (datetime.now(UTC) - timedelta(seconds=HEARTBEAT_STALE_S + 60)).isoformat()
    for _ in range(20):
        crawler = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "barrieraudit", "crawl"])
        try:
            assert owner_alive(f"{host}:{crawler.pid}", stale)
        finally:
            crawler.kill()
            crawler.wait()
    # A barrieraudit process that has exited but was not reaped yet: dead.
    zombie = subprocess.Popen([sys.executable, "-c", "pass", "barrieraudit", "crawl"])
    stat = Path(f"/proc/{zombie.pid}/stat")
    for _ in range(500):
        if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
            break
        time.sleep(0.01)
    try:
        assert not owner_alive(f"{host}:{zombie.pid}", stale)
    finally:
        zombie.wait()


def test_runs_pages_screenshots_and_findings_round_trip(store_target):
    store = open_store(store_target)
    run_id = store.begin_run(tool_version="0.1.0", axe_version="4.10.2", catalogue_version="c", browser="b",
                             config={"sites": []})
    store.add_site(run_id, 0, "forum", "Forum", "https://forum.example.org/", {"max_pages": 5})
    record = {"url": "https://forum.example.org/", "role": "home", "error": None, "title": "Forum «ü» 中文"}
    assert store.add_page(run_id, "forum", record, b"\xff\xd8jpeg") == 1
    store.finish_site(run_id, "forum", status="ok", error=None, documents=[], warnings=[])
    finding = {"check": "registration.captcha", "page": "https://forum.example.org/", "severity": "serious",
               "certainty": "confirmed", "groups": ["disabled"], "message": "m", "selector": "", "snippet": "",
               "help": ""}
    store.save_evaluation(run_id, "forum", facts={"captcha": ["recaptcha"]}, scores={"overall": 50.0},
                          findings=[finding], rank=1, rank_interval=[1, 2])
    store.finish_run(run_id, "finished")
    again = open_store(store_target)
    assert again.get_run()["id"] == run_id and again.get_run()["status"] == "finished"
    assert [p["title"] for p in again.load_pages(run_id, "forum")] == ["Forum «ü» 中文"]
    assert list(again.screenshots(run_id)) == [("forum", 1, b"\xff\xd8jpeg")]
    assert again.load_findings(run_id, "forum") == [finding]
    site = again.load_sites(run_id)[0]
    assert (site["facts"], site["rank"], site["rank_interval"]) == ({"captcha": ["recaptcha"]}, 1, [1, 2])


def test_unknown_and_ambiguous_run_ids_are_errors(store_target):
    store = open_store(store_target)
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
            for _ in range(600):  # stop once a few pages are stored, as a Ctrl-C would
                await asyncio.sleep(0.1)
                if store.query("SELECT COUNT(*) FROM pages")[0][0] >= 3:
                    break
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(interrupted())
    run = store.get_run()
    assert run["status"] == "interrupted"
    results = build_results(store, run["id"])
    validate_results(results)
    result = results["sites"][0]
    assert 3 <= len(result["pages"]) < 30
    assert result["status"] == "partial"
    assert result["error"] == "the run was interrupted before this site was finished"
    # What was gathered is scored: those pages carry no axe violations.
    assert result["scores"]["components"]["accessibility"]["axe"] == 1.0


def test_a_postgresql_password_never_appears_in_an_error():
    from barrieraudit.store.postgres import redact

    assert redact("postgresql://auditor:s3cret@db.example:5432/runs") == "postgresql://auditor:***@db.example:5432/runs"
    assert redact("postgresql://db.example/runs") == "postgresql://db.example/runs"
    with pytest.raises(StoreError) as error:
        with socket.socket() as probe:  # a loopback port where nothing listens
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        open_store(f"postgresql://auditor:s3cret@127.0.0.1:{port}/runs")
    assert "s3cret" not in str(error.value) and "auditor:***@127.0.0.1" in str(error.value)
