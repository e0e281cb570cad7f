//! Rolling backups beside the database, as Zotero keeps them: made with SQLite's online backup
//! API (readers and writers carry on), before every schema upgrade, when due (once a day when
//! the app is idle or after a command wrote), and before a restore; a few of each kind kept.
//!
//! The backups of `…/review.sqlite` are `…/backups/review-2026-11-26-024500-daily.sqlite`:
//! the file name says which database, when and why, so the folder can be read by a person.
//! Every copy is written under a temporary name and renamed when complete: a backup that was
//! interrupted never looks like a good one.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use serde::Serialize;

use crate::storage::file;
use crate::error::{Error, Result};

/// How many backups of each reason are kept; older ones are deleted as new ones are made.
pub const KEEP: usize = 5;

/// How old the newest backup may grow before the next one is due.
pub const DUE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The regular copy, made when one is due.
    Daily,
    /// Asked for (`cxo-review backups create`, the Settings screen).
    Manual,
    /// Made before the schema was upgraded by a newer CxO Review.
    BeforeUpgrade,
    /// The database as it was before another backup was restored over it.
    BeforeRestore,
}

impl Reason {
    const ALL: [Reason; 4] = [Reason::Daily, Reason::Manual, Reason::BeforeUpgrade, Reason::BeforeRestore];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::Manual => "manual",
            Reason::BeforeUpgrade => "before-upgrade",
            Reason::BeforeRestore => "before-restore",
        }
    }
}

/// One backup file of a database.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Backup {
    #[specta(type = String)]
    pub path: PathBuf,
    /// Local time it was made, `YYYY-MM-DD HH:MM:SS`.
    pub made: String,
    pub reason: Reason,
    #[specta(type = f64)]
    pub bytes: u64,
}

/// The folder holding the backups of `database`.
pub fn folder(database: &Path) -> PathBuf {
    file::folder_of(database).join("backups")
}

fn stem(database: &Path) -> String {
    database.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "cxo-review".into())
}

/// The backups of `database`, newest first.
pub fn list(database: &Path) -> Result<Vec<Backup>> {
    let folder = folder(database);
    let entries = match std::fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&folder, e)),
    };
    let prefix = format!("{}-", stem(database));
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&folder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((made, reason, sequence)) = name.strip_prefix(&prefix).and_then(parse_name) else { continue };
        let metadata = entry.metadata().ok();
        let bytes = metadata.as_ref().map(|m| m.len()).unwrap_or_default();
        let modified = metadata.and_then(|m| m.modified().ok());
        found.push(((sequence, modified), Backup { path: entry.path(), made, reason, bytes }));
    }
    // The names' times sort as text; within one second, the name's number (`-2`, `-10`) says
    // which came later, then (backups of different reasons) the file's own time, then the name.
    found.sort_by(|(n, a), (m, b)| (&b.made, m, &b.path).cmp(&(&a.made, n, &a.path)));
    Ok(found.into_iter().map(|(_, backup)| backup).collect())
}

/// `2026-11-26-024500-daily.sqlite` (or `…-daily-2.sqlite`) → ("2026-11-26 02:45:00", Daily, 1)
/// (or 2: the backup's number within its second).
fn parse_name(rest: &str) -> Option<(String, Reason, u32)> {
    let rest = rest.strip_suffix(".sqlite")?;
    let (stamp, tail) = (rest.get(..17)?, rest.get(17..)?);
    let time = chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%d-%H%M%S").ok()?;
    let tail = tail.strip_prefix('-')?;
    let (reason, sequence) = Reason::ALL.into_iter().find_map(|r| {
        if tail == r.as_str() {
            return Some((r, 1));
        }
        let n = tail.strip_prefix(r.as_str())?.strip_prefix('-')?.parse::<u32>().ok()?;
        Some((r, n))
    })?;
    Some((time.format("%Y-%m-%d %H:%M:%S").to_string(), reason, sequence))
}

/// A new file name in the backup folder for a backup made now.
fn new_path(database: &Path, reason: Reason) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    let folder = folder(database);
    let base = format!("{}-{stamp}-{}", stem(database), reason.as_str());
    // After the highest number made this second, even if lower ones were pruned since: the
    // number orders backups made within one second.
    let highest = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&format!("{}-", stem(database)))?;
            let (_, found, n) = parse_name(rest)?;
            (found == reason && name.starts_with(&base)).then_some(n)
        })
        .max();
    match highest {
        None => folder.join(format!("{base}.sqlite")),
        Some(n) => folder.join(format!("{base}-{}.sqlite", n + 1)),
    }
}

/// Copies the database behind `source` to `target` with the online backup API: under a
/// temporary name first, renamed to `target` when complete and synced (never over an existing
/// file).
pub(crate) fn copy_to(source: &Connection, target: &Path) -> Result<()> {
    let partial = file::partial_beside(target)?;
    {
        let mut copy = Connection::open(partial.path())?;
        let backup = rusqlite::backup::Backup::new(source, &mut copy)?;
        // Every page in one step, inside one read transaction of the source: writers carry on
        // (they write to the -wal), and a copy taken in steps would start over after each of
        // their commits, never finishing while they write.
        match backup.step(-1)? {
            rusqlite::backup::StepResult::Done => {}
            other => return Err(Error::Internal(format!("the copy to {} stopped half-way ({other:?})", target.display()))),
        }
    }
    partial.as_file().sync_all().map_err(|e| Error::io(partial.path(), e))?;
    partial.persist_noclobber(target).map_err(|e| Error::io(target, e.error))?;
    sync_folder(&file::folder_of(target));
    Ok(())
}

/// Makes a rename durable; best effort (not every platform can open a folder).
fn sync_folder(folder: &Path) {
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// Makes a backup of the database open on `conn` (stored at `database`) and prunes old ones.
pub(crate) fn create(conn: &Connection, database: &Path, reason: Reason) -> Result<Backup> {
    let folder = folder(database);
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    let path = new_path(database, reason);
    copy_to(conn, &path)?;
    prune(database, reason)?;
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or_default();
    Ok(Backup { path, made: chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string(), reason, bytes })
}

/// Makes a backup of the file at `database` without opening it for writing (before an upgrade).
pub(crate) fn create_from_file(database: &Path, reason: Reason) -> Result<Backup> {
    let conn = file::read_only_connection(database)?;
    create(&conn, database, reason)
}

/// Deletes all but the newest [`KEEP`] backups made for `reason`. Of the backups made before
/// upgrades, the oldest of each schema version the newest do not hold stays too: an upgrade
/// interrupted again and again makes a backup each time, of a file already part-upgraded, and
/// must not prune the only copy of the file as it was before the first attempt.
fn prune(database: &Path, reason: Reason) -> Result<()> {
    let made: Vec<Backup> = list(database)?.into_iter().filter(|b| b.reason == reason).collect();
    let (newest, older) = made.split_at(made.len().min(KEEP));
    let mut kept_versions: std::collections::HashSet<Option<u32>> = std::collections::HashSet::new();
    if reason == Reason::BeforeUpgrade {
        kept_versions.extend(newest.iter().map(|b| schema_version_of(&b.path)));
    }
    // Oldest first, so that the first of a version the newest lack is the one kept.
    for old in older.iter().rev() {
        if reason == Reason::BeforeUpgrade && kept_versions.insert(schema_version_of(&old.path)) {
            continue;
        }
        std::fs::remove_file(&old.path).map_err(|e| Error::io(&old.path, e))?;
    }
    Ok(())
}

/// The schema version a backup holds, from SQLite's header (`user_version`, bytes 60–63);
/// `None` when it cannot be read.
fn schema_version_of(path: &Path) -> Option<u32> {
    let field: [u8; 4] = file::header_bytes(path).get(60..64)?.try_into().ok()?;
    Some(u32::from_be_bytes(field))
}

/// Whether a backup is due: none yet, or the newest is older than [`DUE_AFTER`].
pub fn is_due(database: &Path) -> Result<bool> {
    let newest = list(database)?.into_iter().next();
    let Some(newest) = newest else { return Ok(true) };
    let modified = std::fs::metadata(&newest.path).and_then(|m| m.modified()).map_err(|e| Error::io(&newest.path, e))?;
    Ok(modified.elapsed().map(|age| age >= DUE_AFTER).unwrap_or(false))
}

/// How long a restore waits for other programs to close the database before it refuses.
pub const RESTORE_WAIT: Duration = Duration::from_secs(10);

/// Replaces the database at `database` with the backup `backup`, after checking that the backup
/// is a sound CxO Review database; returns the copy kept of the replaced content (a
/// `before-restore` backup).
///
/// A restore is one exclusive write through SQLite, not a file swapped underneath: it takes the
/// database for itself (waiting up to [`RESTORE_WAIT`] for other programs to close it, then
/// refusing, naming who holds it), copies the current content — what sits in the `-wal` too —
/// into the kept backup, writes the backup's pages into the database in one transaction and
/// lets go. So a writer waiting meanwhile writes after the restore, on the restored content; a
/// restore killed half-way is rolled back by SQLite; the database stays the same file, reached
/// through the same link, with its mode and owner; and a file that may not be written is
/// refused. Only a file SQLite cannot open as a database at all is replaced as a file.
pub fn restore(database: &Path, backup: &Path, application_id: i64, schema_version: i64) -> Result<Backup> {
    match file::identify(backup, application_id, schema_version)? {
        file::Identity::CxoReview { .. } => {}
        _ => return Err(Error::wrong_file(backup.display().to_string(), "is not a CxO Review database")),
    }
    let source = file::read_only_connection(backup)?;
    let problems: Vec<String> = {
        let mut stmt = source.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        rows.collect::<rusqlite::Result<Vec<String>>>()?.into_iter().filter(|r| r != "ok").collect()
    };
    if !problems.is_empty() {
        return Err(Error::wrong_file(backup.display().to_string(), format!("is damaged too: {}", problems.join("; "))));
    }
    refuse_read_only(database)?;
    let folder = folder(database);
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    let kept = new_path(database, Reason::BeforeRestore);
    match take_exclusively(database)? {
        Some(mut live) => {
            copy_to(&live, &kept)?;
            let copy = rusqlite::backup::Backup::new(&source, &mut live)?;
            // All pages in one step: one write transaction, all or nothing.
            match copy.step(-1)? {
                rusqlite::backup::StepResult::Done => {}
                other => return Err(Error::Internal(format!("restoring {} stopped half-way ({other:?}); nothing was changed", database.display()))),
            }
            drop(copy);
            // Lets go as any connection does: the -wal stays while others have it open.
            live.pragma_update(None, "locking_mode", "NORMAL")?;
            live.query_row("SELECT count(*) FROM sqlite_schema", (), |_| Ok(()))?;
        }
        None => replace_unreadable_file(database, backup, &kept)?,
    }
    let _ = std::fs::remove_file(file::damage_mark(database));
    let bytes = std::fs::metadata(&kept).map(|m| m.len()).unwrap_or_default();
    Ok(Backup { path: kept, made: chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string(), reason: Reason::BeforeRestore, bytes })
}

/// A file nobody may write (mode 0444) is refused even for a user the system would let write
/// it: its owner made it read-only.
fn refuse_read_only(database: &Path) -> Result<()> {
    let Ok(metadata) = std::fs::metadata(database) else { return Ok(()) };
    if metadata.permissions().readonly() || std::fs::OpenOptions::new().write(true).open(database).is_err() {
        return Err(Error::ReadOnly { path: database.to_path_buf() });
    }
    Ok(())
}

/// A connection to `database` that holds it exclusively (SQLite's exclusive locking mode: no
/// other connection reads or writes until it lets go), once every other program has closed
/// it; `None` when the file is not a database SQLite can open.
///
/// It first reads in the normal mode, so that it shares the `-wal`'s index with everyone
/// else: a connection that entered exclusive mode before its first read would keep that index
/// to itself, and on closing delete the `-wal` and the index other programs still use.
fn take_exclusively(database: &Path) -> Result<Option<Connection>> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let live = Connection::open_with_flags(database, flags)?;
    live.busy_timeout(RESTORE_WAIT)?;
    let taken = live
        .query_row("SELECT count(*) FROM sqlite_schema", (), |_| Ok(()))
        .and_then(|()| live.pragma_update(None, "locking_mode", "EXCLUSIVE"))
        .and_then(|()| live.execute_batch("BEGIN IMMEDIATE; COMMIT;"));
    match taken {
        Ok(()) => Ok(Some(live)),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) =>
        {
            Err(Error::Precondition(crate::msg!("precondition-restore-open", path = database.display().to_string(), holder = file::lock_holder(database))))
        }
        Err(rusqlite::Error::SqliteFailure(e, _))
            if matches!(e.code, rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) =>
        {
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Replaces a file SQLite cannot read as a database (its header is damaged) with the backup, as
/// a file: the replaced bytes are kept first, and the new file takes the old one's place (the
/// link's target, when the database is reached through a link) with its mode.
fn replace_unreadable_file(database: &Path, backup: &Path, kept: &Path) -> Result<()> {
    let target = std::fs::canonicalize(database).map_err(|e| Error::io(database, e))?;
    copy_file_atomically(&target, kept)?;
    for suffix in ["-wal", "-shm"] {
        let stale = file::sibling(&target, suffix);
        if stale.exists() {
            std::fs::remove_file(&stale).map_err(|e| Error::io(&stale, e))?;
        }
    }
    let permissions = std::fs::metadata(&target).map_err(|e| Error::io(&target, e))?.permissions();
    let partial = file::partial_beside(&target)?;
    std::fs::copy(backup, partial.path()).map_err(|e| Error::io(backup, e))?;
    std::fs::set_permissions(partial.path(), permissions).map_err(|e| Error::io(partial.path(), e))?;
    partial.as_file().sync_all().map_err(|e| Error::io(partial.path(), e))?;
    partial.persist(&target).map_err(|e| Error::io(&target, e.error))?;
    sync_folder(&file::folder_of(&target));
    Ok(())
}

/// Copies a file byte for byte under a temporary name, then renames it into place.
fn copy_file_atomically(from: &Path, to: &Path) -> Result<()> {
    let partial = file::partial_beside(to)?;
    std::fs::copy(from, partial.path()).map_err(|e| Error::io(from, e))?;
    partial.as_file().sync_all().map_err(|e| Error::io(partial.path(), e))?;
    partial.persist_noclobber(to).map_err(|e| Error::io(to, e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_are_read_back() {
        assert_eq!(
            parse_name("2026-11-26-024500-daily.sqlite"),
            Some(("2026-11-26 02:45:00".to_string(), Reason::Daily, 1))
        );
        assert_eq!(
            parse_name("2026-11-26-024500-before-upgrade-3.sqlite"),
            Some(("2026-11-26 02:45:00".to_string(), Reason::BeforeUpgrade, 3))
        );
        assert_eq!(parse_name("2026-11-26-024500-daily.sqlite-wal"), None);
        assert_eq!(parse_name("2026-11-26-daily.sqlite"), None);
        assert_eq!(parse_name("2026-11-26-024500-other.sqlite"), None);
    }
}
