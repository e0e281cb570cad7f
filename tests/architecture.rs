//! The layers of the core point one way (docs/architecture.md), and the faces use only its
//! front door. Read from the source text, as rust-analyzer's tidy tests do: a module that
//! reaches upward, or a face that reaches storage, fails here with the file and the line.

use std::path::{Path, PathBuf};

/// The core's layers, lowest first, and the top-level modules in each.
const LAYERS: &[(&str, &[&str])] = &[
    ("model", &["error", "i18n", "model"]),
    ("storage", &["storage"]),
    ("analysis", &["agreement", "stats", "metrics", "review", "export", "package", "sheet"]),
    ("use cases", &["app", "import", "capture", "records", "check", "demo", "output"]),
];

/// What each layer may use besides itself: storage and analysis both stand on the model and
/// know nothing of each other, so that analysis stays pure and storage stays SQL.
const MAY_USE: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("storage", &["model"]),
    ("analysis", &["model"]),
    ("use cases", &["model", "storage", "analysis"]),
];

/// What the faces (CLI, desktop shell) may name in the core: the use cases, the model and the
/// errors, and the catalogues' messages; never storage, SQL or a connection.
const FACE_MAY_USE: &[&str] = &["app", "model", "error", "i18n", "msg", "Error", "ErrorCode", "ErrorReport", "FieldError", "Result", "RowError"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's code without its unit tests (a `#[cfg(test)]` item to the end of the file, or a
/// test module file), which may set up states through any layer.
fn code_of(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    if name == "tests.rs" || name == "testing.rs" {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    Some(match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => text[..at].to_string(),
        None => text,
    })
}

/// The top-level module of a file under src/ (None for lib.rs and the binary's files).
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
    let first = parts.next()?;
    let module = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    (!["lib", "main", "cli"].contains(&module.as_str())).then_some(module)
}

fn layer_of(module: &str) -> Option<&'static str> {
    LAYERS.iter().find(|(_, modules)| modules.contains(&module)).map(|(layer, _)| *layer)
}

/// Every `crate::name` (also inside `crate::{a, b::c}`) with its line.
fn references(code: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (index, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or("");
        let mut rest = line;
        while let Some(at) = rest.find(prefix) {
            let after = &rest[at + prefix.len()..];
            if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let name: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() {
                        found.push((index + 1, name));
                    }
                }
            } else {
                let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    found.push((index + 1, name));
                }
            }
            rest = after;
        }
    }
    found
}

/// The core's files under src/ (relative path, code without its tests).
fn core_files() -> Vec<(PathBuf, String)> {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .iter()
        .filter_map(|path| Some((path.strip_prefix(&src).ok()?.to_path_buf(), code_of(path)?)))
        .collect()
}

#[test]
fn no_module_uses_a_layer_above_it_or_beside_it() {
    let mut wrong = Vec::new();
    for (relative, code) in core_files() {
        let relative = relative.as_path();
        let Some(module) = module_of(relative) else { continue };
        let layer = layer_of(&module).unwrap_or_else(|| panic!("{}: module `{module}` is in no layer; add it to LAYERS", relative.display()));
        let allowed = MAY_USE.iter().find(|(l, _)| *l == layer).map(|(_, a)| *a).unwrap_or(&[]);
        for (line, name) in references(&code, "crate::") {
            let Some(target) = layer_of(&name) else { continue };
            if target != layer && !allowed.contains(&target) {
                wrong.push(format!("src/{}:{line}: the {layer} layer uses `crate::{name}` ({target})", relative.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "layers reached in the wrong direction:\n{}", wrong.join("\n"));
}

#[test]
fn sql_and_the_database_engine_stay_in_storage() {
    let mut wrong = Vec::new();
    for (relative, code) in core_files() {
        let relative = relative.as_path();
        if relative.starts_with("storage") {
            continue;
        }
        // The errors name `Error::Connection` (a server that cannot be reached), not a
        // connection; the engines' errors they receive already classified by storage.
        let in_error = relative.starts_with("error");
        for (index, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            for needle in ["rusqlite", "postgres::", "Connection", ".conn()", "SELECT ", "INSERT ", "UPDATE ", "DELETE FROM"] {
                if needle == "Connection" && in_error {
                    continue;
                }
                if line.contains(needle) {
                    wrong.push(format!("src/{}:{}: `{needle}` outside storage", relative.display(), index + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "SQL or the engine outside storage:\n{}", wrong.join("\n"));
}

#[test]
fn the_faces_use_only_the_front_door() {
    let mut files = vec![root().join("src/main.rs")];
    rust_files(&root().join("src/cli"), &mut files);
    rust_files(&root().join("src-tauri/src"), &mut files);
    assert!(files.len() > 3, "the faces' files are where this test looks");
    let mut wrong = Vec::new();
    for path in &files {
        let relative = path.strip_prefix(root()).expect("under the root");
        let code = std::fs::read_to_string(path).expect("readable");
        for (line, name) in references(&code, "cxo_review::") {
            if !FACE_MAY_USE.contains(&name.as_str()) {
                wrong.push(format!("{}:{line}: uses `cxo_review::{name}`", relative.display()));
            }
        }
        for (index, line) in code.lines().enumerate() {
            for needle in ["rusqlite", ".conn()", "Store"] {
                if contains_word(line, needle) {
                    wrong.push(format!("{}:{}: `{needle}`", relative.display(), index + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "the faces reach past the use cases:\n{}", wrong.join("\n"));
}

/// Whether `needle` stands in `line` as a word of its own (`Store`, not `Stored`).
fn contains_word(line: &str, needle: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(needle).any(|(at, _)| {
        let joined_before = needle.starts_with(word) && line[..at].chars().next_back().is_some_and(word);
        let joined_after = needle.ends_with(word) && line[at + needle.len()..].chars().next().is_some_and(word);
        !joined_before && !joined_after
    })
}

/// The checker itself finds what it must: a reference in a group, an upward one, a face's.
#[test]
fn the_reference_reader_sees_grouped_and_nested_paths() {
    let found = references("use crate::{model::Kind, storage::Store};\nlet x = crate::stats::table(&f);", "crate::");
    assert_eq!(
        found,
        [(1, "model".to_string()), (1, "storage".to_string()), (2, "stats".to_string())]
    );
    assert_eq!(layer_of("stats"), Some("analysis"));
    assert_eq!(module_of(Path::new("review/draft.rs")).as_deref(), Some("review"));
    assert_eq!(module_of(Path::new("cli/table.rs")), None);
    assert!(contains_word("let s: Store = x;", "Store") && !contains_word("Stored<T>", "Store"));
    assert!(contains_word("x.conn().query", ".conn()"));
}
