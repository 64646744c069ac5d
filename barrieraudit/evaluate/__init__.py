"""Evaluation: checks are pure functions of stored artifacts.

``evaluate_site`` runs every check of the catalogue over one site's artifacts and
merges their findings and facts. No browser is needed, so a stored run can be
evaluated again when checks change. A check that fails becomes an errored outcome;
it never stops the others. A site none of whose pages could be read is not judged
at all: no findings, every fact null, every check's outcome errored (so nothing is
scored and the site is not ranked) -- a barrier needs a page that shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import access, bandwidth, cost, language, registration
from .axe import evaluate_axe
from .catalogue import Catalogue, CheckSpec, load_catalogue
from .derived import page_url
from .outcome import CheckOutcome, Finding, SiteArtifacts

Evaluator = Callable[[CheckSpec, SiteArtifacts], CheckOutcome]

EVALUATORS: dict[str, Evaluator] = {
    "axe": evaluate_axe,
    "statement": access.evaluate_statement,
    "captions": access.evaluate_captions,
    "pdf_only": access.evaluate_pdf_only,
    "languages": language.evaluate_languages,
    "lang_mismatch": language.evaluate_lang_mismatch,
    "reading_level": language.evaluate_reading_level,
    "fees": cost.evaluate_fees,
    "free_option": cost.evaluate_free_option,
    "fee_support": cost.evaluate_fee_support,
    "remote_participation": cost.evaluate_remote_participation,
    "captcha": registration.evaluate_captcha,
    "account": registration.evaluate_account,
    "registration_form": registration.evaluate_registration_form,
    "min_age": registration.evaluate_min_age,
    "page_weight": bandwidth.evaluate_page_weight,
    "blocked_hosts": bandwidth.evaluate_blocked_hosts,
}

# Every key of the contract's `facts`; a fact no check has established stays null.
FACT_KEYS = (
    "languages", "un_languages", "fees", "other_prices", "free_option", "fee_support", "remote_participation",
    "captcha", "account_required", "registration_form", "min_age", "accessibility_statement",
    "access_services", "page_weight_median_bytes", "data_cost_pct_daily_income", "reading_grade",
)


@dataclass
class SiteEvaluation:
    findings: list[Finding] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=lambda: dict.fromkeys(FACT_KEYS))
    outcomes: dict[str, CheckOutcome] = field(default_factory=dict)
    # What evaluation adds to each page of the results, by page URL (lang_detected).
    page_facts: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What the checks could not look at: {"page", "kind", "reason", "selector", "snippet"}.
    not_checked: list[dict[str, Any]] = field(default_factory=list)


def run_check(spec: CheckSpec, site: SiteArtifacts) -> CheckOutcome:
    evaluator = EVALUATORS.get(spec.evaluator)
    if evaluator is None:
        return CheckOutcome(spec.id, error=f"no evaluator named {spec.evaluator!r}")
    try:
        return evaluator(spec, site)
    except Exception as exc:  # noqa: BLE001 -- the runner, not the check, handles failure
        return CheckOutcome(spec.id, error=f"{type(exc).__name__}: {exc}")


NOT_AUDITED = "no page of the site could be read"


def evaluate_site(site: SiteArtifacts, catalogue: Catalogue | None = None) -> SiteEvaluation:
    catalogue = catalogue or load_catalogue()
    evaluation = SiteEvaluation()
    if not site.audited_pages:
        evaluation.outcomes = {spec.id: CheckOutcome(spec.id, error=NOT_AUDITED) for spec in catalogue.checks}
        return evaluation
    for spec in catalogue.checks:
        outcome = run_check(spec, site)
        evaluation.outcomes[spec.id] = outcome
        evaluation.findings.extend(outcome.findings)
        evaluation.not_checked.extend(outcome.not_checked)
        evaluation.facts.update({k: v for k, v in outcome.facts.items() if k in FACT_KEYS})
    evaluation.findings.sort(key=Finding.sort_key)
    evaluation.page_facts = {page["url"]: {"lang_detected": site.languages[page_url(page)][0]}
                             for page in site.audited_pages}
    return evaluation


__all__ = ["EVALUATORS", "FACT_KEYS", "NOT_AUDITED", "SiteEvaluation", "evaluate_site", "load_catalogue", "prepare",
           "run_check"]


def _field(name: str, kind: str, label: str) -> dict[str, Any]:
    return {"tag": "input", "type": kind, "name": name, "id": name, "label": label, "aria_label": "",
            "placeholder": "", "title": "", "required": True, "aria_required": False, "autocomplete": "",
            "visible": True, "options": None, "legend": "", "accept": ""}


def _sample_page(path: str, lang: str, text: str) -> dict[str, Any]:
    url = f"http://forum.example.org/{path}"
    fields = [_field("name", "text", "Full name"), _field("email", "email", "Email"),
              _field("birth", "text", "Date of birth")]
    return {
        "url": url, "final_url": url, "http_status": 200, "title": "Forum", "role": "registration",
        "lang_declared": lang, "lang_detected": None, "bytes": 40_000, "requests": 2, "load_ms": 300, "error": None,
        "network": [{"url": url, "type": "Document", "status": 200, "bytes": 40_000}],
        "dom": {"title": "Forum", "lang": lang, "text": text, "main_text": text, "headings": [],
                "links": [{"href": url + "#programme", "text": "Programme"}],
                "forms": [{"action": "", "method": "post", "id": "", "name": "", "heading": "Register",
                           "submit": ["Register"], "fields": fields}],
                "orphan_fields": [], "media": [], "iframes": [], "scripts": [], "widgets": [], "images": [],
                "hreflang": []},
        "axe": {"violations": [], "incomplete": [], "passes": [], "inapplicable": 0},
    }


def prepare() -> None:
    """Build what evaluating a site needs once per process — the readability data, every
    lexicon's compiled pattern, the currency tables — by evaluating a small sample
    site. A check worker does this while the run's first pages load: done lazily, it
    took ~3 s of CPU inside the first site's evaluation (``benchmarks/bench_run_phases.py``)."""
    language.load_readability()
    english = ("Registration for the forum is free for students, and the standard fee is USD 150. "
               "Fellowships cover travel for participants from developing countries. Remote participation "
               "is offered online for everyone who cannot travel. Participants must be 18 or older. ") * 4
    evaluate_site(SiteArtifacts("sample", "http://forum.example.org/", [
        _sample_page("register", "en", english),
        _sample_page("zh/register", "zh", "论坛注册免费，标准费用为150美元。可远程参与。参加者须年满18岁。"),
    ]))
