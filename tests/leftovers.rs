//! What killed writes leave beside a database — hidden partial files of exports, backups and
//! copies, a writer's note whose process is gone, a backup's log nothing uses — is removed by
//! the next command and by `check`, which say what they removed; a file another process still
//! holds, and anything not the product's, is left alone.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::Workspace;

/// A process id that is no longer running.
fn gone_pid() -> u32 {
    let mut child = Command::new("true").spawn().expect("true runs");
    let pid = child.id();
    child.wait().unwrap();
    pid
}

/// Dates the files an hour back, as leftovers of an earlier day are: a file touched in the
/// last seconds may be a write between closing and renaming its partial file.
fn age(paths: &[&PathBuf]) {
    let status = Command::new("touch").arg("-d").arg("1 hour ago").args(paths).status().expect("touch runs");
    assert!(status.success());
}

#[cfg(target_os = "linux")]
#[test]
fn leftovers_are_removed_and_said_and_a_held_one_and_foreign_files_stay() {
    let ws = Workspace::demo();
    let backup = PathBuf::from(ws.run(&["backups", "create"]).success().stdout.trim().strip_prefix("backed up to ").unwrap());
    let backups = backup.parent().unwrap().to_path_buf();
    let backup_name = backup.file_name().unwrap().to_string_lossy().into_owned();

    // As killed writes leave them: an export's and a backup's partial files, a copy's partial
    // database with its log, a writer's note of a process that is gone, a backup's log.
    let export_partial = ws.file(".review.sqlite.Ab12Cd.partial", vec![0u8; 50_000]);
    let backup_partial = backups.join(format!(".{backup_name}.Xy34Zw.partial"));
    std::fs::write(&backup_partial, vec![0u8; 80_000]).unwrap();
    let copy_partial = ws.path(".copy.sqlite.4242-17.partial");
    std::fs::copy(&backup, &copy_partial).unwrap();
    let copy_log = ws.file(".copy.sqlite.4242-17.partial-journal", b"journal");
    let note = ws.file("review.sqlite-writer", format!("an import (process {}), since 2026-12-01 10:00:00", gone_pid()));
    let backup_wal = common::sibling(&backup, "-wal");
    let backup_shm = common::sibling(&backup, "-shm");
    std::fs::write(&backup_wal, b"").unwrap();
    std::fs::write(&backup_shm, b"").unwrap();
    // Left alone: a partial file another process holds open, and files that are not ours.
    let held = ws.file(".review.sqlite.Hold99.partial", b"being written");
    let mut holder = Command::new("sleep")
        .arg("30")
        .stdin(Stdio::from(std::fs::File::open(&held).unwrap()))
        .spawn()
        .expect("sleep runs");
    let foreign = ws.file(".someone-else.iso.partial", b"not ours");
    let live_note = ws.path("other.sqlite-writer");
    std::fs::write(&live_note, format!("an import (process {}), since now", std::process::id())).unwrap();

    let fresh = ws.file(".review.sqlite.Now777.partial", b"closed an instant ago, about to be renamed");
    age(&[&export_partial, &backup_partial, &copy_partial, &copy_log, &note, &backup_wal, &backup_shm, &held, &foreign, &live_note]);

    let out = ws.run(&["stats"]).success();
    holder.kill().unwrap();
    holder.wait().unwrap();
    for gone in [&export_partial, &backup_partial, &copy_partial, &copy_log, &note, &backup_wal, &backup_shm] {
        assert!(!gone.exists(), "{} is removed: {}", gone.display(), out.stderr);
        assert!(out.stderr.contains(&format!("note: removed {}", gone.display())), "{} is said: {}", gone.display(), out.stderr);
    }
    for kept in [&held, &fresh, &foreign, &live_note, &backup] {
        assert!(kept.exists(), "{} stays", kept.display());
    }
    assert_eq!(common::run_with_db(&backup, &["check"]).code, 0, "the backup is sound after its log was written into it");

    // `check` removes and says them too, its verdict still first.
    let again = ws.file(".review.sqlite.Ef56Gh.partial", b"killed export");
    age(&[&again]);
    let check = ws.run(&["check"]).success();
    assert!(!again.exists());
    assert!(check.stdout.starts_with("ok"), "{}", check.stdout);
    assert!(check.stderr.contains(&format!("note: removed {}", again.display())), "{}", check.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn killed_backups_leave_nothing_hidden_once_the_next_command_ran() {
    let ws = Workspace::new();
    ws.run(&["demo", "--scale", "1y"]).success();
    let backups = ws.path("backups");
    let mut random = common::Random::new(23);
    let mut killed = 0;
    for _ in 0..10 {
        let mut child = common::command()
            .arg("--db")
            .arg(ws.db())
            .args(["backups", "create"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(random.below(40)));
        if matches!(child.try_wait(), Ok(None)) {
            killed += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    let hidden = |dir: &std::path::Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('.')).collect()
    };
    let left = hidden(&backups);
    age(&left.iter().collect::<Vec<_>>());
    let check = ws.run(&["check"]).success();
    assert!(hidden(&backups).is_empty(), "hidden files stay: {:?}\n{}", hidden(&backups), check.stderr);
    assert_eq!(check.stderr.matches("note: removed").count(), left.len(), "{}", check.stderr);
    for backup in std::fs::read_dir(&backups).unwrap().map(|e| e.unwrap().path()) {
        assert!(backup.extension().is_some_and(|e| e == "sqlite"), "{} is a backup", backup.display());
        assert!(common::run_with_db(&backup, &["check"]).success().stdout.starts_with("ok"), "{} is whole", backup.display());
    }
    println!("backups create killed: {killed} of 10 before finishing; {} hidden file(s) left, all removed by `check`", left.len());
    assert!(killed > 0, "the delays should catch backups under way");
}
