"""Benchmark: what the page's thumbnail costs, in CPU of Chromium's whole process tree.

One lane (a context with one page, as barrieraudit's driver uses) visits the pages of a
generated big site (``bench_engine.generate_site``) twice over for each variant, one after
the other, and takes the screenshot each variant names: ``none``, ``thumb`` (the driver's
JPEG thumbnail of the viewport at ``THUMBNAIL_SCALE``: a screencast's first frame, as
``Tab.frame`` takes it), ``capture`` (the same thumbnail by ``Page.captureScreenshot``, as
the driver took it before), ``full`` (a capture of the viewport at full size), ``fast``
(the capture with ``optimizeForSpeed``). Before each screenshot, and in ``none`` too, the
page is given one animation frame, as a page that has painted. Prints, per variant, wall
time and CPU a visit by process kind and the screenshot's size. (Before 938c101 the driver
captured, and ``thumb`` was what ``capture`` is now: the README's earlier figures for
``thumb`` are the capture's.) A script, not a test:

    .venv/bin/python benchmarks/bench_screenshot.py none thumb capture none thumb capture
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
from typing import Any

import bench_engine as be
from playwright.async_api import async_playwright

from barrieraudit.browser.locate import find_browser
from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS, THUMBNAIL, THUMBNAIL_FRAME, VIEWPORT

CAPTURES = {"capture": THUMBNAIL, "full": {k: v for k, v in THUMBNAIL.items() if k != "clip"},
            "fast": {**THUMBNAIL, "optimizeForSpeed": True}}
VARIANTS = ["none", "thumb", *CAPTURES]
FRAME = "new Promise((done) => requestAnimationFrame(() => done()))"


async def first_frame(cdp: Any) -> str:
    """A screencast's first frame (base64), the screencast stopped at once: ``Tab.frame``."""
    frame: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()

    def arrived(event: dict[str, Any]) -> None:
        if not frame.done():
            frame.set_result(event)

    cdp.on("Page.screencastFrame", arrived)
    try:
        await cdp.send("Page.startScreencast", THUMBNAIL_FRAME)
        return (await asyncio.wait_for(frame, 10))["data"]
    finally:
        await cdp.send("Page.stopScreencast")
        cdp.remove_listener("Page.screencastFrame", arrived)


def tree_cpu() -> dict[str, float]:
    """CPU seconds of this process's descendants (Chromium and Playwright's driver), by kind."""
    root, ticks = os.getpid(), os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
            cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / ticks
    totals: dict[str, float] = {}
    stack = list(children.get(root, []))
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        totals[be.process_kind(pid)] = totals.get(be.process_kind(pid), 0.0) + cpu.get(pid, 0.0)
    return totals


async def measure(base: str, paths: list[str], order: list[str]) -> None:
    executable, _ = find_browser()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = await browser.new_context(viewport=VIEWPORT)
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        await cdp.send("Page.enable")
        for name in order:
            visits, size = 0, 0
            before, started = tree_cpu(), time.perf_counter()
            for _ in range(2):
                for path in paths:
                    await page.goto(base + path)
                    await page.evaluate(FRAME)
                    if name == "thumb":
                        size += len(await first_frame(cdp)) * 3 // 4
                    elif name in CAPTURES:
                        size += len((await cdp.send("Page.captureScreenshot", CAPTURES[name]))["data"]) * 3 // 4
                    visits += 1
            seconds, after = time.perf_counter() - started, tree_cpu()
            cpu = {kind: (after.get(kind, 0.0) - before.get(kind, 0.0)) * 1000 / visits for kind in after}
            kinds = " ".join(f"{kind} {ms:.0f}" for kind, ms in sorted(cpu.items(), key=lambda item: -item[1])
                             if ms >= 0.5)
            print(f"{name:6s} {seconds * 1000 / visits:6.1f} ms a visit, CPU {sum(cpu.values()):6.1f} ms ({kinds}), "
                  f"screenshot {size // max(visits, 1) // 1024} KB")
        await browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=VARIANTS, choices=VARIANTS)
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        paths = be.generate_site(root, args.pages, random.Random(1))
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(be.Quiet, directory=str(root)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            asyncio.run(measure(f"http://127.0.0.1:{server.server_address[1]}", paths[1:], args.variants))
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
