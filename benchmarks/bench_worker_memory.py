"""Memory of a check worker: what a process that evaluates sites holds (resident set).

Crawls one generated site of 100 pages (every tenth a 300-800 KB page, as the memory
scenario of bench_engine.py) into a SQLite store, then, in fresh processes, reports
the resident memory after the checks are imported, after the readability dictionary is
loaded (what a worker holds from the run's start), the peak while the site is evaluated
from its stored pages, what is left afterwards, and after ``workers.release_memory``.

    .venv/bin/python benchmarks/bench_worker_memory.py
    .venv/bin/python benchmarks/bench_worker_memory.py --repeat 3 --keep /tmp/worker-memory
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
BIN = Path(sys.executable).parent


def resident_mb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


def measure(db: str) -> None:
    """One fresh worker's figures, as JSON on stdout."""
    figures = {"start": resident_mb()}
    from barrieraudit.evaluate import load_catalogue

    load_catalogue()
    figures["checks imported"] = resident_mb()
    from barrieraudit.evaluate.language import load_readability

    load_readability()
    figures["readability loaded"] = resident_mb()
    import barrieraudit.workers as workers
    from barrieraudit.pipeline import evaluate_stored_site
    from barrieraudit.store import open_store

    store = open_store(db)
    run_id = store.list_runs()[0]["id"]
    site = store.load_sites(run_id)[0]
    evaluate_stored_site(store, run_id, site["id"], site["url"], site["documents"])
    figures["peak while evaluating"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    figures["after"] = resident_mb()
    workers._store = store  # as in a worker process of a run
    workers.release_memory()
    figures["after release_memory"] = resident_mb()
    print(json.dumps(figures))


def crawl(work: Path) -> Path:
    import bench_engine

    db = work / "runs.db"
    if db.exists():
        return db
    root = work / "site"
    bench_engine.generate_site(root, 100, random.Random(7), heavy_every=10)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    config = work / "site.yaml"
    config.write_text(json.dumps({"max_pages": 100, "delay": 0, "max_depth": 100, "sites": [
        {"name": "site", "url": f"http://127.0.0.1:{server.server_port}/", "id": "site"}]}))
    subprocess.run([str(BIN / "barrieraudit"), "crawl", str(config), "--db", str(db), "--out", str(work / "report"),
                    "-q"], check=False, stdout=subprocess.DEVNULL)
    server.shutdown()
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="a folder to keep (and reuse) the crawled site and store in")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.measure)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        db = crawl(work)
        for _ in range(args.repeat):
            done = subprocess.run([sys.executable, __file__, "--measure", str(db)], capture_output=True, text=True,
                                  check=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            print(", ".join(f"{name} {mb} MB" for name, mb in figures.items()), flush=True)


if __name__ == "__main__":
    main()
