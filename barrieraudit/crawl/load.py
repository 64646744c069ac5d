"""Pages in flight that follow the machine's load.

``--concurrency N`` is the most pages a run has in flight (and sites open). Where a
page's time goes to the network (real sites, a server far away), N pages in flight
keep the cores busy; where it goes to the CPU (pages served at once, a small machine),
more pages in flight than cores only make the pages share the cores: each renderer is
slower and costs more CPU (on this 2-core machine, the benchmark's 3 sites x 100
pages: ~330 pages a minute with 2 in flight, ~260 with 4, ``benchmarks/bench_engine.py
big-sites``; the bare loop of Playwright and axe-core alone, 428 against 383).

So the run starts with as many as the machine has cores (never more than N) and then
follows the load, as Crawlee's autoscaled pool does: every ``INTERVAL`` seconds the
share of the machine's CPU time that was busy is read (Linux's ``/proc/stat``); after
``PATIENCE`` readings in a row above ``BUSY`` one place fewer is used (down to the
cores), after as many below ``ROOM`` one more (up to N). The places bound the pages in
flight, the sites open and the browser's lanes (``Governor.listen``: a lane costs a
renderer to open, hence the patience). Where the load cannot be read, N are used from
the start, as before. A place taken is never taken back: a lower limit only holds the
next page (or site) until enough have finished.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

INTERVAL = 1.0  # seconds between two readings of the load
BUSY = 0.90  # share of CPU time busy above which a slot fewer is used
ROOM = 0.75  # ... below which one more is used
PATIENCE = 3  # readings in a row that must agree before a step

Reading = Callable[[], "float | None"]


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def cpu_times(stat: Path = Path("/proc/stat")) -> tuple[int, int] | None:
    """(busy, total) CPU time of the whole machine since boot, in clock ticks; None
    where it cannot be read (not Linux)."""
    try:
        with stat.open() as handle:
            fields = [int(value) for value in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    if len(fields) < 4:
        return None
    # user nice system idle iowait irq softirq steal [guest guest_nice: inside user, nice]
    total = sum(fields[:8])
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return total - idle, total


def busy_share(times: Callable[[], tuple[int, int] | None] | None = None) -> Reading:
    """A reading: the share of CPU time that was busy since the previous reading
    (``times``: ``cpu_times``)."""
    times = times or cpu_times
    last = times()

    def read() -> float | None:
        nonlocal last
        now = times()
        if now is None or last is None:
            last = now
            return None
        busy, total = now[0] - last[0], now[1] - last[1]
        last = now
        return busy / total if total > 0 else None

    return read


class Gate:
    """A semaphore whose number of places (``allowed``) can change while it is held."""

    def __init__(self, allowed: int):
        self.allowed = allowed
        self.held = 0
        self._changed: asyncio.Condition | None = None  # made on first use, in the loop that uses it

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def __aenter__(self) -> Gate:
        changed = self._condition()
        async with changed:
            await changed.wait_for(lambda: self.held < self.allowed)
            self.held += 1
        return self

    async def __aexit__(self, *exc: object) -> None:
        changed = self._condition()
        async with changed:
            self.held -= 1
            changed.notify_all()

    async def set_allowed(self, allowed: int) -> None:
        changed = self._condition()
        async with changed:
            self.allowed = allowed
            changed.notify_all()


class Governor:
    """How many of the run's ``limit`` places its gates give now: from ``floor`` (the
    cores, or ``limit`` where that is fewer) up to ``limit``, following ``reading``."""

    def __init__(self, limit: int, reading: Reading | None = None, floor: int | None = None):
        self.limit = max(1, limit)
        self.floor = min(self.limit, max(1, floor if floor is not None else cores()))
        if reading is None and cpu_times() is not None:
            reading = busy_share()
        self.reading = reading
        # Where there is nothing to follow, every place from the start.
        self.follows = self.floor < self.limit and reading is not None
        self.allowed = self.floor if self.follows else self.limit
        self.listeners: list[Callable[[int], Awaitable[None]]] = []
        self._streak = 0  # readings in a row that asked for a step: > 0 up, < 0 down
        self._task: asyncio.Task[None] | None = None

    def gate(self) -> Gate:
        """A gate whose places are the ones allowed now."""
        gate = _GovernedGate(self)
        self.listen(gate.set_allowed)
        return gate

    def listen(self, listener: Callable[[int], Awaitable[None]]) -> None:
        """``listener(allowed)`` is awaited whenever the places allowed change."""
        self.listeners.append(listener)

    def step(self, busy: float | None) -> int:
        """The places allowed after a reading of ``busy`` (a share of CPU time)."""
        if busy is not None and busy > BUSY and self.allowed > self.floor:
            self._streak = min(self._streak, 0) - 1
        elif busy is not None and busy < ROOM and self.allowed < self.limit:
            self._streak = max(self._streak, 0) + 1
        else:
            self._streak = 0
        if abs(self._streak) >= PATIENCE:
            self.allowed += 1 if self._streak > 0 else -1
            self._streak = 0
        return self.allowed

    def start(self) -> None:
        """Follow the load from now on, in the running loop (once)."""
        if self.follows and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._follow())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _follow(self) -> None:
        while True:
            await asyncio.sleep(INTERVAL)
            before = self.allowed
            assert self.reading is not None
            if self.step(self.reading()) != before:
                for listener in self.listeners:  # the gates first, then the browser's lanes
                    try:
                        await listener(self.allowed)
                    except Exception:  # noqa: BLE001 -- the browser closing: the run ends anyway
                        pass


class _GovernedGate(Gate):
    def __init__(self, governor: Governor):
        super().__init__(governor.allowed)
        self.governor = governor

    async def __aenter__(self) -> Gate:
        self.governor.start()
        return await super().__aenter__()
