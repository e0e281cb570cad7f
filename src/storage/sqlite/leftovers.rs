//! What killed writes leave beside a file, and their removal: the hidden `.partial` files of
//! exports, backups and copies (`.NAME.….partial`, with SQLite's `-wal`, `-shm` and `-journal`
//! of a copy's database), a `NAME-writer` note whose process is gone, and the `-wal`/`-shm` of a
//! backup in `backups/` that nothing has open.
//!
//! Only the product's own files, by their names, untouched for a while, and only those no
//! process holds open: on Linux each process's open files are read from `/proc`; where that
//! cannot be read, nothing is removed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::file::{folder_of, header_bytes, sibling, SQLITE_MAGIC};

/// Which files processes hold open, read once and only when a candidate is found: reading every
/// process's open files costs more than a command's usual work.
#[derive(Default)]
struct Holders {
    open: std::cell::OnceCell<Option<HashSet<PathBuf>>>,
}

impl Holders {
    /// Whether `path` is held open, touched too recently to be left over, or cannot be known
    /// to be free (no `/proc` to read).
    fn hold(&self, path: &Path) -> bool {
        touched_lately(path) || self.has_open(path)
    }

    /// Whether some process has `path` open (or that cannot be known).
    fn has_open(&self, path: &Path) -> bool {
        let Some(open) = self.open.get_or_init(open_files) else { return true };
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        open.contains(&real) || open.contains(path)
    }
}

/// Every file some process has open, as far as this process may see (`/proc/*/fd`); `None`
/// when `/proc` cannot be read (another system), so that nothing is taken for unused.
fn open_files() -> Option<HashSet<PathBuf>> {
    let mut open = HashSet::new();
    for process in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(fds) = std::fs::read_dir(process.path().join("fd")) else { continue };
        for fd in fds.flatten() {
            if let Ok(target) = std::fs::read_link(fd.path()) {
                open.insert(target);
            }
        }
    }
    (!open.is_empty()).then_some(open)
}

/// How long a file must have been left untouched before it counts as left over: a write closes
/// its partial file an instant before renaming it, and must not lose it in that instant.
const UNTOUCHED_FOR: std::time::Duration = std::time::Duration::from_secs(10);

/// Whether `path` was written less than [`UNTOUCHED_FOR`] ago (or its time cannot be read).
fn touched_lately(path: &Path) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(|modified| modified.elapsed().map_or(true, |age| age < UNTOUCHED_FOR))
        .unwrap_or(true)
}

/// Whether `path` is a CxO Review database by its header (a copy's partial database beside
/// the one it was made from, named after its own target).
fn is_our_database(path: &Path) -> bool {
    let header = header_bytes(path);
    header.starts_with(SQLITE_MAGIC) && header.get(68..72) == Some(&crate::storage::APPLICATION_ID_BYTES[..])
}

/// Whether the SQLite database at `path` is in WAL mode (its header's write version, byte 18).
fn is_in_wal_mode(path: &Path) -> bool {
    header_bytes(path).get(18) == Some(&2)
}

/// Whether `file` is a partial database a copy was building (`.NAME.PID-NANOS.partial`, named
/// after its own target), or its log: by the database's header, or, for a log whose database
/// is gone, by that name.
fn is_copy_partial(file: &str, path: &Path) -> bool {
    let Some(base) = [".partial-journal", ".partial-wal", ".partial-shm"].iter().find_map(|log| file.strip_suffix(log)) else {
        return is_our_database(path);
    };
    let database = path.with_file_name(format!("{base}.partial"));
    if database.exists() {
        return is_our_database(&database);
    }
    // `.NAME.` then `PID-NANOS`.
    base.rsplit('.').next().and_then(|tail| tail.split_once('-')).is_some_and(|(pid, nanos)| {
        !pid.is_empty() && !nanos.is_empty() && pid.bytes().chain(nanos.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// Whether the process a writer note names is gone.
fn writer_gone(note: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(note) else { return false };
    let pid = text.split("(process ").nth(1).and_then(|rest| rest.split(')').next()).and_then(|pid| pid.trim().parse::<u32>().ok());
    match pid {
        Some(pid) => pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() && Path::new("/proc/self").exists(),
        None => false,
    }
}

const PARTIAL_ENDINGS: [&str; 4] = [".partial", ".partial-wal", ".partial-shm", ".partial-journal"];

/// Removes `path` and says so, with what it was and its size.
fn take(path: PathBuf, what: &str, removed: &mut Vec<String>) {
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or_default();
    if std::fs::remove_file(&path).is_ok() {
        removed.push(format!("removed {} ({what}, {bytes} bytes)", path.display()));
    }
}

/// The hidden partial files in `dir` that `is_ours` accepts and nothing holds, removed.
fn remove_partials(dir: &Path, holders: &Holders, is_ours: impl Fn(&str, &Path) -> bool, removed: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let partial = file.starts_with('.') && PARTIAL_ENDINGS.iter().any(|end| file.ends_with(end));
        if partial && is_ours(&file, &entry.path()) && !holders.hold(&entry.path()) {
            take(entry.path(), "left by an interrupted write", removed);
        }
    }
}

/// The stale partial files an earlier, killed write to `target` left beside it
/// (`.NAME.….partial`), removed before a new write to it; returns what was removed.
pub(crate) fn remove_partials_of(target: &Path) -> Vec<String> {
    let prefix = format!(".{}.", target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let mut removed = Vec::new();
    remove_partials(&folder_of(target), &Holders::default(), |file, _| file.starts_with(&prefix), &mut removed);
    removed
}

/// The product's leftovers beside `database` (and in its `backups` folder) that nothing holds,
/// removed; returns one sentence per file removed.
pub(crate) fn remove(database: &Path) -> Vec<String> {
    let holders = Holders::default();
    let name = database.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut removed = Vec::new();
    // Partial files beside the database: its own exports', and a copy's database (named after
    // its own target, known by its header). Every partial file in its backups folder.
    let prefix = format!(".{name}.");
    remove_partials(&folder_of(database), &holders, |file, path| file.starts_with(&prefix) || is_copy_partial(file, path), &mut removed);
    let backups = super::backups::folder(database);
    remove_partials(&backups, &holders, |_, _| true, &mut removed);
    // A writer note whose process is gone.
    let note = sibling(database, "-writer");
    if note.is_file() && writer_gone(&note) {
        take(note, "the note of a writer that is gone", &mut removed);
    }
    // A backup's -wal and -shm that nothing has open: the backup is opened and closed, which
    // writes what its -wal holds into it and removes both, as SQLite does for its last user.
    // Each backup once, whether it has a -wal, a -shm or both.
    let logged: std::collections::BTreeSet<String> = std::fs::read_dir(&backups)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let file = entry.file_name().to_string_lossy().into_owned();
            file.strip_suffix("-wal").or_else(|| file.strip_suffix("-shm")).map(str::to_string)
        })
        .collect();
    for base in &logged {
        let backup = backups.join(base);
        if !backup.is_file() || base.starts_with('.') {
            continue;
        }
        // The logs must be old and unused; the backup itself (however new) unused.
        let held = holders.has_open(&backup)
            || [sibling(&backup, "-wal"), sibling(&backup, "-shm")].iter().filter(|p| p.exists()).any(|p| holders.hold(p));
        if held {
            continue;
        }
        let before: Vec<PathBuf> = ["-wal", "-shm"].iter().map(|s| sibling(&backup, s)).filter(|p| p.exists()).collect();
        if !is_in_wal_mode(&backup) {
            // A backup in rollback mode never reads a -wal: these are no log of its.
            for path in before {
                take(path, "no log of the backup beside it", &mut removed);
            }
            continue;
        }
        if let Ok(conn) = rusqlite::Connection::open(&backup) {
            let _ = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()));
            drop(conn);
        }
        for path in before {
            if !path.exists() {
                removed.push(format!("removed {} (a backup's log, written into the backup)", path.display()));
            }
        }
    }
    removed.sort();
    removed
}
