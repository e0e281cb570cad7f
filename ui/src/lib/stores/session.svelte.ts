// The window's session with the backend, in one place: the calls in flight (the progress bar),
// what it knows of others' saves (the reload banner) and the last deletion (the Undo toast).
// lib/api keeps it up to date as it calls the backend; the window's components read it.
import type { Deleted } from "../api/bindings";
import { VersionWatch } from "../live";

export class Session {
  /** How many calls are in flight. */
  inFlight = $state(0);
  /** Whether someone else saved since the screen loaded its data: App.svelte polls
   * (`checkVersion` in lib/api) and offers a reload. */
  othersSaved = $state(false);
  /** What this window knows of the database's data version, to tell someone else's save from
   * its own. */
  readonly versions = new VersionWatch();
  /** The last deletion, for the toast that offers Undo (components/UndoToast.svelte): every
   * delete goes through `api.remove`, so every screen gets it. `seq` tells two deletions of the
   * same label apart. */
  readonly lastDeleted = $state<{ deleted: Deleted | null; seq: number }>({ deleted: null, seq: 0 });

  /** Whether a call is in flight, for the progress bar. */
  get busy(): boolean {
    return this.inFlight > 0;
  }

  /** Something was deleted into the trash. */
  deleted(deleted: Deleted): void {
    this.lastDeleted.deleted = deleted;
    this.lastDeleted.seq += 1;
  }

  /** Another database was opened: its data version starts over, and nobody else has saved yet. */
  databaseReplaced(): void {
    this.versions.reset();
    this.othersSaved = false;
  }
}

export const session = new Session();
