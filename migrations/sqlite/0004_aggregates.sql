-- Aggregates kept up to date as attendance is written, so that the dashboard, the statistics
-- and the review's indicators do not read every attendance row (docs/performance.md).
--
-- Triggers only mark what a write touched as stale; the core recomputes the stale meetings and
-- organizations before each transaction commits (storage::aggregates). Marking is cheap enough
-- to leave on during imports of hundreds of thousands of rows, and the recomputation runs once
-- per transaction, set-based. An organization is marked when its debut may have become later
-- (a row deleted, a person moved, a meeting changed); a debut that can only become earlier
-- follows from the stale meeting.

-- Attended participants and executives of each roster meeting per region: secretariat staff
-- under TSB, everyone else under their organization's country's region.
CREATE TABLE meeting_tally (
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    region_code  TEXT NOT NULL REFERENCES region(code),
    participants INTEGER NOT NULL,
    executives   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, region_code)
) WITHOUT ROWID;

-- When each organization first attended a meeting, and first attended an executive meeting
-- (held or reported, not an RG-IEM meeting).
CREATE TABLE organization_debut (
    organization_id         INTEGER PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
    first_meeting           TEXT NOT NULL,
    first_executive_meeting TEXT
);

CREATE TABLE stale_meeting (meeting_id INTEGER PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE stale_organization (organization_id INTEGER PRIMARY KEY) WITHOUT ROWID;

-- Statistics now read meeting_tally; the roster's UNIQUE (meeting, person) index serves the
-- recomputation, and one index fewer makes imports cheaper.
DROP INDEX attendance_meeting_status;

-- A new attendee can only make an organization's debut earlier: the recomputation of the
-- meeting takes care of it (storage::aggregates), and the trigger stays cheap for imports.
CREATE TRIGGER attendance_inserted AFTER INSERT ON attendance WHEN NEW.status = 'attended'
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (NEW.meeting_id);
END;

-- Also fires for the rows a deleted meeting takes with it.
CREATE TRIGGER attendance_deleted AFTER DELETE ON attendance WHEN OLD.status = 'attended'
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (OLD.meeting_id);
    INSERT OR IGNORE INTO stale_organization SELECT organization_id FROM person WHERE id = OLD.person_id;
END;

CREATE TRIGGER attendance_updated AFTER UPDATE ON attendance
WHEN OLD.status = 'attended' OR NEW.status = 'attended'
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (OLD.meeting_id), (NEW.meeting_id);
    INSERT OR IGNORE INTO stale_organization
        SELECT organization_id FROM person WHERE id IN (OLD.person_id, NEW.person_id);
END;

CREATE TRIGGER person_moved AFTER UPDATE OF organization_id ON person
WHEN OLD.organization_id IS NOT NEW.organization_id
BEGIN
    INSERT OR IGNORE INTO stale_meeting
        SELECT meeting_id FROM attendance WHERE person_id = NEW.id AND status = 'attended';
    INSERT OR IGNORE INTO stale_organization VALUES (OLD.organization_id), (NEW.organization_id);
END;

-- A new country or category moves the organization's people to another region.
CREATE TRIGGER organization_regrouped AFTER UPDATE OF country, category ON organization
WHEN OLD.country IS NOT NEW.country OR OLD.category IS NOT NEW.category
BEGIN
    INSERT OR IGNORE INTO stale_meeting
        SELECT a.meeting_id FROM person p JOIN attendance a ON a.person_id = p.id
        WHERE p.organization_id = NEW.id AND a.status = 'attended';
END;

CREATE TRIGGER meeting_changed AFTER UPDATE OF start_date, kind, status, attendance_mode ON meeting
WHEN OLD.start_date IS NOT NEW.start_date OR OLD.kind IS NOT NEW.kind
  OR OLD.status IS NOT NEW.status OR OLD.attendance_mode IS NOT NEW.attendance_mode
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (NEW.id);
    INSERT OR IGNORE INTO stale_organization
        SELECT p.organization_id FROM attendance a JOIN person p ON p.id = a.person_id
        WHERE a.meeting_id = NEW.id AND a.status = 'attended';
END;

-- The aggregates of the data already there.
INSERT INTO stale_meeting SELECT id FROM meeting;
INSERT INTO stale_organization SELECT id FROM organization;
