"""Benchmark: where the time of a whole ``barrieraudit crawl`` goes, seen from outside.

Runs the command, as a user does, on generated sites (``bench_engine.generate_site``,
each site on its own loopback address, served by this process) and times three phases:

- start: from the command's start to the first page requested from a server (Python's
  imports, Playwright and Chromium starting, the worker processes, robots.txt, sitemaps);
- crawl: from there to the last page stored;
- end: from the last page stored to the command's exit (the evaluation of the sites still
  to evaluate, ranking, the report, shutting down).

It prints them with the CPU the command's processes used, by kind of process. A script,
not a test:

    .venv/bin/python benchmarks/bench_run_phases.py --sites 1 --pages 1 --repeat 3
    .venv/bin/python benchmarks/bench_run_phases.py --sites 1 --pages 100 --repeat 3
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import statistics
import subprocess
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import bench_engine

PAGE_PATHS = ("/", ".html")


class Timed(bench_engine.Quiet):
    """Records when each page (not robots.txt, a sitemap, an image or a style sheet) is
    first requested."""

    requested: list[float]

    def do_GET(self) -> None:  # noqa: N802 -- the handler's interface
        if self.path.endswith(PAGE_PATHS):
            self.requested.append(time.perf_counter())
        super().do_GET()


def serve(root: Path, names: list[str]) -> tuple[dict[str, str], list[float]]:
    requested: list[float] = []
    handler = type("Handler", (Timed,), {"requested": requested})
    sites = {}
    for k, name in enumerate(names):
        server = ThreadingHTTPServer((f"127.0.{2 + k // 250}.{2 + k % 250}", 0),
                                     functools.partial(handler, directory=str(root / name)))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        sites[name] = f"http://{server.server_address[0]}:{server.server_address[1]}/"
    return sites, requested


def one_run(sites: dict[str, str], pages: int, concurrency: int, work: Path,
            requested: list[float]) -> dict[str, float]:
    config = work / "sites.yaml"
    config.write_text(json.dumps({"max_pages": pages, "delay": 0, "max_depth": 100,
                                  "sites": [{"name": n, "url": u, "id": n} for n, u in sites.items()]}))
    db = work / "runs.db"
    requested.clear()
    started = time.perf_counter()
    process = subprocess.Popen([str(bench_engine.BIN / "barrieraudit"), "crawl", str(config), "--db", str(db),
                                "--out", str(work / "report"), "--concurrency", str(concurrency), "-q"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    expected = pages * len(sites)
    cpu: dict[int, tuple[str, float]] = {}
    stored_at = None
    while process.poll() is None:
        bench_engine.tree_cpu(process.pid, cpu)
        if stored_at is None and bench_engine.stored_pages(db) >= expected:
            stored_at = time.perf_counter()
        time.sleep(0.02)
    ended = time.perf_counter()
    if process.returncode not in (0, 1):
        raise SystemExit(f"barrieraudit crawl failed ({process.returncode}): {(process.stderr.read() or '')[-400:]}")
    if stored_at is None or not requested:
        raise SystemExit("the run stored fewer pages than asked for; see its report")
    by_kind: dict[str, float] = {}
    for kind, seconds in cpu.values():
        by_kind[kind] = by_kind.get(kind, 0.0) + seconds
    return {"start": requested[0] - started, "crawl": stored_at - requested[0], "end": ended - stored_at,
            "total": ended - started, **{f"cpu {kind}": seconds for kind, seconds in by_kind.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=1)
    parser.add_argument("--pages", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "sites"
        rng = random.Random(7)
        names = [f"site{k:03d}" for k in range(args.sites)]
        for name in names:
            bench_engine.generate_site(root / name, args.pages, rng)
        sites, requested = serve(root, names)
        runs = []
        for i in range(args.repeat):
            work = Path(tmp) / f"run{i}"
            work.mkdir()
            runs.append(one_run(sites, args.pages, args.concurrency, work, requested))
    print(f"{args.sites} site(s) x {args.pages} page(s), --concurrency {args.concurrency}, {args.repeat} runs: "
          "median (min-max) seconds")
    for key in sorted({k for run in runs for k in run}, key=lambda k: (k.startswith("cpu"), k)):
        values = [run.get(key, 0.0) for run in runs]
        print(f"  {key:<14} {statistics.median(values):6.2f} ({min(values):.2f}-{max(values):.2f})")


if __name__ == "__main__":
    main()
