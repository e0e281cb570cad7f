-- Review packages (docs/formats.md, "Review packages"): scores scored offline come back signed;
-- each merged score keeps where it came from.
ALTER TABLE score ADD COLUMN source_package TEXT;
ALTER TABLE score ADD COLUMN returned_at TEXT;
ALTER TABLE score ADD COLUMN reviewer_key TEXT;

-- The database's own Ed25519 key: it signs the packages the database issues, and its public
-- half identifies the database in them. One row at most.
CREATE TABLE signing_key (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    secret     BLOB NOT NULL CHECK (length(secret) = 32),
    created_at TEXT NOT NULL
);

-- Every package issued: what it held of the reviewer's scores (a return is compared with it to
-- tell a conflict from a change), and the key its first merged return was signed with (later
-- returns must be signed by the same key).
CREATE TABLE review_package (
    id            TEXT PRIMARY KEY,
    cycle_id      INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    reviewer_id   INTEGER NOT NULL REFERENCES reviewer(id) ON DELETE CASCADE,
    issued_at     TEXT NOT NULL,
    deadline      TEXT NOT NULL,
    issued_scores TEXT NOT NULL,
    reviewer_key  TEXT,
    last_return   TEXT
);
