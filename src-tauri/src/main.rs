//! The CxO Review desktop shell: Tauri commands that call the core's use cases
//! ([`cxo_review::app::Session`]). No SQL and no business rules live here; each command takes
//! the open session, calls one use case off the UI thread, and turns its error into an
//! `ErrorReport` for the form or screen that asked.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod state;

fn main() {
    let launched = std::time::Instant::now();
    let state = state::AppState::start(launched, state::package_argument(std::env::args()));
    state::back_up_when_idle(&state);
    let commands = commands::builder();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .manage(state)
        .invoke_handler(commands.invoke_handler())
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("CxO Review stopped: {error}");
        std::process::exit(1);
    }
}
