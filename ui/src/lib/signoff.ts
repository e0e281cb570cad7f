// What a cycle lacks before sign-off, as the confirmation lists it (the core decides what is
// missing; this only words it).
import type { Completeness } from "./api/bindings";

/** One line per gap: objectives below quorum, then reviewers' missing scores. */
export function completenessLines(c: Completeness): string[] {
  return [
    ...c.below_quorum.map(
      (b) => `${b.objective} has ${b.scores} of the ${b.quorum} scores its quorum asks for (insufficient evidence)`,
    ),
    ...c.missing.map((m) => `${m.reviewer} has not scored ${m.objectives.join(", ")}`),
  ];
}
