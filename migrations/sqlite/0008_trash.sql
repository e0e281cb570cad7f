-- The trash (docs/user-guide.md, "Trash"): nothing a user deletes is lost. Each deletion keeps
-- one entry: what was deleted, as its user recognises it, when and by whom, and the deleted
-- records with everything deleted with them (a meeting's roster, counts, priorities,
-- decisions and actions) as a fragment of the whole-database JSON document (docs/formats.md),
-- so that restoring is an all-or-nothing import of that fragment.
CREATE TABLE trash (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    label       TEXT NOT NULL,
    -- What was deleted with it, in words ("42 roster rows, 3 priorities"); empty when nothing.
    contents    TEXT NOT NULL DEFAULT '',
    records     INTEGER NOT NULL CHECK (records >= 1),
    deleted_at  TEXT NOT NULL,
    deleted_by  TEXT,
    fragment    TEXT NOT NULL
);
CREATE INDEX trash_deleted_at ON trash(deleted_at);
