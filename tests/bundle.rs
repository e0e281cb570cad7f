//! The Linux packages, as `bash scripts/test.sh` bundles them from the debug build
//! (`tauri build --debug --bundles deb,rpm`): each holds the app itself (not the command-line
//! tool), its desktop entry opening review packages, its icons, and the file type of packages.
//! Ignored by `cargo test` alone: it needs the bundles, made after the end-to-end build.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bundles(kind: &str, extension: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let folder = target.join("debug/bundle").join(kind);
    let found: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}; bundle first (bash scripts/test.sh does)", folder.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    assert_eq!(found.len(), 1, "one {extension} in {}: {found:?}", folder.display());
    found.into_iter().next().expect("one bundle")
}

fn output(command: &mut Command) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(out.status.success(), "{command:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const FILES: &[&str] = &[
    "/usr/bin/cxo-review-app",
    "/usr/share/applications/CxO Review.desktop",
    "/usr/share/icons/hicolor/32x32/apps/cxo-review-app.png",
    "/usr/share/icons/hicolor/128x128/apps/cxo-review-app.png",
    "/usr/share/icons/hicolor/512x512/apps/cxo-review-app.png",
    "/usr/share/mime/packages/cxo-review.xml",
];

#[test]
#[ignore = "needs the bundles: bash scripts/test.sh makes them"]
fn the_deb_holds_the_app_its_desktop_entry_icons_and_the_package_file_type() {
    let deb = bundles("deb", "deb");
    let dir = tempfile::tempdir().expect("temp dir");
    output(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(dir.path()));
    for file in FILES {
        assert!(dir.path().join(file.trim_start_matches('/')).is_file(), "{file} in {}", deb.display());
    }
    let desktop = std::fs::read_to_string(dir.path().join("usr/share/applications/CxO Review.desktop")).expect("desktop");
    assert!(desktop.contains("Exec=cxo-review-app %f"), "a double-clicked file reaches the app:\n{desktop}");
    assert!(desktop.contains("MimeType=application/x-cxo-review-package"), "{desktop}");
    let mime = std::fs::read_to_string(dir.path().join("usr/share/mime/packages/cxo-review.xml")).expect("mime");
    assert!(mime.contains("<glob pattern=\"*.cxopkg\"/>"), "{mime}");
    // The app, not the command-line tool that shares its target folder: the CLI answers
    // --version, the app (a window) does not print it.
    let binary = dir.path().join("usr/bin/cxo-review-app");
    let version = Command::new(&binary).arg("--version").env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY").output().expect("run");
    assert!(!String::from_utf8_lossy(&version.stdout).starts_with("cxo-review "), "the deb holds the CLI");
    // And the command-line tool, which the Tauri CLI's build steps move aside for a moment
    // (src-tauri/tauri-cargo.sh), is back in the target folder as it was.
    let target = deb.ancestors().nth(3).expect("target/debug/bundle/deb/x.deb").to_path_buf();
    let tool = output(Command::new(target.join("cxo-review")).arg("--version"));
    assert!(tool.starts_with("cxo-review "), "target/debug/cxo-review is the command-line tool: {tool}");
    assert!(!target.join("cxo-review.kept").exists(), "nothing left set aside");
    let control = output(Command::new("dpkg-deb").arg("-f").arg(&deb).arg("Depends"));
    assert!(control.contains("libwebkit2gtk-4.1-0"), "{control}");
    // Arabic and Chinese need fonts that cover them; the package brings them.
    for font in ["fonts-noto-core", "fonts-noto-cjk"] {
        assert!(control.contains(font), "{font} in {control}");
    }
}

#[test]
#[ignore = "needs the bundles: bash scripts/test.sh makes them"]
fn the_rpm_holds_the_same_files() {
    let rpm = bundles("rpm", "rpm");
    let listed = output(Command::new("rpm").arg("-qlp").arg(&rpm));
    for file in FILES {
        assert!(listed.lines().any(|l| l == *file), "{file} in {}:\n{listed}", rpm.display());
    }
}
