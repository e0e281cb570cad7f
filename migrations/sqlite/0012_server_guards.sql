-- Signed off is final, on a file as on a server (migrations/postgres/0012_server_guards.sql):
-- a signed-off cycle and everything its digest covers (its reviewers and objectives, the
-- objectives' rubrics, indicators and action-plan links, the scores with their evidence, the
-- proposals with their links, and the names those refer to) refuse any change, whichever
-- program writes the file. The app refuses first, with a message of its own; these hold for
-- every other program.

CREATE TRIGGER signed_off_is_final BEFORE UPDATE ON review_cycle
    WHEN OLD.status = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'this review cycle is signed off: it can no longer change');
END;

CREATE TRIGGER signed_off_is_final_delete BEFORE DELETE ON review_cycle
    WHEN OLD.status = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'this review cycle is signed off: it can no longer change');
END;

CREATE TRIGGER cycle_objective_frozen_insert BEFORE INSERT ON cycle_objective
    WHEN (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its objectives can no longer change');
END;

CREATE TRIGGER cycle_objective_frozen_update BEFORE UPDATE ON cycle_objective
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off' OR (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its objectives can no longer change');
END;

CREATE TRIGGER cycle_objective_frozen_delete BEFORE DELETE ON cycle_objective
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its objectives can no longer change');
END;

CREATE TRIGGER cycle_reviewer_frozen_insert BEFORE INSERT ON cycle_reviewer
    WHEN (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its reviewers can no longer change');
END;

CREATE TRIGGER cycle_reviewer_frozen_update BEFORE UPDATE ON cycle_reviewer
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off' OR (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its reviewers can no longer change');
END;

CREATE TRIGGER cycle_reviewer_frozen_delete BEFORE DELETE ON cycle_reviewer
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its reviewers can no longer change');
END;

CREATE TRIGGER score_frozen_insert BEFORE INSERT ON score
    WHEN (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its scores can no longer change');
END;

CREATE TRIGGER score_frozen_update BEFORE UPDATE ON score
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off' OR (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its scores can no longer change');
END;

CREATE TRIGGER score_frozen_delete BEFORE DELETE ON score
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its scores can no longer change');
END;

CREATE TRIGGER score_evidence_frozen_insert BEFORE INSERT ON score_evidence
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM score WHERE id = NEW.score_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its evidence can no longer change');
END;

CREATE TRIGGER score_evidence_frozen_update BEFORE UPDATE ON score_evidence
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM score WHERE id = OLD.score_id)) = 'signed_off' OR (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM score WHERE id = NEW.score_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its evidence can no longer change');
END;

CREATE TRIGGER score_evidence_frozen_delete BEFORE DELETE ON score_evidence
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM score WHERE id = OLD.score_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its evidence can no longer change');
END;

CREATE TRIGGER improvement_frozen_insert BEFORE INSERT ON improvement
    WHEN (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_frozen_update BEFORE UPDATE ON improvement
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off' OR (SELECT status FROM review_cycle WHERE id = NEW.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_frozen_delete BEFORE DELETE ON improvement
    WHEN (SELECT status FROM review_cycle WHERE id = OLD.cycle_id) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_action_plan_frozen_insert BEFORE INSERT ON improvement_action_plan
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = NEW.improvement_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_action_plan_frozen_update BEFORE UPDATE ON improvement_action_plan
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = OLD.improvement_id)) = 'signed_off' OR (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = NEW.improvement_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_action_plan_frozen_delete BEFORE DELETE ON improvement_action_plan
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = OLD.improvement_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_contribution_frozen_insert BEFORE INSERT ON improvement_contribution
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = NEW.improvement_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_contribution_frozen_update BEFORE UPDATE ON improvement_contribution
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = OLD.improvement_id)) = 'signed_off' OR (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = NEW.improvement_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER improvement_contribution_frozen_delete BEFORE DELETE ON improvement_contribution
    WHEN (SELECT status FROM review_cycle WHERE id = (SELECT cycle_id FROM improvement WHERE id = OLD.improvement_id)) = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'the review cycle is signed off: its proposals can no longer change');
END;

CREATE TRIGGER objective_frozen_update BEFORE UPDATE ON objective
    WHEN (NEW.code IS NOT OLD.code OR NEW.title IS NOT OLD.title OR NEW.description IS NOT OLD.description OR NEW.source IS NOT OLD.source) AND EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: it can no longer change');
END;

CREATE TRIGGER objective_frozen_delete BEFORE DELETE ON objective
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: it can no longer change');
END;

CREATE TRIGGER indicator_frozen_insert BEFORE INSERT ON indicator
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = NEW.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER indicator_frozen_update BEFORE UPDATE ON indicator
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.objective_id AND c.status = 'signed_off') OR EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = NEW.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER indicator_frozen_delete BEFORE DELETE ON indicator
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER rubric_level_frozen_insert BEFORE INSERT ON rubric_level
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = NEW.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER rubric_level_frozen_update BEFORE UPDATE ON rubric_level
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.objective_id AND c.status = 'signed_off') OR EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = NEW.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER rubric_level_frozen_delete BEFORE DELETE ON rubric_level
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER objective_action_plan_frozen_insert BEFORE INSERT ON objective_action_plan
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = NEW.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER objective_action_plan_frozen_update BEFORE UPDATE ON objective_action_plan
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.objective_id AND c.status = 'signed_off') OR EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = NEW.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER objective_action_plan_frozen_delete BEFORE DELETE ON objective_action_plan
    WHEN EXISTS (SELECT 1 FROM cycle_objective co JOIN review_cycle c ON c.id = co.cycle_id WHERE co.objective_id = OLD.objective_id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle scored this objective: its rubric, indicators and action plan can no longer change');
END;

CREATE TRIGGER reviewer_frozen_name BEFORE UPDATE OF name ON reviewer
    WHEN NEW.name IS NOT OLD.name AND EXISTS (
        SELECT 1 FROM cycle_reviewer cr JOIN review_cycle c ON c.id = cr.cycle_id
        WHERE cr.reviewer_id = OLD.id AND c.status = 'signed_off')
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle names this reviewer: it can no longer be renamed');
END;

CREATE TRIGGER action_plan_item_frozen_code BEFORE UPDATE OF code ON action_plan_item
    WHEN NEW.code IS NOT OLD.code AND EXISTS (
        SELECT 1 FROM review_cycle c WHERE c.status = 'signed_off' AND (
            EXISTS (SELECT 1 FROM cycle_objective co JOIN objective_action_plan l ON l.objective_id = co.objective_id
                    WHERE co.cycle_id = c.id AND l.action_plan_item_id = OLD.id)
            OR EXISTS (SELECT 1 FROM improvement i JOIN improvement_action_plan l ON l.improvement_id = i.id
                       WHERE i.cycle_id = c.id AND l.action_plan_item_id = OLD.id)))
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle names this action-plan item: it can no longer be renamed');
END;

CREATE TRIGGER contribution_frozen_symbol BEFORE UPDATE OF symbol ON contribution
    WHEN NEW.symbol IS NOT OLD.symbol AND EXISTS (
        SELECT 1 FROM improvement i JOIN improvement_contribution l ON l.improvement_id = i.id
        JOIN review_cycle c ON c.id = i.cycle_id WHERE c.status = 'signed_off' AND l.contribution_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a signed-off review cycle names this contribution: it can no longer be renamed');
END;
