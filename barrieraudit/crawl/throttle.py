"""Per-host politeness: a delay between requests that adapts to the server.

One ``HostThrottle`` per host name for the whole run (``politeness.Politeness`` keeps
them), shared by every site on that host. Each request names its ``minimum``: the
configured ``delay`` of the site asking, or the host's robots.txt ``Crawl-delay``
when larger. On top of it the delay follows Scrapy's AutoThrottle: after each
response it moves halfway towards the observed latency, never below the minimum and
never above ``MAX_DELAY``. A minimum of 0 (one's own site, loopback fixtures) turns
waiting off for that request.
"""

from __future__ import annotations

import asyncio
import time

MAX_DELAY = 30.0


class HostThrottle:
    """Two waits: ``wait`` books a time for a visit before it takes a browser slot, so
    waiting pages do not hold slots other sites could use; ``pace`` runs just before
    the request is sent and makes the spacing exact despite the time it takes to open
    a page. robots.txt and sitemap requests go through ``pace`` alone."""

    def __init__(self) -> None:
        self.delay = 0.0  # the adaptive part, from observed latencies
        self._booked: float | None = None  # the last time handed out by ``wait``
        self._sent: float | None = None  # when the last request was let through

    def spacing(self, minimum: float) -> float:
        return 0.0 if minimum <= 0 else min(MAX_DELAY, max(minimum, self.delay))

    async def wait(self, minimum: float) -> None:
        gap = self.spacing(minimum)
        if gap <= 0:
            return
        now = time.monotonic()
        slot = now if self._booked is None else max(now, self._booked + gap)
        self._booked = slot
        if slot > now:
            await asyncio.sleep(slot - now)

    async def pace(self, minimum: float) -> None:
        gap = self.spacing(minimum)
        now = time.monotonic()
        slot = now if self._sent is None or gap <= 0 else max(now, self._sent + gap)
        # Booked before sleeping, so concurrent callers line up one gap apart.
        self._sent = slot
        if slot > now:
            await asyncio.sleep(slot - now)

    def observe(self, latency_s: float, minimum: float) -> None:
        if minimum <= 0:
            return
        target = (max(self.delay, minimum) + latency_s) / 2
        self.delay = min(MAX_DELAY, max(minimum, target))
