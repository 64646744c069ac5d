"""The Playwright (async) + Chromium implementation of the browser interface.

One browser per run, one context per site (no cookies or cache shared between
sites). A page is reused for the site's next visit once its artifacts are read (sent
to about:blank in between): opening a page costs more than navigating one, and the
renderer keeps axe-core compiled, which makes a visit about three times faster. Network
bytes come from the DevTools protocol (``encodedDataLength``: bytes on the wire,
headers included), because the page's own Resource Timing hides cross-origin sizes.
Every request passes a route: main-frame navigations that leave the site are
aborted, and a public site cannot make the browser reach loopback or private hosts.
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout
from playwright.async_api import async_playwright

from ..resources import package_file
from .axe import RUN_JS, axe_source
from .interface import FetchResult, PageVisit

# Flags for headless Chromium on servers and CI: no background traffic to Google
# services (refused on closed networks), no GPU, no first-run UI.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1280, "height": 900}
THUMBNAIL_SCALE = 0.375  # 1280x900 viewport -> 480x338 thumbnail
MAX_TEXT = 200_000
MAX_LINKS = 3_000
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_REDIRECTS = 20
FETCH_LIMIT = 10_000_000  # bytes of robots.txt / sitemap text we accept

_GATHER_JS = package_file("browser", "gather.js").read_text(encoding="utf-8")

_NET_ERRORS = {
    "ERR_TOO_MANY_REDIRECTS": "redirect loop (too many redirects)",
    "ERR_CONNECTION_REFUSED": "connection refused",
    "ERR_NAME_NOT_RESOLVED": "host name not found",
    "ERR_CONNECTION_RESET": "connection reset",
    "ERR_CONNECTION_CLOSED": "connection closed by the server",
    "ERR_EMPTY_RESPONSE": "empty response from the server",
    "ERR_CERT": "TLS certificate error",
    "ERR_SSL": "TLS error",
    "ERR_ADDRESS_UNREACHABLE": "address unreachable",
    "ERR_INTERNET_DISCONNECTED": "no network",
    "ERR_TIMED_OUT": "connection timed out",
    "ERR_ABORTED": "navigation aborted",
    # The same failures as Node reports them (documents are fetched by Playwright's client).
    "ECONNREFUSED": "connection refused",
    "ENOTFOUND": "host name not found",
    "EAI_AGAIN": "host name not found",
    "ECONNRESET": "connection reset",
    "ETIMEDOUT": "connection timed out",
    "EHOSTUNREACH": "address unreachable",
    "ENETUNREACH": "address unreachable",
    "certificate": "TLS certificate error",
    "socket hang up": "connection closed by the server",
}


def describe_error(exc: Exception) -> str:
    """One line for a Playwright navigation error."""
    text = str(exc)
    if "Download is starting" in text:
        return "not an HTML page (the server sent a file download)"
    for code, message in _NET_ERRORS.items():
        if code in text:
            return message
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return first[:200]


class _Tab:
    """A browser page reused for a site's successive visits, with its listeners.

    Opening a page costs more than navigating one, so a session keeps its healthy
    pages and sends each to ``about:blank`` between visits; ``start_visit`` clears
    what the previous visit left (network log, route verdicts).
    """

    def __init__(self, page: Any, cdp: Any):
        self.page, self.cdp = page, cdp
        self.start_visit(lambda _url: True, 30.0)

    def start_visit(self, allow_navigation: Callable[[str], bool], page_timeout: float) -> None:
        self.allow_navigation, self.page_timeout = allow_navigation, page_timeout
        self.network: dict[str, dict[str, Any]] = {}
        self.blocked: list[str] = []
        self.left: list[str] = []  # where the page tried to send the browser by itself
        self.loaded = False  # the audited document has loaded
        self.not_html: list[str] = []
        self.fetch_failed: list[str] = []

    # DevTools network events: bytes on the wire per request, redirect hops apart.
    def on_request(self, event: dict[str, Any]) -> None:
        entry = self.network.setdefault(event["requestId"], {"bytes": 0})
        if event.get("redirectResponse"):
            # A redirect reuses the request id; count the hop's bytes separately.
            hop = dict(entry, status=event["redirectResponse"].get("status"))
            self.network[f"{event['requestId']}#{len(self.network)}"] = hop
            entry = self.network[event["requestId"]] = {"bytes": 0}
        entry.update(url=event["request"]["url"], type=event.get("type", "Other"))

    def on_response(self, event: dict[str, Any]) -> None:
        entry = self.network.setdefault(event["requestId"], {"bytes": 0})
        entry.update(status=event["response"].get("status"), mime=event["response"].get("mimeType", ""))

    def on_finished(self, event: dict[str, Any]) -> None:
        self.network.setdefault(event["requestId"], {})["bytes"] = int(event.get("encodedDataLength") or 0)

    def on_failed(self, event: dict[str, Any]) -> None:
        self.network.setdefault(event["requestId"], {}).update(failed=event.get("errorText", "failed"))

    def requests(self) -> list[dict[str, Any]]:
        return [{"url": e["url"], "type": e.get("type", "Other"), "status": e.get("status"),
                 "bytes": e.get("bytes", 0), **({"failed": e["failed"]} if e.get("failed") else {})}
                for e in self.network.values() if e.get("url")]


class PlaywrightSession:
    def __init__(self, context: Any, block_private: bool, is_private: Callable[[str], bool]):
        self._context = context
        self._block_private = block_private
        self._is_private = is_private
        self._idle: list[_Tab] = []

    async def close(self) -> None:
        try:
            await self._context.close()
        except PlaywrightError:
            pass

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
            return FetchResult(url, None, "", "", describe_error(exc))

    async def _open_tab(self) -> _Tab:
        page = await self._context.new_page()
        cdp = await self._context.new_cdp_session(page)
        tab = _Tab(page, cdp)
        cdp.on("Network.requestWillBeSent", tab.on_request)
        cdp.on("Network.responseReceived", tab.on_response)
        cdp.on("Network.loadingFinished", tab.on_finished)
        cdp.on("Network.loadingFailed", tab.on_failed)
        await cdp.send("Network.enable")
        await page.route("**/*", lambda route: self._route(tab, route))
        return tab

    async def _release(self, tab: _Tab, healthy: bool) -> None:
        """Keep a page that behaved for the next visit; close one that hung or failed."""
        if healthy:
            try:
                await tab.page.goto("about:blank", timeout=5000)
                self._idle.append(tab)
                return
            except PlaywrightError:
                pass
        # Closing is bounded so a stuck page (a document still streaming) cannot hold the crawl.
        try:
            await asyncio.wait_for(tab.page.close(), timeout=10)
        except (PlaywrightError, TimeoutError):
            pass

    async def visit(self, url: str, *, allow_navigation: Callable[[str], bool],
                    page_timeout: float, axe_timeout: float, screenshot: bool,
                    axe_options: dict[str, Any],
                    before_request: Callable[[], Awaitable[None]] | None = None) -> PageVisit:
        visit = PageVisit(url=url)
        tab: _Tab | None = None
        healthy = False
        try:
            tab = self._idle.pop() if self._idle else await self._open_tab()
            tab.start_visit(allow_navigation, page_timeout)
            await self._load(tab, visit, before_request)
            if visit.error is None:
                await self._gather(tab, visit, axe_timeout, screenshot, axe_options)
            visit.warnings += [f"the page tried to leave the site for {url} (not followed)" for url in tab.left]
            healthy = not visit.error or visit.error.startswith("HTTP ")
            healthy = healthy and not any("did not finish" in w for w in visit.warnings)
        except PlaywrightError as exc:  # a crashed page or browser: this page fails, the crawl goes on
            visit.error = f"browser error: {describe_error(exc)}"
        finally:
            if tab is not None:
                await self._release(tab, healthy)
        return visit

    async def _route(self, tab: _Tab, route: Any) -> None:
        request = route.request
        try:
            if request.is_navigation_request() and request.frame == tab.page.main_frame:
                # A page may send the browser elsewhere by itself (a script, a meta
                # refresh, a form): that navigation is checked like a link. Once the page
                # has loaded it is answered "204 No Content", which leaves the browser on
                # the page being audited.
                if self._leaves_site(request.url, tab.allow_navigation):
                    if tab.loaded:
                        tab.left.append(request.url)
                        await route.fulfill(status=204)
                    else:  # a client-side redirect: reported like a server one
                        tab.blocked.append(request.url)
                        await route.abort("blockedbyclient")
                    return
                # Playwright does not route redirect hops, so the document is fetched
                # here and its redirect chain checked against the site's scope before
                # the browser may follow it.
                try:
                    response = await route.fetch(max_redirects=0, timeout=tab.page_timeout * 1000)
                except PlaywrightError as exc:
                    tab.fetch_failed.append(describe_error(exc))
                    await route.abort("failed")
                    return
                escape = await self._escaping_redirect(request.url, response, tab.allow_navigation,
                                                       tab.page_timeout)
                if escape:
                    tab.blocked.append(escape)
                    await route.abort("blockedbyclient")
                    return
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if response.status < 300 and content_type and content_type not in HTML_TYPES:
                    tab.not_html.append(content_type)
                    await route.abort("blockedbyclient")
                    return
                await route.fulfill(response=response)
                return
            if self._block_private and self._is_private(request.url):
                await route.abort("blockedbyclient")
                return
            await route.continue_()
        except PlaywrightError:
            pass  # the page was closed (time limit) while the request was in flight

    async def _load(self, tab: _Tab, visit: PageVisit,
                    before_request: Callable[[], Awaitable[None]] | None) -> None:
        page, page_timeout = tab.page, tab.page_timeout
        if before_request is not None:
            await before_request()
        started = time.monotonic()
        deadline = started + page_timeout
        try:
            response = await page.goto(visit.url, wait_until="domcontentloaded", timeout=page_timeout * 1000)
            tab.loaded = True
        except PlaywrightTimeout:
            visit.error = f"page did not load within {page_timeout:g} s"
            response = None
        except PlaywrightError as exc:
            if tab.blocked:
                visit.error = f"redirected outside the site to {tab.blocked[0]}"
            elif tab.fetch_failed:
                visit.error = tab.fetch_failed[0]
            elif tab.not_html:
                visit.content_type = tab.not_html[0]
                visit.error = f"not an HTML page ({tab.not_html[0]})"
            else:
                visit.error = describe_error(exc)
            response = None
        if response is not None and tab.blocked:
            visit.error = f"redirected outside the site to {tab.blocked[0]}"
            response = None
        if response is not None:
            remaining = max(0.5, deadline - time.monotonic())
            try:
                await page.wait_for_load_state("load", timeout=min(remaining, 15.0) * 1000)
            except PlaywrightTimeout:
                visit.warnings.append("some resources were still loading when the page was gathered")
            visit.load_ms = int((time.monotonic() - started) * 1000)
            visit.final_url = page.url
            visit.http_status = response.status
            chain, request = [], response.request.redirected_from
            while request is not None:
                chain.append(request.url)
                request = request.redirected_from
            visit.redirects = list(reversed(chain))
            headers = await response.all_headers()
            visit.content_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if response.status >= 400:
                visit.error = f"HTTP {response.status}"
            elif visit.content_type and visit.content_type not in HTML_TYPES:
                visit.error = f"not an HTML page ({visit.content_type})"
        visit.requests = tab.requests()

    def _leaves_site(self, url: str, allow_navigation: Callable[[str], bool]) -> bool:
        return not allow_navigation(url) or (self._block_private and self._is_private(url))

    async def _escaping_redirect(self, url: str, response: Any, allow_navigation: Callable[[str], bool],
                                 timeout: float) -> str | None:
        """Follow a redirect chain without the browser; return the first hop that leaves the site."""
        for _hop in range(MAX_REDIRECTS):
            location = response.headers.get("location")
            if not (300 <= response.status < 400 and location):
                return None
            url = urljoin(url, location)
            if self._leaves_site(url, allow_navigation):
                return url
            try:
                response = await self._context.request.get(url, max_redirects=0, timeout=timeout * 1000,
                                                           fail_on_status_code=False)
            except PlaywrightError:
                return None  # the browser will meet the same error and report it
        return None  # a loop: the browser reports too many redirects

    async def _gather(self, tab: _Tab, visit: PageVisit, axe_timeout: float, screenshot: bool,
                      axe_options: dict[str, Any]) -> None:
        page = tab.page
        try:
            visit.dom = await asyncio.wait_for(
                page.evaluate(_GATHER_JS, {"maxText": MAX_TEXT, "maxLinks": MAX_LINKS}), timeout=30
            )
        except (PlaywrightError, TimeoutError) as exc:
            visit.error = f"could not read the page: {describe_error(exc) if str(exc) else 'timed out'}"
            return
        if screenshot:
            try:
                shot = await asyncio.wait_for(tab.cdp.send("Page.captureScreenshot", {
                    "format": "jpeg", "quality": 60, "captureBeyondViewport": False,
                    "clip": {**VIEWPORT, "x": 0, "y": 0, "scale": THUMBNAIL_SCALE},
                }), timeout=15)
                visit.screenshot = base64.b64decode(shot["data"])
            except (PlaywrightError, TimeoutError):
                visit.warnings.append("screenshot failed")
        try:
            await page.evaluate(axe_source())
            visit.axe = await asyncio.wait_for(page.evaluate(RUN_JS, axe_options), timeout=axe_timeout)
        except TimeoutError:
            visit.warnings.append(f"axe-core did not finish within {axe_timeout:g} s")
        except PlaywrightError as exc:
            visit.warnings.append(f"axe-core failed: {describe_error(exc)}")


class PlaywrightDriver:
    """Chromium through Playwright's async API; one instance per run."""

    name = "playwright-chromium"

    def __init__(self, executable: str | None = None):
        self.executable = executable
        self.browser_version = ""
        self._playwright: Any = None
        self._browser: Any = None

    async def start(self, max_tabs: int = 4) -> None:
        self.max_tabs = max_tabs
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
        return PlaywrightSession(context, block_private, is_private or (lambda _url: False))

    async def close(self) -> None:
        if self._browser is not None:
            await self._browser.close()
        if self._playwright is not None:
            await self._playwright.stop()
