//! Quick capture: outcomes typed as lines during a meeting become records.
//!
//! ```text
//! DECISION: Invite TSAG to consider the priorities
//! ACTION: TSB | Send the communiqué to TSAG | due 2024-03-01
//! PRIORITY: Quantum-safe security
//! ```
//! Prefixes are case-insensitive; other lines are kept as notes of the preview and not saved.
//! Saving is all or nothing, like an import.

use serde::Serialize;

use crate::error::{Error, Result, RowError};
use crate::i18n::Message;
use crate::msg;
use crate::model::{parse_date, Action, ActionStatus, Decision, Priority};
use crate::storage::{Store, Purpose};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CaptureKind {
    Decision,
    Action,
    Priority,
    /// Not a capture line: shown, not saved.
    Skipped,
}

/// One line of the capture box, as the preview shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CaptureLine {
    /// 1-based line number in the box.
    pub line: u64,
    pub kind: CaptureKind,
    pub text: String,
    pub owner: Option<String>,
    #[specta(type = Option<String>)]
    pub due_date: Option<chrono::NaiveDate>,
    /// What is wrong with the line, if anything; nothing is saved while any line has one.
    pub error: Option<String>,
    /// The same as a message of the catalogues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_text: Option<Message>,
}

impl CaptureLine {
    /// Marks the line wrong: `problem` in English and as the catalogues word it.
    fn refuse(&mut self, problem: Message) {
        self.error = Some(problem.english());
        self.error_text = Some(problem);
    }
}

/// What saving created.
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct CaptureResult {
    pub decisions: usize,
    pub actions: usize,
    pub priorities: usize,
}

/// Reads the capture box into lines, without saving anything.
pub fn parse(text: &str) -> Vec<CaptureLine> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| parse_line(index as u64 + 1, line.trim()))
        .collect()
}

fn parse_line(line: u64, text: &str) -> CaptureLine {
    let mut result =
        CaptureLine { line, kind: CaptureKind::Skipped, text: text.to_string(), owner: None, due_date: None, error: None, error_text: None };
    let Some((prefix, rest)) = text.split_once(':') else { return result };
    let rest = rest.trim();
    match prefix.trim().to_ascii_uppercase().as_str() {
        "DECISION" => {
            result.kind = CaptureKind::Decision;
            result.text = rest.to_string();
        }
        "PRIORITY" => {
            result.kind = CaptureKind::Priority;
            result.text = rest.to_string();
        }
        "ACTION" => {
            result.kind = CaptureKind::Action;
            let parts: Vec<&str> = rest.split('|').map(str::trim).collect();
            match parts.as_slice() {
                [owner, text] => {
                    result.owner = Some(owner.to_string());
                    result.text = text.to_string();
                }
                [owner, text, due] => {
                    result.owner = Some(owner.to_string());
                    result.text = text.to_string();
                    let date = due.strip_prefix("due").map(str::trim).unwrap_or(due);
                    match parse_date(date) {
                        Ok(date) => result.due_date = Some(date),
                        Err(_) => result.refuse(msg!("capture-not-a-date", date = date.trim())),
                    }
                }
                _ => {
                    result.text = rest.to_string();
                    result.refuse(msg!("capture-action-form"));
                }
            }
            if result.owner.as_deref().is_some_and(str::is_empty) {
                result.refuse(msg!("capture-no-owner"));
            }
        }
        _ => return result,
    }
    if result.error.is_none() && result.text.is_empty() {
        result.refuse(msg!("capture-no-text"));
    }
    result
}

/// Saves the capture box as outcomes of the meeting `meeting_key`; nothing is saved if any line
/// is wrong, and every wrong line is reported.
pub fn apply(store: &mut Store, meeting_key: &str, text: &str) -> Result<CaptureResult> {
    let lines = parse(text);
    let errors: Vec<RowError> = lines
        .iter()
        .filter_map(|l| {
            l.error.as_ref().map(|e| RowError { line: l.line, column: None, message: e.clone(), text: l.error_text.clone() })
        })
        .collect();
    if !errors.is_empty() {
        return Err(Error::Import { source_name: "quick capture".into(), errors, more: 0 });
    }
    store.write(Purpose::Edit, |tx| write_lines(tx, meeting_key, &lines))
}

/// Saves the capture lines `lines` (none wrong) as outcomes of the meeting `meeting_key`,
/// inside `tx`: what a meeting's quick capture saves, and a register's outcomes column.
pub(crate) fn write_lines(tx: &crate::storage::Tx, meeting_key: &str, lines: &[CaptureLine]) -> Result<CaptureResult> {
    let mut errors: Vec<RowError> = Vec::new();
    let mut next_rank = tx.next_priority_rank(meeting_key)?;
    let mut result = CaptureResult::default();
    for line in lines {
        let saved = match line.kind {
            CaptureKind::Decision => tx.create(&Decision { meeting: meeting_key.into(), text: line.text.clone() }),
            CaptureKind::Priority => {
                let saved = tx.create(&Priority { meeting: meeting_key.into(), rank: next_rank, topic: line.text.clone() });
                next_rank += 1;
                saved
            }
            CaptureKind::Action => tx.create(&Action {
                meeting: meeting_key.into(),
                text: line.text.clone(),
                owner: line.owner.clone().unwrap_or_default(),
                due_date: line.due_date,
                status: ActionStatus::Open,
                closed_date: None,
            }),
            CaptureKind::Skipped => continue,
        };
        match saved {
            Ok(_) => match line.kind {
                CaptureKind::Decision => result.decisions += 1,
                CaptureKind::Priority => result.priorities += 1,
                _ => result.actions += 1,
            },
            Err(Error::Invalid(fields)) => errors.extend(fields.into_iter().map(|f| RowError {
                line: line.line,
                column: None,
                message: f.message,
                text: f.text,
            })),
            Err(e) => return Err(e),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Import { source_name: "quick capture".into(), errors, more: 0 });
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AttendanceMode, Meeting};
    use crate::testing::{meeting, store_with_organizations};

    const BOX: &str = "Notes from the morning session\n\
        DECISION: Invite TSAG to consider the priorities\n\
        action: TSB | Send the communiqué to TSAG | due 2024-03-01\n\
        \n\
        PRIORITY: Quantum-safe security\n\
        Priority: Digital twins";

    #[test]
    fn lines_are_read_with_their_parts() {
        let lines = parse(BOX);
        let kinds: Vec<CaptureKind> = lines.iter().map(|l| l.kind).collect();
        use CaptureKind::*;
        assert_eq!(kinds, [Skipped, Decision, Action, Priority, Priority]);
        assert_eq!(lines[2].owner.as_deref(), Some("TSB"));
        assert_eq!(lines[2].text, "Send the communiqué to TSAG");
        assert_eq!(lines[2].due_date.map(|d| d.to_string()).as_deref(), Some("2024-03-01"));
        assert_eq!(lines[3].line, 5, "line numbers count blank lines");
    }

    #[test]
    fn saving_creates_records_ranked_after_existing_priorities() {
        let mut store = store_with_organizations();
        store.create(&meeting("M1", "2024-02-01", AttendanceMode::Roster)).unwrap();
        store.create(&Priority { meeting: "M1".into(), rank: 1, topic: "AI".into() }).unwrap();
        let result = apply(&mut store, "M1", BOX).unwrap();
        assert_eq!(result, CaptureResult { decisions: 1, actions: 1, priorities: 2 });
        let ranks: Vec<(i64, String)> = store.list::<Priority>().unwrap().into_iter().map(|p| (p.data.rank, p.data.topic)).collect();
        assert_eq!(ranks, [(1, "AI".into()), (2, "Quantum-safe security".into()), (3, "Digital twins".into())]);
        let _ = store.list::<Meeting>().unwrap();
    }

    #[test]
    fn a_bad_line_saves_nothing_and_is_reported_with_its_number() {
        let mut store = store_with_organizations();
        store.create(&meeting("M1", "2024-02-01", AttendanceMode::Roster)).unwrap();
        let text = "DECISION: Fine\nACTION: TSB | Missing date | due 31/12/2024\nACTION: only text";
        let error = apply(&mut store, "M1", text).unwrap_err();
        let Error::Import { errors, .. } = error else { panic!("row errors expected") };
        let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3]);
        assert!(store.list::<Decision>().unwrap().is_empty());
    }

    #[test]
    fn unknown_meeting_is_reported() {
        let mut store = store_with_organizations();
        let error = apply(&mut store, "NOPE", "DECISION: Something").unwrap_err();
        assert!(error.to_string().contains("unknown meeting"), "{error}");
    }
}
