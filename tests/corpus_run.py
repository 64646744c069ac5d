"""Serve the labelled corpus (tests/corpus) on loopback and audit it as one run.

Used by test_corpus.py, and by hand to measure accuracy per fact:

    .venv/bin/python tests/corpus_run.py --db /tmp/corpus.db --folder tests/heldout --max-pages 12

prints facts right per fact and the labelled participation pages the crawl did not reach;
``--show`` names every wrong fact (do not use it on the held-out folder while it is held out).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from barrieraudit.browser.locate import find_browser
from barrieraudit.browser.playwright_driver import PlaywrightDriver
from barrieraudit.config import parse_config
from barrieraudit.demo.server import StaticSiteServer
from barrieraudit.pipeline import run_audit
from barrieraudit.results import build_results
from barrieraudit.store import RunStore, open_store

CORPUS = Path(__file__).parent / "corpus"


def corpus_sites(folder: Path = CORPUS) -> list[dict[str, Any]]:
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["sites"]


def audit_corpus(db: Path, executable: str | None, concurrency: int = 4,
                 folder: Path = CORPUS, max_pages: int = 10) -> tuple[RunStore, str]:
    sites = corpus_sites(folder)
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(StaticSiteServer(folder / site["id"])) for site in sites]
        config = parse_config({"delay": 0, "max_pages": max_pages, "screenshots": False, "sites": [
            {"name": site["name"], "id": site["id"], "url": server.url + site.get("start", "")}
            for site, server in zip(sites, servers, strict=True)]}, "corpus")
        store = open_store(db)
        run_id = asyncio.run(run_audit(config, store, lambda: PlaywrightDriver(executable), concurrency=concurrency))
    return store, run_id


def observed(site: dict[str, Any]) -> dict[str, Any]:
    """The facts a user reads in results.json, in the corpus's vocabulary."""
    facts = site["facts"]
    form = facts["registration_form"]
    findings = site["findings"]
    platform = [f for f in findings if f["check"] == "registration.form" and "third-party platform" in f["message"]]
    return {
        "languages": sorted(facts["languages"] or []),
        "un_languages": sorted(facts["un_languages"] or []),
        "fees": sorted((f["amount"], f["currency"]) for f in facts["fees"]),
        "free_option": facts["free_option"],
        "fee_support": facts["fee_support"],
        "remote_participation": facts["remote_participation"],
        "captcha": facts["captcha"],
        "account_required": facts["account_required"],
        "registration_form": form and {**form, "sensitive": sorted(form["sensitive"])},
        "registration_host": platform[0]["message"].split("(")[1].split(")")[0] if platform else None,
        "registration_pdf_only": any("PDF form" in f["message"] for f in findings if f["check"] == "registration.form"),
        "min_age": facts["min_age"],
        "accessibility_statement": facts["accessibility_statement"],
        "access_services": sorted(facts["access_services"]),
        "videos_without_captions": sum(1 for f in findings if f["check"] == "accessibility.captions"
                                       and f["certainty"] == "confirmed"),
        "pdf_only_documents": any(f["check"] == "accessibility.pdf-only" for f in findings),
    }


def expected(entry: dict[str, Any]) -> dict[str, Any]:
    want = dict(entry["expected"])
    want["fees"] = sorted((f["amount"], f["currency"]) for f in want["fees"])
    for key in ("languages", "un_languages", "captcha", "access_services"):
        want[key] = sorted(want[key])
    if want["registration_form"]:
        want["registration_form"] = {**want["registration_form"],
                                     "sensitive": sorted(want["registration_form"]["sensitive"])}
    return want


def file_of(url: str) -> str:
    """The corpus file a served URL shows: ``/`` and ``/zh-tw/`` are their index.html."""
    path = urlsplit(url).path.lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path


def accuracy(folder: Path, results: dict[str, Any]) -> tuple[Counter[str], Counter[str], list[str]]:
    """Facts right and labelled, per fact, and the labelled participation pages not reached."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[str] = []
    for entry in corpus_sites(folder):
        site = results[entry["id"]]
        got, want = observed(site), expected(entry)
        for key, value in want.items():
            total[key] += 1
            right[key] += got.get(key) == value
        reached = {file_of(page["final_url"] or page["url"]) for page in site["pages"]
                   if page["error"] is None and (page["http_status"] or 200) < 400}
        missed += [f"{entry['id']}/{path}" for path in entry.get("participation_pages", []) if path not in reached]
    return right, total, missed


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--folder", type=Path, default=CORPUS,
                        help="a labelled folder: tests/corpus (default), tests/corpus2 ... tests/corpus9, tests/heldout")
    parser.add_argument("--max-pages", type=int, default=10, help="page budget per site (default 10)")
    parser.add_argument("--show", action="store_true",
                        help="name every wrong fact (looking at a held-out folder ends its being held out)")
    args = parser.parse_args()
    store, run_id = audit_corpus(args.db, find_browser()[0], folder=args.folder, max_pages=args.max_pages)
    results = {site["id"]: site for site in build_results(store, run_id)["sites"]}
    right, total, missed = accuracy(args.folder, results)
    print(f"{args.folder.name}: {len(results)} sites, run {run_id}, budget {args.max_pages} pages")
    print(f"facts right {sum(right.values())}/{sum(total.values())} = {sum(right.values()) / sum(total.values()):.2f}")
    for key in total:
        print(f"  {key:26} {right[key]:3}/{total[key]}")
    print(f"participation pages not reached: {len(missed)}")
    if args.show:
        for path in missed:
            print(f"  not reached: {path}")
        for entry in corpus_sites(args.folder):
            got, want = observed(results[entry["id"]]), expected(entry)
            for key, value in want.items():
                if got.get(key) != value:
                    print(f"  {entry['id']} {key}: got {got.get(key)!r}, want {value!r}")
