// Which review cycle a screen opens on when the user has not chosen one.

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
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { from: `${today.getFullYear() - 1}-${pad(today.getMonth() + 1)}-01`, to: day(today) };
}
