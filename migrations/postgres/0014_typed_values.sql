-- Version 14 made a file refuse values of the wrong type (migrations/sqlite/0014_typed_values.sql);
-- a server's columns always did, so nothing changes here. The version still advances, so that
-- a file and a team database of one release share a number.
SELECT 1;
