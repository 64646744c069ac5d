"""The interface between the crawler and a browser driver.

Gatherers are JavaScript evaluated in the page (``gather.js``) plus what the driver
itself observes (status, redirects, network bytes, timing, screenshot). Everything a
driver returns is plain data, so artifacts can be stored and evaluated without it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from .failures import PageErrorKind


@dataclass(frozen=True)
class FetchResult:
    """A text resource fetched outside a page (robots.txt, sitemaps)."""

    url: str
    status: int | None
    content_type: str
    text: str
    error: str | None = None


@dataclass
class PageVisit:
    """Everything gathered from one page load. ``error`` set means the load failed.

    ``redirects`` is the chain before ``final_url``: server hops and client-side
    redirects (meta refresh, script) alike, the latter also named in a warning.
    ``load_ms`` is the browser's navigation timing up to the load event. ``requests``
    holds every response with its bytes on the wire (``data:`` URIs are not requests).
    """

    url: str
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None  # media type: text/html, application/xhtml+xml, image/svg+xml…
    load_ms: int | None = None
    redirects: list[str] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    dom: dict[str, Any] | None = None  # the result of gather.js
    axe: dict[str, Any] | None = None  # axe-core's results, trimmed
    screenshot: bytes | None = None  # JPEG thumbnail of the viewport
    error: str | None = None  # one plain-language line, worded by ``failures``
    error_kind: PageErrorKind | None = None  # why, as a fixed kind: match on this, not on ``error``
    warnings: list[str] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        """Bytes on the wire: headers plus encoded body of every response, the document included."""
        return sum(r.get("bytes") or 0 for r in self.requests)

    def fail(self, failure: tuple[PageErrorKind, str]) -> None:
        self.error_kind, self.error = failure


class StepFailed(Exception):
    """A flow's step could not be done: a fixed kind and a plain reason worded by
    ``failures`` (never the driver's text, never a value the step typed)."""

    def __init__(self, failure: tuple[PageErrorKind, str]):
        super().__init__(failure[1])
        self.kind, self.reason = failure


class FlowPage(Protocol):
    """One browser page driven step by step (``crawl/flows``), in a context of its own:
    its cookies (a login) last as long as the flow. Every step raises ``StepFailed``
    when it cannot be done; one that leads the page somewhere waits until it has loaded.
    Navigation stays inside the site, as in a visit."""

    @property
    def url(self) -> str: ...

    async def navigate(self, url: str, *, page_timeout: float) -> None: ...

    async def click(self, selector: str, *, timeout: float, page_timeout: float) -> None: ...

    async def fill(self, selector: str, value: str, *, timeout: float, page_timeout: float) -> str:
        """Type ``value`` into a field; returns the field's type (``password``, ``text``…)."""
        ...

    async def select(self, selector: str, value: str, *, timeout: float, page_timeout: float) -> None: ...

    async def set_checked(self, selector: str, checked: bool, *, timeout: float, page_timeout: float) -> None: ...

    async def wait_for_selector(self, selector: str, *, timeout: float, page_timeout: float) -> None: ...

    async def wait_for_url(self, matches: Any, *, timeout: float, page_timeout: float) -> None:
        """Wait until ``matches(url)`` holds for the page's URL."""
        ...

    async def audit(self, *, page_timeout: float, axe_timeout: float, screenshot: bool,
                    axe_options: dict[str, Any]) -> PageVisit:
        """Gather the page as it is now, as a visit gathers a page it loaded."""
        ...

    async def close(self) -> None: ...


class Session(Protocol):
    """One site's browsing: cookies and cache are not shared between sites."""

    async def fetch(self, url: str, timeout: float) -> FetchResult: ...

    async def visit(self, url: str, *, allow_navigation: Any, page_timeout: float,
                    axe_timeout: float, screenshot: bool, axe_options: dict[str, Any],
                    before_request: Any = None) -> PageVisit:
        """Load and gather one page; ``before_request`` is awaited just before it is requested."""
        ...

    async def open_flow(self, *, allow_navigation: Any) -> FlowPage:
        """A page in a fresh browser context (no cookies) for one flow."""
        ...

    async def close(self) -> None: ...


class Driver(Protocol):
    """One browser for the whole run."""

    name: str
    browser_version: str

    async def start(self, max_tabs: int = 4) -> None:
        """Launch the browser; at most ``max_tabs`` pages are open at once, across all sessions."""
        ...

    async def limit_tabs(self, tabs: int) -> None:
        """From now on at most ``tabs`` pages open (within ``max_tabs``): the machine is
        busy, or has room again (``crawl.load``). Pages over it close as they are freed."""
        ...

    async def open_session(self, user_agent: str, *, block_private: bool,
                           is_private: Any = None, start_url: str = "") -> Session:
        """A site's session; ``start_url`` tells the browser which site it is (a page
        that has been on that site is not handed to it without a reset)."""
        ...

    async def close(self) -> None: ...
