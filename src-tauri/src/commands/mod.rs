//! The commands the window invokes, one use case of [`cxo_review::app::Session`] each, and the
//! TypeScript bindings generated from them (`ui/src/lib/api/bindings.ts`): the commands' names,
//! arguments and results, and every type they use.

pub mod app;
pub mod directory;
pub mod files;
pub mod history;
pub mod sheets;
pub mod meetings;
pub mod packages;
pub mod records;
pub mod review;
pub mod trash;

use tauri_specta::{collect_commands, Builder};

/// Every command, for the invoke handler and for the bindings.
pub fn builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            app::app_info,
            app::integrity_warnings,
            app::set_language,
            app::system_language,
            app::shown,
            app::backups_list,
            app::backup_now,
            app::backup_database,
            app::restore_backup,
            app::open_database,
            app::connect_team_database,
            app::data_version,
            app::open_demo,
            meetings::dashboard,
            meetings::meetings,
            meetings::meeting_detail,
            meetings::capture_preview,
            meetings::capture_apply,
            meetings::swap_priorities,
            meetings::open_actions,
            meetings::contributions,
            meetings::people_matching,
            meetings::countries,
            records::records_list,
            records::record_get,
            records::record_create,
            records::record_update,
            records::record_delete,
            trash::trash_list,
            trash::trash_restore,
            trash::trash_empty,
            history::history,
            history::activity,
            history::record_history,
            history::history_restore,
            sheets::sheet_plan,
            sheets::sheet_import,
            sheets::undo_batch,
            sheets::sheet_mappings,
            sheets::sheet_mapping_save,
            directory::directory_duplicates,
            directory::directory_merge,
            review::cycles,
            review::cycle_summary,
            review::cycle_scores,
            review::save_score,
            review::draft_proposals,
            review::sign_off,
            review::sign_off_completeness,
            review::document_options,
            review::set_document_options,
            review::export_summary,
            review::indicators,
            review::objective_indicators,
            files::import_file,
            files::export_database,
            files::export_table,
            packages::review_package,
            packages::open_review_package,
            packages::close_review_package,
            packages::score_package,
            packages::return_scores,
            packages::issue_packages,
            packages::merge_return,
        ])
        .typ::<cxo_review::model::RecordTypes>()
        // What the menu's `open-place` event carries (src/menu.rs).
        .typ::<crate::recent::Place>()
        // Region labels come from the core, as a constant of the bindings.
        .constant("REGIONS", cxo_review::app::regions())
        // The record kinds and the history's causes, in their declarations' order, for the
        // Activity screen's filters.
        .constant("KINDS", cxo_review::model::Kind::ALL)
        .constant("CAUSES", cxo_review::model::history::Cause::ALL)
}

/// The TypeScript bindings of the commands. Two corrections to what specta writes: a stored
/// record (`cxo_review::model::Record<T>`, a record's fields beside its id) is exported as
/// `Stored<T> = T & { id: number }` — specta inlines the first record type it meets in place of
/// the flattened `T`, and the name `Record` would hide TypeScript's own `Record` from the
/// bindings' helpers.
#[cfg(test)]
fn bindings() -> String {
    use specta_typescript::{BigIntExportBehavior, Typescript};

    // 64-bit integers travel as JSON numbers: ids and counts stay far below 2^53.
    let typescript = Typescript::default().bigint(BigIntExportBehavior::Number);
    let text = builder().export_str(typescript).expect("the bindings could not be generated");
    let split = text.find("/** tauri-specta globals **/").expect("the bindings end with tauri-specta's helpers");
    let (types, helpers) = text.split_at(split);
    let start = types.find("export type Record<T> =").expect("stored records are exported");
    let tail = "& { id: number }";
    let end = start + types[start..].find(tail).expect("a stored record has an id") + tail.len();
    let types = format!("{}export type Record<T> = T & {{ id: number }}{}", &types[..start], &types[end..]);
    format!("{}{helpers}", sorted_constants(&rename_generic(&types, "Record<", "Stored<")))
}

/// `text` with its user-defined constants in the order of their names: tauri-specta keeps them
/// in a hash map, so that two runs may write them in two orders.
#[cfg(test)]
fn sorted_constants(text: &str) -> String {
    let (Some(start), Some(end)) = (text.find("/** user-defined constants **/"), text.find("/** user-defined types **/")) else {
        return text.to_string();
    };
    let mut constants: Vec<&str> = text[start..end].lines().filter(|l| l.starts_with("export const ")).collect();
    constants.sort_unstable();
    format!("{}/** user-defined constants **/\n\n{}\n\n{}", &text[..start], constants.join("\n"), &text[end..])
}

/// `text` with every `from` that starts a name replaced by `to`.
#[cfg(test)]
fn rename_generic(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let starts_name = !rest[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_');
        out.push_str(&rest[..at]);
        out.push_str(if starts_name { to } else { from });
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BINDINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/api/bindings.ts");

    /// Writes the UI's bindings; scripts/test.sh fails when they differ from the committed file.
    #[test]
    fn the_ui_bindings_are_generated_from_the_commands() {
        let text = bindings();
        assert!(text.contains("async saveScore("), "the commands are in the bindings");
        assert!(text.contains("export type ErrorCode ="), "the error codes are in the bindings");
        assert!(text.contains("export type Stored<T> = T & { id: number }"), "stored records are generic");
        assert!(text.contains("meeting: Stored<Meeting>;"), "stored records keep their type");
        std::fs::write(BINDINGS, text).expect("the bindings could not be written");
    }

    /// Every kind the records commands accept has its record type in `RecordTypes`.
    #[test]
    fn every_record_kind_has_its_record_type() {
        let text = bindings();
        let line = text.lines().find(|l| l.starts_with("export type RecordTypes =")).expect("RecordTypes is exported");
        for kind in cxo_review::app::RecordKind::ALL {
            let name = kind.as_str();
            assert!(line.contains(&format!(" {name}: ")) || line.contains(&format!(" \"{name}\": ")), "{name} in {line}");
        }
    }
}
