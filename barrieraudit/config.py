"""The run configuration: which sites to audit, how politely, and what fails the gate.

``CONFIG.yaml`` (see the README) is validated here with pydantic, strictly: an unknown
key is an error that names the key and suggests the closest known one, because a
typo such as ``max_page`` silently ignored would audit with the wrong budget.
Every error becomes a one-line :class:`ConfigError`. ``checks`` (a level per check)
and ``ignore`` govern the CI gate only, never scores or ranks; ``pages`` and
``sitemaps`` add to what a site's crawl visits. ``find_default_config`` is where
``crawl`` looks when no file is named, and ``with_overrides`` applies its options.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urljoin, urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

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


class CheckLevel(StrEnum):
    """What a check's confirmed barriers do to the gate (``checks:`` in the config)."""

    off = "off"  # never fail; reported as off, not as failures
    warn = "warn"  # never fail; reported as warnings
    error = "error"  # fail the gate whatever their severity, even without --fail-on


class IgnoreRule(BaseModel):
    """Barriers the gate does not fail on: a check (id or ``*`` pattern), an element
    (its selector, or one inside it) and/or pages (a ``*`` pattern on the page URL)."""

    model_config = ConfigDict(extra="forbid")

    check: str | None = None
    selector: Annotated[str | None, Field(min_length=1)] = None
    url: Annotated[str | None, Field(min_length=1)] = None

    @model_validator(mode="after")
    def _says_something(self) -> IgnoreRule:
        if self.check is None and self.selector is None and self.url is None:
            raise ValueError("an ignore entry needs a check, a selector or a url")
        if self.check is not None:
            known_check(self.check, pattern=True)
        return self


@cache
def _known_check_ids() -> tuple[frozenset[str], bool]:
    """(check ids, whether every axe-core rule id is among them). axe-core's rules
    are read from the bundled script; if its format ever hides them, any
    ``accessibility.<rule>`` is accepted rather than a real rule refused."""
    from .browser.axe import axe_source
    from .evaluate.catalogue import load_catalogue

    ids = {check.id for check in load_catalogue().checks}
    rules = set(re.findall(r'\{id:"([a-z0-9-]+)",(?:impact|selector|excludeHidden|matches|tags|enabled|'
                           r'metadata|pageLevel|reviewOnFail)', axe_source()))
    return frozenset(ids | {f"accessibility.{rule}" for rule in rules}), len(rules) > 50


def known_check(check_id: str, pattern: bool = False) -> str:
    """``check_id`` if it names a check (or, with ``pattern``, a ``*`` pattern that
    matches one); otherwise a ValueError with the closest known id."""
    import fnmatch

    known, all_axe_rules = _known_check_ids()
    if pattern and "*" in check_id:
        if any(fnmatch.fnmatchcase(k, check_id) for k in known):
            return check_id
        raise ValueError(f"{check_id!r} matches no check")
    if check_id in known or (not all_axe_rules and re.fullmatch(r"accessibility\.[a-z0-9-]+", check_id)):
        return check_id
    hint = difflib.get_close_matches(check_id, sorted(known), n=1)
    suggestion = f" (did you mean {hint[0]!r}?)" if hint else " (barrieraudit checks lists them)"
    raise ValueError(f"unknown check {check_id!r}{suggestion}")


def _site_urls(value: Any) -> Any:
    """A URL or a list of URLs, as a list (``sitemaps: URL`` is one sitemap)."""
    return [value] if isinstance(value, str) else value


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
    # Pages audited besides what the crawl finds, first; and sitemaps read besides the
    # site's /sitemap.xml and those robots.txt names. A path is relative to ``url``.
    pages: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)

    _check_url = field_validator("url")(lambda cls, v: check_url(v))
    _lists = field_validator("pages", "sitemaps", mode="before")(lambda cls, v: _site_urls(v))

    @model_validator(mode="after")
    def _absolute(self) -> SiteConfig:
        for key in ("pages", "sitemaps"):
            urls = []
            for n, entry in enumerate(getattr(self, key)):
                entry = entry.strip()
                try:
                    urls.append(check_url(urljoin(self.url, entry) if entry.startswith("/") else entry))
                except ValueError as exc:
                    raise ValueError(f"{key}.{n}: {exc}") from None
            setattr(self, key, list(dict.fromkeys(urls)))
        return self

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
    # Pages loaded at once across the run (crawl --concurrency wins); None: the default.
    concurrency: Annotated[int | None, Field(ge=1, le=32)] = None
    # The gate: a level per check, and barriers it never fails on. Scores ignore both.
    checks: dict[str, CheckLevel] = Field(default_factory=dict)
    ignore: list[IgnoreRule] = Field(default_factory=list)

    @field_validator("checks", mode="before")
    @classmethod
    def _check_ids(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        for check_id in value:
            known_check(str(check_id))
        # YAML 1.1 reads a bare `off` as false: it means the level off.
        return {key: "off" if level is False else level for key, level in value.items()}

    @field_validator("ignore", mode="before")
    @classmethod
    def _ignore_entries(cls, value: Any) -> Any:
        # A bare string is a check id (pa11y-ci's ignore list).
        return [{"check": entry} if isinstance(entry, str) else entry for entry in value] \
            if isinstance(value, list) else value

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
                check_flow_scope(site.name, site.url, site.flows, lambda url, site=site: self.in_scope(site, url))
        for n, site in enumerate(self.sites):
            for key in ("pages", "sitemaps"):
                outside = next((u for u in getattr(site, key) if not self.in_scope(site, u)), None)
                if outside is not None:
                    raise ConfigError(f"sites.{n}.{key}: {outside} is outside the site "
                                      f"(scope {self.site_settings(site).scope.value} of {site.url})")

    def site_settings(self, site: SiteConfig) -> Settings:
        base = Settings(**self.model_dump(include=set(Settings.model_fields)))
        return site.settings(base)

    def in_scope(self, site: SiteConfig, url: str) -> bool:
        from .crawl.scope import SiteScope

        return SiteScope(site.url, self.site_settings(site).scope).contains(url)


_KNOWN_KEYS = {
    "": set(RunConfig.model_fields),
    "sites": set(SiteConfig.model_fields),
    "flows": set(Flow.model_fields),
    "ignore": set(IgnoreRule.model_fields),
}


def _describe(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error["loc"]]
    where = ".".join(loc) or "config"
    if error["type"] == "extra_forbidden":
        key = loc[-1]
        known = _KNOWN_KEYS["flows" if "flows" in loc[:-1]
                            else loc[0] if loc[0] in _KNOWN_KEYS and len(loc) > 1 else ""]
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
    except ConfigError as exc:  # raised after the keys were read (a site id twice, a page outside)
        raise ConfigError(f"{source}: {exc}") from None
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


# Where ``crawl`` looks for its configuration when none is named, in this order (the
# dot-file as pa11y-ci's ``.pa11yci`` and Lighthouse CI's ``.lighthouserc.yml``).
DEFAULT_CONFIG_NAMES = ("barrieraudit.yaml", ".barrieraudit.yaml")


def find_default_config(folder: Path = Path(".")) -> Path:
    """The configuration file in ``folder``: exactly one of ``DEFAULT_CONFIG_NAMES``."""
    found = [folder / name for name in DEFAULT_CONFIG_NAMES if (folder / name).is_file()]
    if not found:
        raise ConfigError("no barrieraudit.yaml (or .barrieraudit.yaml) in the current folder: "
                          "name a config file (barrieraudit crawl CONFIG) or create one (see the README)")
    if len(found) > 1:
        raise ConfigError("both barrieraudit.yaml and .barrieraudit.yaml are in the current folder: "
                          "name the one to use (barrieraudit crawl CONFIG)")
    return found[0]


def bounds(setting: str) -> tuple[float | None, float | None]:
    """(lowest, highest) value a run-wide setting accepts, from its declaration, so a
    command-line override is held to the same rule as the file."""
    field = {**Settings.model_fields, **RunConfig.model_fields}[setting]
    low = next((m.ge for m in field.metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in field.metadata if hasattr(m, "le")), None)
    return low, high


def with_overrides(config: RunConfig, *, max_pages: int | None = None, delay: float | None = None,
                   concurrency: int | None = None, sitemaps: list[str] | None = None) -> RunConfig:
    """``config`` with the command line's values: ``max_pages`` and ``delay`` for every
    site (over the file's run-wide and per-site values: what is typed is for this run),
    ``concurrency`` for the run, and each ``--sitemap`` read by the sites it is inside."""
    config = config.model_copy(deep=True)
    for key, value in (("max_pages", max_pages), ("delay", delay)):
        if value is not None:
            setattr(config, key, value)
            for site in config.sites:
                setattr(site, key, None)
    if concurrency is not None:
        config.concurrency = concurrency
    for url in sitemaps or []:
        try:
            check_url(url)
        except ValueError as exc:
            raise ConfigError(f"--sitemap {exc}") from None
        owners = [site for site in config.sites if config.in_scope(site, url)]
        if not owners:
            raise ConfigError(f"--sitemap {url} is inside none of the config's sites")
        for site in owners:
            site.sitemaps = list(dict.fromkeys([*site.sitemaps, url]))
    return config
