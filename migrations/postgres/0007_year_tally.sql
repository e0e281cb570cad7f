-- Participants and executives per year and region (SQLite migration 0007_year_tally, which
-- says why): meeting_tally holds every meeting's tally with the year it was counted under and
-- outlives a deleted meeting until the recomputation; year_tally sums it per year.

DROP TABLE meeting_tally;
CREATE TABLE meeting_tally (
    meeting_id   BIGINT NOT NULL,
    region_code  TEXT COLLATE "C" NOT NULL REFERENCES region(code),
    year         BIGINT NOT NULL,
    participants BIGINT NOT NULL,
    executives   BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, region_code)
);

CREATE TABLE year_tally (
    year         BIGINT NOT NULL,
    region_code  TEXT COLLATE "C" NOT NULL REFERENCES region(code),
    -- The meeting's id modulo 16: writers of different meetings add to different rows
    -- (storage::aggregates).
    slot         BIGINT NOT NULL,
    participants BIGINT NOT NULL,
    executives   BIGINT NOT NULL,
    PRIMARY KEY (year, region_code, slot)
);

CREATE FUNCTION meeting_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stale_meeting VALUES (OLD.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER meeting_deleted AFTER DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_deleted();

CREATE FUNCTION count_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO stale_meeting VALUES (NEW.meeting_id) ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO stale_meeting VALUES (OLD.meeting_id) ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO stale_meeting VALUES (OLD.meeting_id), (NEW.meeting_id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER count_marked AFTER INSERT OR UPDATE OR DELETE ON attendance_count
    FOR EACH ROW EXECUTE FUNCTION count_marked();

-- Every meeting's tally, recomputed before this migration commits.
INSERT INTO stale_meeting SELECT id FROM meeting ON CONFLICT DO NOTHING;
