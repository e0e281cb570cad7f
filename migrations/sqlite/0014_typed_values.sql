-- Every table refuses a value of another type than its column's, from any program (the
-- sqlite3 shell included): the triggers `typed_<table>_insert` and `typed_<table>_update` are
-- made from the live schema by storage::sqlite::values::guard_types after every migration, so
-- that a table added later gets them too. This file only advances the version.
SELECT 1;
