//! SQL for the summary's header block per review cycle (migration 0009): read, and replaced as
//! a whole when the rapporteur saves it; inserted by an import of the whole-database document
//! (a copy, a restore from the trash).

use super::db::{params, Connection, OptionalExtension};
use super::{Store, Tx};
use crate::error::{Error, FieldError, Result};
use crate::model::{Contact, CycleDocumentOptions, DocumentOptions};

/// The header block saved for cycle `cycle_id` on `conn`; None when it was never saved.
fn read(conn: &Connection, cycle_id: i64) -> Result<Option<DocumentOptions>> {
    Ok(conn
        .query_row(
            "SELECT td_number, place_and_date, source, contact_name, contact_organization, contact_country,
                    contact_tel, contact_email
             FROM document_options WHERE cycle_id = ?1",
            params![cycle_id],
            |row| {
                Ok(DocumentOptions {
                    td_number: row.get(0)?,
                    place_and_date: row.get(1)?,
                    source: row.get(2)?,
                    contact: Contact {
                        name: row.get(3)?,
                        organization: row.get(4)?,
                        country: row.get(5)?,
                        tel: row.get(6)?,
                        email: row.get(7)?,
                    },
                })
            },
        )
        .optional()?)
}

/// Whether saving replaces a header block already saved for the cycle (the rapporteur's save)
/// or must find none (an import adds, and has checked there is none).
#[derive(PartialEq)]
enum Replace {
    Yes,
    No,
}

/// Writes `o` (validated and trimmed) as cycle `cycle_id`'s header block, saved by `author` at `at`.
fn write(conn: &Connection, cycle_id: i64, o: &DocumentOptions, author: &str, at: &str, replace: Replace) -> Result<()> {
    const INSERT: &str = "INSERT INTO document_options (cycle_id, td_number, place_and_date, source, contact_name,
             contact_organization, contact_country, contact_tel, contact_email, changed_by, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
    const REPLACING: &str = " ON CONFLICT (cycle_id) DO UPDATE SET td_number = excluded.td_number,
             place_and_date = excluded.place_and_date, source = excluded.source,
             contact_name = excluded.contact_name, contact_organization = excluded.contact_organization,
             contact_country = excluded.contact_country, contact_tel = excluded.contact_tel,
             contact_email = excluded.contact_email, changed_by = excluded.changed_by,
             changed_at = excluded.changed_at";
    let sql = if replace == Replace::Yes { format!("{INSERT}{REPLACING}") } else { INSERT.to_string() };
    conn.execute(
        &sql,
        params![
            cycle_id,
            o.td_number,
            o.place_and_date,
            o.source,
            o.contact.name,
            o.contact.organization,
            o.contact.country,
            o.contact.tel,
            o.contact.email,
            author,
            at
        ],
    )?;
    Ok(())
}

impl Store {
    /// The header block saved for cycle `cycle_id`; None when it was never saved.
    pub fn document_options(&self, cycle_id: i64) -> Result<Option<DocumentOptions>> {
        read(&self.conn, cycle_id)
    }

    /// Saves `options` as cycle `cycle_id`'s header block, replacing what was saved before.
    /// Validates first: a bad e-mail or telephone number is refused, naming its field.
    pub fn set_document_options(&mut self, cycle_id: i64, options: &DocumentOptions) -> Result<()> {
        let problems = options.validate();
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        let o = options.trimmed();
        let author = self.author();
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        self.raw_transaction(|conn| {
            let exists: bool =
                conn.query_row("SELECT EXISTS (SELECT 1 FROM review_cycle WHERE id = ?1)", params![cycle_id], |row| row.get(0))?;
            if !exists {
                return Err(Error::NotFound { entity: "review cycle", key: cycle_id.to_string() });
            }
            write(conn, cycle_id, &o, &author, &at, Replace::Yes)
        })
    }
}

impl Tx<'_> {
    /// The header block saved for cycle `cycle_id`, as this transaction sees it.
    pub fn document_options(&self, cycle_id: i64) -> Result<Option<DocumentOptions>> {
        read(self.conn, cycle_id)
    }

    /// Saves the header block of an imported document for the cycle it names. Refused, naming
    /// the field, when it is not valid, when no cycle has that name, or when the cycle already
    /// has one (an import adds, it never overwrites what the rapporteur saved).
    pub fn import_document_options(&self, imported: &CycleDocumentOptions) -> Result<()> {
        let options = imported.options();
        let mut problems = options.validate();
        let cycle_id: Option<i64> =
            self.conn.query_row(super::review::CYCLE_ID, [imported.cycle.trim()], |row| row.get(0)).optional()?;
        match cycle_id {
            None => problems.insert(0, FieldError::of("cycle", crate::msg!("invalid-no-cycle-named", cycle = imported.cycle.trim()))),
            Some(id) if read(self.conn, id)?.is_some() => problems.insert(
                0,
                FieldError::of("cycle", crate::msg!("invalid-document-options-taken", cycle = imported.cycle.trim())),
            ),
            Some(_) => {}
        }
        let Some(cycle_id) = cycle_id.filter(|_| problems.is_empty()) else {
            return Err(Error::Invalid(problems));
        };
        let o = options.trimmed();
        write(self.conn, cycle_id, &o, &self.author, &self.at, Replace::No)
    }
}
