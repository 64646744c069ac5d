"""The SQLite connection: the embedded default, nothing to install.

WAL journaling lets a report read while a crawl writes, and a busy timeout makes two
processes writing one file wait for each other instead of failing.

Two processes opening a new file at the same moment can both read it in rollback
mode and both ask to switch it to WAL; SQLite answers one of them "database is
locked" at once, without waiting (it would otherwise deadlock). Opening therefore
retries that answer, with a short random back-off, until the busy timeout is spent.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from ..errors import StoreError
from .sql import Dialect

SQLITE = Dialect(name="sqlite", placeholder="?", blob="BLOB", begin="BEGIN IMMEDIATE")
BUSY_TIMEOUT_S = 30.0


def _is_busy(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _prepare(connection: sqlite3.Connection, deadline: float) -> None:
    """Put the database in WAL mode, retrying the immediate "locked" of a concurrent opener."""
    while True:
        try:
            mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.Error as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.1))


def connect_sqlite(path: Path):
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        _prepare(connection, time.monotonic() + BUSY_TIMEOUT_S)
        connection.execute("PRAGMA foreign_keys=ON")
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from None
    return connection, SQLITE
