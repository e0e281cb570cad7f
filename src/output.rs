//! Files the product writes for its users (exports, summaries, tables): never over the open
//! database, its journal or any other SQLite database, and never half-written — the content
//! goes to a temporary file beside the target, which replaces the target only when complete.

use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::storage::{partial_beside, sibling, Store};

/// Writes a file for the user at `path` through `write`, replacing any earlier export there.
/// Refused (and nothing written) when `path` is the open database or one of its companion
/// files, another SQLite database, or a folder.
pub fn write_file(store: &Store, path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    write_beside(store.path(), path, write)
}

/// Writes `bytes` to `path` as [`write_file`] does, where no database is open (a reviewer's
/// package on their own machine).
pub fn write_alone(path: &Path, bytes: &[u8]) -> Result<()> {
    write_beside(None, path, |out| out.write_all(bytes).map_err(|e| Error::io(path, e)))
}

/// Whether `a` and `b` name the same file (through links or other spellings of the path);
/// false when either does not exist.
pub fn is_same_file(a: &Path, b: &Path) -> bool {
    a.exists() && absolute(a).is_some_and(|a| absolute(b) == Some(a))
}

fn write_beside(database: Option<&Path>, path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    guard(database, path)?;
    let partial = partial_beside(path)?;
    {
        let mut out = BufWriter::new(partial.as_file());
        write(&mut out).map_err(|e| match e {
            // A writer's failure (a full disk) reaches here inside a JSON error: said as the
            // file's, not as a defect of the product.
            Error::Json(e) if e.is_io() => Error::io(path, std::io::Error::from(e)),
            other => other,
        })?;
        out.flush().map_err(|e| Error::io(path, e))?;
    }
    partial.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    keep_usual_permissions(partial.path(), path);
    partial.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Writes `bytes` to `path` as [`write_file`] does.
pub fn write_bytes(store: &Store, path: &Path, bytes: &[u8]) -> Result<()> {
    write_file(store, path, |out| out.write_all(bytes).map_err(|e| Error::io(path, e)))
}

/// Refuses `target` when it is the open database or one of its working files (its `-wal`,
/// `-shm`, `-journal`, writer's note or damage mark), whether or not that file exists now:
/// a backup or a copy made under such a name would be taken for, or overwritten as, one.
pub fn refuse_working_file(database: Option<&Path>, target: &Path) -> Result<()> {
    let refuse = |reason: &str| Err(Error::UnsafeOutput { path: target.to_path_buf(), reason: reason.to_string() });
    if let (Some(database), Some(target_abs)) = (database.and_then(absolute), absolute(target)) {
        if target_abs == database {
            return refuse("is the open database");
        }
        for suffix in ["-wal", "-shm", "-journal", "-writer", ".damaged"] {
            if target_abs == sibling(&database, suffix) {
                return refuse("is a working file of the open database");
            }
        }
    }
    Ok(())
}

/// Refuses `path` as [`write_file`] would, before anything else is done for it.
pub fn check_target(store: &Store, path: &Path) -> Result<()> {
    guard(store.path(), path)
}

/// Refuses targets whose overwriting would destroy data the product keeps.
fn guard(database: Option<&Path>, target: &Path) -> Result<()> {
    if target.is_dir() {
        return Err(Error::UnsafeOutput { path: target.to_path_buf(), reason: "is a folder".into() });
    }
    refuse_working_file(database, target)?;
    let refuse = |reason: &str| Err(Error::UnsafeOutput { path: target.to_path_buf(), reason: reason.to_string() });
    if is_sqlite_file(target) {
        return refuse("is a database; exports never overwrite one");
    }
    Ok(())
}

/// The absolute, symlink-resolved form of `path`, also for a file that does not exist yet
/// (its folder resolved, its name kept).
fn absolute(path: &Path) -> Option<PathBuf> {
    if let Ok(resolved) = path.canonicalize() {
        return Some(resolved);
    }
    let name = path.file_name()?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    folder.canonicalize().ok().map(|folder| folder.join(name))
}

fn is_sqlite_file(path: &Path) -> bool {
    let mut header = [0u8; 16];
    std::fs::File::open(path).and_then(|mut file| file.read_exact(&mut header)).is_ok() && &header == b"SQLite format 3\0"
}

/// A temporary file is private (0600); the export gets the permissions the file it replaces had,
/// or those of a newly created file.
fn keep_usual_permissions(partial: &Path, target: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(target).map(|m| m.permissions().mode()).unwrap_or(0o644);
        let _ = std::fs::set_permissions(partial, std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = (partial, target);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Store;

    #[test]
    fn the_open_database_and_its_companions_are_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("d.sqlite");
        let store = Store::create_database(&db).unwrap();
        let before = std::fs::read(&db).unwrap();
        for target in [db.clone(), dir.path().join("d.sqlite-wal"), dir.path().join("./d.sqlite")] {
            let error = write_bytes(&store, &target, b"a,b\n").unwrap_err();
            assert!(matches!(error, Error::UnsafeOutput { .. }), "{target:?}: {error}");
        }
        assert_eq!(std::fs::read(&db).unwrap(), before);

        let other = dir.path().join("other.sqlite");
        drop(Store::create_database(&other).unwrap());
        let error = write_bytes(&store, &other, b"x").unwrap_err();
        assert!(error.to_string().contains("is a database"), "{error}");

        let export = dir.path().join("out.csv");
        write_bytes(&store, &export, b"one").unwrap();
        write_bytes(&store, &export, b"two").unwrap();
        assert_eq!(std::fs::read(&export).unwrap(), b"two");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn a_failed_export_leaves_the_earlier_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::storage::Store::for_tests();
        let export = dir.path().join("out.json");
        write_bytes(&store, &export, b"earlier").unwrap();
        let error = write_file(&store, &export, |out| {
            out.write_all(b"half").map_err(|e| Error::io("x", e))?;
            Err(Error::Precondition(crate::msg!("precondition-not-team")))
        });
        assert!(error.is_err());
        assert_eq!(std::fs::read(&export).unwrap(), b"earlier");
    }
}
