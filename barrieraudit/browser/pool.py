"""The run's browser pages ("lanes"), shared by every site's session.

Renderers cost memory and CPU, so ``--concurrency`` bounds the pages open in the whole
run, not sites times pages; within it the run's governor (``crawl.load``) lowers the
limit while the machine's CPU is busy (``set_limit``: idle lanes over it close at once,
busy ones when they are released) and raises it again when there is room. Opening a page costs about as much as auditing one (a
renderer to start, a DevTools session to set up: ~290 ms of the browser's CPU on this
machine, ``benchmarks/bench_engine.py``), so pages are not opened per site: each lane
is a browser context with one page, kept for the run, and passed from site to site.
A lane that changes site is reset first (``PlaywrightDriver._adopt``): cookies and
cache cleared, the new site's cookies put in; a lane that has been on the new site's
registrable domain is replaced by a fresh one instead, since same-site storage could
not be cleared completely.

A session takes, in this order: its own idle lane (its cookies and cache are there);
a new lane while the run is under its limit; the oldest idle lane of another site,
if it holds none; else it waits for one of its own. A lane that changes site also
changes renderer (a new process for the new site), so two sites busy at once do not
trade lanes on every visit: each keeps what it holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .tab import Tab


class TabPool:
    """At most ``limit`` lanes open across every session of the run."""

    def __init__(self, limit: int, open_lane: Callable[[Any], Awaitable[Tab]],
                 adopt: Callable[[Tab, Any], Awaitable[Tab]]):
        self.limit = max(1, limit)
        self.open = 0
        self.idle: list[Tab] = []
        self.lanes: set[Tab] = set()  # every open lane, busy or idle
        self.changed = asyncio.Condition()
        self._open_lane = open_lane
        self._adopt = adopt

    async def acquire(self, session: Any) -> Tab:
        taken: Tab | None = None
        async with self.changed:
            while True:
                mine = next((t for t in reversed(self.idle) if t.owner is session), None)
                if mine is not None:
                    self.idle.remove(mine)
                    return mine
                if self.open < self.limit:
                    self.open += 1
                    break
                if self.idle and not self.owned_by(session):
                    taken = self.idle.pop(0)
                    break
                await self.changed.wait()
        try:
            lane = await (self._adopt(taken, session) if taken is not None else self._open_lane(session))
        except BaseException:
            await self.closed(taken)
            raise
        if lane is not taken:
            if taken is not None:
                self.lanes.discard(taken)
            self.lanes.add(lane)
        return lane

    async def set_limit(self, limit: int) -> list[Tab]:
        """A new limit; returns the idle lanes over it (oldest first), which the caller
        closes. Busy lanes over it close when they are released (``over_limit``)."""
        async with self.changed:
            self.limit = max(1, limit)
            excess = []
            while self.open - len(excess) > self.limit and self.idle:
                excess.append(self.idle.pop(0))
            self.changed.notify_all()
        return excess

    def over_limit(self) -> bool:
        return self.open > self.limit

    def owned_by(self, session: Any) -> list[Tab]:
        return [t for t in self.lanes if t.owner is session]

    async def park(self, tab: Tab) -> None:
        async with self.changed:
            self.idle.append(tab)
            self.changed.notify_all()  # the waiter it suits may be any of them

    async def closed(self, tab: Tab | None) -> None:
        """A lane was closed (or never opened): its place in the limit is free."""
        async with self.changed:
            self.open -= 1
            self.lanes.discard(tab)
            self.changed.notify_all()
