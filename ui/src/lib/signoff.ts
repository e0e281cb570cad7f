// What a cycle lacks before sign-off, as the confirmation lists it (the core decides what is
// missing; this only words it).
import type { Completeness } from "./api/bindings";
import { listed } from "./history";
import { t } from "./i18n.svelte";

/** One line per gap: objectives below quorum, then reviewers' missing scores. */
export function completenessLines(c: Completeness): string[] {
  return [
    ...c.below_quorum.map((b) => t("signoff-below-quorum", { objective: b.objective, scores: b.scores, quorum: b.quorum })),
    ...c.missing.map((m) => t("signoff-not-scored", { reviewer: m.reviewer, objectives: listed(m.objectives) })),
  ];
}
