"""axe-core results as barrieraudit findings.

The one place where axe's vocabulary is mapped to ours (as pa11y's axe runner does):
violations are ``confirmed``, incomplete results ``needs-review``, and axe's impact
becomes a severity through the table in ``checks/accessibility/axe.yaml``. A
violation that repeats on many pages with the same selector (a shared header or
footer) becomes one finding with the list of its pages.
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
    if not audited:
        return CheckOutcome(spec.id, error="no page could be tested with axe-core")
    grouped: dict[tuple[str, str, str], Finding] = {}
    for page in audited:
        url = page_url(page)
        for kind, certainty in (("violations", "confirmed"), ("incomplete", "needs-review")):
            for rule in page["axe"].get(kind, []):
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
    # Scoring weighs each page's violated rules by impact and node count (score.py).
    violations = [[{"impact": r.get("impact"), "nodes": r.get("node_count", 1)}
                   for r in p["axe"].get("violations", [])] for p in audited]
    return CheckOutcome(spec.id, findings=findings, measures={"violations_per_page": violations})
