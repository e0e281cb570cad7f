-- The team's row-level policies (docs/team.md). `cxo-review team init` runs this as the
-- database's owner after the grants, which storage::roles writes from the one declaration of
-- who may do what (model::team::TEAM_ACCESS); it can run again (after an upgrade, say) and
-- leaves the same policies.
--
-- {staff}, {reviewer} and {rapporteur} are replaced by the group roles of this database
-- (`<database>_staff`...), quoted: roles are shared by every database of a server, grants are
-- not, so each CxO Review database has its own three groups.
--
-- The policies call functions that name their tables with the schema and fix their own
-- search_path (migrations/postgres/0012_server_guards.sql), and name tables themselves only
-- in their own text, which PostgreSQL resolves once, here: nothing a login puts in its
-- temporary schema can stand in for them.

-- Scores and their evidence. Owners and superusers are not subject to row-level security.
ALTER TABLE public.score ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.score_evidence ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS staff_read ON public.score;
DROP POLICY IF EXISTS rapporteur_read ON public.score;
DROP POLICY IF EXISTS reviewer_read ON public.score;
DROP POLICY IF EXISTS own_insert ON public.score;
DROP POLICY IF EXISTS own_update ON public.score;
DROP POLICY IF EXISTS own_delete ON public.score;
DROP POLICY IF EXISTS returned_insert ON public.score;
DROP POLICY IF EXISTS returned_update ON public.score;

CREATE POLICY staff_read ON public.score FOR SELECT TO {staff} USING (true);
CREATE POLICY rapporteur_read ON public.score FOR SELECT TO {rapporteur} USING (true);
CREATE POLICY reviewer_read ON public.score FOR SELECT TO {reviewer}
    USING (reviewer_id = public.team_reviewer_id()
           OR EXISTS (SELECT 1 FROM public.review_cycle c WHERE c.id = cycle_id AND c.status = 'signed_off'));
CREATE POLICY own_insert ON public.score FOR INSERT TO {reviewer}, {rapporteur}
    WITH CHECK (reviewer_id = public.team_reviewer_id() AND public.team_cycle_open(cycle_id));
CREATE POLICY own_update ON public.score FOR UPDATE TO {reviewer}, {rapporteur}
    USING (reviewer_id = public.team_reviewer_id() AND public.team_cycle_open(cycle_id))
    WITH CHECK (reviewer_id = public.team_reviewer_id() AND public.team_cycle_open(cycle_id));
CREATE POLICY own_delete ON public.score FOR DELETE TO {reviewer}, {rapporteur}
    USING (reviewer_id = public.team_reviewer_id() AND public.team_cycle_open(cycle_id));
-- The rapporteur merges reviewers' signed returns: those scores carry the package they came in.
CREATE POLICY returned_insert ON public.score FOR INSERT TO {rapporteur}
    WITH CHECK (source_package IS NOT NULL AND public.team_cycle_open(cycle_id));
CREATE POLICY returned_update ON public.score FOR UPDATE TO {rapporteur}
    USING (public.team_cycle_open(cycle_id))
    WITH CHECK (source_package IS NOT NULL AND public.team_cycle_open(cycle_id));
DROP POLICY IF EXISTS visible_read ON public.score_evidence;
DROP POLICY IF EXISTS own_write ON public.score_evidence;
-- Evidence is read with its score, and written with a score the login may write.
CREATE POLICY visible_read ON public.score_evidence FOR SELECT TO {staff}, {reviewer}, {rapporteur}
    USING (EXISTS (SELECT 1 FROM public.score s WHERE s.id = score_id));
CREATE POLICY own_write ON public.score_evidence FOR ALL TO {reviewer}, {rapporteur}
    USING (EXISTS (SELECT 1 FROM public.score s WHERE s.id = score_id AND public.team_cycle_open(s.cycle_id)
                   AND (s.reviewer_id = public.team_reviewer_id() OR s.source_package IS NOT NULL)))
    WITH CHECK (EXISTS (SELECT 1 FROM public.score s WHERE s.id = score_id AND public.team_cycle_open(s.cycle_id)
                        AND (s.reviewer_id = public.team_reviewer_id() OR s.source_package IS NOT NULL)));

-- Improvement proposals quote every reviewer's scores and rationales: a reviewer reads them
-- once the cycle is signed off, as they then read the scores themselves.
ALTER TABLE public.improvement ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.improvement_action_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.improvement_contribution ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS written ON public.improvement;
DROP POLICY IF EXISTS reviewer_read ON public.improvement;
CREATE POLICY written ON public.improvement FOR ALL TO {staff}, {rapporteur} USING (true) WITH CHECK (true);
CREATE POLICY reviewer_read ON public.improvement FOR SELECT TO {reviewer}
    USING (EXISTS (SELECT 1 FROM public.review_cycle c WHERE c.id = cycle_id AND c.status = 'signed_off'));

DROP POLICY IF EXISTS written ON public.improvement_action_plan;
DROP POLICY IF EXISTS reviewer_read ON public.improvement_action_plan;
CREATE POLICY written ON public.improvement_action_plan FOR ALL TO {staff}, {rapporteur} USING (true) WITH CHECK (true);
CREATE POLICY reviewer_read ON public.improvement_action_plan FOR SELECT TO {reviewer}
    USING (EXISTS (SELECT 1 FROM public.improvement i WHERE i.id = improvement_id));

DROP POLICY IF EXISTS written ON public.improvement_contribution;
DROP POLICY IF EXISTS reviewer_read ON public.improvement_contribution;
CREATE POLICY written ON public.improvement_contribution FOR ALL TO {staff}, {rapporteur} USING (true) WITH CHECK (true);
CREATE POLICY reviewer_read ON public.improvement_contribution FOR SELECT TO {reviewer}
    USING (EXISTS (SELECT 1 FROM public.improvement i WHERE i.id = improvement_id));

-- The history: a reviewer reads the entries of scores only — their own while the cycle is
-- open, every reviewer's once it is signed off — as they read the scores themselves; other
-- entries hold contact data and notes. Staff and the rapporteur read every entry.
ALTER TABLE public.history ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS team_read ON public.history;
DROP POLICY IF EXISTS reviewer_read ON public.history;
CREATE POLICY team_read ON public.history FOR SELECT TO {staff}, {rapporteur} USING (true);
CREATE POLICY reviewer_read ON public.history FOR SELECT TO {reviewer}
    USING (kind = 'scores'
           AND (reviewer = (SELECT r.name FROM public.reviewer r WHERE r.id = public.team_reviewer_id())
                OR EXISTS (SELECT 1 FROM public.review_cycle c WHERE c.id = cycle_id AND c.status = 'signed_off')));

-- Staff and the rapporteur copy and import whole databases, with their history.
GRANT EXECUTE ON FUNCTION public.history_bring(text, text, text, text, text, text, text) TO {staff}, {rapporteur};
