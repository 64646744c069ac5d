"""SARIF that code scanning accepts: valid against the OASIS SARIF 2.1.0 schema
(``sarif_schema.py`` says where the copy in tests/ comes from), pages placed in a static
site's files with ``--sarif-map`` and the element's line, rules with full descriptions
and help URIs, and one fingerprint per result.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from fixture_sites import forum_site
from sarif_schema import schema_errors

from barrieraudit.evaluate import load_catalogue
from barrieraudit.report.sarif import FINGERPRINT_KEY, SiteFolder, element_position, sarif, served_file
from barrieraudit.resources import checks_dir

HERE = Path(__file__).parent
BUILD = HERE / "static_build" / "_site"


def test_the_schema_catches_what_the_old_sarif_did_wrong():
    # The checks the tests rely on: a region with only a snippet, and a URI with a space.
    document = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{
        "message": {"text": "m"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "http://x/a b"},
                                            "region": {"snippet": {"text": "<p>"}}}}]}]}]}
    errors = schema_errors(document)
    assert len(errors) == 2
    assert any("is not valid under any of the given schemas" in e for e in errors)  # the region
    assert any("is not a 'uri-reference'" in e for e in errors)


# -- recorded results, no browser ---------------------------------------------------------

def results_document(findings_a: list[dict], findings_b: list[dict] | None = None) -> dict:
    def site(site_id: str, findings: list[dict]) -> dict:
        return {"id": site_id, "name": site_id.title(), "url": "http://127.0.0.1:8000/", "status": "ok",
                "error": None, "pages": [], "facts": {}, "findings": findings, "scores": None, "rank": None,
                "rank_interval": None}

    sites = [site("forum", findings_a)] + ([site("mirror", findings_b)] if findings_b is not None else [])
    return {"schema": "barrieraudit.results/1",
            "run": {"id": "20261201-120000-abcdef", "started_at": "2026-12-01T12:00:00+00:00",
                    "finished_at": "2026-12-01T12:01:00+00:00", "tool_version": "0", "axe_version": "4.10.2",
                    "catalogue_version": "2026.11+0"},
            "sites": sites}


def finding(check: str, page: str, message: str, selector: str = "", snippet: str = "", **extra) -> dict:
    return {"check": check, "page": page, "pages": [page], "severity": "serious", "certainty": "confirmed",
            "groups": ["disabled"], "message": message, "selector": selector, "snippet": snippet, "help": "",
            "help_url": "", **extra}


REGISTER = "http://127.0.0.1:8000/register.html"
# Findings that shared a fingerprint before (the 9 pairs): one form that is both
# too long and asks for sensitive data, two videos on one page (selector "video"), two
# blocked hosts of one page, and the same barrier on two sites served at one URL.
COLLIDING = [
    finding("registration.form", REGISTER, "The registration form asks for sensitive data: phone, birth date.",
            "form"),
    finding("registration.form", REGISTER, "The registration form has 19 fields (19 required); more than 12 "
            "makes registering slow on a phone.", "form"),
    finding("accessibility.captions", "http://127.0.0.1:8000/", "The video a.mp4 has no captions track.", "video",
            '<video src="http://127.0.0.1:8000/a.mp4">'),
    finding("accessibility.captions", "http://127.0.0.1:8000/", "The video b.mp4 has no captions track.", "video",
            '<video src="http://127.0.0.1:8000/b.mp4">'),
    finding("bandwidth.blocked-hosts", REGISTER, "The pages load resources from google.com, which is blocked.",
            snippet="google.com"),
    finding("bandwidth.blocked-hosts", REGISTER, "The pages load resources from youtube.com, which is blocked.",
            snippet="youtube.com"),
    finding("accessibility.image-alt", "http://127.0.0.1:8000/café/programme 2027.html",
            "Images must have alternative text", "img", '<img src="x.png">',
            help_url="https://dequeuniversity.com/rules/axe/4.10/image-alt?application=axeAPI"),
]


def test_results_that_used_to_collide_get_one_fingerprint_each_and_the_document_is_valid():
    same_barrier_on_a_mirror = [COLLIDING[0]]
    document = sarif(results_document(COLLIDING, same_barrier_on_a_mirror))
    assert schema_errors(document) == []
    results = document["runs"][0]["results"]
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert len(results) == len(COLLIDING) + 1
    assert len(set(prints)) == len(prints)
    assert prints[-1] == prints[0] + ":2"  # the same barrier twice: told apart by order
    # A page URL with a space and non-ASCII letters is kept as a valid URI.
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    assert uris[6] == "http://127.0.0.1:8000/caf%C3%A9/programme%202027.html"
    # No page is mapped: no region (a region needs a line), the snippet kept as a property.
    assert all("region" not in r["locations"][0]["physicalLocation"] for r in results)
    assert results[2]["properties"]["snippet"] == '<video src="http://127.0.0.1:8000/a.mp4">'


def test_a_fingerprint_is_the_same_from_run_to_run_when_only_numbers_change():
    before = sarif(results_document([COLLIDING[1]]))
    changed = dict(COLLIDING[1], message=COLLIDING[1]["message"].replace("19", "21"))
    after = sarif(results_document([changed]))
    other_page = sarif(results_document([dict(COLLIDING[1], page=REGISTER + "?x", pages=[REGISTER + "?x"])]))

    def print_of(document: dict) -> str:
        return document["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT_KEY]

    assert print_of(before) == print_of(after)
    assert print_of(before) != print_of(other_page)
    # Two videos whose names differ only in a digit stay two barriers, neither numbered by order.
    videos = [dict(COLLIDING[2], message="The video a1.mp4 has no captions track.",
                   snippet='<video src="http://127.0.0.1:8000/a1.mp4">'),
              dict(COLLIDING[2], message="The video a2.mp4 has no captions track.",
                   snippet='<video src="http://127.0.0.1:8000/a2.mp4">')]
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in sarif(results_document(videos))["runs"][0]["results"]]
    assert len(set(prints)) == 2 and not any(":" in p for p in prints)


def test_a_mapped_pages_fingerprint_does_not_depend_on_the_port_it_was_served_on(tmp_path):
    (tmp_path / "_site").mkdir()
    (tmp_path / "_site" / "index.html").write_text('<video src="a.mp4"></video>')

    def print_at(port: int) -> str:
        url = f"http://127.0.0.1:{port}/"
        video = finding("accessibility.captions", url, f"The video {url}a.mp4 has no captions track.", "video",
                        f'<video src="{url}a.mp4">')
        document = sarif(results_document([video]), [SiteFolder(url, "_site")], tmp_path)
        result = document["runs"][0]["results"][0]
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
        return result["partialFingerprints"][FINGERPRINT_KEY]

    assert print_at(8000) == print_at(41234)


def test_every_rule_has_a_full_description_and_a_help_uri():
    catalogue = {spec.id: spec for spec in load_catalogue().checks}
    document = sarif(results_document(COLLIDING))
    rules = {rule["id"]: rule for rule in document["runs"][0]["tool"]["driver"]["rules"]}
    assert set(rules) == {f["check"] for f in COLLIDING}
    for rule in rules.values():
        assert rule["fullDescription"]["text"] and rule["helpUri"].startswith("https://")
    form = rules["registration.form"]
    assert form["shortDescription"]["text"] == catalogue["registration.form"].title
    assert form["fullDescription"]["text"].startswith(catalogue["registration.form"].description)
    assert form["helpUri"] == "https://github.com/barrieraudit/barrieraudit/blob/main/checks/registration/form.yaml"
    alt = rules["accessibility.image-alt"]
    assert alt["helpUri"] == "https://dequeuniversity.com/rules/axe/4.10/image-alt?application=axeAPI"
    assert "axe-core rule image-alt" in alt["fullDescription"]["text"]


def test_each_own_checks_help_uri_names_its_file_in_the_catalogue():
    # The help URI is the check's file on the project's site: it must exist under that name.
    for spec in load_catalogue().checks:
        rule = sarif(results_document([finding(spec.id, REGISTER, "m")]))["runs"][0]["tool"]["driver"]["rules"][0]
        relative = rule["helpUri"].split("/blob/main/checks/", 1)[1]
        assert (checks_dir() / relative).is_file(), spec.id


def test_a_page_url_becomes_the_file_a_static_site_generator_writes(tmp_path):
    site = tmp_path / "public"
    for name in ("index.html", "a/index.html", "b.html", "c.html", "d/index.html", "e"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text("<p>")
    folders = [SiteFolder("https://forum.example.org/", "public")]
    assert served_file("https://forum.example.org/", folders, tmp_path) == "public/index.html"
    assert served_file("https://forum.example.org", folders, tmp_path) == "public/index.html"
    assert served_file("https://forum.example.org/a/?lang=en#top", folders, tmp_path) == "public/a/index.html"
    assert served_file("https://forum.example.org/b.html", folders, tmp_path) == "public/b.html"
    assert served_file("https://forum.example.org/c", folders, tmp_path) == "public/c.html"
    assert served_file("https://forum.example.org/d", folders, tmp_path) == "public/d/index.html"
    assert served_file("https://forum.example.org/e", folders, tmp_path) == "public/e"
    assert served_file("https://forum.example.org/missing.html", folders, tmp_path) is None
    assert served_file("https://forum.example.org/%2e%2e/%2e%2e/etc/passwd", folders, tmp_path) is None
    assert served_file("https://other.example.org/", folders, tmp_path) is None


PAGE = """<!doctype html>
<html lang="en">
<body>
  <p>Welcome.</p>
  <p>Welcome.</p>
  <img src="logo.png" class="logo">
  <label>Email <input id="email" name="email"></label>
  <p>Participants must be
     at least 21 years old.</p>
</body>
</html>
"""


@pytest.mark.parametrize(("selector", "snippet", "position"), [
    ("#email", '<input id="email" name="email">', (7, 16)),
    (".logo", '<img src="logo.png" class="logo">', (6, 3)),
    # The browser shows src resolved against the page; the file has it relative.
    ("img", '<img src="http://127.0.0.1:8000/logo.png" class="logo">', (6, 3)),
    # A selector that matches no element of the file: the opening tag alone decides.
    ("main > img.logo", '<img src="logo.png" class="logo">', (6, 3)),
    ("", "Participants must be at least 21 years old.", (8, 6)),
    # Two identical paragraphs and no selector to tell them apart: no line rather than a wrong one.
    ("", "<p>", None),
    ("p", "<p>", None),
    # An element the file does not have (added by a script), and text it does not have.
    ("img[src$='banner.png']", '<img src="banner.png">', None),
    ("", "text of http://127.0.0.1:8000/", None),
])
def test_an_elements_line_is_found_only_when_one_element_agrees(selector, snippet, position):
    assert element_position(PAGE, selector, snippet, "http://127.0.0.1:8000/") == position


# -- --sarif-map on the command line --------------------------------------------------------

def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "barrieraudit", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


def test_bad_sarif_maps_exit_2_with_one_line_before_any_page_is_fetched(tmp_path):
    (tmp_path / "_site").mkdir()
    (tmp_path / "notes.txt").write_text("a file")
    sarif_file = ["--sarif", str(tmp_path / "out.sarif")]
    cases = [
        ([*sarif_file, "--sarif-map", "_site"],
         "error: --sarif-map '_site': expected URL_PREFIX=PATH, as in http://127.0.0.1:8000/=_site"),
        ([*sarif_file, "--sarif-map", "http://127.0.0.1:8000/="],
         "error: --sarif-map 'http://127.0.0.1:8000/=': expected URL_PREFIX=PATH, as in "
         "http://127.0.0.1:8000/=_site"),
        ([*sarif_file, "--sarif-map", "127.0.0.1:8000=_site"],
         "error: --sarif-map '127.0.0.1:8000=_site': URL_PREFIX must be an http:// or https:// URL, as in "
         "http://127.0.0.1:8000/"),
        ([*sarif_file, "--sarif-map", "http://127.0.0.1:8000/=public"],
         f"error: --sarif-map 'http://127.0.0.1:8000/=public': the folder public does not exist in {tmp_path} "
         "(PATH is relative to the repository root, the working directory)"),
        ([*sarif_file, "--sarif-map", "http://127.0.0.1:8000/=notes.txt"],
         "error: --sarif-map 'http://127.0.0.1:8000/=notes.txt': notes.txt is a file, not a folder"),
        ([*sarif_file, "--sarif-map", "http://127.0.0.1:8000/=../elsewhere"],
         f"error: --sarif-map 'http://127.0.0.1:8000/=../elsewhere': ../elsewhere is outside the working "
         f"directory {tmp_path} (PATH is relative to the repository root)"),
        ([*sarif_file, "--sarif-map", "http://127.0.0.1:8000/=_site", "--sarif-map", "http://127.0.0.1:8000=_site"],
         "error: --sarif-map: http://127.0.0.1:8000/ is mapped twice"),
        (["--sarif-map", "http://127.0.0.1:8000/=_site"],
         "error: --sarif-map needs --sarif (it places the SARIF results in files)"),
    ]
    with forum_site(barriers=1) as site:
        for options, line in cases:
            result = cli("check", site.url, "--db", str(tmp_path / "runs.db"), "-q", *options, cwd=tmp_path)
            assert (result.returncode, result.stderr) == (2, line + "\n"), options
        assert site.log == []  # not even robots.txt was asked for
    assert not (tmp_path / "runs.db").exists()


def test_report_refuses_a_bad_sarif_map_too(tmp_path):
    (tmp_path / "runs.db").write_bytes(b"")
    result = cli("report", "--db", str(tmp_path / "runs.db"), "--sarif", str(tmp_path / "out.sarif"),
                 "--sarif-map", "http://x/=nowhere", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: --sarif-map 'http://x/=nowhere': the folder nowhere does not exist")
    assert len(result.stderr.splitlines()) == 1


# -- a static site built, served, audited in Chromium and mapped back -----------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served(folder: Path):
    """The folder served as the README's workflow serves it: python -m http.server on 127.0.0.1."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory",
                               str(folder), str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def audit_build(repository: Path, name: str, *options: str) -> dict:
    with served(repository / "_site") as url:
        result = cli("check", url, "--delay", "0", "--db", str(repository / f"{name}.db"), "-q",
                     "--sarif", f"{name}.sarif", *[o.replace("URL", url) for o in options], cwd=repository)
    assert result.returncode == 0, result.stderr
    return json.loads((repository / f"{name}.sarif").read_text(encoding="utf-8"))


def where(result: dict) -> tuple:
    physical = result["locations"][0]["physicalLocation"]
    region = physical.get("region") or {}
    return (result["ruleId"], physical["artifactLocation"]["uri"], region.get("startLine"), region.get("startColumn"))


@pytest.mark.browser
def test_a_static_build_audited_in_chromium_gets_its_barriers_on_their_lines(tmp_path):
    shutil.copytree(BUILD, tmp_path / "_site")
    mapped = audit_build(tmp_path, "mapped", "--sarif-map", "URL=_site")
    again = audit_build(tmp_path, "again", "--sarif-map", "URL=_site")  # another port: another URL
    unmapped = audit_build(tmp_path, "unmapped")

    for document in (mapped, again, unmapped):
        assert schema_errors(document) == []
    results = mapped["runs"][0]["results"]
    axe = {where(r) for r in results if r["ruleId"] in ("accessibility.image-alt", "accessibility.label")}
    assert axe == {
        ("accessibility.image-alt", "_site/index.html", 14, 5),   # the hero image
        ("accessibility.image-alt", "_site/index.html", 16, 11),  # two identical partner logos,
        ("accessibility.image-alt", "_site/index.html", 17, 11),  # told apart by axe's selector
        ("accessibility.image-alt", "_site/index.html", None, None),  # added by a script: no line
        ("accessibility.label", "_site/about/index.html", 15, 7),
    }
    # Every result of the mapped run is in a file of the repository, relative to its root.
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("_site/")
               for r in results)
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert len(set(prints)) == len(prints)
    # Fingerprints follow the file, not the port the site was served on this time.
    assert {r["partialFingerprints"][FINGERPRINT_KEY] for r in again["runs"][0]["results"]} == set(prints)

    # Without a map each page keeps its URL (valid SARIF: an absolute URI), and no region.
    for result in unmapped["runs"][0]["results"]:
        physical = result["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"].startswith("http://127.0.0.1:")
        assert "region" not in physical
    rules = mapped["runs"][0]["tool"]["driver"]["rules"]
    assert all(rule["fullDescription"]["text"] and rule["helpUri"].startswith("https://") for rule in rules)
