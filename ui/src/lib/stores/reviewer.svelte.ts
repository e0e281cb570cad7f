// Reviewer mode: the review package the window shows instead of the database's screens.
import type { OpenedPackage } from "../api/bindings";

class ReviewerMode {
  /** The package shown, or null when the window shows the database. */
  opened = $state<OpenedPackage | null>(null);
}

export const reviewer = new ReviewerMode();
