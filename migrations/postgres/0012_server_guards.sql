-- What the server enforces whoever connects (docs/team.md, "What the server guarantees"):
-- functions that no caller's search_path can redirect, signed-off cycles frozen with all
-- their content, no silent cascade into scores, authorship and versions written by the
-- server, review-package bookkeeping that only moves forward. The SQLite migration
-- 0012_server_guards freezes signed-off cycles the same way on a file.

-- PostgreSQL looks in the caller's temporary schema first unless told otherwise: a function
-- used by a policy or a trigger must name its tables with their schema and fix its own
-- search_path, with pg_temp last (PostgreSQL's documentation, "Writing SECURITY DEFINER
-- Functions Safely").
CREATE OR REPLACE FUNCTION public.team_reviewer_id() RETURNS bigint LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT t.reviewer_id FROM public.team_member t WHERE t.login = current_user
$$;

CREATE OR REPLACE FUNCTION public.team_cycle_open(id bigint) RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.review_cycle c WHERE c.id = $1 AND c.status = 'open')
$$;

ALTER FUNCTION public.is_iso_date(text) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.attendance_marked() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.person_moved() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.organization_regrouped() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.meeting_changed() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.meeting_deleted() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.count_marked() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.kept_count_add(text, bigint, bigint, bigint) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.meeting_figure(text) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.meeting_year(text, text) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.meeting_counted() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.action_counted() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.contribution_counted() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION public.proposal_counted() SET search_path = pg_catalog, public, pg_temp;

-- The server's clock, as the records keep it.
CREATE FUNCTION public.server_now() RETURNS text LANGUAGE sql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_char(transaction_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- A record's content, without what the server writes beside it.
CREATE FUNCTION public.content_of(row_data jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT row_data - 'version' - 'changed_by' - 'changed_at'
$$;

-- ---------------------------------------------------------------------------------------
-- Authorship and versions, written by the server on every write, whoever sends it: the
-- login (session_user, which SET ROLE does not change) and the server's time; a new record
-- starts at version 1, and a write that changes the record (or asks for a new version)
-- raises it by exactly one. A client's own values for them are ignored. A write that changes
-- nothing (a save's lock on the row) leaves all three as they were.

CREATE FUNCTION public.stamped() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.changed_by := session_user;
        NEW.changed_at := public.server_now();
    ELSIF public.content_of(to_jsonb(NEW)) IS DISTINCT FROM public.content_of(to_jsonb(OLD))
          OR NEW.version IS DISTINCT FROM OLD.version THEN
        NEW.version := OLD.version + 1;
        NEW.changed_by := session_user;
        NEW.changed_at := public.server_now();
    ELSE
        NEW.version := OLD.version;
        NEW.changed_by := OLD.changed_by;
        NEW.changed_at := OLD.changed_at;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.organization FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.person FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.meeting FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.attendance FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.attendance_count FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.priority FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.decision FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.action FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.objective FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.contribution FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.proposal FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.action_plan_item FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.reviewer FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.review_cycle FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.score FOR EACH ROW EXECUTE FUNCTION public.stamped();
CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.improvement FOR EACH ROW EXECUTE FUNCTION public.stamped();

-- The summary's options have an author and a time, but no version.
CREATE FUNCTION public.stamped_options() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.changed_by := session_user;
    NEW.changed_at := public.server_now();
    RETURN NEW;
END
$$;

CREATE TRIGGER stamped BEFORE INSERT OR UPDATE ON public.document_options FOR EACH ROW EXECUTE FUNCTION public.stamped_options();

-- Who deleted what, and when, is the server's word; a reviewer may only put scores in.
CREATE FUNCTION public.trash_signed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.deleted_by := session_user;
    NEW.deleted_at := public.server_now();
    IF NEW.kind <> 'scores'
       AND EXISTS (SELECT 1 FROM public.team_member t WHERE t.login = session_user AND t.role = 'reviewer') THEN
        RAISE EXCEPTION 'a reviewer puts only their own scores in the trash, not %', NEW.kind
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER trash_signed BEFORE INSERT ON public.trash FOR EACH ROW EXECUTE FUNCTION public.trash_signed();

-- ---------------------------------------------------------------------------------------
-- Signed off is final: the cycle and everything its digest covers (its reviewers and
-- objectives, the objectives' rubrics, indicators and action-plan links, the scores with
-- their evidence, the proposals with their links, and the names those refer to) refuse any
-- change, whoever connects. The checks read as the schema's owner, so that no row a policy
-- hides from the writer can escape them.

CREATE FUNCTION public.refuse_in_signed_off(cycle bigint, what text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    cycle_name text;
    cycle_status text;
BEGIN
    -- A share of the cycle's row lock, held to the end of the writer's transaction: a
    -- sign-off (which holds the row itself while it reads the content it digests) waits for
    -- this write, or this write waits for the sign-off and is then refused.
    SELECT c.name, c.status INTO cycle_name, cycle_status FROM public.review_cycle c WHERE c.id = cycle FOR SHARE;
    IF cycle_status = 'signed_off' THEN
        RAISE EXCEPTION 'review cycle "%" is signed off: its % can no longer change', cycle_name, what
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- The signed-off cycle that uses objective `objective`, if any.
CREATE FUNCTION public.signed_off_cycle_of_objective(objective bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT c.name FROM public.cycle_objective co JOIN public.review_cycle c ON c.id = co.cycle_id
    WHERE co.objective_id = objective AND c.status = 'signed_off' ORDER BY c.id LIMIT 1
$$;

CREATE OR REPLACE FUNCTION public.signed_off_is_final() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF OLD.status = 'signed_off' THEN
        RAISE EXCEPTION 'review cycle "%" is signed off: it can no longer change', OLD.name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER signed_off_is_final_delete BEFORE DELETE ON public.review_cycle
    FOR EACH ROW EXECUTE FUNCTION public.signed_off_is_final();

-- Rows that belong to one cycle, directly or through a score or a proposal.
CREATE FUNCTION public.frozen_with_cycle() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    row_data jsonb;
    cycle bigint;
BEGIN
    FOREACH row_data IN ARRAY ARRAY[to_jsonb(OLD), to_jsonb(NEW)] LOOP
        CONTINUE WHEN row_data IS NULL;
        cycle := CASE TG_TABLE_NAME
            WHEN 'score_evidence' THEN (SELECT s.cycle_id FROM public.score s WHERE s.id = (row_data->>'score_id')::bigint)
            WHEN 'improvement_action_plan' THEN (SELECT i.cycle_id FROM public.improvement i WHERE i.id = (row_data->>'improvement_id')::bigint)
            WHEN 'improvement_contribution' THEN (SELECT i.cycle_id FROM public.improvement i WHERE i.id = (row_data->>'improvement_id')::bigint)
            ELSE (row_data->>'cycle_id')::bigint
        END;
        PERFORM public.refuse_in_signed_off(cycle, replace(TG_TABLE_NAME, '_', ' ') || 's');
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER frozen_with_cycle BEFORE INSERT OR UPDATE OR DELETE ON public.cycle_objective FOR EACH ROW EXECUTE FUNCTION public.frozen_with_cycle();
CREATE TRIGGER frozen_with_cycle BEFORE INSERT OR UPDATE OR DELETE ON public.cycle_reviewer FOR EACH ROW EXECUTE FUNCTION public.frozen_with_cycle();
CREATE TRIGGER frozen_with_cycle BEFORE INSERT OR UPDATE OR DELETE ON public.score FOR EACH ROW EXECUTE FUNCTION public.frozen_with_cycle();
CREATE TRIGGER frozen_with_cycle BEFORE INSERT OR UPDATE OR DELETE ON public.score_evidence FOR EACH ROW EXECUTE FUNCTION public.frozen_with_cycle();
CREATE TRIGGER frozen_with_cycle BEFORE INSERT OR UPDATE OR DELETE ON public.improvement FOR EACH ROW EXECUTE FUNCTION public.frozen_with_cycle();
CREATE TRIGGER frozen_with_cycle BEFORE INSERT OR UPDATE OR DELETE ON public.improvement_action_plan FOR EACH ROW EXECUTE FUNCTION public.frozen_with_cycle();
CREATE TRIGGER frozen_with_cycle BEFORE INSERT OR UPDATE OR DELETE ON public.improvement_contribution FOR EACH ROW EXECUTE FUNCTION public.frozen_with_cycle();

-- An objective as a signed-off cycle scored it: its text, rubric, indicators and action plan.
CREATE FUNCTION public.frozen_objective() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    row_data jsonb;
    cycle_name text;
BEGIN
    IF TG_OP = 'UPDATE' AND public.content_of(to_jsonb(NEW)) IS NOT DISTINCT FROM public.content_of(to_jsonb(OLD)) THEN
        RETURN NEW;
    END IF;
    FOREACH row_data IN ARRAY ARRAY[to_jsonb(OLD), to_jsonb(NEW)] LOOP
        CONTINUE WHEN row_data IS NULL;
        cycle_name := public.signed_off_cycle_of_objective(
            (CASE WHEN TG_TABLE_NAME = 'objective' THEN row_data->>'id' ELSE row_data->>'objective_id' END)::bigint);
        IF cycle_name IS NOT NULL THEN
            RAISE EXCEPTION 'review cycle "%" is signed off: the objectives it scored, with their rubrics, indicators and action plan, can no longer change', cycle_name
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER frozen_objective BEFORE UPDATE OR DELETE ON public.objective FOR EACH ROW EXECUTE FUNCTION public.frozen_objective();
CREATE TRIGGER frozen_objective BEFORE INSERT OR UPDATE OR DELETE ON public.indicator FOR EACH ROW EXECUTE FUNCTION public.frozen_objective();
CREATE TRIGGER frozen_objective BEFORE INSERT OR UPDATE OR DELETE ON public.rubric_level FOR EACH ROW EXECUTE FUNCTION public.frozen_objective();
CREATE TRIGGER frozen_objective BEFORE INSERT OR UPDATE OR DELETE ON public.objective_action_plan FOR EACH ROW EXECUTE FUNCTION public.frozen_objective();

-- (Read through jsonb: PL/pgSQL resolves NEW.field against the firing table even in a
-- branch not taken.)
-- The names a signed-off cycle's content refers to: its reviewers', the action-plan codes of
-- its objectives and proposals, the symbols of its proposals' contributions.
CREATE FUNCTION public.frozen_name() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    cycle_name text;
BEGIN
    IF TG_TABLE_NAME = 'reviewer' AND to_jsonb(NEW)->>'name' IS DISTINCT FROM to_jsonb(OLD)->>'name' THEN
        SELECT c.name INTO cycle_name FROM public.cycle_reviewer cr JOIN public.review_cycle c ON c.id = cr.cycle_id
        WHERE cr.reviewer_id = OLD.id AND c.status = 'signed_off' LIMIT 1;
    ELSIF TG_TABLE_NAME = 'action_plan_item' AND to_jsonb(NEW)->>'code' IS DISTINCT FROM to_jsonb(OLD)->>'code' THEN
        SELECT c.name INTO cycle_name FROM public.review_cycle c
        WHERE c.status = 'signed_off' AND (
            EXISTS (SELECT 1 FROM public.cycle_objective co JOIN public.objective_action_plan l ON l.objective_id = co.objective_id
                    WHERE co.cycle_id = c.id AND l.action_plan_item_id = OLD.id)
            OR EXISTS (SELECT 1 FROM public.improvement i JOIN public.improvement_action_plan l ON l.improvement_id = i.id
                       WHERE i.cycle_id = c.id AND l.action_plan_item_id = OLD.id))
        LIMIT 1;
    ELSIF TG_TABLE_NAME = 'contribution' AND to_jsonb(NEW)->>'symbol' IS DISTINCT FROM to_jsonb(OLD)->>'symbol' THEN
        SELECT c.name INTO cycle_name FROM public.review_cycle c
        WHERE c.status = 'signed_off' AND EXISTS (
            SELECT 1 FROM public.improvement i JOIN public.improvement_contribution l ON l.improvement_id = i.id
            WHERE i.cycle_id = c.id AND l.contribution_id = OLD.id)
        LIMIT 1;
    END IF;
    IF cycle_name IS NOT NULL THEN
        RAISE EXCEPTION 'review cycle "%" is signed off and names this % as it is: it can no longer be renamed', cycle_name, replace(TG_TABLE_NAME, '_', ' ')
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER frozen_name BEFORE UPDATE ON public.reviewer FOR EACH ROW EXECUTE FUNCTION public.frozen_name();
CREATE TRIGGER frozen_name BEFORE UPDATE ON public.action_plan_item FOR EACH ROW EXECUTE FUNCTION public.frozen_name();
CREATE TRIGGER frozen_name BEFORE UPDATE ON public.contribution FOR EACH ROW EXECUTE FUNCTION public.frozen_name();

-- Scores are never deleted as a side effect: deleting a cycle, or taking a reviewer or an
-- objective out of one, is refused while it holds scores (the app deletes the scores first,
-- into the trash, as the login whose right that is). A cascade runs inside the foreign key's
-- own trigger, one level down.
CREATE FUNCTION public.scores_not_cascaded() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RAISE EXCEPTION 'this would delete scores with it: delete the scores first (they go to the trash)'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER scores_not_cascaded BEFORE DELETE ON public.score FOR EACH ROW EXECUTE FUNCTION public.scores_not_cascaded();

-- ---------------------------------------------------------------------------------------
-- Review packages: what was issued never changes; a reviewer's key, once seen, belongs to
-- that reviewer in every package of the database; the last merged return only moves
-- forward, and lies between the package's issue and now (five minutes allowed for the
-- reviewer's clock).

CREATE FUNCTION public.package_bookkeeping() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    other_reviewer bigint;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.id, NEW.cycle_id, NEW.reviewer_id, NEW.issued_at, NEW.deadline, NEW.issued_scores)
           IS DISTINCT FROM (OLD.id, OLD.cycle_id, OLD.reviewer_id, OLD.issued_at, OLD.deadline, OLD.issued_scores) THEN
            RAISE EXCEPTION 'review package % was issued as it is: it can no longer change', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.reviewer_key IS NOT NULL AND NEW.reviewer_key IS DISTINCT FROM OLD.reviewer_key THEN
            RAISE EXCEPTION 'review package % is bound to the key that signed its first return', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.last_return IS NOT NULL AND (NEW.last_return IS NULL OR NEW.last_return::timestamptz < OLD.last_return::timestamptz) THEN
            RAISE EXCEPTION 'review package % has a return from %: an older one cannot replace it', OLD.id, OLD.last_return
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.reviewer_key IS NOT NULL THEN
        SELECT p.reviewer_id INTO other_reviewer FROM public.review_package p
        WHERE p.reviewer_key = NEW.reviewer_key AND p.reviewer_id <> NEW.reviewer_id LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'this key signs another reviewer''s returns: it cannot sign returns of review package %', NEW.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.last_return IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.last_return IS DISTINCT FROM OLD.last_return) THEN
        IF NEW.last_return::timestamptz < NEW.issued_at::timestamptz
           OR NEW.last_return::timestamptz > transaction_timestamp() + interval '5 minutes' THEN
            RAISE EXCEPTION 'review package %: a return dated % lies outside its issue (%) and now', NEW.id, NEW.last_return, NEW.issued_at
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER package_bookkeeping BEFORE INSERT OR UPDATE ON public.review_package
    FOR EACH ROW EXECUTE FUNCTION public.package_bookkeeping();
-- One key, one reviewer: looked up by key.
CREATE INDEX review_package_key ON public.review_package(reviewer_key);
