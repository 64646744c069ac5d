"""What the command line writes while it runs: the consoles, run progress for a
terminal (a live bar) or for a CI log (plain lines), and the JSON documents of
``--json``.

A console that is not a terminal (a CI log, a pipe, a file) gets no width limit, so
tables print every cell whole instead of cutting them at 80 columns; progress there
is a line per finished site and one every ``PAGES_PER_LINE`` pages, never a live bar
that a log cannot show.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .pipeline import Progress as RunProgress

PAGES_PER_LINE = 25
# Wide enough for any row of the summary and history tables: a log has no width.
LOG_WIDTH = 10_000


def console(stderr: bool = False) -> Console:
    made = Console(stderr=stderr, soft_wrap=True)
    if not made.is_terminal:
        made.width = LOG_WIDTH
    return made


out_console = console()
err_console = console(stderr=True)


def print_json(document: Any) -> None:
    """``document`` as the only thing on stdout, for a script to parse (``--json``):
    plain JSON, not rich's highlighted rendering, and non-ASCII characters escaped so
    that a stdout of any encoding takes it."""
    sys.stdout.write(json.dumps(document, indent=2) + "\n")
    sys.stdout.flush()


class RunStatus(RunProgress):
    """Progress that also remembers the run's id, for the line printed on Ctrl-C."""

    run_id: str | None = None

    def run_opened(self, run_id: str) -> None:
        self.run_id = run_id

    def stop(self) -> None: ...


class BarProgress(RunStatus):
    """Progress in a terminal, on stderr: pages gathered against the page budget."""

    def __init__(self) -> None:
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=err_console, transient=True)
        self.pages = self.sites = None

    def run_started(self, sites: int, page_budget: int) -> None:
        self.progress.start()
        self.sites = self.progress.add_task("sites", total=sites)
        self.pages = self.progress.add_task("pages", total=page_budget)

    def page_done(self, site_id: str, url: str, error: str | None) -> None:
        self.progress.advance(self.pages)

    def site_done(self, site_id: str, crawl: Any) -> None:
        self.progress.advance(self.sites)

    def stop(self) -> None:
        self.progress.stop()


class LineProgress(RunStatus):
    """Progress for a log, on stderr: a line when the run starts, one per finished
    site, and one every ``every`` pages."""

    def __init__(self, every: int = PAGES_PER_LINE) -> None:
        self.every = every
        self.started = time.monotonic()
        self.sites = self.sites_done = self.budget = self.pages = self.failed = 0

    def _say(self, text: str) -> None:
        elapsed = int(time.monotonic() - self.started)
        err_console.print(f"[{elapsed // 3600}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}] {text}",
                          markup=False, highlight=False)

    def run_started(self, sites: int, page_budget: int) -> None:
        self.started = time.monotonic()
        self.sites, self.budget = sites, page_budget
        self._say(f"run {self.run_id}: {sites} site{'s' if sites != 1 else ''} to audit, "
                  f"at most {page_budget} pages")

    def page_done(self, site_id: str, url: str, error: str | None) -> None:
        self.pages += 1
        self.failed += error is not None
        if self.pages % self.every == 0:
            failed = f" ({self.failed} could not be audited)" if self.failed else ""
            self._say(f"{self.pages} pages gathered{failed}, {self.sites_done} of {self.sites} sites done")

    def site_done(self, site_id: str, crawl: Any) -> None:
        self.sites_done += 1
        error = f" ({crawl.error})" if crawl.error else ""
        self._say(f"site {site_id}: {crawl.status}{error}, {len(crawl.pages)} pages; "
                  f"{self.sites_done} of {self.sites} sites done")


def run_progress(quiet: bool) -> RunStatus:
    """A live bar in a terminal, plain lines in a log, nothing with --quiet."""
    if quiet:
        return RunStatus()
    return BarProgress() if err_console.is_terminal else LineProgress()
