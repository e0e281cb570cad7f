// Changes of one field made straight from a list (a roster entry's status), without a form:
// each applies the change to the record as it now stands, so that what someone else saved in
// its other fields is kept. A priority's rank moves through the core's swap, in one transaction.
import type { Api, KindName, RecordTypes } from "./api/index.svelte";

type Records = Pick<Api, "get" | "update">;

/** Saves `change` over record `id` of `kind` as it is stored now (sending back the version it
 * was read at, so that a save by someone else in between is refused rather than overwritten). */
export async function patch<K extends KindName>(api: Records, kind: K, id: number, change: Partial<RecordTypes[K]>): Promise<void> {
  const stored = await api.get(kind, id);
  await api.update(kind, id, { ...stored, ...change, id: undefined } as RecordTypes[K]);
}

/** A ranked item of a list (a meeting's priorities). */
export type Ranked = { id: number; rank: number };

/** The item `step` places away from `item` in rank order (-1: the one above), if any. */
export function neighbour<T extends Ranked>(items: T[], item: T, step: -1 | 1): T | undefined {
  const sorted = [...items].sort((a, b) => a.rank - b.rank);
  return sorted[sorted.findIndex((i) => i.id === item.id) + step];
}
