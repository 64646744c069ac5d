"""Benchmark: barrieraudit against the bare limit of the browser, on the same pages.

For each concurrency, in the same run and on the same generated pages served on
loopback, it times (1) the bare limit — Playwright and axe-core and nothing else: one
Chromium, N tabs each loading its share of the page list and running axe-core — and
(2) ``barrieraudit crawl`` with everything on (crawl, checks, screenshots, store,
HTML report), as a user runs it. It prints pages per minute for both and their ratio,
the failed pages, the peak memory (PSS) of barrieraudit's whole process tree and what
each kind of process held at that peak, and the CPU a page of each kind of process
(renderer, Chromium's browser, GPU and utility processes, Playwright's driver, the
crawl, the check worker) for both. ``--no-bare`` times barrieraudit alone.
``--bare-route`` gives the bare loop one more thing, a pass-through Playwright route on
every request (``context.route("**/*", continue)``), as barrieraudit's lanes police
each request's scope: Playwright then turns the tab's HTTP cache off, so every page
fetches its style sheet and images again, as a cold visitor does (barrieraudit records
each page's weight that way). The ratio is then against that loop.

Scenarios:
  one-page    many sites of one page each (--sites, default 120)
  big-sites   a few sites of many pages each (--sites 3 --pages 100)
  memory      10 sites x 100 pages of varied sizes (every tenth page 300-800 KB: a
              transcript or an inline image):
              PSS at 25 % and 100 % of the pages, the rate of the last 100 pages
              against the first 100, page time-outs; then `evaluate` and `report`
              of that run, timed.

A script, not a test:

    .venv/bin/python benchmarks/bench_engine.py one-page --concurrency 1 2 4
    .venv/bin/python benchmarks/bench_engine.py big-sites --concurrency 1 2 4
    .venv/bin/python benchmarks/bench_engine.py memory --concurrency 2

``--rounds K`` times the bare loop and barrieraudit K times in turn at each concurrency
and prints, after each round's lines, the median rate of each and the median of the
rounds' ratios (the bare limit moves by a quarter between runs on a shared machine).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import functools
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/style.css"></head><body>
<header><nav aria-label="Main"><ul>{nav}</ul></nav></header>
<main><h1>{title}</h1>
<p>{text}</p><p class="muted">Room {room}, 14:00-15:30. 2,500 participants expected.</p>
<img src="/img/photo{img}.svg" {alt}>
<form action="/register" method="post"><label for="n">Name</label><input id="n" name="name">
<input type="email" name="email" placeholder="Email"><button type="submit">Register</button></form>
<table><caption>Fees</caption><tr><th>Early bird</th><td>USD 150</td></tr><tr><th>Student</th><td>USD 40</td></tr></table>
{extra}<p>{text}</p></main><footer><p>Forum secretariat - <a href="/contact.html">Contact</a></p></footer></body></html>"""
WORDS = ("participants from all regions discuss how digital policy can include persons with disabilities "
         "young people and participants from developing countries registration is free for students and "
         "fellowships cover travel remote participation is offered through an online platform").split()
CSS = "body{font-family:sans-serif;max-width:60rem;margin:auto} .muted{color:#595959} td,th{padding:.2rem}"
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" '
       'fill="#369"/>' + "".join(f'<circle cx="{(k * 37) % 400}" cy="{(k * 53) % 200}" r="9" fill="#fc0"/>'
                                 for k in range(300)) + "</svg>")


def prose(rng: random.Random, words: int) -> str:
    sentences, count = [], 0
    while count < words:
        n = rng.randint(8, 20)
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
        count += n
    return " ".join(sentences)


def heavy_block(rng: random.Random, k: int) -> str:
    """300-800 KB of a kind forum sites publish: a session's full transcript (speaker
    turns of 1-2 KB, as the IGF publishes them), or a page carrying a large inline
    image (a data: URI)."""
    size = rng.randint(300_000, 800_000)
    if k % 2:
        payload = bytes(rng.getrandbits(8) for _ in range(size * 3 // 4))
        return f'<img alt="Programme overview" src="data:image/png;base64,{base64.b64encode(payload).decode()}">'
    turns, total = [], 0
    while total < size:
        turn = f"<p><b>SPEAKER {len(turns) % 12}:</b> {prose(rng, rng.randint(170, 340))}</p>"
        turns.append(turn)
        total += len(turn)
    return "<section><h2>Transcript</h2>" + "".join(turns) + "</section>"


def generate_site(root: Path, pages: int, rng: random.Random, heavy_every: int = 0) -> list[str]:
    """A site of ``pages`` pages, each linked from its neighbours and the nav; every
    ``heavy_every``-th page is 300-800 KB (``heavy_block``). Returns the page paths."""
    (root / "img").mkdir(parents=True, exist_ok=True)
    for k in range(3):
        (root / "img" / f"photo{k}.svg").write_text(SVG)
    (root / "style.css").write_text(CSS)
    paths = ["/"] + [f"/p{i}.html" for i in range(1, pages)]
    for i, path in enumerate(paths):
        nav = "".join(f'<li><a href="{paths[(i + d) % pages]}">Page {(i + d) % pages}</a></li>'
                      for d in range(1, min(pages, 9)))
        extra = ""
        if heavy_every and i % heavy_every == heavy_every - 1:
            extra = heavy_block(rng, i // heavy_every)
        html = PAGE.format(title=f"Forum page {i}", nav=nav, text=prose(rng, 500), room=100 + i, img=i % 3,
                           alt='alt="Session photo"' if i % 3 else "", extra=extra)
        (root / ("index.html" if path == "/" else path.lstrip("/"))).write_text(html)
    (root / "contact.html").write_text(PAGE.format(title="Contact", nav="", text=prose(rng, 100), room=1, img=0,
                                                   alt='alt=""', extra=""))
    return paths


# -- the server: one port per site, in its own process ------------------------------------

class Quiet(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".svg": "image/svg+xml", ".css": "text/css"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(root: Path, ports_file: Path, same_host: bool = False) -> None:
    """One server per site. Each site on its own loopback address (127.0.0.2, .3, …):
    distinct institutions are distinct sites for the browser, which starts a renderer
    for each, in the bare limit as in barrieraudit; ``same_host`` puts them all on
    127.0.0.1 (one site for the browser: the bare limit reuses one renderer)."""
    ports = {}
    for k, folder in enumerate(sorted(p for p in root.iterdir() if p.is_dir())):
        address = "127.0.0.1" if same_host else f"127.0.{2 + k // 250}.{2 + k % 250}"
        httpd = ThreadingHTTPServer((address, 0), functools.partial(Quiet, directory=str(folder)))
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        ports[folder.name] = f"{address}:{httpd.server_address[1]}"
    # Written whole, then renamed: the benchmark waits for the file and reads it at once
    # (written in place, it was once read empty: a JSONDecodeError).
    partial = ports_file.with_suffix(".partial")
    partial.write_text(json.dumps(ports))
    partial.replace(ports_file)
    threading.Event().wait()


# -- the bare limit -----------------------------------------------------------------------

async def bare_limit(urls: list[str], concurrency: int, route: bool = False) -> dict:
    from playwright.async_api import async_playwright

    from barrieraudit.browser.axe import RUN_JS, axe_source
    from barrieraudit.browser.locate import find_browser
    from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS
    from barrieraudit.pipeline import axe_options

    executable, _ = find_browser()
    options = axe_options()  # the rules barrieraudit runs
    queue = list(urls)
    failed = 0
    started = time.perf_counter()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)

        async def worker() -> None:
            nonlocal failed
            context = await browser.new_context(viewport={"width": 1280, "height": 900})
            if route:
                async def go_on(request_route: Any) -> None:
                    await request_route.continue_()

                await context.route("**/*", go_on)
            page = await context.new_page()
            while queue:
                url = queue.pop(0)
                try:
                    await page.goto(url, wait_until="load", timeout=30_000)
                    await page.evaluate(axe_source())
                    await page.evaluate(RUN_JS, options)
                except Exception:  # noqa: BLE001 -- counted, as barrieraudit counts failed pages
                    failed += 1
            await context.close()

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        await browser.close()
    seconds = time.perf_counter() - started
    return {"pages": len(urls) - failed, "failed": failed, "seconds": seconds}


# -- barrieraudit, as a user runs it ------------------------------------------------------

def process_tree(pid: int) -> list[int]:
    """A process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    tree, stack = [], [pid]
    while stack:
        current = stack.pop()
        tree.append(current)
        stack.extend(children.get(current, []))
    return tree


def process_kind(pid: int) -> str:
    """What a process of the tree is: Chromium's renderer, GPU or utility process, its browser process,
    Playwright's driver (node), or a worker process (python); the tree's root is "main"."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone"
    if not command.strip():
        return "exiting"  # its command line is gone: exited, or about to
    if "--type=renderer" in command:
        return "renderer"
    if "--type=gpu-process" in command:
        return "gpu"
    if "--type=utility" in command:
        return "utility"
    if "chrom" in command:
        return "chromium"
    if "node" in command:
        return "node"
    return "python"


TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu(pid: int, seen: dict[int, tuple[str, float]]) -> None:
    """Record the CPU seconds each process of the tree has used so far, by pid."""
    for current in process_tree(pid):
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            # The kind is read again each time: a process seen between fork and exec
            # (node starting Chromium) would otherwise keep its parent's kind; an exited
            # one (no command line) keeps the kind it had.
            kind = "main" if current == pid else process_kind(current)
            if kind in ("gone", "exiting"):
                kind = seen[current][0] if current in seen else "other"
            seen[current] = (kind,
                             (int(fields[11]) + int(fields[12])) / TICK)
        except (OSError, ValueError, IndexError):
            continue


def tree_pss(pid: int) -> dict[str, int]:
    """Proportional set size of a process and all its descendants (shared pages counted
    once across the tree), from /proc, by kind of process."""
    kinds: dict[str, int] = {}
    for current in process_tree(pid):
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    kind = "main" if current == pid else process_kind(current)
                    kinds[kind] = kinds.get(kind, 0) + int(line.split()[1]) * 1024
                    break
        except OSError:
            pass
    return kinds


def stored_pages(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
    except sqlite3.Error:
        return 0


def watch(process: subprocess.Popen, db: Path | None = None) -> dict:
    """Sample a running process tree every 0.25 s until it exits: pages stored (in
    ``db``), PSS (the peak, by kind of process) and CPU seconds by kind of process."""
    samples: list[tuple[float, int, int]] = []  # (seconds, pages stored, PSS bytes)
    peak: dict[str, int] = {}  # PSS by kind of process at the peak
    cpu: dict[int, tuple[str, float]] = {}  # pid -> (kind, CPU seconds)
    started = time.perf_counter()
    while process.poll() is None:
        kinds = tree_pss(process.pid)
        tree_cpu(process.pid, cpu)
        samples.append((time.perf_counter() - started, stored_pages(db) if db else 0, sum(kinds.values())))
        if samples[-1][2] >= sum(peak.values()):
            peak = kinds
        time.sleep(0.25)
    seconds = time.perf_counter() - started
    samples.append((seconds, stored_pages(db) if db else 0, 0))
    by_kind: dict[str, float] = {}
    for kind, used in cpu.values():
        by_kind[kind] = by_kind.get(kind, 0.0) + used
    return {"seconds": seconds, "samples": samples, "peak_pss": max(s[2] for s in samples),
            "peak_kinds": peak, "cpu_kinds": by_kind}


def cpu_line(cpu_kinds: dict[str, float], pages: int) -> str:
    return ", ".join(f"{kind} {used / max(pages, 1) * 1000:.0f}"
                     for kind, used in sorted(cpu_kinds.items(), key=lambda item: -item[1]))


def run_barrieraudit(sites: dict[str, str], pages: int, concurrency: int, work: Path,
                     settings: dict | None = None) -> dict:
    config = work / "sites.yaml"
    config.write_text(json.dumps({"max_pages": pages, "delay": 0, "max_depth": 100, **(settings or {}),
                                  "sites": [{"name": name, "url": url, "id": name} for name, url in sites.items()]}))
    db, out = work / "runs.db", work / "report"
    process = subprocess.Popen([str(BIN / "barrieraudit"), "crawl", str(config), "--db", str(db), "--out", str(out),
                                "--concurrency", str(concurrency), "-q"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watched = watch(process, db)
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"barrieraudit crawl failed ({process.returncode}): {stderr.strip()[-500:]}")
    results = json.loads((out / "results.json").read_text())
    all_pages = [p for s in results["sites"] for p in s["pages"]]
    failed = [p for p in all_pages if p["error"]]
    return {"pages": len(all_pages) - len(failed), "failed": len(failed),
            "timeouts": sum("did not load" in (p["error"] or "") for p in failed),
            "errors": sorted({p["error"] for p in failed})[:5], **watched,
            "run_id": results["run"]["id"], "db": db}


def rate_between(samples: list[tuple[float, int, int]], first: int, last: int) -> float:
    """Pages per minute between the moments ``first`` and ``last`` pages were stored."""
    t0 = next(t for t, n, _ in samples if n >= first)
    t1 = next(t for t, n, _ in samples if n >= last)
    return (last - first) / max(t1 - t0, 1e-9) * 60


def pss_at(samples: list[tuple[float, int, int]], pages: int) -> int:
    """The highest PSS seen until ``pages`` pages were stored."""
    return max(p for _, n, p in samples if n <= pages)


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=["one-page", "big-sites", "memory"])
    parser.add_argument("--sites", type=int)
    parser.add_argument("--pages", type=int)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--bare", help=argparse.SUPPRESS)
    parser.add_argument("--bare-route", action="store_true",
                        help="give the bare loop a pass-through route on every request (the HTTP cache goes off)")
    parser.add_argument("--no-bare", action="store_true",
                        help="time barrieraudit alone (memory and rates; no ratio), e.g. to try a setting")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                        help="a run-wide config setting for barrieraudit, to try one: --set screenshots=false")
    parser.add_argument("--same-host", action="store_true",
                        help="serve every site on 127.0.0.1 (one site for the browser) instead of one loopback "
                             "address per site")
    parser.add_argument("--rounds", type=int, default=1,
                        help="time the bare loop and barrieraudit this many times in turn at each concurrency, "
                             "and print the median ratio: the bare limit itself moves between runs")
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), Path(args.serve[1]), args.same_host)
        return
    if args.bare:
        urls = json.loads(Path(args.bare).read_text())
        print(json.dumps(asyncio.run(bare_limit(urls, args.concurrency[0], args.bare_route))))
        return

    defaults = {"one-page": (120, 1), "big-sites": (3, 100), "memory": (10, 100)}[args.scenario]
    n_sites, pages = args.sites or defaults[0], args.pages or defaults[1]
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "sites"
        paths = {f"site{k:03d}": generate_site(root / f"site{k:03d}", pages, rng,
                                               heavy_every=10 if args.scenario == "memory" else 0)
                 for k in range(n_sites)}
        ports_file = Path(tmp) / "ports.json"
        server = subprocess.Popen([sys.executable, __file__, "one-page", "--serve", str(root), str(ports_file),
                                   *(["--same-host"] if args.same_host else [])])
        try:
            while not ports_file.exists():
                time.sleep(0.1)
            ports = json.loads(ports_file.read_text())
            sites = {name: f"http://{ports[name]}/" for name in paths}
            urls = [sites[name].rstrip("/") + path for name, site_paths in paths.items() for path in site_paths]
            (Path(tmp) / "urls.json").write_text(json.dumps(urls))
            print(f"{args.scenario}: {n_sites} sites x {pages} pages = {len(urls)} pages, "
                  f"{'all on 127.0.0.1' if args.same_host else 'one loopback address per site'}; "
                  f"{os.cpu_count()} cores", flush=True)
            bare_name = "bare+route" if args.bare_route else "bare"
            print(f"{'conc':>4} {bare_name + ' p/min':>{len(bare_name) + 6}} {'ba p/min':>9} {'ratio':>6} {'failed':>6} "
                  f"{'timeouts':>8} {'peak PSS MB':>11}", flush=True)
            for concurrency in args.concurrency:
                rounds: list[tuple[float, float]] = []
                for round_ in range(args.rounds):
                    if args.no_bare:
                        bare, bare_cpu = {"pages": 0, "seconds": float("nan")}, {}
                    else:
                        process = subprocess.Popen([sys.executable, __file__, "one-page", "--bare",
                                                    str(Path(tmp) / "urls.json"), "--concurrency", str(concurrency),
                                                    *(["--bare-route"] if args.bare_route else [])],
                                                   stdout=subprocess.PIPE, text=True)
                        bare_cpu = watch(process)["cpu_kinds"]
                        bare = json.loads(process.stdout.read().strip().splitlines()[-1])
                    work = Path(tmp) / f"run-{concurrency}-{round_}"
                    work.mkdir()
                    settings = {key: json.loads(value) for key, value in (s.split("=", 1) for s in args.set)}
                    ba = run_barrieraudit(sites, pages, concurrency, work, settings)
                    bare_rate = bare["pages"] / bare["seconds"] * 60
                    ba_rate = ba["pages"] / ba["seconds"] * 60
                    rounds.append((bare_rate, ba_rate))
                    print(f"{concurrency:>4} {bare_rate:>{len(bare_name) + 6}.0f} {ba_rate:>9.0f} "
                          f"{ba_rate / bare_rate:>6.2f} {ba['failed']:>6} {ba['timeouts']:>8} "
                          f"{ba['peak_pss'] / 1e6:>11.0f}"
                          + (f"  errors: {ba['errors']}" if ba["errors"] else ""), flush=True)
                    print(f"     CPU ms a page, {bare_name}: {cpu_line(bare_cpu, bare['pages'])}; "
                          f"barrieraudit: {cpu_line(ba['cpu_kinds'], ba['pages'])}", flush=True)
                    print("     peak PSS by process: " + ", ".join(
                        f"{kind} {size / 1e6:.0f} MB" for kind, size in sorted(ba["peak_kinds"].items(),
                                                                             key=lambda item: -item[1])), flush=True)
                    if args.scenario == "memory":
                        total = ba["pages"] + ba["failed"]
                        window = min(100, total // 4)  # the first and last 100 pages (a quarter of a small run)
                        quarter = pss_at(ba["samples"], total // 4)
                        full = pss_at(ba["samples"], total)
                        print(f"     PSS at 25 %: {quarter / 1e6:.0f} MB, at 100 %: {full / 1e6:.0f} MB "
                              f"({(full / quarter - 1) * 100:+.0f} %); pages/min first {window}: "
                              f"{rate_between(ba['samples'], 0, window):.0f}, last {window}: "
                              f"{rate_between(ba['samples'], total - window, total):.0f}", flush=True)
                        evaluate_s = timed([str(BIN / "barrieraudit"), "evaluate", ba["run_id"], "--db", str(ba["db"])])
                        report_s = timed([str(BIN / "barrieraudit"), "report", ba["run_id"], "--db", str(ba["db"]),
                                          "--out", str(work / "again")])
                        print(f"     evaluate: {evaluate_s:.1f} s ({total / evaluate_s * 60:.0f} pages/min); "
                              f"report: {report_s:.1f} s", flush=True)
                if args.rounds > 1:
                    ratios = sorted(ba / bare for bare, ba in rounds)
                    print(f"{concurrency:>4} median of {args.rounds} rounds: {bare_name} "
                          f"{statistics.median(b for b, _ in rounds):.0f}, barrieraudit "
                          f"{statistics.median(a for _, a in rounds):.0f} pages a minute; ratio "
                          f"{statistics.median(ratios):.2f} (rounds: {', '.join(f'{r:.2f}' for r in ratios)})",
                          flush=True)
        finally:
            server.kill()


if __name__ == "__main__":
    main()
