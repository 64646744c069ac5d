"""Evaluation of recorded artifacts equals the golden file: every fact, finding, measure
and score of every site. No browser.

The recorded artifacts (tests/artifacts/recorded_sites.json.gz) are the pages of the
labelled corpora (tests/corpus, tests/corpus2) and the demo sites as gathered once in
Chromium, plus generated sites of the evaluation benchmark. The golden file
(tests/artifacts/golden_evaluation.json.gz) is what the checks made of them at the
commit named in its header. Work that must not change results (speed, refactoring)
keeps this test green. When the method changes on purpose (a check, a lexicon, a
weight), regenerate the golden file deliberately with the script, look at what changed,
and commit it with the change:

    PYTHONPATH=$PWD .venv/bin/python tests/golden.py check   # what differs
    PYTHONPATH=$PWD .venv/bin/python tests/golden.py write   # accept it
"""

from __future__ import annotations

import pytest
from golden import differences, evaluate_recorded, golden_sites, recorded_sites

RECORDED = {f"{site['source']}/{site['id']}": site for site in recorded_sites()}
GOLDEN = golden_sites()


def test_the_golden_file_covers_every_recorded_site_in_seven_languages():
    assert set(GOLDEN) == set(RECORDED)
    assert {"corpus", "corpus2", "demo", "generated"} == {key.split("/")[0] for key in RECORDED}
    languages = {code for site in GOLDEN.values() for code in site["facts"]["languages"] or []}
    assert {"ar", "en", "es", "fr", "ru", "zh", "pt"} <= languages


@pytest.mark.parametrize("key", sorted(RECORDED))
def test_evaluating_the_recorded_site_gives_the_golden_results(key):
    diff = differences(GOLDEN[key], evaluate_recorded(RECORDED[key]))
    assert not diff, f"{key} differs from the golden file:\n" + "\n".join(diff[:30])
