"""What a check returns: findings, facts and measures, or an error.

A check that raises, or lacks the artifacts it needs, yields an outcome with
``error`` set; the scoring then gives its dimension no score rather than a silent 0
or 100 (Lighthouse's runner and scoring do the same).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

from .derived import page_language_profile, page_segments, page_url
from .text import SiteText

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
    # What the check could not look at (a frame axe-core could not enter, a page axe-core
    # did not finish): a limit of the tool, reported as not checked, never as a barrier.
    not_checked: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class SiteArtifacts:
    """What gathering left for one site: page artifacts and documents, plain data.

    Derived data (segments, languages) is computed on first use and cached here, so
    each is computed once per site however many checks use it.
    """

    site_id: str
    url: str
    pages: list[dict[str, Any]]
    documents: list[dict[str, Any]] = field(default_factory=list)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, compute: Any) -> Any:
        """``compute(self)`` once per site: for results several checks share (fees)."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    @cached_property
    def audited_pages(self) -> list[dict[str, Any]]:
        """Pages that loaded and were gathered (no error)."""
        return [p for p in self.pages if p.get("error") is None and p.get("dom")]

    @cached_property
    def segments(self) -> SiteText:
        """Every segment of the audited pages, in page order, with per-page views."""
        languages = self.languages
        return SiteText([segment for page in self.audited_pages
                         for segment in page_segments(page, languages.get(page_url(page), (None, 0.0))[0])])

    @cached_property
    def languages(self) -> dict[str, tuple[str | None, float]]:
        """Detected (language, confidence) of each audited page, by page URL."""
        return {url: profile[:2] for url, profile in self.language_profiles.items()}

    @cached_property
    def language_profiles(self) -> dict[str, tuple[str | None, float, dict[str, int], frozenset[str]]]:
        """Each audited page's (language, confidence, sections in other languages, those of
        them told from their kin by their own words)."""
        return {page_url(page): page_language_profile(page) for page in self.audited_pages}

    @cached_property
    def links(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(page, link) for every link of every audited page."""
        return [(page, link) for page in self.audited_pages for link in (page["dom"].get("links") or [])]
