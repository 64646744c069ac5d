"""Ctrl-C during a crawl, as a terminal sends it (SIGINT to the whole process group:
barrieraudit, its workers, the browser): one line with the run, its stored pages and
the command that continues it, exit 130; and what a CI log shows of a run."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest
from fixture_sites import FixtureSite
from test_resume import stored_pages

pytestmark = pytest.mark.browser

PAGES = 40
# Longer than a log's 80 columns once in the summary table's row.
NAME = "Forum on the Participation of Persons with Disabilities, Youth and Developing Countries 2027"
PROGRESS = re.compile(r"^\[\d+:\d\d:\d\d\] ")


def forum() -> FixtureSite:
    site = FixtureSite()
    nav = "<ul>" + "".join(f'<li><a href="/s{i}">Session {i}</a></li>' for i in range(1, PAGES)) + "</ul>"
    site.page("/", "Forum", nav + "<p>Registration is free.</p>")
    for i in range(1, PAGES):
        site.page(f"/s{i}", f"Session {i}", f"<p>Session {i} is open to everyone.</p>")
    return site


def test_ctrl_c_prints_one_line_with_the_resume_command_and_exits_130(tmp_path):
    with forum() as site:
        config = tmp_path / "forum.yaml"
        # A polite delay keeps the crawl going long enough to interrupt it in the middle.
        config.write_text(f"max_pages: {PAGES}\ndelay: 0.5\nscreenshots: false\n"
                          f"sites:\n  - {{name: '{NAME}', id: forum, url: '{site.url}'}}\n")
        db, out = tmp_path / "runs.db", tmp_path / "report"
        args = ["crawl", str(config), "--db", str(db), "--out", str(out), "--concurrency", "1"]
        # As from a terminal: Ctrl-C's signal at its default. (A test run started in the
        # background of a shell has it ignored, and the crawl would inherit that.)
        crawl = subprocess.Popen([sys.executable, "-m", "barrieraudit", *args], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, cwd=tmp_path, start_new_session=True,
                                 preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 120
        while stored_pages(db) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        os.killpg(crawl.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        stdout, stderr = crawl.communicate(timeout=120)

        assert crawl.returncode == 130, stderr
        assert stdout == ""
        lines = stderr.splitlines()
        # A log gets plain progress lines; the interruption is one line, the last.
        assert all(PROGRESS.match(line) for line in lines[:-1]), stderr
        assert re.match(r"^\[0:00:\d\d\] run \S+: 1 site to audit, at most 40 pages$", lines[0]), stderr
        run_id = lines[0].split()[2].rstrip(":")
        expected = (f"interrupted: run {run_id} has its (\\d+) pages stored; continue it with: "
                    + re.escape(f"barrieraudit {shlex.join(args)} --resume") + "$")
        stopped = re.match(expected, lines[-1])
        assert stopped, stderr
        gathered = int(stopped.group(1))
        assert 3 <= gathered < PAGES
        with sqlite3.connect(db) as connection:
            assert connection.execute("SELECT status FROM runs WHERE id = ?", (run_id,)).fetchone() == ("interrupted",)
            assert connection.execute("SELECT COUNT(*) FROM pages WHERE run_id = ?", (run_id,)).fetchone() == (gathered,)
            done = {row[0] for row in connection.execute("SELECT url FROM pages")}
        site.log.clear()

        # The command the line gives, as typed, finishes the run.
        command = shlex.split(stopped.group(0).split("continue it with: ", 1)[1])
        assert command[0] == "barrieraudit"
        resumed = subprocess.run([sys.executable, "-m", "barrieraudit", *command[1:]], capture_output=True,
                                 text=True, cwd=tmp_path, timeout=300)
        requests = Counter(path for _, path in site.log)

    assert resumed.returncode == 0, resumed.stderr
    results = json.loads((out / "results.json").read_text())
    assert results["run"]["id"] == run_id
    assert results["run"]["status"] == "finished"
    assert len(results["sites"][0]["pages"]) == PAGES
    for url in done:  # the stored pages were not fetched again
        assert requests["/" + url.split("/", 3)[3]] == 0, url

    # The resumed run's log: a line when it starts, every 25 pages, and per site.
    log = resumed.stderr.splitlines()
    assert log[0] == f"Resuming run {run_id}"
    progress = [PROGRESS.sub("", line) for line in log if PROGRESS.match(line)]
    assert progress == [f"run {run_id}: 1 site to audit, at most {PAGES} pages",
                        "25 pages gathered, 0 of 1 sites done",
                        "site forum: ok, 40 pages; 1 of 1 sites done"]
    # A log has no width: the summary table keeps every cell whole.
    assert "…" not in resumed.stdout
    assert any(NAME in line and re.search(r"│ ok +│$", line) for line in resumed.stdout.splitlines()), \
        resumed.stdout
