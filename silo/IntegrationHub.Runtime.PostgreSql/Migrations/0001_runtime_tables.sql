-- Grain state: one row per grain and state name, the version is the ETag. A cleared state keeps its row with a
-- NULL payload and a higher version (a tombstone), so no stale writer can bring it back (Orleans issue 2668).
-- The primary key is the lesson of Orleans issue 11303.
CREATE TABLE grain_state (
    grain_type  text COLLATE "C" NOT NULL,
    grain_key   text COLLATE "C" NOT NULL,
    state_name  text COLLATE "C" NOT NULL,
    payload     jsonb NULL,
    version     bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (grain_type, grain_key, state_name)
);

-- Transactional outbox: rows are committed with the state that caused them and claimed with SKIP LOCKED.
CREATE TABLE outbox_events (
    id           uuid PRIMARY KEY,
    topic        text NOT NULL,
    payload      jsonb NOT NULL,
    created_at   timestamptz NOT NULL,
    due_at       timestamptz NOT NULL,
    attempts     integer NOT NULL DEFAULT 0,
    lease_owner  text NULL,
    lease_until  timestamptz NULL,
    delivered_at timestamptz NULL,
    last_error   text NULL
);
CREATE INDEX outbox_events_undelivered ON outbox_events (due_at) WHERE delivered_at IS NULL;

-- Query rows grains keep beside their state (a clinic's inbox, birth dates for the birthday sweep, retention).
-- Sort keys compare byte-wise (COLLATE "C"), exactly as the other stores compare them.
CREATE TABLE grain_index (
    index_name    text COLLATE "C" NOT NULL,
    entry_key     text COLLATE "C" NOT NULL,
    partition_key text COLLATE "C" NOT NULL,
    sort_key      text COLLATE "C" NOT NULL,
    grain_type    text COLLATE "C" NOT NULL,
    grain_key     text COLLATE "C" NOT NULL,
    payload       jsonb NULL,
    PRIMARY KEY (index_name, entry_key)
);
CREATE INDEX grain_index_by_partition ON grain_index (index_name, partition_key, sort_key, entry_key);
CREATE INDEX grain_index_by_sort ON grain_index (index_name, sort_key, entry_key);
CREATE INDEX grain_index_by_grain ON grain_index (grain_type, grain_key);

-- Durable reminders, claimed with a lease like outbox rows.
CREATE TABLE reminders (
    grain_type  text COLLATE "C" NOT NULL,
    grain_key   text COLLATE "C" NOT NULL,
    name        text COLLATE "C" NOT NULL,
    due_at      timestamptz NOT NULL,
    period_ms   bigint NULL,
    etag        text NOT NULL,
    lease_owner text NULL,
    lease_until timestamptz NULL,
    PRIMARY KEY (grain_type, grain_key, name)
);
CREATE INDEX reminders_due ON reminders (due_at);
