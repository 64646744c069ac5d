"""One browser tab as the driver sees it through its own DevTools session.

A ``Tab`` listens to the tab's DevTools events and keeps, for the visit in progress,
what the page did: every network request with its bytes on the wire, the main
frame's documents (server redirect hops, client-side navigations it asked for, the
one it committed, whether that one has loaded), and why a load failed.

The tab's session also guards the visit, before anything reaches the network. DevTools
``Fetch`` pauses every document request (a navigation of the main frame goes only
where the site's scope allows, and not at all once the page is being read); on a
public site, every request that may be for a private address
(``crawl.urls.PRIVATE_URL_PATTERNS``); and requests of type "Other", among them
Chromium's own fetch of the site's icon, which is refused. The rest are not paused:
pausing every request (Playwright's ``route``) cost the bare Playwright + axe-core loop
7-21 % of its pages a minute on this machine (README, "What policing every request
costs"). The browser cache is off, so a page's bytes are what it costs a first-time
visitor.

Redirect hops are checked too, before the browser follows them: ``Fetch`` also pauses
document responses with their headers, a ``Location`` that leaves the site fails the
request, and a redirect of any other request is paused again at its new URL, where the
private-address patterns catch it. The browser itself fetches and decodes the body,
so ``encodedDataLength`` is the bytes that crossed the wire (headers plus encoded
body), also for the main document. Checked on Chromium 156: each hop of a 302 -> 301
-> 200 chain pauses here with its ``Location``, failing one stops the browser before it
requests the next URL, and the recorded bytes equal what a counting server sent
(``tests/test_browser_bytes.py``).
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from playwright.async_api import Error as PlaywrightError

from ..crawl.urls import PRIVATE_URL_PATTERNS
from . import failures
from .axe import WORLD, stash_script
from .failures import PageErrorKind

# Main documents the driver audits as pages: HTML, XHTML and standalone SVG.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "image/svg+xml")
Failure = tuple[PageErrorKind, str]


@dataclass(frozen=True)
class ScopePolicy:
    """Where the browser may go during a visit: the site's scope for the main frame,
    and, for a public site, no loopback or private address for any request."""

    allow_navigation: Callable[[str], bool]
    block_private: bool
    is_private: Callable[[str], bool]

    def refuse(self, url: str, main_frame: bool) -> Failure | None:
        if self.block_private and self.is_private(url):
            return failures.private_address(url)
        if main_frame and not self.allow_navigation(url):
            return failures.out_of_scope(url)
        return None


def _header(headers: list[dict[str, str]] | dict[str, str], name: str) -> str:
    items = headers.items() if isinstance(headers, dict) else ((h["name"], h["value"]) for h in headers)
    return next((value for key, value in items if key.lower() == name), "")


def _is_icon_fetch(event: dict[str, Any]) -> bool:
    """The browser's download of a page's icon: of no resource type the page loads
    (images are "Image"), and asking for an image."""
    return event.get("resourceType") == "Other" and \
        _header(event["request"].get("headers") or {}, "accept").startswith("image/")


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


class Tab:
    """A page reused for successive visits, with the state of the visit in progress."""

    def __init__(self, page: Any, cdp: Any, main_frame_id: str, owner: Any):
        self.page, self.cdp, self.main_frame_id, self.owner = page, cdp, main_frame_id, owner
        self.crashed = False
        self.closing = False
        self.blanking = False  # about:blank sent by ``blank``, not committed yet
        self.visits = 0  # visits this lane has served
        self.context: Any = page.context
        self.user_agent = ""
        self.guards_private = False  # requests that may be for a private address are paused
        self.hosts: set[str] = set()  # host names the main frame has been on (a lane changes site)
        self.quieting: asyncio.Task | None = None  # a parked page's delayed trip to about:blank
        self.loaders: set[str] = set()  # documents (loader ids) that made requests in this visit
        self._tasks: set[asyncio.Task] = set()
        self._frame: asyncio.Future[dict[str, Any]] | None = None  # a screencast's first frame, awaited
        self.start_visit(ScopePolicy(lambda _url: True, False, lambda _url: False))
        self.phase = "idle"

    async def attach(self, guard_private: bool) -> None:
        cdp = self.cdp
        for event, handler in (
            ("Network.requestWillBeSent", self._on_request), ("Network.responseReceived", self._on_response),
            ("Network.dataReceived", self._on_data), ("Network.loadingFinished", self._on_finished),
            ("Network.loadingFailed", self._on_failed), ("Page.frameNavigated", self._on_navigated),
            ("Page.frameRequestedNavigation", self._on_navigation_requested),
            ("Page.navigatedWithinDocument", self._on_same_document), ("Page.loadEventFired", self._on_load),
            ("Page.domContentEventFired", self._on_parsed),
            ("Fetch.requestPaused", self._on_paused), ("Page.screencastFrame", self._on_frame),
        ):
            cdp.on(event, handler)
        self.page.on("crash", self._on_crash)
        await asyncio.gather(
            cdp.send("Network.enable"), cdp.send("Page.enable"),
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True}),
            cdp.send("Page.addScriptToEvaluateOnNewDocument", {"source": stash_script(), "worldName": WORLD}),
            self.intercept(guard_private))

    async def intercept(self, guard_private: bool) -> None:
        """Pause document requests and responses, requests of type "Other" (the icon
        fetch) and, for a public site, every request that may be for a private address."""
        patterns = [{"urlPattern": "*", "resourceType": "Document", "requestStage": stage}
                    for stage in ("Request", "Response")]
        patterns.append({"urlPattern": "*", "resourceType": "Other", "requestStage": "Request"})  # the icon
        if guard_private:
            patterns += [{"urlPattern": pattern, "requestStage": "Request"} for pattern in PRIVATE_URL_PATTERNS]
        await self.cdp.send("Fetch.enable", {"patterns": patterns})
        self.guards_private = guard_private

    def start_visit(self, policy: ScopePolicy) -> None:
        # The last visit's page may still be there (a lane taken again at once is not sent
        # to about:blank first): what its documents request from now on is not this visit's.
        self.stale, self.loaders = self.loaders, set()
        self.policy = policy
        self.phase = "loading"  # "gathering" once the page is being read: it may not navigate away
        self.blanking = False
        self.network: dict[str, dict[str, Any]] = {}
        self.main_requests: set[str] = set()  # request ids of main-frame documents
        self.chain: list[str] = []  # main-frame document URLs requested while loading, in order
        self.first_request_wall: float | None = None
        self.responses: dict[str, dict[str, Any]] = {}  # loaderId -> the main-frame document's response
        self.loader_id: str | None = None
        self.commits = 0
        self.parsed_commit = -1  # the commit whose DOMContentLoaded has fired
        self.loaded_commit = -1  # the commit whose load event has fired
        self.client_hops = 0
        self.requested: tuple[str, str] | None = None  # (url, reason): a navigation the page asked for
        self.arrived: tuple[str, str] | None = None  # the one that led to the last commit, if it did
        self.blocked: Failure | None = None
        self.not_html: tuple[str, str] | None = None  # (content type, what it is)
        self.no_content: int | None = None
        self.net_failure: str | None = None
        self.left: list[str] = []  # navigations refused while the page was being read
        self.stale_navigations: set[str] = set()  # asked for by the last visit's page
        self.reusable = True  # False once the page may still be busy (axe-core stopped mid-run)
        self.changed = asyncio.Event()

    def begin_step(self) -> None:
        """A flow's next step on the page as it is (``browser/flow.py``): the navigation
        it may start is watched afresh (its redirect chain, its load time, a failure),
        while the network log and the current document stay."""
        self.phase = "loading"
        self.chain, self.first_request_wall, self.client_hops = [], None, 0
        self.requested = self.arrived = self.blocked = self.not_html = self.no_content = self.net_failure = None
        self.left = []
        self.changed.clear()

    # -- what the visit waits on ---------------------------------------------------------
    def failure(self) -> Failure | None:
        if self.crashed:
            return failures.CRASHED
        if self.blocked:
            return self.blocked
        if self.not_html:
            return failures.not_html(self.not_html[1])
        if self.net_failure:
            return failures.net_error(self.net_failure)
        return None

    async def wait_until(self, condition: Callable[[], Any], deadline: float) -> bool:
        """Wait until ``condition()`` holds or the loop's clock reaches ``deadline``."""
        loop = asyncio.get_running_loop()
        while not condition():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except TimeoutError:
                return bool(condition())
        return True

    async def settle(self) -> None:
        """Before the lane is used again: drop the parked page's pending trip to
        about:blank, or wait for one under way."""
        task, self.quieting = self.quieting, None
        if task is not None and not task.done() and not self.blanking:
            task.cancel()
        if task is not None:
            await asyncio.wait([task])

    async def blank(self, timeout: float = 5.0) -> bool:
        """Send the idle page to about:blank, so its scripts stop; True once it is there.
        (DevTools ``Page.navigate`` and the commit event: ~25 ms, against ~37-48 ms for
        Playwright's ``goto``, which also waits for the blank page's load event. A visit
        may not start before the blank page commits: Playwright would take that commit
        for an interruption of the visit's own navigation.)"""
        self.blanking = True
        deadline = asyncio.get_running_loop().time() + timeout
        try:
            await asyncio.wait_for(self.cdp.send("Page.navigate", {"url": "about:blank"}), timeout)
        except (PlaywrightError, TimeoutError):
            return False
        return await self.wait_until(lambda: self.crashed or not self.blanking, deadline) and not self.crashed

    def document(self) -> dict[str, Any] | None:
        """The response that delivered the committed main-frame document."""
        return self.responses.get(self.loader_id or "")

    def _notify(self) -> None:
        self.changed.set()

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- DevTools events -------------------------------------------------------------------
    def _is_main_document(self, event: dict[str, Any]) -> bool:
        return event.get("type", event.get("resourceType")) == "Document" and event.get("frameId") == self.main_frame_id

    def _on_request(self, event: dict[str, Any]) -> None:
        request_id, url = event["requestId"], event["request"]["url"]
        loader = event.get("loaderId", "")
        if loader and loader in self.stale and request_id not in self.network:
            return  # the last visit's page, still there until this visit's page commits
        self.loaders.add(loader)
        entry = self.network.setdefault(request_id, {"bytes": 0})
        redirect = event.get("redirectResponse")
        if redirect:
            # A redirect reuses the request id: the hop is its own entry, with its own bytes.
            self.network[f"{request_id}#{len(self.network)}"] = {
                **entry, "status": redirect.get("status"), "bytes": int(redirect.get("encodedDataLength") or 0),
                "finished": True}
            entry = self.network[request_id] = {"bytes": 0}
        entry.update(url=url, type=event.get("type", "Other"))
        if self._is_main_document(event):
            self.main_requests.add(request_id)
            if self.first_request_wall is None:
                self.first_request_wall = event.get("wallTime")
            if self.phase == "loading":
                self.chain.append(url)

    def _on_response(self, event: dict[str, Any]) -> None:
        response = event["response"]
        entry = self.network.setdefault(event["requestId"], {"bytes": 0})
        entry.update(status=response.get("status"), headers_bytes=int(response.get("encodedDataLength") or 0))
        if self._is_main_document(event):
            self.responses[event.get("loaderId", "")] = {
                "url": response.get("url"), "status": response.get("status"),
                "content_type": media_type(_header(response.get("headers") or {}, "content-type")),
                "refresh": _header(response.get("headers") or {}, "refresh")}

    def _on_data(self, event: dict[str, Any]) -> None:
        entry = self.network.setdefault(event["requestId"], {"bytes": 0})
        entry["streamed"] = entry.get("streamed", 0) + int(event.get("encodedDataLength") or 0)

    def _on_finished(self, event: dict[str, Any]) -> None:
        entry = self.network.setdefault(event["requestId"], {})
        entry["bytes"], entry["finished"] = int(event.get("encodedDataLength") or 0), True

    def _on_failed(self, event: dict[str, Any]) -> None:
        request_id = event["requestId"]
        self.network.setdefault(request_id, {}).update(failed=event.get("errorText", "failed"))
        if request_id in self.main_requests and self.phase == "loading":
            if event.get("canceled") or "ERR_ABORTED" in event.get("errorText", ""):
                if self.requested and self.requested[0] == self.network[request_id].get("url"):
                    self.requested = None  # the browser dropped it (a 204 answer, a download)
            elif "ERR_BLOCKED_BY_CLIENT" not in event.get("errorText", ""):
                self.net_failure = event.get("errorText", "")
            self._notify()

    def _on_navigated(self, event: dict[str, Any]) -> None:
        frame = event["frame"]
        if frame.get("parentId") or frame["id"] != self.main_frame_id:
            return
        if frame.get("url", "").startswith("chrome-error:"):
            return  # an error page for a failed load: the failure itself is recorded
        if self.blanking and frame.get("url") == "about:blank":
            self.blanking = False
            self._notify()
            return  # the lane parked (``blank``), not a page of the visit
        self.commits += 1
        if host := urlsplit(frame.get("url", "")).hostname:
            self.hosts.add(host)
        self.loader_id = frame.get("loaderId")
        self.arrived, self.requested = self.requested, None
        self._notify()

    def _on_navigation_requested(self, event: dict[str, Any]) -> None:
        if event.get("frameId") == self.main_frame_id and self.phase == "loading" and not self.commits \
                and self.stale:
            # Before the visit's page commits, only the last visit's page can ask to go
            # somewhere: it is answered "no content" (``stale_navigations``), not followed.
            self.stale_navigations.add(event.get("url", ""))
            return
        if event.get("frameId") == self.main_frame_id and self.phase == "loading":
            self.requested = (event.get("url", ""), event.get("reason", ""))
            self._notify()

    def _on_same_document(self, event: dict[str, Any]) -> None:
        if event.get("frameId") == self.main_frame_id:
            self.requested = None
            self._notify()

    def _on_parsed(self, _event: dict[str, Any]) -> None:
        self.parsed_commit = self.commits
        self._notify()

    def _on_load(self, _event: dict[str, Any]) -> None:
        self.loaded_commit = self.commits
        self._notify()

    def _on_crash(self, *_args: Any) -> None:
        self.crashed = True
        if self._frame is not None and not self._frame.done():
            self._frame.set_exception(PlaywrightError("the page crashed before its frame came"))
        self._notify()

    def _on_frame(self, event: dict[str, Any]) -> None:
        if self._frame is not None and not self._frame.done():
            self._frame.set_result(event)

    async def frame(self, params: dict[str, Any]) -> bytes:
        """The frame Chromium shows now, encoded as ``params`` (``Page.startScreencast``'s)
        say: a screencast's first frame, then the screencast is stopped.

        The first frame copies what the compositor last drew. ``Page.captureScreenshot``
        makes the renderer paint the whole viewport again first: the same thumbnail cost
        some 5 ms more CPU and 14 ms more time a visit on one lane, and a crawl's renderer
        ~20 ms a page more (README, "The thumbnail from the frame Chromium last drew").
        Checked on Chromium 156: the first frame, asked for at the load event, is the page
        just loaded, also when its main thread is busy right after
        (``tests/test_browser_gather.py``)."""
        self._frame = asyncio.get_running_loop().create_future()
        try:
            await self.cdp.send("Page.startScreencast", params)
            event = await self._frame
        finally:
            self._frame = None
            try:
                await self.cdp.send("Page.stopScreencast")
            except PlaywrightError:
                pass  # the page is gone: no screencast either
        return base64.b64decode(event["data"])

    def _on_paused(self, event: dict[str, Any]) -> None:
        self._spawn(self._decide(event))

    async def _decide(self, event: dict[str, Any]) -> None:
        """Let a paused request or response through, or fail it: a navigation out of the
        site, a private address, a redirect out of the site, or a main document that is
        not a page."""
        if "responseStatusCode" not in event and "responseErrorReason" not in event:
            return await self._decide_request(event)
        request_id, url = event["requestId"], event["request"]["url"]
        status = event.get("responseStatusCode") or 0
        headers = event.get("responseHeaders") or []
        main = self._is_main_document(event)
        refused: Failure | None = None
        location = _header(headers, "location")
        if 300 <= status < 400 and location:
            target = urljoin(url, location)
            refused = self.policy.refuse(target, main)
        elif main and 200 <= status < 300:
            content_type = media_type(_header(headers, "content-type"))
            if "attachment" in _header(headers, "content-disposition").lower():
                self.not_html = (content_type, "the server sent a file download")
            elif status in (204, 205):
                self.no_content = status
            elif content_type and content_type not in PAGE_TYPES:
                self.not_html = (content_type, content_type)
            if self.not_html:
                self._notify()
                await self._answer("Fetch.failRequest", {"requestId": request_id, "errorReason": "BlockedByClient"})
                return
        if refused and main and self.phase != "loading":
            # Once the page is being read it stays: the navigation is answered "no content".
            self.left.append(target)
            await self._answer("Fetch.fulfillRequest", {"requestId": request_id, "responseCode": 204})
            return
        if refused:
            if main:
                self.blocked = refused
                self._notify()
            await self._answer("Fetch.failRequest", {"requestId": request_id, "errorReason": "BlockedByClient"})
            return
        await self._answer("Fetch.continueRequest", {"requestId": request_id})

    async def _decide_request(self, event: dict[str, Any]) -> None:
        request_id, url = event["requestId"], event["request"]["url"]
        if self._is_main_document(event):
            if self.phase != "loading" or (not self.commits and url in self.stale_navigations):
                # The page is being read (or parked, or it is the last visit's page asking
                # to go on): it stays where it is; "204 No Content" leaves the browser on
                # the current document.
                if self.phase == "gathering":
                    self.left.append(url)
                await self._answer("Fetch.fulfillRequest", {"requestId": request_id, "responseCode": 204})
                return
            refused = self.policy.refuse(url, main_frame=True)
            if refused:
                self.blocked = refused
                self._notify()
        elif _is_icon_fetch(event):
            # Chromium's own fetch of the site's icon (/favicon.ico), not the page's and
            # not spaced by the crawl's delay: refused, as it was while Playwright's route
            # paused every request (recorded as aborted).
            await self._answer("Fetch.failRequest", {"requestId": request_id, "errorReason": "Aborted"})
            return
        else:
            refused = self.policy.refuse(url, main_frame=False)
        if refused or self.closing:
            await self._answer("Fetch.failRequest", {"requestId": request_id, "errorReason": "BlockedByClient"})
            return
        await self._answer("Fetch.continueRequest", {"requestId": request_id})

    async def _answer(self, method: str, params: dict[str, Any]) -> None:
        try:
            await self.cdp.send(method, params)
        except PlaywrightError:
            pass  # the tab closed while the response was paused

    # -- the visit's network log -------------------------------------------------------------
    def requests(self) -> list[dict[str, Any]]:
        """Every request of the visit with its bytes on the wire (headers + encoded body).

        A request still in flight counts what has arrived so far. ``data:`` and ``blob:``
        URLs are not requests on the network and are left out (their bytes are inside the
        document that carries them).
        """
        out = []
        for entry in self.network.values():
            url = entry.get("url")
            if not url or url.startswith(("data:", "blob:")):
                continue
            transferred = entry.get("bytes", 0) if entry.get("finished") else \
                entry.get("headers_bytes", 0) + entry.get("streamed", 0)
            record = {"url": url, "type": entry.get("type", "Other"), "status": entry.get("status"),
                      "bytes": transferred}
            if entry.get("failed"):
                record["failed"] = entry["failed"]
            out.append(record)
        return out
