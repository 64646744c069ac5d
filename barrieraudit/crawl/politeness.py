"""Politeness for the whole run, per host: robots.txt per origin, one throttle per host.

Scrapy keeps one download slot per host and one robots parser per netloc, and every
request of that host goes through them; so does this object, created once per run
(``pipeline.gather_run``) and handed to every site task. Two configured sites on one
host share its throttle, so the host sees one polite crawler, not two; a subdomain
reached from a site has its own robots.txt, read once for the run; robots.txt and
sitemap requests are paced like pages.

Its state is plain data (policies, times); the asyncio primitives it needs are made
on first use and left out when it is pickled. A distributed run (``cluster.py``)
keeps it whole per host by sending every site of a host (or registrable domain) to
one task, on one worker: this object there is that host's only crawler.
"""

from __future__ import annotations

import asyncio
from typing import Any

from ..browser.interface import Session
from .robots import RobotsPolicy, load_robots
from .throttle import HostThrottle
from .urls import host_of, origin

FETCH_TIMEOUT = 15.0


class Politeness:
    def __init__(self) -> None:
        self._throttles: dict[str, HostThrottle] = {}
        self._robots: dict[str, RobotsPolicy] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_locks"] = {}
        return state

    # -- throttling ----------------------------------------------------------------------
    def throttle(self, url: str) -> HostThrottle:
        host = host_of(url)
        if host not in self._throttles:
            self._throttles[host] = HostThrottle()
        return self._throttles[host]

    def minimum_delay(self, url: str, delay: float) -> float:
        """The spacing a request to ``url`` needs: the site's delay, or the Crawl-delay of
        the URL's robots.txt when one was read and is larger."""
        policy = self._robots.get(origin(url))
        crawl_delay = policy.crawl_delay if policy is not None else None
        return max(delay, crawl_delay or 0.0)

    async def pace(self, url: str, delay: float) -> None:
        """Wait until a request to ``url``'s host may be sent."""
        await self.throttle(url).pace(self.minimum_delay(url, delay))

    async def wait(self, url: str, delay: float) -> None:
        await self.throttle(url).wait(self.minimum_delay(url, delay))

    def observe(self, url: str, latency_s: float, delay: float) -> None:
        self.throttle(url).observe(latency_s, self.minimum_delay(url, delay))

    # -- robots.txt ----------------------------------------------------------------------
    def known_robots(self, url: str) -> RobotsPolicy | None:
        """The policy of ``url``'s origin if it was read already in this run."""
        return self._robots.get(origin(url))

    async def robots(self, url: str, session: Session, delay: float) -> RobotsPolicy:
        """The robots.txt policy of ``url``'s origin, read once for the run.

        Concurrent callers for one origin wait for the one request in flight (a lock per
        origin: if the caller reading it is cancelled, the next one reads it).
        """
        key = origin(url)
        if key not in self._robots:
            lock = self._locks.setdefault(key, asyncio.Lock())
            async with lock:
                if key not in self._robots:
                    robots_url = f"{key}/robots.txt"
                    await self.pace(robots_url, delay)
                    self._robots[key] = await load_robots(session, robots_url, FETCH_TIMEOUT)
        return self._robots[key]
