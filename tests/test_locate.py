"""Which Chromium a run drives: a configured one, Playwright's own, a system one, in
that order; none is one line saying how to get one, before anything is stored. A run
asks the Playwright it starts where Playwright's own Chromium is (no second
Playwright started to ask)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from barrieraudit.browser.locate import ENV_VAR, HOW_TO, find_browser
from barrieraudit.errors import BrowserNotFound


def fake_executable(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\nexit 1\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def bare_path(tmp_path, monkeypatch):
    """A PATH with no browser on it, and no browser configured."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(ENV_VAR, raising=False)
    return empty


def test_playwrights_own_chromium_comes_before_a_system_one(bare_path):
    fake_executable(bare_path, "chromium")
    assert find_browser(playwright_chromium=lambda: "/opt/pw/chrome") == (None, "playwright")


def test_a_system_chromium_is_found_on_path_when_playwright_has_none(bare_path):
    chromium = fake_executable(bare_path, "chromium")
    assert find_browser(playwright_chromium=lambda: None) == (str(chromium), "system")


def test_a_configured_browser_comes_first_and_must_exist(bare_path, tmp_path, monkeypatch):
    chrome = fake_executable(tmp_path / "opt", "chrome")
    asked = []
    assert find_browser(str(chrome), playwright_chromium=lambda: asked.append(1) or "/x") == (str(chrome),
                                                                                              "configured")
    assert not asked  # Playwright is not asked when a browser is configured
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "missing"))
    with pytest.raises(BrowserNotFound, match=r"the configured browser '.*missing' does not exist"):
        find_browser(playwright_chromium=lambda: None)


def test_no_browser_anywhere_says_how_to_get_one(bare_path):
    with pytest.raises(BrowserNotFound) as raised:
        find_browser(playwright_chromium=lambda: None)
    assert str(raised.value) == HOW_TO


def test_a_crawl_with_no_browser_anywhere_stops_with_one_line_and_stores_no_run(tmp_path):
    """The real command, with Playwright's driver started (it is what is asked where its
    own Chromium is): no Chromium on PATH, none downloaded by Playwright."""
    config = tmp_path / "sites.yaml"
    config.write_text("sites:\n  - name: Forum\n    url: http://127.0.0.1:9/\n")
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {key: value for key, value in os.environ.items() if key != ENV_VAR}
    env.update(PATH=str(empty), PLAYWRIGHT_BROWSERS_PATH=str(tmp_path / "no-browsers"))
    db = tmp_path / "runs.db"
    done = subprocess.run([sys.executable, "-m", "barrieraudit", "crawl", str(config), "--db", str(db), "-q"],
                          capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"error: {HOW_TO}"]
    with sqlite3.connect(db) as connection:  # the store is opened before the browser is looked for
        assert connection.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0
