"""barrieraudit: audit how far institutions' participation pages let everyone take part.

The package crawls each configured site in a real Chromium, gathers plain-data
artifacts (DOM facts, network, axe-core), evaluates checks over them, scores and ranks
the sites, stores every run in a database and renders static HTML reports. The
pipeline and the results contract are described in the README.
"""

from __future__ import annotations

__version__ = "0.1.0"

# The public API, imported on first use (PEP 562): the command line starts without
# loading the report (jinja2) or the checks unless a command needs them.
_EXPORTS = {
    "RunConfig": "config", "Settings": "config", "SiteConfig": "config", "load_config": "config",
    "parse_config": "config", "ConfigError": "errors", "UserError": "errors", "evaluate_site": "evaluate",
    "diff_runs": "history", "evaluate_run": "pipeline", "reevaluate_run": "pipeline", "run_audit": "pipeline",
    "write_report": "report", "build_results": "results", "validate_results": "results", "RunStore": "store",
    "open_store": "store",
}


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'barrieraudit' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ConfigError",
    "RunConfig",
    "RunStore",
    "Settings",
    "SiteConfig",
    "UserError",
    "__version__",
    "build_results",
    "diff_runs",
    "evaluate_run",
    "evaluate_site",
    "load_config",
    "open_store",
    "parse_config",
    "reevaluate_run",
    "run_audit",
    "validate_results",
    "write_report",
]
