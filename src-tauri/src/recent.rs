//! The databases and review packages opened lately, newest first: File › Open Recent lists
//! them, and the app starts on the newest database file of the list. Kept in the app's config
//! folder as `recent.json`, written whole to a temporary file that then replaces the old one,
//! so that a crash mid-write leaves the previous list rather than half of one.

use std::io::Write;
use std::path::{Path, PathBuf};

use cxo_review::app::Session;
use serde::{Deserialize, Serialize};

/// How many places the list keeps.
pub const KEEP: usize = 10;

/// What a place holds, which decides how it is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// A database file.
    Database,
    /// A team database on a PostgreSQL server (its URL, never with a password).
    Team,
    /// A review package, opened in reviewer mode.
    Package,
}

/// A database or review package, as the app opens it and the list remembers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Place {
    pub kind: PlaceKind,
    /// The file's path, or the team database's URL without its password.
    pub location: String,
}

impl Place {
    /// What `text` names: a server's URL is a team database (its password dropped, so that it
    /// is never written to the list nor shown), a `.cxopkg` file a review package, anything else
    /// a database file.
    pub fn of(text: &str) -> Place {
        if Session::is_server_url(text) {
            return Place { kind: PlaceKind::Team, location: Session::shown_location(text) };
        }
        let package = Path::new(text).extension().is_some_and(|e| e.eq_ignore_ascii_case("cxopkg"));
        Place { kind: if package { PlaceKind::Package } else { PlaceKind::Database }, location: text.to_string() }
    }

    pub fn database(path: &Path) -> Place {
        Place { kind: PlaceKind::Database, location: path.display().to_string() }
    }

    pub fn package(path: &Path) -> Place {
        Place { kind: PlaceKind::Package, location: path.display().to_string() }
    }

    /// Whether it can be opened as far as this computer can tell: the file is there (a team
    /// database's server is only known when connecting).
    pub fn available(&self) -> bool {
        self.kind == PlaceKind::Team || Path::new(&self.location).is_file()
    }

    /// The menu's label: the file's name and its folder, or the URL.
    pub fn label(&self) -> String {
        if self.kind == PlaceKind::Team {
            return self.location.clone();
        }
        let path = Path::new(&self.location);
        match (path.file_name(), path.parent().filter(|p| !p.as_os_str().is_empty())) {
            (Some(name), Some(folder)) => format!("{} — {}", name.to_string_lossy(), folder.display()),
            _ => self.location.clone(),
        }
    }
}

/// The list, newest first, and the file that keeps it (none when this computer gives the app
/// no config folder: the list then lasts as long as the app runs).
#[derive(Debug)]
pub struct Recent {
    file: Option<PathBuf>,
    places: Vec<Place>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    recent: Vec<Place>,
}

impl Recent {
    /// The list kept in `file`. A missing file is an empty list; so is one that cannot be read
    /// (the list is a convenience: losing it must not keep the app from starting), and the next
    /// save replaces it.
    pub fn load(file: PathBuf) -> Recent {
        let places = std::fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok())
            .map(|stored| stored.recent)
            .unwrap_or_default();
        let mut recent = Recent { file: Some(file), places: Vec::new() };
        // Newest first: adding the oldest first keeps the order and drops repeats and any
        // password a hand-edited file may hold.
        for place in places.into_iter().rev() {
            recent.add(place);
        }
        recent
    }

    /// A list kept nowhere.
    pub fn unkept() -> Recent {
        Recent { file: None, places: Vec::new() }
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Puts `place` first (once: an earlier mention of it goes), keeping the newest [`KEEP`].
    pub fn add(&mut self, place: Place) {
        let place = match place.kind {
            PlaceKind::Team => Place::of(&place.location),
            _ => place,
        };
        self.places.retain(|p| !same(p, &place));
        self.places.insert(0, place);
        self.places.truncate(KEEP);
    }

    /// Takes `place` out of the list (a file found gone when chosen).
    pub fn remove(&mut self, place: &Place) {
        self.places.retain(|p| !same(p, place));
    }

    pub fn clear(&mut self) {
        self.places.clear();
    }

    /// The newest database file of the list that is still there: where the app starts.
    pub fn last_database(&self) -> Option<PathBuf> {
        self.places.iter().find(|p| p.kind == PlaceKind::Database && p.available()).map(|p| PathBuf::from(&p.location))
    }

    /// Writes the list to its file: a temporary file beside it, then renamed over it.
    pub fn save(&self) -> std::io::Result<()> {
        let Some(file) = &self.file else { return Ok(()) };
        let folder = file.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder)?;
        let text = serde_json::to_vec_pretty(&Stored { recent: self.places.clone() }).map_err(std::io::Error::other)?;
        let temp = folder.join(format!(".recent.json.{}.tmp", std::process::id()));
        let written = std::fs::File::create(&temp).and_then(|mut file| {
            file.write_all(&text)?;
            file.sync_all()
        });
        match written.and_then(|()| std::fs::rename(&temp, file)) {
            Ok(()) => Ok(()),
            Err(error) => {
                let _ = std::fs::remove_file(&temp);
                Err(error)
            }
        }
    }
}

/// Whether two places are the same: the same kind and location, a file's path compared as
/// the file system resolves it when it can (`./a.sqlite` and `/home/bo/a.sqlite`).
fn same(a: &Place, b: &Place) -> bool {
    if a.kind != b.kind {
        return false;
    }
    if a.kind == PlaceKind::Team {
        return a.location == b.location;
    }
    let resolved = |p: &Place| std::fs::canonicalize(&p.location).unwrap_or_else(|_| PathBuf::from(&p.location));
    a.location == b.location || resolved(a) == resolved(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db(location: &str) -> Place {
        Place { kind: PlaceKind::Database, location: location.into() }
    }

    #[test]
    fn places_are_told_apart_by_what_they_name() {
        assert_eq!(Place::of("/data/review.sqlite").kind, PlaceKind::Database);
        assert_eq!(Place::of("/data/Delegate A.CXOPKG").kind, PlaceKind::Package);
        let team = Place::of("postgres://bo:secret@db.itu.int:5432/review");
        assert_eq!(team.kind, PlaceKind::Team);
        assert!(!team.location.contains("secret"), "{}", team.location);
        assert!(team.location.contains("bo@db.itu.int"), "{}", team.location);
    }

    #[test]
    fn adding_puts_a_place_first_once_and_keeps_the_newest_ten() {
        let dir = tempfile::tempdir().unwrap();
        let mut recent = Recent::load(dir.path().join("recent.json"));
        for i in 0..12 {
            recent.add(db(&format!("/data/{i}.sqlite")));
        }
        assert_eq!(recent.places().len(), KEEP);
        assert_eq!(recent.places()[0], db("/data/11.sqlite"));
        assert_eq!(recent.places()[KEEP - 1], db("/data/2.sqlite"));
        recent.add(db("/data/5.sqlite"));
        assert_eq!(recent.places()[0], db("/data/5.sqlite"));
        assert_eq!(recent.places().iter().filter(|p| p.location == "/data/5.sqlite").count(), 1);
        assert_eq!(recent.places().len(), KEEP);
        // The same file under two names is one place; a package of the same name is another.
        let file = dir.path().join("a.sqlite");
        std::fs::write(&file, b"").unwrap();
        recent.add(Place::database(&file));
        recent.add(Place::database(&dir.path().join(".").join("a.sqlite")));
        assert_eq!(recent.places().iter().filter(|p| p.location.ends_with("a.sqlite")).count(), 1);
        recent.add(Place { kind: PlaceKind::Package, location: "/data/5.sqlite".into() });
        assert_eq!(recent.places().iter().filter(|p| p.location == "/data/5.sqlite").count(), 2);
        recent.remove(&db("/data/5.sqlite"));
        assert_eq!(recent.places()[0].kind, PlaceKind::Package, "only the database is taken out");
        assert!(!recent.places().contains(&db("/data/5.sqlite")));
    }

    #[test]
    fn a_team_database_is_kept_without_its_password() {
        let dir = tempfile::tempdir().unwrap();
        let mut recent = Recent::load(dir.path().join("recent.json"));
        recent.add(Place { kind: PlaceKind::Team, location: "postgres://bo:secret@host/review".into() });
        recent.add(Place::of("postgres://bo@host/review"));
        assert_eq!(recent.places().len(), 1, "{:?}", recent.places());
        recent.save().unwrap();
        let text = std::fs::read_to_string(dir.path().join("recent.json")).unwrap();
        assert!(!text.contains("secret"), "{text}");
    }

    #[test]
    fn the_list_survives_a_save_and_a_damaged_file_is_an_empty_list() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config").join("recent.json");
        let mut recent = Recent::load(file.clone());
        assert!(recent.places().is_empty());
        recent.add(db("/data/old.sqlite"));
        recent.add(Place::of("/data/delegate.cxopkg"));
        recent.add(db("/data/new.sqlite"));
        recent.save().unwrap();
        let again = Recent::load(file.clone());
        assert_eq!(again.places(), recent.places());
        // Only the list is in the folder: the temporary file was renamed over it.
        assert_eq!(std::fs::read_dir(file.parent().unwrap()).unwrap().count(), 1);
        std::fs::write(&file, b"{\"recent\": [").unwrap();
        assert!(Recent::load(file).places().is_empty());
    }

    #[test]
    fn the_app_starts_on_the_newest_database_file_still_there() {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("kept.sqlite");
        std::fs::write(&kept, b"").unwrap();
        let mut recent = Recent::load(dir.path().join("recent.json"));
        assert_eq!(recent.last_database(), None);
        recent.add(Place::database(&kept));
        recent.add(Place::database(&dir.path().join("gone.sqlite")));
        recent.add(Place::of("postgres://bo@host/review"));
        recent.add(Place::package(&kept.with_extension("cxopkg")));
        assert_eq!(recent.last_database(), Some(kept.clone()));
        assert!(!recent.places()[2].available(), "a missing file is not offered");
        assert!(recent.places()[1].available(), "a team database is tried when chosen");
    }

    #[test]
    fn a_file_is_labelled_by_its_name_then_its_folder() {
        assert_eq!(db("/data/tsb/review.sqlite").label(), "review.sqlite — /data/tsb");
        assert_eq!(db("review.sqlite").label(), "review.sqlite");
    }
}
