-- Participants and executives per year and region, kept as meetings' tallies change, so that
-- the dashboard reads a few rows per year rather than every meeting's tally: at ten years
-- 70,000 rows, which twenty clients of a team database could not sum fast enough
-- (docs/performance.md, "A team database").
--
-- For the core to subtract what a meeting counted before and add what it counts now
-- (storage::aggregates), meeting_tally now holds every meeting's tally, a counts meeting's
-- copied from attendance_count, with the year it was counted under; and it outlives a deleted
-- meeting until that transaction's recomputation removes it (no cascade).

DROP TABLE meeting_tally;
CREATE TABLE meeting_tally (
    meeting_id   INTEGER NOT NULL,
    region_code  TEXT NOT NULL REFERENCES region(code),
    year         INTEGER NOT NULL,
    participants INTEGER NOT NULL,
    executives   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, region_code)
) WITHOUT ROWID;

CREATE TABLE year_tally (
    year         INTEGER NOT NULL,
    region_code  TEXT NOT NULL REFERENCES region(code),
    -- The meeting's id modulo 16: writers of different meetings add to different rows
    -- (storage::aggregates).
    slot         INTEGER NOT NULL,
    participants INTEGER NOT NULL,
    executives   INTEGER NOT NULL,
    PRIMARY KEY (year, region_code, slot)
) WITHOUT ROWID;

CREATE TRIGGER meeting_deleted AFTER DELETE ON meeting
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (OLD.id);
END;

CREATE TRIGGER count_inserted AFTER INSERT ON attendance_count
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (NEW.meeting_id);
END;

CREATE TRIGGER count_updated AFTER UPDATE ON attendance_count
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (OLD.meeting_id), (NEW.meeting_id);
END;

CREATE TRIGGER count_deleted AFTER DELETE ON attendance_count
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (OLD.meeting_id);
END;

-- Every meeting's tally, recomputed before this migration commits.
INSERT OR IGNORE INTO stale_meeting SELECT id FROM meeting;
