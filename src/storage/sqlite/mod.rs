//! What only the SQLite file has: its migrations (`migrations/sqlite/`), the file itself (how
//! it is identified, opened, locked and marked damaged: `file`) and its rolling backups
//! (`backups`). Its statements are the shared ones (`storage::db` runs them on SQLite).

pub mod backups;
pub(crate) mod file;
pub(crate) mod leftovers;
pub(crate) mod values;

/// Schema migrations, applied in order on open. The version is kept in `PRAGMA user_version`.
pub(super) const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_schema", include_str!("../../../migrations/sqlite/0001_schema.sql")),
    ("0002_countries", include_str!("../../../migrations/sqlite/0002_countries.sql")),
    ("0003_attendance_index", include_str!("../../../migrations/sqlite/0003_attendance_index.sql")),
    ("0004_aggregates", include_str!("../../../migrations/sqlite/0004_aggregates.sql")),
    ("0005_review_packages", include_str!("../../../migrations/sqlite/0005_review_packages.sql")),
    ("0006_versions", include_str!("../../../migrations/sqlite/0006_versions.sql")),
    ("0007_year_tally", include_str!("../../../migrations/sqlite/0007_year_tally.sql")),
    ("0008_trash", include_str!("../../../migrations/sqlite/0008_trash.sql")),
    ("0009_document_options", include_str!("../../../migrations/sqlite/0009_document_options.sql")),
    ("0010_attendance_marks", include_str!("../../../migrations/sqlite/0010_attendance_marks.sql")),
    ("0011_dashboard_counts", include_str!("../../../migrations/sqlite/0011_dashboard_counts.sql")),
    ("0012_server_guards", include_str!("../../../migrations/sqlite/0012_server_guards.sql")),
    ("0013_one_schema", include_str!("../../../migrations/sqlite/0013_one_schema.sql")),
    ("0014_typed_values", include_str!("../../../migrations/sqlite/0014_typed_values.sql")),
    ("0015_sign_off_records", include_str!("../../../migrations/sqlite/0015_sign_off_records.sql")),
    ("0016_history", include_str!("../../../migrations/sqlite/0016_history.sql")),
    ("0017_history_of_lists", include_str!("../../../migrations/sqlite/0017_history_of_lists.sql")),
    ("0018_aliases", include_str!("../../../migrations/sqlite/0018_aliases.sql")),
];
