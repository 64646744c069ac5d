"""Recorded artifacts of the labelled corpora, and the evaluation they give, as a guard.

``record`` audits tests/corpus, tests/corpus2 and the demo sites once in Chromium and
keeps their page artifacts (no screenshots) in ``tests/artifacts/recorded_sites.json.gz``,
with generated sites of the evaluation benchmark (benchmarks/pages.py: ~1,000-word pages
in seven languages, 200,000-character pages, pages of 3,000 and 20,000 links) beside them;
``record --generated`` renews only those.
``write`` evaluates those recorded artifacts with no browser and writes every fact,
finding, measure and score of every site, as canonical JSON, to
``tests/artifacts/golden_evaluation.json.gz``, with a header naming the commit and the
command that made it. ``check`` does the same evaluation and prints what differs.
test_golden.py asserts that the evaluation still equals the golden file: a change in
speed must not change a result. A change of method on purpose regenerates it:

    PYTHONPATH=$PWD .venv/bin/python tests/golden.py write
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: another checkout's code can write the golden file

import barrieraudit  # noqa: E402
from barrieraudit.evaluate import evaluate_site, load_catalogue  # noqa: E402
from barrieraudit.evaluate.outcome import SiteArtifacts  # noqa: E402
from barrieraudit.score import aggregate, component_values, no_scores  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
RECORDED = ARTIFACTS / "recorded_sites.json.gz"
GOLDEN = ARTIFACTS / "golden_evaluation.json.gz"


def _commit() -> str:
    """The commit of the code that evaluates (the checkout barrieraudit is imported from)."""
    checkout = Path(barrieraudit.__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=checkout, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "barrieraudit", "checks"], cwd=checkout,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (with uncommitted changes)" if dirty else "")


def _command() -> str:
    """This command as it was run (the script's path relative to the checkout)."""
    script = Path(sys.argv[0]).resolve()
    script_name = script.relative_to(ROOT) if script.is_relative_to(ROOT) else script
    return " ".join([f"PYTHONPATH={os.environ.get('PYTHONPATH', '')}", "python", str(script_name), *sys.argv[1:]])


def _dump(data: Any, path: Path) -> None:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    # mtime=0: the same content gives the same bytes, so git sees no change.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(text.encode("utf-8"))


def _load(path: Path) -> Any:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


# -- record: the browser part, run once -------------------------------------------------

def _gather(folder_sites: list[tuple[Path, dict[str, Any]]], executable: str | None) -> list[dict[str, Any]]:
    """Audit (folder, site) pairs on loopback as one run; their stored artifacts."""
    from barrieraudit.browser.playwright_driver import PlaywrightDriver
    from barrieraudit.config import parse_config
    from barrieraudit.demo.server import StaticSiteServer
    from barrieraudit.pipeline import run_audit
    from barrieraudit.store import open_store

    with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        servers = [stack.enter_context(StaticSiteServer(folder)) for folder, _ in folder_sites]
        config = parse_config({"delay": 0, "max_pages": 10, "screenshots": False, "sites": [
            {"name": site["name"], "id": site["id"], "url": server.url + site.get("start", "")}
            for (_, site), server in zip(folder_sites, servers, strict=True)]}, "golden")
        store = open_store(Path(tmp) / "runs.db")
        run_id = asyncio.run(run_audit(config, store, lambda: PlaywrightDriver(executable), concurrency=2))
        recorded = []
        for site in store.load_sites(run_id):
            pages = store.load_pages(run_id, site["id"])
            for page in pages:
                page.pop("seq", None)
            recorded.append({"id": site["id"], "url": site["url"], "status": site["status"],
                             "pages": pages, "documents": site["documents"]})
        store.close()
    return recorded


def _generated() -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pages import LANGUAGES, big_page_site, many_links_site, site

    generated = [site(language, 6) for language in LANGUAGES]
    generated += [big_page_site("en"), big_page_site("zh"), many_links_site(3_000), many_links_site(20_000)]
    return [{"source": "generated", "status": "ok", **entry} for entry in generated]


def record(generated_only: bool = False) -> None:
    from corpus_run import CORPUS, corpus_sites

    from barrieraudit.browser.locate import find_browser
    from barrieraudit.demo import SITES_DIR, demo_sites

    if generated_only:
        kept = _load(RECORDED)
        header, sites = kept["header"], [s for s in kept["sites"] if s["source"] != "generated"]
    else:
        executable = find_browser()[0]
        sites = []
        for name, folder in (("corpus", CORPUS), ("corpus2", CORPUS.parent / "corpus2")):
            for entry in _gather([(folder / s["id"], s) for s in corpus_sites(folder)], executable):
                sites.append({"source": name, **entry})
        demo = [(SITES_DIR / s["dir"], {"id": s["dir"], "name": s["name"]}) for s in demo_sites()]
        sites += [{"source": "demo", **entry} for entry in _gather(demo, executable)]
        header = {"commit": _commit(), "command": "PYTHONPATH=$PWD .venv/bin/python tests/golden.py record",
                  "what": "page artifacts of tests/corpus, tests/corpus2 and the demo sites, gathered in "
                          "Chromium at max_pages 10, without screenshots; and generated sites "
                          "(benchmarks/pages.py)"}
    header["generated"] = {"commit": _commit(), "command": _command()}
    sites += _generated()
    _dump({"header": header, "sites": sites}, RECORDED)
    print(f"{RECORDED}: {len(sites)} sites, {sum(len(s['pages']) for s in sites)} pages, "
          f"{RECORDED.stat().st_size:,} bytes")


# -- write / check: no browser ----------------------------------------------------------

def recorded_sites() -> list[dict[str, Any]]:
    return _load(RECORDED)["sites"]


def evaluate_recorded(site: dict[str, Any]) -> dict[str, Any]:
    """Everything evaluation says about one recorded site, as plain JSON."""
    catalogue = load_catalogue()
    artifacts = SiteArtifacts(site["id"], site["url"], site["pages"], site["documents"])
    evaluation = evaluate_site(artifacts, catalogue)
    scores = aggregate(component_values(evaluation, catalogue.scoring), catalogue.scoring) \
        if artifacts.audited_pages else no_scores()
    result = {
        "facts": evaluation.facts,
        "findings": [f.to_dict() for f in evaluation.findings],
        "page_facts": evaluation.page_facts,
        "not_checked": evaluation.not_checked,
        "outcomes": {check: {"facts": o.facts, "measures": o.measures, "error": o.error}
                     for check, o in evaluation.outcomes.items()},
        "scores": scores,
    }
    # Round-trip through JSON so tuples and lists compare alike, as they are stored.
    return json.loads(json.dumps(result, ensure_ascii=False))


def evaluate_all() -> dict[str, dict[str, Any]]:
    return {f"{site['source']}/{site['id']}": evaluate_recorded(site) for site in recorded_sites()}


def write() -> None:
    header = {"commit": _commit(), "command": _command(),
              "recorded": _load(RECORDED)["header"],
              "catalogue": load_catalogue().version}
    results = evaluate_all()
    _dump({"header": header, "sites": results}, GOLDEN)
    print(f"{GOLDEN}: {len(results)} sites, {GOLDEN.stat().st_size:,} bytes")


def golden_sites() -> dict[str, dict[str, Any]]:
    return _load(GOLDEN)["sites"]


def differences(want: Any, got: Any, path: str = "") -> list[str]:
    """Where two JSON values differ, as readable paths (the first few of each list)."""
    if isinstance(want, dict) and isinstance(got, dict):
        out = []
        for key in sorted(set(want) | set(got)):
            if key not in got:
                out.append(f"{path}/{key}: missing")
            elif key not in want:
                out.append(f"{path}/{key}: unexpected {json.dumps(got[key], ensure_ascii=False)[:200]}")
            else:
                out += differences(want[key], got[key], f"{path}/{key}")
        return out
    if isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        return [d for i, (w, g) in enumerate(zip(want, got, strict=True)) for d in differences(w, g, f"{path}[{i}]")]
    if want != got:
        return [f"{path}: {json.dumps(want, ensure_ascii=False)[:200]} -> {json.dumps(got, ensure_ascii=False)[:200]}"]
    return []


def check() -> int:
    diff = differences(golden_sites(), evaluate_all())
    print("\n".join(diff[:100]) or "identical to the golden file")
    return 1 if diff else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["record", "write", "check"])
    parser.add_argument("--generated", action="store_true", help="record: renew only the generated sites")
    args = parser.parse_args()
    if args.action == "record":
        sys.exit(record(args.generated))
    sys.exit({"write": write, "check": check}[args.action]() or 0)
