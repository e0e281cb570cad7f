// Saving a reviewer's score: one call, whose answer (the score's id and what its objective's
// scores now give) updates the screen's cycle in place instead of reloading it.
import type { Api } from "./api/index.svelte";
import type { CycleSummary, Score, Stored } from "./api/bindings";

/** What the Review screen holds of a cycle. */
export type CycleState = { summary: CycleSummary; scores: Stored<Score>[] };

/** The stored score of `reviewer` for `objective` in the cycle, if any. */
export function scoreOf(scores: readonly Stored<Score>[], cycle: string, objective: string, reviewer: string) {
  return scores.find((s) => s.cycle === cycle && s.objective === objective && s.reviewer === reviewer);
}

/**
 * Saves `score` (replacing the reviewer's earlier score of the objective, if any) and returns
 * the cycle as it now stands: the score stored, the objective's scores, median, spread and
 * status replaced by the core's (its indicators are kept: a score does not change them).
 * Cycle-wide figures (agreement, rapporteur order) are the caller's to refresh when shown.
 */
export async function saveScore(api: Pick<Api, "saveScore">, state: CycleState, score: Score): Promise<CycleState> {
  const existing = scoreOf(state.scores, score.cycle, score.objective, score.reviewer);
  const saved = await api.saveScore(existing?.id ?? null, score);
  const stored: Stored<Score> = { ...score, id: saved.id };
  const scores = existing ? state.scores.map((s) => (s.id === existing.id ? stored : s)) : [...state.scores, stored];
  // The objective's scores and what they give; its indicators and proposals do not change.
  const objectives = state.summary.objectives.map((o) => (o.code === saved.result.code ? { ...o, ...saved.result } : o));
  return { summary: { ...state.summary, objectives }, scores };
}
