-- The hub's own tables beside Orleans' (versions 1-4 are Orleans' ADO.NET scripts).

-- Query rows grains keep beside their state (a clinic's inbox, the birthday work, retention, the audit trail).
-- Sort keys compare byte-wise (COLLATE "C"), exactly as SQLite compares them.
CREATE TABLE hub_index (
    index_name    text COLLATE "C" NOT NULL,
    entry_key     text COLLATE "C" NOT NULL,
    partition_key text COLLATE "C" NOT NULL,
    sort_key      text COLLATE "C" NOT NULL,
    grain_type    text COLLATE "C" NOT NULL,
    grain_key     text COLLATE "C" NOT NULL,
    payload       jsonb NULL,
    PRIMARY KEY (index_name, entry_key)
);
CREATE INDEX hub_index_by_partition ON hub_index (index_name, partition_key, sort_key, entry_key);
CREATE INDEX hub_index_by_sort ON hub_index (index_name, sort_key, entry_key);
CREATE INDEX hub_index_by_grain ON hub_index (grain_type, grain_key);

-- Domain events, put here once the grain state that caused them has committed, claimed with SKIP LOCKED by every silo.
-- A delivered row stays (delivered_at) so that a late re-application of the same event cannot deliver it twice.
CREATE TABLE hub_outbox (
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
CREATE INDEX hub_outbox_undelivered ON hub_outbox (due_at) WHERE delivered_at IS NULL;

-- A grain about to commit effects; gone once they are applied. A row that stays names a grain to wake after a crash.
CREATE TABLE hub_effect_markers (
    grain_type text COLLATE "C" NOT NULL,
    grain_key  text COLLATE "C" NOT NULL,
    since      timestamptz NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
);
CREATE INDEX hub_effect_markers_since ON hub_effect_markers (since);

-- Case attachments in 256 kB chunks; staged until the message they came with is accepted.
CREATE TABLE hub_attachments (
    case_id       text COLLATE "C" NOT NULL,
    attachment_id text COLLATE "C" NOT NULL,
    kept          boolean NOT NULL DEFAULT false,
    length        bigint NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (case_id, attachment_id)
);
CREATE INDEX hub_attachments_staged ON hub_attachments (created_at) WHERE NOT kept;
CREATE TABLE hub_attachment_chunks (
    case_id       text COLLATE "C" NOT NULL,
    attachment_id text COLLATE "C" NOT NULL,
    seq           integer NOT NULL,
    data          bytea NOT NULL,
    PRIMARY KEY (case_id, attachment_id, seq)
);

-- Single-use assertion ids (login and FHIR client assertions), kept until they expire.
CREATE TABLE hub_used_assertions (
    issuer       text COLLATE "C" NOT NULL,
    assertion_id text COLLATE "C" NOT NULL,
    expires_at   timestamptz NOT NULL,
    PRIMARY KEY (issuer, assertion_id)
);
CREATE INDEX hub_used_assertions_expiry ON hub_used_assertions (expires_at);

-- Retention deletes a case's Orleans state by its key (a GUID-shaped key is stored as two halves, any other in the
-- extension string); Orleans' own index is by hash only.
CREATE INDEX orleansstorage_by_key ON orleansstorage (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring);
