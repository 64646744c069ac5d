"""Benchmark: the memory of one lane over many visits, and what collecting its garbage does.

Visits the pages of one generated site (``bench_engine.generate_site``, every tenth page
300-800 KB) one after another through the driver, with one lane, and prints every ten
visits the time so far and the PSS of the process tree by kind of process (renderer,
Chromium's other processes, Playwright's driver, this process), and at the end the CPU a
visit by kind of process. ``--heap-limit`` sets the JavaScript heap (MB) above which a
lane's garbage is collected (``HEAP_LIMIT``; 0: never).
A script, not a test:

    .venv/bin/python benchmarks/bench_lane_memory.py --pages 60 --heap-limit 0
    .venv/bin/python benchmarks/bench_lane_memory.py --pages 60 --heap-limit 32
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import random
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import bench_engine


async def visit_all(pages: int, heap_limit_mb: float) -> None:
    from barrieraudit.browser import playwright_driver
    from barrieraudit.browser.locate import find_browser
    from barrieraudit.pipeline import axe_options

    root = Path(tempfile.mkdtemp())
    paths = bench_engine.generate_site(root, pages, random.Random(7), heavy_every=10)
    server = ThreadingHTTPServer(("127.0.0.2", 0), functools.partial(bench_engine.Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.2:{server.server_address[1]}"
    playwright_driver.HEAP_LIMIT = heap_limit_mb * 1e6 if heap_limit_mb else float("inf")
    playwright_driver.HEAP_BUDGET = 0  # the limit given, whatever the lanes
    driver = playwright_driver.PlaywrightDriver(find_browser()[0])
    await driver.start(max_tabs=1)
    session = await driver.open_session("barrieraudit-bench", block_private=False)
    options = axe_options()
    cpu: dict[int, tuple[str, float]] = {}
    bench_engine.tree_cpu(os.getpid(), cpu)
    before = dict(cpu)
    started = time.perf_counter()
    try:
        for i, path in enumerate(paths, 1):
            visit = await session.visit(base + path, allow_navigation=lambda _url: True, page_timeout=60,
                                        axe_timeout=60, screenshot=True, axe_options=options)
            if visit.error:
                print(f"{path}: {visit.error}")
            bench_engine.tree_cpu(os.getpid(), cpu)  # each visit: a lane's renderer exits at LANE_VISITS
            if i % 10 == 0:
                await asyncio.sleep(0.3)  # the lane's release (its collection) is done
                kinds = bench_engine.tree_pss(os.getpid())
                print(f"{i:>4} visits {time.perf_counter() - started:6.1f} s  " + ", ".join(
                    f"{kind} {size / 1e6:.0f} MB" for kind, size in sorted(kinds.items())), flush=True)
        bench_engine.tree_cpu(os.getpid(), cpu)
        spent: dict[str, float] = {}
        for pid, (kind, seconds) in cpu.items():
            spent[kind] = spent.get(kind, 0.0) + seconds - before.get(pid, (kind, 0.0))[1]
        print("CPU ms a visit:", bench_engine.cpu_line(spent, len(paths)))
    finally:
        await session.close()
        await driver.close()
        server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--heap-limit", type=float, default=32, help="MB; 0: never collect")
    args = parser.parse_args()
    asyncio.run(visit_all(args.pages, args.heap_limit))


if __name__ == "__main__":
    main()
