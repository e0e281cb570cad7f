fn main() {
    // tauri.conf.json lives at the workspace root, not in src-tauri/.
    println!("cargo:rerun-if-changed=../tauri.conf.json");
    tauri_build::try_build(tauri_build::Attributes::new().config_path("../tauri.conf.json"))
        .expect("failed to read ../tauri.conf.json");
}
