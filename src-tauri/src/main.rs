//! The CxO Review desktop shell: Tauri commands that call the core's use cases
//! ([`cxo_review::app::Session`]). No SQL and no business rules live here; each command takes
//! the open session, calls one use case off the UI thread, and turns its error into an
//! `ErrorReport` for the form or screen that asked.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
// Every command answers an error as an `ErrorReport`, which carries its message both in English
// and as a message of the catalogues: a report is made once per failed command and serialised at
// once, so its size on the stack costs nothing worth a box.
#![allow(clippy::result_large_err)]

mod commands;
mod menu;
mod recent;
mod state;

use tauri::{Emitter, Manager};

use menu::RecentPlaces;
use recent::{Place, Recent};
use state::{launch_argument, AppState, AtStart};

fn main() {
    let launched = std::time::Instant::now();
    paint_in_software();
    let commands = commands::builder();
    let mut builder = tauri::Builder::default();
    // A second launch hands what it was given to the first window and quits, before it opens
    // any database. The end-to-end tests run the app beside whatever instance the tester has
    // open, so they turn this off.
    if std::env::var_os("CXO_REVIEW_MULTIPLE_INSTANCES").is_none() {
        builder = builder.plugin(tauri_plugin_single_instance::init(second_launch));
    }
    let app = builder
        .plugin(tauri_plugin_dialog::init())
        // The window's size and place are restored, not whether it is shown: it starts hidden
        // and is shown once its first screen has painted (`reveal`).
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(tauri_plugin_window_state::StateFlags::all() - tauri_plugin_window_state::StateFlags::VISIBLE)
                .build(),
        )
        .invoke_handler(commands.invoke_handler())
        .on_menu_event(|app, event| menu::chosen(app, event.id().as_ref()))
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::Focused(true) = event {
                menu::remember_nothing(window.app_handle());
            }
        })
        .build(tauri::generate_context!("../tauri.conf.json"));
    let app = match app {
        Ok(app) => app,
        Err(error) => stopped(error),
    };

    let recent = match app.path().app_config_dir() {
        Ok(folder) => Recent::load(folder.join("recent.json")),
        Err(_) => Recent::unkept(),
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let argument = launch_argument(std::env::args(), &cwd);
    let env_db = std::env::var("CXO_REVIEW_DB").ok().filter(|db| !db.is_empty());
    // A database set in the environment (scripts, tests, a shell's setting) is opened but not
    // put in the recent list, which holds what the user opened.
    let chosen_by_user = argument.is_some() || env_db.is_none();
    let at_start = AtStart::choose(
        argument,
        env_db,
        recent.last_database(),
        cxo_review::app::Session::default_path().ok().filter(|path| path.exists()),
    );
    timing("window built", launched);
    let state = AppState::start(launched, at_start);
    timing("database opened", launched);
    state.prepare_dashboard(commands::meetings::today());
    state::back_up_when_idle(&state);
    let opened = opened_at_start(&state).filter(|_| chosen_by_user);
    // Without a menu bar the window still does everything through its own buttons.
    let language = menu::system_language();
    match menu::build(app.handle(), language) {
        Ok((bar, recent_menu)) => {
            let _ = app.set_menu(bar);
            app.manage(RecentPlaces { list: std::sync::Mutex::new(recent), menu: std::sync::Mutex::new((recent_menu, language)) });
            match opened {
                Some(place) => menu::remember(app.handle(), place),
                None => menu::remember_nothing(app.handle()),
            }
        }
        Err(error) => eprintln!("CxO Review: the menu bar could not be made: {error}"),
    }
    app.manage(state);
    reveal_at_the_latest(app.handle());
    timing("event loop started", launched);
    app.run(|_, _| {});
}

/// Turns off WebKit's accelerated compositing, unless the environment already says how it wants
/// it. Screens of forms, tables and lists gain nothing from it, and it costs: setting the
/// compositor up delays the first screen (0.15 s of 1.4 s on two cores) and its layers hold
/// some 80 MiB (docs/performance.md, "Beside the empty Tauri window"). WebKitGTK reads this
/// variable when it creates the view (its settings, changed afterwards, came too late for the
/// first page), so it is set first thing, before any thread starts.
fn paint_in_software() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// How long the window may stay hidden while its page loads. The page shows it as soon as its
/// first screen has painted; this is for a page that never says so (a script error), so the
/// window always comes up.
const REVEAL_AT_THE_LATEST: std::time::Duration = std::time::Duration::from_secs(4);

fn reveal_at_the_latest(app: &tauri::AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(REVEAL_AT_THE_LATEST);
        commands::app::reveal(&app);
    });
}

/// What the app opened at start, for the recent list (not the demo database).
fn opened_at_start(state: &AppState) -> Option<Place> {
    if let Some(package) = state.package.lock().ok().and_then(|p| p.clone()) {
        return Some(Place::package(&package));
    }
    let session = state.session.lock().ok()?;
    let session = session.as_ref().filter(|s| !state::is_demo(s))?;
    Some(Place::of(&session.describe()))
}

/// A second launch: the first window comes forward and opens the database or package given.
fn second_launch(app: &tauri::AppHandle, args: Vec<String>, cwd: String) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
    if let Some(argument) = launch_argument(args, std::path::Path::new(&cwd)) {
        let _ = app.emit(menu::OPEN_EVENT, Place::of(&argument));
    }
}

/// With CXO_REVIEW_TIMING set, says when a step of the launch ended (scripts/bench-app.sh).
fn timing(step: &str, launched: std::time::Instant) {
    if std::env::var_os("CXO_REVIEW_TIMING").is_some() {
        eprintln!("{step} {} ms after launch", launched.elapsed().as_millis());
    }
}

fn stopped(error: tauri::Error) -> ! {
    eprintln!("CxO Review stopped: {error}");
    std::process::exit(1);
}
