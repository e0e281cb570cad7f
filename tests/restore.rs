//! Restoring a backup, attacked as a hostile tester would with the CLI: while other processes
//! write, after a writer crashed with committed rows in the `-wal`, killed at random moments,
//! through a link, on a file with its own mode, on a read-only file, and undone. Nothing
//! acknowledged is lost, the file stays sound, and the kept copy holds what was replaced.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{command, Random, Workspace};

fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn organizations(db: &Path) -> BTreeSet<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare("SELECT name FROM organization").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

/// The demo database and a manual backup of it; returns the backup.
fn demo_with_backup(ws: &Workspace) -> PathBuf {
    let out = ws.run(&["backups", "create"]).success().stdout;
    PathBuf::from(out.trim().strip_prefix("backed up to ").expect("the backup's path"))
}

/// The copies kept of what restores replaced, oldest first.
fn before_restore_copies(ws: &Workspace) -> Vec<PathBuf> {
    before_restore_copies_beside(&ws.db())
}

#[test]
fn a_restore_while_others_write_loses_no_acknowledged_write_and_leaves_a_sound_file() {
    let ws = Workspace::demo();
    let backup = demo_with_backup(&ws);
    // Two processes write one organization at a time in a loop; meanwhile the backup is
    // restored three times. Each write reported saved must be in the final database or in a
    // copy kept of what a restore replaced.
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let files: Vec<(String, PathBuf)> = (0..30)
                .map(|n| {
                    let name = format!("Writer {w} Org {n}");
                    (name.clone(), ws.file(&format!("w{w}-{n}.csv"), format!("name,category,country\n{name},academia,CH\n")))
                })
                .collect();
            let db = ws.db();
            std::thread::spawn(move || {
                let mut saved = Vec::new();
                for (name, file) in files {
                    let out = command().arg("--db").arg(&db).args(["import", "organizations", s(&file)]).output().expect("run");
                    if out.status.success() {
                        saved.push(name);
                    } else {
                        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
                        assert!(!stderr.contains("panicked"), "{stderr}");
                    }
                }
                saved
            })
        })
        .collect();
    let mut restored = 0;
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(300));
        let out = ws.run(&["backups", "restore", s(&backup)]);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
        if out.code == 0 {
            restored += 1;
        } else {
            assert!(out.stderr.contains("close it there, then restore again"), "{}", out.stderr);
        }
    }
    let saved: Vec<String> = writers.into_iter().flat_map(|w| w.join().expect("writer")).collect();
    let mut everywhere = organizations(&ws.db());
    for copy in before_restore_copies(&ws) {
        assert_eq!(integrity(&copy), "ok", "{}", copy.display());
        everywhere.extend(organizations(&copy));
    }
    let lost: Vec<&String> = saved.iter().filter(|name| !everywhere.contains(*name)).collect();
    println!("restore under load: {restored} of 3 restores done, {} writes acknowledged, {} lost", saved.len(), lost.len());
    assert!(restored >= 1, "at least one restore found a moment between the writers");
    assert!(lost.is_empty(), "acknowledged writes lost: {lost:?}");
    assert_eq!(integrity(&ws.db()), "ok");
    ws.run(&["check"]).success();
}

#[test]
fn what_a_crashed_writer_left_in_the_wal_is_kept_and_an_undo_brings_it_back() {
    let ws = Workspace::demo();
    let backup = demo_with_backup(&ws);
    // A writer commits and crashes before its rows reach the file: the file and its -wal, as
    // it left them, are copied while its connection is still open (it never checkpoints).
    let crashed = ws.path("crashed.sqlite");
    {
        let conn = rusqlite::Connection::open(ws.db()).unwrap();
        conn.execute_batch("PRAGMA wal_autocheckpoint = 0;").unwrap();
        conn.execute("INSERT INTO organization (name, category, country) VALUES ('Only In The Log', 'academia', 'CH')", [])
            .unwrap();
        std::fs::copy(ws.db(), &crashed).unwrap();
        std::fs::copy(common::sibling(&ws.db(), "-wal"), common::sibling(&crashed, "-wal")).unwrap();
    }
    assert!(std::fs::metadata(common::sibling(&crashed, "-wal")).unwrap().len() > 0, "the rows are in the -wal only");

    let out = common::run_with_db(&crashed, &["backups", "restore", s(&backup)]).success().stdout;
    assert!(!organizations(&crashed).contains("Only In The Log"), "the backup's content is restored");
    let kept = before_restore_copies_beside(&crashed);
    assert_eq!(kept.len(), 1, "{out}");
    assert!(organizations(&kept[0]).contains("Only In The Log"), "the kept copy holds what sat in the -wal");

    // Undone: the kept copy restored gives back the row.
    common::run_with_db(&crashed, &["backups", "restore", s(&kept[0])]).success();
    assert!(organizations(&crashed).contains("Only In The Log"));
    assert_eq!(integrity(&crashed), "ok");
}

fn before_restore_copies_beside(db: &Path) -> Vec<PathBuf> {
    let folder = db.parent().unwrap().join("backups");
    let stem = db.file_stem().unwrap().to_string_lossy().into_owned();
    let mut copies: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(&format!("{stem}-")) && name.contains("-before-restore") && name.ends_with(".sqlite")
        })
        .collect();
    copies.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).unwrap());
    copies
}

#[test]
fn a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database_and_a_whole_kept_copy() {
    let ws = Workspace::demo();
    ws.run(&["import", "organizations", s(&ws.file("extra.csv", "name,category,country\nBefore Org,academia,CH\n"))]).success();
    let before = organizations(&ws.db());
    let backup = demo_with_backup(&ws);
    ws.run(&["import", "organizations", s(&ws.file("later.csv", "name,category,country\nLater Org,academia,CH\n"))]).success();
    let current = organizations(&ws.db());
    let restored_content = before;
    let mut random = Random::new(23);
    let mut outcomes = [0usize; 2];
    for _ in 0..12 {
        let mut child = command()
            .arg("--db")
            .arg(ws.db())
            .args(["backups", "restore", s(&backup)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(random.below(120)));
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(integrity(&ws.db()), "ok");
        let now = organizations(&ws.db());
        assert!(now == current || now == restored_content, "neither the old nor the restored content");
        outcomes[usize::from(now == restored_content)] += 1;
        for copy in before_restore_copies(&ws) {
            assert_eq!(integrity(&copy), "ok", "a kept copy under its final name is whole");
        }
        // Back to the current content for the next trial.
        if now == restored_content {
            let newest = before_restore_copies(&ws).pop().expect("a kept copy of the replaced content");
            ws.run(&["backups", "restore", s(&newest)]).success();
            assert_eq!(organizations(&ws.db()), current);
        }
    }
    println!("restore killed at random: 12 trials, {} left the old content, {} the restored", outcomes[0], outcomes[1]);
}

#[cfg(unix)]
#[test]
fn a_restore_writes_through_a_link_and_keeps_the_files_mode_and_refuses_a_read_only_one() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let ws = Workspace::demo();
    let backup = demo_with_backup(&ws);
    ws.run(&["import", "organizations", s(&ws.file("later.csv", "name,category,country\nLater Org,academia,CH\n"))]).success();

    // Through a link: the link stays a link, and the file it points to is restored.
    let link = ws.path("linked.sqlite");
    std::os::unix::fs::symlink(ws.db(), &link).unwrap();
    std::fs::set_permissions(ws.db(), std::fs::Permissions::from_mode(0o640)).unwrap();
    let owner = std::fs::metadata(ws.db()).unwrap().uid();
    common::run_with_db(&link, &["backups", "restore", s(&backup)]).success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert!(!organizations(&ws.db()).contains("Later Org"), "the linked file is restored");
    let metadata = std::fs::metadata(ws.db()).unwrap();
    assert_eq!(metadata.permissions().mode() & 0o777, 0o640, "the mode is kept");
    assert_eq!(metadata.uid(), owner, "the owner is kept");

    // A file made read-only is refused, unchanged.
    ws.run(&["import", "organizations", s(&ws.file("again.csv", "name,category,country\nAgain Org,academia,CH\n"))]).success();
    std::fs::set_permissions(ws.db(), std::fs::Permissions::from_mode(0o444)).unwrap();
    let refused = ws.run(&["backups", "restore", s(&backup)]);
    std::fs::set_permissions(ws.db(), std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("read-only") || refused.stderr.contains("read only"), "{}", refused.stderr);
    assert!(organizations(&ws.db()).contains("Again Org"), "nothing was restored");
}

#[test]
fn a_restore_while_the_database_is_held_open_waits_then_refuses_naming_the_holder() {
    let ws = Workspace::demo();
    let backup = demo_with_backup(&ws);
    let held = cxo_review::app::Session::open(&ws.db(), cxo_review::app::Opening::Existing).expect("open");
    let started = Instant::now();
    let refused = ws.run(&["backups", "restore", s(&backup)]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("close it there, then restore again"), "{}", refused.stderr);
    assert!(started.elapsed() >= Duration::from_secs(5), "it waited for the holder first");
    drop(held);
    ws.run(&["backups", "restore", s(&backup)]).success();
}

#[test]
fn a_backup_taken_while_others_write_finishes_while_they_still_write() {
    let ws = Workspace::demo();
    let db = ws.db();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writes = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let conn = rusqlite::Connection::open(&db).unwrap();
            conn.busy_timeout(Duration::from_secs(30)).unwrap();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                conn.execute("UPDATE organization SET name = name WHERE id = (SELECT min(id) FROM organization)", []).unwrap();
                n += 1;
            }
            n
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let out = ws.run(&["backups", "create"]);
    let took = started.elapsed();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let n = writes.join().expect("writer");
    out.success();
    println!("backup during steady writes: {:.2} s, {n} writes meanwhile", took.as_secs_f64());
    assert!(n > 0 && took < Duration::from_secs(10), "the backup finished within its bound while writes went on ({took:?})");
}
