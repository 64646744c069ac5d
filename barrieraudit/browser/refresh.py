"""Client-side redirects and load time, from what the landed page reports about itself.

A page may send the browser on by itself: a ``<meta http-equiv="refresh">`` or a
``Refresh`` header (GitHub Pages, language landing pages), or a script that sets
``location`` while it loads. The driver follows such a redirect inside the site and
reports it like a server redirect, with a warning worded here. A refresh counts as a
redirect when it names another URL and fires within ``MAX_REFRESH_DELAY`` seconds: a
page that reloads itself every few minutes is read, not followed.

Load time comes from the browser's Navigation Timing (``loadEventEnd`` from the
navigation's start, redirects included), not from a clock in this process that also
counts time the event loop was busy elsewhere.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urldefrag, urljoin

MAX_REFRESH_DELAY = 5.0  # seconds; "you will be redirected in 5 seconds" is still a redirect

# Evaluated in the landed page: declared refreshes and navigation timing.
PAGE_STATE_JS = """
() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    url: location.href,
    refresh: [...document.querySelectorAll("meta[http-equiv]")]
      .filter((m) => m.getAttribute("http-equiv").trim().toLowerCase() === "refresh")
      .map((m) => m.getAttribute("content") || ""),
    time_origin: performance.timeOrigin,
    load_end: nav ? nav.loadEventEnd : 0,
    dom_ready: nav ? nav.domContentLoadedEventEnd : 0,
    now: performance.now(),
  };
}
"""

_REFRESH = re.compile(r"""^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?(['"]?)(.*?)\2\s*)?$""", re.IGNORECASE | re.DOTALL)


def parse_refresh(content: str) -> tuple[float, str | None] | None:
    """``"0; url=/en/"`` -> ``(0.0, "/en/")``; ``"300"`` -> ``(300.0, None)``; junk -> None."""
    match = _REFRESH.match(content or "")
    if not match:
        return None
    url = (match.group(3) or "").strip()
    return float(match.group(1)), url or None


def declared_refresh(meta_contents: list[str], header: str, page_url: str) -> float | None:
    """The delay of a declared redirect to another URL within MAX_REFRESH_DELAY, else None.

    The first declaration wins (HTML's "shared declarative refresh steps"): the Refresh
    header, processed when the document is created, then the meta elements in order.
    """
    for content in [header, *meta_contents]:
        parsed = parse_refresh(content) if content else None
        if parsed is None:
            continue
        delay, url = parsed
        if url is None or delay > MAX_REFRESH_DELAY:
            return None  # a reload, or a move long after a reader has seen the page
        if urldefrag(urljoin(page_url, url))[0] == urldefrag(page_url)[0]:
            return None
        return delay
    return None


_HOW = {"metaTagRefresh": "a meta refresh", "httpHeaderRefresh": "a Refresh header",
        "scriptInitiated": "a script", "formSubmissionGet": "a form it submits by itself",
        "formSubmissionPost": "a form it submits by itself"}


def client_redirect_warning(url: str, reason: str) -> str:
    how = _HOW.get(reason, "itself")
    return f"the page sends the browser on to {url} by itself ({how}); the page it leads to was audited"


def load_time_ms(state: dict[str, Any], first_request_wall: float | None, client_redirected: bool) -> int:
    """Milliseconds from the first request of the visit to the landed page's load event.

    Server redirects are inside the landed page's navigation timing; client redirects
    add the time from the first document's request to the landed document's start.
    A page gathered before its load event counts the time it had been loading.
    """
    elapsed = state.get("load_end") or state.get("now") or 0.0
    if client_redirected and first_request_wall:
        elapsed += max(0.0, state.get("time_origin", 0.0) - first_request_wall * 1000)
    return round(elapsed)
