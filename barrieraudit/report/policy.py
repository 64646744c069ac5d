"""The gate's policy: what fails a build, from the command line and the config.

``--fail-on`` and ``--fail-under`` (the overall score, or a group's or dimension's:
``disabled=70``), the config's level per check (``off``/``warn``/``error``) and its
ignore list, and a baseline of known barriers (``--baseline``) decide, barrier by
barrier and page by page, what fails. The gate's exit code, its ``--json`` entry,
JUnit and SARIF all ask ``GatePolicy.disposition``, so they cannot disagree.

The policy never touches scores, ranks or findings: results.json is the same with or
without it (a published ranking cannot be changed by an organiser's config); what it
kept from failing is counted under the ``gate`` entry of ``--json``.

A barrier's identity in a baseline is its check, page and selector (``fingerprint``).
"""

from __future__ import annotations

import difflib
import fnmatch
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..evaluate.catalogue import DIMENSIONS, GROUPS
from ..evaluate.outcome import SEVERITY_ORDER

SCORE_NAMES = ("overall", *GROUPS, *DIMENSIONS)
BASELINE_SCHEMA = "barrieraudit.baseline/1"
# Why a barrier on a page does not fail the gate, as words for JUnit and the summary.
REASONS = {"off": "check off in the config", "ignored": "ignored by the config",
           "review": "needs review", "warn": "check set to warn in the config",
           "baselined": "in the baseline"}


def fingerprint(check: str, page: str, selector: str) -> str:
    """A barrier's stable identity on one page, in a baseline: its check, the page's path
    and query (not its scheme, host or port: a site served on another port in each CI run
    keeps its baseline) and the selector."""
    import hashlib
    from urllib.parse import urlsplit

    parts = urlsplit(page)
    where = (parts.path or "/") + (f"?{parts.query}" if parts.query else "") \
        + (f"#{parts.fragment}" if parts.fragment else "")
    return hashlib.sha256(f"{check}|{where}|{selector}".encode()).hexdigest()[:32]


def finding_pages(finding: dict[str, Any]) -> list[str]:
    return finding.get("pages") or [finding["page"]]


# -- --fail-under ------------------------------------------------------------------------

def parse_thresholds(values: list[str] | None) -> dict[str, float]:
    """``--fail-under`` values: ``70`` (the overall score) or ``NAME=70`` (a group or a
    dimension), as {score name: threshold}. A mistake is one line, exit 2."""
    thresholds: dict[str, float] = {}
    for value in values or []:
        name, sep, number = value.partition("=")
        name, shown = (name.strip(), f"--fail-under {name.strip()}") if sep else ("overall", "--fail-under")
        if not sep:
            number = value
        if name not in SCORE_NAMES:
            hint = difflib.get_close_matches(name, SCORE_NAMES, n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise UserError(f"--fail-under: no score named {name!r}{suggestion}; the scores are "
                            + ", ".join(SCORE_NAMES))
        try:
            threshold = float(number)
        except ValueError:
            raise UserError(f"{shown} must be a number") from None
        if not 0 <= threshold <= 100:
            raise UserError(f"{shown} must be between 0 and 100")
        if name in thresholds:
            raise UserError(f"--fail-under {name} is given twice")
        thresholds[name] = threshold
    return thresholds


def score_of(site: dict[str, Any], name: str) -> float | None:
    scores = site.get("scores") or {}
    if name == "overall":
        return scores.get("overall")
    return (scores.get("groups" if name in GROUPS else "dimensions") or {}).get(name)


def score_below(site: dict[str, Any], name: str, threshold: float | None) -> bool:
    """The site fails ``--fail-under [name=]threshold``: audited, and that score is
    lower or could not be measured."""
    if threshold is None or site["status"] == "failed":
        return False
    value = score_of(site, name)
    return value is None or value < threshold


# -- baselines ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Baseline:
    path: str
    fingerprints: frozenset[str]


def read_baseline(path: Path) -> Baseline:
    """A baseline file written by ``--write-baseline``; any problem is one line, exit 2."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"--baseline {path}: no such file (write one with --write-baseline)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"--baseline {path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"--baseline {path}: not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(document, dict) or document.get("schema") != BASELINE_SCHEMA:
        raise UserError(f"--baseline {path}: not a barrieraudit baseline (schema {BASELINE_SCHEMA}); "
                        "write one with --write-baseline")
    barriers = document.get("barriers")
    if not isinstance(barriers, list) or not all(
            isinstance(b, dict) and isinstance(b.get("fingerprint"), str) for b in barriers):
        raise UserError(f"--baseline {path}: 'barriers' must be a list of entries with a fingerprint")
    return Baseline(str(path), frozenset(b["fingerprint"] for b in barriers))


def baseline_document(results: dict[str, Any]) -> dict[str, Any]:
    """Every confirmed barrier of the run, one entry per page it is on."""
    barriers = []
    for site in results["sites"]:
        for finding in site["findings"]:
            if finding["certainty"] != "confirmed":
                continue
            for page in finding_pages(finding):
                selector = finding.get("selector") or ""
                barriers.append({"fingerprint": fingerprint(finding["check"], page, selector), "site": site["id"],
                                 "check": finding["check"], "page": page, "selector": selector,
                                 "severity": finding["severity"]})
    barriers.sort(key=lambda b: (b["site"], b["check"], b["page"], b["selector"]))
    return {"schema": BASELINE_SCHEMA, "run": results["run"]["id"],
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"), "barriers": barriers}


def write_baseline(results: dict[str, Any], path: Path) -> int:
    document = baseline_document(results)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(document["barriers"])


# -- the policy ----------------------------------------------------------------------------

def _ignored_by(rule: dict[str, Any], finding: dict[str, Any], page: str) -> bool:
    check, selector, url = rule.get("check"), rule.get("selector"), rule.get("url")
    if check is not None and not fnmatch.fnmatchcase(finding["check"], check):
        return False
    if selector is not None:
        found = finding.get("selector") or ""
        # Selectors are compared as text: the element itself, or one inside it.
        if found != selector and not found.startswith(selector + " "):
            return False
    return url is None or fnmatch.fnmatchcase(page, url)


@dataclass(frozen=True)
class GatePolicy:
    fail_on: str | None = None
    fail_under: dict[str, float] = field(default_factory=dict)
    levels: dict[str, str] = field(default_factory=dict)
    ignore: tuple[dict[str, Any], ...] = ()
    baseline: Baseline | None = None

    @classmethod
    def of(cls, fail_on: str | None = None, fail_under: dict[str, float] | None = None,
           config: Any = None, baseline: Baseline | None = None) -> GatePolicy:
        """The policy of the command line and a config (a RunConfig, or a run's stored
        config as data)."""
        if config is not None and not isinstance(config, dict):
            config = config.model_dump(mode="json")
        config = config or {}
        ignore = tuple({k: v for k, v in rule.items() if v is not None} for rule in config.get("ignore") or [])
        return cls(fail_on, dict(fail_under or {}), dict(config.get("checks") or {}), ignore, baseline)

    @property
    def given(self) -> bool:
        return bool(self.fail_on or self.fail_under or self.levels or self.ignore or self.baseline)

    def disposition(self, finding: dict[str, Any], page: str) -> str:
        """What one barrier on one page does to the gate: ``fail``, or why not (``off``,
        ``ignored``, ``review``, ``warn``, ``baselined``, ``below`` --fail-on)."""
        check = finding["check"]
        level = self.levels.get(check)
        if level == "off":
            return "off"
        if any(_ignored_by(rule, finding, page) for rule in self.ignore):
            return "ignored"
        if finding["certainty"] != "confirmed":
            return "review"
        if level == "warn":
            return "warn"
        if self.baseline is not None and \
                fingerprint(check, page, finding.get("selector") or "") in self.baseline.fingerprints:
            return "baselined"
        if level == "error":
            return "fail"
        if self.fail_on is not None and SEVERITY_ORDER[finding["severity"]] <= SEVERITY_ORDER[self.fail_on]:
            return "fail"
        return "below"

    def finding_disposition(self, finding: dict[str, Any]) -> str:
        """A barrier fails if it fails on any of its pages; otherwise its first page says why not."""
        outcomes = [self.disposition(finding, page) for page in finding_pages(finding)]
        return "fail" if "fail" in outcomes else outcomes[0]

    def failing(self, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [f for f in findings if self.finding_disposition(f) == "fail"]

    def not_failing(self, results: dict[str, Any]) -> dict[str, int]:
        """Barriers the config or the baseline kept from failing, by reason."""
        counts = Counter(self.finding_disposition(f) for site in results["sites"] for f in site["findings"])
        return {reason: counts.get(reason, 0) for reason in ("baselined", "ignored", "off", "warn")}

    def failures(self, results: dict[str, Any]) -> list[dict[str, Any]]:
        """Every site's failure of the gate, in site order, each with the line the
        error prints."""
        failures = []
        for site in results["sites"]:
            for name, threshold in self.fail_under.items():
                if not score_below(site, name, threshold):
                    continue
                value = score_of(site, name)
                shown = "not measurable" if value is None else f"{value:.1f}"
                limit = f"{threshold:g}" if name == "overall" else f"{name}={threshold:g}"
                entry = {"site": site["id"], "option": "--fail-under"}
                entry |= {"overall": value} if name == "overall" else {"score": name, "value": value}
                failures.append(entry | {"message": f"{site['name']}: {name} score {shown} is below "
                                                    f"--fail-under {limit}"})
            if site["status"] == "failed":
                continue
            found = self.failing(site["findings"])
            if found:
                failures.append(self._barrier_failure(site, found))
        return failures

    def _barrier_failure(self, site: dict[str, Any], found: list[dict[str, Any]]) -> dict[str, Any]:
        reasons = [f"at --fail-on {self.fail_on} or worse"] if self.fail_on else []
        if any(self.levels.get(f["check"]) == "error" for f in found):
            reasons.append("of a check set to error in the config")
        plural = "s" if len(found) > 1 else ""
        new = "new " if self.baseline is not None else ""
        known = sum(1 for f in site["findings"] if self.finding_disposition(f) == "baselined")
        tail = f" ({known} more in the baseline)" if self.baseline is not None else ""
        entry = {"site": site["id"], "option": "--fail-on" if self.fail_on else "checks", "barriers": len(found),
                 "checks": sorted({f["check"] for f in found}),
                 "message": f"{site['name']}: {len(found)} {new}confirmed barrier{plural} {' or '.join(reasons)}: "
                            f"{named_barriers(found)}{tail}"}
        return entry | ({"baselined": known} if self.baseline is not None else {})

    def describe(self, results: dict[str, Any], failures: list[dict[str, Any]]) -> dict[str, Any]:
        """The ``gate`` entry of ``--json``: the keys of a plain --fail-on/--fail-under
        gate, and the others only when the config or a baseline is in play."""
        document: dict[str, Any] = {"fail_under": self.fail_under.get("overall"), "fail_on": self.fail_on,
                                    "passed": not failures, "failures": failures}
        if set(self.fail_under) - {"overall"}:
            document["thresholds"] = dict(self.fail_under)
        if self.levels:
            document["checks"] = dict(self.levels)
        if self.ignore:
            document["ignore"] = list(self.ignore)
        if self.baseline is not None:
            document["baseline"] = {"file": self.baseline.path, "barriers": len(self.baseline.fingerprints)}
        if self.levels or self.ignore or self.baseline is not None:
            document["not_failing"] = self.not_failing(results)
        return document

    def note(self, results: dict[str, Any]) -> str | None:
        """One line for the summary: what the config and the baseline kept from failing."""
        if not (self.levels or self.ignore or self.baseline is not None):
            return None
        counts = self.not_failing(results)
        parts = []
        if self.baseline is not None:
            parts.append(f"{counts['baselined']} known barrier{'s' if counts['baselined'] != 1 else ''} "
                         f"in the baseline {self.baseline.path}")
        parts += [f"{counts[reason]} {reason}" for reason in ("ignored", "off", "warn") if counts[reason]]
        return "Not failing the gate: " + ", ".join(parts or ["nothing"])


def named_barriers(found: list[dict[str, Any]], shown: int = 5) -> str:
    """The checks of the barriers a gate failed on, most frequent first, with how many
    each: "accessibility.image-alt (3), accessibility.label (1)"."""
    counts = Counter(f["check"] for f in found)
    named = [f"{check} ({count})" for check, count in sorted(counts.items(), key=lambda c: (-c[1], c[0]))]
    more = f" and {len(named) - shown} more check{'s' if len(named) - shown > 1 else ''}" if len(named) > shown else ""
    return ", ".join(named[:shown]) + more
