-- The same tables as the PostgreSQL store; instants are UTC ticks so that they compare as integers.
CREATE TABLE grain_state (
    grain_type TEXT NOT NULL,
    grain_key  TEXT NOT NULL,
    state_name TEXT NOT NULL,
    payload    TEXT NULL,
    version    INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
) WITHOUT ROWID;

CREATE TABLE outbox_events (
    id           TEXT PRIMARY KEY,
    topic        TEXT NOT NULL,
    payload      TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    lease_owner  TEXT NULL,
    lease_until  INTEGER NULL,
    delivered_at INTEGER NULL,
    last_error   TEXT NULL
);
CREATE INDEX outbox_events_undelivered ON outbox_events (due_at) WHERE delivered_at IS NULL;

CREATE TABLE grain_index (
    index_name    TEXT NOT NULL,
    entry_key     TEXT NOT NULL,
    partition_key TEXT NOT NULL,
    sort_key      TEXT NOT NULL,
    grain_type    TEXT NOT NULL,
    grain_key     TEXT NOT NULL,
    payload       TEXT NULL,
    PRIMARY KEY (index_name, entry_key)
) WITHOUT ROWID;
CREATE INDEX grain_index_by_partition ON grain_index (index_name, partition_key, sort_key, entry_key);
CREATE INDEX grain_index_by_sort ON grain_index (index_name, sort_key, entry_key);
CREATE INDEX grain_index_by_grain ON grain_index (grain_type, grain_key);

CREATE TABLE reminders (
    grain_type  TEXT NOT NULL,
    grain_key   TEXT NOT NULL,
    name        TEXT NOT NULL,
    due_at      INTEGER NOT NULL,
    period_ms   INTEGER NULL,
    etag        TEXT NOT NULL,
    lease_owner TEXT NULL,
    lease_until INTEGER NULL,
    PRIMARY KEY (grain_type, grain_key, name)
) WITHOUT ROWID;
CREATE INDEX reminders_due ON reminders (due_at);
