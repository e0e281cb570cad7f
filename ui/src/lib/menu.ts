// The menu bar's items that the window carries out (the shell sends their ids as the "menu"
// event: src-tauri/src/menu.rs), and the places it is asked to open (the "open-place" event:
// a recent database or package, or a file given to a second launch). Each goes to the same
// code as the window's own buttons.

export const MENU_EVENT = "menu";
export const OPEN_EVENT = "open-place";

/** What the window does for a menu item. */
export type MenuAction =
  | { do: "new" | "open" | "demo" | "connect" | "package" | "backup" | "import" | "export" | "reload" }
  | { do: "screen"; screen: string };

const ACTIONS: Record<string, MenuAction> = {
  "file-new": { do: "new" },
  "file-open": { do: "open" },
  "file-demo": { do: "demo" },
  "file-connect": { do: "connect" },
  "file-package": { do: "package" },
  "file-backup": { do: "backup" },
  "file-import": { do: "import" },
  "file-export": { do: "export" },
  "view-reload": { do: "reload" },
};

/** The action of menu item `id`, `screens` being the ids of the window's screens; null for an
 * item the window does not know. */
export function menuAction(id: string, screens: readonly string[]): MenuAction | null {
  if (id.startsWith("screen-")) {
    const screen = id.slice("screen-".length);
    return screens.includes(screen) ? { do: "screen", screen } : null;
  }
  return ACTIONS[id] ?? null;
}
