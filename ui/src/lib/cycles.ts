// Which review cycle a screen opens on when the user has not chosen one.

import { isoDate } from "./dates";

/** What choosing needs of a cycle: the core's listing marks the current one. */
export type CycleLike = { id: number; current: boolean };

/**
 * The "current" cycle, as the core chose it (the one not signed off whose period ends last, or
 * else the one whose period ends last of all); null when there is none.
 */
export function currentCycle<C extends CycleLike>(cycles: readonly C[]): C | null {
  return cycles.find((c) => c.current) ?? null;
}

/**
 * The period a screen measures when there is no review cycle: the twelve months up to `today`
 * (from the first day of the same month a year earlier), as YYYY-MM-DD.
 */
export function lastTwelveMonths(today: Date): { from: string; to: string } {
  return { from: isoDate(new Date(today.getFullYear() - 1, today.getMonth(), 1)), to: isoDate(today) };
}
