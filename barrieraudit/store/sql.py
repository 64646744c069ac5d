"""The run store over a DB-API connection, in SQL that SQLite and PostgreSQL share.

Writes happen as data arrives: a page's artifacts are stored the moment the page is
gathered, so an interrupted run keeps everything it gathered. Page artifacts are
zlib-compressed JSON, with the contract's page fields beside them as a small
``summary`` column, so results, reports and diffs never decompress a whole record to
read them. A re-evaluated run stores no artifacts of its own: it reads its parent's
(``artifacts_from``). Everything else is JSON text or plain columns.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .migrations import LATEST, MIGRATIONS


@dataclass(frozen=True)
class Dialect:
    name: str
    placeholder: str
    blob: str
    begin: str = "BEGIN"
    lock: str | None = None  # taken at the start of the migration transaction


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


# A run on another machine whose last stored page is older than this is taken to be dead.
HEARTBEAT_STALE_S = 15 * 60
# How often an empty /proc/PID/cmdline is read again (10 ms apart) before the owner counts as dead.
CMDLINE_TRIES = 50


def this_process() -> str:
    """The owner recorded on a run: ``host:pid``."""
    return f"{socket.gethostname()}:{os.getpid()}"


def owner_alive(owner: str | None, heartbeat_at: str | None, *, now: datetime | None = None) -> bool:
    """Whether the process that owns a run marked running is still at work.

    On this host the process table answers (a pid reused by another program, or a
    zombie, does not count: its command line must name barrieraudit). A run owned by
    another host counts as alive while its heartbeat, updated with every stored page,
    is younger than ``HEARTBEAT_STALE_S``.
    """
    if not owner:
        return False
    host, _, pid_text = owner.rpartition(":")
    if host == socket.gethostname() and pid_text.isdigit() and os.name == "posix":
        pid = int(pid_text)
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        cmdline = Path(f"/proc/{pid}/cmdline")
        try:
            # A process caught inside exec() shows an empty command line for a moment,
            # and so does a zombie: ask again briefly before taking it for dead.
            for _ in range(CMDLINE_TRIES):
                args = cmdline.read_bytes()
                if args:
                    return b"barrieraudit" in args
                time.sleep(0.01)
            return False
        except FileNotFoundError:
            return not Path("/proc/self").exists()  # no /proc to ask: trust the signal
        except OSError:
            return True
    if heartbeat_at is None:
        return False
    beat = datetime.fromisoformat(heartbeat_at)
    return ((now or datetime.now(UTC)) - beat).total_seconds() < HEARTBEAT_STALE_S


# The page fields of the results contract, stored beside each page's artifacts.
PAGE_SUMMARY_FIELDS = ("url", "final_url", "http_status", "title", "role", "lang_declared", "lang_detected",
                       "bytes", "requests", "load_ms", "error")


def page_summary(record: dict[str, Any]) -> dict[str, Any]:
    summary = {key: record.get(key) for key in PAGE_SUMMARY_FIELDS}
    if record.get("flow"):  # a flow's audit (crawl/flows.py): the label goes to results too
        summary["flow"] = record["flow"]
    return summary


def compress_record(record: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"), 6)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class RunStore:
    def __init__(self, connection_and_dialect: tuple[Any, Dialect], target: str | None = None):
        self.connection, self.dialect = connection_and_dialect
        # What ``open_store`` was given, so a worker process can open the same store.
        self.target = target
        self._artifact_runs: dict[str, str] = {}
        self.migrate()

    # -- plumbing ----------------------------------------------------------------------
    def _sql(self, statement: str) -> str:
        return statement.replace("?", self.dialect.placeholder) if self.dialect.placeholder != "?" else statement

    def execute(self, statement: str, params: tuple = ()) -> Any:
        cursor = self.connection.cursor()
        cursor.execute(self._sql(statement), params)
        return cursor

    def query(self, statement: str, params: tuple = ()) -> list[tuple]:
        return self.execute(statement, params).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.execute(self.dialect.begin)
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()

    # -- schema ------------------------------------------------------------------------
    def schema_version(self) -> int:
        return self.query("SELECT MAX(version) FROM schema_migrations")[0][0] or 0

    def migrate(self) -> None:
        with self.transaction():
            if self.dialect.lock:
                self.execute(self.dialect.lock)
            self.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
            current = self.schema_version()
            if current > LATEST:
                raise StoreError("the database was written by a newer barrieraudit; upgrade to read it")
            for version, description, script in MIGRATIONS:
                if version <= current:
                    continue
                for statement in script.replace("{BLOB}", self.dialect.blob).split(";"):
                    if statement.strip():
                        self.execute(statement)
                self.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, description, now_iso()))

    # -- writing -----------------------------------------------------------------------
    def begin_run(self, *, tool_version: str, axe_version: str, catalogue_version: str,
                  browser: str, config: dict[str, Any], parent_id: str | None = None) -> str:
        run_id = new_run_id()
        self.execute("INSERT INTO runs (id, started_at, status, tool_version, axe_version, catalogue_version,"
                     " browser, config, parent_id) VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)",
                     (run_id, now_iso(), tool_version, axe_version, catalogue_version, browser,
                      _dumps(config), parent_id))
        self.claim_run(run_id)
        return run_id

    def claim_run(self, run_id: str) -> None:
        """Record this process as the one running ``run_id``."""
        self.execute("UPDATE runs SET owner = ?, heartbeat_at = ? WHERE id = ?", (this_process(), now_iso(), run_id))

    def run_owner(self, run_id: str) -> tuple[str | None, str | None]:
        """The process last running ``run_id`` and when it last stored a page."""
        rows = self.query("SELECT owner, heartbeat_at FROM runs WHERE id = ?", (run_id,))
        return (rows[0][0], rows[0][1]) if rows else (None, None)

    def add_site(self, run_id: str, position: int, site_id: str, name: str, url: str,
                 settings: dict[str, Any]) -> None:
        self.execute("INSERT INTO sites (run_id, site_id, position, name, url, status, settings)"
                     " VALUES (?, ?, ?, ?, ?, 'pending', ?)",
                     (run_id, site_id, position, name, url, _dumps(settings)))

    def add_page(self, run_id: str, site_id: str, record: dict[str, Any], screenshot: bytes | None,
                 seq: int | None = None) -> int:
        """Store one page's artifacts; ``seq`` is its place in the site's crawl (next free if None)."""
        blob = compress_record(record)
        with self.transaction():
            if seq is None:
                seq = self.query("SELECT COALESCE(MAX(seq), 0) + 1 FROM pages WHERE run_id = ? AND site_id = ?",
                                 (run_id, site_id))[0][0]
            self.execute("INSERT INTO pages (run_id, site_id, seq, url, role, error, artifacts, screenshot, summary)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (run_id, site_id, seq, record["url"], record.get("role"), record.get("error"),
                          blob, screenshot, _dumps(page_summary(record))))
            self.execute("UPDATE runs SET heartbeat_at = ? WHERE id = ?", (now_iso(), run_id))
        return seq

    def finish_site(self, run_id: str, site_id: str, *, status: str, error: str | None,
                    documents: list[dict[str, Any]], warnings: list[str],
                    worker: dict[str, Any] | None = None) -> None:
        self.execute("UPDATE sites SET status = ?, error = ?, documents = ?, warnings = ?, worker = ?"
                     " WHERE run_id = ? AND site_id = ?",
                     (status, error, _dumps(documents), _dumps(warnings), _dumps(worker), run_id, site_id))

    def set_executor(self, run_id: str, executor: dict[str, Any]) -> None:
        """Record what audits the run: ``{"kind": "local"|"dask", "scheduler", "workers"}``."""
        self.execute("UPDATE runs SET executor = ? WHERE id = ?", (_dumps(executor), run_id))

    def save_evaluation(self, run_id: str, site_id: str, *, facts: dict[str, Any], scores: dict[str, Any],
                        findings: list[dict[str, Any]], rank: int | None,
                        rank_interval: list[int] | None, page_facts: dict[str, Any] | None = None,
                        not_checked: list[dict[str, Any]] | None = None) -> None:
        with self.transaction():
            self.execute("DELETE FROM findings WHERE run_id = ? AND site_id = ?", (run_id, site_id))
            for seq, finding in enumerate(findings, 1):
                self.execute("INSERT INTO findings (run_id, site_id, seq, check_id, severity, certainty, page,"
                             " selector, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (run_id, site_id, seq, finding["check"], finding["severity"], finding["certainty"],
                              finding["page"], finding.get("selector"), _dumps(finding)))
            self.execute("UPDATE sites SET facts = ?, scores = ?, rank = ?, rank_interval = ?, page_facts = ?,"
                         " not_checked = ? WHERE run_id = ? AND site_id = ?",
                         (_dumps(facts), _dumps(scores), rank, _dumps(rank_interval), _dumps(page_facts or {}),
                          _dumps(not_checked or []), run_id, site_id))

    def save_ranks(self, run_id: str, ranks: dict[str, tuple[int | None, list[int] | None]]) -> None:
        """Site id -> (rank, rank interval), for a run whose evaluations are stored."""
        with self.transaction():
            for site_id, (position, interval) in ranks.items():
                self.execute("UPDATE sites SET rank = ?, rank_interval = ? WHERE run_id = ? AND site_id = ?",
                             (position, _dumps(interval), run_id, site_id))

    def reopen_run(self, run_id: str) -> None:
        self.execute("UPDATE runs SET status = 'running', finished_at = NULL WHERE id = ?", (run_id,))
        self.claim_run(run_id)

    def finish_run(self, run_id: str, status: str) -> None:
        self.execute("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", (status, now_iso(), run_id))

    def save_method(self, run_id: str, method_hash: str, snapshot: dict[str, Any]) -> None:
        """Record the method ``run_id`` is scored with; a method already stored under the
        same content hash is not stored again."""
        with self.transaction():
            self.execute("INSERT INTO methods (hash, snapshot, recorded_at) VALUES (?, ?, ?)"
                         " ON CONFLICT (hash) DO NOTHING", (method_hash, _dumps(snapshot), now_iso()))
            self.execute("UPDATE runs SET method_hash = ? WHERE id = ?", (method_hash, run_id))

    # -- reading -----------------------------------------------------------------------
    _RUN_COLUMNS = ("id", "started_at", "finished_at", "status", "tool_version", "axe_version",
                    "catalogue_version", "browser", "config", "parent_id", "executor")

    def _run_row(self, row: tuple) -> dict[str, Any]:
        run = dict(zip(self._RUN_COLUMNS, row, strict=True))
        run["config"] = _loads(run["config"])
        run["executor"] = _loads(run["executor"])
        return run

    def get_run(self, run_id: str | None = None) -> dict[str, Any]:
        """A run by id or unique id prefix; the latest run when ``run_id`` is None."""
        columns = ", ".join(self._RUN_COLUMNS)
        if run_id is None:
            rows = self.query(f"SELECT {columns} FROM runs ORDER BY started_at DESC, id DESC LIMIT 1")
            if not rows:
                raise StoreError("the database holds no runs yet")
        else:
            rows = self.query(f"SELECT {columns} FROM runs WHERE id LIKE ? ORDER BY id", (run_id + "%",))
            if not rows:
                raise StoreError(f"no run {run_id!r} in the database")
            if len(rows) > 1 and rows[0][0] != run_id:
                raise StoreError(f"run id {run_id!r} is ambiguous ({len(rows)} runs start with it)")
        return self._run_row(rows[0])

    def unfinished_run(self) -> dict[str, Any] | None:
        """The latest run that was interrupted or crashed (still marked running)."""
        columns = ", ".join(self._RUN_COLUMNS)
        rows = self.query(f"SELECT {columns} FROM runs WHERE status IN ('running', 'interrupted')"
                          " ORDER BY started_at DESC, id DESC LIMIT 1")
        return self._run_row(rows[0]) if rows else None

    def run_counts(self) -> dict[str, tuple[int, int]]:
        """Run id -> (sites, pages)."""
        sites = dict(self.query("SELECT run_id, COUNT(*) FROM sites GROUP BY run_id"))
        pages = dict(self.query("SELECT run_id, COUNT(*) FROM pages GROUP BY run_id"))
        return {run_id: (count, pages.get(self.artifacts_run(run_id), 0)) for run_id, count in sites.items()}

    def copy_run(self, run_id: str, *, tool_version: str, catalogue_version: str) -> str:
        """A new run with the same sites, linked to ``run_id``, that reads the page
        artifacts of ``run_id`` instead of copying them: evaluating it again leaves the
        original untouched and stores only the new findings, facts and scores."""
        source = self.get_run(run_id)
        new_id = self.begin_run(tool_version=tool_version, axe_version=source["axe_version"],
                                catalogue_version=catalogue_version, browser=source["browser"],
                                config=source["config"], parent_id=source["id"])
        with self.transaction():
            # The pages were gathered where the source run gathered them.
            self.execute("UPDATE runs SET artifacts_from = ?, executor = ? WHERE id = ?",
                         (self.artifacts_run(source["id"]), _dumps(source["executor"]), new_id))
            self.execute("INSERT INTO sites (run_id, site_id, position, name, url, status, error, settings,"
                         " documents, warnings, worker) SELECT ?, site_id, position, name, url, status, error,"
                         " settings, documents, warnings, worker FROM sites WHERE run_id = ?", (new_id, source["id"]))
        return new_id

    def artifacts_run(self, run_id: str) -> str:
        """The run whose pages hold ``run_id``'s artifacts: itself, or the crawl it re-evaluates."""
        if run_id not in self._artifact_runs:
            rows = self.query("SELECT artifacts_from FROM runs WHERE id = ?", (run_id,))
            self._artifact_runs[run_id] = (rows[0][0] if rows else None) or run_id
        return self._artifact_runs[run_id]

    def list_runs(self) -> list[dict[str, Any]]:
        columns = ", ".join(self._RUN_COLUMNS)
        return [self._run_row(r) for r in self.query(f"SELECT {columns} FROM runs ORDER BY started_at, id")]

    def load_sites(self, run_id: str) -> list[dict[str, Any]]:
        rows = self.query("SELECT site_id, name, url, status, error, settings, documents, warnings, facts,"
                          " scores, rank, rank_interval, page_facts, not_checked, worker FROM sites WHERE run_id = ?"
                          " ORDER BY position", (run_id,))
        return [{"id": r[0], "name": r[1], "url": r[2], "status": r[3], "error": r[4],
                 "settings": _loads(r[5]), "documents": _loads(r[6]) or [], "warnings": _loads(r[7]) or [],
                 "facts": _loads(r[8]), "scores": _loads(r[9]), "rank": r[10], "rank_interval": _loads(r[11]),
                 "page_facts": _loads(r[12]) or {}, "not_checked": _loads(r[13]),
                 "worker": _loads(r[14])}
                for r in rows]

    def load_pages(self, run_id: str, site_id: str) -> list[dict[str, Any]]:
        """A site's page records with all their artifacts, in crawl order."""
        rows = self.query("SELECT seq, artifacts FROM pages WHERE run_id = ? AND site_id = ? ORDER BY seq",
                          (self.artifacts_run(run_id), site_id))
        pages = []
        for seq, blob in rows:
            record = json.loads(zlib.decompress(bytes(blob)))
            record["seq"] = seq
            pages.append(record)
        return pages

    def load_page_summaries(self, run_id: str, site_id: str) -> list[dict[str, Any]]:
        """A site's pages with the contract's page fields only, in crawl order: read from
        the summary column, so no artifact is decompressed (except for pages stored before
        that column existed)."""
        rows = self.query("SELECT seq, summary, CASE WHEN summary IS NULL THEN artifacts END FROM pages"
                          " WHERE run_id = ? AND site_id = ? ORDER BY seq", (self.artifacts_run(run_id), site_id))
        return [{**(_loads(summary) if summary is not None else page_summary(json.loads(zlib.decompress(bytes(blob))))),
                 "seq": seq} for seq, summary, blob in rows]

    def screenshots(self, run_id: str) -> Iterator[tuple[str, int, bytes]]:
        cursor = self.execute("SELECT site_id, seq, screenshot FROM pages WHERE run_id = ?"
                              " AND screenshot IS NOT NULL ORDER BY site_id, seq", (self.artifacts_run(run_id),))
        for site_id, seq, shot in cursor:
            yield site_id, seq, bytes(shot)

    def load_findings(self, run_id: str, site_id: str) -> list[dict[str, Any]]:
        rows = self.query("SELECT data FROM findings WHERE run_id = ? AND site_id = ? ORDER BY seq",
                          (run_id, site_id))
        return [json.loads(r[0]) for r in rows]

    def load_method(self, run_id: str) -> tuple[str, dict[str, Any]] | None:
        """(content hash, snapshot) of the method ``run_id`` was scored with; None when
        it was not recorded."""
        rows = self.query("SELECT methods.hash, methods.snapshot FROM runs JOIN methods"
                          " ON methods.hash = runs.method_hash WHERE runs.id = ?", (run_id,))
        return (rows[0][0], _loads(rows[0][1])) if rows else None
