-- The dashboard's figures from indexes rather than from every row: the meetings held per year
-- and those planned (10,000 meetings at ten years), the open and overdue actions and the most
-- overdue five (9,000 open of 30,000), the pending proposals (10,000 of 40,000) and the
-- contributions counted (20,000). On a team server twenty people open it at once.
CREATE INDEX meeting_status_start ON meeting(status, start_date);
CREATE INDEX action_open_due ON action(due_date, id) WHERE status IN ('open', 'in_progress');
CREATE INDEX proposal_disposition ON proposal(disposition);
CREATE INDEX contribution_counted ON contribution(id) WHERE NOT is_base_document;
