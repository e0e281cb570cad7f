//! A team database on a PostgreSQL server: connecting, telling a CxO Review database from any
//! other, and setting one up. The statements themselves are the same as on the SQLite file
//! (storage::db runs them on either engine).
//!
//! What this module does not know: records, or who may do what (the roles live in the server,
//! `storage::roles`).

use std::fmt;

use crate::storage::db::Connection;
use crate::error::{Error, Result};

/// The schema on PostgreSQL, at each version the SQLite migrations reach: the first entry is the
/// whole schema of the first server release; each later version adds its migration here beside
/// SQLite's, with the same number (a test holds the last equal to SQLite's newest).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (6, "0006_schema", include_str!("../../../migrations/postgres/0006_schema.sql")),
    (7, "0007_year_tally", include_str!("../../../migrations/postgres/0007_year_tally.sql")),
    (8, "0008_trash", include_str!("../../../migrations/postgres/0008_trash.sql")),
    (9, "0009_document_options", include_str!("../../../migrations/postgres/0009_document_options.sql")),
    (10, "0010_attendance_marks", include_str!("../../../migrations/postgres/0010_attendance_marks.sql")),
    (11, "0011_dashboard_counts", include_str!("../../../migrations/postgres/0011_dashboard_counts.sql")),
    (12, "0012_server_guards", include_str!("../../../migrations/postgres/0012_server_guards.sql")),
    (13, "0013_one_schema", include_str!("../../../migrations/postgres/0013_one_schema.sql")),
    (14, "0014_typed_values", include_str!("../../../migrations/postgres/0014_typed_values.sql")),
    (15, "0015_sign_off_records", include_str!("../../../migrations/postgres/0015_sign_off_records.sql")),
    (16, "0016_history", include_str!("../../../migrations/postgres/0016_history.sql")),
    (17, "0017_history_of_lists", include_str!("../../../migrations/postgres/0017_history_of_lists.sql")),
    (18, "0018_aliases", include_str!("../../../migrations/postgres/0018_aliases.sql")),
];

/// Where a server database is, as shown to users: the URL without its password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerAddress {
    pub user: String,
    pub host: String,
    pub port: u16,
    pub database: String,
}

impl fmt::Display for ServerAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "postgres://{}@{}:{}/{}", self.user, self.host, self.port, self.database)
    }
}

/// True when `text` names a server database rather than a file.
pub fn is_server_url(text: &str) -> bool {
    text.starts_with("postgres://") || text.starts_with("postgresql://")
}

/// How the connection is encrypted: TLS when the server offers it (`sslmode=prefer`, the
/// default, as psql) or always (`sslmode=require`), its certificate verified against the CA
/// named by `sslrootcert` when the URL names one, else accepted as psql accepts it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tls {
    root_certificate: Option<std::path::PathBuf>,
}

/// The parsed URL, with the password given separately when the URL has none.
pub(crate) fn config(url: &str, password: Option<&str>) -> Result<(postgres::Config, ServerAddress, Tls)> {
    let (url, tls) = take_root_certificate(url);
    let mut config: postgres::Config = url
        .parse()
        .map_err(|e: postgres::Error| {
            Error::invalid_because("db", crate::msg!("invalid-postgres-url", url = without_password(&url), reason = e.to_string()))
        })?;
    if config.get_password().is_none() {
        if let Some(password) = password {
            config.password(password);
        }
    }
    let user = config.get_user().map(str::to_string).unwrap_or_else(whoami_user);
    if config.get_user().is_none() {
        config.user(&user);
    }
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => {
            config.host("localhost");
            "localhost".to_string()
        }
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let database = config.get_dbname().map(str::to_string).unwrap_or_else(|| user.clone());
    config.application_name("cxo-review");
    config.connect_timeout(std::time::Duration::from_secs(10));
    Ok((config, ServerAddress { user, host, port, database }, tls))
}

/// `url` as it may be shown: without the password it may hold.
pub fn without_password(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.split_once('@') {
            Some((credentials, host)) => {
                let user = credentials.split(':').next().unwrap_or_default();
                format!("{scheme}://{user}@{host}")
            }
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// `sslrootcert=PATH` is libpq's; the client library does not read it, so it is taken out of
/// the URL here.
fn take_root_certificate(url: &str) -> (String, Tls) {
    let Some((base, query)) = url.split_once('?') else { return (url.to_string(), Tls::default()) };
    let mut tls = Tls::default();
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.strip_prefix("sslrootcert=") {
            Some(path) => {
                tls.root_certificate = Some(std::path::PathBuf::from(path));
                false
            }
            None => true,
        })
        .collect();
    let url = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
    (url, tls)
}

fn tls_connector(tls: &Tls) -> Result<postgres_native_tls::MakeTlsConnector> {
    let mut builder = native_tls::TlsConnector::builder();
    match &tls.root_certificate {
        Some(path) => {
            let pem = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let certificate = native_tls::Certificate::from_pem(&pem)
                .map_err(|e| Error::wrong_file(path.display().to_string(), format!("is not a PEM certificate: {e}")))?;
            builder.add_root_certificate(certificate);
        }
        None => {
            // As psql with sslmode=prefer or require: encrypted, the server not authenticated.
            builder.danger_accept_invalid_certs(true).danger_accept_invalid_hostnames(true);
        }
    }
    let connector = builder.build().map_err(|e| Error::Internal(format!("TLS is not available: {e}")))?;
    Ok(postgres_native_tls::MakeTlsConnector::new(connector))
}

fn whoami_user() -> String {
    std::env::var("USER").unwrap_or_else(|_| "postgres".to_string())
}

/// Connects, turning the server's refusals into messages a user can act on.
pub(crate) fn connect(config: &postgres::Config, address: &ServerAddress, tls: &Tls) -> Result<Connection> {
    let client = config.connect(tls_connector(tls)?).map_err(|e| connection_error(e, address))?;
    // Not yet known to be a CxO Review database: nothing is written until it is.
    Ok(Connection::from_postgres(client))
}

fn connection_error(error: postgres::Error, address: &ServerAddress) -> Error {
    use postgres::error::SqlState;
    // The client's own reason ("Connection refused", "password missing") is its source.
    let cause = std::error::Error::source(&error).map(|s| s.to_string()).unwrap_or_else(|| error.to_string());
    let reason = match error.code() {
        Some(code) if code == &SqlState::INVALID_PASSWORD || code == &SqlState::INVALID_AUTHORIZATION_SPECIFICATION => {
            format!("the server refused the password of user \"{}\"", address.user)
        }
        Some(code) if code == &SqlState::INVALID_CATALOG_NAME => {
            format!("the server has no database \"{}\"", address.database)
        }
        Some(_) => crate::storage::db::postgres_message(&error),
        None if cause.contains("does not support TLS") => {
            "the server does not offer TLS, and the URL requires it (sslmode=require)".to_string()
        }
        None if cause.contains("certificate") => format!("the server's certificate is not signed by the CA given in sslrootcert ({cause})"),
        None if cause.contains("password missing") => {
            return Error::PasswordNeeded { address: address.to_string() };
        }
        None => format!("cannot reach {}:{} ({cause})", address.host, address.port),
    };
    Error::Connection { address: address.to_string(), reason }
}

/// What a server database is, as far as CxO Review is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Identity {
    /// No tables of its own: safe to set up.
    Blank,
    CxoReview { version: i64 },
}

/// Tells a CxO Review database from any other, and refuses one newer than this build.
pub(crate) fn identify(conn: &Connection, address: &ServerAddress, newest: i64) -> Result<Identity> {
    identify_as_allowed(conn, address, newest).map_err(|e| match e {
        Error::Database { source, .. } if source.is_permission_denied() => Error::Denied {
            user: address.user.clone(),
            reason: format!(
                "this login may not read {address}: it is not in the database's team (the owner adds it with \
                 `cxo-review --db {address} team add-user {} --role ROLE`), or the tables belong to a login other \
                 than the one that ran `team init`",
                address.user
            ),
        },
        other => other,
    })
}

fn identify_as_allowed(conn: &Connection, address: &ServerAddress, newest: i64) -> Result<Identity> {
    let marked: bool = conn.query_row("SELECT to_regclass('cxo_review_schema') IS NOT NULL", (), |row| row.get(0))?;
    if !marked {
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()",
            (),
            |row| row.get(0),
        )?;
        if tables > 0 {
            return Err(Error::wrong_file(address.to_string(), "is a PostgreSQL database, but not one of CxO Review"));
        }
        return Ok(Identity::Blank);
    }
    let version: i64 = conn.query_row("SELECT max(version) FROM cxo_review_schema", (), |row| row.get(0))?;
    if version > newest {
        return Err(Error::NewerSchema { path: address.to_string(), found: version, supported: newest });
    }
    Ok(Identity::CxoReview { version })
}

/// Sets up a blank database: the whole schema of the first server release and its countries in
/// one transaction, then every later migration as an upgrade would run it, so a new database
/// and an upgraded one cannot differ.
pub(crate) fn create_schema(conn: &Connection, address: &ServerAddress) -> Result<()> {
    let (base, migration, sql) = MIGRATIONS[0];
    let tx = conn.begin(crate::storage::db::Behavior::Immediate)?;
    tx.execute_batch(sql).map_err(|source| Error::Migration { path: address.to_string(), migration, source })?;
    crate::storage::reference::insert_regions_and_categories(&tx)?;
    crate::storage::reference::insert_countries(&tx)?;
    tx.commit()?;
    migrate(conn, address, base)
}

/// Brings a database at schema `version` up to the newest, one migration per transaction.
/// The first entry of [`MIGRATIONS`] is the whole schema, for blank databases only.
pub(crate) fn migrate(conn: &Connection, address: &ServerAddress, version: i64) -> Result<()> {
    let base = MIGRATIONS[0].0;
    if version < base {
        return Err(Error::Precondition(crate::msg!("precondition-server-test-schema", address = address.to_string(), version = version)));
    }
    for (target, migration, sql) in MIGRATIONS.iter().skip(1) {
        if *target <= version {
            continue;
        }
        let tx = conn.begin(crate::storage::db::Behavior::Immediate)?;
        tx.execute_batch(sql).map_err(|source| Error::Migration { path: address.to_string(), migration, source })?;
        // A migration may mark aggregates stale for the core to recompute, as on a file.
        crate::storage::aggregates::refresh(&tx)?;
        if *target == crate::storage::SCHEMA_VERSION {
            // Made from the live schema after the last migration, as a file's are.
            crate::storage::history::install_postgres(&tx)?;
        }
        tx.execute("UPDATE cxo_review_schema SET version = ?1", [*target])?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_url_is_shown_without_its_password_and_without_the_ca_option() {
        assert_eq!(super::without_password("postgres://bo:s3cret@db:5432/review"), "postgres://bo@db:5432/review");
        assert_eq!(super::without_password("postgres://bo@db/review"), "postgres://bo@db/review");
        let (url, tls) = super::take_root_certificate("postgres://bo@db/review?sslmode=require&sslrootcert=/etc/ca.crt");
        assert_eq!(url, "postgres://bo@db/review?sslmode=require");
        assert_eq!(tls.root_certificate.as_deref(), Some(std::path::Path::new("/etc/ca.crt")));
        let (url, tls) = super::take_root_certificate("postgres://bo@db/review");
        assert_eq!(url, "postgres://bo@db/review");
        assert!(tls.root_certificate.is_none());
    }

    #[test]
    fn the_server_schema_is_at_the_files_version() {
        assert_eq!(super::MIGRATIONS.last().map(|m| m.0), Some(crate::storage::SCHEMA_VERSION));
    }
}
