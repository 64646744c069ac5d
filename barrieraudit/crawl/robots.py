"""robots.txt, read with protego as Scrapy does.

RFC 9309 semantics: a missing robots.txt (4xx) allows everything; a server error
(5xx) means the site asks not to be crawled at all; a file that cannot be parsed
allows everything with a warning. ``Crawl-delay`` for our agent (or ``*``) is
honoured, and ``Sitemap:`` lines are returned for the sitemap reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from protego import Protego

from ..browser.interface import Session
from ..config import ROBOTS_AGENT


@dataclass
class RobotsPolicy:
    parser: Protego | None = None
    disallow_all: bool = False
    crawl_delay: float | None = None
    sitemaps: list[str] = field(default_factory=list)
    warning: str | None = None

    def allowed(self, url: str) -> bool:
        if self.disallow_all:
            return False
        return True if self.parser is None else self.parser.can_fetch(url, ROBOTS_AGENT)


ALLOW_ALL = RobotsPolicy()


def parse_robots(text: str) -> RobotsPolicy:
    try:
        parser = Protego.parse(text)
        delay = parser.crawl_delay(ROBOTS_AGENT)
        return RobotsPolicy(parser, crawl_delay=float(delay) if delay else None,
                            sitemaps=list(parser.sitemaps))
    except Exception as exc:  # noqa: BLE001 -- any parse failure means allow-all, per Scrapy
        return RobotsPolicy(warning=f"robots.txt could not be parsed ({exc}); crawling as if allowed")


async def load_robots(session: Session, robots_url: str, timeout: float) -> RobotsPolicy:
    """Read one origin's robots.txt; warnings name it, since a site may span several."""
    result = await session.fetch(robots_url, timeout)
    if result.error:
        return RobotsPolicy(warning=f"{robots_url} unreachable ({result.error}); crawling as if allowed")
    if result.status is not None and result.status >= 500:
        return RobotsPolicy(disallow_all=True,
                            warning=f"{robots_url} answered HTTP {result.status}: treated as disallow-all (RFC 9309)")
    if result.status is None or result.status >= 400:
        return ALLOW_ALL
    policy = parse_robots(result.text)
    if policy.warning:
        policy.warning = f"{robots_url}: {policy.warning}"
    return policy
