// Opening, creating and exporting databases through the native file dialogs: the Settings
// screen's buttons, the menu bar and the window shown when no database could be opened all
// run these. Each returns what to tell the user, or null when the dialog was cancelled.

import type { Api } from "./api/index.svelte";
import { t } from "./i18n.svelte";

/** The file dialogs these use (a mock in tests). */
export type FileDialogs = {
  saveFile(defaultPath: string, name: string, extensions: string[]): Promise<string | null>;
  openFile(name: string, extensions: string[]): Promise<string | null>;
};

type DatabaseApi = Pick<Api, "openDatabase" | "openDemo" | "exportDatabase">;

/** Opens a database file the user picks; with `create`, a new one where the user says,
 * `suggested` being offered first. */
export async function pickDatabase(api: DatabaseApi, dialogs: FileDialogs, create: boolean, suggested = "cxo-review.sqlite"): Promise<string | null> {
  const path = create
    ? await dialogs.saveFile(suggested, t("database-file-kind"), ["sqlite"])
    : await dialogs.openFile(t("database-file-kind"), ["sqlite", "db"]);
  if (!path) return null;
  const opened = await api.openDatabase(path, create);
  return create ? t("database-created", { path: opened }) : t("database-opened", { path: opened });
}

/** Opens the demo database, made afresh. */
export async function openDemo(api: DatabaseApi): Promise<string> {
  const opened = await api.openDemo();
  return t("database-demo-opened", { path: opened });
}

/** Writes the whole database as one JSON document where the user says. */
export async function exportAll(api: DatabaseApi, dialogs: FileDialogs): Promise<string | null> {
  const path = await dialogs.saveFile("cxo-review-export.json", "JSON", ["json"]);
  if (!path) return null;
  await api.exportDatabase(path);
  return t("database-exported", { path });
}
