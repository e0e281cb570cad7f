// What the History panel shows of an entry: a value as text, and long text as a word-level
// difference, so that a rewritten rationale shows what changed rather than two paragraphs.

/** A stored value as a person reads it: text as is, no value as an empty string. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return JSON.stringify(value);
}

/** One run of a word-level difference: words kept, removed or added. */
export type Run = { kind: "same" | "removed" | "added"; text: string };

/** Text long enough to be shown as a difference of words rather than old → new. */
export const LONG_TEXT = 60;

/** The word-level difference of `before` and `after` (longest common subsequence of words,
 *  whitespace kept with the word before it); past 2,000 words on a side, the whole texts. */
export function wordDiff(before: string, after: string): Run[] {
  const a = before.match(/\S+\s*/g) ?? [];
  const b = after.match(/\S+\s*/g) ?? [];
  if (a.length > 2000 || b.length > 2000) {
    return [
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ];
  }
  // lengths[i][j]: the longest common run of words of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i].trim() === b[j].trim() ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const runs: Run[] = [];
  const push = (kind: Run["kind"], text: string) => {
    const last = runs[runs.length - 1];
    if (last?.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i].trim() === b[j].trim()) {
      push("same", b[j]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) push("removed", a[i++]);
    else push("added", b[j++]);
  }
  while (i < a.length) push("removed", a[i++]);
  while (j < b.length) push("added", b[j++]);
  return runs;
}
