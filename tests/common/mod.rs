//! The one harness of the process-level tests: a folder with a database in it, and the
//! `cxo-review` binary run as users and scripts run it.
#![allow(dead_code)] // Each test crate uses part of it.

use std::path::{Path, PathBuf};

use tempfile::TempDir;

pub struct Workspace {
    pub dir: TempDir,
}

impl Workspace {
    /// A folder with an empty database in it (`cxo-review init`).
    pub fn new() -> Self {
        let ws = Workspace::empty();
        ws.run(&["init"]).success();
        ws
    }

    /// The same, filled with the demo data.
    pub fn demo() -> Self {
        let ws = Workspace::new();
        ws.run(&["demo"]).success();
        ws
    }

    /// A folder with no database in it.
    pub fn empty() -> Self {
        Workspace { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("review.sqlite")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, content).expect("write fixture");
        path
    }

    /// Imports `content` as `kind` from a file called `name`.
    pub fn import(&self, kind: &str, name: &str, content: impl AsRef<[u8]>) -> Output {
        let path = self.file(name, content);
        self.run(&["import", kind, path.to_str().expect("UTF-8 path")])
    }

    pub fn organizations(&self) -> usize {
        self.query("SELECT count(*) FROM organization")
    }

    /// One number read from the database with plain SQL, beside the product.
    pub fn query(&self, sql: &str) -> usize {
        let conn = rusqlite::Connection::open(self.db()).expect("open the database");
        conn.query_row(sql, [], |row| row.get::<_, i64>(0)).expect("query") as usize
    }

    /// Changes the database behind the product's back, as the sqlite3 shell would.
    pub fn execute(&self, sql: &str) {
        let conn = rusqlite::Connection::open(self.db()).expect("open the database");
        conn.execute_batch(sql).expect("tamper with the database");
    }

    /// `cxo-review --db <this workspace's db> args…`
    pub fn run(&self, args: &[&str]) -> Output {
        run_with_db(&self.db(), args)
    }

    /// The whole database as exported to JSON (through file `name` of the workspace).
    pub fn export(&self, name: &str) -> String {
        let out = self.path(name);
        self.run(&["export", "json", "--out", out.to_str().expect("UTF-8 path")]).success();
        std::fs::read_to_string(out).expect("read the export")
    }
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn success(self) -> Self {
        assert_eq!(self.code, 0, "expected success\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }

    /// Exit code 2: the user's input (or file) is at fault.
    pub fn invalid(self) -> Self {
        assert_eq!(self.code, 2, "expected exit code 2\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }

    /// Whatever the outcome, the process did not panic.
    pub fn no_panic(self) -> Self {
        assert_ne!(self.code, 101, "the process panicked\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        assert!(!self.stderr.contains("panicked"), "the process panicked\nstderr:\n{}", self.stderr);
        self
    }

    /// Exit code 1: a failure that is not the input's fault.
    pub fn failure(self) -> Self {
        assert_eq!(self.code, 1, "expected exit code 1\nstdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }
}

/// The `cxo-review` command, with `CXO_REVIEW_DB` cleared.
pub fn command() -> std::process::Command {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("cxo-review"));
    command.env_remove("CXO_REVIEW_DB");
    command
}

pub fn run_with_db(db: &Path, args: &[&str]) -> Output {
    let output = command().arg("--db").arg(db).args(args).output().expect("run cxo-review");
    Output {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A small deterministic generator (xorshift64*), so that randomised tests repeat exactly.
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Self {
        Random(seed.max(1))
    }

    pub fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % bound.max(1)
    }
}

/// `path` with `suffix` appended to its file name (`d.sqlite` + `-wal`).
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// Names in `dir` that are not hidden: leftovers of interrupted writes must be hidden
/// temporary files, never a file under the name asked for.
pub fn visible_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
}
