fn main() {
    // The app's configuration is at the top of the repository, beside Cargo.toml, src-tauri,
    // ui, tests and icons (the users' layout), not in this crate's folder.
    println!("cargo:rerun-if-changed=../tauri.conf.json");
    if let Err(error) = tauri_build::try_build(tauri_build::Attributes::new().config_path("../tauri.conf.json")) {
        eprintln!("../tauri.conf.json: {error:#}");
        std::process::exit(1);
    }
}
