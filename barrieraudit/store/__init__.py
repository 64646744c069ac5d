"""Storage of runs: every run, site, page artifact, finding and score.

``open_store(target)`` returns a :class:`~barrieraudit.store.sql.RunStore` on SQLite
(a file path; the default ``barrieraudit.db``). The schema is versioned and migrated
forward on open (``migrations``), so a database written by an older barrieraudit
keeps working.
"""

from __future__ import annotations

from pathlib import Path

from .sql import RunStore


def open_store(target: str | Path) -> RunStore:
    from .sqlite import connect_sqlite

    return RunStore(connect_sqlite(Path(target)))


__all__ = ["RunStore", "open_store"]
