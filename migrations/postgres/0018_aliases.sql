-- Names a spreadsheet spelled otherwise, taken once as a record of the directory (SQLite
-- migration 0018_aliases, which says why).
CREATE TABLE organization_alias (
    name            TEXT COLLATE "C" PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    batch           TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE TABLE person_alias (
    name      TEXT COLLATE "C" PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    batch     TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX organization_alias_organization ON organization_alias(organization_id);
CREATE INDEX person_alias_person ON person_alias(person_id);
