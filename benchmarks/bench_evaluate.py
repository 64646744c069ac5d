"""Evaluation speed: every check of the catalogue over generated page artifacts, no browser.

Measures ``evaluate_site`` (all checks) on forum sites of ordinary ~1,000-word pages in
seven languages, a page at the 200,000-character text cap, programme pages with 3,000
links (what gathering keeps) and 20,000 links, and the pages of the labelled corpora and
demo sites as gathered in Chromium (tests/artifacts/recorded_sites.json.gz). Times are CPU seconds of this
process (``time.process_time``), so other work on the machine does not inflate them;
the figures are for one core. A first small site per language pays the one-time loading
of lexicons, the language model and the syllable dictionaries: it is timed apart
(warm-up).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_evaluate.py
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_evaluate.py --pages 25 --languages en zh
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the figures claim
sys.path.insert(0, str(Path(__file__).parent))
RECORDED = Path(__file__).parent.parent / "tests" / "artifacts" / "recorded_sites.json.gz"

from pages import LANGUAGES, big_page_site, many_links_site, site  # noqa: E402

from barrieraudit.evaluate import evaluate_site  # noqa: E402
from barrieraudit.evaluate.outcome import SiteArtifacts  # noqa: E402


def timed(data: dict) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, findings) of evaluating one generated site."""
    artifacts = SiteArtifacts(data["id"], data["url"], data["pages"], data["documents"])
    cpu, wall = time.process_time(), time.perf_counter()
    evaluation = evaluate_site(artifacts)
    return time.process_time() - cpu, time.perf_counter() - wall, len(evaluation.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=15, help="pages per ordinary site (default 15)")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES), choices=LANGUAGES,
                        help="languages of the ordinary sites (default all seven; none to skip them)")
    parser.add_argument("--big", nargs="*", default=["en", "zh"], choices=LANGUAGES,
                        help="languages of the 200,000-character page (default en zh)")
    parser.add_argument("--links", nargs="*", type=int, default=[3_000, 20_000],
                        help="link counts of the many-links pages (default 3000 20000)")
    args = parser.parse_args()

    warm = [timed(site(language, 2, seed=99)) for language in LANGUAGES]
    print(f"warm-up (loading lexicons, language model, dictionaries; 2 pages per language): "
          f"{sum(w[0] for w in warm):.2f} s CPU, {sum(w[1] for w in warm):.2f} s wall")
    print(f"\n{'site':<22}{'pages':>6}{'chars/page':>12}{'CPU s':>9}{'ms/page':>10}{'wall s':>9}")
    total_cpu, total_pages = 0.0, 0
    for language in args.languages:
        data = site(language, args.pages)
        chars = sum(len(p["dom"]["text"]) for p in data["pages"]) // len(data["pages"])
        cpu, wall, _ = timed(data)
        total_cpu += cpu
        total_pages += len(data["pages"])
        print(f"{data['id']:<22}{len(data['pages']):>6}{chars:>12,}{cpu:>9.2f}{1000 * cpu / len(data['pages']):>10.1f}"
              f"{wall:>9.2f}")
    if total_pages:
        print(f"{'ordinary pages':<22}{total_pages:>6}{'':>12}{total_cpu:>9.2f}{1000 * total_cpu / total_pages:>10.1f}"
              f"   -> {60 * total_pages / total_cpu:,.0f} pages/min on one core")
    if RECORDED.exists():
        with gzip.open(RECORDED, "rt", encoding="utf-8") as handle:
            recorded = [s for s in json.load(handle)["sites"] if s["source"] != "generated"]
        pages = sum(len(s["pages"]) for s in recorded)
        chars = sum(len((p.get("dom") or {}).get("text") or "") for s in recorded for p in s["pages"]) // pages
        cpu = wall = 0.0
        for data in recorded:
            cpu_site, wall_site, _ = timed(data)
            cpu, wall = cpu + cpu_site, wall + wall_site
        print(f"{'recorded corpora':<22}{pages:>6}{chars:>12,}{cpu:>9.2f}{1000 * cpu / pages:>10.1f}{wall:>9.2f}"
              f"   -> {60 * pages / cpu:,.0f} pages/min ({len(recorded)} sites)")
    print()
    for data in [*(big_page_site(language) for language in args.big), *(many_links_site(n) for n in args.links)]:
        page = data["pages"][0]
        cpu, wall, _ = timed(data)
        print(f"{data['id']:<22}{'1':>6}{len(page['dom']['text']):>12,}{cpu:>9.2f}{1000 * cpu:>10.1f}{wall:>9.2f}"
              f"   ({len(page['dom']['links']):,} links)")


if __name__ == "__main__":
    main()
