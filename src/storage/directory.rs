//! SQL for organizations and people.

use super::db::{params, Connection};

use super::{delete_row, ensure_unique, resolve, Entity, ONE_OR_ALL};
use crate::error::{Error, Result};
use crate::model::{Organization, Person, Record};

pub(crate) const ORGANIZATION_ID: &str = "SELECT id FROM organization WHERE name = ?1";
pub(crate) const PERSON_ID: &str = "SELECT id FROM person WHERE name = ?1";

fn check_organization(conn: &Connection, org: &Organization, id: Option<i64>) -> Result<()> {
    ensure_unique(conn, ORGANIZATION_ID, &org.name, id, "name", || {
        crate::msg!("invalid-organization-taken", name = org.name.trim())
    })?;
    if let Some(country) = &org.country {
        resolve(conn, "SELECT 1 FROM country WHERE code = ?1", country, "country", "country code")?;
    }
    Ok(())
}

impl Entity for Organization {
    const TABLE: &'static str = "organization";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        check_organization(conn, self, None)?;
        conn.prepare_cached("INSERT INTO organization (name, category, country) VALUES (?1, ?2, ?3)")?
            .execute(params![self.name.trim(), self.category, self.country])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        check_organization(conn, self, Some(id))?;
        conn.execute(
            "UPDATE organization SET name = ?2, category = ?3, country = ?4 WHERE id = ?1",
            params![id, self.name.trim(), self.category, self.country],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "organization", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!("SELECT t.id, t.name, t.category, t.country FROM organization t WHERE {ONE_OR_ALL} ORDER BY t.id");
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record {
                id: row.get(0)?,
                data: Organization { name: row.get(1)?, category: row.get(2)?, country: row.get(3)? },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}

fn person_organization(conn: &Connection, person: &Person, id: Option<i64>) -> Result<i64> {
    ensure_unique(conn, PERSON_ID, &person.name, id, "name", || {
        crate::msg!("invalid-person-taken", name = person.name.trim())
    })?;
    resolve(conn, ORGANIZATION_ID, &person.organization, "organization", "organization")
}

impl Entity for Person {
    const TABLE: &'static str = "person";

    fn insert(&self, conn: &Connection) -> Result<i64> {
        let organization_id = person_organization(conn, self, None)?;
        conn.prepare_cached(
            "INSERT INTO person (name, role, title, organization_id, email, phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![self.name.trim(), self.role, self.title, organization_id, self.email, self.phone])?;
        Ok(conn.last_insert_rowid()?)
    }

    fn update(&self, conn: &Connection, id: i64) -> Result<()> {
        let organization_id = person_organization(conn, self, Some(id))?;
        conn.execute(
            "UPDATE person SET name = ?2, role = ?3, title = ?4, organization_id = ?5, email = ?6, phone = ?7
             WHERE id = ?1",
            params![id, self.name.trim(), self.role, self.title, organization_id, self.email, self.phone],
        )?;
        Ok(())
    }

    fn delete(conn: &Connection, id: i64) -> Result<()> {
        delete_row(conn, "person", id)
    }

    fn load(conn: &Connection, id: Option<i64>) -> Result<Vec<Record<Self>>> {
        let sql = format!(
            "SELECT t.id, t.name, t.role, t.title, o.name, {}, {}
             FROM person t JOIN organization o ON o.id = t.organization_id
             WHERE {ONE_OR_ALL} ORDER BY t.id",
            conn.confidential("t.email", "CAST(NULL AS TEXT)"),
            conn.confidential("t.phone", "CAST(NULL AS TEXT)"),
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![id], |row| {
            Ok(Record {
                id: row.get(0)?,
                data: Person {
                    name: row.get(1)?,
                    role: row.get(2)?,
                    title: row.get(3)?,
                    organization: row.get(4)?,
                    email: row.get(5)?,
                    phone: row.get(6)?,
                },
            })
        })?;
        rows.collect::<super::db::Result<_>>().map_err(Error::from)
    }
}
