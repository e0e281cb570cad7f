-- The dashboard's counts kept as records are written, like the yearly tally (0007): meetings
-- held per year and those planned, open actions, contributions counted, pending proposals. On
-- a team server twenty people open the dashboard at once; counting 70,000 rows each time was
-- most of the server's work (docs/performance.md, "A team database").
--
-- figure: 'meetings' (held or reported, by the year it started), 'planned_meetings',
-- 'open_actions' (open or in progress), 'contributions' (base documents left out),
-- 'pending_proposals'; year 0 for figures not counted by year. slot: the record's id modulo 16,
-- so that two writers rarely add to the same row (a writer holds the row it adds to until it
-- commits, on a server). Rows may reach zero and stay.
CREATE TABLE kept_count (
    figure TEXT NOT NULL,
    year   INTEGER NOT NULL,
    slot   INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (figure, year, slot)
) WITHOUT ROWID;

CREATE TRIGGER meeting_counted AFTER INSERT ON meeting
BEGIN
    INSERT INTO kept_count VALUES (CASE NEW.status WHEN 'planned' THEN 'planned_meetings' ELSE 'meetings' END,
        CASE NEW.status WHEN 'planned' THEN 0 ELSE CAST(substr(NEW.start_date, 1, 4) AS INTEGER) END, NEW.id % 16, 1)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER meeting_uncounted AFTER DELETE ON meeting
BEGIN
    INSERT INTO kept_count VALUES (CASE OLD.status WHEN 'planned' THEN 'planned_meetings' ELSE 'meetings' END,
        CASE OLD.status WHEN 'planned' THEN 0 ELSE CAST(substr(OLD.start_date, 1, 4) AS INTEGER) END, OLD.id % 16, -1)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = n - 1;
END;

CREATE TRIGGER meeting_recounted AFTER UPDATE OF status, start_date ON meeting
WHEN (OLD.status = 'planned') IS NOT (NEW.status = 'planned')
     OR (NEW.status <> 'planned' AND substr(OLD.start_date, 1, 4) IS NOT substr(NEW.start_date, 1, 4))
BEGIN
    INSERT INTO kept_count VALUES (CASE OLD.status WHEN 'planned' THEN 'planned_meetings' ELSE 'meetings' END,
        CASE OLD.status WHEN 'planned' THEN 0 ELSE CAST(substr(OLD.start_date, 1, 4) AS INTEGER) END, OLD.id % 16, -1)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = n - 1;
    INSERT INTO kept_count VALUES (CASE NEW.status WHEN 'planned' THEN 'planned_meetings' ELSE 'meetings' END,
        CASE NEW.status WHEN 'planned' THEN 0 ELSE CAST(substr(NEW.start_date, 1, 4) AS INTEGER) END, NEW.id % 16, 1)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER action_counted AFTER INSERT ON action WHEN NEW.status IN ('open', 'in_progress')
BEGIN
    INSERT INTO kept_count VALUES ('open_actions', 0, NEW.id % 16, 1) ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER action_uncounted AFTER DELETE ON action WHEN OLD.status IN ('open', 'in_progress')
BEGIN
    INSERT INTO kept_count VALUES ('open_actions', 0, OLD.id % 16, -1) ON CONFLICT (figure, year, slot) DO UPDATE SET n = n - 1;
END;

CREATE TRIGGER action_recounted AFTER UPDATE OF status ON action
WHEN (OLD.status IN ('open', 'in_progress')) IS NOT (NEW.status IN ('open', 'in_progress'))
BEGIN
    INSERT INTO kept_count VALUES ('open_actions', 0, NEW.id % 16, CASE WHEN NEW.status IN ('open', 'in_progress') THEN 1 ELSE -1 END)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER contribution_counted AFTER INSERT ON contribution WHEN NOT NEW.is_base_document
BEGIN
    INSERT INTO kept_count VALUES ('contributions', 0, NEW.id % 16, 1) ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER contribution_uncounted AFTER DELETE ON contribution WHEN NOT OLD.is_base_document
BEGIN
    INSERT INTO kept_count VALUES ('contributions', 0, OLD.id % 16, -1) ON CONFLICT (figure, year, slot) DO UPDATE SET n = n - 1;
END;

CREATE TRIGGER contribution_recounted AFTER UPDATE OF is_base_document ON contribution
WHEN OLD.is_base_document IS NOT NEW.is_base_document
BEGIN
    INSERT INTO kept_count VALUES ('contributions', 0, NEW.id % 16, CASE WHEN NEW.is_base_document THEN -1 ELSE 1 END)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER proposal_counted AFTER INSERT ON proposal WHEN NEW.disposition = 'pending'
BEGIN
    INSERT INTO kept_count VALUES ('pending_proposals', 0, NEW.id % 16, 1) ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER proposal_uncounted AFTER DELETE ON proposal WHEN OLD.disposition = 'pending'
BEGIN
    INSERT INTO kept_count VALUES ('pending_proposals', 0, OLD.id % 16, -1) ON CONFLICT (figure, year, slot) DO UPDATE SET n = n - 1;
END;

CREATE TRIGGER proposal_recounted AFTER UPDATE OF disposition ON proposal
WHEN (OLD.disposition = 'pending') IS NOT (NEW.disposition = 'pending')
BEGIN
    INSERT INTO kept_count VALUES ('pending_proposals', 0, NEW.id % 16, CASE NEW.disposition WHEN 'pending' THEN 1 ELSE -1 END)
        ON CONFLICT (figure, year, slot) DO UPDATE SET n = n + excluded.n;
END;

-- The counts of the records already there.
INSERT INTO kept_count (figure, year, slot, n)
    SELECT figure, year, slot, count(*) FROM (
        SELECT CASE status WHEN 'planned' THEN 'planned_meetings' ELSE 'meetings' END AS figure,
               CASE status WHEN 'planned' THEN 0 ELSE CAST(substr(start_date, 1, 4) AS INTEGER) END AS year, id % 16 AS slot
        FROM meeting
        UNION ALL SELECT 'open_actions', 0, id % 16 FROM action WHERE status IN ('open', 'in_progress')
        UNION ALL SELECT 'contributions', 0, id % 16 FROM contribution WHERE NOT is_base_document
        UNION ALL SELECT 'pending_proposals', 0, id % 16 FROM proposal WHERE disposition = 'pending'
    ) GROUP BY figure, year, slot;

-- The overdue actions depend on the day: counted, and the most overdue five read, from the
-- open actions in due order.
CREATE INDEX action_open_due ON action(due_date, id) WHERE status IN ('open', 'in_progress');
