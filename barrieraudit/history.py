"""Comparing runs over time: what got better, what got worse.

Findings of two runs are matched by check, page and selector (a finding on several
pages counts once per page; a page on the site's own origin by its path), so a
barrier is *new*, *fixed* or *persisting*; scores are compared per site.
``site_history`` gives each site's scores across the stored crawls, for the report's
trend: one point per crawl, in the evaluation made with the same method as the run
reported where ``barrieraudit evaluate`` made one.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .evaluate.catalogue import DIMENSIONS, GROUPS
from .results import build_results
from .store import RunStore

Key = tuple[str, str, str]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def finding_keys(site: dict[str, Any]) -> dict[Key, tuple[dict[str, Any], str]]:
    """(check, page, selector) -> (finding, page URL). A page on the site's own origin is
    keyed by its path, so a site served from another host or port (a test server, a move
    to HTTPS) still matches its barriers."""
    origin = _origin(site["url"])
    keys = {}
    for finding in site["findings"]:
        for page in finding.get("pages") or [finding["page"]]:
            local = (page[len(origin):] or "/") if _origin(page) == origin else page
            keys[(finding["check"], local, finding.get("selector") or "")] = (finding, page)
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

    def listed(keys: set[Key], source: dict[Key, tuple[dict[str, Any], str]]) -> list[dict[str, Any]]:
        return [{"check": k[0], "page": source[k][1], "selector": k[2], "severity": source[k][0]["severity"],
                 "certainty": source[k][0]["certainty"], "message": source[k][0]["message"]} for k in sorted(keys)]

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


def _crawl_of(run: dict[str, Any], runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The run that gathered the pages a (possibly re-evaluated) run was scored on."""
    seen = {run["id"]}
    while run["parent_id"] in runs and run["parent_id"] not in seen:
        run = runs[run["parent_id"]]
        seen.add(run["id"])
    return run


def comparable_runs(store: RunStore, run_id: str, statuses: tuple[str, ...] = ("finished", "interrupted")
                    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One evaluation per crawl, up to the crawl of ``run_id``, oldest crawl first, as
    (crawl, evaluation) pairs.

    ``run_id`` stands for its own crawl. For every earlier crawl, the evaluation made
    with the same catalogue (the same method) as ``run_id`` is preferred, so that a
    trend or a diff compares like with like once ``barrieraudit evaluate`` has applied
    a new method to past crawls; without one, the crawl's latest evaluation is used.
    """
    runs = {r["id"]: r for r in store.list_runs()}
    current = runs[store.get_run(run_id)["id"]]
    current_crawl = _crawl_of(current, runs)
    evaluations: dict[str, list[dict[str, Any]]] = {}
    for run in runs.values():
        crawl = _crawl_of(run, runs)
        if run["status"] in statuses and crawl["started_at"] <= current_crawl["started_at"]:
            evaluations.setdefault(crawl["id"], []).append(run)
    chosen = []
    for crawl_id, candidates in evaluations.items():
        if crawl_id == current_crawl["id"]:
            continue
        same_method = [r for r in candidates if r["catalogue_version"] == current["catalogue_version"]]
        chosen.append((runs[crawl_id], max(same_method or candidates, key=lambda r: (r["started_at"], r["id"]))))
    chosen.append((current_crawl, current))
    return sorted(chosen, key=lambda pair: (pair[0]["started_at"], pair[0]["id"]))


def last_two_runs(store: RunStore) -> tuple[str, str]:
    """The default pair for ``diff``: the latest finished crawl (in its latest evaluation)
    and the crawl before it, evaluated the same way where it can be."""
    from .errors import StoreError

    runs = {r["id"]: r for r in store.list_runs()}
    finished = [r for r in runs.values() if r["status"] == "finished"]
    if finished:
        latest = max(finished, key=lambda r: (_crawl_of(r, runs)["started_at"], r["started_at"], r["id"]))
        pairs = comparable_runs(store, latest["id"], statuses=("finished",))
        if len(pairs) >= 2:
            return pairs[-2][1]["id"], pairs[-1][1]["id"]
    raise StoreError("diff needs two finished crawls in the database")


def site_history(store: RunStore, run_id: str) -> dict[str, list[dict[str, Any]]]:
    """Each site of the run: its scores in every stored crawl up to this one, oldest
    first, one point per crawl (see ``comparable_runs``), dated by the crawl."""
    current = store.get_run(run_id)
    history: dict[str, list[dict[str, Any]]] = {}
    for crawl, run in comparable_runs(store, run_id):
        for site in store.load_sites(run["id"]):
            scores = site["scores"] or {}
            history.setdefault(site["id"], []).append({
                "run": run["id"], "started_at": crawl["started_at"], "parent": run["parent_id"],
                "same_method": run["catalogue_version"] == current["catalogue_version"],
                "catalogue_version": run["catalogue_version"],
                "overall": scores.get("overall"), "groups": scores.get("groups") or {}, "rank": site["rank"]})
    ids = {s["id"] for s in store.load_sites(current["id"])}
    return {site_id: points for site_id, points in history.items() if site_id in ids}


def changes_since_previous(store: RunStore, run_id: str, history: dict[str, list[dict[str, Any]]],
                           results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """For each site of ``results`` (run ``run_id``), the diff against the latest earlier
    run in ``history`` (from ``site_history``) that audited it, and whether that run was
    scored with the same method."""
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
        changes[site_id] = {**diff, "previous_run": previous_run, "same_method": previous[-1]["same_method"],
                            "previous_catalogue": previous[-1]["catalogue_version"]}
    return changes
