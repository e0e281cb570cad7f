//! How the model's closed sets of values are stored: as their fixed strings. Here rather than in
//! the model, which knows no database.

use super::db::{FromSql, ToSql, Value};

use crate::model::{
    ActionStatus, AttendanceMode, AttendanceStatus, Category, Comparison, CycleStatus, Disposition, EvidenceKind,
    ImprovementStatus, MeetingKind, MeetingStatus, Origin, Pillar, PlanStatus, Region, Role,
};

macro_rules! stored_as_text {
    ($($name:ident),+ $(,)?) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> Value<'_> {
                Value::Text(self.as_str().into())
            }
        }

        impl FromSql for $name {
            fn from_sql(value: Value<'_>) -> Result<Self, String> {
                String::from_sql(value)?.parse()
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
