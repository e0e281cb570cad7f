-- CxO Review schema, version 1.
-- Dates are ISO 8601 text (YYYY-MM-DD); CHECKs reject anything SQLite's date() would not round-trip.
-- Natural keys (meeting key, organization name, contribution symbol, objective code...) are UNIQUE
-- because import files and the JSON export refer to records by them.

CREATE TABLE region (
    code        TEXT PRIMARY KEY CHECK (code IN ('AFR','AMS','ARB','ASP','CIS','EUR','TSB')),
    name        TEXT NOT NULL UNIQUE,
    sort_order  INTEGER NOT NULL UNIQUE
);

CREATE TABLE country (
    code        TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name        TEXT NOT NULL UNIQUE,
    -- TSB is not a geographic region: only the secretariat counts there.
    region_code TEXT NOT NULL REFERENCES region(code) CHECK (region_code <> 'TSB')
);

CREATE TABLE membership_category (
    code        TEXT PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE,
    sort_order  INTEGER NOT NULL UNIQUE
);

CREATE TABLE organization (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    category    TEXT NOT NULL REFERENCES membership_category(code),
    country     TEXT REFERENCES country(code),
    -- Every organization but the secretariat has a country, so that its people count under a region.
    CHECK (category = 'secretariat' OR country IS NOT NULL)
);
CREATE INDEX organization_country ON organization(country);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role            TEXT NOT NULL CHECK (role IN ('CEO','CTO','CIO','CSO','CxO','delegate','expert','staff')),
    title           TEXT NOT NULL DEFAULT '',
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
    -- Personal data: left out of exports to TSAG unless asked for.
    email           TEXT,
    phone           TEXT
);
CREATE INDEX person_organization ON person(organization_id);

CREATE TABLE meeting (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(key)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('cto_meeting','cxo_roundtable','bilateral','rg_iem','workshop')),
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_date      TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date        TEXT NOT NULL CHECK (date(end_date) IS end_date AND end_date >= start_date),
    venue           TEXT NOT NULL,
    host            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('planned','held','reported')),
    report_ref      TEXT NOT NULL DEFAULT '',
    report_date     TEXT CHECK (report_date IS NULL OR date(report_date) IS report_date),
    documents       INTEGER NOT NULL DEFAULT 0 CHECK (documents >= 0),
    attendance_mode TEXT NOT NULL CHECK (attendance_mode IN ('roster','counts')),
    communique      TEXT NOT NULL DEFAULT '',
    communique_date TEXT CHECK (communique_date IS NULL OR date(communique_date) IS communique_date),
    -- Held under the Chatham House rule: left out of exports to TSAG unless asked for.
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_start ON meeting(start_date);

CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    status      TEXT NOT NULL CHECK (status IN ('invited','registered','attended')),
    executive   INTEGER NOT NULL DEFAULT 0 CHECK (executive IN (0, 1)),
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX attendance_person ON attendance(person_id);

CREATE TABLE attendance_count (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    region_code  TEXT NOT NULL REFERENCES region(code),
    participants INTEGER NOT NULL CHECK (participants >= 0),
    executives   INTEGER NOT NULL DEFAULT 0 CHECK (executives >= 0 AND executives <= participants),
    UNIQUE (meeting_id, region_code)
);

CREATE TABLE priority (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL CHECK (rank >= 1),
    topic       TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    UNIQUE (meeting_id, rank)
);

CREATE TABLE decision (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (meeting_id, text)
);

CREATE TABLE action (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner       TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    due_date    TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
    status      TEXT NOT NULL CHECK (status IN ('open','in_progress','done','dropped')),
    closed_date TEXT CHECK (closed_date IS NULL OR date(closed_date) IS closed_date),
    -- A closed action records when it closed (median days to close); an open one has no closing date.
    CHECK ((status IN ('done','dropped')) = (closed_date IS NOT NULL)),
    UNIQUE (meeting_id, text)
);
CREATE INDEX action_status_due ON action(status, due_date);

CREATE TABLE objective (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicator (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    metric       TEXT NOT NULL,
    comparison   TEXT NOT NULL CHECK (comparison IN ('>=','<=','>','<','=')),
    target       REAL NOT NULL,
    UNIQUE (objective_id, metric)
);

CREATE TABLE rubric_level (
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    label        TEXT NOT NULL CHECK (length(trim(label)) > 0),
    PRIMARY KEY (objective_id, level)
) WITHOUT ROWID;

CREATE TABLE contribution (
    id               INTEGER PRIMARY KEY,
    symbol           TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(symbol)) > 0),
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    date             TEXT NOT NULL CHECK (date(date) IS date),
    considered_at    TEXT NOT NULL DEFAULT '',
    is_base_document INTEGER NOT NULL DEFAULT 0 CHECK (is_base_document IN (0, 1)),
    reproduced_in    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contribution_date ON contribution(date);

CREATE TABLE contribution_source (
    contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
    PRIMARY KEY (contribution_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX contribution_source_org ON contribution_source(organization_id);

CREATE TABLE proposal (
    id              INTEGER PRIMARY KEY,
    contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq >= 1),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    disposition     TEXT NOT NULL CHECK (disposition IN ('pending','agreed','noted','not_agreed')),
    UNIQUE (contribution_id, seq)
);

CREATE TABLE proposal_objective (
    proposal_id  INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    PRIMARY KEY (proposal_id, objective_id)
) WITHOUT ROWID;
CREATE INDEX proposal_objective_objective ON proposal_objective(objective_id);

CREATE TABLE action_plan_item (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (code GLOB 'AP[0-9]*'),
    pillar  TEXT NOT NULL CHECK (pillar IN ('raising_awareness','adding_value','attracting_members','strategic_mapping')),
    title   TEXT NOT NULL CHECK (length(trim(title)) > 0),
    status  TEXT NOT NULL CHECK (status IN ('planned','in_progress','done'))
);

CREATE TABLE objective_action_plan (
    objective_id        INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    action_plan_item_id INTEGER NOT NULL REFERENCES action_plan_item(id) ON DELETE CASCADE,
    PRIMARY KEY (objective_id, action_plan_item_id)
) WITHOUT ROWID;

CREATE TABLE reviewer (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    affiliation TEXT NOT NULL DEFAULT '',
    email       TEXT
);

CREATE TABLE review_cycle (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    period_from   TEXT NOT NULL CHECK (date(period_from) IS period_from),
    period_to     TEXT NOT NULL CHECK (date(period_to) IS period_to AND period_to >= period_from),
    quorum        INTEGER NOT NULL DEFAULT 2 CHECK (quorum >= 1),
    status        TEXT NOT NULL CHECK (status IN ('open','closed','signed_off')),
    signed_off_at TEXT,
    digest        TEXT,
    CHECK ((status = 'signed_off') = (signed_off_at IS NOT NULL))
);

CREATE TABLE cycle_objective (
    cycle_id     INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE RESTRICT,
    PRIMARY KEY (cycle_id, objective_id)
) WITHOUT ROWID;

CREATE TABLE cycle_reviewer (
    cycle_id    INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    reviewer_id INTEGER NOT NULL REFERENCES reviewer(id) ON DELETE RESTRICT,
    PRIMARY KEY (cycle_id, reviewer_id)
) WITHOUT ROWID;

CREATE TABLE score (
    id           INTEGER PRIMARY KEY,
    cycle_id     INTEGER NOT NULL,
    reviewer_id  INTEGER NOT NULL,
    objective_id INTEGER NOT NULL,
    level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    rationale    TEXT NOT NULL DEFAULT '',
    UNIQUE (cycle_id, reviewer_id, objective_id),
    FOREIGN KEY (cycle_id, objective_id) REFERENCES cycle_objective(cycle_id, objective_id) ON DELETE CASCADE,
    FOREIGN KEY (cycle_id, reviewer_id) REFERENCES cycle_reviewer(cycle_id, reviewer_id) ON DELETE CASCADE
);
CREATE INDEX score_cycle_objective ON score(cycle_id, objective_id);

CREATE TABLE score_evidence (
    score_id  INTEGER NOT NULL REFERENCES score(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('meeting','contribution','indicator')),
    reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
    PRIMARY KEY (score_id, kind, reference)
) WITHOUT ROWID;

CREATE TABLE improvement (
    id           INTEGER PRIMARY KEY,
    cycle_id     INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE RESTRICT,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body         TEXT NOT NULL DEFAULT '',
    invitation   TEXT NOT NULL CHECK (invitation LIKE 'TSAG is invited to %'),
    status       TEXT NOT NULL CHECK (status IN ('draft','agreed','submitted','rejected')),
    -- 'drafted' proposals may be redrafted; 'edited' and 'manual' ones are never overwritten.
    origin       TEXT NOT NULL CHECK (origin IN ('drafted','edited','manual')),
    UNIQUE (cycle_id, objective_id, title)
);

CREATE TABLE improvement_action_plan (
    improvement_id      INTEGER NOT NULL REFERENCES improvement(id) ON DELETE CASCADE,
    action_plan_item_id INTEGER NOT NULL REFERENCES action_plan_item(id) ON DELETE RESTRICT,
    PRIMARY KEY (improvement_id, action_plan_item_id)
) WITHOUT ROWID;

CREATE TABLE improvement_contribution (
    improvement_id  INTEGER NOT NULL REFERENCES improvement(id) ON DELETE CASCADE,
    contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE RESTRICT,
    PRIMARY KEY (improvement_id, contribution_id)
) WITHOUT ROWID;

-- The regions' and categories' rows are inserted from the model's declaration
-- (storage::reference), right after this file.
