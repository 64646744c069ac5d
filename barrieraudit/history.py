"""Comparing runs over time: what got better, what got worse.

Findings of two runs are matched by check, page and selector (a finding on several
pages counts once per page; a page on the site's own origin by its path), page by
page: a barrier is *fixed* only when its page was audited in both runs and no longer
shows it, *new* only when its page was audited in both runs and did not show it
before, *persisting* when both runs found it; a barrier on a page audited in one run
only is *not compared*. Sites are matched by id, and a site whose id is not in the
other run by its start URL (host, port and path: runs stored before ``check``
derived ids from all three named a site by its host). ``site_history`` gives each
site's scores across the stored crawls, for the report's trend: one point per crawl,
in the evaluation made with the same method as the run reported where ``barrieraudit
evaluate`` made one.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .evaluate.catalogue import DIMENSIONS, GROUPS
from .results import audited, build_results
from .store import RunStore

Key = tuple[str, str, str]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _local(page: str, origin: str) -> str:
    """A page on the site's own origin by its path; any other page by its URL."""
    return (page[len(origin):] or "/") if _origin(page) == origin else page


def finding_keys(site: dict[str, Any]) -> dict[Key, tuple[dict[str, Any], str]]:
    """(check, page, selector) -> (finding, page URL). A page on the site's own origin is
    keyed by its path, so a site served from another host or port (a test server, a move
    to HTTPS) still matches its barriers."""
    origin = _origin(site["url"])
    keys = {}
    for finding in site["findings"]:
        for page in finding.get("pages") or [finding["page"]]:
            keys[(finding["check"], _local(page, origin), finding.get("selector") or "")] = (finding, page)
    return keys


def page_keys(site: dict[str, Any]) -> tuple[dict[str, str], set[str]]:
    """(audited pages: key -> URL, every page the crawl recorded: keys), keyed as in
    ``finding_keys``; a page is known by its URL and by the URL it ended at."""
    origin = _origin(site["url"])
    read: dict[str, str] = {}
    recorded: set[str] = set()
    for page in site["pages"]:
        for url in {page["url"], page.get("final_url") or page["url"]}:
            recorded.add(_local(url, origin))
            if page.get("error") is None:
                read.setdefault(_local(url, origin), page.get("final_url") or page["url"])
    return read, recorded


def site_key(url: str) -> str:
    """A site's start URL as host, port and path: what names a site across runs."""
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    port = f":{parts.port}" if parts.port and parts.port != default else ""
    return f"{(parts.hostname or '').lower()}{port}{parts.path.rstrip('/')}"


def _score_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[float | None]]:
    def pick(scores: dict[str, Any]) -> dict[str, float | None]:
        scores = scores or {}
        return {"overall": scores.get("overall"), **{g: (scores.get("groups") or {}).get(g) for g in GROUPS},
                **{d: (scores.get("dimensions") or {}).get(d) for d in DIMENSIONS}}

    a, b = pick(before), pick(after)
    return {key: [a[key], b[key]] for key in a if a[key] != b[key]}


def diff_sites(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any]:
    """One site's barriers from run A (``before``) to run B (``after``), page by page.

    A barrier's page must have been audited in both runs for it to count as new or
    fixed; otherwise it is listed under ``not_compared`` with ``found_in`` ("from" or
    "to": the run that audited its page and found it). A page neither run recorded (a
    document, a site-wide finding) counts as audited where the site was.
    """
    old = finding_keys(before) if before else {}
    new = finding_keys(after) if after else {}
    read_a, recorded_a = page_keys(before) if before else ({}, set())
    read_b, recorded_b = page_keys(after) if after else ({}, set())
    both_audited = bool(before and after and audited(before) and audited(after))

    def compared(key: Key) -> bool:
        page = key[1]
        if page in recorded_a or page in recorded_b:
            return page in read_a and page in read_b
        return both_audited

    def listed(keys: set[Key], source: dict[Key, tuple[dict[str, Any], str]],
               found_in: str | None = None) -> list[dict[str, Any]]:
        return [{"check": k[0], "page": source[k][1], "selector": k[2], "severity": source[k][0]["severity"],
                 "certainty": source[k][0]["certainty"], "message": source[k][0]["message"],
                 **({"found_in": found_in} if found_in else {})} for k in sorted(keys)]

    gone, came = set(old) - set(new), set(new) - set(old)
    fixed = {k for k in gone if compared(k)}
    added = {k for k in came if compared(k)}
    site = after or before
    return {
        "id": site["id"], "name": site["name"],
        "change": "added" if before is None else "removed" if after is None else "compared",
        "new": listed(added, new),
        "fixed": listed(fixed, old),
        "persisting": len(set(old) & set(new)),
        "not_compared": listed(gone - fixed, old, "from") + listed(came - added, new, "to"),
        "pages_not_compared": {"from": sorted(read_a[k] for k in set(read_a) - set(read_b)),
                               "to": sorted(read_b[k] for k in set(read_b) - set(read_a))},
        "scores": _score_changes((before or {}).get("scores"), (after or {}).get("scores")),
        "rank": [(before or {}).get("rank"), (after or {}).get("rank")],
    }


def match_sites(before: list[dict[str, Any]], after: list[dict[str, Any]]
                ) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None, str]]:
    """(site in A, site in B, matched by "id", "url" or "" for one side only), in B's
    order then A's. A site whose id is in one run only is matched by its start URL
    (``site_key``) when exactly one unmatched site of the other run has it."""
    by_id = {s["id"]: s for s in before}
    after_ids = {s["id"] for s in after}
    unmatched: dict[str, list[dict[str, Any]]] = {}
    for site in before:
        if site["id"] not in after_ids:
            unmatched.setdefault(site_key(site["url"]), []).append(site)
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None, str]] = []
    used: set[str] = set()
    for site in after:
        if site["id"] in by_id:
            pairs.append((by_id[site["id"]], site, "id"))
            continue
        candidates = [s for s in unmatched.get(site_key(site["url"]), []) if s["id"] not in used]
        twins = [s for s in after if s["id"] not in by_id and site_key(s["url"]) == site_key(site["url"])]
        if len(candidates) == 1 and len(twins) == 1:
            used.add(candidates[0]["id"])
            pairs.append((candidates[0], site, "url"))
        else:
            pairs.append((None, site, ""))
    matched = {s["id"] for s in after} | used
    pairs += [(site, None, "") for site in before if site["id"] not in matched]
    return pairs


def diff_runs(store: RunStore, run_a: str, run_b: str) -> dict[str, Any]:
    """Per site: barriers new, fixed, persisting and not compared from run A to run B,
    and score changes."""
    a, b = build_results(store, run_a), build_results(store, run_b)
    sites = []
    for before, after, matched_by in match_sites(a["sites"], b["sites"]):
        change = diff_sites(before, after)
        if matched_by == "url":
            change["matched_by"], change["from_id"] = "url", before["id"]
        sites.append(change)
    return {"from": a["run"]["id"], "to": b["run"]["id"], "sites": sites}


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
    current_sites = store.load_sites(current["id"])
    history: dict[str, list[dict[str, Any]]] = {}
    for crawl, run in comparable_runs(store, run_id):
        for earlier, site, _ in match_sites(store.load_sites(run["id"]), current_sites):
            if earlier is None or site is None:
                continue
            scores = earlier["scores"] or {}
            history.setdefault(site["id"], []).append({
                "run": run["id"], "started_at": crawl["started_at"], "parent": run["parent_id"],
                "same_method": run["catalogue_version"] == current["catalogue_version"],
                "catalogue_version": run["catalogue_version"],
                "overall": scores.get("overall"), "groups": scores.get("groups") or {}, "rank": earlier["rank"]})
    return history


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
            pairs = match_sites(build_results(store, previous_run)["sites"], results["sites"])
            earlier_results[previous_run] = {after["id"]: before for before, after, _ in pairs if before and after}
        diff = diff_sites(earlier_results[previous_run].get(site_id), current[site_id])
        changes[site_id] = {**diff, "previous_run": previous_run, "same_method": previous[-1]["same_method"],
                            "previous_catalogue": previous[-1]["catalogue_version"]}
    return changes
