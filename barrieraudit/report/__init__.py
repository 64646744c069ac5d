"""HTML and CSV reports, rendered from a stored run's results only.

See ``render.write_report``: it writes ``index.html``, one page per site, the report's
CSS/JS, screenshots, and the downloads (``results.json``, ``sites.csv``,
``findings.csv``) into a folder the user names.

``render`` (jinja2, babel and the check catalogue, ~0.4 s to import) is imported when ``write_report``
is first asked for (or ``warm_up`` is called), so a command that only reads the SARIF, JUnit or gate modules of
this package — ``crawl`` checking its ``--sarif-map`` before it starts — does not wait
for it.
"""

from typing import Any

__all__ = ["warm_up", "write_report"]


def warm_up() -> None:
    """Import ``render`` and compile the report's templates, ahead of ``write_report``:
    ``crawl`` and ``check`` do it in a thread once every page is gathered, while the
    last sites are evaluated in the check worker and this process only waits."""
    from .render import warm_up as compile_templates

    compile_templates()


def __getattr__(name: str) -> Any:
    if name == "write_report":
        from .render import write_report

        return write_report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
