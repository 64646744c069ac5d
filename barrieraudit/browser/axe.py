"""axe-core, as shipped by the installed axe-selenium-python package.

The script is read once per process; its version comes from the banner comment at
the top of the file (``/*! axe v4.10.2``) and is recorded with every run. Results are
trimmed inside the page so a page with thousands of failing nodes stays a bounded
artifact.

axe-core runs in an isolated world of the page (``WORLD``): it shares the page's DOM
but not its JavaScript globals, so the page as served is not changed by it and the
page's scripts cannot break it. Sending the 550 KB script with every visit cost more
than running it (measured: ~120-145 ms against ~25 ms, ``benchmarks/bench_visit.py``
and the README), so each tab is given it once, as a string every new document's
isolated world holds (``stash_script``); a visit only evaluates that string
(``LOAD_JS``). Holding a string literal costs the page's load next to nothing; a
compiled function would be pre-parsed on every document.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

# Run axe over the whole document and keep violations and incomplete results in
# full; passes and inapplicable rules are only counted.
RUN_JS = """
(options) => axe.run(document, options).then((r) => {
  const clip = (s, n) => (s || "").slice(0, n);
  const target = (t) => t.map((part) => Array.isArray(part) ? part.join(" >>> ") : String(part));
  const rule = (x) => ({
    id: x.id, impact: x.impact || null, tags: x.tags, help: x.help, helpUrl: x.helpUrl,
    description: x.description, node_count: x.nodes.length,
    nodes: x.nodes.slice(0, 50).map((n) => ({
      target: target(n.target), html: clip(n.html, 400), impact: n.impact || null,
      summary: clip(n.failureSummary, 600),
    })),
  });
  return {
    version: r.testEngine.version, violations: r.violations.map(rule),
    incomplete: r.incomplete.map(rule), passes: r.passes.map((x) => x.id),
    inapplicable: r.inapplicable.length,
  };
})
"""


WORLD = "barrieraudit"
_STASH = "__barrieraudit_axe_source"
# In the isolated world: load axe-core from the tab's stash; false when there is none.
LOAD_JS = (f"typeof axe === 'object' || (typeof {_STASH} === 'string' && "
           f"((0, eval)({_STASH}), typeof axe === 'object'))")


def run_expression(options: dict[str, Any]) -> str:
    return f"({RUN_JS})({json.dumps(options)})"


@cache
def stash_script() -> str:
    """Source for ``Page.addScriptToEvaluateOnNewDocument``: axe-core as a string."""
    return f"var {_STASH} = {json.dumps(axe_source())};"


@cache
def axe_path() -> Path:
    import axe_selenium_python

    return Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"


@cache
def axe_source() -> str:
    return axe_path().read_text(encoding="utf-8")


@cache
def axe_version() -> str:
    """The axe-core version from the script's banner, e.g. ``4.10.2``."""
    with axe_path().open(encoding="utf-8") as handle:
        head = handle.read(200)
    match = re.search(r"axe v(\d+\.\d+\.\d+)", head)
    return match.group(1) if match else "unknown"


def axe_run_options(tags: list[str]) -> dict[str, Any]:
    return {"runOnly": {"type": "tag", "values": list(tags)},
            "resultTypes": ["violations", "incomplete"]}
