"""Site audits on Dask distributed, with PostgreSQL as the shared store.

``crawl --scheduler tcp://HOST:PORT`` runs the sites on an existing Dask cluster;
``crawl --workers N`` starts a ``LocalCluster`` of N worker processes on this machine
first. The unit of work is a site, or rather a *host group*: the sites that share a
host (or a registrable domain) go to one task, so the per-host throttle and
robots.txt hold for the whole cluster, because only one worker ever talks to a host
(``host_key``). Dask spreads the groups over the workers.

Each worker process keeps one Chromium for its life (``BrowserPlugin``, a Dask worker
plugin): an asyncio loop in a thread of its own drives it, with the same crawl code
as a local run (``pipeline.audit_and_store``), and with up to ``concurrency`` pages
in flight on that worker. Pages, evaluations and scores go straight to the shared
PostgreSQL store from the worker, in a thread beside the loop (a Dask worker process
may not start processes of its own).

Faults: a task is idempotent. It skips the sites its group has finished and resumes
the others from their stored pages, so when a worker is lost mid-site, Dask runs the
task again elsewhere and no stored page is fetched again. Ctrl-C sets a Dask ``Event``
the tasks watch: they stop, store what is in flight, and the run is left resumable
(``crawl --resume``). Ranks come at the end, on the client, as in a local run.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import os
import socket
import threading
import time
from collections import defaultdict
from typing import Any

from distributed import WorkerPlugin

from .config import RunConfig
from .crawl.scope import registrable_domain
from .crawl.site import SiteTask
from .crawl.urls import host_of
from .errors import UserError
from .pipeline import Lanes, Progress, audit_and_store, open_run, rank_run, require_secrets, site_tasks
from .store import RunStore, is_postgres, open_store

PLUGIN = "barrieraudit-browser"
POLL_S = 0.5  # how often a task's thread wakes up while its sites are audited
STOP_POLL_S = 2.0  # how often it asks the scheduler whether the run was stopped (Ctrl-C)
STOP_WAIT_S = 60.0  # how long Ctrl-C waits for the tasks to store what they have in flight
RETRIES = 2  # a task that fails (not a site: a site's failure is its recorded error) runs again
BROWSER_START_S = 120.0
CONNECT_TIMEOUT_S = 15

logger = logging.getLogger(__name__)


class ClusterError(UserError):
    """The cluster could not be reached or used; one line for the user."""


def need_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise UserError("a distributed run needs Dask: pip install 'barrieraudit[cluster]'") from None


def refuse_sqlite(target: str) -> None:
    if not is_postgres(target):
        raise UserError("a distributed run needs a shared PostgreSQL store (--db postgresql://...): workers in "
                        "other processes or on other machines cannot write one SQLite file")


def host_key(url: str) -> str:
    """Sites with the same key share a host's politeness and run in one task: the
    registrable domain (a site's crawl may reach its subdomains), or the host name
    for an address or localhost (throttles are per host name, whatever the port)."""
    return registrable_domain(host_of(url))


def host_groups(tasks: list[SiteTask]) -> list[list[SiteTask]]:
    groups: dict[str, list[SiteTask]] = defaultdict(list)
    for task in tasks:
        groups[host_key(task.url)].append(task)
    return list(groups.values())


# -- the worker side ---------------------------------------------------------------------

class BrowserPlugin(WorkerPlugin):
    """A Dask worker plugin: one Chromium per worker process, driven from an asyncio loop
    in a thread of its own, shared by the tasks running on that worker.

    ``detach``: the worker was started by this run's ``LocalCluster``; it leaves the
    terminal's process group, so Ctrl-C reaches the run (which stops the tasks in
    order) and not the browser under a page being gathered, and it exits when the
    process that started it is gone."""

    name = PLUGIN

    def __init__(self, browser: str | None, concurrency: int, detach: bool = False):
        self.browser = browser
        self.concurrency = concurrency
        self.detach = detach

    def __getstate__(self) -> dict[str, Any]:
        return {"browser": self.browser, "concurrency": self.concurrency, "detach": self.detach}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def setup(self, worker: Any) -> None:
        if self.detach:
            try:
                os.setsid()
            except OSError:
                pass
            threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
        self.address = worker.address
        # A worker started by `dask worker` samples every thread every 10 ms for Dask's
        # profile; the browser's loop is one of them. Its audits need the CPU more.
        for name in ("profile", "profile-cycle"):
            callback = worker.periodic_callbacks.get(name)
            if callback is not None:
                callback.stop()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="barrieraudit-browser", daemon=True)
        self.thread.start()
        self._driver: Any = None
        self.browser_started: float | None = None
        self._lanes: Lanes | None = None
        self._workers: Any = None
        self._target: str | None = None
        self._lock: asyncio.Lock | None = None

    def teardown(self, worker: Any) -> None:
        try:
            self.call(self._close(), timeout=30)
        except Exception:  # noqa: BLE001 -- a browser that dies at exit is no loss
            pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)

    def call(self, coroutine: Any, timeout: float | None = None) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    async def _close(self) -> None:
        if self._workers is not None:
            await self._workers.flush()
            self._workers.close()
        if self._driver is not None:
            await self._driver.close()
        # What the browser left scheduled (a session's quiet-down timer) goes with it.
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    async def prepare(self, target: str | None = None) -> tuple[Any, Lanes, Any]:
        """The worker's browser, lanes and store writer, made on first use."""
        from .browser.locate import configured_browser
        from .browser.playwright_driver import PlaywrightDriver
        from .workers import RunWorkers

        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._driver is None:
                executable = configured_browser(self.browser)
                driver = PlaywrightDriver(executable, find=executable is None)
                await driver.start(max_tabs=self.concurrency)
                self._driver, self.browser_started = driver, time.time()
                self._lanes = await Lanes.make(self.concurrency, driver)
            if target is not None and target != self._target:
                if self._workers is not None:
                    await self._workers.flush()
                    self._workers.close()
                # Writes and evaluations in worker processes of this worker, as in a
                # local run; in a thread beside the loop where the Dask worker is a
                # daemon process (Dask's default), which may not start processes.
                self._workers = RunWorkers(target, 0 if multiprocessing.current_process().daemon else None)
                await self._workers.warm_up()
                self._target = target
        assert self._lanes is not None
        return self._driver, self._lanes, self._workers

    async def audit(self, run_id: str, target: str, tasks: list[SiteTask], where: dict[str, Any],
                    stop: threading.Event) -> list[Any] | None:
        """Audit and store the sites; None when the run was stopped first (what was
        gathered is stored, the sites stay pending)."""
        driver, lanes, workers = await self.prepare(target)
        work = asyncio.ensure_future(asyncio.gather(
            *(audit_and_store(task, run_id, driver, workers, lanes, Progress(), where) for task in tasks)))
        while not work.done() and not stop.is_set():
            await asyncio.wait([work], timeout=POLL_S)
        if not work.done():
            work.cancel()
        try:
            return await work
        except asyncio.CancelledError:
            await workers.flush()
            return None
        except BaseException:
            # A store write that failed (the database gone a moment) fails this task,
            # which Dask runs again; the next task gets a new writer, not this one's error.
            if self._workers is workers:
                self._workers, self._target = None, None
                workers.close()
            raise


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _plugin() -> BrowserPlugin:
    from distributed import get_worker

    return get_worker().plugins[PLUGIN]


async def start_browser(dask_worker: Any) -> str:
    """Run on every worker (``Client.run``) before the sites: its browser is started
    (and its version returned), so the first site does not wait for it."""
    plugin: BrowserPlugin = dask_worker.plugins[PLUGIN]
    started = asyncio.run_coroutine_threadsafe(plugin.prepare(), plugin.loop)
    driver, _lanes, _workers = await asyncio.wait_for(asyncio.wrap_future(started), BROWSER_START_S)
    return f"{driver.name} {driver.browser_version}"


def audit_sites(run_id: str, target: str, tasks: list[SiteTask], stop_name: str) -> list[dict[str, Any]]:
    """A Dask task: audit one host group's sites on this worker and store them. Sites
    finished by an earlier attempt of this task are skipped; the others resume from
    their stored pages. Returns a line per site for the run's progress."""
    from distributed import Event

    plugin = _plugin()
    store = open_store(target)
    try:
        status = {site["id"]: site for site in store.load_sites(run_id)}
        todo, outcome = [], []
        for task in tasks:
            site = status[task.site_id]
            if site["status"] != "pending":
                outcome.append(_summary(task.site_id, site["status"], site["error"],
                                        len(store.load_page_summaries(run_id, task.site_id)), False))
                continue
            task.done_pages = store.load_pages(run_id, task.site_id)
            todo.append(task)
    finally:
        store.close()
    where = {"host": socket.gethostname(), "address": plugin.address}
    stop, stopped = Event(stop_name), threading.Event()
    future = asyncio.run_coroutine_threadsafe(plugin.audit(run_id, target, todo, where, stopped), plugin.loop)
    asked = time.monotonic()
    while True:
        try:
            crawls = future.result(timeout=POLL_S)
            break
        except concurrent.futures.TimeoutError:
            # The stop event lives on the scheduler: asked every STOP_POLL_S, not at each wake-up.
            if not stopped.is_set() and time.monotonic() - asked >= STOP_POLL_S:
                asked = time.monotonic()
                if stop.is_set():
                    stopped.set()
    if crawls is None:
        return outcome + [_summary(t.site_id, "pending", None, 0, True) for t in todo]
    return outcome + [_summary(crawl.site_id, crawl.status, crawl.error, len(crawl.pages), True)
                      for crawl in crawls]


def _summary(site_id: str, status: str, error: str | None, pages: int, here: bool) -> dict[str, Any]:
    return {"site_id": site_id, "status": status, "error": error, "pages": pages, "audited_now": here}


# -- the run's side ----------------------------------------------------------------------

class _Crawled:
    """What progress shows of a site done on the cluster."""

    def __init__(self, summary: dict[str, Any]):
        self.status, self.error = summary["status"], summary["error"]
        self.pages = [None] * summary["pages"]


# The local cluster's workers are not daemon processes: each stores and evaluates its
# sites in processes of its own, off the loop that drives its browser. Dask's sampling
# profiler (every thread, every 10 ms) is off and its monitors look less often: on this
# 2-core machine they cost the run CPU that the browser needs.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.daemon": False,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.tick.interval": "200ms",
}


# Without a dashboard the scheduler still serves /health and /metrics, by default on
# port 8787 (a second cluster then warns that the port is taken): any free port, on loopback.
LOOPBACK_HTTP = {"dashboard_address": "127.0.0.1:0"}


def threads_per_worker(concurrency: int) -> int:
    """Dask threads a worker needs to keep ``concurrency`` sites crawling (see ``connect``)."""
    return 2 * concurrency


def connect(scheduler: str | None, workers: int | None, concurrency: int) -> tuple[Any, Any]:
    """(client, cluster or None): a client of the scheduler, or of a LocalCluster of
    ``workers`` processes on loopback started for this run."""
    import dask
    from distributed import Client, LocalCluster

    if workers:
        # Each task holds a Dask thread while it waits on the worker's browser loop, which
        # bounds the sites crawled at once (and the pages in flight) by ``concurrency``.
        # Twice as many threads: a site's task holds its thread while the site is
        # evaluated, and the next site's task is then already crawling.
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=threads_per_worker(concurrency), processes=True,
                                   host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
                                   worker_dashboard_address=None, scheduler_kwargs=LOOPBACK_HTTP)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT_S), None
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def _plugin_settings(dask_worker: Any) -> tuple[str | None, int] | None:
    plugin = dask_worker.plugins.get(PLUGIN)
    return None if plugin is None else (plugin.browser, plugin.concurrency)


def start_browsers(client: Any, plugin: BrowserPlugin) -> dict[str, str]:
    """Every worker's browser, started (worker address -> browser and version). A worker
    keeps its plugin, and so its browser, from run to run; it is replaced only for a
    run that asks for another browser or concurrency."""
    try:
        settings = client.run(_plugin_settings)
        if not settings:
            raise ClusterError(f"the Dask cluster at {client.scheduler.address} has no workers")
        if any(value != (plugin.browser, plugin.concurrency) for value in settings.values()):
            client.register_plugin(plugin, name=PLUGIN)
        return client.run(start_browser)
    except ClusterError:
        raise
    except Exception as exc:  # noqa: BLE001 -- whatever a worker raised, one line
        first = (str(exc).strip().splitlines() or [""])[0]
        raise ClusterError(f"the Dask workers could not start a browser: {type(exc).__name__}: {first}"[:400]) from None


def run_on_cluster(config: RunConfig, store: RunStore, *, scheduler: str | None, workers: int | None,
                   concurrency: int, browser: str | None, progress: Progress | None = None,
                   resume: str | None = None) -> str:
    """Audit every configured site on a Dask cluster; return the stored run's id. The
    whole run's sites are submitted at once, as host groups; ranks are computed here
    once every site is done (or after Ctrl-C, from what was stored)."""
    from distributed import Event, as_completed, wait

    refuse_sqlite(store.target or "")
    progress = progress or Progress()
    require_secrets(config)
    client, cluster = connect(scheduler, workers, concurrency)
    try:
        browsers = start_browsers(client, BrowserPlugin(browser, concurrency, detach=cluster is not None))
        executor = {"kind": "dask", "scheduler": client.scheduler.address, "workers": len(browsers)}
        run_id = open_run(store, config, resume, ", ".join(sorted(set(browsers.values()))), executor)
        progress.run_opened(run_id)
        tasks = site_tasks(config, store, run_id, resuming=bool(resume), replay=False)
        progress.run_started(len(tasks), sum(t.settings.max_pages for t in tasks))
        stop = Event(f"barrieraudit-stop-{run_id}", client=client)
        stop.clear()
        futures = {client.submit(audit_sites, run_id, store.target, group, stop.name, pure=False,
                                 retries=RETRIES, key=f"barrieraudit-{run_id}-{group[0].site_id}"): group
                   for group in host_groups(tasks)}
        status = "interrupted"
        try:
            for future in as_completed(futures):
                _collect(store, run_id, future, futures[future], progress)
            status = "finished"
        except KeyboardInterrupt:
            stop.set()
            wait(list(futures), timeout=STOP_WAIT_S)
            client.cancel(list(futures))
            raise
        finally:
            rank_run(store, run_id)
            store.finish_run(run_id, status)
        return run_id
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(store: RunStore, run_id: str, future: Any, group: list[SiteTask], progress: Progress) -> None:
    """A finished task's sites for the progress; a task that failed for good (its
    worker lost too often, an error outside any one site) records it on its sites."""
    try:
        summaries = future.result()
    except Exception as exc:  # noqa: BLE001 -- one failed task never sinks a run
        reason = f"the cluster could not audit this site: {type(exc).__name__}: {exc}"[:300]
        summaries = []
        for task in group:
            if next(s for s in store.load_sites(run_id) if s["id"] == task.site_id)["status"] != "pending":
                continue
            pages = len(store.load_page_summaries(run_id, task.site_id))
            store.finish_site(run_id, task.site_id, status="partial" if pages else "failed", error=reason,
                              documents=[], warnings=[])
            summaries.append(_summary(task.site_id, "partial" if pages else "failed", reason, pages, True))
    for summary in summaries:
        if summary["status"] == "pending":
            continue
        crawled = _Crawled(summary)
        for _ in range(summary["pages"] if summary["audited_now"] else 0):
            progress.page_done(summary["site_id"], "", None)
        progress.site_done(summary["site_id"], crawled)


__all__ = ["BrowserPlugin", "audit_sites", "host_groups", "host_key", "run_on_cluster"]
