//! The window's menu bar (File, Edit, View, Help) and what its items do. Items that need the
//! window (picking a file, switching screens) are sent to it as a `menu` event carrying the
//! item's id, and the window runs the same code as its buttons (ui/src/lib/menu.ts); a recent
//! place is sent as an `open-place` event; Quit, clearing the recent list and, on Linux, the
//! editing commands are done here.

use std::sync::Mutex;

use tauri::menu::{AboutMetadata, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Manager, Wry};

use crate::recent::{Place, Recent};

/// The event the window receives for an item it carries out; its payload is the item's id.
pub const MENU_EVENT: &str = "menu";
/// The event the window receives to open a database or package (a recent place, or a file given
/// to a second launch); its payload is a [`Place`].
pub const OPEN_EVENT: &str = "open-place";

/// An item of the menu bar: its id, its label, its shortcut.
pub struct Item {
    pub id: &'static str,
    pub label: &'static str,
    pub accelerator: Option<&'static str>,
}

const fn item(id: &'static str, label: &'static str, accelerator: Option<&'static str>) -> Item {
    Item { id, label, accelerator }
}

/// File's items before Open Recent, and after it (a `None` is a separator).
pub const FILE_OPEN: &[Item] = &[
    item("file-new", "New database…", Some("CmdOrCtrl+N")),
    item("file-open", "Open database…", Some("CmdOrCtrl+O")),
];
pub const FILE_REST: &[Option<Item>] = &[
    Some(item("file-demo", "Open the demo database", None)),
    Some(item("file-connect", "Connect to a team database…", None)),
    Some(item("file-package", "Open review package…", None)),
    None,
    Some(item("file-backup", "Back up now", Some("CmdOrCtrl+B"))),
    Some(item("file-import", "Import…", Some("CmdOrCtrl+I"))),
    Some(item("file-export", "Export database…", Some("CmdOrCtrl+E"))),
    None,
    Some(item(QUIT, "Quit", Some("CmdOrCtrl+Q"))),
];

/// The screens, in the sidebar's order (ui/src/App.svelte), with Ctrl+1 … Ctrl+9 and Ctrl+0.
pub const VIEW: &[Item] = &[
    item("screen-dashboard", "Dashboard", Some("CmdOrCtrl+1")),
    item("screen-meetings", "Meetings", Some("CmdOrCtrl+2")),
    item("screen-directory", "People & organizations", Some("CmdOrCtrl+3")),
    item("screen-actions", "Actions", Some("CmdOrCtrl+4")),
    item("screen-contributions", "Contributions", Some("CmdOrCtrl+5")),
    item("screen-objectives", "Objectives", Some("CmdOrCtrl+6")),
    item("screen-review", "Review", Some("CmdOrCtrl+7")),
    item("screen-proposals", "Proposals & export", Some("CmdOrCtrl+8")),
    item("screen-settings", "Settings", Some("CmdOrCtrl+9")),
    item("screen-activity", "Activity", Some("CmdOrCtrl+0")),
];
pub const RELOAD: Item = item("view-reload", "Reload", Some("CmdOrCtrl+R"));

const QUIT: &str = "file-quit";
const RECENT_PREFIX: &str = "recent-";
const CLEAR_RECENT: &str = "recent-clear";

/// The Edit items on Linux. GTK has no working predefined Undo and Redo (and its Cut, Copy,
/// Paste and Select All do nothing when chosen with the mouse), so these ask the web view to
/// run the editing command itself: `(id, label, shortcut, WebKit's command)`.
#[cfg(target_os = "linux")]
const EDIT: &[(&str, &str, &str, &str)] = &[
    ("edit-undo", "Undo", "CmdOrCtrl+Z", "Undo"),
    ("edit-redo", "Redo", "CmdOrCtrl+Shift+Z", "Redo"),
    ("edit-cut", "Cut", "CmdOrCtrl+X", "Cut"),
    ("edit-copy", "Copy", "CmdOrCtrl+C", "Copy"),
    ("edit-paste", "Paste", "CmdOrCtrl+V", "Paste"),
    ("edit-select-all", "Select All", "CmdOrCtrl+A", "SelectAll"),
];

/// The recent places, shared by the menu and the commands that open a database, and the
/// File › Open Recent submenu that shows them.
pub struct RecentPlaces {
    pub list: Mutex<Recent>,
    pub menu: Submenu<Wry>,
}

/// The menu bar, and its File › Open Recent submenu (filled by [`fill_recent`]).
pub fn build(app: &AppHandle<Wry>) -> tauri::Result<(Menu<Wry>, Submenu<Wry>)> {
    let entry = |i: &Item| MenuItem::with_id(app, i.id, i.label, true, i.accelerator);

    let recent_menu = Submenu::new(app, "Open Recent", true)?;

    let file = Submenu::new(app, "File", true)?;
    for i in FILE_OPEN {
        file.append(&entry(i)?)?;
    }
    file.append(&recent_menu)?;
    for i in FILE_REST {
        match i {
            Some(i) => file.append(&entry(i)?)?,
            None => file.append(&PredefinedMenuItem::separator(app)?)?,
        }
    }

    let edit = Submenu::new(app, "Edit", true)?;
    #[cfg(target_os = "linux")]
    for (n, (id, label, accelerator, _)) in EDIT.iter().enumerate() {
        edit.append(&MenuItem::with_id(app, *id, *label, true, Some(*accelerator))?)?;
        if n == 1 {
            edit.append(&PredefinedMenuItem::separator(app)?)?;
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        edit.append(&PredefinedMenuItem::undo(app, None)?)?;
        edit.append(&PredefinedMenuItem::redo(app, None)?)?;
        edit.append(&PredefinedMenuItem::separator(app)?)?;
        edit.append(&PredefinedMenuItem::cut(app, None)?)?;
        edit.append(&PredefinedMenuItem::copy(app, None)?)?;
        edit.append(&PredefinedMenuItem::paste(app, None)?)?;
        edit.append(&PredefinedMenuItem::select_all(app, None)?)?;
    }

    let view = Submenu::new(app, "View", true)?;
    for i in VIEW {
        view.append(&entry(i)?)?;
    }
    view.append(&PredefinedMenuItem::separator(app)?)?;
    view.append(&entry(&RELOAD)?)?;

    let about = AboutMetadata {
        name: Some("CxO Review".into()),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        comments: Some("Track executive consultations, Resolution 68 contributions and reviews of the ITU-T CTO/CxO process, and report to TSAG.".into()),
        license: Some(env!("CARGO_PKG_LICENSE").into()),
        ..Default::default()
    };
    let help = Submenu::new(app, "Help", true)?;
    help.append(&PredefinedMenuItem::about(app, Some("About CxO Review"), Some(about))?)?;

    Ok((Menu::with_items(app, &[&file, &edit, &view, &help])?, recent_menu))
}

/// Shows `recent` in the Open Recent submenu `menu`, in place of what it showed (a file no
/// longer there is shown disabled).
pub fn fill_recent(app: &AppHandle<Wry>, menu: &Submenu<Wry>, recent: &Recent) -> tauri::Result<()> {
    for old in menu.items()? {
        menu.remove(&old)?;
    }
    for (n, place) in recent.places().iter().enumerate() {
        menu.append(&MenuItem::with_id(app, format!("{RECENT_PREFIX}{n}"), place.label(), place.available(), None::<&str>)?)?;
    }
    if recent.places().is_empty() {
        menu.append(&MenuItem::with_id(app, "recent-none", "No databases opened yet", false, None::<&str>)?)?;
    }
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(app, CLEAR_RECENT, "Clear the list", !recent.places().is_empty(), None::<&str>)?)?;
    Ok(())
}

/// Carries out the menu item `id`.
pub fn chosen(app: &AppHandle<Wry>, id: &str) {
    #[cfg(target_os = "linux")]
    if let Some((_, _, _, command)) = EDIT.iter().find(|(edit, ..)| *edit == id) {
        if let Some(webview) = app.get_webview_window("main") {
            let command = command.to_string();
            let _ = webview.with_webview(move |view| {
                use webkit2gtk::WebViewExt;
                view.inner().execute_editing_command(&command);
            });
        }
        return;
    }
    match id {
        QUIT => app.exit(0),
        CLEAR_RECENT => change_recent(app, Recent::clear),
        _ => match id.strip_prefix(RECENT_PREFIX).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) => {
                let place = app.try_state::<RecentPlaces>().and_then(|r| r.list.lock().ok()?.places().get(n).cloned());
                if let Some(place) = place {
                    // A file gone since the menu was filled leaves the list; the window still
                    // tries it, and says why it cannot be opened.
                    if !place.available() {
                        change_recent(app, |recent| recent.remove(&place));
                    }
                    let _ = app.emit(OPEN_EVENT, place);
                }
            }
            None => {
                let _ = app.emit(MENU_EVENT, id);
            }
        },
    }
}

/// Puts `place` first in the recent list, keeps the list and shows it in the menu.
pub fn remember(app: &AppHandle<Wry>, place: Place) {
    change_recent(app, |recent| recent.add(place));
}

/// Shows the recent list in the menu as it is, files gone since shown disabled: at start, and
/// whenever the window comes to the front (a file may have been moved meanwhile).
pub fn remember_nothing(app: &AppHandle<Wry>) {
    if let Some(places) = app.try_state::<RecentPlaces>() {
        if let Ok(recent) = places.list.lock() {
            if let Err(error) = fill_recent(app, &places.menu, &recent) {
                eprintln!("CxO Review: the Open Recent menu could not be filled: {error}");
            }
        }
    }
}

fn change_recent(app: &AppHandle<Wry>, change: impl FnOnce(&mut Recent)) {
    let Some(places) = app.try_state::<RecentPlaces>() else { return };
    let Ok(mut recent) = places.list.lock() else { return };
    change(&mut recent);
    // The list is a convenience: a folder that cannot be written costs only the list.
    if let Err(error) = recent.save() {
        eprintln!("CxO Review: the list of recent databases could not be saved: {error}");
    }
    if let Err(error) = fill_recent(app, &places.menu, &recent) {
        eprintln!("CxO Review: the Open Recent menu could not be updated: {error}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<&'static Item> {
        FILE_OPEN.iter().chain(FILE_REST.iter().flatten()).chain(VIEW).chain(std::iter::once(&RELOAD)).collect()
    }

    #[test]
    fn every_item_has_its_own_id_and_shortcut() {
        let mut ids: Vec<&str> = items().iter().map(|i| i.id).collect();
        #[cfg(target_os = "linux")]
        ids.extend(EDIT.iter().map(|e| e.0));
        assert_unique(ids.clone(), "an id");
        assert!(ids.iter().all(|id| !id.starts_with(RECENT_PREFIX)), "recent places have ids of their own");
        let mut keys: Vec<&str> = items().iter().filter_map(|i| i.accelerator).collect();
        #[cfg(target_os = "linux")]
        keys.extend(EDIT.iter().map(|e| e.2));
        assert_unique(keys, "a shortcut");
    }

    fn assert_unique(mut list: Vec<&str>, what: &str) {
        let count = list.len();
        list.sort();
        list.dedup();
        assert_eq!(list.len(), count, "{what} is used twice: {list:?}");
    }

    /// The View menu lists the sidebar's screens, in its order, and the window carries out every
    /// item it is sent.
    #[test]
    fn the_window_knows_every_item_it_is_sent() {
        let app = include_str!("../../ui/src/App.svelte");
        let screens: Vec<&str> = app
            .split("{ id: \"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default())
            .collect();
        let view: Vec<&str> = VIEW.iter().map(|i| i.id.trim_start_matches("screen-")).collect();
        assert_eq!(view, screens, "View lists the sidebar's screens");
        let routing = include_str!("../../ui/src/lib/menu.ts");
        for i in items().iter().filter(|i| i.id != QUIT && !i.id.starts_with("screen-")) {
            assert!(routing.contains(&format!("\"{}\"", i.id)), "ui/src/lib/menu.ts carries out {}", i.id);
        }
        assert!(routing.contains(&format!("\"{MENU_EVENT}\"")) && routing.contains(&format!("\"{OPEN_EVENT}\"")));
    }
}
