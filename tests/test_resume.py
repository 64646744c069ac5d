"""Durable runs: a crawl killed part-way keeps what it gathered and resumes to the
same results as an uninterrupted crawl, without visiting the gathered pages again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from fixture_sites import FixtureSite

from barrieraudit.store import open_store
from barrieraudit.store.sql import owner_alive

pytestmark = pytest.mark.browser

PAGES = 10


def forum() -> FixtureSite:
    site = FixtureSite()
    nav = "<ul>" + "".join(f'<li><a href="/p{i}">Session {i}</a></li>' for i in range(1, PAGES)) + "</ul>"
    site.page("/", "Forum", nav + '<p>Registration fee: USD 120.</p><img src="/x.svg">')
    for i in range(1, PAGES):
        site.page(f"/p{i}", f"Session {i}", f"<p>Session {i} is open to everyone.</p>" + ('<img src="/x.svg">' if i % 2 else ""))
    site.raw("/x.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>', "image/svg+xml")
    return site


def crawl(config: Path, db: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "barrieraudit", "crawl", str(config), "--db", str(db),
                             "--out", str(out), "--concurrency", "1", "-q", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def history(db: Path) -> str:
    listed = subprocess.run([sys.executable, "-m", "barrieraudit", "history", "--db", str(db)],
                            capture_output=True, text=True, timeout=60, env={**os.environ, "COLUMNS": "200"})
    assert listed.returncode == 0, listed.stderr
    return listed.stdout


def comparable(results: dict) -> dict:
    site = results["sites"][0]
    return {
        # In crawl order: a resumed crawl continues the sequence, it does not reshuffle it.
        "pages": [p["url"] for p in site["pages"]],
        "status": site["status"],
        "facts": site["facts"],
        "findings": sorted((f["check"], f["selector"], tuple(sorted(f["pages"]))) for f in site["findings"]),
        "scores": {k: site["scores"][k] for k in ("overall", "groups", "dimensions")},
    }


def stored_pages(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return connection.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_killed_crawl_resumes_to_the_same_results_without_refetching(tmp_path):
    with forum() as site:
        config = tmp_path / "forum.yaml"
        # A polite delay makes the crawl slow enough to kill in the middle.
        config.write_text(f"max_pages: 20\ndelay: 0.5\nscreenshots: false\nsites:\n  - {{name: Forum, url: '{site.url}'}}\n")
        whole = crawl(config, tmp_path / "whole.db", tmp_path / "whole")
        assert whole.wait(timeout=300) == 0, whole.stderr.read()
        site.log.clear()

        killed = crawl(config, tmp_path / "runs.db", tmp_path / "first")
        deadline = time.monotonic() + 120
        while stored_pages(tmp_path / "runs.db") < 4 and time.monotonic() < deadline:
            time.sleep(0.1)
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(timeout=30)
        gathered = stored_pages(tmp_path / "runs.db")
        assert 4 <= gathered < PAGES
        with sqlite3.connect(tmp_path / "runs.db") as connection:
            status, = connection.execute("SELECT status FROM runs").fetchone()
            done = [row[0] for row in connection.execute("SELECT url FROM pages")]
        assert status == "running"  # killed: nothing could mark it

        # At another concurrency: the pages and their order do not depend on it.
        resumed = crawl(config, tmp_path / "runs.db", tmp_path / "resumed", "--resume", "--concurrency", "3")
        assert resumed.wait(timeout=300) == 0, resumed.stderr.read()
        assert "Resuming run" in resumed.stderr.read()
        requests = Counter(path for _, path in site.log)

    once = json.loads((tmp_path / "whole" / "results.json").read_text())
    again = json.loads((tmp_path / "resumed" / "results.json").read_text())
    assert comparable(again) == comparable(once)
    assert len(again["sites"][0]["pages"]) == PAGES
    assert again["run"]["status"] == "finished"
    # Pages stored before the kill were not fetched again by the resumed crawl.
    for url in done:
        path = "/" + url.split("/", 3)[3]
        assert requests[path] == 1, (path, requests[path])


def test_resume_without_an_interrupted_run_is_a_usage_error(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("sites:\n  - {name: A, url: 'http://127.0.0.1:9/'}\n")
    result = subprocess.run([sys.executable, "-m", "barrieraudit", "crawl", str(config), "--db",
                             str(tmp_path / "empty.db"), "--resume"], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: there is no interrupted run to resume in this database"


def test_resume_refuses_a_run_that_a_live_crawl_is_still_writing(tmp_path):
    with forum() as site:
        config = tmp_path / "forum.yaml"
        # Slow enough that the crawl is still going when the second command starts.
        config.write_text(f"max_pages: 20\ndelay: 3\nscreenshots: false\nsites:\n  - {{name: Forum, url: '{site.url}'}}\n")
        live = crawl(config, tmp_path / "runs.db", tmp_path / "first")
        try:
            deadline = time.monotonic() + 120
            while stored_pages(tmp_path / "runs.db") < 1 and time.monotonic() < deadline:
                time.sleep(0.1)
            second = crawl(config, tmp_path / "runs.db", tmp_path / "second", "--resume")
            assert second.wait(timeout=120) == 2
            message = second.stderr.read()
            assert "still being crawled" in message and str(live.pid) in message, message
            assert live.poll() is None  # the live crawl was not disturbed
            assert "running" in history(tmp_path / "runs.db")
        finally:
            os.kill(live.pid, signal.SIGKILL)
            live.wait(timeout=30)
    assert "stopped (crawl --resume continues it)" in history(tmp_path / "runs.db")
    # Once that process is gone, nothing owns the run and --resume may take it.
    store = open_store(tmp_path / "runs.db")
    run = store.unfinished_run()
    assert run["status"] == "running"
    assert not owner_alive(*store.run_owner(run["id"]))
    store.close()
