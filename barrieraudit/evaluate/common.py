"""Small helpers shared by the evaluators: findings from specs, tri-state facts."""

from __future__ import annotations

from typing import Any

from .catalogue import CheckSpec
from .outcome import Finding
from .text import Hit


def finding(spec: CheckSpec, page: str, message: str, *, snippet: str = "", selector: str = "",
            severity: str | None = None, certainty: str | None = None, pages: list[str] | None = None,
            groups: list[str] | None = None) -> Finding:
    """A finding of ``spec``: its id, groups, severity and fix unless overridden."""
    return Finding(check=spec.id, page=page, severity=severity or spec.severity,
                   certainty=certainty or spec.certainty,
                   groups=list(groups or spec.groups), message=message, selector=selector,
                   snippet=snippet[:400], help=spec.fix, help_url=spec.options.get("help_url", ""),
                   dimension=spec.dimension, pages=pages or [page])


def tri_state(positive: list[Hit], against: list[Hit]) -> bool | None:
    """True if something affirms the fact, False if only denials were found, None if silent."""
    if positive:
        return True
    if against:
        return False
    return None


def split_hits(hits: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """(affirming, negated) hits."""
    return [h for h in hits if not h.negated], [h for h in hits if h.negated]


def evidence(hit: Hit) -> dict[str, Any]:
    return {"page": hit.segment.page, "snippet": hit.segment.snippet, "term": hit.term}
