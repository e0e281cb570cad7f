//! What only a team database on a PostgreSQL server has: connecting and its schema's
//! migrations (`server`, `migrations/postgres/`), the team's roles, grants and policies
//! (`roles`), and the throwaway test databases (`test_server`). Its statements are the shared
//! ones (`storage::db` runs them on PostgreSQL).

pub(crate) mod roles;
pub mod server;
mod team;
#[cfg(test)]
pub(crate) mod test_server;
