"""Benchmark: what each of the driver's features costs, one site after another.

Raw Playwright on generated one-page sites, each on its own loopback address, visited
one after the other; each level adds one feature of barrieraudit's driver to the bare
loop (goto + axe-core): ``ctx`` a new browser context and page per site, ``cdp`` a
DevTools session with Network/Page events, ``fetch`` DevTools Fetch on documents,
``route`` Playwright's route on every request, ``iso`` axe-core from the stash in an
isolated world, ``shot`` the screenshot, ``gather`` the gatherer, ``blank`` the trip
to about:blank. ``--mode`` says where the page comes from: ``ctx`` a new context per
site, ``page`` a new page in one context, ``same`` one page for every site (how lanes
work). Prints pages a minute, median milliseconds per step and CPU per page by process
kind. This is how the cost of a new page per site (~290 ms of the browser's CPU) was
found.

    .venv/bin/python benchmarks/bench_driver_features.py --sites 40 --mode ctx
    .venv/bin/python benchmarks/bench_driver_features.py --sites 40 --mode same ctx route blank
"""
import argparse, asyncio, json, os, random, subprocess, sys, tempfile, time, collections
from pathlib import Path
import bench_engine as be
from playwright.async_api import async_playwright
from barrieraudit.browser.axe import RUN_JS, axe_source, run_expression, WORLD, LOAD_JS, stash_script
from barrieraudit.browser.playwright_driver import CHROMIUM_ARGS, _GATHER_JS, VIEWPORT, THUMBNAIL
from barrieraudit.pipeline import axe_options
tck = os.sysconf("SC_CLK_TCK")

def cpu_tree():
    me = os.getpid(); kids = collections.defaultdict(list); info = {}
    for e in os.listdir("/proc"):
        if e.isdigit():
            try:
                st = Path(f"/proc/{e}/stat").read_text().rsplit(")",1)[1].split()
                kids[int(st[1])].append(int(e)); info[int(e)] = (int(st[11])+int(st[12]))/tck
            except Exception: pass
    out = {}; stack=[me]
    while stack:
        p=stack.pop(); stack.extend(kids.get(p,[]))
        try: cmd = Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="replace")
        except Exception: cmd=""
        key = "renderer" if "--type=renderer" in cmd else "utility" if "--type=" in cmd else "browser" if "chromium" in cmd else "node" if "node" in cmd else "python" if p==me else "other"
        out[key] = out.get(key,0)+info.get(p,0)
    # include reaped children's time
    t = os.times(); out["reaped"] = t.children_user + t.children_system
    return out

LEVELS = ["bare", "ctx", "cdp", "fetch", "route", "iso", "shot", "gather", "blank"]
MODE = "ctx"

async def run(urls, level):
    L = LEVELS.index(level)
    opts = axe_options()
    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        ctx = page = None
        c0 = cpu_tree(); t0 = time.perf_counter()
        samples = []
        for u in urls:
            fresh_ctx = ctx is None or (L >= 1 and MODE == "ctx")
            if fresh_ctx or (L >= 1 and MODE == "page"):
                if fresh_ctx:
                    if ctx: await ctx.close()
                    ctx = await b.new_context(viewport=VIEWPORT)
                    if L >= 4:
                        async def route(r): await r.continue_()
                        await ctx.route("**/*", route)
                elif page: await page.close()
                page = await ctx.new_page()
                if L >= 2 and (fresh_ctx or MODE != "same"):
                    cdp = await ctx.new_cdp_session(page)
                    fid = (await cdp.send("Page.getFrameTree"))["frameTree"]["frame"]["id"]
                    for ev in ("Network.requestWillBeSent","Network.responseReceived","Network.dataReceived","Network.loadingFinished","Page.frameNavigated","Page.loadEventFired"):
                        cdp.on(ev, lambda e: None)
                    jobs = [cdp.send("Network.enable"), cdp.send("Page.enable")]
                    if L >= 5: jobs.append(cdp.send("Page.addScriptToEvaluateOnNewDocument", {"source": stash_script(), "worldName": WORLD}))
                    if L >= 3:
                        def paused(e, cdp=cdp): asyncio.ensure_future(cdp.send("Fetch.continueRequest", {"requestId": e["requestId"]}))
                        cdp.on("Fetch.requestPaused", paused)
                        jobs.append(cdp.send("Fetch.enable", {"patterns": [{"urlPattern": "*", "requestStage": "Response", "resourceType": "Document"}]}))
                    await asyncio.gather(*jobs)
            t = time.perf_counter()
            await page.goto(u, wait_until="load")
            t1 = time.perf_counter()
            if L >= 6:
                await cdp.send("Page.captureScreenshot", THUMBNAIL)
            t2 = time.perf_counter()
            if L >= 5:
                w = await cdp.send("Page.createIsolatedWorld", {"frameId": fid, "worldName": WORLD})
                c = {"contextId": w["executionContextId"], "returnByValue": True}
                await cdp.send("Runtime.evaluate", {"expression": LOAD_JS, **c})
                await cdp.send("Runtime.evaluate", {"expression": run_expression(opts), "awaitPromise": True, **c})
            else:
                await page.evaluate(axe_source()); await page.evaluate(RUN_JS, opts)
            t3 = time.perf_counter()
            if L >= 7:
                await page.evaluate(_GATHER_JS, {"maxText": 200000, "maxLinks": 3000})
            t4 = time.perf_counter()
            if L >= 8:
                await page.goto("about:blank")
            t5 = time.perf_counter()
            samples.append((t1-t, t2-t1, t3-t2, t4-t3, t5-t4))
        wall = time.perf_counter()-t0
        c1 = cpu_tree()
        await b.close()
    med = [sorted(s[i] for s in samples)[len(samples)//2]*1000 for i in range(5)]
    cpu = {k: c1.get(k,0)-c0.get(k,0) for k in c1}
    print(f"{level:7} {len(urls)/wall*60:5.0f} p/min  load {med[0]:4.0f} shot {med[1]:3.0f} axe {med[2]:4.0f} gather {med[3]:3.0f} blank {med[4]:3.0f} ms | cpu/page " + " ".join(f"{k} {v/len(urls)*1000:.0f}" for k,v in sorted(cpu.items()) if v>0.05), flush=True)

parser = argparse.ArgumentParser(description="what each of the driver's features costs")
parser.add_argument("levels", nargs="*", help=f"levels to run, of {', '.join(LEVELS)} (default: all)")
parser.add_argument("--sites", type=int, default=40)
parser.add_argument("--mode", choices=["ctx", "page", "same"], default="ctx")
args = parser.parse_args()
MODE, n, levels = args.mode, args.sites, args.levels or LEVELS
if set(levels) - set(LEVELS):
    parser.error(f"unknown level {sorted(set(levels) - set(LEVELS))[0]!r}; levels: {', '.join(LEVELS)}")
rng = random.Random(7)
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)/"sites"
    for k in range(n): be.generate_site(root/f"site{k:03d}", 1, rng)
    pf = Path(tmp)/"ports.json"
    server = subprocess.Popen([sys.executable, be.__file__, "one-page", "--serve", str(root), str(pf)])
    while not pf.exists(): time.sleep(0.1)
    time.sleep(0.3)
    urls = [f"http://{v}/" for v in json.loads(pf.read_text()).values()]
    try:
        for lv in levels: asyncio.run(run(urls, lv))
    finally: server.kill()
