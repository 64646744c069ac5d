"""The run configuration: which sites to audit and how politely.

``CONFIG.yaml`` (see the README) is validated here with pydantic, strictly: an unknown
key is an error that names the key and suggests the closest known one, because a
typo such as ``max_page`` silently ignored would audit with the wrong budget.
Every error becomes a one-line :class:`ConfigError`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import __version__
from .errors import ConfigError
from .steps import Flow, Flows, check_flow_scope

DEFAULT_USER_AGENT = (
    f"barrieraudit/{__version__} (+https://github.com/barrieraudit/barrieraudit; "
    "participation-barrier audit; obeys robots.txt)"
)
# Crawler name matched against robots.txt user-agent groups.
ROBOTS_AGENT = "barrieraudit"


class Scope(StrEnum):
    """What counts as "inside the site" for the crawl."""

    domain = "domain"  # the start URL's registrable domain and its subdomains
    host = "host"  # exactly the start URL's host (and port)
    prefix = "prefix"  # the start URL's host and path prefix


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].strip("-") or "site"


def check_url(value: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    try:
        parts.port  # noqa: B018 -- raises on a port that is not a number
    except ValueError as exc:
        raise ValueError(f"{value!r} has an invalid port") from exc
    return value


class Settings(BaseModel):
    """How to crawl: budgets, politeness and time limits. Run-wide, overridable per site."""

    model_config = ConfigDict(extra="forbid")

    max_pages: Annotated[int, Field(ge=1, le=10_000)] = 25
    max_depth: Annotated[int, Field(ge=0, le=100)] = 10
    scope: Scope = Scope.domain
    # Seconds between two requests to the same host; robots.txt Crawl-delay wins when larger.
    delay: Annotated[float, Field(ge=0, le=120)] = 0.5
    respect_robots: bool = True
    page_timeout: Annotated[float, Field(gt=0, le=600)] = 30.0
    axe_timeout: Annotated[float, Field(gt=0, le=600)] = 60.0
    user_agent: str = DEFAULT_USER_AGENT
    screenshots: bool = True


class SiteConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=200)]
    url: str
    id: Annotated[str | None, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")] = None
    max_pages: Annotated[int | None, Field(ge=1, le=10_000)] = None
    max_depth: Annotated[int | None, Field(ge=0, le=100)] = None
    scope: Scope | None = None
    delay: Annotated[float | None, Field(ge=0, le=120)] = None
    respect_robots: bool | None = None
    flows: Flows = []  # scripted steps (steps.py): pages behind a login, later steps of a form

    _check_url = field_validator("url")(lambda cls, v: check_url(v))

    def settings(self, base: Settings) -> Settings:
        """The run's settings with this site's overrides applied."""
        overrides = {
            key: getattr(self, key)
            for key in ("max_pages", "max_depth", "scope", "delay", "respect_robots")
            if getattr(self, key) is not None
        }
        return base.model_copy(update=overrides)


class RunConfig(Settings):
    sites: Annotated[list[SiteConfig], Field(min_length=1)]

    def model_post_init(self, _context: Any) -> None:
        seen: set[str] = set()
        for site in self.sites:
            base = site.id or slugify(site.name)
            candidate, n = base, 2
            while candidate in seen:
                candidate, n = f"{base}-{n}", n + 1
            if site.id and candidate != site.id:
                raise ConfigError(f"site id {site.id!r} is used twice")
            site.id = candidate
            seen.add(candidate)
            if site.flows:
                from .crawl.scope import SiteScope  # noqa: PLC0415 -- crawl.scope imports this module

                scope = SiteScope(site.url, site.scope or self.scope)
                check_flow_scope(site.name, site.url, site.flows, scope.contains)

    def site_settings(self, site: SiteConfig) -> Settings:
        base = Settings(**self.model_dump(exclude={"sites"}))
        return site.settings(base)


_KNOWN_KEYS = {
    "": set(RunConfig.model_fields),
    "sites": set(SiteConfig.model_fields),
    "flows": set(Flow.model_fields),
}


def _describe(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error["loc"]]
    where = ".".join(loc) or "config"
    if error["type"] == "extra_forbidden":
        key = loc[-1]
        known = _KNOWN_KEYS["flows" if "flows" in loc[:-1] else "sites" if "sites" in loc[:-1] else ""]
        hint = difflib.get_close_matches(key, known, n=1)
        suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
        return f"unknown key {where!r}{suggestion}"
    if error["type"] == "missing":
        return f"missing required key {where!r}"
    message = error["msg"].removeprefix("Value error, ")
    return f"{where}: {message}"


def parse_config(data: Any, source: str = "config") -> RunConfig:
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping with a 'sites' list at the top")
    try:
        return RunConfig.model_validate(data)
    except ValidationError as exc:
        # A typo in a key also makes the key it meant "missing": name the typo first.
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        first = errors[0]
        more = len(errors) - 1
        tail = f" (and {more} more error{'s' if more > 1 else ''})" if more else ""
        raise ConfigError(f"{source}: {_describe(first)}{tail}") from None


def load_config(path: Path) -> RunConfig:
    """Read and validate CONFIG.yaml; every failure is one ConfigError line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(f"{path}{where}: YAML syntax error: {problem}") from None
    return parse_config(data, str(path))
