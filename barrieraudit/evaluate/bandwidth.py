"""Bandwidth checks: page weight, the data cost of the participation pages as a share
of daily income in each World Bank income group, and third-party hosts blocked in
some countries.
"""

from __future__ import annotations

from statistics import median
from urllib.parse import urlsplit

from .catalogue import CheckSpec
from .common import finding
from .derived import page_url
from .outcome import CheckOutcome, SiteArtifacts

PARTICIPATION_ROLES = ("home", "registration", "fees", "support", "remote", "accessibility")


def journey_bytes(site: SiteArtifacts) -> int:
    """Bytes of the pages a participant reads: home and the first page of each participation role."""
    first: dict[str, int] = {}
    for page in site.audited_pages:
        if page.get("role") in PARTICIPATION_ROLES:
            first.setdefault(page["role"], page.get("bytes") or 0)
    return sum(first.values())


def evaluate_page_weight(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    weights = [p.get("bytes") or 0 for p in site.audited_pages if p.get("bytes")]
    if not weights:
        return CheckOutcome(spec.id, error="no page weight was measured")
    options = spec.options
    journey = journey_bytes(site) or int(median(weights))
    gigabytes = journey / 1e9
    # Price of 1 GB as % of monthly GNI p.c. = basket % / basket GB; a day is 12/365 of a month.
    cost = {group: round(gigabytes * pct / options["basket_gb"] * 365 / 12, 3)
            for group, pct in options["basket_pct_gni"].items()}
    findings = []
    limit = options["heavy_page_bytes"]
    for page in site.audited_pages:
        if (page.get("bytes") or 0) > limit:
            findings.append(finding(spec, page_url(page), f"The page transfers {page['bytes'] / 1e6:.1f} MB "
                                    f"({page.get('requests')} requests); above {limit / 1e6:.1f} MB it is slow and "
                                    "costly on prepaid mobile data."))
    return CheckOutcome(spec.id, findings=findings,
                        facts={"page_weight_median_bytes": int(median(weights)), "data_cost_pct_daily_income": cost},
                        measures={"journey_bytes": journey, "median_bytes": int(median(weights)),
                                  "page_bytes": weights})


def evaluate_blocked_hosts(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    blocked = spec.options["hosts"]
    hits: dict[str, tuple[set[str], set[str]]] = {}
    for page in site.audited_pages:
        hosts = {urlsplit(r.get("url", "")).hostname or "" for r in page.get("network") or []}
        hosts |= {urlsplit(s).hostname or "" for s in page["dom"].get("scripts", [])}
        hosts |= {urlsplit(f.get("src", "")).hostname or "" for f in page["dom"].get("iframes", [])}
        for host in hosts:
            for domain, countries in blocked.items():
                if host == domain or host.endswith("." + domain):
                    pages, _ = hits.setdefault(domain, (set(), set(countries)))
                    pages.add(page_url(page))
    findings = [finding(spec, sorted(pages)[0], f"The pages load resources from {domain}, which is blocked in "
                        f"{', '.join(sorted(countries))}: there they break or hang.", pages=sorted(pages),
                        snippet=domain) for domain, (pages, countries) in sorted(hits.items())]
    return CheckOutcome(spec.id, findings=findings, measures={"blocked_hosts": sorted(hits)})
