"""Pages in flight that follow the machine's load (``crawl.load``): from the cores up
to ``--concurrency``. Unit tests of the reading and the gates, then whole runs on the
fake driver with the machine's CPU times replaced."""

from __future__ import annotations

import asyncio
import itertools

import pytest
from fake_driver import FakeWeb, fake_run

from barrieraudit.crawl import load
from barrieraudit.crawl.load import Gate, Governor, busy_share, cpu_times


def test_the_machines_cpu_time_is_read_from_proc_stat(tmp_path):
    stat = tmp_path / "stat"
    # user nice system idle iowait irq softirq steal guest guest_nice
    stat.write_text("cpu  100 5 45 800 50 0 0 0 7 0\ncpu0 50 2 20 400 25 0 0 0 3 0\n")
    assert cpu_times(stat) == (150, 1000)  # guest time is inside user time: not counted twice
    assert cpu_times(tmp_path / "missing") is None
    stat.write_text("nonsense\n")
    assert cpu_times(stat) is None


def test_a_reading_is_the_busy_share_since_the_last_one():
    samples = iter([(100, 1000), (190, 1100), (190, 1300), None, (300, 1400), (380, 1500)])
    read = busy_share(lambda: next(samples))
    assert read() == pytest.approx(0.9)
    assert read() == 0.0
    assert read() is None  # nothing to read this time
    assert read() is None  # ... nor anything to compare with
    assert read() == pytest.approx(0.8)


def test_the_governor_goes_from_the_cores_to_the_limit_and_back_with_the_load():
    governor = Governor(4, reading=lambda: 0.5, floor=2)
    assert (governor.floor, governor.allowed, governor.follows) == (2, 2, True)
    assert load.PATIENCE == 3
    # Room three readings in a row: one more, up to the limit.
    assert [governor.step(0.5) for _ in range(7)] == [2, 2, 3, 3, 3, 4, 4]
    # Busy: one fewer after three readings in a row, down to the cores; a reading between
    # ROOM and BUSY, or none, starts the count again.
    assert [governor.step(b) for b in (0.95, 0.95, 0.8, 0.95, 0.95, None, 0.95, 0.95, 0.95)] == [4] * 8 + [3]
    assert [governor.step(0.99) for _ in range(5)] == [3, 3, 2, 2, 2]
    assert [governor.step(b) for b in (0.5, 0.5, 0.95, 0.5, 0.5, 0.5)] == [2] * 5 + [3]


def test_the_governor_gives_every_place_where_it_has_nothing_to_follow():
    no_load = Governor(4, reading=lambda: None, floor=2)
    assert no_load.follows and no_load.allowed == 2
    assert Governor(2, reading=lambda: 1.0, floor=4).allowed == 2  # fewer places than cores
    assert not Governor(2, reading=lambda: 1.0, floor=4).follows


def test_without_the_machines_load_the_governor_uses_the_limit(monkeypatch):
    monkeypatch.setattr(load, "cpu_times", lambda *args: None)
    governor = Governor(4, floor=2)
    assert (governor.follows, governor.allowed) == (False, 4)


def test_a_gate_lowered_holds_the_next_entries_until_enough_have_left_and_raised_lets_them_in():
    async def main() -> list[str]:
        gate, log = Gate(3), []

        async def hold(name: str, release: asyncio.Event) -> None:
            async with gate:
                log.append(f"in {name}")
                await release.wait()
            log.append(f"out {name}")

        releases = {name: asyncio.Event() for name in "abcde"}
        tasks = {name: asyncio.create_task(hold(name, releases[name])) for name in "abc"}
        await asyncio.sleep(0)
        await gate.set_allowed(1)  # three inside: they stay
        tasks["d"] = asyncio.create_task(hold("d", releases["d"]))
        await asyncio.sleep(0.01)
        releases["a"].set()
        releases["b"].set()
        await asyncio.sleep(0.01)
        assert "in d" not in log  # one still inside, one allowed
        releases["c"].set()
        await asyncio.sleep(0.01)
        assert "in d" in log and gate.held == 1
        tasks["e"] = asyncio.create_task(hold("e", releases["e"]))
        await asyncio.sleep(0.01)
        assert "in e" not in log
        await gate.set_allowed(2)
        await asyncio.sleep(0.01)
        assert "in e" in log and gate.held == 2
        for release in releases.values():
            release.set()
        await asyncio.gather(*tasks.values())
        return log

    log = asyncio.run(main())
    assert log[:3] == ["in a", "in b", "in c"]


def _machine(busy: float):
    """CPU times of a machine ``busy`` of the time, advancing on every reading."""
    ticks = itertools.count(1)

    def times(*args: object) -> tuple[int, int]:
        total = next(ticks) * 1000
        return int(total * busy), total

    return times


def _sites(web: FakeWeb, count: int, pages: int) -> list[dict[str, str]]:
    sites = []
    for n in range(count):
        base = f"https://site{n}.example/"
        web.page(base, f"Site {n}", links=[f"/p{i}" for i in range(pages)])
        for i in range(pages):
            web.page(f"{base}p{i}", f"Site {n} page {i}")
        sites.append({"name": f"Site {n}", "url": base})
    return sites


@pytest.mark.parametrize(("busy", "in_flight"), [(1.0, 2), (0.2, 4)])
def test_pages_in_flight_follow_the_load_from_the_cores_up_to_the_concurrency(tmp_path, monkeypatch, busy, in_flight):
    """On a 2-core machine at --concurrency 4: both cores busy, two pages in flight at
    most; the cores idle, all four."""
    monkeypatch.setattr(load, "cpu_times", _machine(busy))
    monkeypatch.setattr(load, "cores", lambda: 2)
    monkeypatch.setattr(load, "INTERVAL", 0.01)
    web = FakeWeb()
    run = fake_run(web, {"sites": _sites(web, 4, 12)}, tmp_path / "runs.db", concurrency=4,
                   latency=(0.01, 0.03))
    assert run.driver.max_open_pages == in_flight
    # The browser's lanes were held to the same places: two, then (the cores idle) more.
    assert run.driver.tab_limits == ([2] if busy > load.BUSY else [2, 3, 4])
    assert all(len(run.urls(f"site-{n}")) == 13 for n in range(4))


def test_a_run_at_no_more_than_the_cores_uses_every_place_whatever_the_load(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "cpu_times", _machine(1.0))
    monkeypatch.setattr(load, "cores", lambda: 2)
    web = FakeWeb()
    run = fake_run(web, {"sites": _sites(web, 3, 6)}, tmp_path / "runs.db", concurrency=2, latency=(0.005, 0.02))
    assert run.driver.max_open_pages == 2
