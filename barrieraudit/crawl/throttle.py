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
        self._went: float | None = None  # when the last request was let through
        self._turns: asyncio.Lock | None = None  # made on first use: not pickled

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_turns": None}

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
        # One caller at a time, each measuring from when the one before actually went:
        # a busy event loop that wakes a caller late cannot squeeze the next one closer.
        if self._turns is None:
            self._turns = asyncio.Lock()
        gap = self.spacing(minimum)
        async with self._turns:
            if self._went is not None and gap > 0:
                remaining = self._went + gap - time.monotonic()
                if remaining > 0:
                    await asyncio.sleep(remaining)
            self._went = time.monotonic()

    def observe(self, latency_s: float, minimum: float) -> None:
        if minimum <= 0:
            return
        target = (max(self.delay, minimum) + latency_s) / 2
        self.delay = min(MAX_DELAY, max(minimum, target))
