"""Scripted steps: a site's ``flows:``, the way to audit pages a crawl cannot reach.

A flow is a named list of steps (pa11y's actions, Lighthouse's user flows): go to a
page, click, fill a field, pick an option, tick a box, wait for an element or a URL,
and ``audit`` the page as it is at that moment. Pages behind a login and the later
steps of a multi-step registration form are only reachable this way.

This module is the flows' configuration: each step is checked when the config is
read, and a mistake is one line naming the flow and the step's number. A value may
name an environment variable, ``${FORUM_PASSWORD}``: it is read when the step runs,
never stored (the stored config keeps ``${FORUM_PASSWORD}``), and every value read
from the environment is struck out of what a flow's pages hand on (``redact``).
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote, quote_plus

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

# Flow and audit names: they label pages in results and name them in page URLs' fragments.
NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"
_NAME = re.compile(NAME_PATTERN)
_VARIABLE = re.compile(r"\$\{([^}]*)\}")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
REDACTED = "[secret]"
DEFAULT_STEP_TIMEOUT = 10.0

# Step kind -> the shape of its argument: a string (a selector, a URL, a name) or a
# mapping with these keys (required, optional).
_STRING_STEPS = {"navigate": "a URL", "click": "a CSS selector", "check": "a CSS selector",
                 "uncheck": "a CSS selector", "audit": "a name"}
_MAPPING_STEPS = {"fill": ({"selector", "value"}, set()), "select": ({"selector", "value"}, set()),
                  "wait_for": (set(), {"selector", "url", "timeout"})}
STEP_KINDS = (*_STRING_STEPS, *_MAPPING_STEPS)


@dataclass(frozen=True)
class Step:
    """One parsed step. ``value`` is as written (``${NAME}`` unexpanded); ``url`` is a
    ``navigate`` target or a ``wait_for`` URL, as written (relative to the site)."""

    kind: str
    selector: str | None = None
    value: str | None = None
    url: str | None = None
    name: str | None = None
    timeout: float | None = None

    def describe(self) -> str:
        """The step in an error line: its kind and target, never a value it types."""
        if self.kind == "audit":
            return f"audit {self.name!r}"
        if self.kind == "navigate":
            return f"navigate {self.url}"
        if self.kind == "wait_for":
            return f"wait_for url {self.url}" if self.url is not None else f"wait_for {self.selector!r}"
        return f"{self.kind} {self.selector!r}"

    def variables(self) -> list[str]:
        """The environment variables this step's value names."""
        return _VARIABLE.findall(self.value) if self.value else []


def _text(kind: str, value: Any, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"{kind} needs {what}, not {type(value).__name__}")
    text = str(value)
    if not text.strip() and kind != "value":
        raise ValueError(f"{kind} needs {what}; it is empty")
    return text


def parse_step(raw: Any) -> Step:
    """A step as written in YAML: a mapping with one key, the step's kind."""
    if isinstance(raw, str) and raw in STEP_KINDS:
        raise ValueError(f"{raw!r} needs a value ({raw}: ...)")
    if not isinstance(raw, dict) or len(raw) != 1:
        keys = f" (it has {', '.join(map(repr, raw))})" if isinstance(raw, dict) and raw else ""
        raise ValueError(f"a step is a mapping with one key, its kind ({', '.join(STEP_KINDS)}){keys}")
    (kind, argument), = raw.items()
    if kind not in STEP_KINDS:
        hint = difflib.get_close_matches(str(kind), STEP_KINDS, n=1)
        suggestion = f" (did you mean {hint[0]!r}?)" if hint else f" (known: {', '.join(STEP_KINDS)})"
        raise ValueError(f"unknown step {kind!r}{suggestion}")
    if kind in _STRING_STEPS:
        text = _text(kind, argument, _STRING_STEPS[kind]).strip()
        if kind == "audit":
            if not _NAME.match(text):
                raise ValueError(f"audit name {text!r} must be letters, digits, '-', '_' or '.' (at most 63)")
            return Step(kind, name=text)
        if kind == "navigate":
            return Step(kind, url=text)
        return Step(kind, selector=text)
    required, optional = _MAPPING_STEPS[kind]
    if not isinstance(argument, dict):
        keys = " or ".join(f"{{{key}: ...}}" for key in sorted(optional - {"timeout"})) or \
            "{" + ", ".join(f"{key}: ..." for key in sorted(required)) + "}"
        raise ValueError(f"{kind} needs a mapping: {keys}")
    for key in argument:
        if key not in required | optional:
            hint = difflib.get_close_matches(str(key), sorted(required | optional), n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise ValueError(f"{kind} has an unknown key {key!r}{suggestion}")
    for key in sorted(required - set(argument)):
        raise ValueError(f"{kind} is missing {key!r}")
    if kind == "wait_for":
        targets = [key for key in ("selector", "url") if key in argument]
        if len(targets) != 1:
            raise ValueError("wait_for needs exactly one of {selector: ...} or {url: ...}")
        timeout = argument.get("timeout")
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float)
                                    or not 0 < timeout <= 600):
            raise ValueError("wait_for timeout must be a number of seconds, above 0 and at most 600")
        target = _text("wait_for", argument[targets[0]], "a selector" if targets[0] == "selector" else "a URL")
        return Step(kind, **{targets[0]: target.strip()}, timeout=float(timeout) if timeout else None)
    value = _text("value", argument["value"], "a text")
    for name in _VARIABLE.findall(value):
        if not _VARIABLE_NAME.match(name):
            raise ValueError(f"{kind} value names an invalid environment variable ${{{name}}}")
    return Step(kind, selector=_text(kind, argument["selector"], "a CSS selector").strip(), value=value)


class Flow(BaseModel):
    """A named list of steps run in a browser context of its own."""

    model_config = ConfigDict(extra="forbid")

    name: str
    steps: Annotated[list[Any], Field(min_length=1)]
    # Seconds each step waits for its element (or URL); a page load has the site's page_timeout.
    timeout: Annotated[float, Field(gt=0, le=600)] = DEFAULT_STEP_TIMEOUT

    @field_validator("name")
    @classmethod
    def _check_name(cls, name: str) -> str:
        if not _NAME.match(name):
            raise ValueError(f"flow name {name!r} must be letters, digits, '-', '_' or '.' (at most 63)")
        return name

    @field_validator("steps")
    @classmethod
    def _check_steps(cls, steps: list[Any], info: Any) -> list[Any]:
        flow = info.data.get("name", "?")
        audits: set[str] = set()
        for number, raw in enumerate(steps, 1):
            try:
                step = parse_step(raw)
            except ValueError as exc:
                raise ValueError(f"flow {flow!r}, step {number}: {exc}") from None
            if step.name is not None:
                if step.name in audits:
                    raise ValueError(f"flow {flow!r}, step {number}: audit {step.name!r} is named twice")
                audits.add(step.name)
        if not audits:
            raise ValueError(f"flow {flow!r} has no audit step, so it would audit nothing")
        return steps

    def actions(self) -> list[Step]:
        return [parse_step(raw) for raw in self.steps]

    def audit_names(self) -> list[str]:
        return [step.name for step in self.actions() if step.name is not None]


def _unique_names(flows: list[Flow]) -> list[Flow]:
    seen: set[str] = set()
    for flow in flows:
        if flow.name in seen:
            raise ValueError(f"flow name {flow.name!r} is used twice")
        seen.add(flow.name)
    return flows


Flows = Annotated[list[Flow], AfterValidator(_unique_names)]


def check_flow_scope(site_name: str, site_url: str, flows: list[Flow], contains: Any) -> None:
    """A ``navigate`` must stay inside the site (``contains``: the site's scope test)."""
    from urllib.parse import urljoin, urlsplit

    for flow in flows:
        for number, step in enumerate(flow.actions(), 1):
            if step.kind != "navigate":
                continue
            assert step.url is not None
            target = urljoin(site_url, step.url)
            if urlsplit(target).scheme not in ("http", "https"):
                raise ValueError(f"site {site_name!r}, flow {flow.name!r}, step {number}: "
                                 f"navigate needs an http(s) URL or a path, not {step.url!r}")
            if not contains(target):
                raise ValueError(f"site {site_name!r}, flow {flow.name!r}, step {number}: "
                                 f"navigate to {target} leaves the site")


# -- secrets ------------------------------------------------------------------------------

def flow_variables(flows: list[Flow]) -> Iterator[tuple[Flow, int, str]]:
    """(flow, step number, variable name) for every ``${NAME}`` the flows read."""
    for flow in flows:
        for number, step in enumerate(flow.actions(), 1):
            for name in step.variables():
                yield flow, number, name


def missing_variable(sites: list[tuple[str, list[Flow]]]) -> str | None:
    """The first environment variable a flow reads that is not set, as an error line."""
    for site_name, flows in sites:
        for flow, number, name in flow_variables(flows):
            if name not in os.environ:
                return (f"environment variable {name} is not set (site {site_name!r}, flow {flow.name!r}, "
                        f"step {number} reads it)")
    return None


def expand(value: str) -> tuple[str, list[str]]:
    """A value with its ``${NAME}`` read from the environment, and the values read."""
    secrets: list[str] = []

    def read(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise KeyError(name)
        secrets.append(os.environ[name])
        return os.environ[name]

    return _VARIABLE.sub(read, value), secrets


def secret_forms(secret: str) -> list[str]:
    """The ways a value can show up in a page or a URL: as typed and URL-encoded."""
    if not secret:
        return []
    return sorted({secret, quote(secret, safe=""), quote_plus(secret), quote(secret)}, key=len, reverse=True)


def redact(value: Any, secrets: list[str]) -> Any:
    """``value`` (strings, lists and dicts, nested) with every form of every secret
    replaced by ``[secret]``."""
    forms = [form for secret in secrets for form in secret_forms(secret)]
    if not forms:
        return value
    pattern = re.compile("|".join(re.escape(form) for form in sorted(set(forms), key=len, reverse=True)))

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            return pattern.sub(REDACTED, item)
        if isinstance(item, list):
            return [walk(x) for x in item]
        if isinstance(item, tuple):
            return tuple(walk(x) for x in item)
        if isinstance(item, dict):
            return {walk(k): walk(v) for k, v in item.items()}
        return item

    return walk(value)


__all__ = ["Flow", "Flows", "Step", "check_flow_scope", "expand", "flow_variables", "missing_variable",
           "parse_step", "redact"]
