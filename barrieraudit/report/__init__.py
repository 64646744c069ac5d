"""HTML and CSV reports, rendered from a stored run's results only.

See ``render.write_report``: it writes ``index.html``, one page per site, the report's
CSS/JS, screenshots, and the downloads (``results.json``, ``sites.csv``,
``findings.csv``) into a folder the user names.
"""

from .render import write_report

__all__ = ["write_report"]
