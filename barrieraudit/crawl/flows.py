"""Running a site's flows (``steps.py``): scripted steps, and the pages they audit.

Flows run after the site's crawl, one after another, each in a browser context of
its own (``Session.open_flow``): a login in one flow lasts for that flow's later
steps and audits, and for nothing else; the crawl stays unauthenticated. A flow
that does not start with ``navigate`` starts on the site's URL.

Each ``audit`` step stores the page as it is then, as one page of the site, with a
``flow`` label (flow, audit, step number). Its ``url`` is where the browser is, with
a fragment naming the flow and the audit (``…/register#flow=registration/contact``),
so the step pages of a form that keeps one URL, or a private page that the crawl
also reached logged out, are pages of their own with their own findings; its
``final_url`` is the browser's URL as it is.

A step that cannot be done stops its flow with one line (flow, step, what failed),
recorded as an error of the site; the other flows and the crawl's pages stand.
Values read from the environment (``${NAME}``) are struck out of everything a flow
hands on: page records, error lines. A flow that typed one into a field other than
a password field (which the browser shows masked) takes no more screenshots.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from typing import Any
from urllib.parse import urldefrag, urljoin

from ..browser.failures import PageErrorKind
from ..browser.interface import FlowPage, PageVisit, Session, StepFailed
from ..config import Settings
from ..steps import Flow, Step, expand, redact
from .politeness import Politeness
from .record import PageSink, visit_record
from .roles import classify, recorded_role


def flow_page_url(landed: str, flow: str, audit: str) -> str:
    """A flow page's identity: where the browser is, with the flow and audit as fragment."""
    return f"{urldefrag(landed)[0]}#flow={flow}/{audit}"


def url_matcher(site_url: str, pattern: str) -> Callable[[str], bool]:
    """``wait_for: {url: …}``: a URL or a path (relative to the site), ``*`` as wildcard;
    the fragment of the page's URL is ignored unless the pattern has one."""
    wanted = urljoin(site_url, pattern)
    if "*" in pattern:
        return lambda url: fnmatch.fnmatchcase(url, wanted) or fnmatch.fnmatchcase(urldefrag(url)[0], wanted)
    if "#" in wanted:
        return lambda url: url == wanted
    return lambda url: urldefrag(url)[0] == wanted


def flow_record(visit: PageVisit, flow: Flow, audit: str, number: int) -> dict[str, Any]:
    """The stored artifact of a flow's audit: a crawled page's fields, and its label."""
    dom = visit.dom or {}
    landed = visit.final_url or visit.url
    role = recorded_role(classify([dom.get("title", ""), *[h["text"] for h in dom.get("headings", [])[:1]]],
                                  landed))
    record = visit_record(visit, flow_page_url(landed, flow.name, audit), role, depth=None, found_on=None,
                          link_texts=[])
    record["flow"] = {"name": flow.name, "audit": audit, "step": number}
    return record


def step_error(flow: Flow, number: int, step: Step, failure: StepFailed) -> str:
    """The one line a stopped flow leaves: flow, step, what the step is, what failed."""
    reason = failure.reason
    if failure.kind is PageErrorKind.HTTP_STATUS:
        reason = f"the page {'' if step.kind == 'navigate' else 'it led to '}answered {reason}"
    where = f"step {number}" if number else "its start (the site's URL)"
    return f"flow {flow.name!r}, {where} ({step.describe()}): {reason}"


class FlowRunner:
    """Runs one site's flows through its session; ``on_page`` stores each audited page."""

    def __init__(self, *, site_id: str, site_url: str, session: Session, settings: Settings,
                 axe_options: dict[str, Any], on_page: PageSink, politeness: Politeness,
                 in_site: Callable[[str], bool]):
        self.site_id, self.site_url, self.session = site_id, site_url, session
        self.settings, self.axe_options, self.on_page = settings, axe_options, on_page
        self.politeness, self.in_site = politeness, in_site

    async def run(self, flow: Flow, stored: set[str], stored_page: Callable[[dict[str, Any]], None]) -> str | None:
        """Run ``flow``; audits named in ``stored`` (an interrupted run's) are not stored
        again. Returns the flow's error line, or None."""
        steps = flow.actions()
        numbered = list(enumerate(steps, 1))
        if steps[0].kind != "navigate":
            numbered.insert(0, (0, Step("navigate", url=self.site_url)))
        secrets: list[str] = []
        unmasked = False  # a secret was typed into a field the screenshot would show
        try:
            page = await self.session.open_flow(allow_navigation=self.in_site)
        except StepFailed as failure:
            return f"flow {flow.name!r}: no page could be opened for it ({failure.reason})"
        try:
            for number, step in numbered:
                try:
                    if step.kind == "audit":
                        assert step.name is not None
                        if step.name in stored:
                            continue
                        record, shot = await self._audit(page, flow, step.name, number, unmasked)
                        record = redact(record, secrets)
                        await self.on_page(self.site_id, record, shot)
                        stored_page(record)
                        if record["error"] is not None:
                            raise StepFailed((PageErrorKind.UNREADABLE, record["error"]))
                        continue
                    typed, field = await self._do(page, flow, step)
                    secrets += typed
                    unmasked = unmasked or bool(typed and field != "password")
                except StepFailed as failure:
                    return redact(step_error(flow, number, step, failure), secrets)
        finally:
            await page.close()
        return None

    async def _do(self, page: FlowPage, flow: Flow, step: Step) -> tuple[list[str], str]:
        """Do one step; returns the secrets it typed and the kind of field it typed into."""
        settings = self.settings
        timings = {"timeout": step.timeout or flow.timeout, "page_timeout": settings.page_timeout}
        if step.kind == "navigate":
            assert step.url is not None
            url = urljoin(self.site_url, step.url)
            # robots.txt of the URL's origin, read once for the run (the start origin's by the crawl).
            if settings.respect_robots and not (await self.politeness.robots(url, self.session,
                                                                             settings.delay)).allowed(url):
                raise StepFailed((PageErrorKind.OUT_OF_SCOPE, "robots.txt disallows it for barrieraudit "
                                  "(a site's owner can set respect_robots: false)"))
            await self._pace(url)
            await page.navigate(url, page_timeout=settings.page_timeout)
            return [], ""
        if step.kind == "wait_for" and step.url is not None:
            await page.wait_for_url(url_matcher(self.site_url, step.url), **timings)
            return [], ""
        assert step.selector is not None
        if step.kind == "wait_for":
            await page.wait_for_selector(step.selector, **timings)
            return [], ""
        if step.kind in ("fill", "select"):
            assert step.value is not None
            try:
                value, secrets = expand(step.value)
            except KeyError as missing:
                raise StepFailed((PageErrorKind.STEP, f"environment variable {missing.args[0]} is not set")) \
                    from None
            if step.kind == "fill":
                return secrets, await page.fill(step.selector, value, **timings)
            await self._pace(page.url)
            await page.select(step.selector, value, **timings)
            return secrets, "select"
        await self._pace(page.url)
        if step.kind == "click":
            await page.click(step.selector, **timings)
        else:
            await page.set_checked(step.selector, step.kind == "check", **timings)
        return [], ""

    async def _audit(self, page: FlowPage, flow: Flow, audit: str, number: int,
                     unmasked: bool) -> tuple[dict[str, Any], bytes | None]:
        settings = self.settings
        visit = await page.audit(page_timeout=settings.page_timeout, axe_timeout=settings.axe_timeout,
                                 screenshot=settings.screenshots and not unmasked, axe_options=self.axe_options)
        if settings.screenshots and unmasked:
            visit.warnings.append("no screenshot: the flow typed a secret into a field that is not a password field")
        return flow_record(visit, flow, audit, number), visit.screenshot

    async def _pace(self, url: str) -> None:
        """A step that may request a page waits its turn with the host, as a page does."""
        await self.politeness.pace(url, self.settings.delay)
