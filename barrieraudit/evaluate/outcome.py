"""What a check returns: findings, facts and measures, or an error.

A check that raises, or lacks the artifacts it needs, yields an outcome with
``error`` set; the scoring then gives its dimension no score rather than a silent 0
or 100 (Lighthouse's runner and scoring do the same).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SEVERITY_ORDER = {"critical": 0, "serious": 1, "moderate": 2, "minor": 3, "info": 4}


@dataclass
class Finding:
    check: str
    page: str
    severity: str
    certainty: str
    groups: list[str]
    message: str
    selector: str = ""
    snippet: str = ""
    help: str = ""
    help_url: str = ""
    dimension: str = ""
    pages: list[str] = field(default_factory=list)

    def sort_key(self) -> tuple:
        return (SEVERITY_ORDER.get(self.severity, 9), self.certainty != "confirmed", self.check,
                -len(self.pages), self.page, self.selector)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["pages"] = data["pages"] or [self.page]
        data["page_count"] = len(data["pages"])
        return data


@dataclass
class CheckOutcome:
    check: str
    findings: list[Finding] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    measures: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass
class SiteArtifacts:
    """What gathering left for one site: page artifacts and documents, plain data."""

    site_id: str
    url: str
    pages: list[dict[str, Any]]
    documents: list[dict[str, Any]] = field(default_factory=list)

    @property
    def audited_pages(self) -> list[dict[str, Any]]:
        """Pages that loaded and were gathered (no error)."""
        return [p for p in self.pages if p.get("error") is None and p.get("dom")]
