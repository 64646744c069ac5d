"""Errors that reach the user as one line.

Every error a user can cause (a bad config, an unknown run, no browser) is a
``UserError``: the CLI prints its message on one line and exits with its code, never
with a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``exit_code`` follows the CLI's documented codes."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class ConfigError(UserError):
    """The configuration file or a command-line option is invalid (exit 2)."""


class BrowserNotFound(UserError):
    """No Chromium could be found or installed (exit 2)."""


class StoreError(UserError):
    """The database cannot be opened or does not hold what was asked for (exit 2)."""
