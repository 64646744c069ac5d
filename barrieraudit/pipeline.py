"""The local runner: a run from configuration to stored, evaluated, ranked results.

One browser for the run; sites are audited as independent tasks, several at once,
sharing only a bound on the pages in flight (``concurrency``). Each page is stored
when gathered, and each site is evaluated and scored from its stored pages when it
is done. When gathering ends (or is interrupted), the sites are ranked from the
stored scores (``rank_run``). Storing, evaluating and ranking run in worker
processes (``workers``): the event loop only drives the browser. ``evaluate_run``
evaluates a stored run again from its artifacts alone, with the same evaluation code.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import __version__
from .browser.axe import axe_run_options, axe_version
from .browser.interface import Driver
from .config import RunConfig
from .errors import ConfigError
from .crawl.load import Gate, Governor
from .crawl.politeness import Politeness
from .crawl.site import SiteCrawl, SiteTask, audit_site
from .evaluate import evaluate_site, load_catalogue
from .evaluate.outcome import SiteArtifacts
from .score import aggregate, component_values, fix_gains, no_scores, rank, rank_intervals
from .steps import missing_variable
from .results import record_method
from .store import RunStore
from .workers import RunWorkers, evaluate_sites_in_pool

DEFAULT_CONCURRENCY = 4
LOCAL_EXECUTOR = {"kind": "local", "scheduler": None, "workers": 1}


class Progress:
    """Hooks the CLI uses to show progress; the defaults do nothing."""

    def run_opened(self, run_id: str) -> None: ...
    def run_started(self, sites: int, page_budget: int) -> None: ...
    def page_done(self, site_id: str, url: str, error: str | None) -> None: ...
    def site_done(self, site_id: str, crawl: SiteCrawl) -> None: ...


def axe_options() -> dict[str, Any]:
    spec = next(c for c in load_catalogue().checks if c.evaluator == "axe")
    return axe_run_options(spec.options["tags"])


def site_tasks(config: RunConfig, store: RunStore, run_id: str, *, resuming: bool = False,
               replay: bool = True) -> list[SiteTask]:
    """The sites still to audit, each added to the run as pending unless it is there
    already (a run resumed): a site that finished before an interruption is left out.
    ``replay``: give each task the pages stored before the interruption (a distributed
    run's worker reads them itself, when it takes the site)."""
    options = axe_options()
    status = {site["id"]: site["status"] for site in store.load_sites(run_id)} if resuming else {}
    tasks = []
    for position, site in enumerate(config.sites):
        settings = config.site_settings(site)
        if site.id not in status:
            store.add_site(run_id, position, site.id, site.name, site.url, settings.model_dump(mode="json"))
        elif status[site.id] != "pending":
            continue  # finished before the interruption
        done = store.load_pages(run_id, site.id) if resuming and replay else []
        tasks.append(SiteTask(site.id, site.name, site.url, settings, options, done_pages=done, flows=site.flows,
                              pages=list(site.pages), sitemaps=list(site.sitemaps)))
    return tasks


@dataclass
class Lanes:
    """What sites audited together share: the pages in flight (``slots``), the sites open
    at once (``sites``) and the per-host politeness."""

    concurrency: int
    slots: Gate
    sites: Gate
    politeness: Politeness
    governor: Governor

    @classmethod
    async def make(cls, concurrency: int, driver: Driver) -> Lanes:
        # Pages in flight across the whole run; a site takes a slot only while one of its
        # pages loads (not while it waits for its host's throttle or for robots.txt).
        # Sites open at once: as many as pages in flight. One more was tried (the next
        # site's context, robots.txt and sitemaps ready early: 58 -> 66 one-page sites a
        # minute at --concurrency 1), but two sites of many pages then take the page slot
        # in turn and trade the one tab on every visit (a renderer and axe-core each
        # time): 43 pages a minute instead of 132.
        # robots.txt and the throttle per host, for the whole run: two sites on one host
        # share them. Both bounds, and the browser's lanes, follow the machine's load
        # from its cores up to ``concurrency`` (``crawl.load``).
        governor = Governor(concurrency)
        slots, sites = governor.gate(), governor.gate()
        governor.listen(driver.limit_tabs)
        await driver.limit_tabs(governor.allowed)
        return cls(concurrency, slots, sites, Politeness(), governor)


async def audit_and_store(task: SiteTask, run_id: str, driver: Driver, workers: RunWorkers, lanes: Lanes,
                          progress: Progress, worker: dict[str, Any] | None = None,
                          crawled: Callable[[], None] | None = None) -> SiteCrawl:
    """Audit one site, storing each page as it is gathered (numbered in the order the
    crawler commits them, after any replayed ones), then record how the crawl ended and
    evaluate and score the site in a worker. ``worker``: where the audit ran;
    ``crawled``: called once the site's pages are gathered, before its evaluation."""
    stored = len(task.done_pages)

    async def on_page(site_id: str, record: dict[str, Any], screenshot: bytes | None) -> None:
        nonlocal stored
        stored += 1
        progress.page_done(site_id, record["url"], record["error"])
        await workers.store_page(run_id, site_id, stored, record, screenshot)

    async with lanes.sites:
        crawl = await audit_site(task, driver, lanes.slots, on_page, lanes.concurrency, lanes.politeness)
    if crawled is not None:
        crawled()
    # The site's findings, facts and scores are stored as soon as it is done, in a
    # worker process, so a crash later in the run keeps them; ranks come at the end.
    # The crawl keeps no pages in memory: the worker reads them back from the store.
    await workers.finish_site(run_id, task.site_id, task.url, status=crawl.status, error=crawl.error,
                              documents=crawl.documents, warnings=crawl.warnings, worker=worker)
    progress.site_done(task.site_id, crawl)
    return crawl


def this_host() -> dict[str, Any]:
    """Where a local run audits from: this machine (a distributed run names each worker)."""
    return {"host": socket.gethostname(), "address": None}


async def gather_run(config: RunConfig, store: RunStore, run_id: str, driver: Driver, workers: RunWorkers,
                     concurrency: int, progress: Progress, resuming: bool = False,
                     crawled: Callable[[], None] | None = None) -> None:
    """Audit and store every site of the run; ``crawled`` is called once, when the last
    site's pages are gathered (the evaluations of the last sites may still be running)."""
    tasks = site_tasks(config, store, run_id, resuming=resuming)
    progress.run_started(len(tasks), sum(t.settings.max_pages for t in tasks))
    lanes = await Lanes.make(concurrency, driver)
    here = this_host()
    left = len(tasks)

    def one_crawled() -> None:
        nonlocal left
        left -= 1
        if left == 0 and crawled is not None:
            crawled()

    try:
        await asyncio.gather(*(audit_and_store(t, run_id, driver, workers, lanes, progress, here, one_crawled)
                               for t in tasks))
    finally:
        await lanes.governor.stop()


def _evaluate(artifacts: SiteArtifacts, catalogue: Any) -> tuple[Any, dict[str, Any], dict[str, Any] | None]:
    """(evaluation, scores, graded components or None when nothing was audited)."""
    evaluation = evaluate_site(artifacts, catalogue)
    if not artifacts.audited_pages:
        return evaluation, no_scores(), None
    components = component_values(evaluation, catalogue.scoring)
    return evaluation, aggregate(components, catalogue.scoring), components


def evaluate_stored_site(store: RunStore, run_id: str, site_id: str, url: str,
                         documents: list[dict[str, Any]]) -> dict[str, Any]:
    """Evaluate and score one site from its stored pages, store the outcome (unranked)
    and return its scores."""
    artifacts = SiteArtifacts(site_id, url, store.load_pages(run_id, site_id), documents)
    catalogue = load_catalogue()
    evaluation, scores, components = _evaluate(artifacts, catalogue)
    store.save_evaluation(run_id, site_id, facts=evaluation.facts, scores=scores,
                          findings=findings_with_gains(evaluation, catalogue, components), rank=None,
                          rank_interval=None, page_facts=evaluation.page_facts, not_checked=evaluation.not_checked)
    return scores


def findings_with_gains(evaluation: Any, catalogue: Any, components: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The findings as stored: each with the score gain of fixing its barrier (``gain``)
    and that barrier's place in the site's fix-first order (``fix_order``, 1 = fix first;
    null when fixing it alone raises no score). A site not scored gets neither."""
    findings = [f.to_dict() for f in evaluation.findings]
    if components is None:
        return findings
    order = 0
    for fix in fix_gains(evaluation, catalogue, components):
        order += fix["exact"] > 0
        for i in fix["findings"]:
            findings[i]["gain"] = fix["gain"]
            findings[i]["fix_order"] = order if fix["exact"] > 0 else None
    return findings


def rank_run(store: RunStore, run_id: str) -> None:
    """Rank the sites of a run just crawled from the scores stored as each site finished.
    A site cut off before that (an interruption) is evaluated from its stored pages first."""
    overall: dict[str, float | None] = {}
    components: dict[str, Any] = {}
    for site in store.load_sites(run_id):
        scores = site["scores"]
        if scores is None:
            scores = evaluate_stored_site(store, run_id, site["id"], site["url"], site["documents"])
        overall[site["id"]] = scores["overall"]
        if scores.get("components"):
            components[site["id"]] = scores["components"]
    ranks = rank(overall)
    intervals = rank_intervals({s: c for s, c in components.items() if ranks.get(s)}, load_catalogue().scoring)
    store.save_ranks(run_id, {site_id: (ranks[site_id], intervals.get(site_id)) for site_id in overall})


# Below this many pages a re-evaluation runs in this process: starting worker
# processes (each imports the checks) would cost more than it saves.
POOL_MIN_PAGES = 200


def evaluate_run(store: RunStore, run_id: str) -> None:
    """Evaluate, score and rank every site of a stored run from its artifacts alone;
    a large run is evaluated in parallel worker processes."""
    sites = store.load_sites(run_id)
    pages = store.run_counts().get(run_id, (0, 0))[1]
    if len(sites) > 1 and pages >= POOL_MIN_PAGES and store.target:
        evaluate_sites_in_pool(store.target, run_id, sites)
    else:
        for site in sites:
            evaluate_stored_site(store, run_id, site["id"], site["url"], site["documents"])
    rank_run(store, run_id)


def require_secrets(config: RunConfig) -> None:
    """A flow's secret must be there before anything starts: a run that stops half-way
    through its sites for a missing variable would be a run to throw away."""
    missing = missing_variable([(site.name, site.flows) for site in config.sites])
    if missing:
        raise ConfigError(missing)


def open_run(store: RunStore, config: RunConfig, resume: str | None, browser: str,
             executor: dict[str, Any]) -> str:
    """The run to gather into: ``resume`` reopened, or a new one with its method recorded;
    with what audits it (``executor``). Returns its id."""
    if resume:
        run_id = resume
        store.reopen_run(run_id)
    else:
        catalogue = load_catalogue()
        run_id = store.begin_run(tool_version=__version__, axe_version=axe_version(),
                                 catalogue_version=catalogue.version, browser=browser,
                                 config=config.model_dump(mode="json"))
        record_method(store, run_id, catalogue)
    store.set_executor(run_id, executor)
    return run_id


async def run_audit(config: RunConfig, store: RunStore, driver_factory: Callable[[], Driver], *,
                    concurrency: int = DEFAULT_CONCURRENCY, progress: Progress | None = None,
                    resume: str | None = None, worker_processes: int | None = None,
                    crawled: Callable[[], None] | None = None) -> str:
    """Audit every configured site; return the stored run's id. Ctrl-C keeps what was
    gathered; ``resume`` (a run id) continues an interrupted run where it stopped.
    ``worker_processes``: see ``RunWorkers`` (0 keeps the work in this process);
    ``crawled``: called on the loop once every site's pages are gathered, while the last
    evaluations run (``crawl`` starts loading the report's modules then)."""
    progress = progress or Progress()
    require_secrets(config)
    workers = RunWorkers(store.target, worker_processes)
    driver = driver_factory()
    try:
        await asyncio.gather(driver.start(max_tabs=concurrency), workers.warm_up())
    except BaseException:
        workers.close()
        raise
    run_id = open_run(store, config, resume, f"{driver.name} {driver.browser_version}", LOCAL_EXECUTOR)
    progress.run_opened(run_id)
    status = "interrupted"
    try:
        await gather_run(config, store, run_id, driver, workers, concurrency, progress, resuming=bool(resume),
                         crawled=crawled)
        status = "finished"
    finally:
        # Every page handed over is stored, then whatever was gathered is ranked, also
        # after an interruption (a second Ctrl-C here is not caught); the worker ranks
        # while the browser closes.
        ranking = asyncio.shield(workers.rank(run_id))
        try:
            try:
                await driver.close()
            except Exception:  # noqa: BLE001 -- a browser that dies at exit must not lose the run
                pass
            await ranking
        finally:
            # The workers exit while the report is written (~0.25 s); this process waits
            # for them only at its own exit.
            workers.close(wait=False)
            store.finish_run(run_id, status)
    return run_id


def reevaluate_run(store: RunStore, run_id: str) -> str:
    """Apply the current checks and scoring to a stored run's artifacts, as a new run
    linked to the old one (no browser); return the new run's id."""
    catalogue = load_catalogue()
    new_id = store.copy_run(run_id, tool_version=__version__, catalogue_version=catalogue.version)
    record_method(store, new_id, catalogue)
    evaluate_run(store, new_id)
    store.finish_run(new_id, "finished")
    return new_id
