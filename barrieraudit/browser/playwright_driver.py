"""The Playwright (async) + Chromium implementation of the browser interface.

One browser per run and at most ``max_tabs`` pages open in it. Each page is a "lane":
a browser context with one page and its own DevTools session, kept for the run and
passed from site to site (``pool.py``), since opening a page costs about as much as
auditing one. A lane that changes site is reset (cookies and cache cleared, the new
site's cookies given), or replaced where it has been on the new site's registrable
domain. The lane's session guards its page (``tab.py``): the main frame never leaves
the site by navigating, and a public site cannot make the browser reach loopback or
private hosts; it also records redirect hops, network bytes and the main document's
life cycle. Pop-ups and new tabs are refused by Chromium's own pop-up blocker (a page
cannot open one without a user's click, and the crawl does not click), and one that
opens anyway is closed at once; a flow's page, which is clicked, also passes every
request through a route that refuses the requests of any page but its own.

A visit: load the page natively; follow client-side redirects (meta refresh, a
script setting ``location``) inside the site; then read it as it was served —
screenshot and axe-core first, then the in-page gatherer, which opens collapsed
sections for the text checks.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import json
import os
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout
from playwright.async_api import async_playwright

from ..crawl.scope import registrable_domain
from ..resources import package_file
from . import failures
from .axe import LOAD_JS, WORLD, axe_source, run_expression
from .failures import PageErrorKind
from .flow import FlowOwner, PlaywrightFlow
from .interface import FetchResult, PageVisit, StepFailed
from .pool import TabPool
from .refresh import PAGE_STATE_JS, client_redirect_warning, declared_refresh, load_time_ms
from .tab import PAGE_TYPES, ScopePolicy, Tab

# Flags for headless Chromium on servers and CI: no background traffic to Google
# services (refused on closed networks), no GPU, no first-run UI. Without site
# isolation a tab's frames share its renderer, so the tab's DevTools session sees the
# requests of iframes from other sites too (their bytes, their redirect hops); the
# audit browser holds no one's data for isolation to protect, and starts fewer
# renderers.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--disable-dev-shm-usage", "--disable-site-isolation-trials",
]
# V8's own full collection, one pass, as a function the driver calls in axe-core's
# isolated world (where the page cannot replace it) once a lane's heap is over its
# share (HEAP_BUDGET). DevTools' ``HeapProfiler.collectGarbage`` collects "all available
# garbage": several passes, and it empties V8's compilation cache, so the next pages
# compiled axe-core again. A page sees one more global function (this name); only the
# audit browser has it (not the bare limit of the benchmarks).
GC_FUNCTION = "__barrieraudit_gc"
DRIVER_ARGS = [*CHROMIUM_ARGS, f"--js-flags=--expose-gc-as={GC_FUNCTION}"]
VIEWPORT = {"width": 1280, "height": 900}
HEADERS = {"Accept-Language": "en;q=0.8, *;q=0.5"}
THUMBNAIL_SCALE = 0.375  # 1280x900 viewport -> 480x338 thumbnail
THUMBNAIL = {"format": "jpeg", "quality": 60, "captureBeyondViewport": False,
             "clip": {**VIEWPORT, "x": 0, "y": 0, "scale": THUMBNAIL_SCALE}}
# The same thumbnail as a screencast's first frame (``Tab.frame``): what the driver takes.
THUMBNAIL_FRAME = {"format": "jpeg", "quality": 60, "maxWidth": round(VIEWPORT["width"] * THUMBNAIL_SCALE),
                   "maxHeight": round(VIEWPORT["height"] * THUMBNAIL_SCALE)}
SHOT_WAIT = 15.0  # seconds the thumbnail may take once axe-core is done
MAX_TEXT = 200_000
MAX_LINKS = 3_000
LOAD_WAIT = 15.0  # seconds to wait for the load event once the document is parsed
MAX_CLIENT_REDIRECTS = 5
# Visits after which a lane is closed and a fresh one opened: a page's renderer keeps
# ~1.5 MB of every document it has shown (322 -> 444 MB over 80 visits of one site,
# measured here), and a new lane costs ~0.3 s, i.e. ~6 ms a visit spread over 50.
LANE_VISITS = 50
# A lane's JavaScript heap (its documents' scripts, axe-core and its results; V8's
# committed size) above which its garbage is collected (GC_FUNCTION) when the lane is
# released: V8 collects lazily, and a renderer's heap grew to 150 MB over 50 visits:
# 332-429 MB of memory in all, where collecting kept it at 163-203 MB, 28.2 against
# 30.2 s for 60 visits (benchmarks/bench_lane_memory.py --heap-limit 0, 32); at 32 MB the
# memory scenario's peak (benchmarks/bench_engine.py memory --sites 3) was 1.15 GB
# against 1.22 GB at 64 MB. (Measured when each collection also sent the page to
# about:blank and used DevTools' collection: ~40-55 ms each, against ~12-15 ms now.)
HEAP_LIMIT = 32_000_000
# The lanes' heaps together may hold this much, so a single lane collects less often
# (no lane below HEAP_LIMIT). One lane at 32 MB collected every fourth visit of the big
# sites, and the crawl of 3 x 100 pages took 70-74 s; at 64 MB 64 s, at 96 MB 62-65 s
# (private timing script around ``barrieraudit crawl --concurrency 1``, alternated). Two
# lanes at 48 MB each broke the 1,000-page scenario's memory (1,216 MB, +13 % from a
# quarter of the pages to the end: ``bench_engine.py memory --concurrency 2``).
HEAP_BUDGET = 64_000_000
# Seconds a lane's last page may stay while the lane is parked before it is sent to
# about:blank (its scripts stop). A lane taken again sooner loads its next page
# straight from the last one: the trip to about:blank (a document made and dropped)
# cost ~60 ms of CPU a page, 8 % of the pages a minute at --concurrency 2.
IDLE_BLANK = 0.5
FETCH_LIMIT = 10_000_000  # bytes of robots.txt / sitemap text we accept
# Failures after which a tab is not reused: it may still be busy or broken.
_UNHEALTHY = {PageErrorKind.TIMEOUT, PageErrorKind.CRASHED, PageErrorKind.UNREADABLE, PageErrorKind.BROWSER}

_GATHER_JS = package_file("browser", "gather.js").read_text(encoding="utf-8")
# The gatherer and the page state as expressions for DevTools' ``Runtime.evaluate``.
GATHER_EXPRESSION = f"(\n{_GATHER_JS}\n)({json.dumps({'maxText': MAX_TEXT, 'maxLinks': MAX_LINKS})})"
PAGE_STATE_EXPRESSION = f"(\n{PAGE_STATE_JS}\n)()"


class PlaywrightSession:
    """One site: its scope policy, its cookies, and a plain HTTP client (robots.txt,
    sitemaps). Its pages load in the run's lanes (``pool.py``)."""

    def __init__(self, driver: PlaywrightDriver, request: Any, user_agent: str, block_private: bool,
                 is_private: Callable[[str], bool], start_url: str = ""):
        self._driver = driver
        self._pool = driver._pool
        self._request = request
        self.user_agent = user_agent
        self.block_private = block_private
        self.is_private = is_private
        self.site = site_key(start_url) if start_url else ""
        self.cookies: list[dict[str, Any]] = []  # kept when a lane leaves the site, given to the next
        self.closed = False
        self._releasing: set[asyncio.Task] = set()

    async def close(self) -> None:
        if self._releasing:
            await asyncio.gather(*self._releasing, return_exceptions=True)
        self.closed = True
        try:
            await self._request.dispose()
        except PlaywrightError:
            pass

    async def fetch(self, url: str, timeout: float) -> FetchResult:
        try:
            response = await self._request.get(
                url, timeout=timeout * 1000, max_redirects=5, fail_on_status_code=False
            )
            body = await response.body()
            content_type = response.headers.get("content-type", "")
            text = body[:FETCH_LIMIT].decode("utf-8", errors="replace")
            return FetchResult(response.url, response.status, content_type, text)
        except PlaywrightError as exc:
            failures.debug(url, "fetch", exc)
            return FetchResult(url, None, "", "", failures.fetch_error(str(exc)))

    async def open_flow(self, *, allow_navigation: Callable[[str], bool]) -> PlaywrightFlow:
        """A page in a browser context of its own for one flow (``browser/flow.py``); not
        one of the run's lanes, so no other site's or the crawl's cookies are in it."""
        try:
            tab = await self._driver._open_lane(FlowOwner(self))
        except PlaywrightError as exc:
            failures.debug(self.site, "opening a flow's page", exc)
            raise StepFailed(failures.BROWSER) from None
        return PlaywrightFlow(self, tab, allow_navigation)

    async def _release(self, tab: Tab, healthy: bool, failed: bool = False) -> None:
        tab.phase = "idle"
        tab.visits += 1
        if healthy and not tab.crashed and tab.visits < LANE_VISITS and not self._pool.over_limit():
            if failed and not await tab.blank():
                # A load that failed (a refused connection, a document that is no page)
                # may still commit Chromium's error page: the lane goes to about:blank
                # first, or that commit could interrupt the next visit's navigation.
                return await self._driver.discard(tab)
            # The heap is measured, and collected where it is over the lane's share,
            # while the lane is parked or already loads its next page: the collection
            # (~12-15 ms of the renderer's main thread) overlaps the next page's request.
            # Awaited here, it held up every visit at --concurrency 1.
            tab._spawn(self._collect_over(tab, max(HEAP_LIMIT, HEAP_BUDGET / self._pool.limit)))
            if not failed:
                # The page stays while the lane is idle; if no visit takes the lane within
                # IDLE_BLANK, the page goes to about:blank so its scripts stop.
                tab.quieting = asyncio.ensure_future(self._quiet_later(tab))
            await self._pool.park(tab)
            return
        await self._driver.discard(tab)

    @staticmethod
    async def _quiet_later(tab: Tab) -> None:
        await asyncio.sleep(IDLE_BLANK)
        if tab.phase == "idle" and not tab.closing:
            await tab.blank()

    @staticmethod
    async def _collect_over(tab: Tab, limit: float) -> None:
        """One full collection of the lane's heap where it holds more than ``limit``
        bytes: V8's own, called in axe-core's isolated world of the page, which stays."""
        try:
            heap = await asyncio.wait_for(tab.cdp.send("Runtime.getHeapUsage"), 5)
            if heap["totalSize"] <= limit:
                return
            world = await tab.cdp.send("Page.createIsolatedWorld", {"frameId": tab.main_frame_id, "worldName": WORLD})
            await asyncio.wait_for(tab.cdp.send("Runtime.evaluate", {
                "expression": f"{GC_FUNCTION}()", "contextId": world["executionContextId"]}), 5)
        except (PlaywrightError, TimeoutError, KeyError):
            pass  # the lane closed, its page is busy or went on: collected next time

    # -- one visit --------------------------------------------------------------------------
    async def _read_page(self, tab: Tab, visit: PageVisit, page_timeout: float, axe_timeout: float,
                         screenshot: bool, axe_options: dict[str, Any]) -> None:
        """Load (or wait out the load of) the tab's page and gather it, again where it went
        when it navigates while it is read; then the visit's warnings and requests. A
        crawled visit and a flow's audit read pages alike."""
        deadline = asyncio.get_running_loop().time() + page_timeout
        for _attempt in range(MAX_CLIENT_REDIRECTS + 1):
            state = await self._load(tab, visit, deadline, page_timeout)
            if state is None:
                break
            commit = tab.commits
            await self._gather(tab, visit, state, axe_timeout, screenshot, axe_options)
            if tab.commits == commit:
                break
            # The page navigated before it could be held in place: read where it went.
            tab.phase = "loading"
            visit.dom = visit.axe = visit.screenshot = None
            visit.error = visit.error_kind = None
        visit.warnings += [f"the page tried to go on to {left} while it was read (not followed)"
                           for left in tab.left]
        visit.warnings = list(dict.fromkeys(visit.warnings))
        if not visit.requests:
            visit.requests = tab.requests()  # a failed load also cost bytes

    async def visit(self, url: str, *, allow_navigation: Callable[[str], bool],
                    page_timeout: float, axe_timeout: float, screenshot: bool,
                    axe_options: dict[str, Any],
                    before_request: Callable[[], Awaitable[None]] | None = None) -> PageVisit:
        visit = PageVisit(url=url)
        tab: Tab | None = None
        cancelled = False
        try:
            tab = await self._pool.acquire(self)
            if before_request is not None:
                await before_request()  # the tab stays idle meanwhile: the last page cannot navigate
            await tab.settle()
            tab.start_visit(ScopePolicy(allow_navigation, self.block_private, self.is_private))
            await self._read_page(tab, visit, page_timeout, axe_timeout, screenshot, axe_options)
        except PlaywrightError as exc:  # a crashed page or browser: this page fails, the crawl goes on
            failures.debug(url, "visit", exc)
            visit.fail(failures.CRASHED if tab is not None and tab.crashed else failures.BROWSER)
        except asyncio.CancelledError:
            cancelled = True  # the crawl stops: the page may be mid-load, so it is not kept
            raise
        finally:
            if tab is not None:
                healthy = not cancelled and visit.error_kind not in _UNHEALTHY and tab.reusable
                # The lane is released while the crawl records this visit (and waits out
                # its politeness delay).
                release = asyncio.ensure_future(self._release(tab, healthy, failed=visit.error is not None))
                self._releasing.add(release)
                release.add_done_callback(self._releasing.discard)
        return visit

    async def _load(self, tab: Tab, visit: PageVisit, deadline: float,
                    page_timeout: float) -> dict[str, Any] | None:
        """Load the page and follow its client-side redirects; return the landed page's
        state (timing, refresh), or None with the visit's error set."""
        loop = asyncio.get_running_loop()
        if tab.commits == 0:
            try:
                await tab.page.goto(visit.url, wait_until="commit", timeout=max(0.1, deadline - loop.time()) * 1000)
            except PlaywrightTimeout:
                return visit.fail(tab.failure() or failures.timeout(page_timeout))
            except PlaywrightError as exc:
                failures.debug(visit.url, "navigation", exc)
                if tab.not_html:
                    visit.content_type = tab.not_html[0] or None
                failure = tab.failure() or (failures.http_status(tab.no_content) if tab.no_content else None)
                if failure is None and tab.commits == 0:
                    failure = failures.BROWSER
                if failure is not None:
                    return visit.fail(failure)
            # The tab's own session hears of the commit a moment after Playwright does.
            if not await tab.wait_until(lambda: tab.failure() or tab.commits, deadline):
                return visit.fail(failures.timeout(page_timeout))
        while True:
            commit = tab.commits
            moved = lambda: tab.failure() or tab.requested or tab.commits != commit  # noqa: E731
            # The document is parsed (DOMContentLoaded) within the time limit, then loads
            # (the load event) within LOAD_WAIT, unless the page sends the browser on.
            if not await tab.wait_until(lambda: moved() or tab.parsed_commit == tab.commits, deadline):
                return visit.fail(failures.timeout(page_timeout))
            load_by = loop.time() + min(max(0.5, deadline - loop.time()), LOAD_WAIT)
            loaded = await tab.wait_until(lambda: moved() or tab.loaded_commit == tab.commits, load_by)
            if tab.failure():
                return visit.fail(tab.failure())
            if tab.requested or tab.commits != commit:
                if not await self._follow(tab, visit, commit, deadline, page_timeout):
                    return None
                continue
            state = await self._page_state(tab)
            if state is None or moved():
                if loop.time() >= deadline:
                    return visit.fail(failures.timeout(page_timeout))
                # It may be navigating: followed (a hop, with its warning) once it does.
                if await tab.wait_until(moved, min(deadline, loop.time() + 1.0)) \
                        and not await self._follow(tab, visit, commit, deadline, page_timeout):
                    return None
                continue
            document = tab.document() or {}
            delay = declared_refresh(state["refresh"], document.get("refresh", ""), state["url"])
            if delay is not None and await tab.wait_until(moved, min(deadline, loop.time() + delay + 2.0)):
                # A declared redirect: the browser follows it after its delay.
                if not await self._follow(tab, visit, commit, deadline, page_timeout):
                    return None
                continue
            tab.phase = "gathering"
            if not loaded:
                visit.warnings.append("some resources were still loading when the page was gathered")
            self._describe_document(tab, visit, state)
            return None if visit.error else state

    async def _follow(self, tab: Tab, visit: PageVisit, commit: int, deadline: float, page_timeout: float) -> bool:
        """Wait for a navigation the page started to land; False with the visit's error set."""
        target = tab.requested
        await tab.wait_until(lambda: tab.failure() or tab.commits != commit or tab.requested is None, deadline)
        if tab.failure():
            visit.fail(tab.failure())
            return False
        if tab.commits == commit:
            if tab.requested is not None:
                visit.fail(failures.timeout(page_timeout))
                return False
            return True  # the browser dropped the navigation: the page stays
        tab.client_hops += 1
        if tab.client_hops > MAX_CLIENT_REDIRECTS:
            visit.fail(failures.CLIENT_REDIRECT_LOOP)
            return False
        # The request may have landed before this was reached (the tab heard both).
        target = target or tab.arrived
        if target is not None:
            visit.warnings.append(client_redirect_warning(*target))
        return True

    async def _page_state(self, tab: Tab) -> dict[str, Any] | None:
        """The landed document's URL, declared refresh and navigation timing."""
        try:
            return await self._evaluate(tab, PAGE_STATE_EXPRESSION, timeout=10)
        except (PlaywrightError, TimeoutError):
            # The document went away (a navigation), its scripts hold the page, or they
            # broke what is read (``performance``, ``location``).
            return None

    def _describe_document(self, tab: Tab, visit: PageVisit, state: dict[str, Any]) -> None:
        document = tab.document() or {}
        visit.final_url = tab.page.url
        visit.http_status = document.get("status")
        visit.content_type = document.get("content_type") or None
        served = document.get("url") or visit.final_url
        visit.redirects = tab.chain[:-1] if tab.chain and tab.chain[-1] == served else list(tab.chain)
        visit.load_ms = load_time_ms(state, tab.first_request_wall, client_redirected=tab.client_hops > 0)
        if visit.http_status and visit.http_status >= 400:
            visit.fail(failures.http_status(visit.http_status))
        elif visit.content_type and visit.content_type not in PAGE_TYPES:
            visit.fail(failures.not_html(visit.content_type))

    async def _gather(self, tab: Tab, visit: PageVisit, state: dict[str, Any], axe_timeout: float,
                      screenshot: bool, axe_options: dict[str, Any]) -> None:
        """Read the page as served: the thumbnail and axe-core, then the gatherer."""
        # axe-core is made ready in its isolated world (no change to the page) and runs
        # while Chromium copies and encodes the frame it last drew (the thumbnail), outside
        # the page's main thread, where axe-core runs. axe-core neither scrolls nor
        # changes the DOM, so the thumbnail shows the page as served.
        ready = asyncio.ensure_future(self._ready_axe(tab))
        shot = asyncio.ensure_future(tab.frame(THUMBNAIL_FRAME)) if screenshot else None
        try:
            await self._read(tab, visit, ready, shot, axe_timeout, axe_options)
        finally:
            pending = [job for job in (ready, shot) if job is not None and not job.done()]
            for job in pending:  # the page crashed, or the crawl stops
                job.cancel()
            if pending:
                await asyncio.wait(pending)

    async def _read(self, tab: Tab, visit: PageVisit, ready: asyncio.Future[dict[str, Any]],
                    shot: asyncio.Future[bytes] | None, axe_timeout: float,
                    axe_options: dict[str, Any]) -> None:
        if tab.crashed:  # a dead renderer answers nothing: neither axe-core's world nor the capture
            return visit.fail(failures.CRASHED)
        try:
            context = await asyncio.wait_for(ready, axe_timeout)
            visit.axe = await self._run_axe(tab, context, axe_options, axe_timeout)
        except TimeoutError:
            visit.warnings.append(f"axe-core did not finish within {axe_timeout:g} s")
            tab.reusable = False
            # axe-core would go on holding the page's main thread: stop it, so the
            # gatherer can run.
            try:
                await tab.cdp.send("Runtime.terminateExecution")
            except PlaywrightError:
                pass
        except PlaywrightError as exc:
            failures.debug(visit.url, "axe-core", exc)
            visit.warnings.append("axe-core could not run on this page")
        if tab.crashed:
            return visit.fail(failures.CRASHED)
        if shot is not None:
            visit.screenshot = await self._thumbnail(tab, visit.url, shot)
            if visit.screenshot is None:
                visit.warnings.append("screenshot failed")
        if tab.crashed:
            return visit.fail(failures.CRASHED)
        # Bytes of the page as served, before the gatherer opens collapsed sections.
        visit.requests = tab.requests()
        try:
            visit.dom = await self._evaluate(tab, GATHER_EXPRESSION, timeout=30)
        except (PlaywrightError, TimeoutError) as exc:
            failures.debug(visit.url, "gather", exc)
            if tab.crashed:
                visit.fail(failures.CRASHED)
            else:
                visit.fail(failures.UNREADABLE)

    @staticmethod
    async def _thumbnail(tab: Tab, url: str, shot: asyncio.Future[bytes]) -> bytes | None:
        """The frame asked for beside axe-core, within SHOT_WAIT of axe-core's end; where
        Chromium refused it (not a time-out), a capture on its own. None where neither came."""
        try:
            return await asyncio.wait_for(shot, SHOT_WAIT)
        except TimeoutError as exc:
            failures.debug(url, "screenshot", exc)
            return None
        except PlaywrightError as exc:
            failures.debug(url, "screenshot beside axe-core", exc)
        if tab.crashed:
            return None
        try:
            again = await asyncio.wait_for(tab.cdp.send("Page.captureScreenshot", THUMBNAIL), SHOT_WAIT)
        except (PlaywrightError, TimeoutError) as exc:
            failures.debug(url, "screenshot", exc)
            return None
        return base64.b64decode(again["data"])

    @staticmethod
    async def _evaluate(tab: Tab, expression: str, timeout: float) -> Any:
        """An expression's value (plain JSON data), evaluated in the main world of the
        tab's document over the tab's own DevTools session: one message each way, where
        Playwright's ``evaluate`` also serialises the value its own way in the page and
        decodes it again in Python (~6 ms against ~13 for the page state, median on the
        benchmark's big sites). Raises PlaywrightError when the document went away or the
        expression threw."""
        answer = await asyncio.wait_for(tab.cdp.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True}), timeout=timeout)
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            raise PlaywrightError(str(details.get("exception", {}).get("description") or details.get("text", "")))
        return answer["result"].get("value")


    @staticmethod
    async def _ready_axe(tab: Tab) -> dict[str, Any]:
        """The isolated world axe-core runs in, with axe-core loaded (from the tab's
        stash, or sent now where the stash did not reach the document)."""
        cdp = tab.cdp
        world = await cdp.send("Page.createIsolatedWorld", {"frameId": tab.main_frame_id, "worldName": WORLD})
        context = {"contextId": world["executionContextId"], "returnByValue": True}
        loaded = await cdp.send("Runtime.evaluate", {"expression": LOAD_JS, **context})
        if loaded.get("result", {}).get("value") is not True:  # a document the stash did not reach
            await cdp.send("Runtime.evaluate", {"expression": axe_source(), **context})
        return context

    @staticmethod
    async def _run_axe(tab: Tab, context: dict[str, Any], options: dict[str, Any],
                       timeout: float) -> dict[str, Any]:
        """axe-core over the main document, in the tab's isolated world."""
        answer = await asyncio.wait_for(tab.cdp.send("Runtime.evaluate", {
            "expression": run_expression(options), "awaitPromise": True, **context}), timeout=timeout)
        if "exceptionDetails" in answer:
            raise PlaywrightError(str(answer["exceptionDetails"].get("exception", {}).get("description", "")))
        return answer["result"]["value"]


def site_key(url_or_host: str) -> str:
    """The registrable domain of a URL's host (cookies and partitioned storage are
    shared within it)."""
    host = urlsplit(url_or_host).hostname if "://" in url_or_host else url_or_host
    return registrable_domain((host or "").lower())


# Playwright's driver (node) carries every DevTools message of the run. V8's young
# generation of 2 MB semi-spaces instead of its default 16 MB keeps ~40 MB less at the
# run's peak at the same speed (benchmarks/bench_engine.py memory --concurrency 2: node
# 195 -> 158 MB, 221 -> 236 pages a minute, one run each). A user's own NODE_OPTIONS
# setting of it wins.
NODE_OPTIONS = "--max-semi-space-size=2"


def node_options(current: str | None) -> str:
    """NODE_OPTIONS for Playwright's driver: the user's, with our young generation unless they set one."""
    current = (current or "").strip()
    if "--max-semi-space-size" in current:
        return current
    return f"{current} {NODE_OPTIONS}".strip()


class PlaywrightDriver:
    """Chromium through Playwright's async API; one instance per run."""

    name = "playwright-chromium"

    def __init__(self, executable: str | None = None, *, find: bool = False):
        """``executable``: the Chromium to start, None for Playwright's own; ``find``: look
        for one when the driver starts (``locate.find_browser``), asking the Playwright it
        has started where its own Chromium is rather than starting another to ask (~0.5 s)."""
        self.executable = executable
        self._find = find
        self.browser_version = ""
        self._playwright: Any = None
        self._browser: Any = None
        self._pool = TabPool(4, self._open_lane, self._adopt)
        self._max_tabs = 4
        self._popups: set[asyncio.Task] = set()

    async def start(self, max_tabs: int = 4) -> None:
        self._max_tabs = self._pool.limit = max(1, max_tabs)
        # Playwright starts its driver with a copy of this process's environment.
        os.environ["NODE_OPTIONS"] = node_options(os.environ.get("NODE_OPTIONS"))
        self._playwright = await async_playwright().start()
        if self._find:
            from .locate import downloaded, find_browser

            try:
                self.executable, _source = find_browser(
                    playwright_chromium=lambda: downloaded(self._playwright.chromium.executable_path))
            except BaseException:
                await self._playwright.stop()
                raise
        try:
            self._browser = await self._playwright.chromium.launch(
                executable_path=self.executable, args=DRIVER_ARGS, headless=True,
                ignore_default_args=["--disable-popup-blocking"],  # Playwright's default lets pages open windows
            )
        except PlaywrightError as exc:
            await self._playwright.stop()
            from ..errors import BrowserNotFound

            first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unknown error"
            raise BrowserNotFound(f"Chromium could not start: {first}") from None
        self.browser_version = self._browser.version

    async def limit_tabs(self, tabs: int) -> None:
        """``Driver.limit_tabs``: idle lanes over the new limit close now, busy ones as
        they are released."""
        for tab in await self._pool.set_limit(min(max(1, tabs), self._max_tabs)):
            await self.discard(tab)

    async def open_session(self, user_agent: str, *, block_private: bool,
                           is_private: Callable[[str], bool] | None = None,
                           start_url: str = "") -> PlaywrightSession:
        request = await self._playwright.request.new_context(user_agent=user_agent,
                                                             extra_http_headers=HEADERS)
        return PlaywrightSession(self, request, user_agent, block_private, is_private or (lambda _url: False),
                                 start_url)

    async def close(self) -> None:
        if self._browser is not None:
            await self._browser.close()
        if self._playwright is not None:
            await self._playwright.stop()

    # -- lanes: a context with one page, passed from site to site ------------------------
    async def _open_lane(self, session: PlaywrightSession) -> Tab:
        context = await self._browser.new_context(
            user_agent=session.user_agent, viewport=VIEWPORT, service_workers="block",
            accept_downloads=False, extra_http_headers=HEADERS,
        )
        opened: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        context.on("page", lambda page: self._on_page(page, opened))
        try:
            page = await context.new_page()
            opened.set_result(page)
            cdp = await context.new_cdp_session(page)
            tree = await cdp.send("Page.getFrameTree")
            tab = Tab(page, cdp, tree["frameTree"]["frame"]["id"], session)
            tab.user_agent = session.user_agent
            if isinstance(session, FlowOwner):
                await context.route("**/*", functools.partial(self._route, tab))
            await tab.attach(guard_private=session.block_private)
            if session.cookies or self._pool.owned_by(session):
                await context.add_cookies(await self._cookies_of(session))
        except BaseException:
            if not opened.done():
                opened.cancel()
            try:
                await context.close()
            except PlaywrightError:
                pass
            raise
        return tab

    async def _cookies_of(self, session: PlaywrightSession) -> list[dict[str, Any]]:
        """The site's cookies: from a lane it holds, else those kept when it lost one."""
        for lane in self._pool.owned_by(session):
            try:
                return await lane.context.cookies()
            except PlaywrightError:
                continue
        return session.cookies

    async def _adopt(self, tab: Tab, session: PlaywrightSession) -> Tab:
        """Hand an idle lane to another site: its cookies and cache cleared and the new
        site's cookies given; a fresh lane instead where the lane has been on the new
        site's registrable domain (same-site storage is shared) or speaks with another
        user agent."""
        # The last site's page stays until the new site's first page replaces it (its
        # requests meanwhile are not counted): sending it to about:blank first cost 10 %
        # of the pages a minute on one-page sites (bench_engine.py one-page, --concurrency 2).
        await tab.settle()
        previous = tab.owner
        if previous is not None and not previous.closed:
            try:
                previous.cookies = await tab.context.cookies()
            except PlaywrightError:
                pass
        visited = {site_key(host) for host in tab.hosts}
        if session.site in visited or tab.user_agent != session.user_agent:
            await self.discard(tab, count=False)
            return await self._open_lane(session)
        cookies = await self._cookies_of(session)
        try:
            await tab.context.clear_cookies()
            await tab.cdp.send("Network.clearBrowserCache")
            if cookies:
                await tab.context.add_cookies(cookies)
            if tab.guards_private != session.block_private:
                await tab.intercept(session.block_private)
        except PlaywrightError:
            await self.discard(tab, count=False)
            return await self._open_lane(session)
        tab.owner = session
        tab.hosts.clear()
        return tab

    async def discard(self, tab: Tab, count: bool = True) -> None:
        """Close a lane (bounded, so a page still streaming cannot hold the crawl);
        ``count``: its place in the run's limit is given back."""
        tab.phase = "idle"
        tab.closing = True
        try:
            await asyncio.wait_for(tab.context.close(), timeout=10)
        except (PlaywrightError, TimeoutError):
            pass
        if count:
            await self._pool.closed(tab)

    def _on_page(self, page: Any, opened: asyncio.Future[Any]) -> None:
        task = asyncio.ensure_future(self._close_popup(page, opened))
        self._popups.add(task)
        task.add_done_callback(self._popups.discard)

    @staticmethod
    async def _close_popup(page: Any, opened: asyncio.Future[Any]) -> None:
        # A page the driver did not open (window.open, target=_blank): closed at once.
        try:
            ours = page is await asyncio.shield(opened)
        except asyncio.CancelledError:
            ours = False
        if not ours:
            try:
                await page.close()
            except PlaywrightError:
                pass

    # -- every request of a flow's page ------------------------------------------------------
    @staticmethod
    async def _route(tab: Tab, route: Any) -> None:
        """A click may open a pop-up past Chromium's blocker: the requests of any page
        but the flow's own are refused (the flow's page is guarded by ``tab.py``)."""
        request = route.request
        try:
            try:
                frame = request.frame
            except PlaywrightError:
                frame = None  # a pop-up's first navigation: it has no frame yet
            ours = frame is not None and frame.page is tab.page and not tab.closing
            if not ours and (request.is_navigation_request() or frame is not None):
                await route.abort("blockedbyclient")  # a pop-up, a new tab, or a page being closed
                return
            await route.continue_()
        except PlaywrightError:
            pass  # the page was closed while the request was in flight
