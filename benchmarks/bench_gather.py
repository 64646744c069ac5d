"""Benchmark: audit a folder of generated pages and report throughput and memory.

For each concurrency it runs one whole audit (crawl, gather in Chromium with axe-core,
evaluate, store) of a generated site on loopback, in a fresh process, and prints
pages per minute (whole run: crawl, gather, evaluate, store), the time gathering
takes per page (from the start to the last page stored) against the time the checks
take per page (evaluating the stored run again, warm), and the peak memory of the
process tree (Python and Chromium). A script, not a test:

    .venv/bin/python benchmarks/bench_gather.py --pages 60 --concurrency 1 2 4
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forum page {i}</title>
<style>body{{font-family:sans-serif}} .muted{{color:#999}}</style></head><body>
<header><nav aria-label="Main"><ul>{nav}</ul></nav></header>
<main><h1>Session {i}: digital inclusion</h1>
<p>{text}</p><p class="muted">Room {room}, 14:00–15:30. 2,500 participants expected.</p>
<img src="/img/photo{img}.svg" {alt}>
<form action="/register" method="post"><label for="n{i}">Name</label><input id="n{i}" name="name">
<input type="email" name="email" placeholder="Email"><button type="submit">Register</button></form>
<table><caption>Fees</caption><tr><th>Early bird</th><td>USD 150</td></tr><tr><th>Student</th><td>USD 40</td></tr></table>
<p>{text}</p></main><footer><p>Forum secretariat · <a href="/contact">Contact</a></p></footer></body></html>"""
TEXT = ("Participants from all regions discuss how digital policy can include persons with disabilities, "
        "young people and participants from developing countries. ") * 6
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#369"/>' \
      + "".join(f'<circle cx="{(k * 37) % 400}" cy="{(k * 53) % 200}" r="9" fill="#fc0"/>' for k in range(300)) + "</svg>"


def generate(root: Path, pages: int) -> None:
    (root / "img").mkdir(parents=True, exist_ok=True)
    for k in range(5):
        (root / "img" / f"photo{k}.svg").write_text(SVG)
    for i in range(pages):
        nav = "".join(f'<li><a href="/p{(i + d) % pages}.html">Page {(i + d) % pages}</a></li>' for d in range(1, 8))
        html = PAGE.format(i=i, nav=nav, text=TEXT, room=100 + i, img=i % 5, alt='alt="Session photo"' if i % 3 else "")
        (root / ("index.html" if i == 0 else f"p{i}.html")).write_text(html)


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    from bench_engine import process_tree

    total = 0
    for current in process_tree(pid):
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def one_run(pages: int, concurrency: int) -> dict:
    from barrieraudit.browser.locate import find_browser
    from barrieraudit.browser.playwright_driver import PlaywrightDriver
    from barrieraudit.config import parse_config
    from barrieraudit.demo.server import StaticSiteServer
    from barrieraudit.pipeline import Progress, evaluate_run, run_audit
    from barrieraudit.store import open_store

    class Clock(Progress):
        """When gathering started and when the last page was stored."""

        def run_started(self, sites: int, page_budget: int) -> None:
            self.start = self.last = time.perf_counter()

        def page_done(self, site_id: str, url: str, error: str | None) -> None:
            self.last = time.perf_counter()

    clock = Clock()

    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_bytes(os.getpid()))
            time.sleep(0.2)

    executable, _ = find_browser()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        generate(root, pages)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        with StaticSiteServer(root) as server:
            config = parse_config({"max_pages": pages, "delay": 0, "max_depth": 100,
                                   "sites": [{"name": "Bench", "url": server.url}]}, "bench")
            store = open_store(Path(tmp) / "bench.db")
            started = time.perf_counter()
            run_id = asyncio.run(run_audit(config, store, lambda: PlaywrightDriver(executable),
                                           concurrency=concurrency, progress=clock))
            total = time.perf_counter() - started
        evaluate_started = time.perf_counter()
        evaluate_run(store, run_id)  # the checks alone, again, to time them
        evaluate_s = time.perf_counter() - evaluate_started
        stop.set()
        sampler.join()
        audited = len(store.load_pages(run_id, "bench"))
    return {"concurrency": concurrency, "pages": audited, "seconds": round(total, 2),
            "pages_per_minute": round(audited / total * 60, 1),
            "checks_ms_per_page": round(evaluate_s / audited * 1000, 2),
            "gather_ms_per_page": round((clock.last - clock.start) / audited * 1000, 1),
            "peak_rss_mb": round(peak / 1e6)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.pages, args.one)))
        return
    print(f"{'conc':>4} {'pages':>5} {'seconds':>8} {'pages/min':>9} {'gather ms/page':>14} "
          f"{'checks ms/page':>14} {'peak RSS MB':>11}")
    for concurrency in args.concurrency:
        # A fresh process per setting, so peak memory is that setting's own.
        out = subprocess.run([sys.executable, __file__, "--pages", str(args.pages), "--one", str(concurrency)],
                             capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['concurrency']:>4} {r['pages']:>5} {r['seconds']:>8} {r['pages_per_minute']:>9} "
              f"{r['gather_ms_per_page']:>14} {r['checks_ms_per_page']:>14} {r['peak_rss_mb']:>11}")


if __name__ == "__main__":
    main()
