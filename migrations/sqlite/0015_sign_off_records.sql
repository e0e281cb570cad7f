-- Every sign-off, kept: a cycle once signed off cannot be made open again and re-signed
-- unnoticed. The database writes the record itself when a cycle becomes signed off (by
-- sign-off, or by an import of a signed-off cycle); nobody changes or deletes one. A cycle
-- whose last record is not matched by its own status and digest was changed outside
-- CxO Review: `check` reports it, and its sign-off and every export of it are refused.
CREATE TABLE cycle_sign_off (
    id            INTEGER PRIMARY KEY,
    cycle_id      INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE RESTRICT,
    signed_off_at TEXT NOT NULL,
    digest        TEXT
);
CREATE INDEX cycle_sign_off_cycle ON cycle_sign_off(cycle_id, id);

-- The cycles signed off before this version: their record, as they stand.
INSERT INTO cycle_sign_off (cycle_id, signed_off_at, digest)
    SELECT id, signed_off_at, digest FROM review_cycle WHERE status = 'signed_off' ORDER BY id;

CREATE TRIGGER cycle_sign_off_recorded AFTER UPDATE OF status ON review_cycle
    WHEN NEW.status = 'signed_off' AND OLD.status <> 'signed_off'
BEGIN
    INSERT INTO cycle_sign_off (cycle_id, signed_off_at, digest) VALUES (NEW.id, NEW.signed_off_at, NEW.digest);
END;

CREATE TRIGGER cycle_sign_off_recorded_insert AFTER INSERT ON review_cycle
    WHEN NEW.status = 'signed_off'
BEGIN
    INSERT INTO cycle_sign_off (cycle_id, signed_off_at, digest) VALUES (NEW.id, NEW.signed_off_at, NEW.digest);
END;

CREATE TRIGGER cycle_sign_off_kept BEFORE UPDATE ON cycle_sign_off
BEGIN
    SELECT RAISE(ABORT, 'a sign-off record never changes');
END;

CREATE TRIGGER cycle_sign_off_kept_delete BEFORE DELETE ON cycle_sign_off
BEGIN
    SELECT RAISE(ABORT, 'a sign-off record is never deleted');
END;
