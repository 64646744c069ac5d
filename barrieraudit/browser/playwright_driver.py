"""The Playwright (async) + Chromium implementation of the browser interface.

One browser per run, one context per site (no cookies or cache shared between
sites), and at most ``max_tabs`` pages open across the whole run: a session keeps its
pages between visits (opening a page costs more than navigating one) and, when the
run is at its limit, takes over another session's idle page. Every request of a
context passes one route, so pop-ups and new tabs are refused and closed, a page
never leaves the site by navigating, and a public site cannot make the browser reach
loopback or private hosts. Redirect hops, network bytes and the main document's
life cycle come from each tab's own DevTools session (``tab.py``).

A visit: load the page natively; follow client-side redirects (meta refresh, a
script setting ``location``) inside the site; then read it as it was served —
screenshot and axe-core first, then the in-page gatherer, which opens collapsed
sections for the text checks.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout
from playwright.async_api import async_playwright

from ..resources import package_file
from . import failures
from .axe import LOAD_JS, WORLD, axe_source, run_expression
from .failures import PageErrorKind
from .interface import FetchResult, PageVisit
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
VIEWPORT = {"width": 1280, "height": 900}
THUMBNAIL_SCALE = 0.375  # 1280x900 viewport -> 480x338 thumbnail
MAX_TEXT = 200_000
MAX_LINKS = 3_000
LOAD_WAIT = 15.0  # seconds to wait for the load event once the document is parsed
MAX_CLIENT_REDIRECTS = 5
FETCH_LIMIT = 10_000_000  # bytes of robots.txt / sitemap text we accept
# Failures after which a tab is not reused: it may still be busy or broken.
_UNHEALTHY = {PageErrorKind.TIMEOUT, PageErrorKind.CRASHED, PageErrorKind.UNREADABLE, PageErrorKind.BROWSER}

_GATHER_JS = package_file("browser", "gather.js").read_text(encoding="utf-8")


class PlaywrightSession:
    def __init__(self, context: Any, pool: TabPool, block_private: bool, is_private: Callable[[str], bool]):
        self._context = context
        self._pool = pool
        self._block_private = block_private
        self._is_private = is_private
        self._tabs: dict[Any, Tab] = {}  # page -> tab, for the context's route
        self._opening = asyncio.Lock()
        self._closed = False
        self._closing_popups: set[asyncio.Task] = set()
        self._releasing: set[asyncio.Task] = set()

    def tabs_open(self) -> int:
        return len(self._tabs)

    async def start(self) -> None:
        await self._context.route("**/*", self._route)
        self._context.on("page", self._on_page)

    async def close(self) -> None:
        self._closed = True
        if self._releasing:
            await asyncio.gather(*self._releasing, return_exceptions=True)
        idle = await self._pool.forget(self)
        try:
            await self._context.close()
        except PlaywrightError:
            pass
        await self._pool.closed(idle)

    async def fetch(self, url: str, timeout: float) -> FetchResult:
        try:
            response = await self._context.request.get(
                url, timeout=timeout * 1000, max_redirects=5, fail_on_status_code=False
            )
            body = await response.body()
            content_type = response.headers.get("content-type", "")
            text = body[:FETCH_LIMIT].decode("utf-8", errors="replace")
            return FetchResult(response.url, response.status, content_type, text)
        except PlaywrightError as exc:
            failures.debug(url, "fetch", exc)
            return FetchResult(url, None, "", "", failures.fetch_error(str(exc)))

    # -- pages ----------------------------------------------------------------------------
    async def open_tab(self) -> Tab:
        async with self._opening:
            page = await self._context.new_page()
            cdp = await self._context.new_cdp_session(page)
            tree = await cdp.send("Page.getFrameTree")
            tab = Tab(page, cdp, tree["frameTree"]["frame"]["id"], self)
            self._tabs[page] = tab
        try:
            await tab.attach(intercept_all=self._block_private)
        except BaseException:
            await self.discard(tab)
            raise
        return tab

    async def discard(self, tab: Tab) -> None:
        """Close a page (bounded, so a page still streaming cannot hold the crawl)."""
        self._tabs.pop(tab.page, None)
        tab.phase = "idle"
        try:
            await asyncio.wait_for(tab.page.close(), timeout=10)
        except (PlaywrightError, TimeoutError):
            pass

    async def _release(self, tab: Tab, healthy: bool) -> None:
        tab.phase = "idle"
        if healthy and not tab.crashed and not self._closed:
            try:
                await tab.page.goto("about:blank", timeout=5000)
                await self._pool.park(tab)
                return
            except PlaywrightError:
                pass
        await self.discard(tab)
        await self._pool.closed(1)

    def _on_page(self, page: Any) -> None:
        task = asyncio.ensure_future(self._close_popup(page))
        self._closing_popups.add(task)
        task.add_done_callback(self._closing_popups.discard)

    async def _close_popup(self, page: Any) -> None:
        # A page the driver did not open (window.open, target=_blank): closed at once.
        async with self._opening:  # a page being opened by the driver is registered first
            ours = page in self._tabs
        if not ours:
            try:
                await page.close()
            except PlaywrightError:
                pass

    # -- every request of the context -------------------------------------------------------
    async def _route(self, route: Any) -> None:
        request = route.request
        try:
            try:
                frame = request.frame
            except PlaywrightError:
                frame = None  # a pop-up's first navigation: it has no frame yet
            tab = self._tabs.get(frame.page) if frame is not None else None
            navigation = request.is_navigation_request()
            if tab is None and (navigation or frame is not None):
                await route.abort("blockedbyclient")  # a pop-up, a new tab, or a page being closed
                return
            if tab is not None and navigation and frame == tab.page.main_frame:
                await self._main_frame_navigation(tab, route)
                return
            policy = tab.policy if tab is not None else ScopePolicy(lambda _u: True, self._block_private,
                                                                    self._is_private)
            if policy.refuse(request.url, main_frame=False):
                await route.abort("blockedbyclient")
                return
            await route.continue_()
        except PlaywrightError:
            pass  # the page was closed while the request was in flight

    async def _main_frame_navigation(self, tab: Tab, route: Any) -> None:
        url = route.request.url
        if tab.phase != "loading":
            # The page is being read (or parked): it stays where it is; "204 No Content"
            # leaves the browser on the current document.
            if tab.phase == "gathering":
                tab.left.append(url)
            await route.fulfill(status=204)
            return
        refused = tab.policy.refuse(url, main_frame=True)
        if refused:
            tab.blocked = refused
            tab.changed.set()
            await route.abort("blockedbyclient")
            return
        await route.continue_()

    # -- one visit --------------------------------------------------------------------------
    async def visit(self, url: str, *, allow_navigation: Callable[[str], bool],
                    page_timeout: float, axe_timeout: float, screenshot: bool,
                    axe_options: dict[str, Any],
                    before_request: Callable[[], Awaitable[None]] | None = None) -> PageVisit:
        visit = PageVisit(url=url)
        tab: Tab | None = None
        cancelled = False
        try:
            tab = await self._pool.acquire(self)
            tab.start_visit(ScopePolicy(allow_navigation, self._block_private, self._is_private))
            if before_request is not None:
                await before_request()
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
        except PlaywrightError as exc:  # a crashed page or browser: this page fails, the crawl goes on
            failures.debug(url, "visit", exc)
            visit.fail(failures.CRASHED if tab is not None and tab.crashed else failures.BROWSER)
        except asyncio.CancelledError:
            cancelled = True  # the crawl stops: the page may be mid-load, so it is not kept
            raise
        finally:
            if tab is not None:
                healthy = not cancelled and visit.error_kind not in _UNHEALTHY and tab.reusable
                # The page is sent to about:blank while the crawl records this visit
                # (and waits out its politeness delay); the tab is idle once that is done.
                release = asyncio.ensure_future(self._release(tab, healthy))
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
                await tab.wait_until(moved, min(deadline, loop.time() + 1.0))
                continue  # it is navigating: the loop follows it
            document = tab.document() or {}
            delay = declared_refresh(state["refresh"], document.get("refresh", ""), state["url"])
            if delay is not None and await tab.wait_until(moved, min(deadline, loop.time() + delay + 2.0)):
                continue  # a declared redirect: the browser followed it after its delay
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
        if target is not None:
            visit.warnings.append(client_redirect_warning(*target))
        return True

    async def _page_state(self, tab: Tab) -> dict[str, Any] | None:
        try:
            return await asyncio.wait_for(tab.page.evaluate(PAGE_STATE_JS), timeout=10)
        except (PlaywrightError, TimeoutError):
            return None  # the document went away (a navigation) or its scripts hold the page

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
        """Read the page as served: screenshot and axe-core, then the gatherer."""
        page = tab.page
        if screenshot:
            try:
                shot = await asyncio.wait_for(tab.cdp.send("Page.captureScreenshot", {
                    "format": "jpeg", "quality": 60, "captureBeyondViewport": False,
                    "clip": {**VIEWPORT, "x": 0, "y": 0, "scale": THUMBNAIL_SCALE},
                }), timeout=15)
                visit.screenshot = base64.b64decode(shot["data"])
            except (PlaywrightError, TimeoutError) as exc:
                failures.debug(visit.url, "screenshot", exc)
                visit.warnings.append("screenshot failed")
        if tab.crashed:
            return visit.fail(failures.CRASHED)
        try:
            visit.axe = await self._run_axe(tab, axe_options, axe_timeout)
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
        # Bytes of the page as served, before the gatherer opens collapsed sections.
        visit.requests = tab.requests()
        try:
            visit.dom = await asyncio.wait_for(
                page.evaluate(_GATHER_JS, {"maxText": MAX_TEXT, "maxLinks": MAX_LINKS}), timeout=30
            )
        except (PlaywrightError, TimeoutError) as exc:
            failures.debug(visit.url, "gather", exc)
            if tab.crashed:
                visit.fail(failures.CRASHED)
            else:
                visit.fail(failures.UNREADABLE)


    async def _run_axe(self, tab: Tab, options: dict[str, Any], timeout: float) -> dict[str, Any]:
        """axe-core over the main document, in the tab's isolated world."""
        cdp = tab.cdp
        world = await cdp.send("Page.createIsolatedWorld", {"frameId": tab.main_frame_id, "worldName": WORLD})
        context = {"contextId": world["executionContextId"], "returnByValue": True}
        loaded = await cdp.send("Runtime.evaluate", {"expression": LOAD_JS, **context})
        if loaded.get("result", {}).get("value") is not True:  # a document the stash did not reach
            await cdp.send("Runtime.evaluate", {"expression": axe_source(), **context})
        answer = await asyncio.wait_for(cdp.send("Runtime.evaluate", {
            "expression": run_expression(options), "awaitPromise": True, **context}), timeout=timeout)
        if "exceptionDetails" in answer:
            raise PlaywrightError(str(answer["exceptionDetails"].get("exception", {}).get("description", "")))
        return answer["result"]["value"]


class PlaywrightDriver:
    """Chromium through Playwright's async API; one instance per run."""

    name = "playwright-chromium"

    def __init__(self, executable: str | None = None):
        self.executable = executable
        self.browser_version = ""
        self._playwright: Any = None
        self._browser: Any = None
        self._pool = TabPool(4)

    async def start(self, max_tabs: int = 4) -> None:
        self._pool = TabPool(max_tabs)
        self._playwright = await async_playwright().start()
        try:
            self._browser = await self._playwright.chromium.launch(
                executable_path=self.executable, args=CHROMIUM_ARGS, headless=True
            )
        except PlaywrightError as exc:
            await self._playwright.stop()
            from ..errors import BrowserNotFound

            first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unknown error"
            raise BrowserNotFound(f"Chromium could not start: {first}") from None
        self.browser_version = self._browser.version

    async def open_session(self, user_agent: str, *, block_private: bool,
                           is_private: Callable[[str], bool] | None = None) -> PlaywrightSession:
        context = await self._browser.new_context(
            user_agent=user_agent, viewport=VIEWPORT, service_workers="block",
            accept_downloads=False, extra_http_headers={"Accept-Language": "en;q=0.8, *;q=0.5"},
        )
        session = PlaywrightSession(context, self._pool, block_private, is_private or (lambda _url: False))
        await session.start()
        return session

    async def close(self) -> None:
        if self._browser is not None:
            await self._browser.close()
        if self._playwright is not None:
            await self._playwright.stop()
