// Which review cycle a screen opens on when the user has not chosen one.

/** What choosing needs of a cycle: listings and stored cycles both have it. */
export type CycleLike = { id: number; status?: string };

/**
 * The "current" cycle: the latest (highest id) that is not signed off yet, or else the latest
 * of all; null when there is none. `cycles` come in id order, as the core lists them.
 */
export function currentCycle<C extends CycleLike>(cycles: readonly C[]): C | null {
  const byId = [...cycles].sort((a, b) => a.id - b.id);
  return byId.filter((c) => c.status !== "signed_off").at(-1) ?? byId.at(-1) ?? null;
}
