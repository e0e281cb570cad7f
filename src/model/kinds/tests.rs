//! Every kind declared in `record_kinds!` has all that a kind needs in the rest of the product;
//! a kind missing one fails here, naming the kind and what it lacks. This is the checklist of
//! docs/architecture.md, "Where to add a record kind", enforced.

use std::collections::BTreeSet;

use super::*;
use crate::import::columns;
use crate::model::TEAM_ACCESS;
use crate::storage::{trash, Entity, Store};

/// What a kind needs, said as the line of the checklist it fails.
fn missing_for(kind: Kind, store: &Store, cascades: &[(String, String)], formats: &str, bindings: &str) -> Vec<String> {
    let mut missing = Vec::new();
    // 1. Its record type, and the type's kind is this kind (one declaration makes both).
    if with_kind!(kind, E => <E as RecordType>::KIND) != kind {
        missing.push("its record type says another kind".to_string());
    }
    // 2. Its table and `Entity` in storage, readable on a new database (the migration ran).
    let table = with_kind!(kind, E => <E as Entity>::TABLE);
    if let Err(error) = with_kind!(kind, E => store.list::<E>().map(|_| ())) {
        missing.push(format!("its table `{table}` on a new database ({error})"));
    }
    // 2b. Its version, author and time of change: a form's save is checked against the
    //     version it loaded, and on a team database the server stamps them.
    if let Err(error) = store.kind_versions(kind) {
        missing.push(format!("the version columns of `{table}` (version, changed_by, changed_at): {error}"));
    }
    if let Some(stamped) = store.stamped_tables() {
        if !stamped.iter().any(|t| t == table) {
            missing.push(format!("the server's `stamped` trigger on `{table}` (migrations/postgres/)"));
        }
    }
    // 3. Its row in the team's access declaration (model::team::TEAM_ACCESS), from which the
    //    grants are made: without it no role could read or write it on a team database.
    if !TEAM_ACCESS.iter().any(|access| access.table == table) {
        missing.push(format!("a row for `{table}` in TEAM_ACCESS (src/model/team.rs)"));
    }
    // 4. The trash: what the database deletes with a record of this kind (its cascades to
    //    other kinds' tables) is listed in storage::trash's DELETED_WITH, so a restore brings
    //    it back; and its word in the trash's counts.
    for (child_table, _) in cascades.iter().filter(|(_, parent)| *parent == table) {
        let Some(child) = Kind::ALL.iter().copied().find(|k| with_kind!(*k, E => <E as Entity>::TABLE) == child_table) else {
            continue;
        };
        if !trash::kept_with(kind).contains(&child) {
            missing.push(format!("{child} in DELETED_WITH for {kind} (src/storage/trash.rs): deleting a {kind} record deletes its {child}"));
        }
        if crate::app::trash::counted(child, 2) == "2 records" {
            missing.push(format!("the word for {child} in the trash's counts (`counted`, src/app/trash.rs)"));
        }
    }
    // 5. Its import and export columns, read from the record type, each documented in its
    //    section of docs/formats.md, the required ones marked `*`.
    let (all, required) = with_kind!(kind, E => (columns::all::<E>(), columns::required::<E>()));
    match section_of(formats, kind.as_str()) {
        None => missing.push(format!("a `### {kind}` section in docs/formats.md")),
        Some(section) => {
            let words = words_of(section);
            for column in all {
                if !words.contains(*column) {
                    missing.push(format!("its column `{column}` in docs/formats.md"));
                } else if required.contains(column) && !section.contains(&format!("{column}*")) {
                    missing.push(format!("`{column}*` (required) in docs/formats.md"));
                }
            }
            for starred in starred_in(section, kind.as_str()) {
                let optional_but_refused = DOCUMENTED_REQUIRED_BY_VALIDATION.contains(&(kind, starred));
                if all.contains(&starred) && !required.contains(&starred) && !optional_but_refused {
                    missing.push(format!("`{starred}` marked required (*) in docs/formats.md, but a file may leave it out"));
                }
            }
        }
    }
    // 6. Its type in the UI's generated bindings (`cargo test -p cxo-review-app` writes them).
    let record_types = bindings.lines().find(|line| line.starts_with("export type RecordTypes")).unwrap_or("");
    let field = if kind.as_str().contains('-') { format!("\"{kind}\":") } else { format!("{kind}:") };
    if !record_types.contains(&field) {
        missing.push(format!("its field in RecordTypes in ui/src/lib/api/bindings.ts (regenerate with `cargo test -p cxo-review-app`)"));
    }
    missing
}

/// The text under the `###` heading of docs/formats.md that names `kind` (a heading may name
/// several kinds), up to the next heading.
fn section_of<'a>(formats: &'a str, kind: &str) -> Option<&'a str> {
    let mut at = 0;
    for line in formats.split_inclusive('\n') {
        if let Some(heading) = line.strip_prefix("### ") {
            let names: Vec<&str> = heading.split(|c: char| c == ',' || c == '(').map(str::trim).collect();
            if names.contains(&kind) {
                let start = at + line.len();
                let end = formats[start..].find("\n#").map_or(formats.len(), |e| start + e);
                return Some(&formats[start..end]);
            }
        }
        at += line.len();
    }
    None
}

/// Columns docs/formats.md marks required (`*`) that a file's header may leave out, since
/// validation then refuses every row: a contribution names at least one source organization.
const DOCUMENTED_REQUIRED_BY_VALIDATION: &[(Kind, &str)] = &[(Kind::Contributions, "sources")];

/// The columns marked `name*` in a section: in its row for `kind` when the section's table
/// has one row per kind (`| decisions | meeting*, text* |`), else anywhere in it.
fn starred_in<'a>(section: &'a str, kind: &str) -> Vec<&'a str> {
    let row = format!("| {kind} |");
    let lines: Vec<&str> = match section.lines().filter(|l| l.starts_with(&row)).collect::<Vec<_>>() {
        rows if rows.is_empty() => section.lines().collect(),
        rows => rows,
    };
    let mut starred = Vec::new();
    for line in lines {
        for (at, _) in line.match_indices('*') {
            let name = line[..at].rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next().unwrap_or("");
            if !name.is_empty() {
                starred.push(name);
            }
        }
    }
    starred
}

fn words_of(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect()
}

#[test]
fn every_kind_has_everything_a_kind_needs() {
    let store = Store::for_tests();
    let cascades = store.cascades();
    assert!(cascades.iter().any(|(child, parent)| child == "attendance" && parent == "meeting"), "{cascades:?}");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let formats = std::fs::read_to_string(root.join("docs/formats.md")).expect("docs/formats.md");
    let bindings = std::fs::read_to_string(root.join("ui/src/lib/api/bindings.ts")).expect("the UI's bindings");
    let missing: Vec<String> = Kind::ALL
        .iter()
        .flat_map(|kind| missing_for(*kind, &store, &cascades, &formats, &bindings).into_iter().map(move |m| format!("{kind}: {m}")))
        .collect();
    assert!(missing.is_empty(), "record kinds lack what a kind needs (docs/architecture.md, \"Where to add a record kind\"):\n{}", missing.join("\n"));
}

#[test]
fn the_checklist_finds_what_a_kind_lacks() {
    // The checks themselves, attacked: a documentation without the kind, and one whose table
    // lacks a column, are each reported.
    let store = Store::for_tests();
    let cascades = store.cascades();
    let bindings = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/api/bindings.ts")).unwrap();
    let found = missing_for(Kind::Decisions, &store, &cascades, "### meetings\n| key* |\n", &bindings);
    assert!(found.iter().any(|m| m.contains("a `### decisions` section")), "{found:?}");
    let found = missing_for(Kind::Decisions, &store, &cascades, "### priorities, decisions, actions\n| decisions | meeting* |\n", &bindings);
    assert!(found.iter().any(|m| m.contains("column `text`")), "{found:?}");
    let found = missing_for(Kind::Decisions, &store, &cascades, "### decisions\n| meeting*, text* |\n", "");
    assert!(found.iter().any(|m| m.contains("RecordTypes")), "{found:?}");
    let found = missing_for(Kind::Decisions, &store, &cascades, "### decisions\n| meeting*, text* |\n", &bindings);
    assert!(found.is_empty(), "{found:?}");
    let found = missing_for(Kind::Reviewers, &store, &cascades, "### reviewers\n| name*, affiliation*, email |\n", &bindings);
    assert!(found.iter().any(|m| m.contains("`affiliation` marked required")), "{found:?}");
    // A cascade to a kind the trash does not keep with its parent.
    let invented = vec![("score".to_string(), "meeting".to_string())];
    let found = missing_for(Kind::Meetings, &store, &invented, "", &bindings);
    assert!(found.iter().any(|m| m.contains("scores in DELETED_WITH for meetings")), "{found:?}");
}

/// The two lists of the declaration's output (kinds to types, types to kinds) agree, and the
/// document's sections are the kinds in import order.
#[test]
fn every_kind_maps_to_the_type_whose_kind_it_is() {
    for kind in Kind::ALL {
        assert_eq!(with_kind!(*kind, E => <E as RecordType>::KIND), *kind);
    }
    assert_eq!(SECTIONS.iter().map(|(_, kind)| *kind).collect::<Vec<_>>(), Kind::ALL);
    assert_eq!(SECTIONS.iter().find(|(_, kind)| *kind == Kind::ActionPlan).map(|(name, _)| *name), Some("action_plan"));
}
