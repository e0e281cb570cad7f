-- A roster row's save also raises its version and records who saved it (a second UPDATE of
-- the row), and a form's save first claims the row at its version (a third). The trigger of
-- 0004 marked the row's organization stale on every update, so each roster row added
-- recomputed its organization's debut from all its people's attendance; on a server, writers
-- of one organization's people also waited for each other on the mark. Now only a change of
-- what is counted marks anything: the meeting when the row is or was an attendance; the
-- organization only when an attendance goes away (its debut can then become later, which the
-- meeting's recomputation cannot see).
DROP TRIGGER attendance_updated;

CREATE TRIGGER attendance_updated AFTER UPDATE OF meeting_id, person_id, status, executive ON attendance
WHEN (OLD.status = 'attended' OR NEW.status = 'attended')
     AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.person_id IS NOT NEW.person_id
          OR OLD.status IS NOT NEW.status OR OLD.executive IS NOT NEW.executive)
BEGIN
    INSERT OR IGNORE INTO stale_meeting VALUES (OLD.meeting_id), (NEW.meeting_id);
    INSERT OR IGNORE INTO stale_organization
        SELECT organization_id FROM person
        WHERE id = OLD.person_id AND OLD.status = 'attended'
          AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.person_id IS NOT NEW.person_id OR NEW.status <> 'attended');
END;
