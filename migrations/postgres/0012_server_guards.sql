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

-- ---------------------------------------------------------------------------------------
-- A sign-off's digest is checked when it is written: the server computes the digest of the
-- cycle's content itself, byte for byte as CxO Review does (review::signoff::content_digest:
-- SHA-256 of the content as serde_json writes it), and refuses any other. The parity of the
-- two is tested on both sides (tests/team/attacks.rs).

-- A text as a JSON string, as serde_json writes it (the same escapes, lower-case hex).
CREATE FUNCTION public.json_string(value text) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_json(value)::text
$$;

-- A float as serde_json writes it: the shortest digits that read back, which PostgreSQL
-- prints too (extra_float_digits > 0), laid out by serde_json's rules (its float writer,
-- zmij: fixed from 1e-5 up to 1e16, else an exponent with its sign).
CREATE FUNCTION public.json_float(value double precision) RETURNS text LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp
    SET extra_float_digits = 1 AS $$
DECLARE
    printed text := value::text;
    negative boolean := false;
    mantissa text;
    exponent int := 0;
    digits text;
    point int;
    kk int;
    len int;
    shown text;
BEGIN
    IF value IS NULL OR value = 'NaN'::float8 OR value IN ('Infinity'::float8, '-Infinity'::float8) THEN
        RETURN 'null';
    END IF;
    IF left(printed, 1) = '-' THEN
        negative := true;
        printed := substr(printed, 2);
    END IF;
    IF value = 0 THEN
        shown := '0.0';
    ELSE
        IF position('e' IN printed) > 0 THEN
            mantissa := split_part(printed, 'e', 1);
            exponent := split_part(printed, 'e', 2)::int;
        ELSE
            mantissa := printed;
        END IF;
        point := CASE WHEN position('.' IN mantissa) > 0 THEN position('.' IN mantissa) - 1 ELSE length(mantissa) END;
        digits := replace(mantissa, '.', '');
        kk := point + exponent;
        WHILE left(digits, 1) = '0' LOOP
            digits := substr(digits, 2);
            kk := kk - 1;
        END LOOP;
        digits := rtrim(digits, '0');
        len := length(digits);
        -- The leading digit's power of ten is kk - 1: from -5 to 15 the number is written
        -- out, else in exponent form with a signed exponent ("1e-6", "1.5e+16").
        shown := CASE
            WHEN kk BETWEEN -4 AND 16 AND len <= kk THEN digits || repeat('0', kk - len) || '.0'
            WHEN kk BETWEEN 1 AND 16 THEN left(digits, kk) || '.' || substr(digits, kk + 1)
            WHEN kk BETWEEN -4 AND 0 THEN '0.' || repeat('0', -kk) || digits
            ELSE left(digits, 1) || CASE WHEN len > 1 THEN '.' || substr(digits, 2) ELSE '' END
                 || 'e' || CASE WHEN kk - 1 >= 0 THEN '+' ELSE '-' END || abs(kk - 1)::text
        END;
    END IF;
    RETURN CASE WHEN negative THEN '-' || shown ELSE shown END;
END
$$;

-- A JSON array of texts, in the order given.
CREATE FUNCTION public.json_strings(value text[]) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT '[' || coalesce((SELECT string_agg(public.json_string(v), ',' ORDER BY n) FROM unnest(value) WITH ORDINALITY AS u(v, n)), '') || ']'
$$;

-- The digest of cycle `cycle`'s content under the cycle's own fields as given (they may be
-- changing in the same statement): what CxO Review's sign-off writes.
CREATE FUNCTION public.cycle_digest(of_cycle bigint, cycle_name text, cycle_from text, cycle_to text, cycle_quorum bigint)
    RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
    -- (Parameters are named apart from every column: in SQL a column hides a parameter.)
    WITH
    objectives AS (
        SELECT o.id, '{"code":' || public.json_string(o.code::text)
            || ',"title":' || public.json_string(o.title)
            || ',"description":' || public.json_string(o.description)
            || ',"source":' || public.json_string(o.source)
            || ',"indicators":[' || coalesce((
                SELECT string_agg('{"metric":' || public.json_string(i.metric) || ',"comparison":' || public.json_string(i.comparison)
                                  || ',"target":' || public.json_float(i.target) || '}', ',' ORDER BY i.id)
                FROM public.indicator i WHERE i.objective_id = o.id), '') || ']'
            || ',"rubric":[' || coalesce((
                SELECT string_agg('{"level":' || r.level::text || ',"label":' || public.json_string(r.label) || '}', ',' ORDER BY r.level)
                FROM public.rubric_level r WHERE r.objective_id = o.id), '') || ']'
            || ',"action_plan":' || public.json_strings(ARRAY(
                SELECT a.code::text FROM public.objective_action_plan l JOIN public.action_plan_item a ON a.id = l.action_plan_item_id
                WHERE l.objective_id = o.id ORDER BY a.id))
            || '}' AS json
        FROM public.objective o
        WHERE o.id IN (SELECT co.objective_id FROM public.cycle_objective co WHERE co.cycle_id = of_cycle)
    ),
    scores AS (
        SELECT s.id, '{"cycle":' || public.json_string(cycle_name)
            || ',"reviewer":' || public.json_string(rv.name::text)
            || ',"objective":' || public.json_string(o.code::text)
            || ',"level":' || s.level::text
            || ',"rationale":' || public.json_string(s.rationale)
            || ',"evidence":[' || coalesce((
                SELECT string_agg('{"kind":' || public.json_string(e.kind) || ',"reference":' || public.json_string(e.reference) || '}',
                                  ',' ORDER BY e.kind, e.reference)
                FROM public.score_evidence e WHERE e.score_id = s.id), '') || ']'
            || coalesce(',"source_package":' || public.json_string(s.source_package), '')
            || coalesce(',"returned_at":' || public.json_string(s.returned_at), '')
            || coalesce(',"reviewer_key":' || public.json_string(s.reviewer_key), '')
            || '}' AS json
        FROM public.score s JOIN public.reviewer rv ON rv.id = s.reviewer_id JOIN public.objective o ON o.id = s.objective_id
        WHERE s.cycle_id = of_cycle
    ),
    improvements AS (
        SELECT i.id, '{"cycle":' || public.json_string(cycle_name)
            || ',"objective":' || public.json_string(o.code::text)
            || ',"title":' || public.json_string(i.title)
            || ',"body":' || public.json_string(i.body)
            || ',"invitation":' || public.json_string(i.invitation)
            || ',"status":' || public.json_string(i.status)
            || ',"origin":' || public.json_string(i.origin)
            || ',"action_plan":' || public.json_strings(ARRAY(
                SELECT a.code::text FROM public.improvement_action_plan l JOIN public.action_plan_item a ON a.id = l.action_plan_item_id
                WHERE l.improvement_id = i.id ORDER BY a.id))
            || ',"contributions":' || public.json_strings(ARRAY(
                SELECT c.symbol::text FROM public.improvement_contribution l JOIN public.contribution c ON c.id = l.contribution_id
                WHERE l.improvement_id = i.id ORDER BY c.id))
            || '}' AS json
        FROM public.improvement i JOIN public.objective o ON o.id = i.objective_id
        WHERE i.cycle_id = of_cycle
    )
    SELECT 'sha256:' || encode(sha256(convert_to(
        '{"name":' || public.json_string(cycle_name)
        || ',"period_from":' || public.json_string(cycle_from)
        || ',"period_to":' || public.json_string(cycle_to)
        || ',"quorum":' || cycle_quorum::text
        || ',"reviewers":' || public.json_strings(ARRAY(
            SELECT r.name::text FROM public.cycle_reviewer l JOIN public.reviewer r ON r.id = l.reviewer_id
            WHERE l.cycle_id = of_cycle ORDER BY r.id))
        || ',"objectives":[' || coalesce((SELECT string_agg(json, ',' ORDER BY id) FROM objectives), '') || ']'
        || ',"scores":[' || coalesce((SELECT string_agg(json, ',' ORDER BY id) FROM scores), '') || ']'
        || ',"improvements":[' || coalesce((SELECT string_agg(json, ',' ORDER BY id) FROM improvements), '') || ']'
        || '}', 'UTF8')), 'hex')
$$;

CREATE FUNCTION public.digest_checked() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    computed text;
BEGIN
    IF NEW.status = 'signed_off' AND OLD.status IS DISTINCT FROM 'signed_off' AND NEW.digest IS NOT NULL THEN
        computed := public.cycle_digest(NEW.id, NEW.name::text, NEW.period_from, NEW.period_to, NEW.quorum);
        IF NEW.digest IS DISTINCT FROM computed THEN
            RAISE EXCEPTION 'review cycle "%" cannot be signed off under digest %: its content''s digest is %', NEW.name, NEW.digest, computed
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER digest_checked BEFORE UPDATE OF status, digest ON public.review_cycle
    FOR EACH ROW EXECUTE FUNCTION public.digest_checked();
