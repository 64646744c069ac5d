"""One site's crawl-and-gather, as a single task, deterministic whatever the timing.

Site configuration and settings in; page summaries, documents and crawl notes out.
The pages themselves go to ``on_page`` (the store) as they are committed and are not
kept here: the crawl keeps a small summary per page, never its artifacts. The task
shares two things with the rest of the run: the page slots, which bound the pages in
flight across the run, and the run's ``Politeness`` (robots.txt and a throttle per
host).

The crawl makes the decisions of the sequential algorithm (take the best page of
the frontier, visit it, commit its links, repeat) while several pages load at once:
the best pages of the frontier are visited speculatively, and their results are
committed one at a time, always the best-ranked page of what is left (frontier and
visits in flight together), which is what the sequential algorithm would visit next.
When a commit brings in pages that rank above a speculative visit so that it falls
out of the lookahead window, that visit is discarded (not stored, not counted) and
its page goes back to the frontier; nothing is visited ahead of the start page, whose
links reorder nearly everything. So the same site with the same settings gives the
same pages in the same order at any concurrency, and a run stopped after k pages has
stored the first k; resuming replays them in stored order and carries on identically.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
import traceback
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..browser.failures import PageErrorKind
from ..browser.interface import Driver, PageVisit
from ..config import Settings
from ..steps import Flow
from .flows import FlowRunner
from .frontier import Candidate, Frontier
from .record import PageSink, PageSummary, SiteCrawl, content_hash, page_record
from .politeness import FETCH_TIMEOUT, Politeness
from .robots import ALLOW_ALL, RobotsPolicy
from .roles import classify, language_of_link, recorded_role
from .scope import SiteScope
from .sitemap import read_sitemaps
from .urls import (canonical, document_kind, document_kind_from_mime, host_of, is_private_host, is_private_url,
                   is_web_url, origin, page_key)

MAX_DUPLICATE_NOTES = 10
PREPARE_IN_THREAD = 50  # links on a page above which they are examined off the event loop


@dataclass
class SiteTask:
    site_id: str
    name: str
    url: str
    settings: Settings
    axe_options: dict[str, Any]
    # Pages an interrupted run already gathered, in stored order: replayed, not visited again.
    done_pages: list[dict[str, Any]] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)  # scripted steps, run after the crawl
    # The config's pages (visited first, after the start page) and sitemaps (read with
    # /sitemap.xml and those robots.txt names).
    pages: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


@lru_cache(maxsize=20_000)
def link_role(text: str, url: str) -> str | None:
    """The role a link's text and URL give its page; a menu repeated on every page is
    classified once."""
    return classify([text], url)


async def host_addresses(host: str) -> list[str]:
    """The addresses a host name resolves to (one place, so tests can stand in for DNS)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


@dataclass(frozen=True)
class Link:
    """What discovery needs of one link: canonical URL, page key (None for a document),
    whether the crawl may follow it, and the role its text and URL give the page."""

    url: str
    text: str
    key: str | None
    kind: str | None  # the document kind, for a link to a document
    allowed: bool
    role: str | None


@dataclass
class Outcome:
    """What a speculative visit brought back: a visit, or the reason there was none."""

    visit: PageVisit | None = None
    skipped: str | None = None
    robots_warning: str | None = None


@dataclass
class Attempt:
    candidate: Candidate
    task: asyncio.Task[Outcome] | None = None
    requested: bool = False  # the page request was sent


class SiteCrawler:
    def __init__(self, task: SiteTask, driver: Driver, slots: AbstractAsyncContextManager[Any], on_page: PageSink,
                 concurrency: int, politeness: Politeness):
        self.task = task
        self.settings = task.settings
        self.driver = driver
        self.slots = slots
        self.on_page = on_page
        self.concurrency = max(1, concurrency)
        self.politeness = politeness
        self.scope = SiteScope(task.url, self.settings.scope)
        self.result = SiteCrawl(task.site_id)
        self.frontier = Frontier()
        self.inflight: dict[str, Attempt] = {}
        self.seen: set[str] = set()  # page keys committed (visited or reached by a redirect)
        self.hashes: dict[str, str] = {}  # content hash -> final URL of the stored page
        self.key_urls: dict[str, str] = {}  # page key -> final URL of the stored page
        self.documents: dict[str, dict[str, Any]] = {}
        self.start_origin = origin(canonical(task.url))
        self.start_key = page_key(task.url)
        self.robots: RobotsPolicy = ALLOW_ALL  # the start origin's, read before the crawl
        self._resolved: dict[str, bool] = {}
        self._cancelled: set[asyncio.Task[Outcome]] = set()  # stopping; awaited before the session closes
        self.flow_pages: dict[str, set[str]] = {}  # flow name -> its audits stored
        self.flow_summaries: list[PageSummary] = []

    # -- scope -------------------------------------------------------------------------
    def in_site(self, url: str) -> bool:
        return self.scope.contains(url)

    def allowed(self, url: str) -> bool:
        """In the site and, for the start origin, allowed by its robots.txt. Other
        origins' robots.txt is read when one of their pages is about to be visited."""
        if not self.in_site(url):
            return False
        return origin(url) != self.start_origin or self.robots.allowed(url)

    async def _resolves_private(self, url: str) -> bool:
        """A public site's host name that resolves to a private address is not followed."""
        if self.scope.start_is_private:
            return False
        host = host_of(url)
        if host not in self._resolved:
            try:
                self._resolved[host] = any(is_private_host(a) for a in await host_addresses(host))
            except OSError:
                self._resolved[host] = False  # unresolvable: the visit reports it
        return self._resolved[host]

    # -- discovery ---------------------------------------------------------------------
    def _examine(self, href: str, text: str = "", hreflang: str = "", alternate: bool = False) -> Link | None:
        """What a link says, from the link and the site's scope alone (no crawl state),
        so that it may be computed off the event loop."""
        if not is_web_url(href):
            return None
        url = canonical(href)
        kind = document_kind(url)
        if kind is not None:
            return Link(url, text, None, kind, self.in_site(url), None)
        role = "language" if alternate or language_of_link(text, hreflang) else link_role(text, url)
        return Link(url, text, page_key(url), None, self.allowed(url), role)

    def _examine_all(self, raw: list[tuple[str, str, str, bool]]) -> list[Link]:
        return [link for link in (self._examine(*entry) for entry in raw) if link is not None]

    async def _add_links(self, raw: list[tuple[str, str, str, bool]], *, depth: int, found_on: str) -> None:
        """Take in the links of a page (or a sitemap), in their order."""
        if len(raw) > PREPARE_IN_THREAD:
            # Canonicalising and classifying thousands of links is CPU work: done in a
            # thread so the event loop keeps driving the browser. What follows is cheap and
            # stays on the loop, in commit order.
            links = await asyncio.to_thread(self._examine_all, raw)
        else:
            links = self._examine_all(raw)
        for link in links:
            self._enqueue(link, depth=depth, found_on=found_on)

    def _enqueue(self, link: Link, *, depth: int, found_on: str) -> None:
        if link.kind is not None:
            if link.allowed and link.url not in self.documents:
                self.documents[link.url] = {"url": link.url, "kind": link.kind, "found_on": found_on,
                                            "link_text": link.text}
            return
        assert link.key is not None
        if link.key in self.seen or depth > self.settings.max_depth or not link.allowed:
            return
        attempt = self.inflight.get(link.key)
        if attempt is not None:  # a page being visited is still a candidate: it may gain a role
            attempt.candidate.merge(depth=depth, role=link.role, link_text=link.text)
        else:
            self.frontier.push(link.url, depth=depth, role=link.role, found_on=found_on, link_text=link.text)

    async def _discover(self, url: str, depth: int, dom: dict[str, Any]) -> None:
        raw = [(a.get("href", ""), "", "", True) for a in dom.get("hreflang", [])]
        raw += [(link.get("href", ""), link.get("text", ""), link.get("hreflang", ""), False)
                for link in dom.get("links", [])]
        await self._add_links(raw, depth=depth + 1, found_on=url)

    def _mark_seen(self, url: str | None, stored_url: str | None = None) -> None:
        """A page key is done with: it leaves the frontier, and a speculative visit of it
        is no longer needed."""
        if not url:
            return
        key = page_key(url)
        self.seen.add(key)
        if stored_url is not None:
            self.key_urls.setdefault(key, stored_url)
        self.frontier.remove(key)
        attempt = self.inflight.pop(key, None)
        if attempt is not None:
            self._discard(attempt, superseded=True)

    async def _accept(self, record: dict[str, Any], digest: str | None = None) -> None:
        """Take a stored page into the crawl's state: committed now, or replayed from an
        interrupted run (the same steps, so a resumed crawl is in the same state).
        ``digest``: the page's ``content_hash``, where the caller has it already."""
        url, final_url, dom = record["url"], record.get("final_url"), record.get("dom")
        if digest is None and record.get("error") is None:
            digest = content_hash(dom)
        self.result.pages.append(PageSummary(url, final_url, record.get("error"), record.get("role") or "other",
                                             record.get("depth") or 0, digest))
        reached = final_url or url  # how a duplicate's note names the page
        for seen_url in (url, *(record.get("redirects") or []), final_url):
            self._mark_seen(seen_url, reached)
        if digest is not None:
            self.hashes.setdefault(digest, reached)
        if record.get("error") is None and dom and self.in_site(final_url or url):
            await self._discover(url, record.get("depth") or 0, dom)

    # -- visiting ----------------------------------------------------------------------
    async def _attempt(self, attempt: Attempt) -> Outcome:
        url, settings = attempt.candidate.url, self.settings
        robots_warning = None
        if settings.respect_robots and origin(url) != self.start_origin:
            policy = await self.politeness.robots(url, self.session, settings.delay)
            robots_warning = policy.warning
            if not policy.allowed(url):
                return Outcome(skipped=f"robots.txt of {origin(url)} disallows it", robots_warning=robots_warning)
        if await self._resolves_private(url):
            visit = PageVisit(url=url)
            visit.fail((PageErrorKind.PRIVATE_ADDRESS, "host resolves to a private address; not followed"))
            return Outcome(visit)
        await self.politeness.wait(url, settings.delay)

        async def before_request() -> None:
            await self.politeness.pace(url, settings.delay)
            attempt.requested = True

        async with self.slots:
            started = time.monotonic()
            visit = await self.session.visit(
                url, allow_navigation=self.in_site, before_request=before_request,
                page_timeout=settings.page_timeout, axe_timeout=settings.axe_timeout,
                screenshot=settings.screenshots, axe_options=self.task.axe_options,
            )
        # The server's latency, not the time axe-core and the screenshot took.
        latency = visit.load_ms / 1000 if visit.load_ms is not None else time.monotonic() - started
        self.politeness.observe(url, latency, settings.delay)
        return Outcome(visit, robots_warning=robots_warning)

    def _dispatch(self, candidate: Candidate) -> None:
        attempt = Attempt(candidate)
        attempt.task = asyncio.create_task(self._attempt(attempt))
        self.inflight[candidate.key] = attempt
        self.result.stats.dispatched += 1

    def _discard(self, attempt: Attempt, *, superseded: bool = False) -> None:
        """Throw a speculative visit away: outranked by pages found since it was sent, or
        ``superseded`` (its page was reached by a redirect of a committed one)."""
        assert attempt.task is not None
        stats = self.result.stats
        if superseded:
            stats.superseded += 1
        else:
            stats.discarded += 1
            stats.discarded_requested += attempt.requested
        self._stop(attempt.task)

    def _stop(self, task: asyncio.Task[Outcome]) -> None:
        """Cancel a visit; one already finished just lets its result go."""
        if task.done():
            if not task.cancelled():
                task.exception()  # retrieved: a failed visit nobody waits for is not an error
            return
        task.cancel()
        self._cancelled.add(task)
        task.add_done_callback(self._cancelled.discard)

    def _budget_left(self) -> int:
        """Pages still to audit: a page that failed (a 404, a time-out) uses none of the
        budget, but no more than as many again as the budget are tried in all."""
        pages = self.result.pages
        audited = sum(1 for page in pages if page.error is None)
        return min(self.settings.max_pages - audited, 2 * self.settings.max_pages - len(pages))

    def _plan(self) -> None:
        """Make the visits in flight the best pages of what is left, within the window."""
        # The pages loading plus as many finished ones waiting for a slower, better-ranked
        # page before them: a slow page does not idle the other slots. At concurrency 1
        # this is the sequential crawl itself, with nothing speculative.
        window = min(self._budget_left(), 2 * self.concurrency - 1)
        if self.start_key not in self.seen:
            # Until the start page is committed nothing else is: its links reorder nearly
            # everything, so pages sent before it would mostly be thrown away.
            window = min(window, 1)
        pool = sorted([a.candidate for a in self.inflight.values()] + self.frontier.best(window),
                      key=lambda c: c.rank)[:max(window, 0)]
        chosen = {c.key for c in pool}
        for key, attempt in list(self.inflight.items()):
            if key not in chosen:
                del self.inflight[key]
                self._discard(attempt)
                self.frontier.put(attempt.candidate)
        for candidate in pool:
            if candidate.key not in self.inflight:
                self.frontier.remove(candidate.key)
                self._dispatch(candidate)

    def _note_duplicate(self, candidate: Candidate, of: str, reason: str) -> None:
        self.result.stats.duplicates += 1
        self.result.duplicates.append({"url": candidate.url, "duplicate_of": of, "reason": reason})

    async def _commit(self, candidate: Candidate, outcome: Outcome) -> None:
        """The sequential algorithm's step for the page it would visit now."""
        if outcome.robots_warning and outcome.robots_warning not in self.result.warnings:
            self.result.warnings.append(outcome.robots_warning)
        self._mark_seen(candidate.url)
        if outcome.skipped is not None:
            self.result.stats.robots_skipped += 1
            return
        visit = outcome.visit
        assert visit is not None
        if visit.error_kind == PageErrorKind.NOT_HTML:
            # A document is not a page: it costs no page of the budget.
            self.result.stats.documents += 1
            self.documents[candidate.url] = {"url": candidate.url,
                                             "kind": document_kind_from_mime(visit.content_type or ""),
                                             "found_on": candidate.found_on,
                                             "link_text": (candidate.link_texts or [""])[0]}
            return
        reached = [u for u in (*visit.redirects, visit.final_url) if u and page_key(u) != candidate.key]
        audited = next((page_key(u) for u in reached if page_key(u) in self.key_urls), None)
        if audited is not None:
            self._note_duplicate(candidate, self.key_urls[audited], "redirects to it")
            return
        digest = content_hash(visit.dom) if visit.error is None else None
        if digest is not None and digest in self.hashes:
            self._note_duplicate(candidate, self.hashes[digest], "same title and text")
            return
        dom = visit.dom or {}
        if candidate.found_on is None:
            role = "home"
        else:
            role = recorded_role(candidate.role or classify(
                [dom.get("title", ""), *[h["text"] for h in dom.get("headings", [])[:1]]],
                visit.final_url or candidate.url))
        record = page_record(candidate, visit, role)
        await self.on_page(self.task.site_id, record, visit.screenshot)
        await self._accept(record, digest)

    async def _speculate(self) -> None:
        try:
            while True:
                self._plan()
                if not self.inflight:
                    return
                best = min(self.inflight.values(), key=lambda a: a.candidate.rank)
                assert best.task is not None
                if not best.task.done():
                    running = [a.task for a in self.inflight.values() if a.task is not None and not a.task.done()]
                    await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                    continue
                del self.inflight[best.candidate.key]
                await self._commit(best.candidate, best.task.result())
        finally:
            # Interrupted or failed: no visit may go on under a closing browser context.
            for attempt in self.inflight.values():
                if attempt.task is not None:
                    self._stop(attempt.task)
            self.inflight.clear()
            await asyncio.gather(*self._cancelled, return_exceptions=True)

    # -- the site ----------------------------------------------------------------------
    async def run(self) -> SiteCrawl:
        settings = self.settings
        self.session = await self.driver.open_session(
            settings.user_agent, block_private=not self.scope.start_is_private, is_private=is_private_url,
            start_url=self.task.url)
        try:
            await self._crawl()
            await self._run_flows()
        finally:
            await self.session.close()
        self._conclude()
        return self.result

    async def _run_flows(self) -> None:
        """The site's flows, one after another, each holding a page slot while it runs;
        audits an interrupted run already stored are not stored again."""
        runner = FlowRunner(site_id=self.task.site_id, site_url=self.task.url, session=self.session,
                            settings=self.settings, axe_options=self.task.axe_options, on_page=self.on_page,
                            politeness=self.politeness, in_site=self.in_site)
        for flow in self.task.flows:
            stored = self.flow_pages.get(flow.name, set())
            if stored >= set(flow.audit_names()):
                continue
            async with self.slots:
                error = await runner.run(flow, stored, self._note_flow_page)
            if error is not None:
                self.result.flow_errors.append(error)
        # Counted in the site's status only now: the crawl's page budget is its own.
        self.result.pages.extend(self.flow_summaries)

    def _note_flow_page(self, record: dict[str, Any]) -> None:
        """A flow's page, stored now or by the interrupted run this one resumes: it counts
        in the site's status; its links are not followed (the crawl is not logged in)."""
        self.flow_summaries.append(PageSummary(record["url"], record.get("final_url"), record.get("error"),
                                               record.get("role") or "other", 0, None))
        label = record["flow"]
        self.flow_pages.setdefault(label["name"], set()).add(label["audit"])

    async def _crawl(self) -> None:
        settings, task = self.settings, self.task
        start = canonical(task.url)
        if settings.respect_robots:
            self.robots = await self.politeness.robots(start, self.session, settings.delay)
            if self.robots.warning:
                self.result.warnings.append(self.robots.warning)
            if not self.robots.allowed(start):
                self.result.status, self.result.error = "failed", (
                    "robots.txt disallows the start URL for barrieraudit "
                    "(a site's owner can set respect_robots: false)")
                return
        self.frontier.push(start, depth=0, role=None, found_on=None)
        self._push_listed_pages()
        named = list(dict.fromkeys([*task.sitemaps, *self.robots.sitemaps]))
        sitemap_urls, warnings = await read_sitemaps(
            self.session, start, named, FETCH_TIMEOUT, self.allowed,
            before_fetch=lambda url: self.politeness.pace(url, settings.delay))
        self.result.warnings.extend(warnings)
        await self._add_links([(url, "", "", False) for url in sitemap_urls], depth=1, found_on="sitemap")
        # The same steps as when these pages were committed, in the same order.
        for record in task.done_pages:
            if record.get("flow"):
                self._note_flow_page(record)
            else:
                await self._accept(record)
        task.done_pages = []
        await self._speculate()

    def _push_listed_pages(self) -> None:
        """The config's ``pages:``, queued right after the start page, in their order (the
        config made sure they are inside the site; robots.txt may still disallow one)."""
        for n, url in enumerate(self.task.pages, start=1):
            url = canonical(url)
            if not self.allowed(url):
                self.result.warnings.append(f"{url} (listed in pages) is disallowed by robots.txt: not audited "
                                            "(a site's owner can set respect_robots: false)")
                continue
            self.frontier.push(url, depth=0, role=None, found_on="config", seed=n)

    def _conclude(self) -> None:
        result = self.result
        left = [url for url in self.task.pages if page_key(url) not in self.seen and self.allowed(canonical(url))]
        if left and result.status != "failed":
            result.warnings.append(f"{len(left)} page{'s' if len(left) > 1 else ''} listed in pages not audited: "
                                   f"max_pages ({self.settings.max_pages}) was spent first (first: {left[0]})")
        result.documents = list(self.documents.values())
        duplicates = result.duplicates
        for note in duplicates[:MAX_DUPLICATE_NOTES]:
            result.warnings.append(f"{note['url']} is the page {note['duplicate_of']} ({note['reason']}): "
                                   "not audited twice")
        if len(duplicates) > MAX_DUPLICATE_NOTES:
            result.warnings.append(f"{len(duplicates) - MAX_DUPLICATE_NOTES} more URLs were pages already audited")
        if result.status == "failed":
            return
        pages = result.pages
        ok = [p for p in pages if p.error is None]
        home = next((p for p in pages if p.role == "home"), None)
        if not ok:
            result.status = "failed"
            reason = home.error if home else "no page could be audited"
            result.error = "; ".join([f"start page: {reason}" if home else reason, *result.flow_errors])
        elif len(ok) < len(pages) or result.flow_errors:
            result.status = "partial"
            failed = len(pages) - len(ok)
            counted = [f"{failed} of {len(pages)} pages could not be audited"] if failed else []
            result.error = "; ".join(counted + result.flow_errors)


async def audit_site(task: SiteTask, driver: Driver, slots: AbstractAsyncContextManager[Any], on_page: PageSink,
                     concurrency: int, politeness: Politeness | None = None) -> SiteCrawl:
    """Crawl and gather one site; every failure becomes the site's recorded error."""
    crawler = SiteCrawler(task, driver, slots, on_page, concurrency, politeness or Politeness())
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
