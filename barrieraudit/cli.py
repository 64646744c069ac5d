"""The command line: ``check``, ``crawl``, ``report``, ``history``, ``diff``,
``evaluate``, ``demo``, ``checks``, ``browser``.

Commands are thin: parse, call the library, print. Exit codes: 0 done; 1 the gate
failed (a score below ``--fail-under``, or a barrier at ``--fail-on`` or worse or of a
check set to ``error``, not ignored and not in the ``--baseline``); 2 a
usage or configuration error (the bare command: the help on stderr); 3 nothing could
be audited (the site, or every site, failed); 70 an internal error (a bug); 130
interrupted (what was gathered is kept, and the line says how to resume). Errors are
one line on stderr, never a traceback. With ``--json`` a command prints one JSON
document on stdout and nothing else there; the exit code is the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shlex
import sys
import threading
from pathlib import Path
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from . import __version__
from .config import (RunConfig, Scope, Settings, bounds, check_url, find_default_config, load_config, parse_config,
                     with_overrides)
from .console import err_console, out_console, print_json, run_progress
from .errors import UserError
from .pipeline import DEFAULT_CONCURRENCY
from .usage import ClickException, UsageError, output_file, output_folder, usage_message

# The crawl settings' defaults, as config files have them, for `check`'s options.
_DEFAULTS = {name: field.default for name, field in Settings.model_fields.items()}

EXIT_BELOW_THRESHOLD = 1
EXIT_USAGE = 2
EXIT_NOTHING_AUDITED = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
DEFAULT_DB = "barrieraudit.db"

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Audit how far institutions' participation pages let everyone take part.")

DbOption = Annotated[str, typer.Option("--db", help="Database that stores every run: a SQLite file, or a postgresql:// URL.")]
ConcurrencyOption = Annotated[int, typer.Option("--concurrency", min=1, max=32,
                                                help="Pages loaded at once across the run.")]
BrowserOption = Annotated[str | None, typer.Option(
    "--browser", help="Chromium executable to use (default: $BARRIERAUDIT_CHROMIUM, Playwright's, the system's).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]


class Severity(StrEnum):
    critical = "critical"
    serious = "serious"
    moderate = "moderate"
    minor = "minor"
    info = "info"


FailUnderOption = Annotated[list[str] | None, typer.Option(
    "--fail-under", metavar="[SCORE=]N", help="Exit 1 if a score is below N: the overall score (70), or a group's or "
    "dimension's (disabled=70); repeatable.")]
BaselineOption = Annotated[Path | None, typer.Option("--baseline", help="Known barriers (a --write-baseline file): "
                                                     "the gate fails only on barriers not in it.")]
WriteBaselineOption = Annotated[Path | None, typer.Option("--write-baseline", help="Write the run's confirmed "
                                                          "barriers to this file, as a baseline.")]
FailOnOption = Annotated[Severity | None, typer.Option("--fail-on", help="Exit 1 if a confirmed barrier of "
                                                       "this severity or worse is found.")]
SarifOption = Annotated[Path | None, typer.Option("--sarif", help="Also write the findings as SARIF 2.1.0.")]
SarifMapOption = Annotated[list[str] | None, typer.Option(
    "--sarif-map", metavar="URL_PREFIX=PATH",
    help="In --sarif, place pages under URL_PREFIX in the files of PATH, a folder of the repository (relative "
         "to the working directory), as a static site's build folder: http://127.0.0.1:8000/=_site. Repeatable.")]
class ReportLanguage(StrEnum):
    ar = "ar"
    en = "en"
    es = "es"
    fr = "fr"
    pt = "pt"
    ru = "ru"
    zh = "zh"


LangOption = Annotated[ReportLanguage, typer.Option("--lang", help="Language of the HTML report: ar, en, es, fr, "
                                                    "pt, ru or zh (results.json and the CSV files stay in English).")]
JunitOption = Annotated[Path | None, typer.Option("--junit", help="Also write the checks as JUnit XML.")]
RunJsonOption = Annotated[bool, typer.Option("--json", help="Print the run's results (as results.json, plus "
                                             "'gate' when a gate is given) as JSON on stdout, not the table.")]


def _driver_factory(browser: str | None):
    from .browser.locate import configured_browser
    from .browser.playwright_driver import PlaywrightDriver

    # A configured browser that is not there fails at once; otherwise the driver finds
    # one as it starts, from the Playwright it starts anyway.
    executable = configured_browser(browser)
    return lambda: PlaywrightDriver(executable, find=executable is None)


class _ReportWarmUp:
    """The HTML report's modules and templates (``report.warm_up``), loaded in a thread
    once the run's pages are gathered: the last sites' evaluation runs in the check
    worker meanwhile, and this process would only wait for it (~0.7 s of CPU taken off
    the end of every run that writes a report). A failure there is left for
    ``write_report`` to meet and report."""

    def __init__(self, wanted: bool):
        self.wanted = wanted
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.wanted and self._thread is None:
            self._thread = threading.Thread(target=self._load, name="report-warm-up", daemon=True)
            self._thread.start()

    @staticmethod
    def _load() -> None:
        from .report import warm_up

        with contextlib.suppress(Exception):
            warm_up()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()


def _run(config: RunConfig, db: str | Path, concurrency: int, browser: str | None, quiet: bool,
         resume: bool = False, then: str | None = None, scheduler: str | None = None,
         workers: int | None = None, report: bool = False) -> tuple[Any, str]:
    """Audit the config's sites as a run, here or on a Dask cluster (``scheduler``, or a
    local cluster of ``workers`` processes). On Ctrl-C: one line with the run's id, its
    stored pages and ``then`` (what to run to go on), and exit 130. ``report``: an HTML
    report follows (its modules are loaded while the last sites are evaluated)."""
    from .pipeline import run_audit
    from .store import open_store

    if scheduler or workers:
        return _run_on_cluster(config, str(db), concurrency, browser, quiet, resume, then, scheduler, workers)
    factory = _driver_factory(browser)
    store = open_store(db)
    resume_id = _resumable(store, config) if resume else None
    progress = run_progress(quiet)
    warm = _ReportWarmUp(report)

    async def audit() -> str:
        main_task = asyncio.current_task()
        loop = asyncio.get_running_loop()

        def report_unless_interrupted(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            # Ctrl-C reaches the whole process group, so the browser and Playwright's
            # driver stop too and their connection closes under futures nobody awaits
            # any more. The run handles the interruption; those are no news to the user.
            # (cancelling while the run winds down; cancelled once asyncio.run has
            # turned the Ctrl-C into KeyboardInterrupt, which is when most of them go.)
            interrupted = main_task.cancelling() or (main_task.done() and main_task.cancelled())
            if interrupted and context.get("message", "").endswith("exception was never retrieved"):
                return
            loop.default_exception_handler(context)

        loop.set_exception_handler(report_unless_interrupted)
        return await run_audit(config, store, factory, concurrency=concurrency, progress=progress,
                               resume=resume_id, crawled=warm.start)

    try:
        run_id = asyncio.run(audit())
    except KeyboardInterrupt:
        raise UserError(_interrupted(store, progress.run_id, then), EXIT_INTERRUPTED) from None
    finally:
        progress.stop()
    warm.wait()
    return store, run_id


def _run_on_cluster(config: RunConfig, db: str, concurrency: int, browser: str | None, quiet: bool, resume: bool,
                    then: str | None, scheduler: str | None, workers: int | None) -> tuple[Any, str]:
    if scheduler and workers:
        raise UserError("--scheduler and --workers exclude each other: use a cluster that runs, or start one here")
    from .cluster import need_dask, refuse_sqlite

    need_dask()
    refuse_sqlite(db)
    from .cluster import run_on_cluster
    from .store import open_store

    store = open_store(db)
    resume_id = _resumable(store, config) if resume else None
    progress = run_progress(quiet)
    try:
        run_id = run_on_cluster(config, store, scheduler=scheduler, workers=workers, concurrency=concurrency,
                                browser=browser, progress=progress, resume=resume_id)
    except KeyboardInterrupt:
        raise UserError(_interrupted(store, progress.run_id, then), EXIT_INTERRUPTED) from None
    finally:
        progress.stop()
    return store, run_id


def _interrupted(store: Any, run_id: str | None, then: str | None) -> str:
    if run_id is None:
        return "interrupted before the run began; nothing was gathered"
    pages = store.run_counts().get(run_id, (0, 0))[1]
    stored = f"interrupted: run {run_id} has its {pages} page{'s' if pages != 1 else ''} stored"
    return f"{stored}; continue it with: {then}" if then else stored


def _resume_command(config_path: Path, db: str) -> str:
    """The command that continues this crawl: the one typed, with ``--resume``."""
    typed = sys.argv[1:]
    if typed[:1] != ["crawl"]:  # called from Python, not from the command line
        typed = ["crawl", str(config_path), *(["--db", db] if db != DEFAULT_DB else [])]
    return "barrieraudit " + shlex.join([*(a for a in typed if a != "--resume"), "--resume"])


def _resumable(store: Any, config: RunConfig) -> str:
    """The unfinished run to continue; it must audit the same sites as the config and
    no live crawl may still be writing it."""
    from .store.sql import owner_alive

    run = store.unfinished_run()
    if run is None:
        raise UserError("there is no interrupted run to resume in this database")
    stored = {(s["id"], s["url"]) for s in run["config"].get("sites", [])}
    if stored != {(s.id, s.url) for s in config.sites}:
        raise UserError(f"the interrupted run {run['id']} audits other sites than this config; "
                        "run without --resume to start a new run")
    owner, heartbeat_at = store.run_owner(run["id"])
    if run["status"] == "running" and owner_alive(owner, heartbeat_at):
        raise UserError(f"run {run['id']} is still being crawled by {owner} (last page stored {heartbeat_at}); "
                        "let it finish, or stop it, before resuming")
    err_console.print(f"Resuming run {run['id']}")
    return run["id"]


def _report(store: Any, run_id: str, out: Path | None, templates: Path | None = None,
            sarif: Path | None = None, junit: Path | None = None, gate: Any = None,
            write_baseline: Path | None = None, sarif_map: list[Any] | None = None,
            lang: str = "en") -> dict[str, Any]:
    from .evaluate import load_catalogue
    from .history import changes_since_previous, site_history
    from .report import write_report
    from .report.gate import write_junit
    from .report.policy import write_baseline as write_baseline_file
    from .report.sarif import write_sarif
    from .results import build_results, run_method

    method = run_method(store, run_id)
    results = build_results(store, run_id)
    if out is not None:
        history = site_history(store, run_id)
        index = write_report(results, out, store.screenshots(run_id), templates, history=history,
                             changes=changes_since_previous(store, run_id, history, results),
                             method=method[1] if method else None, lang=str(lang))
        err_console.print(f"Report: {index}")
    if sarif is not None:
        write_sarif(results, sarif, sarif_map, Path.cwd(), method[1]["checks"] if method else None, gate)
    if junit is not None:
        checks = method[1]["checks"] if method else [c.model_dump() for c in load_catalogue().checks]
        write_junit(results, [c["id"] for c in checks if c["evaluator"] != "axe"], junit, policy=gate)
    if write_baseline is not None:
        count = write_baseline_file(results, write_baseline)
        err_console.print(f"Baseline: {count} confirmed barrier{'s' if count != 1 else ''} written to {write_baseline}",
                          markup=False, highlight=False)
    return results


def _gate_policy(fail_on: Severity | None, fail_under: list[str] | None, config: Any = None,
                 baseline: Path | None = None) -> Any:
    """The gate of the command line and the config; a bad --fail-under or baseline is
    refused (exit 2) before any page is fetched."""
    from .report.policy import GatePolicy, parse_thresholds, read_baseline

    return GatePolicy.of(fail_on.value if fail_on else None, parse_thresholds(fail_under), config,
                         read_baseline(baseline) if baseline is not None else None)


def _gate(failures: list[dict[str, Any]]) -> None:
    """Exit 1, naming the first failure, when a site failed the gate."""
    if failures:
        raise UserError(failures[0]["message"], EXIT_BELOW_THRESHOLD)


def _conclude(results: dict[str, Any], gate: Any, json_out: bool, nothing_audited: str | None) -> None:
    """Show the run, then exit as documented: 3 with ``nothing_audited`` (the reason
    nothing could be audited), 1 when the gate failed.

    With --json the run is the results document, exactly as results.json, on stdout; a
    gate's outcome goes under ``gate``, a key the contract allows at the top level."""
    failures = gate.failures(results)
    if not json_out:
        _summary(results)
        note = gate.note(results)
        if note:
            out_console.print(note, markup=False, highlight=False)
    elif not gate.given:
        print_json(results)
    else:
        print_json(results | {"gate": gate.describe(results, failures)})
    if nothing_audited is not None:
        raise UserError(nothing_audited, EXIT_NOTHING_AUDITED)
    _gate(failures)


def _summary(results: dict[str, Any]) -> None:
    table = Table(title=f"Run {results['run']['id']}", title_justify="left")
    table.add_column("Rank", justify="right", no_wrap=True)
    table.add_column("Site", min_width=18)
    for column in ("Overall", "Disab.", "Youth", "Devel.", "Pages", "Barriers"):
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("Status")

    def show(value: Any) -> str:
        return "–" if value is None else f"{value:.0f}"

    for site in sorted(results["sites"], key=lambda s: (s["rank"] is None, s["rank"] or 0)):
        scores, interval = site["scores"] or {}, site["rank_interval"]
        rank = show(site["rank"]) + (f" ({interval[0]}–{interval[1]})" if interval and interval[0] != interval[1] else "")
        groups = scores.get("groups") or {}
        status = site["status"] + (f": {site['error']}" if site["error"] else "")
        table.add_row(rank, Text(site["name"]), show(scores.get("overall")), show(groups.get("disabled")),
                      show(groups.get("youth")), show(groups.get("developing")), str(len(site["pages"])),
                      str(len(site["findings"])), Text(status))
    out_console.print(table)
    if len(results["sites"]) == 1:  # one site (check): what to fix first, and what was not checked
        _fix_first(results["sites"][0])


def _fix_first(site: dict[str, Any]) -> None:
    """The barriers whose fix raises the site's score most (results' ``fix_first``), and
    what the audit could not look at."""
    from collections import Counter

    from .report.render import fmt_gain

    if site.get("fix_first"):
        out_console.print("Fix first (score gain of fixing each, overall):")
        for position, fix in enumerate(site["fix_first"], 1):
            where = f" {fix['selector']}" if fix["selector"] else ""
            pages = f"{fix['page_count']} page{'s' if fix['page_count'] != 1 else ''}"
            out_console.print(Text(f"  {position}. {fmt_gain(fix['gain']['overall'])}  {fix['check']}{where} "
                                   f"({fix['severity']}, {pages}): {fix['message']}"))
    kinds = Counter(item["kind"] for item in site.get("not_checked") or [])
    if kinds:
        words = {"page": ("page not read", "pages not read"), "frame": ("frame not tested", "frames not tested"),
                 "axe": ("page not tested by axe-core", "pages not tested by axe-core")}
        listed = ", ".join(f"{n} {words.get(kind, (kind, kind))[n != 1]}" for kind, n in kinds.items())
        out_console.print(Text(f"Not checked: {listed} (see results.json not_checked or the report)."))


def site_identity(url: str) -> tuple[str, str]:
    """(id, name) of the site ``check`` audits, from the start URL's host, port and path:
    two sites on one host (another port, another path) are two sites. The id is a slug
    (``forum-example-org``, ``127-0-0-1-8001-en``); one over 50 characters is cut and
    ends with a hash of the whole, so two long paths stay two ids."""
    import hashlib

    from .config import slugify
    from .history import site_key

    name = site_key(url)
    slug = slugify(name)
    if len(slug) > 50:
        slug = f"{slug[:50].strip('-')}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"
    return slug, name[:200]


SITE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


@app.command()
def check(
    url: Annotated[str, typer.Argument(help="Start URL of the site to audit.")],
    max_pages: Annotated[int, typer.Option("--max-pages", min=1,
                                           help="Pages to audit at most.")] = _DEFAULTS["max_pages"],
    out: Annotated[Path | None, typer.Option("--out", help="Folder for results.json, CSV and the HTML report.")] = None,
    fail_under: FailUnderOption = None,
    fail_on: FailOnOption = None,
    sarif: SarifOption = None,
    sarif_map: SarifMapOption = None,
    junit: JunitOption = None,
    scope: Annotated[Scope, typer.Option("--scope", help="What is inside the site.")] = _DEFAULTS["scope"],
    delay: Annotated[float, typer.Option("--delay", min=0,
                                         help="Seconds between requests to the host.")] = _DEFAULTS["delay"],
    ignore_robots: Annotated[bool, typer.Option("--ignore-robots",
                                                help="Audit pages robots.txt disallows (your own site only).")] = False,
    db: DbOption = DEFAULT_DB,
    concurrency: ConcurrencyOption = DEFAULT_CONCURRENCY,
    browser: BrowserOption = None,
    quiet: QuietOption = False,
    site_id: Annotated[str | None, typer.Option("--id", help="Site id in results and file names: a-z, 0-9 "
                                                "and - (default: from the URL's host, port and path).")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Site name shown in the report (default: "
                                             "the URL's host, port and path).")] = None,
    json_out: RunJsonOption = False,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    lang: LangOption = ReportLanguage.en,
) -> None:
    """Audit one site and print its scores and barriers."""
    try:
        check_url(url)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if site_id is not None and not SITE_ID.match(site_id):
        raise UserError(f"--id {site_id!r} is not a site id: use a-z, 0-9 and -, starting with a letter "
                        "or digit, at most 63 characters")
    if name is not None and not name.strip():
        raise UserError("--name must not be empty")
    _outputs_writable(out, sarif, junit, write_baseline)
    folders = _site_folders(sarif, sarif_map)
    gate = _gate_policy(fail_on, fail_under, baseline=baseline)
    derived_id, derived_name = site_identity(url)
    config = parse_config({"max_pages": max_pages, "scope": scope.value, "delay": delay,
                           "respect_robots": not ignore_robots,
                           "sites": [{"name": (name or derived_name).strip(), "url": url,
                                      "id": site_id or derived_id}]}, "options")
    store, run_id = _run(config, db, concurrency, browser, quiet, report=out is not None)
    results = _report(store, run_id, out, sarif=sarif, junit=junit, gate=gate, write_baseline=write_baseline,
                      sarif_map=folders, lang=lang)
    site = results["sites"][0]
    _conclude(results, gate, json_out, f"{url}: {site['error']}" if site["status"] == "failed" else None)


def _bounded(setting: str) -> dict[str, Any]:
    """typer's min and max for an option overriding a config setting: the file's rule."""
    low, high = bounds(setting)
    return {"min": low, "max": high}


@app.command()
def crawl(
    config_path: Annotated[Path | None, typer.Argument(
        metavar="[CONFIG]", help="YAML file listing the sites (see README; default: barrieraudit.yaml "
                                 "or .barrieraudit.yaml in the current folder).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for results.json, CSV and the HTML report.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the last interrupted run without "
                                                          "re-auditing what it gathered.")] = False,
    fail_under: FailUnderOption = None,
    fail_on: FailOnOption = None,
    sarif: SarifOption = None,
    sarif_map: SarifMapOption = None,
    junit: JunitOption = None,
    db: DbOption = DEFAULT_DB,
    concurrency: Annotated[int | None, typer.Option("--concurrency", **_bounded("concurrency"), help=(
        f"Pages loaded at once across the run (default: the config's concurrency, or {DEFAULT_CONCURRENCY})."))] = None,
    browser: BrowserOption = None,
    quiet: QuietOption = False,
    json_out: RunJsonOption = False,
    max_pages: Annotated[int | None, typer.Option("--max-pages", **_bounded("max_pages"), help=(
        "Pages to audit per site, over the config's max_pages (run-wide and per site)."))] = None,
    delay: Annotated[float | None, typer.Option("--delay", **_bounded("delay"), help=(
        "Seconds between requests to a host, over the config's delay (run-wide and per site)."))] = None,
    sitemap: Annotated[list[str] | None, typer.Option("--sitemap", metavar="URL", help=(
        "Also read this sitemap for pages of the site it is in; repeatable."))] = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    lang: LangOption = ReportLanguage.en,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help=(
        "Run the sites on this Dask scheduler's workers (tcp://HOST:PORT); needs a postgresql:// --db."))] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, max=64, help=(
        "Start a local Dask cluster of this many worker processes, each with its own browser, "
        "and run the sites on it; needs a postgresql:// --db."))] = None,
) -> None:
    """Audit every site of a configuration file as one run."""
    if config_path is None:
        config_path = find_default_config()
        err_console.print(f"Config: {config_path.name}", markup=False, highlight=False)
    config = with_overrides(load_config(config_path), max_pages=max_pages, delay=delay, concurrency=concurrency,
                            sitemaps=sitemap)
    _outputs_writable(out, sarif, junit, write_baseline)
    folders = _site_folders(sarif, sarif_map)
    gate = _gate_policy(fail_on, fail_under, config, baseline)
    store, run_id = _run(config, db, config.concurrency or DEFAULT_CONCURRENCY, browser, quiet, resume=resume,
                         then=_resume_command(config_path, db), scheduler=scheduler, workers=workers,
                         report=out is not None)
    results = _report(store, run_id, out, sarif=sarif, junit=junit, gate=gate, write_baseline=write_baseline,
                      sarif_map=folders, lang=lang)
    _conclude(results, gate, json_out,
              "no site could be audited" if all(site["status"] == "failed" for site in results["sites"]) else None)


@app.command()
def report(
    run: Annotated[str | None, typer.Argument(help="Run id or unique prefix (default: the latest run).")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder to write the report into.")] = Path("barrieraudit-report"),
    db: DbOption = DEFAULT_DB,
    templates: Annotated[Path | None, typer.Option("--templates", help="Folder of templates overriding the bundled ones.")] = None,
    sarif: SarifOption = None,
    sarif_map: SarifMapOption = None,
    junit: JunitOption = None,
    fail_under: FailUnderOption = None,
    fail_on: FailOnOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    lang: LangOption = ReportLanguage.en,
) -> None:
    """Render a stored run again (no browser needed)."""
    folders = _site_folders(sarif, sarif_map)
    store = _open_existing(db)
    stored = store.get_run(run)
    _outputs_writable(out, sarif, junit, write_baseline)
    # The gate of the config the run was crawled with (its checks and ignore list).
    gate = _gate_policy(fail_on, fail_under, stored.get("config"), baseline)
    results = _report(store, stored["id"], out, templates, sarif=sarif, junit=junit, gate=gate,
                      write_baseline=write_baseline, sarif_map=folders, lang=lang)
    _gate(gate.failures(results))


def _outputs_writable(out: Path | None, sarif: Path | None = None, junit: Path | None = None,
                      baseline: Path | None = None) -> None:
    """Refuse outputs that could not be written (exit 2) before any work starts."""
    output_folder("--out", out)
    output_file("--sarif", sarif)
    output_file("--junit", junit)
    output_file("--write-baseline", baseline)


def _site_folders(sarif: Path | None, sarif_map: list[str] | None) -> list[Any]:
    """Every --sarif-map, checked before any work starts (exit 2 with one line)."""
    from .report.sarif import parse_site_folders

    if sarif_map and sarif is None:
        raise UserError("--sarif-map needs --sarif (it places the SARIF results in files)")
    return parse_site_folders(sarif_map, Path.cwd())


def _open_existing(db: str) -> Any:
    from .store import is_postgres, open_store

    if not is_postgres(db) and not Path(db).exists():
        raise UserError(f"no database at {db} (use --db to name one)")
    return open_store(db)


@app.command()
def history(
    db: DbOption = DEFAULT_DB,
    json_out: Annotated[bool, typer.Option("--json", help="Print the runs as JSON on stdout, not the table.")] = False,
) -> None:
    """List the stored runs: when, sites, pages, status."""
    from .store.sql import owner_alive

    store = _open_existing(db)
    counts = store.run_counts()
    runs = []
    for run in store.list_runs():
        sites, pages = counts.get(run["id"], (0, 0))
        status = run["status"]
        if status == "running" and not owner_alive(*store.run_owner(run["id"])):
            status = "stopped"  # its crawl died: crawl --resume continues it
        runs.append({"id": run["id"], "started_at": run["started_at"], "status": status, "sites": sites,
                     "pages": pages, "catalogue_version": run["catalogue_version"], "parent_id": run["parent_id"]})
    if json_out:
        print_json({"runs": runs})
        return
    table = Table(title="Runs", title_justify="left")
    for column in ("Run", "Started", "Status", "Sites", "Pages", "Catalogue", "From run"):
        table.add_column(column)
    for run in runs:
        status = "stopped (crawl --resume continues it)" if run["status"] == "stopped" else run["status"]
        table.add_row(run["id"], run["started_at"], status, str(run["sites"]), str(run["pages"]),
                      run["catalogue_version"] or "", run["parent_id"] or "")
    out_console.print(table)


@app.command()
def diff(
    run_a: Annotated[str | None, typer.Argument(
        help="Earlier run (default: the crawl before the latest, evaluated like it where it can be).")] = None,
    run_b: Annotated[str | None, typer.Argument(help="Later run (default: the latest finished crawl).")] = None,
    db: DbOption = DEFAULT_DB,
    json_out: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
) -> None:
    """List, per site, the barriers that are new, fixed and persisting, and score changes."""
    from .history import diff_runs, last_two_runs

    store = _open_existing(db)
    if run_a is None:
        run_a, run_b = last_two_runs(store)
    elif run_b is None:
        raise UserError("name both runs, or neither (the last two finished crawls)")
    differences = diff_runs(store, store.get_run(run_a)["id"], store.get_run(run_b)["id"])
    if json_out:
        print_json(differences)
        return
    out_console.print(f"From run {differences['from']} to run {differences['to']}", markup=False)
    runs = {"from": differences["from"], "to": differences["to"]}
    for site in differences["sites"]:
        change = site["change"] if site.get("matched_by") != "url" else f"matched by URL to {site['from_id']}"
        out_console.print(f"\n{site['name']} ({change})", markup=False, style="bold")
        for key, (before, after) in site["scores"].items():
            out_console.print(f"  {key}: {_show(before)} -> {_show(after)}", markup=False)
        for sign, entries in (("+ new", site["new"]), ("- fixed", site["fixed"]), ("? not compared", site["not_compared"])):
            for entry in entries:
                only = f" (page audited only in run {runs[entry['found_in']]})" if "found_in" in entry else ""
                out_console.print(f"  {sign}: [{entry['severity']}] {entry['check']} {entry['selector']} on "
                                  f"{entry['page']}{only}", markup=False, highlight=False)
        pages = site["pages_not_compared"]
        out_console.print(f"  {len(site['new'])} new, {len(site['fixed'])} fixed, {site['persisting']} persisting, "
                          f"{len(site['not_compared'])} not compared (pages audited in one run only: "
                          f"{len(pages['from'])} in the earlier, {len(pages['to'])} in the later)",
                          markup=False, highlight=False)


def _show(value: Any) -> str:
    return "–" if value is None else f"{value:g}"


@app.command()
def evaluate(
    run: Annotated[str, typer.Argument(help="Run id or unique prefix whose artifacts to evaluate again.")],
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the new run's report.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Apply the current checks and scoring to a stored run, as a new linked run (no browser)."""
    from .pipeline import reevaluate_run

    store = _open_existing(db)
    source = store.get_run(run)
    _outputs_writable(out)
    new_id = reevaluate_run(store, source["id"])
    out_console.print(f"Run {new_id} re-evaluates run {source['id']} with check catalogue "
                      f"{store.get_run(new_id)['catalogue_version']}", markup=False)
    _summary(_report(store, new_id, out))


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for the demo's report and database.")] = Path("barrieraudit-demo"),
    db: Annotated[str | None, typer.Option("--db", help="Database (default: OUT/barrieraudit.db).")] = None,
    concurrency: ConcurrencyOption = DEFAULT_CONCURRENCY,
    browser: BrowserOption = None,
    quiet: QuietOption = False,
    lang: LangOption = ReportLanguage.en,
) -> None:
    """Serve the bundled sample forum sites on loopback, audit them, and write the report."""
    from .demo import DemoServer, demo_config

    _outputs_writable(out)
    with DemoServer() as server:
        config = demo_config(server)
        store, run_id = _run(config, db or out / "barrieraudit.db", concurrency, browser, quiet)
        results = _report(store, run_id, out, lang=lang)
    _summary(results)
    out_console.print(f"Open {(out / 'index.html').resolve().as_uri()}", markup=False)


@app.command(name="checks")
def checks_command(
    json_out: Annotated[bool, typer.Option("--json", help="Print the catalogue's checks as JSON on stdout, "
                                                          "not the table.")] = False,
) -> None:
    """List every check: id, dimension, groups, severity and what it looks for."""
    from .evaluate import load_catalogue

    catalogue = load_catalogue()
    specs = sorted(catalogue.checks, key=lambda c: (c.dimension, c.id))
    if json_out:
        print_json({"catalogue_version": catalogue.version,
                    "checks": [c.model_dump(include={"id", "title", "description", "dimension", "groups",
                                                     "severity", "certainty", "evaluator"}) for c in specs]})
        return
    rows = [("CHECK", "DIMENSION", "GROUPS", "SEVERITY", "DESCRIPTION")]
    rows += [(c.id, c.dimension, ",".join(c.groups), c.severity, c.title) for c in specs]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        out_console.print(f"{line}  {row[4]}", markup=False, highlight=False)
    out_console.print("axe-core's rules are reported as accessibility.<rule-id>, severity from axe's impact.",
                      markup=False, highlight=False)


@app.command(name="browser")
def browser_command(
    install: Annotated[bool, typer.Option("--install", help="Install Chromium if none is found.")] = False,
) -> None:
    """Show which Chromium barrieraudit will drive (and install one with --install)."""
    from .browser.locate import find_browser, install_browser

    path, source = install_browser(echo=err_console.print) if install else find_browser()
    out_console.print(f"{source}: {path or 'Playwright-managed Chromium'}", markup=False)


def version_callback(value: bool) -> None:
    if value:
        out_console.print(f"barrieraudit {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Audit how far institutions' participation pages let everyone take part."""


def main(args: list[str] | None = None) -> None:
    """Console entry point: every error is one line and a documented exit code.

    The bare command prints the help on stderr and exits 2, as click does for a group
    run without a command (``--help`` prints it on stdout and exits 0)."""
    args = sys.argv[1:] if args is None else args
    if not args:
        with contextlib.redirect_stdout(sys.stderr):
            app(args=["--help"], prog_name="barrieraudit", standalone_mode=False)
        sys.exit(EXIT_USAGE)
    try:
        code = app(args=args, prog_name="barrieraudit", standalone_mode=False)
    except UserError as exc:
        prefix = "" if exc.exit_code == EXIT_INTERRUPTED else "error: "
        err_console.print(f"{prefix}{exc}", markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except UsageError as exc:
        err_console.print(f"error: {usage_message(exc)}", markup=False, highlight=False)
        sys.exit(EXIT_USAGE)
    except ClickException as exc:
        err_console.print(f"error: {exc.format_message()}", markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        err_console.print("interrupted", markup=False)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 -- never a traceback to the user
        if os.environ.get("BARRIERAUDIT_DEBUG"):
            raise
        err_console.print(f"error: internal error ({type(exc).__name__}: {exc}); "
                          "set BARRIERAUDIT_DEBUG=1 for the traceback", markup=False, highlight=False)
        sys.exit(EXIT_INTERNAL)
    if code == EXIT_INTERRUPTED:  # typer turns a Ctrl-C outside a run into this code
        err_console.print("interrupted", markup=False)
    sys.exit(code if isinstance(code, int) else 0)
