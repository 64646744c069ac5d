"""Small helpers shared by the evaluators: findings from specs, tri-state facts, and
findings that rest on absence (confirmed only when the pages that would carry the
thing were read)."""

from __future__ import annotations

import re
from typing import Any

from .catalogue import CheckSpec
from .outcome import Finding, SiteArtifacts
from .text import Hit

# Words in quotation marks: a title ("Costing a captioning pipeline", « Combien coûte
# un manuel ? », 《…》), not a statement of the site's own.
QUOTED = re.compile(r"[«“\"„「《『]([^»”\"「」《》『』]{3,})[»”\"」》』]")


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


def unread_pages(site: SiteArtifacts, roles: list[str]) -> list[dict[str, Any]]:
    """Pages the crawl found with one of ``roles`` (``home`` is the start page) that
    could not be read: an error, or nothing gathered."""
    read = {id(page) for page in site.audited_pages}
    return [page for page in site.pages if page.get("role") in roles and id(page) not in read]


def absence_finding(spec: CheckSpec, site: SiteArtifacts, page: str, message: str, *, snippet: str = "") -> Finding:
    """A finding that rests on something not being found. It is confirmed only when
    every page that would carry it (the roles in the check's ``evidence_roles``) was
    read; otherwise it needs review, and the message names the pages not read."""
    unread = unread_pages(site, spec.options["evidence_roles"])
    if not unread:
        return finding(spec, page, message, snippet=snippet)
    named = [f"{p.get('url')} ({p.get('role')} page: {p.get('error') or 'nothing could be gathered'})"
             for p in unread[:5]]
    more = f" and {len(unread) - 5} more" if len(unread) > 5 else ""
    count = f"{len(unread)} page{'s' if len(unread) != 1 else ''} that could say otherwise"
    return finding(spec, page, f"{message} Not confirmed: {count} could not be read: {'; '.join(named)}{more}.",
                   snippet=snippet, certainty="needs-review")
