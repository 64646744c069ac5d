"""Benchmark: the browser driver's cost per page visit, without crawler, checks or store.

Generates forum pages (the same as ``bench_gather.py``), serves them on loopback and
visits each once through the driver interface (``Driver.start``, ``open_session``,
``Session.visit``) with ``--concurrency`` visits in flight, axe-core and screenshots
on. Prints, per setting, pages per minute and the median and 90th-percentile wall
time of one visit, the most renderer processes alive at once and the peak resident
memory of the process tree (sampled every 0.25 s). ``--sites`` spreads the pages over that many sites (one browser
context each), scheduled as the pipeline does: up to ``--concurrency`` sites at once.
A script, not a test:

    .venv/bin/python benchmarks/bench_visit.py --pages 60 --concurrency 1 2
    .venv/bin/python benchmarks/bench_visit.py --pages 60 --concurrency 2 --sites 4 --public
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench_gather import generate, tree_rss_bytes


def renderer_count() -> int:
    """Chromium renderer processes alive on the machine that descend from this process."""
    count = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            pid = int(entry)
            while pid > 1 and pid != os.getpid():
                pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        count += pid == os.getpid() and b"--type=renderer" in cmdline
    return count


async def visit_all(urls: list[str], concurrency: int, sites: int, public: bool) -> tuple[list[float], int, int]:
    """Visit the URLs as a crawl schedules them: the pages split into ``sites`` sites,
    up to ``concurrency`` sites at once, and ``concurrency`` visits in flight in all."""
    from barrieraudit.browser.locate import find_browser
    from barrieraudit.browser.playwright_driver import PlaywrightDriver
    from barrieraudit.pipeline import axe_options

    executable, _ = find_browser()
    driver = PlaywrightDriver(executable)
    await driver.start(max_tabs=concurrency)
    options = axe_options()
    slots, site_slots = asyncio.Semaphore(concurrency), asyncio.Semaphore(concurrency)
    durations: list[float] = []
    errors: list[str] = []

    async def one_site(site_urls: list[str]) -> None:
        async with site_slots:
            # A public site's session checks every response's redirect for private addresses.
            session = await driver.open_session("barrieraudit-bench", block_private=public,
                                                is_private=lambda _u: False)
            try:
                await asyncio.gather(*(one(session, url) for url in site_urls))
            finally:
                await session.close()

    async def one(session, url: str) -> None:
        async with slots:
            started = time.perf_counter()
            visit = await session.visit(
                url, allow_navigation=lambda _u: True, page_timeout=30, axe_timeout=30,
                screenshot=True, axe_options=options)
            durations.append(time.perf_counter() - started)
            if visit.error or visit.axe is None:
                errors.append(f"{url}: {visit.error or 'no axe result'}")

    peak_renderers = peak_rss = 0
    finished = False

    async def sample() -> None:
        nonlocal peak_renderers, peak_rss
        while not finished:
            peak_renderers = max(peak_renderers, renderer_count())
            peak_rss = max(peak_rss, tree_rss_bytes(os.getpid()))
            await asyncio.sleep(0.25)

    sampler = asyncio.create_task(sample())
    try:
        await asyncio.gather(*(one_site(urls[k::sites]) for k in range(sites)))
    finally:
        finished = True
        await sampler
        await driver.close()
    if errors:
        raise SystemExit("failed visits: " + "; ".join(errors[:5]))
    return durations, peak_renderers, peak_rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sites", type=int, default=1)
    parser.add_argument("--public", action="store_true", help="treat the site as public (private-address checks on)")
    args = parser.parse_args()
    from barrieraudit.demo.server import StaticSiteServer

    print(f"{'conc':>4} {'sites':>5} {'pages':>5} {'seconds':>8} {'pages/min':>9} {'median ms':>9} {'p90 ms':>7} "
          f"{'renderers':>9} {'peak RSS MB':>11}{'  public' if args.public else ''}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        generate(root, args.pages)
        server = StaticSiteServer(root).start()
        try:
            urls = [server.url if i == 0 else f"{server.url}p{i}.html" for i in range(args.pages)]
            for concurrency in args.concurrency:
                started = time.perf_counter()
                durations, renderers, rss = asyncio.run(visit_all(urls, concurrency, args.sites, args.public))
                total = time.perf_counter() - started
                ordered = sorted(durations)
                p90 = ordered[int(0.9 * (len(ordered) - 1))]
                print(f"{concurrency:>4} {args.sites:>5} {len(durations):>5} {total:>8.1f} "
                      f"{len(durations) / total * 60:>9.0f} {statistics.median(durations) * 1000:>9.0f} "
                      f"{p90 * 1000:>7.0f} {renderers:>9} {rss / 1e6:>11.0f}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
