//! How the model's closed sets of values are stored: as their fixed strings. Here rather than in
//! the model, which knows no database.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::model::{
    ActionStatus, AttendanceMode, AttendanceStatus, Category, Comparison, CycleStatus, Disposition, EvidenceKind,
    ImprovementStatus, MeetingKind, MeetingStatus, Origin, Pillar, PlanStatus, Region, Role,
};

macro_rules! stored_as_text {
    ($($name:ident),+ $(,)?) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e: String| FromSqlError::Other(e.into()))
            }
        }
    )+};
}

stored_as_text!(
    ActionStatus,
    AttendanceMode,
    AttendanceStatus,
    Category,
    Comparison,
    CycleStatus,
    Disposition,
    EvidenceKind,
    ImprovementStatus,
    MeetingKind,
    MeetingStatus,
    Origin,
    Pillar,
    PlanStatus,
    Region,
    Role,
);
