"""The bundled demo: its five sites are served, audited and ranked by their profiles."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from report_checks import report_pages, report_problems

from barrieraudit.demo import demo_sites
from barrieraudit.results import validate_results

pytestmark = pytest.mark.browser


def test_the_demo_audits_every_sample_site_and_writes_an_offline_report(tmp_path, chromium):
    out = tmp_path / "demo"
    result = subprocess.run([sys.executable, "-m", "barrieraudit", "demo", "--out", str(out), "-q"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"Open {(out / 'index.html').resolve().as_uri()}" in result.stdout
    document = json.loads((out / "results.json").read_text())
    validate_results(document)
    sites = {s["id"]: s for s in document["sites"]}
    assert set(sites) == {s["dir"] for s in demo_sites()}
    assert all(s["status"] == "ok" for s in sites.values())
    accessibility = {k: s["scores"]["dimensions"]["accessibility"] for k, s in sites.items()}
    assert accessibility["open-commons-forum"] == 100.0
    assert min(accessibility, key=accessibility.get) == "northbridge-digital-summit"
    # The ranking follows the profiles: the near-exemplary forum first, the summit last.
    assert sites["open-commons-forum"]["rank"] == 1
    assert sites["northbridge-digital-summit"]["rank"] == len(sites)
    assert sites["open-commons-forum"]["rank_interval"] == [1, 1]
    # The robots.txt of the summit disallows /admin/; the crawl honours it.
    assert not any("/admin/" in p["url"] for p in sites["northbridge-digital-summit"]["pages"])
    # Its programme is only a PDF: a document, not a page.
    assert any(d["kind"] == "pdf" for d in sites["northbridge-digital-summit"]["documents"])
    for site_id in sites:
        assert (out / "sites" / f"{site_id}.html").is_file()
    # Every fact the demo sites were built with is found (demo/sites/sites.yaml).
    for demo in demo_sites():
        facts, want = sites[demo["dir"]]["facts"], demo["expected"]
        assert sorted(facts["languages"]) == sorted(want["languages"]), demo["dir"]
        assert sorted((f["amount"], f["currency"]) for f in facts["fees"]) == \
            sorted((f["amount"], f["currency"]) for f in want["fees"]), demo["dir"]
        for key in ("free_option", "fee_support", "remote_participation", "account_required", "min_age",
                    "accessibility_statement"):
            assert facts[key] == want[key], (demo["dir"], key)
        assert facts["captcha"] == sorted(want["captcha"]), demo["dir"]
        assert sorted(facts["access_services"]) == sorted(want["access_services"]), demo["dir"]
        form = facts["registration_form"]
        assert sorted(form["sensitive"] if form else []) == sorted(want["registration_sensitive"]), demo["dir"]
    # The published report of the demo is itself accessible, on a desktop and a phone.
    assert report_problems(chromium, report_pages(out)) == {}
