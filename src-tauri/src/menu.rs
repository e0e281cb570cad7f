//! The window's menu bar (File, Edit, View, Help) and what its items do. Items that need the
//! window (picking a file, switching screens) are sent to it as a `menu` event carrying the
//! item's id, and the window runs the same code as its buttons (ui/src/lib/menu.ts); a recent
//! place is sent as an `open-place` event; Quit, clearing the recent list and, on Linux, the
//! editing commands are done here.

use std::sync::Mutex;

use cxo_review::i18n::{Language, Message};
use tauri::menu::{AboutMetadata, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Manager, Wry};

use crate::recent::{Place, Recent};

/// The event the window receives for an item it carries out; its payload is the item's id.
pub const MENU_EVENT: &str = "menu";
/// The event the window receives to open a database or package (a recent place, or a file given
/// to a second launch); its payload is a [`Place`].
pub const OPEN_EVENT: &str = "open-place";

/// An item of the menu bar: its id, its label (a message of the catalogues), its shortcut.
pub struct Item {
    pub id: &'static str,
    pub label: &'static str,
    pub accelerator: Option<&'static str>,
}

const fn item(id: &'static str, label: &'static str, accelerator: Option<&'static str>) -> Item {
    Item { id, label, accelerator }
}

/// Marks a message id of the catalogues written where a constant must be: the label is looked
/// up when the menu is built, in the window's language (the catalogue check finds it by this).
const fn tr(id: &'static str) -> &'static str {
    id
}

/// A label of the catalogues in `language`.
fn text(id: &str, language: Language) -> String {
    Message::new(id).render(language)
}

/// File's items before Open Recent, and after it (a `None` is a separator).
pub const FILE_OPEN: &[Item] = &[
    item("file-new", tr("menu-file-new"), Some("CmdOrCtrl+N")),
    item("file-open", tr("menu-file-open"), Some("CmdOrCtrl+O")),
];
pub const FILE_REST: &[Option<Item>] = &[
    Some(item("file-demo", tr("menu-file-demo"), None)),
    Some(item("file-connect", tr("menu-file-connect"), None)),
    Some(item("file-package", tr("menu-file-package"), None)),
    None,
    Some(item("file-backup", tr("menu-file-backup"), Some("CmdOrCtrl+B"))),
    Some(item("file-import", tr("menu-file-import"), Some("CmdOrCtrl+I"))),
    Some(item("file-export", tr("menu-file-export"), Some("CmdOrCtrl+E"))),
    None,
    Some(item(QUIT, tr("menu-file-quit"), Some("CmdOrCtrl+Q"))),
];

/// The screens, in the sidebar's order (ui/src/App.svelte), with Ctrl+1 … Ctrl+9 and Ctrl+0.
pub const VIEW: &[Item] = &[
    item("screen-dashboard", tr("screen-dashboard"), Some("CmdOrCtrl+1")),
    item("screen-meetings", tr("screen-meetings"), Some("CmdOrCtrl+2")),
    item("screen-directory", tr("screen-directory"), Some("CmdOrCtrl+3")),
    item("screen-actions", tr("screen-actions"), Some("CmdOrCtrl+4")),
    item("screen-contributions", tr("screen-contributions"), Some("CmdOrCtrl+5")),
    item("screen-objectives", tr("screen-objectives"), Some("CmdOrCtrl+6")),
    item("screen-review", tr("screen-review"), Some("CmdOrCtrl+7")),
    item("screen-proposals", tr("screen-proposals"), Some("CmdOrCtrl+8")),
    item("screen-settings", tr("screen-settings"), Some("CmdOrCtrl+9")),
    item("screen-activity", tr("screen-activity"), Some("CmdOrCtrl+0")),
];
pub const RELOAD: Item = item("view-reload", tr("menu-view-reload"), Some("CmdOrCtrl+R"));

const QUIT: &str = "file-quit";
const RECENT_PREFIX: &str = "recent-";
const CLEAR_RECENT: &str = "recent-clear";

/// The Edit items on Linux. GTK has no working predefined Undo and Redo (and its Cut, Copy,
/// Paste and Select All do nothing when chosen with the mouse), so these ask the web view to
/// run the editing command itself: `(id, label, shortcut, WebKit's command)`.
#[cfg(target_os = "linux")]
const EDIT: &[(&str, &str, &str, &str)] = &[
    ("edit-undo", tr("menu-edit-undo"), "CmdOrCtrl+Z", "Undo"),
    ("edit-redo", tr("menu-edit-redo"), "CmdOrCtrl+Shift+Z", "Redo"),
    ("edit-cut", tr("menu-edit-cut"), "CmdOrCtrl+X", "Cut"),
    ("edit-copy", tr("menu-edit-copy"), "CmdOrCtrl+C", "Copy"),
    ("edit-paste", tr("menu-edit-paste"), "CmdOrCtrl+V", "Paste"),
    ("edit-select-all", tr("menu-edit-select-all"), "CmdOrCtrl+A", "SelectAll"),
];

/// The recent places, shared by the menu and the commands that open a database, and the
/// File › Open Recent submenu that shows them.
pub struct RecentPlaces {
    pub list: Mutex<Recent>,
    /// The submenu and the language it is in: both change when the user picks another language.
    pub menu: Mutex<(Submenu<Wry>, Language)>,
}

/// The language the menu starts in, before the window says the user's choice: the system's.
pub fn system_language() -> Language {
    crate::commands::app::system_language().unwrap_or(Language::En)
}

/// The menu bar in `language`, and its File › Open Recent submenu (filled by [`fill_recent`]).
pub fn build(app: &AppHandle<Wry>, language: Language) -> tauri::Result<(Menu<Wry>, Submenu<Wry>)> {
    let entry = |i: &Item| MenuItem::with_id(app, i.id, text(i.label, language), true, i.accelerator);

    let recent_menu = Submenu::new(app, text(tr("menu-file-recent"), language), true)?;

    let file = Submenu::new(app, text(tr("menu-file"), language), true)?;
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

    let edit = Submenu::new(app, text(tr("menu-edit"), language), true)?;
    #[cfg(target_os = "linux")]
    for (n, (id, label, accelerator, _)) in EDIT.iter().enumerate() {
        edit.append(&MenuItem::with_id(app, *id, text(label, language), true, Some(*accelerator))?)?;
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

    let view = Submenu::new(app, text(tr("menu-view"), language), true)?;
    for i in VIEW {
        view.append(&entry(i)?)?;
    }
    view.append(&PredefinedMenuItem::separator(app)?)?;
    view.append(&entry(&RELOAD)?)?;

    let about = AboutMetadata {
        name: Some("CxO Review".into()),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        comments: Some(text(tr("menu-about-comments"), language)),
        license: Some(env!("CARGO_PKG_LICENSE").into()),
        ..Default::default()
    };
    let help = Submenu::new(app, text(tr("menu-help"), language), true)?;
    help.append(&PredefinedMenuItem::about(app, Some(&text(tr("menu-about"), language)), Some(about))?)?;

    Ok((Menu::with_items(app, &[&file, &edit, &view, &help])?, recent_menu))
}

/// Shows `recent` in the Open Recent submenu `menu`, in place of what it showed (a file no
/// longer there is shown disabled).
pub fn fill_recent(app: &AppHandle<Wry>, (menu, language): &(Submenu<Wry>, Language), recent: &Recent) -> tauri::Result<()> {
    let language = *language;
    for old in menu.items()? {
        menu.remove(&old)?;
    }
    for (n, place) in recent.places().iter().enumerate() {
        menu.append(&MenuItem::with_id(app, format!("{RECENT_PREFIX}{n}"), place.label(), place.available(), None::<&str>)?)?;
    }
    if recent.places().is_empty() {
        menu.append(&MenuItem::with_id(app, "recent-none", text(tr("menu-recent-none"), language), false, None::<&str>)?)?;
    }
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(app, CLEAR_RECENT, text(tr("menu-recent-clear"), language), !recent.places().is_empty(), None::<&str>)?)?;
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
        if let (Ok(recent), Ok(menu)) = (places.list.lock(), places.menu.lock()) {
            if let Err(error) = fill_recent(app, &menu, &recent) {
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
    let Ok(menu) = places.menu.lock() else { return };
    if let Err(error) = fill_recent(app, &menu, &recent) {
        eprintln!("CxO Review: the Open Recent menu could not be updated: {error}");
    }
}

/// Builds the menu bar again in `language`, when the user picks another in Settings.
pub fn speak(app: &AppHandle<Wry>, language: Language) -> tauri::Result<()> {
    let Some(places) = app.try_state::<RecentPlaces>() else { return Ok(()) };
    // The window tells its language at every start: a menu already in it is left as it is.
    if places.menu.lock().is_ok_and(|menu| menu.1 == language) {
        return Ok(());
    }
    let (bar, recent_menu) = build(app, language)?;
    app.set_menu(bar)?;
    if let Ok(mut menu) = places.menu.lock() {
        *menu = (recent_menu, language);
    }
    remember_nothing(app);
    Ok(())
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
