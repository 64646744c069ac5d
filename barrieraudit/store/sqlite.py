"""The SQLite connection: the embedded default, nothing to install.

WAL journaling lets a report read while a crawl writes, and a busy timeout makes two
processes writing one file wait for each other instead of failing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from .sql import Dialect

SQLITE = Dialect(name="sqlite", placeholder="?", blob="BLOB", begin="BEGIN IMMEDIATE")


def connect_sqlite(path: Path):
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA busy_timeout=30000")
        connection.execute("PRAGMA foreign_keys=ON")
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from None
    return connection, SQLITE
