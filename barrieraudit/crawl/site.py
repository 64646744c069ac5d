"""One site's crawl-and-gather, as a single task.

Site configuration and settings in; pages (artifacts), documents and warnings out;
no state shared with other sites except the run's page slots, which bound how many
pages are in flight across the whole run. Each gathered page is handed to
``on_page`` at once, so a run that stops part-way keeps what it gathered.
"""

from __future__ import annotations

import asyncio
import os
import socket
import traceback
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..browser.interface import Driver, PageVisit
from ..config import Settings
from .frontier import Candidate, Frontier
from .robots import ALLOW_ALL, RobotsPolicy, load_robots
from .roles import classify, language_of_link
from .scope import SiteScope
from .sitemap import read_sitemaps
from .throttle import HostThrottle
from .urls import canonical, document_kind, document_kind_from_mime, is_private_host, is_private_url, is_web_url

FETCH_TIMEOUT = 15.0


@dataclass
class SiteTask:
    site_id: str
    name: str
    url: str
    settings: Settings
    axe_options: dict[str, Any]
    # Pages an interrupted run already gathered: not visited again when resuming.
    done_pages: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class SiteCrawl:
    site_id: str
    status: str = "ok"  # ok | partial | failed
    error: str | None = None
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# Stores a committed page (site id, record, screenshot); awaited, so a store that
# falls behind slows the crawl instead of filling memory.
PageSink = Callable[[str, dict[str, Any], bytes | None], Awaitable[None]]


def page_record(candidate: Candidate, visit: PageVisit, role: str) -> dict[str, Any]:
    """The stored artifact of one page: the contract's page fields plus raw artifacts."""
    dom = visit.dom or {}
    return {
        "url": candidate.url,
        "final_url": visit.final_url,
        "http_status": visit.http_status,
        "title": dom.get("title"),
        "role": role,
        "lang_declared": (dom.get("lang") or None),
        "lang_detected": None,
        "bytes": visit.bytes,
        "requests": len(visit.requests),
        "load_ms": visit.load_ms,
        "error": visit.error,
        "depth": candidate.depth,
        "found_on": candidate.found_on,
        "link_texts": candidate.link_texts[:10],
        "content_type": visit.content_type,
        "redirects": visit.redirects,
        "warnings": visit.warnings,
        "network": visit.requests,
        "dom": visit.dom,
        "axe": visit.axe,
    }


class SiteCrawler:
    def __init__(self, task: SiteTask, driver: Driver, slots: asyncio.Semaphore,
                 on_page: PageSink, concurrency: int):
        self.task = task
        self.settings = task.settings
        self.driver = driver
        self.slots = slots
        self.on_page = on_page
        self.concurrency = max(1, concurrency)
        self.scope = SiteScope(task.url, self.settings.scope)
        self.result = SiteCrawl(task.site_id)
        self.frontier = Frontier()
        self.seen: set[str] = set()
        self.documents: dict[str, dict[str, Any]] = {}
        self.robots: RobotsPolicy = ALLOW_ALL
        self._resolved: dict[str, bool] = {}

    # -- scope -------------------------------------------------------------------------
    def in_site(self, url: str) -> bool:
        return self.scope.contains(url)

    def allowed(self, url: str) -> bool:
        return self.in_site(url) and self.robots.allowed(url)

    async def _resolves_private(self, url: str) -> bool:
        """A public site's host name that resolves to a private address is not followed."""
        if self.scope.start_is_private:
            return False
        host = urlsplit(url).hostname or ""
        if host not in self._resolved:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
                self._resolved[host] = any(is_private_host(info[4][0]) for info in infos)
            except OSError:
                self._resolved[host] = False  # unresolvable: the visit reports it
        return self._resolved[host]

    # -- discovery ---------------------------------------------------------------------
    def _enqueue(self, url: str, *, depth: int, found_on: str | None, text: str = "",
                 hreflang: str = "", alternate: bool = False) -> None:
        if not is_web_url(url):
            return
        url = canonical(url)
        kind = document_kind(url)
        if kind is not None:
            if self.in_site(url) and url not in self.documents:
                self.documents[url] = {"url": url, "kind": kind, "found_on": found_on, "link_text": text}
            return
        if url in self.seen or depth > self.settings.max_depth or not self.allowed(url):
            return
        role = "language" if alternate or language_of_link(text, hreflang) else classify([text], url)
        self.frontier.push(url, depth=depth, role=role, found_on=found_on, link_text=text)

    def _discover(self, url: str, depth: int, dom: dict[str, Any]) -> None:
        for alternate in dom.get("hreflang", []):
            self._enqueue(alternate.get("href", ""), depth=depth + 1, found_on=url, alternate=True)
        for link in dom.get("links", []):
            self._enqueue(link.get("href", ""), depth=depth + 1, found_on=url,
                          text=link.get("text", ""), hreflang=link.get("hreflang", ""))

    def _restore(self, pages: list[dict[str, Any]]) -> int:
        """Take back what an interrupted run gathered; return how many visits it used."""
        for page in pages:
            self.seen.update(canonical(u) for u in (page["url"], page.get("final_url")) if u)
            self.result.pages.append(page)
        for page in pages:
            final = page.get("final_url") or page["url"]
            if page.get("error") is None and page.get("dom") and self.in_site(final):
                self._discover(page["url"], page.get("depth") or 0, page["dom"])
        return len(pages)

    # -- visiting ----------------------------------------------------------------------
    async def _visit(self, candidate: Candidate, throttle: HostThrottle) -> tuple[Candidate, PageVisit]:
        if await self._resolves_private(candidate.url):
            return candidate, PageVisit(url=candidate.url, error="host resolves to a private address; not followed")
        host = urlsplit(candidate.url).netloc
        await throttle.wait(host)
        async with self.slots:
            started = time.monotonic()
            visit = await self.driver_session.visit(
                candidate.url, allow_navigation=self.in_site, before_request=lambda: throttle.pace(host),
                page_timeout=self.settings.page_timeout, axe_timeout=self.settings.axe_timeout,
                screenshot=self.settings.screenshots, axe_options=self.task.axe_options,
            )
        # The server's latency, not the time axe-core and the screenshot took.
        throttle.observe(visit.load_ms / 1000 if visit.load_ms is not None else time.monotonic() - started)
        return candidate, visit

    async def _record(self, candidate: Candidate, visit: PageVisit) -> bool:
        """Store a visit; return False when it was a document, not a page."""
        if visit.error and visit.error.startswith("not an HTML page"):
            url = candidate.url
            self.documents[url] = {"url": url, "kind": document_kind_from_mime(visit.content_type or ""),
                                   "found_on": candidate.found_on,
                                   "link_text": (candidate.link_texts or [""])[0]}
            return False
        if visit.final_url:
            self.seen.add(canonical(visit.final_url))
        dom = visit.dom or {}
        if candidate.found_on is None:
            role = "home"
        else:
            role = candidate.role or classify([dom.get("title", ""), *[h["text"] for h in dom.get("headings", [])[:1]]],
                                              visit.final_url or candidate.url) or "other"
        record = page_record(candidate, visit, role)
        self.result.pages.append(record)
        await self.on_page(self.task.site_id, record, visit.screenshot)
        return True

    async def run(self) -> SiteCrawl:
        settings = self.settings
        self.driver_session = await self.driver.open_session(
            settings.user_agent, block_private=not self.scope.start_is_private, is_private=is_private_url)
        try:
            await self._crawl()
        finally:
            await self.driver_session.close()
        self.result.documents = list(self.documents.values())
        self._conclude()
        return self.result

    async def _crawl(self) -> None:
        settings, task = self.settings, self.task
        start = canonical(task.url)
        if settings.respect_robots:
            self.robots = await load_robots(self.driver_session, start, FETCH_TIMEOUT)
            if self.robots.warning:
                self.result.warnings.append(self.robots.warning)
            if not self.robots.allowed(start):
                self.result.status, self.result.error = "failed", (
                    "robots.txt disallows the start URL for barrieraudit "
                    "(a site's owner can set respect_robots: false)")
                return
        throttle = HostThrottle(settings.delay, self.robots.crawl_delay)
        done = self._restore(task.done_pages)
        if start not in self.seen:
            self.frontier.push(start, depth=0, role=None, found_on=None)
            self.seen.add(start)
        sitemap_urls, warnings = await read_sitemaps(
            self.driver_session, start, self.robots.sitemaps, FETCH_TIMEOUT, self.allowed)
        self.result.warnings.extend(warnings)
        for url in sitemap_urls:
            self._enqueue(url, depth=1, found_on="sitemap")

        visits_left = settings.max_pages - done
        pending: set[asyncio.Task] = set()
        try:
            while True:
                while self.frontier and visits_left > 0 and len(pending) < self.concurrency:
                    candidate = self.frontier.pop()
                    self.seen.add(candidate.url)
                    visits_left -= 1
                    pending.add(asyncio.create_task(self._visit(candidate, throttle)))
                if not pending:
                    break
                finished, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in finished:
                    candidate, visit = task.result()
                    if not await self._record(candidate, visit):
                        visits_left += 1  # a document is not a page: its visit is refunded
                    elif visit.error is None and visit.final_url and self.in_site(visit.final_url):
                        self._discover(candidate.url, candidate.depth, visit.dom or {})
        finally:
            # Interrupted or failed: no visit may go on under a closing browser context.
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    def _conclude(self) -> None:
        result = self.result
        if result.status == "failed":
            return
        pages = result.pages
        ok = [p for p in pages if p["error"] is None]
        home = next((p for p in pages if p["role"] == "home"), None)
        if not ok:
            result.status = "failed"
            reason = home["error"] if home else "no page could be audited"
            result.error = f"start page: {reason}" if home else reason
        elif len(ok) < len(pages):
            result.status = "partial"
            failed = len(pages) - len(ok)
            result.error = f"{failed} of {len(pages)} pages could not be audited"


async def audit_site(task: SiteTask, driver: Driver, slots: asyncio.Semaphore, on_page: PageSink,
                     concurrency: int) -> SiteCrawl:
    """Crawl and gather one site; every failure becomes the site's recorded error."""
    crawler = SiteCrawler(task, driver, slots, on_page, concurrency)
    try:
        return await crawler.run()
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 -- one failing site never sinks a run
        if os.environ.get("BARRIERAUDIT_DEBUG"):
            traceback.print_exc()
        result = crawler.result
        result.documents = list(crawler.documents.values())
        result.status, result.error = "failed", f"internal error: {type(exc).__name__}: {exc}"[:300]
        return result
