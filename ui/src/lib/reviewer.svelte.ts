// Reviewer mode: the review package the window shows instead of the database's screens.
import type { OpenedPackage } from "./api/bindings";

let opened = $state<OpenedPackage | null>(null);

export const reviewer = {
  /** The package shown, or null when the window shows the database. */
  get opened() {
    return opened;
  },
  set opened(value: OpenedPackage | null) {
    opened = value;
  },
};
