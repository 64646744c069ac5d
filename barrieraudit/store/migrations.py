"""Schema migrations, applied in order on open; the version is kept in the database.

Never edit a migration that has shipped: add the next one. Types are kept to what
SQLite and PostgreSQL share (TEXT, INTEGER, REAL, and a binary type per dialect).
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "runs, sites, pages, findings", """
CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    axe_version TEXT,
    catalogue_version TEXT,
    browser TEXT,
    config TEXT NOT NULL,
    parent_id TEXT
);
CREATE TABLE sites (
    run_id TEXT NOT NULL REFERENCES runs(id),
    site_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    settings TEXT NOT NULL,
    documents TEXT,
    warnings TEXT,
    facts TEXT,
    scores TEXT,
    rank INTEGER,
    rank_interval TEXT,
    PRIMARY KEY (run_id, site_id)
);
CREATE TABLE pages (
    run_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    url TEXT NOT NULL,
    role TEXT,
    error TEXT,
    artifacts {BLOB} NOT NULL,
    screenshot {BLOB},
    PRIMARY KEY (run_id, site_id, seq)
);
CREATE TABLE findings (
    run_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    check_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    certainty TEXT NOT NULL,
    page TEXT NOT NULL,
    selector TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (run_id, site_id, seq)
);
CREATE INDEX findings_check ON findings (run_id, check_id);
"""),
    (2, "what evaluation adds to pages (detected language)", """
ALTER TABLE sites ADD COLUMN page_facts TEXT
"""),
    (3, "which process is running a run, and when it last stored a page", """
ALTER TABLE runs ADD COLUMN owner TEXT;
ALTER TABLE runs ADD COLUMN heartbeat_at TEXT
"""),
    (4, "page summaries as a column; re-evaluations read their parent's artifacts", """
ALTER TABLE pages ADD COLUMN summary TEXT;
ALTER TABLE runs ADD COLUMN artifacts_from TEXT
"""),
    # A method (check specs, scoring, catalogue metadata, digests of the lexicons) is
    # stored once, keyed by its content hash; each run points at the one it was scored
    # with. Runs stored before this migration have none: "method not recorded".
    (5, "the method each run was scored with, stored once per content hash", """
CREATE TABLE methods (
    hash TEXT PRIMARY KEY,
    snapshot TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
ALTER TABLE runs ADD COLUMN method_hash TEXT
"""),
    # What an evaluation could not check (a frame axe-core could not enter, a page it did
    # not finish): a limit of the tool, kept apart from the findings. Null for sites
    # evaluated before this migration.
    (6, "what the evaluation of each site could not check", """
ALTER TABLE sites ADD COLUMN not_checked TEXT
"""),
    # Where a run's audits ran: the executor (local, or a Dask cluster) per run, the
    # machine (and Dask worker) per site. Null for runs stored before this migration.
    (7, "where each run and each site was audited from", """
ALTER TABLE runs ADD COLUMN executor TEXT;
ALTER TABLE sites ADD COLUMN worker TEXT
"""),
]

LATEST = MIGRATIONS[-1][0]
