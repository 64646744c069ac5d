"""Every fact of every site of the labelled corpora, audited in Chromium.

tests/corpus holds 18 fictional institutions' sites in seven languages and several
markup styles, with the expected facts beside them (expected.yaml), including the
negative cases: misleading numbers, "captcha" in prose, webcasts that are not
participation, ages that are not limits, free Wi-Fi that is not a free way to take
part. tests/corpus2 holds 8 more and tests/corpus3 14 more, each written by someone who
had not seen the checks and first used as a held-out set; both have since been looked at
and tuned on (see the README's accuracy section). tests/heldout is the set nobody has tuned
on; tests/corpus_run.py measures it.
"""

from __future__ import annotations

from typing import Any

import pytest
from corpus_run import CORPUS, audit_corpus, corpus_sites, expected, observed

from barrieraudit.results import build_results, validate_results

pytestmark = pytest.mark.browser

CORPUS2 = CORPUS.parent / "corpus2"
SITES = corpus_sites()
CASES = [(CORPUS, s) for s in SITES] + [(CORPUS2, s) for s in corpus_sites(CORPUS2)]


@pytest.fixture(scope="module")
def corpus_results(chromium, tmp_path_factory) -> dict[str, dict[str, Any]]:
    """Both corpora audited once, as two runs: site id -> site results."""
    sites: dict[str, Any] = {}
    for folder in (CORPUS, CORPUS2):
        store, run_id = audit_corpus(tmp_path_factory.mktemp(folder.name) / "runs.db", chromium, folder=folder)
        results = build_results(store, run_id)
        validate_results(results)
        sites.update({site["id"]: site for site in results["sites"]})
    return sites


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
