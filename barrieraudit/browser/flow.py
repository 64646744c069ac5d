"""A flow's page in Chromium: scripted steps, then a visit's gathering where it audits.

A flow runs in a browser context of its own, opened for it and closed after it, so
what it logs into stays with it: the crawl's lanes never see its cookies, and it
starts with none of theirs. The page is a ``Tab`` like a lane's, with the same
guards: navigation stays inside the site, a public site cannot reach private
addresses, pop-ups are closed. A step that can start a navigation (a click, a
choice, a tick) is watched for one: it is waited for until the page it leads to has
loaded, and fails the step if it leaves the site or answers with an error status.
An ``audit`` reads the page as it is, with the visit's own code (``PlaywrightSession``):
the redirect chain and load time of the navigation that led there, the bytes of the
document's requests, the screenshot, axe-core and the gatherer.

Every failure is a ``StepFailed`` worded by ``failures``; the driver's text (which
could quote a typed value) only goes to stderr under ``BARRIERAUDIT_DEBUG``, with the
typed value struck out.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from . import failures
from .failures import PageErrorKind
from .interface import PageVisit, StepFailed
from .tab import ScopePolicy, Tab

if TYPE_CHECKING:
    from .playwright_driver import PlaywrightSession

# Seconds a step that may navigate (a click, a choice, a tick) is watched for the start
# of a navigation; one that starts later (after a script's request) needs a wait_for.
NAVIGATION_GRACE = 0.5


class FlowOwner:
    """What a lane's opening needs to know of its owner; a flow holds no cookies."""

    def __init__(self, session: PlaywrightSession):
        self.user_agent = session.user_agent
        self.block_private = session.block_private
        self.cookies: list[dict[str, Any]] = []
        self.closed = False


class PlaywrightFlow:
    def __init__(self, session: PlaywrightSession, tab: Tab, allow_navigation: Callable[[str], bool]):
        self.session = session
        self.tab = tab
        self.policy = ScopePolicy(allow_navigation, session.block_private, session.is_private)
        self.started = False

    @property
    def url(self) -> str:
        return self.tab.page.url

    async def close(self) -> None:
        await self.session._driver.discard(self.tab, count=False)

    # -- steps --------------------------------------------------------------------------
    async def navigate(self, url: str, *, page_timeout: float) -> None:
        tab = self.tab
        tab.start_visit(self.policy)  # a new page: the last document's requests are not its
        self.started = True
        await self._settle(PageVisit(url=url), page_timeout)

    async def click(self, selector: str, *, timeout: float, page_timeout: float) -> None:
        await self._act(lambda: self.tab.page.click(selector, timeout=timeout * 1000), selector, "click",
                        timeout, page_timeout)

    async def fill(self, selector: str, value: str, *, timeout: float, page_timeout: float) -> str:
        page = self.tab.page
        await self._act(lambda: page.fill(selector, value, timeout=timeout * 1000), selector, "fill",
                        timeout, page_timeout, may_navigate=False, typed=value)
        try:
            kind = await page.eval_on_selector(selector, "e => (e.type || e.tagName || '').toLowerCase()")
        except PlaywrightError:
            kind = ""  # the field went away as it was filled
        return str(kind or "")

    async def select(self, selector: str, value: str, *, timeout: float, page_timeout: float) -> None:
        await self._act(lambda: self.tab.page.select_option(selector, value, timeout=timeout * 1000), selector,
                        "select an option of", timeout, page_timeout, typed=value, missing=" with that option")

    async def set_checked(self, selector: str, checked: bool, *, timeout: float, page_timeout: float) -> None:
        page = self.tab.page
        action = page.check if checked else page.uncheck
        await self._act(lambda: action(selector, timeout=timeout * 1000), selector,
                        "check" if checked else "uncheck", timeout, page_timeout)

    async def wait_for_selector(self, selector: str, *, timeout: float, page_timeout: float) -> None:
        await self._act(lambda: self.tab.page.wait_for_selector(selector, state="visible", timeout=timeout * 1000),
                        selector, "wait for", timeout, page_timeout, may_navigate=False)

    async def wait_for_url(self, matches: Callable[[str], bool], *, timeout: float, page_timeout: float) -> None:
        tab = self.tab
        commit = tab.commits
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not matches(tab.page.url):
            if tab.failure():
                raise StepFailed(tab.failure())
            if loop.time() >= deadline:
                raise StepFailed(failures.url_not_reached(timeout))
            await asyncio.sleep(0.1)
        if tab.commits != commit or tab.requested:
            await self._settle(PageVisit(url=tab.page.url), page_timeout)

    # -- the audit ----------------------------------------------------------------------
    async def audit(self, *, page_timeout: float, axe_timeout: float, screenshot: bool,
                    axe_options: dict[str, Any]) -> PageVisit:
        tab, session = self.tab, self.session
        visit = PageVisit(url=tab.page.url)
        try:
            await session._read_page(tab, visit, page_timeout, axe_timeout, screenshot, axe_options)
        except PlaywrightError as exc:
            failures.debug(visit.url, "flow audit", exc)
            visit.fail(failures.CRASHED if tab.crashed else failures.BROWSER)
        finally:
            tab.phase = "loading"
            tab.left = []
        return visit

    # -- plumbing -------------------------------------------------------------------------
    async def _act(self, action: Callable[[], Awaitable[Any]], selector: str, verb: str, timeout: float,
                   page_timeout: float, *, may_navigate: bool = True, typed: str | None = None,
                   missing: str = "") -> None:
        tab = self.tab
        if not self.started:
            raise StepFailed((PageErrorKind.STEP, "no page is open yet (start the flow with navigate)"))
        before, commit = set(tab.network), tab.commits
        tab.begin_step()
        try:
            await action()
        except PlaywrightTimeout as exc:
            self._debug(verb, exc, typed)
            if tab.failure() is None and tab.commits == commit and not tab.requested:
                raise StepFailed(failures.no_element(selector, timeout, missing)) from None
            # the action was done and its navigation is slow: waited for below, up to page_timeout
        except PlaywrightError as exc:
            self._debug(verb, exc, typed)
            if tab.crashed:
                raise StepFailed(failures.CRASHED) from None
            if tab.failure() is None and tab.commits == commit and not tab.requested:
                raise StepFailed(failures.unusable_element(selector, verb)) from None
            # the action's navigation failed (out of the site, a network error): said below
        loop = asyncio.get_running_loop()
        if may_navigate:
            await tab.wait_until(lambda: tab.failure() or tab.requested or tab.commits != commit,
                                 loop.time() + NAVIGATION_GRACE)
        if tab.failure():
            raise StepFailed(tab.failure())
        if tab.requested or tab.commits != commit:
            await self._settle(PageVisit(url=tab.page.url), page_timeout)
            # The document changed: the old one's requests are not the new page's weight.
            for key in before:
                tab.network.pop(key, None)
        else:
            tab.phase = "loading"

    async def _settle(self, visit: PageVisit, page_timeout: float) -> None:
        """Wait for the page a step loads to finish loading, as a visit would."""
        tab = self.tab
        deadline = asyncio.get_running_loop().time() + page_timeout
        try:
            await self.session._load(tab, visit, deadline, page_timeout)
        except PlaywrightError as exc:
            failures.debug(visit.url, "flow step", exc)
            visit.fail(failures.CRASHED if tab.crashed else failures.BROWSER)
        tab.phase = "loading"
        if visit.error_kind is not None:
            raise StepFailed((visit.error_kind, visit.error or ""))

    def _debug(self, verb: str, exc: BaseException, typed: str | None) -> None:
        text = str(exc)
        if typed:
            text = text.replace(typed, "[typed value]")
        failures.debug(self.tab.page.url, f"flow step ({verb})", text)
