"""The check catalogue, loaded from the declarative files in ``checks/``.

A check file names its evaluator (a Python function registered in
``barrieraudit.evaluate.evaluators``) and carries everything else as data: title,
description, dimension, groups, severity, thresholds and options. The catalogue's
version is the declared version plus a hash of the folder's content, so a run records
exactly which catalogue judged it even when someone edits a lexicon without bumping.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from ..resources import checks_dir

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

    def by_dimension(self, dimension: str) -> list[CheckSpec]:
        return [c for c in self.checks if c.dimension == dimension]


def _content_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def load_catalogue(root: Path | None = None) -> Catalogue:
    root = root or checks_dir()
    meta = _read(root / "catalogue.yaml")
    checks = []
    for dimension in DIMENSIONS:
        for path in sorted((root / dimension).glob("*.yaml")):
            checks.append(CheckSpec.model_validate(_read(path)))
    return Catalogue(
        version=f"{meta['version']}+{_content_hash(root)}",
        checks=tuple(checks),
        scoring=_read(root / "scoring.yaml"),
        meta=meta,
    )
