"""An in-memory browser driver, so crawl logic is tested in milliseconds without Chromium.

``FakeWeb`` holds web sites as a dict of URL -> ``FakePage`` (status, redirect, title,
text, links, language, content type, latency) and logs every request with its time,
as ``fixture_sites.FixtureSite`` does. ``FakeDriver`` implements
``barrieraudit.browser.interface.Driver`` over it: ``fetch`` for robots.txt and
sitemaps, ``visit`` for pages, which returns a ``PageVisit`` whose ``dom`` has the
shape ``gather.js`` returns, so evaluation, the store and the results run on it
unchanged. Latencies are random (seeded) unless a page sets its own, so tests can
shake the timing of a crawl and check that its decisions do not move.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from barrieraudit.browser import failures
from barrieraudit.browser.failures import PageErrorKind
from barrieraudit.browser.interface import FetchResult, PageVisit, StepFailed
from barrieraudit.crawl.urls import canonical

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_REDIRECTS = 20


@dataclass
class FakePage:
    """One URL of a fake site. ``links`` are hrefs, (href, text) pairs or dicts with
    href/text/hreflang; relative hrefs resolve against the page's URL."""

    title: str = ""
    text: str = ""
    links: list[Any] = field(default_factory=list)
    status: int = 200
    lang: str = "en"
    content_type: str = "text/html"
    redirect: str | None = None  # Location of a redirect response
    body: str = ""  # the raw text ``fetch`` returns (robots.txt, sitemaps)
    latency: float | None = None  # seconds; None: the driver's random latency
    hreflang: list[tuple[str, str]] = field(default_factory=list)  # (lang, href) alternates
    headings: list[str] = field(default_factory=list)
    error: str | None = None  # a network failure ("connection refused")
    # For flows (FakeFlow): the page's fields (selector -> input type) and the buttons
    # and links a step can click (selector -> the URL they lead to); ``echo`` shows what
    # was typed into the fields in the page's text, as a careless page might.
    fields: dict[str, str] = field(default_factory=dict)
    buttons: dict[str, str] = field(default_factory=dict)
    echo: bool = False


class FakeWeb:
    """URL -> page, and the log of every request made to it."""

    def __init__(self, pages: dict[str, FakePage] | None = None):
        self.pages: dict[str, FakePage] = {}
        self.log: list[tuple[float, str]] = []  # every request: robots, sitemaps, pages, redirect hops
        self.visits: list[str] = []  # the URLs pages were loaded from (first request of a visit)
        for url, page in (pages or {}).items():
            self.add(url, page)

    def add(self, url: str, page: FakePage) -> FakeWeb:
        self.pages[canonical(url)] = page
        return self

    def page(self, url: str, title: str, text: str = "", links: list[Any] | tuple = (), **fields: Any) -> FakeWeb:
        return self.add(url, FakePage(title=title, text=text or f"{title}.", links=list(links), **fields))

    def redirect(self, url: str, location: str, status: int = 302) -> FakeWeb:
        return self.add(url, FakePage(status=status, redirect=location))

    def raw(self, url: str, body: str, content_type: str = "text/plain", status: int = 200) -> FakeWeb:
        return self.add(url, FakePage(status=status, body=body, content_type=content_type))

    def lookup(self, url: str) -> FakePage | None:
        return self.pages.get(canonical(url))

    def requests(self, url: str) -> int:
        """How many times ``url`` was requested."""
        wanted = canonical(url)
        return sum(1 for _, logged in self.log if logged == wanted)

    def requested_urls(self) -> list[str]:
        return [url for _, url in self.log]


def _link(href_or_pair: Any, base: str) -> dict[str, str]:
    if isinstance(href_or_pair, dict):
        link = dict(href_or_pair)
    elif isinstance(href_or_pair, tuple):
        link = {"href": href_or_pair[0], "text": href_or_pair[1]}
    else:
        link = {"href": href_or_pair, "text": href_or_pair.rstrip("/").rsplit("/", 1)[-1] or "Home"}
    link["href"] = urljoin(base, link["href"])  # a.href is absolute
    return {"href": link["href"], "text": link.get("text", ""), "hreflang": link.get("hreflang", ""),
            "lang": link.get("lang", ""), "rel": link.get("rel", "")}


def gathered_dom(page: FakePage, url: str) -> dict[str, Any]:
    """What gather.js would return for ``page`` at ``url``."""
    links = [_link(link, url) for link in page.links]
    headings = [{"level": 1, "text": page.title}, *({"level": 2, "text": h} for h in page.headings)]
    main_text = "\n".join([page.title, *page.headings, page.text])
    text = "\n".join([*(link["text"] for link in links), main_text])
    return {
        "title": page.title, "lang": page.lang, "dir": "", "content_language": "", "description": "",
        "hreflang": [{"hreflang": lang, "href": urljoin(url, href)} for lang, href in page.hreflang],
        "headings": headings, "text": text, "main_text": main_text, "links": links,
        "forms": [], "orphan_fields": [], "media": [], "scripts": [], "iframes": [], "images": [],
        "widgets": [], "element_count": 10 + 2 * len(links), "text_truncated": False,
    }


class FakeSession:
    def __init__(self, driver: FakeDriver, user_agent: str, block_private: bool, is_private: Any):
        self.driver, self.web = driver, driver.web
        self.user_agent, self.block_private = user_agent, block_private
        self.is_private = is_private or (lambda _url: False)
        self.closed = False

    async def _request(self, url: str, latency: float | None) -> FakePage | None:
        self.web.log.append((time.monotonic(), canonical(url)))
        page = self.web.lookup(url)
        await asyncio.sleep(self.driver.latency(page))
        return page

    async def fetch(self, url: str, timeout: float) -> FetchResult:
        for _hop in range(5):
            page = await self._request(url, None)
            if page is None:
                return FetchResult(url, 404, "text/html", "Not found")
            if page.error:
                return FetchResult(url, None, "", "", page.error)
            if page.redirect is None:
                return FetchResult(url, page.status, page.content_type, page.body)
            url = urljoin(url, page.redirect)
        return FetchResult(url, None, "", "", "redirect loop (too many redirects)")

    async def visit(self, url: str, *, allow_navigation: Any, page_timeout: float, axe_timeout: float,
                    screenshot: bool, axe_options: dict[str, Any], before_request: Any = None) -> PageVisit:
        assert not self.closed, "visit on a closed session"
        visit = PageVisit(url=url)
        if before_request is not None:
            await before_request()
        self.web.visits.append(canonical(url))
        driver = self.driver
        driver.open_pages += 1
        driver.max_open_pages = max(driver.max_open_pages, driver.open_pages)
        started = time.monotonic()
        try:
            await self._load(visit, allow_navigation, page_timeout)
        finally:
            driver.open_pages -= 1
        visit.load_ms = int((time.monotonic() - started) * 1000)
        return visit

    async def _load(self, visit: PageVisit, allow_navigation: Any, page_timeout: float) -> None:
        current, chain = visit.url, []
        for _hop in range(MAX_REDIRECTS):
            page = self.web.lookup(current)
            if page is not None and page.latency is not None and page.latency > page_timeout:
                self.web.log.append((time.monotonic(), canonical(current)))
                await asyncio.sleep(page_timeout)
                visit.fail(failures.timeout(page_timeout))
                return
            page = await self._request(current, None)
            if page is not None and page.error:
                visit.fail((PageErrorKind.CONNECTION_FAILED, page.error))
                return
            if page is None or page.redirect is None:
                break
            target = urljoin(current, page.redirect)
            if not allow_navigation(target) or (self.block_private and self.is_private(target)):
                visit.fail(failures.out_of_scope(target))
                return
            chain.append(current)
            current = target
        else:
            visit.fail((PageErrorKind.REDIRECT_LOOP, "redirect loop (too many redirects)"))
            return
        visit.final_url, visit.redirects = current, chain
        status = 404 if page is None else page.status
        content_type = "text/html" if page is None else page.content_type
        visit.http_status, visit.content_type = status, content_type
        size = 200 if page is None else 500 + len(page.text) + 60 * len(page.links) + len(page.body)
        visit.requests = [{"url": current, "type": "Document", "status": status, "bytes": size}]
        if status >= 400:
            visit.fail(failures.http_status(status))
        elif content_type not in HTML_TYPES:
            visit.fail(failures.not_html(content_type))
        else:
            assert page is not None
            visit.dom = gathered_dom(page, current)
            visit.axe = {"version": "4.10.2", "violations": [], "incomplete": [], "passes": ["document-title"],
                         "inapplicable": 0}

    async def open_flow(self, *, allow_navigation: Any) -> FakeFlow:
        assert not self.closed, "flow on a closed session"
        flow = FakeFlow(self, allow_navigation)
        self.driver.flows.append(flow)
        return flow

    async def close(self) -> None:
        self.closed = True


class FakeFlow:
    """A flow's page over a ``FakeWeb``: steps act on the current page's ``fields`` and
    ``buttons``; a missing one fails the step as Chromium's driver words it."""

    def __init__(self, session: FakeSession, allow_navigation: Any):
        self.session, self.allow = session, allow_navigation
        self.current: str | None = None
        self.typed: dict[str, str] = {}  # selector -> value, in the whole flow (a page may echo them)
        self.steps: list[tuple[str, str]] = []  # (kind, selector or URL), as done
        self.screenshots: list[bool] = []  # whether each audit was asked for a screenshot
        self.closed = False

    @property
    def url(self) -> str:
        return self.current or "about:blank"

    def _page(self) -> FakePage | None:
        return self.session.web.lookup(self.current) if self.current else None

    async def _go(self, url: str, page_timeout: float) -> None:
        if not self.allow(url):
            raise StepFailed(failures.out_of_scope(url))
        visit = PageVisit(url=url)
        self.session.web.visits.append(canonical(url))
        await self.session._load(visit, self.allow, page_timeout)
        if visit.error_kind is not None:
            raise StepFailed((visit.error_kind, visit.error or ""))
        self.current = visit.final_url

    def _element(self, selector: str, timeout: float, kinds: dict[str, str]) -> str:
        if selector not in kinds:
            raise StepFailed(failures.no_element(selector, timeout))
        return kinds[selector]

    async def navigate(self, url: str, *, page_timeout: float) -> None:
        self.steps.append(("navigate", url))
        await self._go(url, page_timeout)

    async def click(self, selector: str, *, timeout: float, page_timeout: float) -> None:
        self.steps.append(("click", selector))
        page = self._page()
        target = self._element(selector, timeout, page.buttons if page else {})
        await self._go(urljoin(self.url, target), page_timeout)

    async def fill(self, selector: str, value: str, *, timeout: float, page_timeout: float) -> str:
        self.steps.append(("fill", selector))
        page = self._page()
        kind = self._element(selector, timeout, page.fields if page else {})
        self.typed[selector] = value
        return kind

    async def select(self, selector: str, value: str, *, timeout: float, page_timeout: float) -> None:
        self.steps.append(("select", selector))
        page = self._page()
        self._element(selector, timeout, page.fields if page else {})
        self.typed[selector] = value

    async def set_checked(self, selector: str, checked: bool, *, timeout: float, page_timeout: float) -> None:
        self.steps.append(("check" if checked else "uncheck", selector))
        page = self._page()
        self._element(selector, timeout, page.fields if page else {})

    async def wait_for_selector(self, selector: str, *, timeout: float, page_timeout: float) -> None:
        self.steps.append(("wait_for", selector))
        page = self._page()
        self._element(selector, timeout, {**page.fields, **page.buttons} if page else {})

    async def wait_for_url(self, matches: Any, *, timeout: float, page_timeout: float) -> None:
        self.steps.append(("wait_for", "url"))
        if not matches(self.url):
            raise StepFailed(failures.url_not_reached(timeout))

    async def audit(self, *, page_timeout: float, axe_timeout: float, screenshot: bool,
                    axe_options: dict[str, Any]) -> PageVisit:
        self.steps.append(("audit", self.url))
        self.screenshots.append(screenshot)
        visit = PageVisit(url=self.url)
        await self.session._load(visit, self.allow, page_timeout)
        page = self._page()
        if visit.dom is not None and page is not None and page.echo:
            echoed = " ".join(self.typed.values())
            visit.dom["text"] += f"\nYou entered: {echoed}"
            visit.dom["main_text"] += f"\nYou entered: {echoed}"
        if screenshot and visit.error is None:
            visit.screenshot = b"\xff\xd8fake-jpeg"
        return visit

    async def close(self) -> None:
        self.closed = True


class FakeDriver:
    """One fake browser for a run over a ``FakeWeb``; ``latency`` is the (low, high)
    range in seconds of the random latency of each request, drawn from ``seed``."""

    name = "fake"
    browser_version = "0"

    def __init__(self, web: FakeWeb, *, latency: tuple[float, float] = (0.0, 0.0), seed: int = 0):
        self.web = web
        self.latency_range = latency
        self.random = random.Random(seed)
        self.max_tabs: int | None = None
        self.tab_limits: list[int] = []  # what the run's governor asked, in order
        self.open_pages = 0
        self.max_open_pages = 0
        self.sessions: list[FakeSession] = []
        self.flows: list[FakeFlow] = []

    def latency(self, page: FakePage | None) -> float:
        if page is not None and page.latency is not None:
            return page.latency
        low, high = self.latency_range
        return self.random.uniform(low, high) if high > 0 else 0.0

    async def start(self, max_tabs: int = 4) -> None:
        self.max_tabs = max_tabs

    async def limit_tabs(self, tabs: int) -> None:
        self.tab_limits.append(tabs)

    async def open_session(self, user_agent: str, *, block_private: bool, is_private: Any = None,
                           start_url: str = "") -> FakeSession:
        session = FakeSession(self, user_agent, block_private, is_private)
        self.sessions.append(session)
        return session

    async def close(self) -> None:
        pass


# -- a whole run over fake sites ----------------------------------------------------------

@dataclass
class FakeRun:
    store: Any
    run_id: str
    driver: FakeDriver
    crawls: dict[str, Any]  # site id -> SiteCrawl, as the pipeline reported it

    def pages(self, site_id: str | None = None) -> list[dict[str, Any]]:
        """The stored page records of a site, in stored (commit) order."""
        sites = self.store.load_sites(self.run_id)
        site_id = site_id or sites[0]["id"]
        return self.store.load_pages(self.run_id, site_id)

    def urls(self, site_id: str | None = None) -> list[str]:
        return [p["url"] for p in self.pages(site_id)]

    def site(self, site_id: str | None = None) -> dict[str, Any]:
        sites = self.store.load_sites(self.run_id)
        return sites[0] if site_id is None else next(s for s in sites if s["id"] == site_id)


def fake_run(web: FakeWeb, config: dict[str, Any], db: Any, *, concurrency: int = 2,
             latency: tuple[float, float] = (0.0, 0.0), seed: int = 0, stop_after: int | None = None,
             resume: str | None = None, on_stored: Any = None, crawled: Any = None) -> FakeRun:
    """A whole ``run_audit`` over ``web`` with the fake driver (no politeness delay unless
    the config sets one). ``stop_after`` pages, the run is interrupted as by Ctrl-C;
    ``on_stored(n)`` is called as the n-th page is handed to the store; ``crawled`` is
    ``run_audit``'s."""
    from barrieraudit.config import parse_config
    from barrieraudit.pipeline import Progress, run_audit
    from barrieraudit.store import open_store

    run_config = parse_config({"delay": 0, **config}, "test")
    store = open_store(db)
    driver = FakeDriver(web, latency=latency, seed=seed)
    crawls: dict[str, Any] = {}

    async def main() -> str | None:
        runner = asyncio.current_task()
        stored = 0

        class Watch(Progress):
            def page_done(self, site_id: str, url: str, error: str | None) -> None:
                nonlocal stored
                stored += 1
                if on_stored is not None:
                    on_stored(stored)
                if stop_after is not None and stored == stop_after:
                    runner.cancel()  # what asyncio.run does on Ctrl-C

            def site_done(self, site_id: str, crawl: Any) -> None:
                crawls[site_id] = crawl

        try:
            return await run_audit(run_config, store, lambda: driver, concurrency=concurrency,
                                   progress=Watch(), resume=resume, worker_processes=0, crawled=crawled)
        except asyncio.CancelledError:
            return None

    run_id = asyncio.run(main())
    if run_id is None:  # interrupted: the run is the unfinished one
        run_id = store.unfinished_run()["id"]
    return FakeRun(store, run_id, driver, crawls)
