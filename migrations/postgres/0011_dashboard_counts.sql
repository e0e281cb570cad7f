-- The dashboard's counts kept as records are written (SQLite migration 0011_dashboard_counts,
-- which says why and what each figure counts). Grants: migrations/postgres/roles.sql.
CREATE TABLE kept_count (
    figure TEXT COLLATE "C" NOT NULL,
    year   BIGINT NOT NULL,
    slot   BIGINT NOT NULL,
    n      BIGINT NOT NULL,
    PRIMARY KEY (figure, year, slot)
);

-- Adds n to a figure's row (figure, year, slot).
CREATE FUNCTION kept_count_add(TEXT, BIGINT, BIGINT, BIGINT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO kept_count AS k VALUES ($1, $2, $3, $4)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = k.n + excluded.n;
$$;

CREATE FUNCTION meeting_figure(status TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE status WHEN 'planned' THEN 'planned_meetings' ELSE 'meetings' END;
$$;

CREATE FUNCTION meeting_year(status TEXT, start_date TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE status WHEN 'planned' THEN 0 ELSE CAST(substr(start_date, 1, 4) AS BIGINT) END;
$$;

CREATE FUNCTION meeting_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM kept_count_add(meeting_figure(OLD.status), meeting_year(OLD.status, OLD.start_date), OLD.id % 16, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM kept_count_add(meeting_figure(NEW.status), meeting_year(NEW.status, NEW.start_date), NEW.id % 16, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER meeting_counted AFTER INSERT OR DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_counted();
CREATE TRIGGER meeting_recounted AFTER UPDATE OF status, start_date ON meeting
    FOR EACH ROW
    WHEN (meeting_figure(OLD.status) IS DISTINCT FROM meeting_figure(NEW.status)
          OR meeting_year(OLD.status, OLD.start_date) IS DISTINCT FROM meeting_year(NEW.status, NEW.start_date))
    EXECUTE FUNCTION meeting_counted();

CREATE FUNCTION action_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('open', 'in_progress') THEN
        PERFORM kept_count_add('open_actions', 0, OLD.id % 16, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN ('open', 'in_progress') THEN
        PERFORM kept_count_add('open_actions', 0, NEW.id % 16, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER action_counted AFTER INSERT OR DELETE ON action
    FOR EACH ROW EXECUTE FUNCTION action_counted();
CREATE TRIGGER action_recounted AFTER UPDATE OF status ON action
    FOR EACH ROW
    WHEN ((OLD.status IN ('open', 'in_progress')) IS DISTINCT FROM (NEW.status IN ('open', 'in_progress')))
    EXECUTE FUNCTION action_counted();

CREATE FUNCTION contribution_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD.is_base_document THEN
        PERFORM kept_count_add('contributions', 0, OLD.id % 16, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.is_base_document THEN
        PERFORM kept_count_add('contributions', 0, NEW.id % 16, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER contribution_counted AFTER INSERT OR DELETE ON contribution
    FOR EACH ROW EXECUTE FUNCTION contribution_counted();
CREATE TRIGGER contribution_recounted AFTER UPDATE OF is_base_document ON contribution
    FOR EACH ROW WHEN (OLD.is_base_document IS DISTINCT FROM NEW.is_base_document)
    EXECUTE FUNCTION contribution_counted();

CREATE FUNCTION proposal_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.disposition = 'pending' THEN
        PERFORM kept_count_add('pending_proposals', 0, OLD.id % 16, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.disposition = 'pending' THEN
        PERFORM kept_count_add('pending_proposals', 0, NEW.id % 16, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER proposal_counted AFTER INSERT OR DELETE ON proposal
    FOR EACH ROW EXECUTE FUNCTION proposal_counted();
CREATE TRIGGER proposal_recounted AFTER UPDATE OF disposition ON proposal
    FOR EACH ROW WHEN ((OLD.disposition = 'pending') IS DISTINCT FROM (NEW.disposition = 'pending'))
    EXECUTE FUNCTION proposal_counted();

-- The counts of the records already there.
INSERT INTO kept_count (figure, year, slot, n)
    SELECT figure, year, slot, count(*) FROM (
        SELECT meeting_figure(status) AS figure, meeting_year(status, start_date) AS year, id % 16 AS slot FROM meeting
        UNION ALL SELECT 'open_actions', 0, id % 16 FROM action WHERE status IN ('open', 'in_progress')
        UNION ALL SELECT 'contributions', 0, id % 16 FROM contribution WHERE NOT is_base_document
        UNION ALL SELECT 'pending_proposals', 0, id % 16 FROM proposal WHERE disposition = 'pending'
    ) counted GROUP BY figure, year, slot;

-- The overdue actions depend on the day: counted, and the most overdue five read, from the
-- open actions in due order.
CREATE INDEX action_open_due ON action(due_date, id) WHERE status IN ('open', 'in_progress');

-- A page of the meetings list is chosen from this index alone when nothing filters it; the
-- id breaks ties between meetings of one day in the list's order. (SQLite's index on the
-- start date holds the id already: it is the row's key.)
DROP INDEX meeting_start;
CREATE INDEX meeting_start ON meeting(start_date, id);
