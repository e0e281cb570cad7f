//! The database file itself, before and around the connection: what a file is, told without
//! changing a byte of it; whether it can be written; the note a long write leaves for whoever
//! waits behind it; and the mark an SQLite corruption error leaves for the next start.
//!
//! What this module does not know: the schema (it reads three header values), or records.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

/// What a file on disk is, as far as CxO Review is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Identity {
    /// Zero bytes: a file made by "New database" that was never written, safe to set up.
    Empty,
    /// A CxO Review database at this schema version.
    CxoReview { version: i64 },
    /// An SQLite database with no tables and no marks: safe to set up.
    BlankSqlite,
}

/// How a file was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// The file, its folder or its medium cannot be written: reading works, writes are refused.
    ReadOnly,
}

/// The first bytes of every SQLite database file.
pub(crate) const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Up to the first 100 bytes of the file at `path` — an SQLite database's header, whose fields
/// are read by their offsets — or none when the file cannot be read.
pub(crate) fn header_bytes(path: &Path) -> Vec<u8> {
    let mut header = Vec::with_capacity(100);
    let _ = std::fs::File::open(path).and_then(|f| f.take(100).read_to_end(&mut header));
    header
}

/// Reads what `path` is through a read-only connection (which never changes the file: no WAL
/// switch, no migration), refusing files that are not CxO Review databases or are newer than
/// this build. `application_id` and `schema_version` are the marks CxO Review writes.
pub(crate) fn identify(path: &Path, application_id: i64, schema_version: i64) -> Result<Identity> {
    let name = path.display().to_string();
    let mut header = Vec::with_capacity(16);
    std::fs::File::open(path)
        .map_err(|e| Error::io(path, e))?
        .take(16)
        .read_to_end(&mut header)
        .map_err(|e| Error::io(path, e))?;
    if header.is_empty() {
        return Ok(Identity::Empty);
    }
    if header != SQLITE_MAGIC {
        return Err(Error::wrong_file(name, "is not a CxO Review database (not an SQLite file)"));
    }
    identity_of(&read_only_connection(path)?, &name, application_id, schema_version)
}

/// What the database behind `conn` is, from the marks CxO Review writes; refuses a foreign
/// database and one newer than this build. `name` names it in messages.
pub(crate) fn identity_of(conn: &Connection, name: &str, application_id: i64, schema_version: i64) -> Result<Identity> {
    let found_id: i64 = conn.query_row("PRAGMA application_id", (), |row| row.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", (), |row| row.get(0))?;
    let has_schema: bool = conn.query_row("SELECT count(*) > 0 FROM sqlite_schema", (), |row| row.get(0))?;
    if found_id != application_id {
        if version > 0 || has_schema {
            return Err(Error::wrong_file(name, "is a SQLite database, but not one of CxO Review"));
        }
        return Ok(Identity::BlankSqlite);
    }
    if version > schema_version {
        return Err(Error::NewerSchema { path: name.to_string(), found: version, supported: schema_version });
    }
    Ok(Identity::CxoReview { version })
}

/// A connection that cannot write. A WAL database in a folder this process cannot write has no
/// shared-memory file to read through; it is then opened as immutable (nobody can be writing
/// to a file nobody can write).
pub(crate) fn read_only_connection(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    // A file another program holds (a restore) is waited for, as a writer would be, and never
    // read around its lock as immutable.
    conn.busy_timeout(crate::storage::WRITE_WAIT)?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", (), |_| Ok(())) {
        Ok(()) => return Ok(conn),
        Err(rusqlite::Error::SqliteFailure(e, message))
            if matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) =>
        {
            return Err(rusqlite::Error::SqliteFailure(e, message).into());
        }
        Err(_) => {}
    }
    drop(conn);
    let uri = format!("file:{}?immutable=1", uri_path(path));
    Ok(Connection::open_with_flags(uri, flags)?)
}

/// `path` as the path part of an SQLite URI (`?`, `#` and `%` escaped).
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            '%' => out.push_str("%25"),
            c => out.push(c),
        }
    }
    out
}

/// Whether this process can write `path` and create files beside it (SQLite's journal and WAL
/// live beside the database). Probing the folder creates and removes one temporary file.
pub(crate) fn access(path: &Path) -> Access {
    let file_writable = std::fs::OpenOptions::new().read(true).write(true).open(path).is_ok();
    let folder = folder_of(path);
    let folder_writable = tempfile::Builder::new().prefix(".cxo-review-probe").tempfile_in(&folder).is_ok();
    if file_writable && folder_writable {
        Access::ReadWrite
    } else {
        Access::ReadOnly
    }
}

/// The folder a path is in ("." for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `path` with `suffix` appended to its file name (`d.sqlite` + `-wal`).
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// A hidden temporary file beside `target` (`.NAME.XXXXXX.partial`), for content that replaces
/// `target` only when complete: on the same file system, so the final rename is atomic.
/// Dropped unrenamed, it is deleted; a killed process leaves only a hidden `.partial` file,
/// which the next write to the same target removes.
pub(crate) fn partial_beside(target: &Path) -> Result<tempfile::NamedTempFile> {
    super::leftovers::remove_partials_of(target);
    let folder = folder_of(target);
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(&folder)
        .map_err(|e| Error::io(&folder, e))
}

/// The note a long write (an import, a restore) leaves beside the database, so that a writer
/// that waits too long can say who holds the file. Removed when dropped.
pub(crate) struct WriterNote {
    path: Option<PathBuf>,
}

impl WriterNote {
    pub(crate) fn new(database: Option<&Path>, what: &str) -> WriterNote {
        let Some(database) = database else { return WriterNote { path: None } };
        let path = sibling(database, "-writer");
        let text = format!(
            "{what} (process {}), since {}",
            std::process::id(),
            chrono::Local::now().format("%Y-%m-%d %H:%M:%S")
        );
        // A note that cannot be written only makes a later message vaguer.
        let written = std::fs::write(&path, text).is_ok();
        WriterNote { path: written.then_some(path) }
    }
}

impl Drop for WriterNote {
    fn drop(&mut self) {
        if let Some(path) = &self.path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Who holds the write lock, as well as this process can tell.
pub(crate) fn lock_holder(database: &Path) -> String {
    match std::fs::read_to_string(sibling(database, "-writer")) {
        Ok(note) if !note.trim().is_empty() => note.trim().to_string(),
        _ => "another program (the app, or a cxo-review command)".to_string(),
    }
}

/// The mark left beside a database on which SQLite reported corruption.
pub(crate) fn damage_mark(database: &Path) -> PathBuf {
    sibling(database, ".damaged")
}

/// Leaves the damage mark (first sighting wins: its date says when trouble began).
pub(crate) fn mark_damaged(database: &Path, reason: &str) {
    let mark = damage_mark(database);
    if !mark.exists() {
        let text = format!("{}\n{reason}\n", chrono::Local::now().format("%Y-%m-%d %H:%M"));
        let _ = std::fs::write(mark, text);
    }
}

/// When and why the database was marked damaged, if it was.
pub(crate) fn damage(database: &Path) -> Option<(String, String)> {
    let text = std::fs::read_to_string(damage_mark(database)).ok()?;
    let mut lines = text.lines();
    let since = lines.next().unwrap_or_default().to_string();
    let reason = lines.next().unwrap_or("an SQLite corruption error").to_string();
    Some((since, reason))
}

/// A hidden name beside `target` for a database built before it takes `target`'s name
/// (`.NAME.PID-NANOS.partial`); no file is made.
pub(crate) fn partial_database_beside(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or_default();
    folder_of(target).join(format!(".{name}.{}-{nanos}.partial", std::process::id()))
}

/// Gives the closed database at `partial` the name `target`, which must still be free: synced,
/// then linked under the new name (which fails rather than replace a file made meanwhile) and
/// unlinked from the old.
pub(crate) fn publish_database(partial: &Path, target: &Path) -> Result<()> {
    std::fs::File::open(partial).and_then(|f| f.sync_all()).map_err(|e| Error::io(partial, e))?;
    std::fs::hard_link(partial, target).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            Error::invalid_because("file", crate::msg!("invalid-file-exists", path = target.display().to_string()))
        }
        _ => Error::io(target, e),
    })?;
    std::fs::remove_file(partial).map_err(|e| Error::io(partial, e))?;
    if let Ok(dir) = std::fs::File::open(folder_of(target)) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Removes a database this process made and gave up on, with the files SQLite and the product
/// keep beside it.
pub(crate) fn remove_database(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal", "-writer"] {
        let _ = std::fs::remove_file(sibling(path, suffix));
    }
}
