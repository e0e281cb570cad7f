-- Only a change of what is counted marks a meeting or an organization stale (SQLite migration
-- 0010_attendance_marks, which says why).
CREATE OR REPLACE FUNCTION attendance_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- A new attendee can only make a debut earlier: the meeting's recomputation sees to it.
        IF NEW.status = 'attended' THEN
            INSERT INTO stale_meeting VALUES (NEW.meeting_id) ON CONFLICT DO NOTHING;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        -- Also fires for the rows a deleted meeting takes with it.
        IF OLD.status = 'attended' THEN
            INSERT INTO stale_meeting VALUES (OLD.meeting_id) ON CONFLICT DO NOTHING;
            INSERT INTO stale_organization SELECT organization_id FROM person WHERE id = OLD.person_id
                ON CONFLICT DO NOTHING;
        END IF;
    ELSIF OLD.status = 'attended' OR NEW.status = 'attended' THEN
        INSERT INTO stale_meeting VALUES (OLD.meeting_id), (NEW.meeting_id) ON CONFLICT DO NOTHING;
        -- An attendance gone from this organization can make its debut later.
        IF OLD.status = 'attended' AND (OLD.meeting_id IS DISTINCT FROM NEW.meeting_id
                OR OLD.person_id IS DISTINCT FROM NEW.person_id OR NEW.status <> 'attended') THEN
            INSERT INTO stale_organization SELECT organization_id FROM person WHERE id = OLD.person_id
                ON CONFLICT DO NOTHING;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER attendance_marked ON attendance;

CREATE TRIGGER attendance_marked AFTER INSERT OR DELETE ON attendance
    FOR EACH ROW EXECUTE FUNCTION attendance_marked();

CREATE TRIGGER attendance_changed AFTER UPDATE OF meeting_id, person_id, status, executive ON attendance
    FOR EACH ROW
    WHEN (OLD.meeting_id IS DISTINCT FROM NEW.meeting_id OR OLD.person_id IS DISTINCT FROM NEW.person_id
          OR OLD.status IS DISTINCT FROM NEW.status OR OLD.executive IS DISTINCT FROM NEW.executive)
    EXECUTE FUNCTION attendance_marked();
