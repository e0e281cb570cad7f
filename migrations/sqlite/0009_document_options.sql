-- The summary's header block per review cycle (docs/user-guide.md, "The summary to TSAG"): the
-- TD number TSB assigned, where and when TSAG meets, the source and the contact, typed once by
-- the rapporteur and used by every export of the cycle's summary. One row per cycle, none until
-- they are first saved (the summary then takes the contact from the cycle's first reviewer).
-- They are not part of the cycle's signed-off content: a TD number assigned after sign-off can
-- still be filled in.
CREATE TABLE document_options (
    cycle_id             INTEGER PRIMARY KEY REFERENCES review_cycle(id) ON DELETE CASCADE,
    td_number            TEXT NOT NULL DEFAULT '',
    place_and_date       TEXT NOT NULL DEFAULT '',
    source               TEXT NOT NULL DEFAULT '',
    contact_name         TEXT NOT NULL DEFAULT '',
    contact_organization TEXT NOT NULL DEFAULT '',
    contact_country      TEXT NOT NULL DEFAULT '',
    contact_tel          TEXT NOT NULL DEFAULT '',
    contact_email        TEXT NOT NULL DEFAULT '',
    changed_by           TEXT,
    changed_at           TEXT
);
