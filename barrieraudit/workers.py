"""Worker processes for the CPU-heavy side of a run, so the crawl's event loop only
drives the browser.

Compressing and storing each gathered page, evaluating and scoring a finished site,
and ranking the run happen in a small process pool; each process opens its own
connection to the run's store. The loop hands a page over and goes on loading pages:
a slow site's evaluation (a page of 200,000 characters, 3,000 links) never delays
another site's page load, which is what made pages time out when this ran on the loop.
Pages are stored with their place in the crawl (``seq``) decided by the crawler, so
writes may finish in any order; a site is evaluated only once all its pages are
stored. Workers ignore Ctrl-C: the run that owns them stops gathering, waits for
the writes in flight and ranks what was gathered, so nothing is lost.
"""

from __future__ import annotations

import asyncio
import ctypes
import importlib.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

# Page writes queued at most per worker process: enough to keep the pool busy, few
# enough that a slow database cannot make gathered pages pile up in memory.
QUEUED_WRITES_PER_PROCESS = 4


def pool_size() -> int:
    """Processes for a run: one core is left to Chromium and the crawl's loop, at
    least one worker, at most four (beyond that the store is the bottleneck)."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def _spawn_context() -> multiprocessing.context.BaseContext:
    """Workers are started by spawn: no fork of a process running Playwright's threads.

    A spawned worker imports the parent's ``__main__`` again. Run as the ``barrieraudit``
    script, that is the script, which imports ``barrieraudit.cli`` and all it imports:
    ~40 % of a fresh worker's CPU before it does any work (py-spy on a one-page crawl).
    The script is given the name ``python -m barrieraudit`` gives it
    (``barrieraudit.__main__``), for which workers import nothing, as they do under ``-m``.
    """
    script = sys.modules.get("__main__")
    cli = sys.modules.get(f"{__package__}.cli")
    if (script is not None and cli is not None and getattr(script, "__spec__", None) is None
            and getattr(script, "main", None) is getattr(cli, "main", object())):
        script.__spec__ = importlib.util.find_spec(f"{__package__}.__main__")
    return multiprocessing.get_context("spawn")


# -- the worker side ---------------------------------------------------------------------

_store: Any = None


def _start_worker(target: str) -> None:
    # Ctrl-C goes to the whole process group; the run, not its workers, decides what
    # to finish (every write in flight), so a page is never half stored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # ... but a run killed outright (SIGKILL, out of memory) cannot stop them: they go
    # when it is gone.
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _open_store(target)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _open_store(target: str) -> None:
    global _store
    from .store import open_store

    _store = open_store(target)


def _ready() -> int:
    from .evaluate import load_catalogue

    load_catalogue()  # imports the checks now, while the browser starts, not at the first site
    return os.getpid()


_preparing: threading.Thread | None = None


def _prepare_evaluation() -> None:
    """Start building what evaluating a site needs, in a thread of this worker, and
    return: the pages the crawl hands over meanwhile are stored as they come (done in
    the worker's main thread, it held the first pages' writes back ~3 s and so the crawl)."""
    global _preparing
    if _preparing is None:
        _preparing = threading.Thread(target=_prepare, name="prepare", daemon=True)
        _preparing.start()


def _prepare() -> None:
    from .evaluate import prepare

    try:
        prepare()
    except Exception:  # noqa: BLE001 -- what failed is built again where it is needed
        pass


def _prepared() -> None:
    if _preparing is not None:
        _preparing.join()


def _store_page(run_id: str, site_id: str, seq: int, record: dict[str, Any], screenshot: bytes | None) -> None:
    _store.add_page(run_id, site_id, record, screenshot, seq=seq)


def evaluate_stored_site(run_id: str, site_id: str, url: str, documents: list[dict[str, Any]]) -> dict[str, Any]:
    """``pipeline.evaluate_stored_site`` on this worker's store."""
    from .pipeline import evaluate_stored_site as evaluate

    _prepared()
    return evaluate(_store, run_id, site_id, url, documents)


def _finish_site(run_id: str, site_id: str, url: str, status: str, error: str | None,
                 documents: list[dict[str, Any]], warnings: list[str], worker: dict[str, Any] | None) -> dict[str, Any]:
    _store.finish_site(run_id, site_id, status=status, error=error, documents=documents, warnings=warnings,
                       worker=worker)
    try:
        return evaluate_stored_site(run_id, site_id, url, documents)
    finally:
        release_memory()


def release_memory() -> None:
    """Give back to the system what glibc keeps of the memory that evaluating a site freed
    (its pages' artifacts): of the ~60 MB a 100-page site takes, ~9 MB, in ~1 ms
    (benchmarks/bench_worker_memory.py; a garbage collection there found nothing to
    collect and took 54 ms). Only in a worker process of our own."""
    if _store is None or threading.current_thread() is not threading.main_thread():
        return
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def _rank_run(run_id: str) -> None:
    from .pipeline import rank_run

    rank_run(_store, run_id)


# -- the run's side ----------------------------------------------------------------------

def _ignore_result(future: asyncio.Future[Any]) -> None:
    # A preparation that failed (or was cancelled at shutdown) is done again, lazily,
    # where it is needed: nothing is lost.
    if not future.cancelled():
        future.exception()


class RunWorkers:
    """The pool one run uses; every method is called from the crawl's event loop."""

    def __init__(self, store_target: str, processes: int | None = None):
        """``processes`` defaults to ``pool_size()``; 0 runs the same work in one thread of
        this process instead (tests on the fake driver: no processes to start, and
        monkeypatches apply)."""
        self._pool: Executor
        self.in_process = processes == 0
        if processes == 0:
            self.processes = 1
            self._pool = ThreadPoolExecutor(1, initializer=_open_store, initargs=(store_target,))
        else:
            self.processes = processes or pool_size()
            self._pool = ProcessPoolExecutor(self.processes, mp_context=_spawn_context(), initializer=_start_worker,
                                             initargs=(store_target,))
        self._slots: asyncio.Semaphore | None = None
        self._pending: dict[str, set[asyncio.Future[Any]]] = {}
        self._failure: BaseException | None = None

    def _submit(self, function: Any, *args: Any) -> asyncio.Future[Any]:
        return asyncio.wrap_future(self._pool.submit(function, *args))

    async def warm_up(self) -> None:
        """Start every process now (they import the checks), while the browser starts.
        Then, while the browser starts and the first pages load, they build what
        evaluating a site needs besides (``evaluate.prepare``: ~3 s of CPU, the
        lexicons' patterns most of it), which a run's first evaluated site otherwise
        waited for at its end. Work kept in this process (tests on the fake driver)
        builds it lazily, where it is needed."""
        await asyncio.gather(*(self._submit(_ready) for _ in range(self.processes)))
        if self.in_process:
            return
        for _ in range(self.processes):
            self._submit(_prepare_evaluation).add_done_callback(_ignore_result)

    async def store_page(self, run_id: str, site_id: str, seq: int, record: dict[str, Any],
                         screenshot: bytes | None) -> None:
        """Queue a page for storing; waits only while too many writes are queued."""
        self._raise_failure()
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.processes * QUEUED_WRITES_PER_PROCESS)
        await self._slots.acquire()
        future = self._submit(_store_page, run_id, site_id, seq, record, screenshot)
        pending = self._pending.setdefault(site_id, set())
        pending.add(future)
        future.add_done_callback(lambda done: self._written(site_id, done))

    def _written(self, site_id: str, future: asyncio.Future[Any]) -> None:
        self._pending[site_id].discard(future)
        assert self._slots is not None
        self._slots.release()
        if not future.cancelled() and future.exception() is not None and self._failure is None:
            self._failure = future.exception()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    async def flush(self, site_id: str | None = None) -> None:
        """Wait until the pages queued (of one site, or of all) are stored."""
        pending = [f for key, futures in self._pending.items() if site_id in (None, key) for f in futures]
        if pending:
            await asyncio.wait(pending)
        self._raise_failure()

    async def finish_site(self, run_id: str, site_id: str, url: str, *, status: str, error: str | None,
                          documents: list[dict[str, Any]], warnings: list[str],
                          worker: dict[str, Any] | None = None) -> dict[str, Any]:
        """Record how the site's crawl ended (and where it ran: ``worker``), then evaluate
        and score it from its stored pages; return its scores."""
        await self.flush(site_id)
        return await self._submit(_finish_site, run_id, site_id, url, status, error, documents, warnings, worker)

    async def rank(self, run_id: str) -> None:
        await self.flush()
        await self._submit(_rank_run, run_id)

    def close(self, wait: bool = True) -> None:
        """Let the processes finish their work and exit; ``wait=False`` returns at once
        (the interpreter waits for them at exit: nothing queued is lost)."""
        self._pool.shutdown(wait=wait, cancel_futures=False)


def evaluate_sites_in_pool(store_target: str, run_id: str, sites: list[dict[str, Any]],
                           processes: int | None = None) -> None:
    """Evaluate the given stored sites of a run in parallel worker processes (``evaluate``
    of a large run); each worker stores its sites' outcomes."""
    with ProcessPoolExecutor(processes or min(pool_size() + 1, len(sites)), mp_context=_spawn_context(),
                             initializer=_start_worker, initargs=(store_target,)) as pool:
        futures = [pool.submit(evaluate_stored_site, run_id, site["id"], site["url"], site["documents"])
                   for site in sites]
        for future in futures:
            future.result()


__all__ = ["RunWorkers", "evaluate_sites_in_pool", "evaluate_stored_site", "pool_size"]
