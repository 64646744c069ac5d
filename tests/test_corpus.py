"""Every fact of every site of the labelled corpora, audited in Chromium.

tests/corpus holds 18 fictional institutions' sites in seven languages and several
markup styles, with the expected facts beside them (expected.yaml), including the
negative cases: misleading numbers, "captcha" in prose, webcasts that are not
participation, ages that are not limits, free Wi-Fi that is not a free way to take
part. tests/holdout holds 8 more, written later by someone who had not seen the
checks, to measure how the checks do on unseen phrasings (see the README).
"""

from __future__ import annotations

from typing import Any

import pytest
from corpus_run import CORPUS, audit_corpus, corpus_sites

from barrieraudit.results import build_results, validate_results

pytestmark = pytest.mark.browser

HOLDOUT = CORPUS.parent / "holdout"
SITES = corpus_sites()
CASES = [(CORPUS, s) for s in SITES] + [(HOLDOUT, s) for s in corpus_sites(HOLDOUT)]


@pytest.fixture(scope="module")
def corpus_results(chromium, tmp_path_factory) -> dict[str, dict[str, Any]]:
    """Both corpora audited once, as two runs: site id -> site results."""
    sites: dict[str, Any] = {}
    for folder in (CORPUS, HOLDOUT):
        store, run_id = audit_corpus(tmp_path_factory.mktemp(folder.name) / "runs.db", chromium, folder=folder)
        results = build_results(store, run_id)
        validate_results(results)
        sites.update({site["id"]: site for site in results["sites"]})
    return sites


def observed(site: dict[str, Any]) -> dict[str, Any]:
    """The facts a user reads in results.json, in the corpus's vocabulary."""
    facts = site["facts"]
    form = facts["registration_form"]
    findings = site["findings"]
    platform = [f for f in findings if f["check"] == "registration.form" and "third-party platform" in f["message"]]
    return {
        "languages": facts["languages"],
        "un_languages": facts["un_languages"],
        "fees": sorted((f["amount"], f["currency"]) for f in facts["fees"]),
        "free_option": facts["free_option"],
        "fee_support": facts["fee_support"],
        "remote_participation": facts["remote_participation"],
        "captcha": facts["captcha"],
        "account_required": facts["account_required"],
        "registration_form": form and {**form, "sensitive": sorted(form["sensitive"])},
        "registration_host": platform[0]["message"].split("(")[1].split(")")[0] if platform else None,
        "registration_pdf_only": any("PDF form" in f["message"] for f in findings if f["check"] == "registration.form"),
        "min_age": facts["min_age"],
        "accessibility_statement": facts["accessibility_statement"],
        "access_services": sorted(facts["access_services"]),
        "videos_without_captions": sum(1 for f in findings if f["check"] == "accessibility.captions"
                                       and f["certainty"] == "confirmed"),
        "pdf_only_documents": any(f["check"] == "accessibility.pdf-only" for f in findings),
    }


def expected(entry: dict[str, Any]) -> dict[str, Any]:
    want = dict(entry["expected"])
    want["fees"] = sorted((f["amount"], f["currency"]) for f in want["fees"])
    for key in ("languages", "un_languages", "captcha", "access_services"):
        want[key] = sorted(want[key])
    if want["registration_form"]:
        want["registration_form"] = {**want["registration_form"],
                                     "sensitive": sorted(want["registration_form"]["sensitive"])}
    return want


@pytest.mark.parametrize(("folder", "entry"), CASES, ids=[f"{f.name}-{s['id']}" for f, s in CASES])
def test_every_fact_of_the_corpus_site_is_right(corpus_results, folder, entry):
    site = corpus_results[entry["id"]]
    assert site["status"] == "ok", site["error"]
    assert observed(site) == expected(entry)


def test_the_corpus_covers_seven_languages_and_every_fact_value():
    languages = {lang for s in SITES for lang in s["expected"]["languages"]}
    assert {"ar", "en", "es", "fr", "ru", "zh", "pt"} <= languages
    for key in ("free_option", "fee_support", "remote_participation", "account_required",
                "accessibility_statement", "pdf_only_documents", "registration_pdf_only"):
        values = {s["expected"][key] for s in SITES}
        assert {True, False} <= values, key
    assert None in {s["expected"]["free_option"] for s in SITES}
