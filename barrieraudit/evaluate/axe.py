"""axe-core results as barrieraudit findings.

The one place where axe's vocabulary is mapped to ours (as pa11y's axe runner does):
violations are ``confirmed``, incomplete results ``needs-review``, and axe's impact
becomes a severity through the table in ``checks/accessibility/axe.yaml``. A
violation that repeats on many pages with the same selector (a shared header or
footer) becomes one finding with the list of its pages. Results that report a limit
of axe-core itself (``not_checked_rules``: a frame it could not enter), and pages it
did not finish on, are *not checked*, never findings.
"""

from __future__ import annotations

from typing import Any

from .catalogue import CheckSpec
from .derived import page_url
from .outcome import CheckOutcome, Finding, SiteArtifacts


def severity_for(impact: str | None, table: dict[Any, str]) -> str:
    """Map an axe impact (critical, serious, moderate, minor, or none) to a severity."""
    return table.get(impact) or table.get(None) or table.get("null") or "moderate"


def _selector(target: list[str]) -> str:
    return " | ".join(target)


def evaluate_axe(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    pages = site.pages
    table = spec.options.get("severity", {})
    audited = [p for p in pages if p.get("axe")]
    limits = spec.options.get("not_checked_rules") or {}
    not_checked = [{"page": page_url(p), "kind": "axe", "selector": "", "snippet": "",
                    "reason": next((w for w in p.get("warnings") or [] if w.startswith("axe-core")),
                                   "axe-core did not run on this page")}
                   for p in pages if p.get("error") is None and p.get("dom") and not p.get("axe")]
    if not audited:
        return CheckOutcome(spec.id, error="no page could be tested with axe-core", not_checked=not_checked)
    grouped: dict[tuple[str, str, str], Finding] = {}
    for page in audited:
        url = page_url(page)
        for kind, certainty in (("violations", "confirmed"), ("incomplete", "needs-review")):
            for rule in page["axe"].get(kind, []):
                if rule["id"] in limits:
                    not_checked += [{"page": url, "kind": "frame", "selector": _selector(node.get("target", [])),
                                     "snippet": node.get("html", ""), "reason": limits[rule["id"]]}
                                    for node in rule.get("nodes", [])]
                    continue
                for node in rule.get("nodes", []):
                    selector = _selector(node.get("target", []))
                    key = (rule["id"], selector, certainty)
                    finding = grouped.get(key)
                    if finding is None:
                        impact = node.get("impact") or rule.get("impact")
                        grouped[key] = Finding(
                            check=f"accessibility.{rule['id']}",
                            page=url,
                            severity=severity_for(impact, table),
                            certainty=certainty,
                            groups=list(spec.groups),
                            message=rule.get("help", rule["id"]),
                            selector=selector,
                            snippet=node.get("html", ""),
                            help=(node.get("summary") or rule.get("description", "")).strip(),
                            help_url=rule.get("helpUrl", ""),
                            dimension="accessibility",
                            pages=[url],
                        )
                    elif url not in finding.pages:
                        finding.pages.append(url)
    findings = sorted(grouped.values(), key=lambda f: f.sort_key())
    # Scoring weighs each page's violated rules by impact and node count (score.py); the
    # rule and the page let fix-first take one finding out again (score.fix_gains).
    violations = [[{"rule": r["id"], "impact": r.get("impact"), "nodes": r.get("node_count", 1)}
                   for r in p["axe"].get("violations", []) if r["id"] not in limits] for p in audited]
    return CheckOutcome(spec.id, findings=findings, not_checked=not_checked,
                        measures={"violations_per_page": violations,
                                  "tested_pages": [p.get("final_url") or p["url"] for p in audited]})
