-- The history records the lists a record keeps in tables of their own (a score's evidence,
-- a cycle's objectives and reviewers, a contribution's sources…): their triggers are made by
-- CxO Review after this migration, from its declaration of those lists (storage::history).
SELECT 1;
