"""The check catalogue, loaded from the declarative files in ``checks/``.

A check file names its evaluator (a Python function registered in
``barrieraudit.evaluate.evaluators``) and carries everything else as data: title,
description, dimension, groups, severity, thresholds and options. The catalogue's
version is the declared version plus a hash of the folder's content, so a run records
exactly which catalogue judged it even when someone edits a lexicon without bumping.

``method_snapshot`` is what a run stores of the method that scored it: every check
spec, ``scoring.yaml`` and the catalogue's metadata as data, plus a digest of each
other data file (lexicons), keyed by ``method_hash``; ``method_changes`` says in
words how two snapshots differ, for the report's "method differs" note.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..resources import checks_dir, read_data_yaml

DIMENSIONS = ("accessibility", "language", "cost", "registration", "bandwidth")
GROUPS = ("disabled", "youth", "developing")
SEVERITIES = ("critical", "serious", "moderate", "minor", "info")


class CheckSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9-]+$")
    title: str
    description: str
    dimension: str
    groups: list[str]
    evaluator: str
    severity: str = "moderate"
    certainty: str = "confirmed"
    options: dict[str, Any] = Field(default_factory=dict)
    source: str = ""
    fix: str = ""

    def model_post_init(self, _context: Any) -> None:
        if self.dimension not in DIMENSIONS:
            raise ValueError(f"{self.id}: unknown dimension {self.dimension!r}")
        if not set(self.groups) <= set(GROUPS):
            raise ValueError(f"{self.id}: unknown group in {self.groups}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"{self.id}: unknown severity {self.severity!r}")


class Catalogue(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    checks: tuple[CheckSpec, ...]
    scoring: dict[str, Any]
    meta: dict[str, Any]
    # Every other data file (lexicons): relative path -> SHA-256 of its bytes.
    data_digests: dict[str, str] = Field(default_factory=dict)

    def by_dimension(self, dimension: str) -> list[CheckSpec]:
        return [c for c in self.checks if c.dimension == dimension]


def _content_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def _read(path: Path) -> Any:
    return read_data_yaml(path)


@cache
def load_catalogue(root: Path | None = None) -> Catalogue:
    root = root or checks_dir()
    meta = _read(root / "catalogue.yaml")
    checks = []
    method_files = {root / "catalogue.yaml", root / "scoring.yaml"}
    for dimension in DIMENSIONS:
        for path in sorted((root / dimension).glob("*.yaml")):
            checks.append(CheckSpec.model_validate(_read(path)))
            method_files.add(path)
    # Lexicons are not needed to render the method, only to tell that they changed.
    data = {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*.yaml")) if path not in method_files}
    return Catalogue(
        version=f"{meta['version']}+{_content_hash(root)}",
        checks=tuple(checks),
        scoring=_read(root / "scoring.yaml"),
        meta=meta,
        data_digests=data,
    )


# -- the method a run is scored with ------------------------------------------------------

METHOD_FORMAT = 1


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def method_snapshot(catalogue: Catalogue) -> dict[str, Any]:
    """The method as plain data: enough to render the methodology and each site's
    components again, and to tell whether a later catalogue scores differently."""
    return {
        "format": METHOD_FORMAT,
        "meta": catalogue.meta,
        "checks": [spec.model_dump(mode="json") for spec in catalogue.checks],
        "scoring": catalogue.scoring,
        "data_digests": dict(catalogue.data_digests),
    }


def method_hash(snapshot: dict[str, Any]) -> str:
    """The content hash that keys a stored method: equal methods, equal hashes (of the
    parsed checks and scoring, so an edited comment there is not a new method)."""
    return hashlib.sha256(_canonical(snapshot).encode("utf-8")).hexdigest()


def _leaf_changes(before: Any, after: Any, path: str, out: list[str]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after), key=str):
            where = f"{path}.{key}" if path else str(key)
            if key not in before:
                out.append(f"{where} added")
            elif key not in after:
                out.append(f"{where} removed")
            else:
                _leaf_changes(before[key], after[key], where, out)
    elif before != after:
        out.append(f"{path}: {_canonical(before)} → {_canonical(after)}")


def method_changes(stored: dict[str, Any], current: dict[str, Any], limit: int = 12) -> list[str]:
    """What differs from the stored method to the current one, in short lines: scoring
    parameters with their old and new values, checks added, removed or changed,
    catalogue metadata, data files (lexicons) changed."""
    changes: list[str] = []
    scoring: list[str] = []
    _leaf_changes(stored.get("scoring") or {}, current.get("scoring") or {}, "", scoring)
    changes += [f"scoring: {line}" for line in scoring]
    old = {c["id"]: c for c in stored.get("checks") or []}
    new = {c["id"]: c for c in current.get("checks") or []}
    changes += [f"check {cid} added" for cid in sorted(set(new) - set(old))]
    changes += [f"check {cid} removed" for cid in sorted(set(old) - set(new))]
    for cid in sorted(set(old) & set(new)):
        if old[cid] != new[cid]:
            fields = sorted(k for k in set(old[cid]) | set(new[cid]) if old[cid].get(k) != new[cid].get(k))
            changes.append(f"check {cid} changed ({', '.join(fields)})")
    meta: list[str] = []
    _leaf_changes(stored.get("meta") or {}, current.get("meta") or {}, "", meta)
    changes += [f"catalogue: {line}" for line in meta]
    before, after = stored.get("data_digests") or {}, current.get("data_digests") or {}
    changes += [f"{name} {'added' if name not in before else 'removed' if name not in after else 'changed'}"
                for name in sorted(set(before) | set(after)) if before.get(name) != after.get(name)]
    if len(changes) > limit:
        changes = changes[:limit] + [f"and {len(changes) - limit} more differences"]
    return changes
