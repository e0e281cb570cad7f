-- Names a spreadsheet spelled otherwise, taken once as a record of the directory (a review
-- accepted, a duplicate merged): the next list that spells them so is matched to that record
-- at once. `batch` is the import or merge that taught the name, so that undoing it forgets it.
CREATE TABLE organization_alias (
    name            TEXT PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    batch           TEXT NOT NULL DEFAULT ''
);
CREATE TABLE person_alias (
    name      TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    batch     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organization_alias_organization ON organization_alias(organization_id);
CREATE INDEX person_alias_person ON person_alias(person_id);
