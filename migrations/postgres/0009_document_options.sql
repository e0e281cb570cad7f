-- The summary's header block per review cycle (SQLite migration 0009_document_options, which
-- says why). Grants: migrations/postgres/roles.sql.
CREATE TABLE document_options (
    cycle_id             BIGINT PRIMARY KEY REFERENCES review_cycle(id) ON DELETE CASCADE,
    td_number            TEXT COLLATE "C" NOT NULL DEFAULT '',
    place_and_date       TEXT COLLATE "C" NOT NULL DEFAULT '',
    source               TEXT COLLATE "C" NOT NULL DEFAULT '',
    contact_name         TEXT COLLATE "C" NOT NULL DEFAULT '',
    contact_organization TEXT COLLATE "C" NOT NULL DEFAULT '',
    contact_country      TEXT COLLATE "C" NOT NULL DEFAULT '',
    contact_tel          TEXT COLLATE "C" NOT NULL DEFAULT '',
    contact_email        TEXT COLLATE "C" NOT NULL DEFAULT '',
    changed_by           TEXT COLLATE "C",
    changed_at           TEXT COLLATE "C"
);
