// Long lists (ten years are 10,000 meetings, 30,000 actions, 20,000 contributions) arrive in
// two steps: the first screenful alone, so that it paints at once, then the whole list, which
// the screen searches, sorts and filters without asking the backend again.

/** Rows fetched first: more than a screenful. */
export const FIRST_PAGE = 100;

/**
 * Calls `show` with the first page from `fetch` (which takes a row limit, or null for all),
 * then `painted` once that page is on screen, then `show` again with every row.
 */
export async function firstPageThenAll<T>(
  fetch: (limit: number | null) => Promise<T[]>,
  show: (rows: T[]) => void,
  painted?: () => void,
): Promise<void> {
  const first = await fetch(FIRST_PAGE);
  show(first);
  painted?.();
  if (first.length < FIRST_PAGE) return;
  // Let the first page reach the screen before the whole list takes the main thread.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  show(await fetch(null));
}
