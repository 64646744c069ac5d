"""The run's limit on open browser pages, shared by every site's session.

Renderers cost memory and CPU, so ``--concurrency`` bounds the pages open in the whole
run, not sites times pages. A page belongs to one site's browser context (cookies are
not shared), so a page cannot pass from one site to another: a site that needs a page
at the limit closes another site's idle one and opens its own.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .playwright_driver import PlaywrightSession
    from .tab import Tab


class TabPool:
    """At most ``limit`` pages open across every session of the run.

    Idle pages are kept, oldest first. At the limit, a session that has no page takes
    over another session's oldest idle one (closed, and a page opened in its context);
    a session that has pages busy waits for one of its own instead: a new page costs
    about as much as a visit (a renderer to start, axe-core to compile), so trading
    pages between two sites on every visit would double the work.
    """

    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self.open = 0
        self.idle: list[Tab] = []
        self.changed = asyncio.Condition()

    async def acquire(self, session: PlaywrightSession) -> Tab:
        evicted: Tab | None = None
        async with self.changed:
            while True:
                mine = next((t for t in reversed(self.idle) if t.owner is session), None)
                if mine is not None:
                    self.idle.remove(mine)
                    return mine
                if self.open < self.limit:
                    self.open += 1
                    break
                if self.idle and not session.tabs_open():
                    evicted = self.idle.pop(0)  # its slot passes to the new page
                    break
                await self.changed.wait()
        if evicted is not None:
            await evicted.owner.discard(evicted)
        try:
            return await session.open_tab()
        except BaseException:
            await self.closed(1)
            raise

    async def park(self, tab: Tab) -> None:
        async with self.changed:
            self.idle.append(tab)
            self.changed.notify_all()  # the waiter it suits may be any of them

    async def closed(self, count: int) -> None:
        async with self.changed:
            self.open -= count
            self.changed.notify_all()

    async def forget(self, session: PlaywrightSession) -> int:
        """Take a closing session's idle pages out of the pool; return how many."""
        async with self.changed:
            mine = [t for t in self.idle if t.owner is session]
            self.idle = [t for t in self.idle if t.owner is not session]
        return len(mine)
