-- The local hub's one file: Orleans' grain state and reminders (the hub's own providers: Orleans has none for SQLite)
-- and the same hub tables as PostgreSQL. Instants are UTC ticks, so that they compare as integers.
CREATE TABLE orleans_grain_state (
    service_id TEXT NOT NULL,
    state_name TEXT NOT NULL,
    grain_type TEXT NOT NULL,
    grain_key  TEXT NOT NULL,
    payload    BLOB NULL,
    version    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (service_id, state_name, grain_type, grain_key)
) WITHOUT ROWID;
CREATE INDEX orleans_grain_state_by_key ON orleans_grain_state (service_id, state_name, grain_key);

CREATE TABLE orleans_reminders (
    service_id    TEXT NOT NULL,
    grain_id      TEXT NOT NULL,
    reminder_name TEXT NOT NULL,
    start_at      INTEGER NOT NULL,
    period_ticks  INTEGER NOT NULL,
    grain_hash    INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
) WITHOUT ROWID;
CREATE INDEX orleans_reminders_by_hash ON orleans_reminders (service_id, grain_hash);

CREATE TABLE hub_index (
    index_name    TEXT NOT NULL,
    entry_key     TEXT NOT NULL,
    partition_key TEXT NOT NULL,
    sort_key      TEXT NOT NULL,
    grain_type    TEXT NOT NULL,
    grain_key     TEXT NOT NULL,
    payload       TEXT NULL,
    PRIMARY KEY (index_name, entry_key)
) WITHOUT ROWID;
CREATE INDEX hub_index_by_partition ON hub_index (index_name, partition_key, sort_key, entry_key);
CREATE INDEX hub_index_by_sort ON hub_index (index_name, sort_key, entry_key);
CREATE INDEX hub_index_by_grain ON hub_index (grain_type, grain_key);

CREATE TABLE hub_outbox (
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
CREATE INDEX hub_outbox_undelivered ON hub_outbox (due_at) WHERE delivered_at IS NULL;

CREATE TABLE hub_effect_markers (
    grain_type TEXT NOT NULL,
    grain_key  TEXT NOT NULL,
    since      INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
) WITHOUT ROWID;
CREATE INDEX hub_effect_markers_since ON hub_effect_markers (since);

CREATE TABLE hub_attachments (
    case_id       TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    kept          INTEGER NOT NULL DEFAULT 0,
    length        INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (case_id, attachment_id)
) WITHOUT ROWID;
CREATE TABLE hub_attachment_chunks (
    case_id       TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    data          BLOB NOT NULL,
    PRIMARY KEY (case_id, attachment_id, seq)
) WITHOUT ROWID;

CREATE TABLE hub_used_assertions (
    issuer       TEXT NOT NULL,
    assertion_id TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    PRIMARY KEY (issuer, assertion_id)
) WITHOUT ROWID;
CREATE INDEX hub_used_assertions_expiry ON hub_used_assertions (expires_at);
