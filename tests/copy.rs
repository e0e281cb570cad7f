//! `cxo-review copy` into a new file, attacked: killed at random moments and out of space. A
//! copy is built under a hidden name and takes the name asked for only when complete and
//! checked, so nothing half-made ever sits under that name, a retry works, and a failure says
//! its real cause.

mod common;
#[path = "common/gate.rs"]
mod gate;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use common::{command, visible_files, Random, Workspace};

fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

#[test]
fn a_copy_killed_at_any_moment_leaves_nothing_under_its_name_or_a_whole_copy_and_a_retry_works() {
    let ws = Workspace::demo();
    let out = ws.path("out");
    std::fs::create_dir_all(&out).unwrap();
    let target = out.join("copy.sqlite");
    let mut random = Random::new(4);
    let (mut nothing, mut whole) = (0, 0);
    for _ in 0..12 {
        let mut child = command()
            .args(["copy", "--from", s(&ws.db()), "--to", s(&target)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(20 + random.below(100)));
        let _ = child.kill();
        let _ = child.wait();
        if target.exists() {
            common::run_with_db(&target, &["check"]).success();
            whole += 1;
            std::fs::remove_file(&target).unwrap();
        } else {
            nothing += 1;
        }
        assert!(visible_files(&out).iter().all(|n| n == "copy.sqlite" || n == "backups"), "{:?}", visible_files(&out));
    }
    println!("copy killed at random: 12 trials, {nothing} left nothing under the name, {whole} a whole copy, 0 anything else");
    let done = command().args(["copy", "--from", s(&ws.db()), "--to", s(&target)]).output().unwrap();
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    common::run_with_db(&target, &["check"]).success();
}

/// A small file system of its own (tmpfs), mounted for the test and unmounted after.
struct SmallDisk(std::path::PathBuf);

impl SmallDisk {
    fn mount(at: &Path, size: &str) -> Option<SmallDisk> {
        std::fs::create_dir_all(at).unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs", s(at)])
            .status()
            .is_ok_and(|status| status.success());
        gate::required(mounted.then_some(()), "permission to mount a small tmpfs (root)", "run the tests as root, as CI does")?;
        Some(SmallDisk(at.to_path_buf()))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_copy_and_a_backup_out_of_space_say_so_and_leave_nothing_behind() {
    let ws = Workspace::demo();
    let Some(disk) = SmallDisk::mount(&ws.path("small"), "256k") else { return };
    let target = disk.0.join("copy.sqlite");
    let copy = command().args(["copy", "--from", s(&ws.db()), "--to", s(&target)]).output().unwrap();
    let stderr = String::from_utf8_lossy(&copy.stderr);
    assert!(!copy.status.success(), "the demo does not fit in 256 KB");
    assert!(stderr.contains("disk is full") || stderr.contains("No space left"), "the real cause: {stderr}");
    assert!(!stderr.contains("savepoint"), "{stderr}");
    assert!(std::fs::read_dir(&disk.0).unwrap().next().is_none(), "nothing left behind: {:?}", visible_files(&disk.0));

    let backup = ws.run(&["backup", s(&disk.0.join("backup.sqlite"))]);
    assert_ne!(backup.code, 0);
    assert!(backup.stderr.contains("disk is full") || backup.stderr.contains("No space left"), "{}", backup.stderr);
    assert!(std::fs::read_dir(&disk.0).unwrap().next().is_none(), "nothing left behind: {:?}", visible_files(&disk.0));

    // The whole-database export, on a disk all but full: the file and the disk are named, not
    // an internal error of the JSON writer.
    let filler = disk.0.join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 250 * 1024]);
    let export = ws.run(&["export", "json", "--out", s(&disk.0.join("all.json"))]);
    assert_eq!(export.code, 1, "{}", export.stderr);
    assert!(export.stderr.contains("disk is full") || export.stderr.contains("No space left"), "{}", export.stderr);
    assert!(!export.stderr.contains("internal error"), "{}", export.stderr);
    std::fs::remove_file(&filler).unwrap();
    assert!(std::fs::read_dir(&disk.0).unwrap().next().is_none(), "nothing left behind: {:?}", visible_files(&disk.0));
}
