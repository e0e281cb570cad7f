-- The file's indexes made the same as the team database's (tests/parity.rs compares them):
-- meetings by start date then id, as the dashboard's pages read them, and review packages by
-- their reviewer's key, as a returned package's signature is checked.
DROP INDEX meeting_start;
CREATE INDEX meeting_start ON meeting(start_date, id);
CREATE INDEX review_package_key ON review_package(reviewer_key);
