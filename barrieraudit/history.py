"""Comparing runs over time: what got better, what got worse.

Findings of two runs are matched by check, page and selector (a finding on several
pages counts once per page), so a barrier is *new*, *fixed* or *persisting*; scores
are compared per site. ``site_history`` gives each site's scores across the stored
runs, for the report's trend.
"""

from __future__ import annotations

from typing import Any

from .evaluate.catalogue import DIMENSIONS, GROUPS
from .results import build_results
from .store import RunStore

Key = tuple[str, str, str]


def finding_keys(site: dict[str, Any]) -> dict[Key, dict[str, Any]]:
    keys = {}
    for finding in site["findings"]:
        for page in finding.get("pages") or [finding["page"]]:
            keys[(finding["check"], page, finding.get("selector") or "")] = finding
    return keys


def _score_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[float | None]]:
    def pick(scores: dict[str, Any]) -> dict[str, float | None]:
        scores = scores or {}
        return {"overall": scores.get("overall"), **{g: (scores.get("groups") or {}).get(g) for g in GROUPS},
                **{d: (scores.get("dimensions") or {}).get(d) for d in DIMENSIONS}}

    a, b = pick(before), pick(after)
    return {key: [a[key], b[key]] for key in a if a[key] != b[key]}


def diff_sites(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any]:
    old = finding_keys(before) if before else {}
    new = finding_keys(after) if after else {}

    def listed(keys: set[Key], source: dict[Key, dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"check": k[0], "page": k[1], "selector": k[2], "severity": source[k]["severity"],
                 "certainty": source[k]["certainty"], "message": source[k]["message"]} for k in sorted(keys)]

    site = after or before
    return {
        "id": site["id"], "name": site["name"],
        "change": "added" if before is None else "removed" if after is None else "compared",
        "new": listed(set(new) - set(old), new),
        "fixed": listed(set(old) - set(new), old),
        "persisting": len(set(old) & set(new)),
        "scores": _score_changes((before or {}).get("scores"), (after or {}).get("scores")),
        "rank": [(before or {}).get("rank"), (after or {}).get("rank")],
    }


def diff_runs(store: RunStore, run_a: str, run_b: str) -> dict[str, Any]:
    """Per site: barriers new, fixed and persisting from run A to run B, and score changes."""
    a, b = build_results(store, run_a), build_results(store, run_b)
    before = {s["id"]: s for s in a["sites"]}
    after = {s["id"]: s for s in b["sites"]}
    order = list(after) + [site_id for site_id in before if site_id not in after]
    return {"from": a["run"]["id"], "to": b["run"]["id"],
            "sites": [diff_sites(before.get(site_id), after.get(site_id)) for site_id in order]}


def last_two_runs(store: RunStore) -> tuple[str, str]:
    finished = [r for r in store.list_runs() if r["status"] == "finished"]
    if len(finished) < 2:
        from .errors import StoreError

        raise StoreError("diff needs two finished runs in the database")
    return finished[-2]["id"], finished[-1]["id"]


def site_history(store: RunStore, run_id: str) -> dict[str, list[dict[str, Any]]]:
    """Each site of the run: its scores in every stored run up to this one, oldest first."""
    current = store.get_run(run_id)
    runs = [r for r in store.list_runs() if r["started_at"] <= current["started_at"]
            and r["status"] in ("finished", "interrupted") or r["id"] == run_id]
    history: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        for site in store.load_sites(run["id"]):
            scores = site["scores"] or {}
            history.setdefault(site["id"], []).append({
                "run": run["id"], "started_at": run["started_at"], "parent": run["parent_id"],
                "overall": scores.get("overall"), "groups": scores.get("groups") or {}, "rank": site["rank"]})
    ids = {s["id"] for s in store.load_sites(run_id)}
    return {site_id: points for site_id, points in history.items() if site_id in ids}


def changes_since_previous(store: RunStore, run_id: str, history: dict[str, list[dict[str, Any]]],
                           results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """For each site of ``results`` (run ``run_id``), the diff against the latest earlier
    run in ``history`` (from ``site_history``) that audited it."""
    current = {s["id"]: s for s in results["sites"]}
    earlier_results: dict[str, dict[str, Any]] = {}
    changes = {}
    for site_id, points in history.items():
        previous = [p for p in points if p["run"] != run_id]
        if not previous:
            continue
        previous_run = previous[-1]["run"]
        if previous_run not in earlier_results:
            earlier_results[previous_run] = {s["id"]: s for s in build_results(store, previous_run)["sites"]}
        diff = diff_sites(earlier_results[previous_run].get(site_id), current[site_id])
        changes[site_id] = {**diff, "previous_run": previous_run}
    return changes
