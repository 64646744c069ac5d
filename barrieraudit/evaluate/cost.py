"""Cost checks: fees to take part, an explicitly free way to take part, fee support,
and remote participation.

A fee is an amount with a currency in a sentence about taking part (a fee word
nearby, or a fees/registration page), and not one about grants, prizes, budgets or
hotels. Dates, years, counts, phone and room numbers carry no currency, so they are
never fees.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..lexicon import Places, concept
from .catalogue import CheckSpec
from .common import absence_finding, evidence, finding, split_hits, tri_state
from .money import Money, currency_texts, find_money, hinted_currencies, resolve
from .outcome import CheckOutcome, SiteArtifacts
from .text import find, site_text

FEE_PAGE_ROLES = ("fees", "registration")
MAX_AMOUNT = 100_000  # a price to take part above this is a budget, not a fee


def _has(concept_name: str, text: str, lexicon: str = "money", places: Places | None = None) -> bool:
    return bool(concept(lexicon, concept_name).spans(text, text, places=places))


def fees(site: SiteArtifacts) -> list[dict[str, Any]]:
    """Every price to take part, once per (amount, currency), with page and context."""
    candidates: list[tuple[Money, str, str]] = []
    text = site_text(site.segments)
    for page, view in text.pages.items():
        language = site.languages.get(page, (None, 0))[0]
        segments = view.segments
        for position in currency_texts([s.text for s in segments]):
            segment = segments[position]
            moneys = find_money(segment.text, language)
            if not moneys:
                continue
            if _has("not_fee", segment.folded, places=view.at(position)):
                continue
            # A price card often puts its label on the line before the amount.
            first = max(0, position - 2)
            context = " ".join(s.folded for s in segments[first:position + 1])
            if not (_has("fee_context", context, places=view.across(first, position))
                    or segment.role in FEE_PAGE_ROLES):
                continue
            candidates += [(money, page, segment.snippet) for money in moneys if 0 < money.amount <= MAX_AMOUNT]
    explicit = {money.currency for money, _, _ in candidates if money.explicit}
    hinted = hinted_currencies([s.folded for s in text], urlsplit(site.url).hostname or "",
                               pages=list(text.pages.values())) if candidates else set()
    found: dict[tuple[float, str], dict[str, Any]] = {}
    for money, page, context in candidates:
        currency = resolve(money, explicit, hinted)
        found.setdefault((money.amount, currency), {"amount": money.amount, "currency": currency,
                                                    "page": page, "context": context})
    return sorted(found.values(), key=lambda f: (f["currency"], f["amount"]))


def free_option(site: SiteArtifacts) -> tuple[bool | None, list]:
    hits = find(site.segments, concept("participation", "free_option"))
    affirmed, denied = split_hits(hits)
    paid_only = [h for h in find(site.segments, concept("participation", "paid_only")) if not h.negated]
    if affirmed:
        return True, affirmed
    return tri_state([], denied + paid_only), denied + paid_only


def fee_support(site: SiteArtifacts) -> tuple[bool | None, list]:
    """Offered (True) or not found on the audited pages (False); None when nothing was readable."""
    affirmed, denied = split_hits(find(site.segments, concept("participation", "fee_support")))
    return (bool(affirmed) if site.audited_pages else None), affirmed or denied


def remote_participation(site: SiteArtifacts) -> tuple[bool | None, list, list]:
    """Offered (True) or not found (False, whether or not sessions are webcast)."""
    affirmed, denied = split_hits(find(site.segments, concept("participation", "remote_participation")))
    in_person = [h for h in find(site.segments, concept("participation", "in_person_only")) if not h.negated]
    webcast = [h for h in find(site.segments, concept("participation", "webcast")) if not h.negated]
    return (bool(affirmed) if site.audited_pages else None), affirmed or denied + in_person, webcast


def evaluate_fees(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    found = site.memo("fees", fees)
    free, _ = site.memo("free_option", free_option)
    findings = []
    if found and free is not True:
        cheapest = min(found, key=lambda f: f["amount"])
        listed = "; ".join(f"{f['currency']} {f['amount']:g}" for f in found[:8])
        findings.append(finding(spec, cheapest["page"], f"Taking part costs money ({listed}) and no free way "
                                "to take part is stated.", snippet=cheapest["context"],
                                pages=sorted({f["page"] for f in found})))
    return CheckOutcome(spec.id, findings=findings, facts={"fees": found}, measures={"fee_count": len(found)})


def evaluate_free_option(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    value, hits = site.memo("free_option", free_option)
    return CheckOutcome(spec.id, facts={"free_option": value}, measures={"evidence": [evidence(h) for h in hits[:3]]})


def evaluate_fee_support(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    value, hits = fee_support(site)
    findings = []
    found = site.memo("fees", fees)
    if found and value is not True:
        findings.append(finding(spec, found[0]["page"], "Fees are charged but no fee waiver, fellowship, travel "
                                "grant or reduced rate is offered.", snippet=found[0]["context"]))
    return CheckOutcome(spec.id, findings=findings, facts={"fee_support": value},
                        measures={"evidence": [evidence(h) for h in hits[:3]]})


def evaluate_remote_participation(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    value, hits, webcast = remote_participation(site)
    findings = []
    if value is not True:
        if webcast:
            page, snippet = webcast[0].segment.page, webcast[0].segment.snippet
            message = ("Sessions are only webcast: remote people can watch but not take part "
                       "(speak, ask questions, vote).")
        else:
            page, snippet = (hits[0].segment.page, hits[0].segment.snippet) if hits else (site.url, "")
            message = "No way to take part remotely is offered."
        # Said on the site (in person only, no remote participation) it is confirmed;
        # found nowhere, it rests on every page that could offer it having been read.
        findings.append(finding(spec, page, message, snippet=snippet) if hits
                        else absence_finding(spec, site, page, message, snippet=snippet))
    return CheckOutcome(spec.id, findings=findings, facts={"remote_participation": value},
                        measures={"evidence": [evidence(h) for h in hits[:3]], "webcast": len(webcast)})
