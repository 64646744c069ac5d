"""Benchmark: what getting axe-core into each page costs, three ways.

Visits the same small generated pages in three tabs of one Chromium, interleaved, and
prints per way the median time to make ``axe`` available once the page has loaded,
the median time of one ``axe.run``, and the page's own load time (Navigation Timing
``loadEventEnd``), which a script injected into every new document could lengthen:

- ``per-visit``: send the 550 KB script with every visit (``page.evaluate``), in the
  page's main world (how the driver worked before);
- ``stash``: give each tab the script once, as a string every new document's isolated
  world holds (``Page.addScriptToEvaluateOnNewDocument``), and evaluate that string
  per visit (how the driver works now);
- ``function``: the same, but stashed as a function, which every document pre-parses.

A script, not a test:

    .venv/bin/python benchmarks/bench_axe_injection.py --visits 40
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench_gather import generate

NAV = "performance.getEntriesByType('navigation')[0].loadEventEnd"


async def measure(base_url: str, visits: int) -> dict[str, dict[str, float]]:
    from playwright.async_api import async_playwright

    from barrieraudit.browser.axe import LOAD_JS, RUN_JS, WORLD, axe_source, run_expression, stash_script
    from barrieraudit.browser.locate import find_browser
    from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS
    from barrieraudit.pipeline import axe_options

    executable, _ = find_browser()
    options = axe_options()
    ways = ("per-visit", "stash", "function")
    stashes = {"stash": stash_script(), "function": f"function __barrieraudit_axe() {{ {axe_source()}\n}}"}
    loads = {"stash": LOAD_JS, "function": "typeof axe === 'object' || (__barrieraudit_axe(), typeof axe === 'object')"}
    figures: dict[str, dict[str, list[float]]] = {w: {"inject_ms": [], "run_ms": [], "load_ms": []} for w in ways}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        tabs = {}
        for way in ways:
            context = await browser.new_context()
            page = await context.new_page()
            cdp = await context.new_cdp_session(page)
            await cdp.send("Page.enable")
            if way in stashes:
                await cdp.send("Page.addScriptToEvaluateOnNewDocument", {"source": stashes[way], "worldName": WORLD})
            frame = (await cdp.send("Page.getFrameTree"))["frameTree"]["frame"]["id"]
            tabs[way] = (page, cdp, frame)
        for i in range(visits):
            for way, (page, cdp, frame) in tabs.items():
                await page.goto(f"{base_url}p{1 + i % 20}.html", wait_until="load")
                figures[way]["load_ms"].append(float(await page.evaluate(NAV)))
                started = time.perf_counter()
                if way == "per-visit":
                    await page.evaluate(axe_source())
                    injected = time.perf_counter()
                    await page.evaluate(RUN_JS, options)
                else:
                    world = await cdp.send("Page.createIsolatedWorld", {"frameId": frame, "worldName": WORLD})
                    context = {"contextId": world["executionContextId"], "returnByValue": True}
                    await cdp.send("Runtime.evaluate", {"expression": loads[way], **context})
                    injected = time.perf_counter()
                    await cdp.send("Runtime.evaluate", {"expression": run_expression(options), "awaitPromise": True,
                                                        **context})
                done = time.perf_counter()
                figures[way]["inject_ms"].append((injected - started) * 1000)
                figures[way]["run_ms"].append((done - injected) * 1000)
        await browser.close()
    # The first visit of each tab warms its renderer up: left out of the medians.
    return {way: {k: statistics.median(v[1:]) for k, v in f.items()} for way, f in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=40)
    args = parser.parse_args()
    from barrieraudit.demo.server import StaticSiteServer

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        generate(root, 21)
        server = StaticSiteServer(root).start()
        try:
            figures = asyncio.run(measure(server.url, args.visits))
        finally:
            server.stop()
    print(f"{'way':>10} {'make axe ready ms':>17} {'axe.run ms':>10} {'page load ms':>12}")
    for way, f in figures.items():
        print(f"{way:>10} {f['inject_ms']:>17.1f} {f['run_ms']:>10.1f} {f['load_ms']:>12.1f}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
