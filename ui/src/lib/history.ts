// What the History panel shows of an entry: a value as text, and long text as a word-level
// difference, so that a rewritten rationale shows what changed rather than two paragraphs.

/** A stored value as a person reads it: text as is, no value as an empty string. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return JSON.stringify(value);
}

/** An entry's time as a person reads it: `2026-12-07 14:03:11 UTC`. */
export function when(at: string): string {
  return at.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
}

/** An entry's cause, with its detail when it has one: `import (people.csv)`. */
export function causeOf(entry: { cause: string; detail: string }): string {
  return entry.detail ? `${entry.cause} (${entry.detail})` : entry.cause;
}

/** One run of a word-level difference: words kept, removed or added. */
export type Run = { kind: "same" | "removed" | "added"; text: string };

/** Text long enough to be shown as a difference of words rather than old → new. */
export const LONG_TEXT = 60;

/** The word-level difference of `before` and `after` (longest common subsequence of words,
 *  whitespace kept with the word before it). The whole texts, old then new, past 2,000 words on
 *  a side, or when they share fewer than half of the longer one's words: a rewritten paragraph
 *  read as scattered fragments of both says less than the two paragraphs. */
export function wordDiff(before: string, after: string): Run[] {
  const a = before.match(/\S+\s*/g) ?? [];
  const b = after.match(/\S+\s*/g) ?? [];
  const whole: Run[] = [
    { kind: "removed", text: before },
    { kind: "added", text: after },
  ];
  if (a.length > 2000 || b.length > 2000) return whole;
  // lengths[i][j]: the longest common run of words of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i].trim() === b[j].trim() ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  if (lengths[0][0] * 2 < Math.max(a.length, b.length)) return whole;
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

/** What an entry did, in a word. */
export function operationWord(operation: string): string {
  return operation === "insert" ? "Created" : operation === "delete" ? "Deleted" : "Changed";
}

/** One line of the Activity screen as a person reads it: the record written, or an import's
 *  batch by its entries of each kind (`3 entries: 2 people, 1 organizations`). */
export function activityWhat(line: { latest: { operation: string; kind: string; key: string; batch: string }; entries: number; kinds: { kind: string; entries: number }[] }): string {
  if (!line.latest.batch) return `${operationWord(line.latest.operation)} ${line.latest.kind} ${line.latest.key}`;
  const kinds = line.kinds.map((k) => `${k.entries} ${k.kind}`).join(", ");
  return `${line.entries} ${line.entries === 1 ? "entry" : "entries"}: ${kinds}`;
}
