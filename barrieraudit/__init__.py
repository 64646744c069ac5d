"""barrieraudit: audit how far institutions' participation pages let everyone take part.

The package crawls each configured site in a real Chromium, gathers plain-data
artifacts (DOM facts, network, axe-core), evaluates checks over them, scores and ranks
the sites, stores every run in a database and renders static HTML reports. The
pipeline and the results contract are described in the README.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import RunConfig, Settings, SiteConfig, load_config, parse_config  # noqa: E402
from .errors import ConfigError, UserError  # noqa: E402
from .evaluate import evaluate_site  # noqa: E402
from .history import diff_runs  # noqa: E402
from .pipeline import evaluate_run, reevaluate_run, run_audit  # noqa: E402
from .report import write_report  # noqa: E402
from .results import build_results, validate_results  # noqa: E402
from .store import RunStore, open_store  # noqa: E402

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
