//! The history of changes: what one entry says (who changed which record, when, why, and each
//! field's old and new value), why a write was made, and the hash that chains each entry to the
//! one before. The database writes the entries (storage::history); this module only says what
//! they mean and computes their hashes, so that both engines and `check` agree on them.

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::str_enum;

str_enum! {
    /// Why a write was made, as the history records it. The server records who and when itself;
    /// the cause is what the writing program says it is doing (another program says nothing,
    /// and its writes are recorded as `outside`).
    Cause {
        /// A record saved from a form of the app.
        Form = "form",
        /// A quick capture of the app.
        Capture = "capture",
        /// An import of a file (its name in the entry's detail, its batch id in `batch`).
        Import = "import",
        /// A reviewer's return merged (the package in the detail), or two records of the
        /// directory merged into one (both named in the detail, one batch id for the merge).
        Merge = "merge",
        /// A deletion undone from the trash, or a value brought back from the history.
        Restore = "restore",
        /// A copy of a whole database into this one.
        Copy = "copy",
        /// A change of the schema that changed records.
        Migration = "migration",
        /// `cxo-review edit`, or another command that writes records.
        CommandLine = "command line",
        /// Written by a program other than CxO Review (the sqlite3 shell, psql).
        Outside = "outside",
    }
}

/// What a write is doing, for the history entries it makes: the cause, and its detail (the
/// file imported, the package merged) and batch (one id for the records of one import).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteCause {
    pub cause: Cause,
    pub detail: String,
    pub batch: String,
}

impl WriteCause {
    pub fn new(cause: Cause) -> WriteCause {
        WriteCause { cause, detail: String::new(), batch: String::new() }
    }

    pub fn with_detail(cause: Cause, detail: impl Into<String>) -> WriteCause {
        WriteCause { cause, detail: detail.into(), batch: String::new() }
    }
}

impl Default for WriteCause {
    fn default() -> Self {
        WriteCause::new(Cause::Form)
    }
}

/// One field of a record, before and after (JSON values as stored; `null` where there was
/// none: an insert's old values, a deletion's new ones).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct FieldChange {
    pub field: String,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

/// The whole-database document's section that carries the history (docs/formats.md).
pub const HISTORY_SECTION: &str = "history";

/// One entry of the history, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub id: i64,
    /// When, in UTC (`2026-12-07T14:03:11.250Z`), by the database's clock.
    pub at: String,
    /// Who: the server login on a team database; on a file, the account of the computer.
    pub who: String,
    pub cause: String,
    pub detail: String,
    pub batch: String,
    /// The record kind (`meetings`) and its natural key (`CTO-2024-03`).
    pub kind: String,
    pub key: String,
    /// `insert`, `update` or `delete`.
    pub operation: String,
    /// The fields as stored, one JSON object `{"field": [old, new]}`: the text the hash covers.
    pub changes: String,
    /// The hash chaining this entry to the one before; `None` until CxO Review has chained an
    /// entry another program wrote into a file.
    pub hash: Option<String>,
    /// `changes` read as a list, for those who show the entry (not stored, not hashed, not
    /// exported).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

impl HistoryEntry {
    /// The fields that changed, old → new, in the order stored.
    pub fn field_changes(&self) -> Vec<FieldChange> {
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(&self.changes) else {
            return Vec::new();
        };
        fields
            .into_iter()
            .map(|(field, pair)| {
                let (old, new) = match pair {
                    serde_json::Value::Array(mut both) if both.len() == 2 => {
                        let new = both.pop().unwrap_or_default();
                        (both.pop().unwrap_or_default(), new)
                    }
                    other => (serde_json::Value::Null, other),
                };
                FieldChange { field, old, new }
            })
            .collect()
    }
}

/// Which entries to list: every condition given must hold; newest first.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, specta::Type)]
#[serde(default)]
pub struct HistoryQuery {
    pub kind: Option<String>,
    pub key: Option<String>,
    pub by: Option<String>,
    pub cause: Option<String>,
    /// The entries of one import (its batch id).
    pub batch: Option<String>,
    /// The entries of the record keyed so and of the records under it, whose keys begin with
    /// it and ` / ` (a meeting's roster, counts and outcomes; a contribution's proposals).
    pub under: Option<String>,
    /// From this day on, and up to this day included (UTC dates `2026-12-07`).
    #[specta(type = Option<String>)]
    pub since: Option<chrono::NaiveDate>,
    #[specta(type = Option<String>)]
    pub until: Option<chrono::NaiveDate>,
    pub limit: Option<i64>,
}

/// One line of the database's activity: a write of one record, or an import's whole batch,
/// shown by its newest entry with how many entries it holds of each kind.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Activity {
    /// The newest entry of the batch, or the entry itself.
    pub latest: HistoryEntry,
    /// The entries the line stands for (1 for a write outside a batch).
    pub entries: i64,
    /// Of each kind, how many entries, in the order the kinds first appear (newest first).
    pub kinds: Vec<KindCount>,
}

/// How many entries of a batch are of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct KindCount {
    pub kind: String,
    pub entries: i64,
}

/// The end of the chain: how many entries it holds and the last one's hash. A copy of it kept
/// elsewhere (a TSAG document's properties, a review package) proves what the history held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ChainHead {
    pub entries: i64,
    pub hash: String,
}

impl std::fmt::Display for ChainHead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} entries, head {}", self.entries, if self.hash.is_empty() { "(none)" } else { &self.hash })
    }
}

/// The hash of an entry following `previous` (the hash before it; empty for the first): the
/// SHA-256, in hex, of the previous hash and each field of the entry, one per line. The server
/// computes the same text in SQL (migrations/postgres/0016_history.sql, `history_write`).
pub fn entry_hash(previous: &str, entry: &HistoryEntry) -> String {
    let text = [
        previous,
        &entry.id.to_string(),
        &entry.at,
        &entry.who,
        &entry.cause,
        &entry.detail,
        &entry.batch,
        &entry.kind,
        &entry.key,
        &entry.operation,
        &entry.changes,
    ]
    .join("\n");
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// What a walk along the chain found: the head (the chained entries), and the first entry whose hash does not
/// follow from the one before (edited, or following a removed one), if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainCheck {
    pub head: ChainHead,
    pub first_broken: Option<i64>,
    /// Entries another program wrote into a file, not chained yet (the next commit of CxO
    /// Review chains them).
    pub unchained: i64,
}

/// Walks `entries` (in id order) along the chain.
pub fn check_chain(entries: impl IntoIterator<Item = HistoryEntry>) -> ChainCheck {
    let mut previous = String::new();
    let mut count = 0;
    let mut first_broken = None;
    let mut unchained = 0;
    for entry in entries {
        match &entry.hash {
            None => unchained += 1,
            Some(hash) => {
                count += 1;
                if first_broken.is_none() && (unchained > 0 || *hash != entry_hash(&previous, &entry)) {
                    first_broken = Some(entry.id);
                }
                previous = hash.clone();
            }
        }
    }
    ChainCheck { head: ChainHead { entries: count, hash: previous }, first_broken, unchained }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: i64, changes: &str) -> HistoryEntry {
        HistoryEntry {
            id,
            at: "2026-12-07T10:00:00.000Z".into(),
            who: "ann".into(),
            cause: "form".into(),
            detail: String::new(),
            batch: String::new(),
            kind: "meetings".into(),
            key: "M-1".into(),
            operation: "update".into(),
            changes: changes.into(),
            hash: None,
            fields: Vec::new(),
        }
    }

    fn chained(mut entries: Vec<HistoryEntry>) -> Vec<HistoryEntry> {
        let mut previous = String::new();
        for entry in &mut entries {
            let hash = entry_hash(&previous, entry);
            entry.hash = Some(hash.clone());
            previous = hash;
        }
        entries
    }

    #[test]
    fn a_chain_checks_out_until_an_entry_is_edited_or_removed() {
        let entries = chained(vec![entry(1, r#"{"title":[null,"A"]}"#), entry(2, r#"{"title":["A","B"]}"#), entry(3, "{}")]);
        let whole = check_chain(entries.clone());
        assert_eq!((whole.head.entries, whole.first_broken), (3, None));
        assert_eq!(whole.head.hash, entries[2].hash.clone().unwrap());

        let mut edited = entries.clone();
        edited[1].changes = r#"{"title":["A","C"]}"#.into();
        assert_eq!(check_chain(edited).first_broken, Some(2));

        let mut removed = entries.clone();
        removed.remove(1);
        assert_eq!(check_chain(removed).first_broken, Some(3));
    }

    #[test]
    fn the_hash_is_the_sha256_of_the_fields_one_per_line() {
        let e = entry(7, "{}");
        let text = "prev\n7\n2026-12-07T10:00:00.000Z\nann\nform\n\n\nmeetings\nM-1\nupdate\n{}";
        assert_eq!(entry_hash("prev", &e), hex::encode(Sha256::digest(text.as_bytes())));
    }

    #[test]
    fn changes_read_as_old_and_new_per_field() {
        let e = entry(1, r#"{"title":["A","B"],"venue":[null,"Geneva"]}"#);
        let changes = e.field_changes();
        assert_eq!(changes[0], FieldChange { field: "title".into(), old: "A".into(), new: "B".into() });
        assert_eq!(changes[1].old, serde_json::Value::Null);
    }
}
