"""The local runner: a run from configuration to stored, evaluated, ranked results.

One browser for the run; sites are audited as independent tasks, several at once,
sharing only a bound on the pages in flight (``concurrency``). Each page is stored
when gathered, and each site is evaluated and scored from its stored pages when it
is done. When gathering ends (or is interrupted), the sites are ranked from the
stored scores (``rank_run``). ``evaluate_run`` evaluates a stored run again from its
artifacts alone, with the same evaluation code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from . import __version__
from .browser.axe import axe_run_options, axe_version
from .browser.interface import Driver
from .config import RunConfig
from .crawl.politeness import Politeness
from .crawl.site import SiteCrawl, SiteTask, audit_site
from .evaluate import evaluate_site, load_catalogue
from .evaluate.outcome import SiteArtifacts
from .score import aggregate, component_values, no_scores, rank, rank_intervals
from .store import RunStore

DEFAULT_CONCURRENCY = 4


class Progress:
    """Hooks the CLI uses to show progress; the defaults do nothing."""

    def run_started(self, sites: int, page_budget: int) -> None: ...
    def page_done(self, site_id: str, url: str, error: str | None) -> None: ...
    def site_done(self, site_id: str, crawl: SiteCrawl) -> None: ...


def axe_options() -> dict[str, Any]:
    spec = next(c for c in load_catalogue().checks if c.evaluator == "axe")
    return axe_run_options(spec.options["tags"])


async def gather_run(config: RunConfig, store: RunStore, run_id: str, driver: Driver,
                     concurrency: int, progress: Progress, resuming: bool = False) -> None:
    # Pages in flight across the whole run; a site takes a slot only while one of its
    # pages loads (not while it waits for its host's throttle or for robots.txt).
    slots = asyncio.Semaphore(concurrency)
    site_slots = asyncio.Semaphore(concurrency)
    # robots.txt and the throttle per host, for the whole run: two sites on one host share them.
    politeness = Politeness()
    options = axe_options()
    status = {site["id"]: site["status"] for site in store.load_sites(run_id)} if resuming else {}
    tasks = []
    for position, site in enumerate(config.sites):
        settings = config.site_settings(site)
        if site.id not in status:
            store.add_site(run_id, position, site.id, site.name, site.url, settings.model_dump(mode="json"))
        elif status[site.id] != "pending":
            continue  # finished before the interruption
        done = store.load_pages(run_id, site.id) if resuming else []
        tasks.append(SiteTask(site.id, site.name, site.url, settings, options, done_pages=done))
    progress.run_started(len(tasks), sum(t.settings.max_pages for t in tasks))

    def on_page(site_id: str, record: dict[str, Any], screenshot: bytes | None) -> None:
        store.add_page(run_id, site_id, record, screenshot)
        progress.page_done(site_id, record["url"], record["error"])

    async def one_site(task: SiteTask) -> None:
        async with site_slots:
            crawl = await audit_site(task, driver, slots, on_page, concurrency, politeness)
        store.finish_site(run_id, task.site_id, status=crawl.status, error=crawl.error,
                          documents=crawl.documents, warnings=crawl.warnings)
        # The site's findings, facts and scores are stored as soon as it is done, so a
        # crash later in the run keeps them; ranks come when every site is evaluated.
        # The crawl keeps no pages in memory: they are read back from the store.
        evaluate_gathered_site(store, run_id, SiteArtifacts(task.site_id, task.url,
                                                            store.load_pages(run_id, task.site_id),
                                                            crawl.documents))
        progress.site_done(task.site_id, crawl)

    await asyncio.gather(*(one_site(t) for t in tasks))


def _evaluate(artifacts: SiteArtifacts, catalogue: Any) -> tuple[Any, dict[str, Any], dict[str, Any] | None]:
    """(evaluation, scores, graded components or None when nothing was audited)."""
    evaluation = evaluate_site(artifacts, catalogue)
    if not artifacts.audited_pages:
        return evaluation, no_scores(), None
    components = component_values(evaluation, catalogue.scoring)
    return evaluation, aggregate(components, catalogue.scoring), components


def evaluate_gathered_site(store: RunStore, run_id: str, artifacts: SiteArtifacts) -> dict[str, Any]:
    """Evaluate a site just gathered, from the pages in memory, and store the outcome
    (unranked); return its scores."""
    evaluation, scores, _ = _evaluate(artifacts, load_catalogue())
    store.save_evaluation(run_id, artifacts.site_id, facts=evaluation.facts, scores=scores,
                          findings=[f.to_dict() for f in evaluation.findings], rank=None, rank_interval=None,
                          page_facts=evaluation.page_facts)
    return scores


def rank_run(store: RunStore, run_id: str) -> None:
    """Rank the sites of a run just crawled from the scores stored as each site finished.
    A site cut off before that (an interruption) is evaluated from its stored pages first."""
    overall: dict[str, float | None] = {}
    components: dict[str, Any] = {}
    for site in store.load_sites(run_id):
        scores = site["scores"]
        if scores is None:
            artifacts = SiteArtifacts(site["id"], site["url"], store.load_pages(run_id, site["id"]),
                                      site["documents"])
            scores = evaluate_gathered_site(store, run_id, artifacts)
        overall[site["id"]] = scores["overall"]
        if scores.get("components"):
            components[site["id"]] = scores["components"]
    ranks = rank(overall)
    intervals = rank_intervals({s: c for s, c in components.items() if ranks.get(s)}, load_catalogue().scoring)
    store.save_ranks(run_id, {site_id: (ranks[site_id], intervals.get(site_id)) for site_id in overall})


def evaluate_run(store: RunStore, run_id: str) -> None:
    """Evaluate, score and rank every site of a stored run from its artifacts alone."""
    catalogue = load_catalogue()
    evaluated: dict[str, tuple[Any, dict[str, Any]]] = {}
    components: dict[str, Any] = {}
    for site in store.load_sites(run_id):
        artifacts = SiteArtifacts(site["id"], site["url"], store.load_pages(run_id, site["id"]),
                                  site["documents"])
        evaluation, scores, graded = _evaluate(artifacts, catalogue)
        if graded is not None:
            components[site["id"]] = graded
        evaluated[site["id"]] = (evaluation, scores)
    ranks = rank({site_id: scores["overall"] for site_id, (_, scores) in evaluated.items()})
    intervals = rank_intervals({s: c for s, c in components.items() if ranks.get(s)}, catalogue.scoring)
    for site_id, (evaluation, scores) in evaluated.items():
        store.save_evaluation(run_id, site_id, facts=evaluation.facts, scores=scores,
                              findings=[f.to_dict() for f in evaluation.findings], rank=ranks[site_id],
                              rank_interval=intervals.get(site_id), page_facts=evaluation.page_facts)


async def run_audit(config: RunConfig, store: RunStore, driver_factory: Callable[[], Driver], *,
                    concurrency: int = DEFAULT_CONCURRENCY, progress: Progress | None = None,
                    resume: str | None = None) -> str:
    """Audit every configured site; return the stored run's id. Ctrl-C keeps what was
    gathered; ``resume`` (a run id) continues an interrupted run where it stopped."""
    progress = progress or Progress()
    driver = driver_factory()
    await driver.start(max_tabs=concurrency)
    if resume:
        run_id = resume
        store.reopen_run(run_id)
    else:
        run_id = store.begin_run(tool_version=__version__, axe_version=axe_version(),
                                 catalogue_version=load_catalogue().version,
                                 browser=f"{driver.name} {driver.browser_version}",
                                 config=config.model_dump(mode="json"))
    status = "interrupted"
    try:
        await gather_run(config, store, run_id, driver, concurrency, progress, resuming=bool(resume))
        status = "finished"
    finally:
        try:
            await driver.close()
        except Exception:  # noqa: BLE001 -- a browser that dies at exit must not lose the run
            pass
        # Rank whatever was gathered, also after an interruption.
        rank_run(store, run_id)
        store.finish_run(run_id, status)
    return run_id


def reevaluate_run(store: RunStore, run_id: str) -> str:
    """Apply the current checks and scoring to a stored run's artifacts, as a new run
    linked to the old one (no browser); return the new run's id."""
    new_id = store.copy_run(run_id, tool_version=__version__, catalogue_version=load_catalogue().version)
    evaluate_run(store, new_id)
    store.finish_run(new_id, "finished")
    return new_id
