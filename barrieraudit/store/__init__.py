"""Storage of runs: every run, site, page artifact, finding and score.

``open_store(target)`` returns a :class:`~barrieraudit.store.sql.RunStore` on SQLite
(a file path; the default ``barrieraudit.db``) or PostgreSQL (a ``postgresql://`` URL,
for teams sharing history). The schema is versioned and migrated
forward on open (``migrations``), so a database written by an older barrieraudit
keeps working.
"""

from __future__ import annotations

from pathlib import Path

from .sql import RunStore


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def open_store(target: str | Path) -> RunStore:
    """A store on SQLite (a file path) or PostgreSQL (a ``postgresql://`` URL)."""
    if is_postgres(target):
        from .postgres import connect_postgres

        return RunStore(connect_postgres(str(target)), str(target))
    from .sqlite import connect_sqlite

    return RunStore(connect_sqlite(Path(target)), str(target))


__all__ = ["RunStore", "is_postgres", "open_store"]
