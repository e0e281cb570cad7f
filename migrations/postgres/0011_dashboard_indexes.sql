-- The dashboard's figures from indexes rather than from every row (SQLite migration
-- 0011_dashboard_indexes, which says why).
CREATE INDEX meeting_status_start ON meeting(status, start_date);
CREATE INDEX action_open_due ON action(due_date, id) WHERE status IN ('open', 'in_progress');
CREATE INDEX proposal_disposition ON proposal(disposition);
CREATE INDEX contribution_counted ON contribution(id) WHERE NOT is_base_document;
