"""Benchmark: the distributed path (Dask, ``crawl --workers N``) against the single-process path.

On the same generated sites (bench_engine's pages, each site on its own loopback
address, so each is its own host group), it runs ``barrieraudit crawl`` as a user
does, into the same PostgreSQL store: once in one process, then with a local Dask
cluster of 1 and of 2 worker processes (``--workers``). It prints, per run, the
pages stored, the wall time of the whole command (cluster and browsers started
included), and the rate between the first and the last page stored (the steady
state), in pages per minute, and the ratio of each to the single-process run.

``--concurrency`` is the pages in flight of the single-process run and of each worker.
Runs are added to the store, nothing is deleted.

    .venv/bin/python benchmarks/bench_cluster.py --db postgresql://USER:PASS@127.0.0.1/DB \\
        --sites 8 --pages 25 --concurrency 2 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).parent))
import bench_engine  # noqa: E402 -- the same generated pages and servers

BIN = Path(sys.executable).parent


def run_ids(db: str) -> set[str]:
    try:
        with psycopg.connect(db, connect_timeout=2) as connection:
            return {row[0] for row in connection.execute("SELECT id FROM runs")}
    except psycopg.Error:  # no tables yet
        return set()


def new_pages(db: str, known: set[str]) -> int:
    """Pages stored by runs not in ``known`` (the run being timed)."""
    try:
        with psycopg.connect(db, connect_timeout=2) as connection:
            return connection.execute("SELECT COUNT(*) FROM pages WHERE NOT (run_id = ANY(%s))",
                                      (list(known),)).fetchone()[0]
    except psycopg.Error:
        return 0


def one_run(config: Path, db: str, concurrency: int, workers: int | None, out: Path) -> dict:
    extra = ["--workers", str(workers)] if workers else []
    known = run_ids(db)
    started = time.perf_counter()
    process = subprocess.Popen([str(BIN / "barrieraudit"), "crawl", str(config), "--db", db, "--out", str(out),
                                "--concurrency", str(concurrency), "-q", *extra],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[float, int]] = []
    while process.poll() is None:
        samples.append((time.perf_counter() - started, new_pages(db, known)))
        time.sleep(0.25)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"barrieraudit crawl failed ({process.returncode}): {stderr.strip()[-500:]}")
    results = json.loads((out / "results.json").read_text())
    pages = [p for s in results["sites"] for p in s["pages"]]
    failed = sum(1 for p in pages if p["error"])
    first = next((t for t, n in samples if n >= 1), 0.0)
    last = next((t for t, n in samples if n >= len(pages)), seconds)
    steady = (len(pages) - 1) / max(last - first, 1e-9) * 60
    return {"pages": len(pages), "failed": failed, "seconds": seconds, "rate": len(pages) / seconds * 60,
            "steady": steady, "first_page_s": first, "executor": results["run"].get("executor")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("BARRIERAUDIT_TEST_POSTGRES"),
                        help="a postgresql:// URL (default: $BARRIERAUDIT_TEST_POSTGRES)")
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--pages", type=int, default=25)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if not args.db:
        raise SystemExit("give --db postgresql://... (or set BARRIERAUDIT_TEST_POSTGRES)")
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        root, work = Path(folder) / "sites", Path(folder)
        for k in range(args.sites):
            bench_engine.generate_site(root / f"site{k:03d}", args.pages, rng)
        ports_file = work / "ports.json"
        server = subprocess.Popen([sys.executable, bench_engine.__file__, "one-page", "--serve", str(root),
                                   str(ports_file)])
        try:
            while not ports_file.exists():
                time.sleep(0.1)
            time.sleep(0.2)
            sites = {name: f"http://{address}/" for name, address in json.loads(ports_file.read_text()).items()}
            config = work / "sites.yaml"
            config.write_text(json.dumps({"max_pages": args.pages, "delay": 0, "max_depth": 100,
                                          "sites": [{"name": n, "url": u, "id": n} for n, u in sites.items()]}))
            print(f"{args.sites} sites x {args.pages} pages, concurrency {args.concurrency} "
                  f"(per worker for --workers), {os.cpu_count()} cores")
            runs: list[tuple[str, dict]] = []
            for round_ in range(args.repeat):
                for workers in [None, *args.workers]:
                    label = "one process" if workers is None else f"--workers {workers}"
                    result = one_run(config, args.db, args.concurrency, workers, work / f"out-{round_}-{workers}")
                    runs.append((label, result))
                    base = next(r for lbl, r in runs[::-1] if lbl == "one process")
                    print(f"  {label:12s} {result['pages']} pages ({result['failed']} failed) in "
                          f"{result['seconds']:.1f} s: {result['rate']:.0f} pages/min whole command "
                          f"({result['rate'] / base['rate']:.2f}); first page stored at {result['first_page_s']:.1f} s, "
                          f"then {result['steady']:.0f} pages/min to the last ({result['steady'] / base['steady']:.2f})",
                          flush=True)
        finally:
            server.kill()


if __name__ == "__main__":
    main()
