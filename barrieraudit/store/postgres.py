"""The PostgreSQL connection, for teams sharing run history (``--db postgresql://...``).

Same schema and migrations as SQLite (``migrations.py``); only the placeholder, the
binary column type and the migration lock differ. psycopg 3 in autocommit mode:
the store opens its own transactions where writes belong together.
"""

from __future__ import annotations

from ..errors import StoreError
from .sql import Dialect

POSTGRES = Dialect(name="postgresql", placeholder="%s", blob="BYTEA", begin="BEGIN",
                   # Two processes opening a new database migrate it one after the other.
                   lock="SELECT pg_advisory_xact_lock(73627)")


def connect_postgres(url: str):
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=15)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"cannot open database {redact(url)}: {first}") from None
    return connection, POSTGRES


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
