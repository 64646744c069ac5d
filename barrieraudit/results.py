"""The results contract: ``results.json``, schema ``barrieraudit.results/1``.

Built from a stored run only (never from live state), so any past run gives the same
file again. The JSON Schema ships in ``barrieraudit/schema``; ``validate_results``
checks a document against it. ``run_method`` gives the method (check specs and
scoring) a run was scored with, as stored with it, for the report to render.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .resources import package_file
from .evaluate import FACT_KEYS
from .evaluate.catalogue import Catalogue, load_catalogue, method_hash, method_snapshot
from .score import no_scores
from .store import RunStore
from .store.sql import PAGE_SUMMARY_FIELDS

SCHEMA_ID = "barrieraudit.results/1"
PAGE_FIELDS = PAGE_SUMMARY_FIELDS
RUN_FIELDS = ("id", "started_at", "finished_at", "tool_version", "axe_version", "catalogue_version")


@cache
def results_schema() -> dict[str, Any]:
    return json.loads(package_file("schema", "results-1.schema.json").read_text(encoding="utf-8"))


def validate_results(document: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if the document breaks the contract."""
    import jsonschema

    jsonschema.validate(document, results_schema(), format_checker=jsonschema.FormatChecker())


def audited(site: dict[str, Any]) -> bool:
    """Whether any page of a site (in results) was read. A site with none was not
    audited: it has no findings, facts, scores or rank, and is listed apart."""
    return any(page.get("error") is None for page in site["pages"])


def record_method(store: RunStore, run_id: str, catalogue: Catalogue | None = None) -> str:
    """Store ``catalogue`` (default: today's) as the method ``run_id`` is scored with;
    return the method's content hash."""
    snapshot = method_snapshot(catalogue or load_catalogue())
    key = method_hash(snapshot)
    store.save_method(run_id, key, snapshot)
    return key


def run_method(store: RunStore, run_id: str) -> tuple[str, dict[str, Any]] | None:
    """(hash, snapshot) of the method a run was scored with; None when it was not recorded.

    A run without a stored method whose catalogue version is today's -- the same
    declared version and the same hash of every file in ``checks/`` -- was scored with
    today's catalogue, so that is recorded now (a run just crawled or re-evaluated).
    """
    stored = store.load_method(run_id)
    if stored is None and store.get_run(run_id)["catalogue_version"] == load_catalogue().version:
        record_method(store, run_id)
        stored = store.load_method(run_id)
    return stored


def build_results(store: RunStore, run_id: str) -> dict[str, Any]:
    run = store.get_run(run_id)
    method = store.load_method(run["id"])
    sites = []
    for site in store.load_sites(run["id"]):
        pages = store.load_page_summaries(run["id"], site["id"])
        # A run that crashed before evaluation has no facts or scores yet: all unknown.
        scores = site["scores"] or no_scores()
        status, error = site["status"], site["error"]
        if status == "pending":  # a run interrupted before this site finished
            status = "partial" if pages else "failed"
            error = "the run was interrupted before this site was finished"
        sites.append({
            "id": site["id"], "name": site["name"], "url": site["url"],
            "status": status, "error": error,
            "pages": [{key: page.get(key) for key in PAGE_FIELDS} | site["page_facts"].get(page["url"], {})
                      | ({"flow": page["flow"]} if page.get("flow") else {}) for page in pages],
            "facts": site["facts"] or dict.fromkeys(FACT_KEYS),
            "findings": store.load_findings(run["id"], site["id"]),
            "scores": scores,
            "rank": site["rank"],
            "rank_interval": site["rank_interval"],
            "documents": [{k: d.get(k) for k in ("url", "kind", "found_on")} for d in site["documents"]],
            "warnings": site["warnings"],
            # Where the site was audited from (some sites block some networks): the
            # machine, and the Dask worker's address in a distributed run.
            "worker": site.get("worker"),
        })
        sites[-1]["fix_first"] = fix_first(sites[-1]["findings"])
        sites[-1]["not_checked"] = not_checked(pages, site.get("not_checked"))
    return {
        "schema": SCHEMA_ID,
        "run": {**{key: run[key] for key in RUN_FIELDS}, "status": run["status"], "browser": run["browser"],
                "parent_id": run["parent_id"], "method_hash": method[0] if method else None,
                "executor": run.get("executor")},
        "sites": sites,
    }


FIX_FIRST = 5  # barriers a site's fix-first list holds


def fix_first(findings: list[dict[str, Any]], limit: int = FIX_FIRST) -> list[dict[str, Any]] | None:
    """The barriers whose fix raises the site's scores most, best first: each the findings of
    one check and selector (``fix_order`` and ``gain``, stored with every finding by the
    evaluation, ``pipeline.findings_with_gains``). None when the findings carry no gains
    (evaluated before gains existed, or a site not scored)."""
    if not any("gain" in f for f in findings):
        return None
    barriers: dict[int, dict[str, Any]] = {}
    for finding in findings:
        order = finding.get("fix_order")
        if order is None or order > limit:
            continue
        barrier = barriers.setdefault(order, {
            "check": finding["check"], "selector": finding.get("selector") or "", "message": finding["message"],
            "severity": finding["severity"], "certainty": finding["certainty"], "gain": finding["gain"],
            "help": finding.get("help") or "", "help_url": finding.get("help_url") or "", "pages": [],
            "findings": 0})
        if finding["certainty"] == "confirmed":
            barrier["certainty"] = "confirmed"
        barrier["findings"] += 1
        barrier["pages"] += [p for p in finding.get("pages") or [finding["page"]] if p not in barrier["pages"]]
    return [barriers[order] | {"page_count": len(barriers[order]["pages"])} for order in sorted(barriers)]


def not_checked(pages: list[dict[str, Any]], stored: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """What the audit could not look at, apart from its findings: pages that could not be
    read (from the pages), and what the evaluation could not check on the pages it read
    (frames axe-core could not enter, pages it did not finish on; stored by the evaluation,
    absent for runs evaluated before it was kept)."""
    failed = [{"page": page["url"], "kind": "page", "selector": "", "snippet": "", "reason": page["error"]}
              for page in pages if page.get("error") is not None]
    return failed + list(stored or [])


def write_results(document: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
