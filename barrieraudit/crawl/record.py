"""What one site's crawl hands on: page records for the store, and a light summary.

``page_record`` is the stored artifact of a page (the results contract's page fields
plus the raw artifacts); ``SiteCrawl`` is what the crawl keeps of the site, which grows
by one ``PageSummary`` per page, never by a page's artifacts. ``content_hash`` is a
page's identity by content, by which a second URL of one page is recognised.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from ..browser.interface import PageVisit
from .frontier import Candidate


@dataclass(frozen=True)
class PageSummary:
    """What the crawl keeps of a stored page: enough to conclude the site's status."""

    url: str
    final_url: str | None
    error: str | None
    role: str
    depth: int
    content_hash: str | None


@dataclass
class CrawlStats:
    """How speculation went: ``discarded`` visits were thrown away because a page found
    later ranked above them; ``discarded_requested`` of them had already been requested."""

    dispatched: int = 0
    discarded: int = 0
    discarded_requested: int = 0
    superseded: int = 0
    duplicates: int = 0
    documents: int = 0
    robots_skipped: int = 0


@dataclass
class SiteCrawl:
    site_id: str
    status: str = "ok"  # ok | partial | failed
    error: str | None = None
    pages: list[PageSummary] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)
    flow_errors: list[str] = field(default_factory=list)  # one line per flow that stopped (crawl/flows.py)
    stats: CrawlStats = field(default_factory=CrawlStats)


# Stores a committed page (site id, record, screenshot); awaited, so a store that
# falls behind slows the crawl instead of filling memory.
PageSink = Callable[[str, dict[str, Any], bytes | None], Awaitable[None]]


def page_record(candidate: Candidate, visit: PageVisit, role: str) -> dict[str, Any]:
    """The stored artifact of one page: the contract's page fields plus raw artifacts."""
    return visit_record(visit, candidate.url, role, depth=candidate.depth, found_on=candidate.found_on,
                        link_texts=candidate.link_texts[:10])


def visit_record(visit: PageVisit, url: str, role: str, *, depth: int | None, found_on: str | None,
                 link_texts: list[str]) -> dict[str, Any]:
    """A visit as stored under ``url``: crawled (``page_record``) or audited in a flow."""
    dom = visit.dom or {}
    return {
        "url": url,
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
        "depth": depth,
        "found_on": found_on,
        "link_texts": link_texts,
        "content_type": visit.content_type,
        "redirects": visit.redirects,
        "warnings": visit.warnings,
        "network": visit.requests,
        "dom": visit.dom,
        "axe": visit.axe,
    }


_SPACE = re.compile(r"\s+")


def content_hash(dom: dict[str, Any] | None) -> str | None:
    """A page's identity by content: its title and visible text, spacing ignored."""
    if not dom:
        return None
    title = _SPACE.sub(" ", dom.get("title") or "").strip()
    text = _SPACE.sub(" ", dom.get("text") or "").strip()
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:32]
