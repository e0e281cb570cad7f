// The window itself, as the shell (src-tauri) shows it: its title, and the events the shell sends
// it (the menu bar's items, and places to open). With ./index.svelte.ts, the only code that
// talks to Tauri; the rest of the UI goes through these two modules.
import { getCurrentWindow } from "@tauri-apps/api/window";
import { listen } from "@tauri-apps/api/event";
import type { Place } from "./bindings";
import { MENU_EVENT, OPEN_EVENT } from "../menu";

/** Names the window: the page's title and the native window's. */
export function setWindowTitle(title: string): void {
  document.title = title;
  getCurrentWindow().setTitle(title).catch(() => {});
}

/** What the window does when the shell asks: a menu item chosen (its id), or a place to open. */
export interface ShellHandlers {
  menu: (id: string) => void;
  openPlace: (place: Place) => void;
}

/** Listens to the shell's events until the function returned is called. */
export function listenToShell(handlers: ShellHandlers): () => void {
  const stop = [
    listen<string>(MENU_EVENT, (e) => handlers.menu(e.payload)),
    listen<Place>(OPEN_EVENT, (e) => handlers.openPlace(e.payload)),
  ];
  return () => stop.forEach((s) => void s.then((unlisten) => unlisten()));
}
