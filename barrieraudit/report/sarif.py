"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning and other SARIF viewers).

A result per finding and page, a rule per check. Code scanning places an alert in a
file of the repository, so ``--sarif-map URL_PREFIX=PATH`` says which folder of the
repository a served site comes from (a static site's build folder, ``_site/``,
``public/``): a page under the prefix becomes the file a static site generator writes
for it, relative to the repository root, and the finding's element is looked up in
that file for its line. Looking it up is best-effort (the browser's DOM is not the
file: scripts change it, the parser repairs it), so a result gets a line only when
one element of the file agrees with the finding; otherwise it names the file
without a region rather than a wrong line. A page no map covers keeps its URL.

Every result carries a fingerprint that is unique in the document and stays the same
from run to run for the same barrier (see ``result_identity``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from w3lib.url import safe_url_string

from .. import __version__
from ..errors import UserError
from .policy import REASONS, GatePolicy
from .policy import fingerprint as barrier_identity

INFORMATION_URI = "https://github.com/barrieraudit/barrieraudit"
# The OASIS SARIF 2.1.0 schema (errata 01), the one tests/sarif-schema-2.1.0.json is.
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "note", "info": "note"}
# A new key when the fingerprint's recipe changes (SARIF wants versioned names for
# partial fingerprints), so a dashboard does not match results computed two ways.
FINGERPRINT_KEY = "barrieraudit/v2"
# Where the project documents one of its own checks: the check's file in the catalogue.
CHECK_DOCS = INFORMATION_URI + "/blob/main/checks/{dimension}/{name}.yaml"
SRCROOT = "%SRCROOT%"


# -- --sarif-map ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SiteFolder:
    """One ``--sarif-map``: pages under ``prefix`` are files under ``folder`` (a POSIX
    path relative to the repository root)."""

    prefix: str
    folder: str

    def covers(self, url: str) -> bool:
        return url.startswith(self.prefix) or url == self.prefix.rstrip("/")


def parse_site_folder(value: str, root: Path) -> SiteFolder:
    """``URL_PREFIX=PATH`` as a ``SiteFolder``; a ``UserError`` (exit 2) naming what is
    wrong otherwise. PATH must be a folder inside ``root`` (the working directory)."""
    where = f"--sarif-map {value!r}"
    prefix, equals, path = value.partition("=")
    prefix, path = prefix.strip(), path.strip()
    if not equals or not prefix or not path:
        raise UserError(f"{where}: expected URL_PREFIX=PATH, as in http://127.0.0.1:8000/=_site")
    parts = urlsplit(prefix)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UserError(f"{where}: URL_PREFIX must be an http:// or https:// URL, as in http://127.0.0.1:8000/")
    if parts.query or parts.fragment:
        raise UserError(f"{where}: URL_PREFIX must not have a query or a fragment")
    folder = (root / path).resolve()
    base = root.resolve()
    if not folder.is_relative_to(base):
        raise UserError(f"{where}: {path} is outside the working directory {base} (PATH is relative to "
                        "the repository root)")
    if not folder.exists():
        raise UserError(f"{where}: the folder {path} does not exist in {base} (PATH is relative to the "
                        "repository root, the working directory)")
    if not folder.is_dir():
        raise UserError(f"{where}: {path} is a file, not a folder")
    if not prefix.endswith("/"):
        prefix += "/"
    return SiteFolder(prefix, folder.relative_to(base).as_posix())


def parse_site_folders(values: list[str] | None, root: Path) -> list[SiteFolder]:
    """Every ``--sarif-map``, longest prefix first (the most specific map wins)."""
    folders = [parse_site_folder(value, root) for value in values or []]
    seen = Counter(f.prefix for f in folders)
    twice = [prefix for prefix, count in seen.items() if count > 1]
    if twice:
        raise UserError(f"--sarif-map: {twice[0]} is mapped twice")
    return sorted(folders, key=lambda f: len(f.prefix), reverse=True)


def served_file(url: str, folders: list[SiteFolder], root: Path) -> str | None:
    """The file (relative to ``root``, POSIX) a static site generator wrote for the page
    ``url``: ``/a/`` is ``a/index.html``, ``/b.html`` is ``b.html``, ``/c`` is ``c``,
    ``c.html`` or ``c/index.html``, whichever exists. None when no map covers the URL,
    or the file does not exist."""
    folder = next((f for f in folders if f.covers(url)), None)
    if folder is None:
        return None
    rest = url[len(folder.prefix):] if url.startswith(folder.prefix) else ""
    rest = unquote(re.split(r"[?#]", rest, maxsplit=1)[0])
    base = (root / folder.folder).resolve()
    names = [rest + "index.html"] if rest == "" or rest.endswith("/") else [rest, rest + ".html",
                                                                            rest + "/index.html"]
    for name in names:
        path = (base / name).resolve()
        if path.is_relative_to(base) and path.is_file():
            return path.relative_to(root.resolve()).as_posix()
    return None


# -- finding the element in the file -----------------------------------------------------

_URL_ATTRIBUTES = {"src", "href", "action", "poster", "data", "formaction"}


def _opening_tag(snippet: str) -> tuple[str, dict[str, str]] | None:
    """The tag name and attributes of the snippet's first element, if it starts with one."""
    from bs4 import BeautifulSoup

    if not snippet.lstrip().startswith("<"):
        return None
    tag = BeautifulSoup(snippet, "html.parser").find(True)
    if tag is None:
        return None
    return tag.name, {name: _attribute(value) for name, value in tag.attrs.items()}


def _attribute(value: Any) -> str:
    return " ".join(value) if isinstance(value, list) else str(value)


def _same_value(name: str, in_file: str, in_page: str, page_url: str) -> bool:
    if in_file == in_page:
        return True
    if name in _URL_ATTRIBUTES:  # the browser may show a URL resolved against the page
        return urljoin(page_url, in_file) == urljoin(page_url, in_page)
    return " ".join(in_file.split()) == " ".join(in_page.split())


def _agrees(tag: Any, wanted: tuple[str, dict[str, str]], page_url: str) -> bool:
    """The file's element has the snippet's tag name and every attribute with its value."""
    name, attributes = wanted
    if tag.name != name:
        return False
    return all(key in tag.attrs and _same_value(key, _attribute(tag.attrs[key]), value, page_url)
               for key, value in attributes.items())


def _position(tag: Any) -> tuple[int, int] | None:
    if tag.sourceline is None:
        return None
    return tag.sourceline, (tag.sourcepos or 0) + 1


def element_position(html: str, selector: str, snippet: str, page_url: str) -> tuple[int, int] | None:
    """(line, column) of the finding's element in a page's source file, both from 1, or
    None when no single element can be told to be it.

    In order: the CSS selector (axe's, unique in the browser's DOM), when it matches one
    element of the file that agrees with the snippet's opening tag; the snippet's
    opening tag, when one element of the file has its name and all its attributes; the
    snippet's text, when it occurs once in the file."""
    from bs4 import BeautifulSoup

    return _element_position(BeautifulSoup(html, "html.parser"), html, selector, snippet, page_url)


def _element_position(soup: Any, html: str, selector: str, snippet: str, page_url: str) -> tuple[int, int] | None:
    wanted = _opening_tag(snippet)
    # " | " joins the selectors of frames on the way to the element: not in this file.
    if selector and " | " not in selector:
        try:
            matches = soup.select(selector)
        except Exception:  # noqa: BLE001 -- a selector soupsieve does not know: try the snippet
            matches = []
        if wanted is not None:
            matches = [tag for tag in matches if _agrees(tag, wanted, page_url)]
        if len(matches) == 1:
            return _position(matches[0])
    if wanted is not None:
        matches = [tag for tag in soup.find_all(wanted[0]) if _agrees(tag, wanted, page_url)]
        return _position(matches[0]) if len(matches) == 1 else None
    return _text_position(html, snippet)


def _text_position(html: str, snippet: str) -> tuple[int, int] | None:
    words = snippet.strip(" …").split()
    if sum(len(word) for word in words) < 8:
        return None
    # Whole words only: "google.com" is not in "notgoogle.com".
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    matches = list(re.finditer(pattern, html))
    if len(matches) != 1:
        return None
    start = matches[0].start()
    line = html.count("\n", 0, start) + 1
    return line, start - (html.rfind("\n", 0, start) + 1) + 1


class PageFiles:
    """Pages' files and their elements' positions, each file read and parsed once."""

    def __init__(self, folders: list[SiteFolder], root: Path):
        self.folders, self.root = folders, root
        self._parsed: dict[str, tuple[Any, str] | None] = {}

    def file(self, url: str) -> str | None:
        return served_file(url, self.folders, self.root) if self.folders else None

    def position(self, path: str, selector: str, snippet: str, page_url: str) -> tuple[int, int] | None:
        from bs4 import BeautifulSoup

        if path not in self._parsed:
            try:
                text = (self.root / path).read_text(encoding="utf-8", errors="replace")
                self._parsed[path] = BeautifulSoup(text, "html.parser"), text
            except OSError:
                self._parsed[path] = None
        parsed = self._parsed[path]
        return None if parsed is None else _element_position(*parsed, selector, snippet, page_url)


# -- rules, results, fingerprints ---------------------------------------------------------

def _text(text: str, limit: int = 1000) -> str:
    return " ".join(text.split())[:limit] or "-"


def check_docs(check_id: str) -> str:
    dimension, name = check_id.split(".", 1)
    return CHECK_DOCS.format(dimension=dimension, name=name)


def rule_for(check: str, finding: dict[str, Any], specs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The rule of a check: the catalogue's title, description and fix for the project's
    own checks (help at the check's file); for an axe-core rule, its help text and
    Deque's page for it, with what the catalogue says of axe's rules."""
    dimension = check.split(".", 1)[0]
    spec = specs.get(check)
    if spec is not None:
        full = spec["description"] + (f" Source: {spec['source']}" if spec.get("source") else "")
        help_text = (spec.get("fix") or spec["description"]) + (
            f" More: {finding['help_url']}" if finding.get("help_url") else "")
        rule = {"id": check, "name": check, "shortDescription": {"text": _text(spec["title"])},
                "fullDescription": {"text": _text(full, 3000)}, "help": {"text": _text(help_text, 3000)},
                "helpUri": check_docs(check),
                "defaultConfiguration": {"level": SARIF_LEVEL[spec.get("severity") or "moderate"]}}
    else:
        axe = specs.get("accessibility.axe") or {}
        rule_id = check.split(".", 1)[1]
        help_uri = finding.get("help_url") or check_docs("accessibility.axe")
        full = (f"{finding['message']} (axe-core rule {rule_id}). "
                + (axe.get("description") or "Results of axe-core's automated WCAG rules."))
        rule = {"id": check, "name": check, "shortDescription": {"text": _text(finding["message"])},
                "fullDescription": {"text": _text(full, 3000)},
                "help": {"text": _text(f"{finding['message']}. How to fix it: {help_uri}", 3000)},
                "helpUri": safe_url_string(help_uri)}
    rule["properties"] = {"tags": list(dict.fromkeys([dimension, *finding["groups"]]))}
    return rule


def _without_origin(text: str, page: str) -> str:
    """Text with the page's own origin left out (the browser shows links and sources
    resolved, with the host and port the site was served on this time), whitespace
    collapsed."""
    parts = urlsplit(page)
    return " ".join(text.replace(f"{parts.scheme}://{parts.netloc}", "").split())


def result_identity(check: str, where: str, page: str, finding: dict[str, Any]) -> str:
    """What makes a result this barrier: the check, where it is (the repository file,
    or the page's URL), the element's selector and snippet, the message (two findings
    of one check on one element say different things: a registration form both too
    long and asking for sensitive data) with every number in it as 0 (a count or a
    price that changes is the same barrier), and whether it is confirmed."""
    message = re.sub(r"\d+", "0", _without_origin(finding["message"], page))
    return "\x1f".join([check, where, finding.get("selector") or "",
                        _without_origin(finding.get("snippet") or "", page), message, finding["certainty"]])


def fingerprints(identities: list[str]) -> list[str]:
    """A fingerprint per identity; equal identities (the same barrier reported twice,
    on two sites at one URL) are told apart by their order, as code scanning's own
    line hashes are."""
    seen: Counter[str] = Counter()
    out = []
    for identity in identities:
        seen[identity] += 1
        digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
        out.append(digest if seen[identity] == 1 else f"{digest}:{seen[identity]}")
    return out


def _location(page: str, finding: dict[str, Any], files: PageFiles) -> tuple[dict[str, Any], str]:
    """The result's location and where it is for its fingerprint."""
    selector, snippet = finding.get("selector") or "", finding.get("snippet") or ""
    path = files.file(page)
    if path is None:
        uri = safe_url_string(page)
        location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
        where = uri
    else:
        physical: dict[str, Any] = {"artifactLocation": {"uri": path, "uriBaseId": SRCROOT}}
        position = files.position(path, selector, snippet, page)
        if position is not None:
            physical["region"] = {"startLine": position[0], "startColumn": position[1]}
        location = {"physicalLocation": physical}
        where = path
    if selector:
        location["logicalLocations"] = [{"fullyQualifiedName": selector, "kind": "element"}]
    return location, where


def sarif(results: dict[str, Any], folders: list[SiteFolder] | None = None, root: Path | None = None,
          checks: list[dict[str, Any]] | None = None, policy: GatePolicy | None = None) -> dict[str, Any]:
    """The results as one SARIF 2.1.0 run: a rule per check, a result per finding and
    page. ``folders`` (``--sarif-map``) place pages at files under ``root``; ``checks``
    are the catalogue's check specs the run was judged with (default: the current
    catalogue). With the gate's ``policy``: a check set to warn or error gets that level,
    an off or ignored barrier is suppressed (``suppressions``), and with a baseline each
    result says whether it is new (``baselineState``)."""
    if checks is None:
        from ..evaluate import load_catalogue

        checks = [spec.model_dump(mode="json") for spec in load_catalogue().checks]
    specs = {spec["id"]: spec for spec in checks}
    files = PageFiles(folders or [], root or Path.cwd())
    rules: dict[str, dict[str, Any]] = {}
    rule_index: dict[str, int] = {}
    sarif_results, identities = [], []
    for site in results["sites"]:
        for finding in site["findings"]:
            check = finding["check"]
            if check not in rules:
                rules[check] = rule_for(check, finding, specs)
                rule_index[check] = len(rule_index)
            review = finding["certainty"] != "confirmed"
            for page in finding.get("pages") or [finding["page"]]:
                location, where = _location(page, finding, files)
                identities.append(result_identity(check, where, page, finding))
                level = "none" if review else SARIF_LEVEL[finding["severity"]]
                gated: dict[str, Any] = {}
                if policy is not None:
                    if not review:
                        level = {"warn": "warning", "error": "error"}.get(policy.levels.get(check), level)
                    disposition = policy.disposition(finding, page)
                    if disposition in ("off", "ignored"):
                        gated["suppressions"] = [{"kind": "external", "justification": REASONS[disposition]}]
                    if policy.baseline is not None:
                        known = barrier_identity(check, page, finding.get("selector") or "") in policy.baseline.fingerprints
                        gated["baselineState"] = "unchanged" if known else "new"
                sarif_results.append({
                    "ruleId": check,
                    "ruleIndex": rule_index[check],
                    # SARIF: a result that is not a failure has level "none".
                    "kind": "review" if review else "fail",
                    "level": level,
                    "message": {"text": f"{finding['message']} ({site['name']}, {page})"},
                    "locations": [location],
                    "properties": {"site": site["id"], "page": page, "severity": finding["severity"],
                                   "certainty": finding["certainty"], "groups": finding["groups"],
                                   **({"snippet": finding["snippet"]} if finding.get("snippet") else {})},
                    **gated,
                })
    for result, fingerprint in zip(sarif_results, fingerprints(identities), strict=True):
        result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    run = results["run"]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "barrieraudit", "version": __version__, "informationUri": INFORMATION_URI,
                                "rules": list(rules.values())}},
            "automationDetails": {"id": f"barrieraudit/{run['id']}"},
            "invocations": [{"executionSuccessful": True, "startTimeUtc": run["started_at"],
                             **({"endTimeUtc": run["finished_at"]} if run.get("finished_at") else {})}],
            # Columns count characters (Python's strings), not UTF-16 code units.
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
            "properties": {"axe_version": run["axe_version"], "catalogue_version": run["catalogue_version"]},
        }],
    }


def write_sarif(results: dict[str, Any], path: Path, folders: list[SiteFolder] | None = None,
                root: Path | None = None, checks: list[dict[str, Any]] | None = None,
                policy: GatePolicy | None = None) -> None:
    document = sarif(results, folders, root, checks, policy)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
