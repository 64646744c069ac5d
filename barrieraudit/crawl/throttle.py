"""Per-host politeness: a delay between requests that adapts to the server.

The delay starts at the configured ``delay`` (or the robots.txt ``Crawl-delay`` when
larger) and follows Scrapy's AutoThrottle: after each response it moves halfway
towards the observed latency, never below the configured delay and never above
``MAX_DELAY``. A ``delay`` of 0 (one's own site, loopback fixtures) turns it off.
"""

from __future__ import annotations

import asyncio
import time

MAX_DELAY = 30.0


class HostThrottle:
    """Two waits: ``wait`` schedules a visit before it takes a browser slot, so waiting
    pages do not hold slots other sites could use; ``pace`` runs just before the
    request is sent and makes the spacing exact despite the time it takes to open a
    page."""

    def __init__(self, delay: float, crawl_delay: float | None = None):
        self.minimum = max(delay, crawl_delay or 0.0)
        self.delay = self.minimum
        self._next: dict[str, float] = {}
        self._sent: dict[str, float] = {}

    async def wait(self, host: str) -> None:
        if self.minimum <= 0:
            return
        now = time.monotonic()
        slot = max(now, self._next.get(host, now))
        self._next[host] = slot + self.delay
        if slot > now:
            await asyncio.sleep(slot - now)

    async def pace(self, host: str) -> None:
        if self.minimum <= 0:
            return
        now = time.monotonic()
        slot = max(now, self._sent.get(host, now - self.delay) + self.delay)
        self._sent[host] = slot
        if slot > now:
            await asyncio.sleep(slot - now)

    def observe(self, latency_s: float) -> None:
        if self.minimum <= 0:
            return
        target = (self.delay + latency_s) / 2
        self.delay = min(MAX_DELAY, max(self.minimum, target))
