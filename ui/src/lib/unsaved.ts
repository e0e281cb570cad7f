// Unsaved changes: every open form tells one guard whether it holds edits not yet saved, and
// whatever would throw them away (another screen, closing the form, reloading the data) asks
// the guard first. The question (Keep editing / Discard) is put by one dialog in App.svelte, so
// that every screen asks it the same way. A form is named in the current language: by a text, or
// by a function that reads it when the question is put (and so follows a change of language).

import { t } from "./i18n.svelte";
import { phrase } from "./phrase";

/** Whether a form's fields differ from what it loaded. */
export type Dirty = () => boolean;

/** How a form is named in the question ("the action"), or how to read its name then. */
export type What = string | (() => string);

const named = (what: What) => (typeof what === "function" ? what() : what);

/** Asks the user whether to discard unsaved changes: true to discard, false to keep editing. */
export type Ask = (what: string) => Promise<boolean>;

export class UnsavedGuard {
  #forms = new Map<number, { what: What; dirty: Dirty }>();
  #next = 0;
  /** Put by the dialog once it is mounted; until then nothing is thrown away unasked. */
  ask: Ask = async () => false;

  /** Tracks a form (`what` names it in the question) while it is open; returns the function
   * that forgets it, for when the form closes. */
  track(what: What, dirty: Dirty): () => void {
    const key = this.#next++;
    this.#forms.set(key, { what, dirty });
    return () => {
      this.#forms.delete(key);
    };
  }

  /** The open forms that hold unsaved changes, by name. */
  pending(): string[] {
    return [...this.#forms.values()].filter((f) => f.dirty()).map((f) => named(f.what));
  }

  /** Whether everything open may be left: at once when nothing is unsaved, otherwise as the
   * user answers. */
  async mayLeave(): Promise<boolean> {
    const pending = this.pending();
    if (pending.length === 0) return true;
    return await this.ask(describe(pending));
  }

  /** Whether one form (`what`, holding unsaved changes when `dirty`) may be closed. */
  async mayClose(what: What, dirty: boolean): Promise<boolean> {
    return dirty ? await this.ask(describe([named(what)])) : true;
  }
}

/** "the action" / "the action and the person" / "the action, the person and 2 more". */
export function describe(pending: string[]): string {
  const unique = [...new Set(pending)];
  if (unique.length <= 1) return unique[0] ?? "";
  if (unique.length === 2) return t("unsaved-two", { first: phrase(unique[0]), second: phrase(unique[1]) });
  return t("unsaved-many", { first: phrase(unique[0]), second: phrase(unique[1]), count: unique.length - 2 });
}

/** A form's fields as text that compares equal when a user would call them unchanged: an empty
 * text and a missing value are the same, and so are the same items in the same order. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v === "" || v === undefined ? null : v));
}

/** The one guard of the window. */
export const unsaved = new UnsavedGuard();
