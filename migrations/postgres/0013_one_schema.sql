-- Version 13 brought the file's indexes level with the team database's (migrations/sqlite/
-- 0013_one_schema.sql); a team database already had them, so nothing changes here. The
-- version still advances, so that a file and a team database of one release share a number.
SELECT 1;
