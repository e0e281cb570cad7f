-- Who changed what, and when: one entry per insert, update or delete of a record, written by
-- the database itself (the triggers `history_<table>_*`, made from the declaration of record
-- kinds by storage::history after every migration), so that a change made with the sqlite3
-- shell is recorded too. Entries are never changed or deleted; each carries a hash that
-- chains it to the one before (docs/history.md), which CxO Review computes when it commits —
-- an entry written by another program is chained by the next commit of CxO Review.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL,
    cause       TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    batch       TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    operation   TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changes     TEXT NOT NULL,
    -- A score's reviewer and cycle, for who may read the entry on a team database.
    reviewer    TEXT,
    cycle_id    INTEGER,
    hash        TEXT
);
-- No index beside the entries' own order: each would cost an import of 500,000 rows as much
-- again as the entries themselves (docs/history.md, "Cost"); a record's entries are found by
-- reading the history through, which its size keeps quick.

-- What CxO Review is doing in the write under way: set at its start and cleared before its
-- commit, so that another program's write finds no row and is recorded as from outside.
-- (A team database keeps this in the session's settings: `cxo.who`, `cxo.cause`, …)
CREATE TABLE history_context (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    who     TEXT NOT NULL,
    cause   TEXT NOT NULL,
    detail  TEXT NOT NULL,
    batch   TEXT NOT NULL
);

CREATE TRIGGER history_kept BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'a history entry is never deleted');
END;

-- The one change an entry takes: its hash, once, when it is chained.
CREATE TRIGGER history_sealed BEFORE UPDATE ON history
    WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.who IS NOT OLD.who
      OR NEW.cause IS NOT OLD.cause OR NEW.detail IS NOT OLD.detail OR NEW.batch IS NOT OLD.batch
      OR NEW.kind IS NOT OLD.kind OR NEW.record_key IS NOT OLD.record_key OR NEW.operation IS NOT OLD.operation
      OR NEW.changes IS NOT OLD.changes OR NEW.reviewer IS NOT OLD.reviewer OR NEW.cycle_id IS NOT OLD.cycle_id
BEGIN
    SELECT RAISE(ABORT, 'a history entry never changes');
END;
