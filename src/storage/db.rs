//! One connection, two engines: the embedded SQLite file and a PostgreSQL server. Every SQL
//! statement of the product is written once, in the subset both engines read the same way, and
//! runs through this module; so a query means the same on both (docs/architecture.md).
//!
//! The API follows rusqlite's (`prepare_cached`, `query_row`, `params!`, `optional`), which the
//! statements were first written against. What this module hides:
//! - placeholders: statements use `?1`, `?2`…; PostgreSQL is sent `$1`, `$2`…;
//! - values: both engines' rows are read as SQLite's five storage classes ([`Value`]), so a
//!   record's column reads the same whichever engine holds it;
//! - the last id inserted, transactions, and a cache of prepared statements for PostgreSQL;
//! - errors: each engine's is classified here, by SQLite's result codes or PostgreSQL's
//!   SQLSTATE, into a [`DatabaseError`] of the core (a [`DatabaseErrorKind`] and the message).
//!
//! What it does not know: any table. SQLite's own features (pragmas, the backup API, the page
//! image) are reached through [`Connection::sqlite`] by the modules that keep the file.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use chrono::NaiveDate;

use crate::error::{DatabaseError, DatabaseErrorKind};

/// Every statement's error: the engine's, classified (see "Engine errors" below).
pub use crate::error::DatabaseError as DbError;

pub type Result<T, E = DbError> = std::result::Result<T, E>;

/// Which engine a connection is on, for the few statements that differ (named where used).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A value as both engines store it: SQLite's storage classes. Text and blobs borrow from the
/// row or the parameter they come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(Cow<'a, str>),
    Blob(Cow<'a, [u8]>),
}

/// A value that can be bound to a statement's parameter.
pub trait ToSql {
    fn to_sql(&self) -> Value<'_>;
}

/// A value that can be read from a column.
pub trait FromSql: Sized {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String>;
}

/// A statement's parameters.
pub trait Params {
    fn values(&self) -> Vec<Value<'_>>;
}

/// `params![a, b]`: a list of parameters of different types.
#[macro_export]
#[doc(hidden)]
macro_rules! __storage_params {
    () => { &[] as &[&dyn $crate::storage::db::ToSql] };
    ($($param:expr),+ $(,)?) => { &[$(&$param as &dyn $crate::storage::db::ToSql),+] as &[&dyn $crate::storage::db::ToSql] };
}
pub(crate) use crate::__storage_params as params;

/// Parameters taken from an iterator (a record's columns, then its id).
pub struct ParamsFromIter<I>(I);

pub fn params_from_iter<I>(iter: I) -> ParamsFromIter<I>
where
    I: IntoIterator + Clone,
    I::Item: ToSql,
{
    ParamsFromIter(iter)
}

impl Params for () {
    fn values(&self) -> Vec<Value<'_>> {
        Vec::new()
    }
}

impl Params for &[&dyn ToSql] {
    fn values(&self) -> Vec<Value<'_>> {
        self.iter().map(|p| p.to_sql()).collect()
    }
}

impl<T: ToSql, const N: usize> Params for [T; N] {
    fn values(&self) -> Vec<Value<'_>> {
        self.iter().map(|p| p.to_sql()).collect()
    }
}

impl<I> Params for ParamsFromIter<I>
where
    I: IntoIterator + Clone,
    I::Item: ToSql,
{
    fn values(&self) -> Vec<Value<'_>> {
        // The items may be owned values (`&dyn ToSql` mostly); their values are made owned.
        self.0.clone().into_iter().map(|p| p.to_sql().into_owned()).collect()
    }
}

impl Value<'_> {
    fn into_owned(self) -> Value<'static> {
        match self {
            Value::Null => Value::Null,
            Value::Integer(i) => Value::Integer(i),
            Value::Real(f) => Value::Real(f),
            Value::Text(t) => Value::Text(Cow::Owned(t.into_owned())),
            Value::Blob(b) => Value::Blob(Cow::Owned(b.into_owned())),
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Integer(_) => "an integer",
            Value::Real(_) => "a real number",
            Value::Text(_) => "text",
            Value::Blob(_) => "a blob",
        }
    }
}

// ---- values in and out --------------------------------------------------------------------

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_sql(&self) -> Value<'_> {
        (**self).to_sql()
    }
}

impl<T: ToSql> ToSql for Option<T> {
    fn to_sql(&self) -> Value<'_> {
        match self {
            Some(value) => value.to_sql(),
            None => Value::Null,
        }
    }
}

macro_rules! integer {
    ($($t:ty),+) => {$(
        impl ToSql for $t {
            fn to_sql(&self) -> Value<'_> {
                Value::Integer(*self as i64)
            }
        }
        impl FromSql for $t {
            fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
                match value {
                    Value::Integer(i) => <$t>::try_from(i).map_err(|_| format!("{i} is out of range")),
                    other => Err(format!("expected an integer, found {}", other.kind())),
                }
            }
        }
    )+};
}
integer!(i64, i32, u32, u8, usize, u64);

impl ToSql for bool {
    fn to_sql(&self) -> Value<'_> {
        Value::Integer(i64::from(*self))
    }
}

impl FromSql for bool {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
        i64::from_sql(value).map(|i| i != 0)
    }
}

impl ToSql for f64 {
    fn to_sql(&self) -> Value<'_> {
        Value::Real(*self)
    }
}

impl FromSql for f64 {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
        match value {
            Value::Real(f) => Ok(f),
            Value::Integer(i) => Ok(i as f64),
            other => Err(format!("expected a number, found {}", other.kind())),
        }
    }
}

impl ToSql for str {
    fn to_sql(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}

impl ToSql for String {
    fn to_sql(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}

impl FromSql for String {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
        match value {
            Value::Text(t) => Ok(t.into_owned()),
            other => Err(format!("expected text, found {}", other.kind())),
        }
    }
}

impl ToSql for [u8] {
    fn to_sql(&self) -> Value<'_> {
        Value::Blob(Cow::Borrowed(self))
    }
}

impl ToSql for Vec<u8> {
    fn to_sql(&self) -> Value<'_> {
        Value::Blob(Cow::Borrowed(self))
    }
}

impl FromSql for Vec<u8> {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
        match value {
            Value::Blob(b) => Ok(b.into_owned()),
            other => Err(format!("expected a blob, found {}", other.kind())),
        }
    }
}

/// Dates are stored as ISO text (`2024-10-14`) on both engines, so that they compare and sort
/// as text the same way.
impl ToSql for NaiveDate {
    fn to_sql(&self) -> Value<'_> {
        Value::Text(Cow::Owned(self.format("%Y-%m-%d").to_string()))
    }
}

impl FromSql for NaiveDate {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
        let text = String::from_sql(value)?;
        NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| format!("\"{text}\" is not a date: {e}"))
    }
}

impl<T: FromSql> FromSql for Option<T> {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_sql(other).map(Some),
        }
    }
}

impl ToSql for Value<'_> {
    fn to_sql(&self) -> Value<'_> {
        self.clone()
    }
}

impl FromSql for Value<'static> {
    fn from_sql(value: Value<'_>) -> std::result::Result<Self, String> {
        Ok(value.into_owned())
    }
}

// ---- the connection -----------------------------------------------------------------------

/// An open database on either engine. Statements take `&self` on both (the PostgreSQL client
/// is borrowed for each call), so that the storage's functions read the same for both.
pub struct Connection {
    engine: Engine,
    /// Whether the login may read the confidential columns (contact data, Chatham House
    /// notes): a reviewer on a team database may not, and the server refuses them.
    reads_confidential: Cell<bool>,
    /// Whether the login recomputes the kept aggregates: staff, the owner, and a file's user.
    writes_aggregates: Cell<bool>,
}

enum Engine {
    Sqlite(rusqlite::Connection),
    // Boxed: the client is several times the size of a rusqlite connection.
    Postgres(Box<Postgres>),
}

struct Postgres {
    client: RefCell<postgres::Client>,
    /// Statements prepared on the server, by their text as the storage wrote it.
    statements: RefCell<HashMap<String, postgres::Statement>>,
}

/// How a transaction takes the write lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behavior {
    /// At once: on SQLite a writer that must wait waits in the busy handler instead of failing
    /// when its first write finds the lock taken. PostgreSQL locks rows, not the database.
    Immediate,
}

impl Connection {
    pub fn from_sqlite(conn: rusqlite::Connection) -> Connection {
        Connection { engine: Engine::Sqlite(conn), reads_confidential: Cell::new(true), writes_aggregates: Cell::new(true) }
    }

    pub fn from_postgres(client: postgres::Client) -> Connection {
        Connection {
            engine: Engine::Postgres(Box::new(Postgres { client: RefCell::new(client), statements: RefCell::default() })),
            reads_confidential: Cell::new(true),
            writes_aggregates: Cell::new(true),
        }
    }

    pub fn dialect(&self) -> Dialect {
        match self.engine {
            Engine::Sqlite(_) => Dialect::Sqlite,
            Engine::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Notes whether the login recomputes the kept aggregates (see [`Connection::writes_aggregates`]).
    pub fn set_writes_aggregates(&self, writes: bool) {
        self.writes_aggregates.set(writes);
    }

    /// Whether this login recomputes the aggregates that writes marked stale. A login that
    /// writes nothing they count (a reviewer) leaves marks it finds to the next writer who
    /// does: marks are never a way for one login to stop another's saves.
    pub fn writes_aggregates(&self) -> bool {
        self.writes_aggregates.get()
    }

    /// Notes whether the login may read the confidential columns (see [`Connection::confidential`]).
    pub fn set_reads_confidential(&self, reads: bool) {
        self.reads_confidential.set(reads);
    }

    /// `column` in a SELECT list, or `hidden` (an SQL literal) for a login that may not read
    /// it: the rest of the record still loads, and the server, not this, keeps the secret.
    pub fn confidential(&self, column: &str, hidden: &str) -> String {
        if self.reads_confidential.get() { column.to_string() } else { format!("{hidden} AS hidden_{}", column.replace('.', "_")) }
    }

    /// The SQLite connection, for what only the file has (pragmas, backups, page images).
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.engine {
            Engine::Sqlite(conn) => Some(conn),
            Engine::Postgres(_) => None,
        }
    }

    #[cfg(feature = "fuzzing")]
    pub fn sqlite_mut(&mut self) -> Option<&mut rusqlite::Connection> {
        match &mut self.engine {
            Engine::Sqlite(conn) => Some(conn),
            Engine::Postgres(_) => None,
        }
    }

    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        match &self.engine {
            Engine::Sqlite(conn) => Ok(Statement(Prepared::Sqlite(conn.prepare_cached(sql)?))),
            Engine::Postgres(pg) => Ok(Statement(Prepared::Postgres { pg, statement: pg.prepare(sql)? })),
        }
    }

    /// The same as [`Connection::prepare_cached`]: kept for statements run once.
    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        self.prepare_cached(sql)
    }

    pub fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    /// Runs several statements separated by semicolons, without parameters.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.engine {
            Engine::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Engine::Postgres(pg) => Ok(pg.client.borrow_mut().batch_execute(&for_postgres(sql))?),
        }
    }

    pub fn query_row<T>(&self, sql: &str, params: impl Params, f: impl FnOnce(&Row<'_>) -> Result<T>) -> Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    /// The id the last insert on this connection gave its row.
    pub fn last_insert_rowid(&self) -> Result<i64> {
        match &self.engine {
            Engine::Sqlite(conn) => Ok(conn.last_insert_rowid()),
            // Every table's id is an identity column: its sequence's last value in this session.
            Engine::Postgres(_) => self.query_row("SELECT lastval()", (), |row| row.get(0)),
        }
    }

    /// Starts a transaction; it is rolled back when dropped without [`Transaction::commit`].
    pub fn begin(&self, behavior: Behavior) -> Result<Transaction<'_>> {
        let sql = match (self.dialect(), behavior) {
            (Dialect::Sqlite, Behavior::Immediate) => "BEGIN IMMEDIATE",
            _ => "BEGIN",
        };
        self.execute_batch(sql)?;
        Ok(Transaction { conn: self, finished: Cell::new(false) })
    }

    /// Runs `work` inside a savepoint of the open transaction: if it fails, what it wrote is
    /// undone and the transaction can go on. (PostgreSQL refuses every statement of a
    /// transaction after one failed, unless that one is rolled back to a savepoint.)
    pub fn savepoint<T, E: From<DbError>>(&self, work: impl FnOnce() -> std::result::Result<T, E>) -> std::result::Result<T, E> {
        self.execute_batch("SAVEPOINT attempt")?;
        match work() {
            Ok(value) => {
                self.execute_batch("RELEASE attempt")?;
                Ok(value)
            }
            Err(e) => {
                // After some failures (a full disk, an I/O error) SQLite has already rolled the
                // whole transaction back, savepoint and all: the failure itself is the news,
                // not that the savepoint is gone.
                let _ = self.execute_batch("ROLLBACK TO attempt; RELEASE attempt");
                Err(e)
            }
        }
    }

    /// True when no transaction is open on the SQLite file (the fuzz targets check that a
    /// refused import left none open; they run on the file only).
    #[cfg(feature = "fuzzing")]
    pub fn is_autocommit(&self) -> bool {
        self.sqlite().is_none_or(rusqlite::Connection::is_autocommit)
    }
}

impl Postgres {
    fn prepare(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.borrow_mut().prepare(&for_postgres(sql))?;
        self.statements.borrow_mut().insert(sql.to_string(), statement.clone());
        Ok(statement)
    }
}

/// A statement as PostgreSQL reads it: `?1`-style placeholders become `$1`, and `CROSS JOIN …
/// ON` (SQLite's way of fixing the join order, which PostgreSQL's planner chooses itself)
/// becomes the inner join it means. String literals, quoted names and comments are left alone.
fn for_postgres(sql: &str) -> String {
    dollar_placeholders(sql).replace("CROSS JOIN", "JOIN")
}

fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == '\n' {
                        break;
                    }
                }
            }
            '?' => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

/// A transaction in progress; derefs to its connection.
pub struct Transaction<'c> {
    conn: &'c Connection,
    finished: Cell<bool>,
}

impl Transaction<'_> {
    pub fn commit(self) -> Result<()> {
        self.finished.set(true);
        self.conn.execute_batch("COMMIT")
    }

    pub fn rollback(self) -> Result<()> {
        self.finished.set(true);
        self.conn.execute_batch("ROLLBACK")
    }
}

impl std::ops::Deref for Transaction<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.finished.get() {
            // Nothing to report to: the work that failed reports its own error.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

// ---- statements and rows ------------------------------------------------------------------

/// A prepared statement of either engine.
pub struct Statement<'c>(Prepared<'c>);

enum Prepared<'c> {
    Sqlite(rusqlite::CachedStatement<'c>),
    Postgres { pg: &'c Postgres, statement: postgres::Statement },
}

impl Statement<'_> {
    pub fn execute(&mut self, params: impl Params) -> Result<usize> {
        let values = params.values();
        match &mut self.0 {
            Prepared::Sqlite(stmt) => Ok(stmt.execute(rusqlite::params_from_iter(values.iter()))?),
            Prepared::Postgres { pg, statement } => {
                let params = postgres_params(&values);
                Ok(pg.client.borrow_mut().execute(statement, &params)? as usize)
            }
        }
    }

    /// Calls `f` with each row, in the query's order; stops at the first error `f` returns.
    pub fn for_each(
        &mut self,
        params: impl Params,
        f: impl FnMut(&Row<'_>) -> crate::error::Result<()>,
    ) -> crate::error::Result<()> {
        let mut f = f;
        self.each_row(params, |row| f(row).map(|()| std::ops::ControlFlow::Continue(())))
    }

    /// Calls `f` with each row, in the query's order, while it says to go on; stops at the
    /// first error `f` returns. On a server the rows are all fetched first.
    pub fn for_each_while(
        &mut self,
        params: impl Params,
        f: impl FnMut(&Row<'_>) -> crate::error::Result<std::ops::ControlFlow<()>>,
    ) -> crate::error::Result<()> {
        self.each_row(params, f)
    }

    /// Each row, mapped by `f`.
    pub fn query_map<T>(
        &mut self,
        params: impl Params,
        mut f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<std::vec::IntoIter<Result<T>>> {
        let mut mapped = Vec::new();
        self.each_row(params, |row| {
            mapped.push(f(row));
            Ok::<_, DbError>(std::ops::ControlFlow::Continue(()))
        })?;
        Ok(mapped.into_iter())
    }

    /// Runs the query and calls `f` with each row, in order, on either engine, while it says to
    /// go on; stops at the first error `f` returns.
    fn each_row<E: From<DbError>>(
        &mut self,
        params: impl Params,
        mut f: impl FnMut(&Row<'_>) -> std::result::Result<std::ops::ControlFlow<()>, E>,
    ) -> std::result::Result<(), E> {
        let values = params.values();
        match &mut self.0 {
            Prepared::Sqlite(stmt) => {
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter())).map_err(DbError::from)?;
                while let Some(row) = rows.next().map_err(DbError::from)? {
                    if f(&Row::Sqlite(row))?.is_break() {
                        break;
                    }
                }
            }
            Prepared::Postgres { pg, statement } => {
                let params = postgres_params(&values);
                // The client is free again before `f` runs, which may query too.
                let rows = pg.client.borrow_mut().query(statement, &params).map_err(DbError::from)?;
                for row in rows {
                    if f(&Row::Postgres(&row))?.is_break() {
                        break;
                    }
                }
            }
        }
        Ok(())
    }

    /// The first row, mapped by `f`; an error of kind [`DatabaseErrorKind::NoRows`] when there
    /// is none.
    pub fn query_row<T>(&mut self, params: impl Params, f: impl FnOnce(&Row<'_>) -> Result<T>) -> Result<T> {
        let values = params.values();
        match &mut self.0 {
            Prepared::Sqlite(stmt) => {
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                match rows.next()? {
                    Some(row) => f(&Row::Sqlite(row)),
                    None => Err(no_rows()),
                }
            }
            Prepared::Postgres { pg, statement } => {
                let params = postgres_params(&values);
                let row = pg.client.borrow_mut().query_opt(statement, &params)?;
                match row {
                    Some(row) => f(&Row::Postgres(&row)),
                    None => Err(no_rows()),
                }
            }
        }
    }

    /// Whether the query returns a row.
    pub fn exists(&mut self, params: impl Params) -> Result<bool> {
        self.query_row(params, |_| Ok(())).optional().map(|found| found.is_some())
    }
}

/// One row of a result, read by column index.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    pub fn get<T: FromSql>(&self, column: usize) -> Result<T> {
        let value = match self {
            Row::Sqlite(row) => sqlite_value(row.get_ref(column)?),
            Row::Postgres(row) => postgres_value(row, column)?,
        };
        T::from_sql(value).map_err(|reason| unreadable(column, reason))
    }
}

fn sqlite_value(value: rusqlite::types::ValueRef<'_>) -> Value<'_> {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        // SQLite keeps what it was given; the product only ever gives it UTF-8.
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => Value::Blob(Cow::Borrowed(b)),
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// A PostgreSQL column as a storage class: integers and booleans as integers, floating point
/// as reals, text (and case-insensitive text) as text, bytes as blobs.
fn postgres_value(row: &postgres::Row, column: usize) -> Result<Value<'_>> {
    use postgres::types::Type;
    let ty = row
        .columns()
        .get(column)
        .ok_or_else(|| unreadable(column, "no such column"))?
        .type_()
        .clone();
    let value = match ty {
        Type::INT8 => row.try_get::<_, Option<i64>>(column)?.map(Value::Integer),
        Type::INT4 => row.try_get::<_, Option<i32>>(column)?.map(|i| Value::Integer(i.into())),
        Type::INT2 => row.try_get::<_, Option<i16>>(column)?.map(|i| Value::Integer(i.into())),
        Type::BOOL => row.try_get::<_, Option<bool>>(column)?.map(|b| Value::Integer(b.into())),
        Type::FLOAT8 => row.try_get::<_, Option<f64>>(column)?.map(Value::Real),
        Type::FLOAT4 => row.try_get::<_, Option<f32>>(column)?.map(|f| Value::Real(f.into())),
        Type::BYTEA => row.try_get::<_, Option<&[u8]>>(column)?.map(|b| Value::Blob(Cow::Borrowed(b))),
        ref ty if <&str as postgres::types::FromSql>::accepts(ty) => {
            row.try_get::<_, Option<&str>>(column)?.map(|t| Value::Text(Cow::Borrowed(t)))
        }
        other => {
            return Err(unreadable(column, format!("PostgreSQL type {other} is not read by CxO Review (cast it in the query)")))
        }
    };
    Ok(value.unwrap_or(Value::Null))
}

fn postgres_params<'v>(values: &'v [Value<'_>]) -> Vec<&'v (dyn postgres::types::ToSql + Sync)> {
    values.iter().map(|v| v as &(dyn postgres::types::ToSql + Sync)).collect()
}

/// A storage class bound to a parameter of the type PostgreSQL inferred for it.
impl postgres::types::ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::{IsNull, Type};
        let is_text = <&str as postgres::types::ToSql>::accepts(ty);
        match (self, ty) {
            (Value::Null, _) => Ok(IsNull::Yes),
            (Value::Integer(i), &Type::INT8) => pg(i, ty, out),
            (Value::Integer(i), &Type::INT4) => pg(&i32::try_from(*i)?, ty, out),
            (Value::Integer(i), &Type::INT2) => pg(&i16::try_from(*i)?, ty, out),
            (Value::Integer(i), &Type::BOOL) => pg(&(*i != 0), ty, out),
            (Value::Integer(i), &Type::FLOAT8) => pg(&(*i as f64), ty, out),
            (Value::Integer(i), _) if is_text => pg(&i.to_string().as_str(), ty, out),
            (Value::Real(f), &Type::FLOAT8) => pg(f, ty, out),
            (Value::Real(f), &Type::FLOAT4) => pg(&(*f as f32), ty, out),
            (Value::Real(f), _) if is_text => pg(&f.to_string().as_str(), ty, out),
            (Value::Text(t), _) if is_text => pg(&t.as_ref(), ty, out),
            (Value::Blob(b), &Type::BYTEA) => pg(&b.as_ref(), ty, out),
            (value, ty) => Err(format!("{} cannot be bound to a parameter of type {ty}", value.kind()).into()),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

fn pg<T: postgres::types::ToSql>(
    value: &T,
    ty: &postgres::types::Type,
    out: &mut bytes::BytesMut,
) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
    value.to_sql(ty, out)
}

/// `query_row(…).optional()`: no row is `None`, not an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(e) if e.kind() == DatabaseErrorKind::NoRows => Ok(None),
            Err(e) => Err(e),
        }
    }
}

// Engine errors: what SQLite and PostgreSQL report, classified here, next to the connection,
// into the kinds the product acts on, with the message the user is shown.

impl From<rusqlite::Error> for DatabaseError {
    fn from(error: rusqlite::Error) -> Self {
        DatabaseError::new(sqlite_kind(&error), error.to_string())
    }
}

impl From<postgres::Error> for DatabaseError {
    fn from(error: postgres::Error) -> Self {
        DatabaseError::new(postgres_kind(error.code()), postgres_message(&error))
    }
}

impl From<rusqlite::Error> for crate::Error {
    fn from(source: rusqlite::Error) -> Self {
        crate::Error::from(DatabaseError::from(source))
    }
}

impl From<postgres::Error> for crate::Error {
    fn from(source: postgres::Error) -> Self {
        crate::Error::from(DatabaseError::from(source))
    }
}

/// A query that must return a row returned none.
fn no_rows() -> DatabaseError {
    DatabaseError::new(DatabaseErrorKind::NoRows, "the query returned no rows")
}

/// A column whose value the product cannot read.
fn unreadable(column: usize, reason: impl std::fmt::Display) -> DatabaseError {
    DatabaseError::new(
        DatabaseErrorKind::WrongValue,
        format!("column {column}: {reason} (a value written around CxO Review: `cxo-review check` names it, `check --repair` sets it aside)"),
    )
}

/// The kind of an SQLite error, by its result code (and, for constraints, its extended code).
fn sqlite_kind(error: &rusqlite::Error) -> DatabaseErrorKind {
    use rusqlite::ErrorCode;
    match error {
        rusqlite::Error::SqliteFailure(e, _) => match e.code {
            ErrorCode::ConstraintViolation
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
            {
                DatabaseErrorKind::UniqueViolation
            }
            ErrorCode::ConstraintViolation => DatabaseErrorKind::ConstraintViolation,
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => DatabaseErrorKind::Busy,
            ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => DatabaseErrorKind::Corrupt,
            // SQLite has no code of its own for it: SQLITE_ERROR with this message.
            _ if error.to_string().contains("integer overflow") => DatabaseErrorKind::Overflow,
            _ => DatabaseErrorKind::Other,
        },
        rusqlite::Error::QueryReturnedNoRows => DatabaseErrorKind::NoRows,
        _ => DatabaseErrorKind::Other,
    }
}

/// The kind of a PostgreSQL error, by the SQLSTATE the server answered with (none when it did
/// not answer).
fn postgres_kind(code: Option<&postgres::error::SqlState>) -> DatabaseErrorKind {
    use postgres::error::SqlState;
    match code {
        Some(code) if code == &SqlState::UNIQUE_VIOLATION => DatabaseErrorKind::UniqueViolation,
        // Class 23: integrity constraint violation.
        Some(code) if code.code().starts_with("23") => DatabaseErrorKind::ConstraintViolation,
        Some(code) if code == &SqlState::LOCK_NOT_AVAILABLE || code == &SqlState::T_R_DEADLOCK_DETECTED => {
            DatabaseErrorKind::Busy
        }
        Some(code) if code == &SqlState::INSUFFICIENT_PRIVILEGE => DatabaseErrorKind::PermissionDenied,
        Some(code) if code == &SqlState::NUMERIC_VALUE_OUT_OF_RANGE => DatabaseErrorKind::Overflow,
        _ => DatabaseErrorKind::Other,
    }
}

/// PostgreSQL's message with its detail ("Key (name)=(x) already exists."), which its error's
/// own display leaves out.
pub(crate) fn postgres_message(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{}: {detail}", db.message()),
            None => db.message().to_string(),
        },
        None => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{dollar_placeholders, postgres_kind, DatabaseError, DatabaseErrorKind};

    #[test]
    fn placeholders_become_dollars_outside_literals() {
        assert_eq!(
            dollar_placeholders("SELECT '?1', \"a?\" FROM t WHERE a = ?1 AND b LIKE ?2 -- ?3\n AND c = ?3"),
            "SELECT '?1', \"a?\" FROM t WHERE a = $1 AND b LIKE $2 -- ?3\n AND c = $3"
        );
    }

    fn sqlite_error(sql: &str) -> DatabaseError {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (name <> ''));
             CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id));
             INSERT INTO parent (id, name) VALUES (1, 'a');",
        )
        .unwrap();
        DatabaseError::from(conn.execute_batch(sql).unwrap_err())
    }

    /// SQLite's errors are told apart by their codes; the message is SQLite's own.
    #[test]
    fn sqlite_errors_are_classified_by_their_codes() {
        let cases = [
            ("INSERT INTO parent (id, name) VALUES (2, 'a')", DatabaseErrorKind::UniqueViolation, "UNIQUE constraint failed: parent.name"),
            ("INSERT INTO parent (id, name) VALUES (1, 'b')", DatabaseErrorKind::UniqueViolation, "UNIQUE constraint failed: parent.id"),
            ("INSERT INTO parent (id, name) VALUES (2, '')", DatabaseErrorKind::ConstraintViolation, "CHECK constraint failed: name <> ''"),
            ("INSERT INTO child (parent_id) VALUES (9)", DatabaseErrorKind::ConstraintViolation, "FOREIGN KEY constraint failed"),
            ("INSERT INTO nowhere VALUES (1)", DatabaseErrorKind::Other, "no such table: nowhere"),
        ];
        for (sql, kind, message) in cases {
            let error = sqlite_error(sql);
            assert_eq!((error.kind(), error.to_string().as_str()), (kind, message), "{sql}");
        }
        let failure = |code| DatabaseError::from(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None));
        assert_eq!(failure(rusqlite::ffi::SQLITE_BUSY).kind(), DatabaseErrorKind::Busy);
        assert_eq!(failure(rusqlite::ffi::SQLITE_LOCKED).kind(), DatabaseErrorKind::Busy);
        assert_eq!(failure(rusqlite::ffi::SQLITE_CORRUPT).kind(), DatabaseErrorKind::Corrupt);
        assert_eq!(failure(rusqlite::ffi::SQLITE_NOTADB).kind(), DatabaseErrorKind::Corrupt);
        assert_eq!(failure(rusqlite::ffi::SQLITE_FULL).kind(), DatabaseErrorKind::Other);
        assert_eq!(DatabaseError::from(rusqlite::Error::QueryReturnedNoRows).kind(), DatabaseErrorKind::NoRows);
    }

    /// PostgreSQL's errors are told apart by their SQLSTATE.
    #[test]
    fn postgres_errors_are_classified_by_their_sqlstate() {
        use postgres::error::SqlState;
        let cases = [
            (Some(SqlState::UNIQUE_VIOLATION), DatabaseErrorKind::UniqueViolation),
            (Some(SqlState::FOREIGN_KEY_VIOLATION), DatabaseErrorKind::ConstraintViolation),
            (Some(SqlState::CHECK_VIOLATION), DatabaseErrorKind::ConstraintViolation),
            (Some(SqlState::NOT_NULL_VIOLATION), DatabaseErrorKind::ConstraintViolation),
            (Some(SqlState::LOCK_NOT_AVAILABLE), DatabaseErrorKind::Busy),
            (Some(SqlState::T_R_DEADLOCK_DETECTED), DatabaseErrorKind::Busy),
            (Some(SqlState::INSUFFICIENT_PRIVILEGE), DatabaseErrorKind::PermissionDenied),
            (Some(SqlState::UNDEFINED_TABLE), DatabaseErrorKind::Other),
            (None, DatabaseErrorKind::Other),
        ];
        for (code, kind) in cases {
            assert_eq!(postgres_kind(code.as_ref()), kind, "{code:?}");
        }
    }

    /// An engine error becomes the core's, the operation named by the use case.
    #[test]
    fn an_engine_error_becomes_a_database_error_of_the_core() {
        let error = crate::Error::from(rusqlite::Error::InvalidQuery).during("saving a score");
        assert_eq!(error.to_string(), "database error while saving a score: Query is not read-only");
        assert!(!error.is_invalid_input() && !error.is_corruption());
    }
}
