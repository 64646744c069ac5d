"""Serve the labelled corpus (tests/corpus) on loopback and audit it as one run.

Used by test_corpus.py, and by hand to measure accuracy per fact:

    .venv/bin/python tests/corpus_run.py --db /tmp/corpus.db
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from pathlib import Path
from typing import Any

import yaml

from barrieraudit.browser.locate import find_browser
from barrieraudit.browser.playwright_driver import PlaywrightDriver
from barrieraudit.config import parse_config
from barrieraudit.demo.server import StaticSiteServer
from barrieraudit.pipeline import run_audit
from barrieraudit.store import RunStore, open_store

CORPUS = Path(__file__).parent / "corpus"


def corpus_sites(folder: Path = CORPUS) -> list[dict[str, Any]]:
    return yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["sites"]


def audit_corpus(db: Path, executable: str | None, concurrency: int = 4,
                 folder: Path = CORPUS) -> tuple[RunStore, str]:
    sites = corpus_sites(folder)
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(StaticSiteServer(folder / site["id"])) for site in sites]
        config = parse_config({"delay": 0, "max_pages": 10, "screenshots": False, "sites": [
            {"name": site["name"], "id": site["id"], "url": server.url + site.get("start", "")}
            for site, server in zip(sites, servers, strict=True)]}, "corpus")
        store = open_store(db)
        run_id = asyncio.run(run_audit(config, store, lambda: PlaywrightDriver(executable), concurrency=concurrency))
    return store, run_id


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--folder", type=Path, default=CORPUS, help="tests/corpus (default) or tests/holdout")
    args = parser.parse_args()
    store, run_id = audit_corpus(args.db, find_browser()[0], folder=args.folder)
    print(run_id)
