// Saving a reviewer's score: one call, whose answer (the score's id and what its objective's
// scores now give) updates the screen's cycle in place instead of reloading it.
import type { Api } from "./api/index.svelte";
import type { CycleSummary, Score, Stored } from "./api/bindings";
import { formatNumber, formatPercent, t } from "./i18n.svelte";

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

// How the core's English rubric labels and metric values read in the window's language. The
// core sends a level's label beside its number: the catalogue words the default rubric by number;
// a rubric an objective defines for itself is the user's own text and is shown as written. (A
// metric's label, by its name, is lib/indicators' metricLabel.)

/** The default rubric's labels as the core writes them, by level. */
const DEFAULT_LEVELS = ["Not met", "Slightly met", "Partially met", "Largely met", "Fully met"];

/** A rubric level's label: the catalogue's words for a default level, the objective's own otherwise. */
export function levelLabel(level: { level: number; label: string }): string {
  return DEFAULT_LEVELS[level.level] === level.label ? t(`score-level-${level.level}`) : level.label;
}

/** `value` as the language writes it, in the shape the core printed it: "64%", "12.0" or "5". */
function formatLike(value: number, printed: string): string {
  if (printed.trim().endsWith("%")) return formatPercent(value);
  const digits = /\.\d/.test(printed) ? 1 : 0;
  return formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
}

/** A metric's value (the core's `value_text` beside it); "n/a" when there was nothing to compute it from. */
export function metricValue(value: number | null, printed: string): string {
  return value === null ? t("score-not-available") : formatLike(value, printed);
}

const SIGNS: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=" };

/** An indicator's target with its comparison ("≥ 15.0"), from the core's `target_text`. */
export function metricTarget(comparison: string, target: number, printed: string): string {
  const sign = SIGNS[comparison];
  if (!sign) return printed;
  return `${sign} ${formatLike(target, printed.replace(/^[^\d-]+/, ""))}`;
}
