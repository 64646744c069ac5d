"""Measure how often the deterministic crawl throws a speculative visit away.

The crawler visits the best pages of its frontier in parallel and commits them in the
order the sequential crawl would; a visit that a page found later outranks is
discarded (``crawl.site``). This script counts, per run: visits dispatched, visits
discarded (and how many of those had already sent their request), visits superseded
(their page was reached by a committed redirect), pages stored. A script, not a test:

    .venv/bin/python benchmarks/crawl_speculation.py fake    # generated sites, fake driver
    .venv/bin/python benchmarks/crawl_speculation.py demo    # the bundled demo sites, Chromium
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from barrieraudit import pipeline  # noqa: E402
from barrieraudit.crawl import site as crawl_site  # noqa: E402
from barrieraudit.crawl.record import CrawlStats  # noqa: E402


def add(total: CrawlStats, stats: CrawlStats) -> None:
    for name in vars(total):
        setattr(total, name, getattr(total, name) + getattr(stats, name))


def line(label: str, stats: CrawlStats, pages: int) -> str:
    rate = stats.discarded / stats.dispatched if stats.dispatched else 0.0
    requested = stats.discarded_requested / stats.dispatched if stats.dispatched else 0.0
    return (f"{label:<34} pages {pages:>5}  dispatched {stats.dispatched:>5}  discarded {stats.discarded:>4} "
            f"({rate:6.1%}; after the request {stats.discarded_requested:>3}, {requested:5.1%})  "
            f"superseded {stats.superseded:>3}")


def fake(seeds: int, concurrencies: list[int], latency: tuple[float, float]) -> None:
    from fake_driver import FakeWeb, fake_run
    from realistic_sites import realistic_site

    async def public(host: str) -> list[str]:
        return ["93.184.216.34"]

    crawl_site.host_addresses = public
    pipeline.rank_intervals = lambda components, scoring: {}  # not measured here
    for budget in (25, 100):
        for concurrency in concurrencies:
            total, pages, started = CrawlStats(), 0, time.monotonic()
            for seed in range(seeds):
                web = realistic_site(FakeWeb(), "https://forum.example/", seed=seed, sessions=40, articles=80)
                with tempfile.TemporaryDirectory() as tmp:
                    config = {"max_pages": budget, "sites": [{"name": "F", "url": "https://forum.example/"}]}
                    run = fake_run(web, config, Path(tmp) / "runs.db", concurrency=concurrency, latency=latency,
                                   seed=seed)
                    add(total, run.crawls["f"].stats)
                    pages += len(run.urls())
            print(line(f"fake x{seeds} max_pages {budget} conc {concurrency}", total, pages)
                  + f"  {pages / (time.monotonic() - started) * 60:7.0f} pages/min", flush=True)


def demo(concurrencies: list[int], max_pages: int) -> None:
    from barrieraudit.browser.locate import find_browser
    from barrieraudit.browser.playwright_driver import PlaywrightDriver
    from barrieraudit.demo import DemoServer, demo_config
    from barrieraudit.store import open_store

    executable, _ = find_browser()
    for concurrency in concurrencies:
        crawls: dict[str, Any] = {}

        class Watch(pipeline.Progress):
            def site_done(self, site_id: str, crawl: Any) -> None:
                crawls[site_id] = crawl

        with DemoServer() as server, tempfile.TemporaryDirectory() as tmp:
            config = demo_config(server, max_pages=max_pages)
            store = open_store(Path(tmp) / "runs.db")
            asyncio.run(pipeline.run_audit(config, store, lambda: PlaywrightDriver(executable),
                                           concurrency=concurrency, progress=Watch()))
            total, pages = CrawlStats(), 0
            for site_id, crawl in crawls.items():
                add(total, crawl.stats)
                pages += len(crawl.pages)
                print(line(f"  {site_id}", crawl.stats, len(crawl.pages)), flush=True)
            print(line(f"demo, {len(crawls)} sites, conc {concurrency}", total, pages), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=["fake", "demo"])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--max-pages", type=int, default=20)
    parser.add_argument("--latency", type=float, nargs=2, default=[0.0, 0.02],
                        help="fake: range of the random page latency, in seconds")
    args = parser.parse_args()
    if args.which == "fake":
        fake(args.seeds, args.concurrency, tuple(args.latency))
    else:
        demo(args.concurrency, args.max_pages)


if __name__ == "__main__":
    main()
