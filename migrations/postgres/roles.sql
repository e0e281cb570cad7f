-- The team's roles, enforced by the server (docs/team.md). `cxo-review team init` runs this
-- after the schema, as the database's owner; it can run again (after an upgrade, say) and
-- leaves the same grants and policies.
--
-- {staff}, {reviewer} and {rapporteur} are replaced by the group roles of this database
-- (`<database>_staff`...): roles are shared by every database of a server, grants are not, so
-- each CxO Review database has its own three groups. Logins join one of them
-- (`cxo-review team add-user`).
--
-- Staff: everything except scores, which they read but do not write.
-- Reviewer: reads what a review needs, but not personal contact data (people's and reviewers'
--   e-mail and telephone) nor meetings' Chatham House notes; reads and writes only their own
--   scores and evidence, and writes them only while the cycle is open. Others' scores become
--   readable once the cycle is signed off.
-- Rapporteur: a reviewer's rights, plus reading everything, drafting and editing improvement
--   proposals, signing off cycles, issuing review packages and merging their signed returns.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{staff_name}') THEN CREATE ROLE {staff} NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{reviewer_name}') THEN CREATE ROLE {reviewer} NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{rapporteur_name}') THEN CREATE ROLE {rapporteur} NOLOGIN; END IF;
END
$$;

-- Start from nothing, so that running this again gives exactly what it says.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {staff}, {reviewer}, {rapporteur};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {staff}, {reviewer}, {rapporteur};
GRANT USAGE ON SCHEMA public TO {staff}, {reviewer}, {rapporteur};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {staff}, {reviewer}, {rapporteur};
GRANT SELECT ON data_version TO {staff}, {reviewer}, {rapporteur};
GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {staff}, {reviewer}, {rapporteur};

-- Staff: every table, scores only read.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {staff};
REVOKE INSERT, UPDATE, DELETE ON score, score_evidence, team_member FROM {staff};
-- The key that signs review packages is the rapporteur's: staff neither read nor write it.
REVOKE ALL ON signing_key FROM {staff};

-- Reviewer: the review's tables, without the confidential columns.
GRANT SELECT ON region, country, membership_category, organization, meeting_tally, year_tally, organization_debut, kept_count,
    attendance, attendance_count, priority, decision, action, objective, indicator, rubric_level,
    contribution, contribution_source, proposal, proposal_objective, action_plan_item, objective_action_plan,
    review_cycle, cycle_objective, cycle_reviewer, score, score_evidence, improvement, improvement_action_plan,
    improvement_contribution, cxo_review_schema, team_member
    TO {reviewer};
GRANT SELECT (id, name, role, title, organization_id, version, changed_by, changed_at) ON person TO {reviewer};
GRANT SELECT (id, name, affiliation, version, changed_by, changed_at) ON reviewer TO {reviewer};
GRANT SELECT (id, key, kind, title, start_date, end_date, venue, host, status, report_ref, report_date, documents,
    attendance_mode, communique, communique_date, version, changed_by, changed_at) ON meeting TO {reviewer};
GRANT INSERT, UPDATE, DELETE ON score, score_evidence TO {reviewer};
-- Every transaction clears the aggregates' marks before it commits (storage::aggregates).
GRANT SELECT, INSERT, DELETE ON stale_meeting, stale_organization TO {reviewer}, {rapporteur};
-- Deleting their own score puts it in the trash, which they may not read: entries can hold
-- people's contact data and meetings' Chatham House notes. Staff (above) and the rapporteur
-- (below) list, restore and empty it.
GRANT INSERT ON trash TO {reviewer};
-- The summary's header block (TD number, contact) is read with the review; its contact details
-- are printed in the document by the contact's own choice, so they are not withheld.
GRANT SELECT ON document_options TO {reviewer};

-- Rapporteur: everything read; proposals, sign-off and packages written; scores as a reviewer.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {rapporteur};
GRANT INSERT, UPDATE, DELETE ON score, score_evidence, improvement, improvement_action_plan,
    improvement_contribution, review_package TO {rapporteur};
GRANT UPDATE (status, signed_off_at, digest) ON review_cycle TO {rapporteur};
GRANT INSERT ON signing_key TO {rapporteur};
GRANT INSERT, DELETE ON trash TO {rapporteur};
GRANT INSERT, UPDATE ON document_options TO {rapporteur};

-- Row-level security on scores and their evidence (owners and superusers are not subject to it).
ALTER TABLE score ENABLE ROW LEVEL SECURITY;
ALTER TABLE score_evidence ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS staff_read ON score;
DROP POLICY IF EXISTS rapporteur_read ON score;
DROP POLICY IF EXISTS reviewer_read ON score;
DROP POLICY IF EXISTS own_insert ON score;
DROP POLICY IF EXISTS own_update ON score;
DROP POLICY IF EXISTS own_delete ON score;
DROP POLICY IF EXISTS returned_insert ON score;
DROP POLICY IF EXISTS returned_update ON score;

CREATE POLICY staff_read ON score FOR SELECT TO {staff} USING (true);
CREATE POLICY rapporteur_read ON score FOR SELECT TO {rapporteur} USING (true);
CREATE POLICY reviewer_read ON score FOR SELECT TO {reviewer}
    USING (reviewer_id = team_reviewer_id()
           OR EXISTS (SELECT 1 FROM review_cycle c WHERE c.id = cycle_id AND c.status = 'signed_off'));
CREATE POLICY own_insert ON score FOR INSERT TO {reviewer}, {rapporteur}
    WITH CHECK (reviewer_id = team_reviewer_id() AND team_cycle_open(cycle_id));
CREATE POLICY own_update ON score FOR UPDATE TO {reviewer}, {rapporteur}
    USING (reviewer_id = team_reviewer_id() AND team_cycle_open(cycle_id))
    WITH CHECK (reviewer_id = team_reviewer_id() AND team_cycle_open(cycle_id));
CREATE POLICY own_delete ON score FOR DELETE TO {reviewer}, {rapporteur}
    USING (reviewer_id = team_reviewer_id() AND team_cycle_open(cycle_id));
-- The rapporteur merges reviewers' signed returns: those scores carry the package they came in.
CREATE POLICY returned_insert ON score FOR INSERT TO {rapporteur}
    WITH CHECK (source_package IS NOT NULL AND team_cycle_open(cycle_id));
CREATE POLICY returned_update ON score FOR UPDATE TO {rapporteur}
    USING (team_cycle_open(cycle_id))
    WITH CHECK (source_package IS NOT NULL AND team_cycle_open(cycle_id));

DROP POLICY IF EXISTS visible_read ON score_evidence;
DROP POLICY IF EXISTS own_write ON score_evidence;
-- Evidence is read with its score, and written with a score the login may write.
CREATE POLICY visible_read ON score_evidence FOR SELECT TO {staff}, {reviewer}, {rapporteur}
    USING (EXISTS (SELECT 1 FROM score s WHERE s.id = score_id));
CREATE POLICY own_write ON score_evidence FOR ALL TO {reviewer}, {rapporteur}
    USING (EXISTS (SELECT 1 FROM score s WHERE s.id = score_id AND team_cycle_open(s.cycle_id)
                   AND (s.reviewer_id = team_reviewer_id() OR s.source_package IS NOT NULL)))
    WITH CHECK (EXISTS (SELECT 1 FROM score s WHERE s.id = score_id AND team_cycle_open(s.cycle_id)
                        AND (s.reviewer_id = team_reviewer_id() OR s.source_package IS NOT NULL)));
