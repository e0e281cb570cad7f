// What the History panel shows of an entry: a value as text, and long text as a word-level
// difference, so that a rewritten rationale shows what changed rather than two paragraphs.
import { locale, t } from "./i18n.svelte";

/** A stored value as a person reads it: text as is, no value as an empty string. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? t("history-value-yes") : t("history-value-no");
  // A list as its items, an item of several values (a piece of evidence, a rubric level) as
  // those values: "meeting CTO-2024-10; indicator communique_latency_days".
  if (Array.isArray(value)) return value.map(shown).join("; ");
  if (typeof value === "object") return Object.values(value).map(shown).join(" ");
  return JSON.stringify(value);
}

/** An entry's time as a person reads it: `2026-12-07 14:03:11 UTC`. */
export function when(at: string): string {
  return at.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
}

/** A cause of changes (the core's `CAUSES`) in a word; an unknown one as the core names it. */
export function causeWord(cause: string): string {
  switch (cause) {
    case "form": return t("history-cause-form");
    case "capture": return t("history-cause-capture");
    case "import": return t("history-cause-import");
    case "merge": return t("history-cause-merge");
    case "restore": return t("history-cause-restore");
    case "copy": return t("history-cause-copy");
    case "migration": return t("history-cause-migration");
    case "command line": return t("history-cause-command-line");
    case "outside": return t("history-cause-outside");
    default: return cause;
  }
}

/** A kind of record (the core's `KINDS`) as a history line names it; an unknown one as is. */
export function kindWord(kind: string): string {
  switch (kind) {
    case "organizations": return t("history-kind-organizations");
    case "people": return t("history-kind-people");
    case "meetings": return t("history-kind-meetings");
    case "attendance": return t("history-kind-attendance");
    case "counts": return t("history-kind-counts");
    case "priorities": return t("history-kind-priorities");
    case "decisions": return t("history-kind-decisions");
    case "actions": return t("history-kind-actions");
    case "contributions": return t("history-kind-contributions");
    case "action-plan": return t("history-kind-action-plan");
    case "objectives": return t("history-kind-objectives");
    case "proposals": return t("history-kind-proposals");
    case "reviewers": return t("history-kind-reviewers");
    case "cycles": return t("history-kind-cycles");
    case "scores": return t("history-kind-scores");
    case "improvements": return t("history-kind-improvements");
    default: return kind;
  }
}

/** Items (codes, names) one after the other, as the language separates them: "O3, O4". */
export function listed(items: readonly string[]): string {
  // Safari 13's WebKit lacks ListFormat; commas then.
  const ListFormat = (Intl as unknown as { ListFormat?: new (tag: string, o: object) => { format(x: readonly string[]): string } })
    .ListFormat;
  return ListFormat ? new ListFormat(locale.formatting, { type: "unit", style: "short" }).format(items) : items.join(", ");
}

/** An entry's cause, with its detail when it has one: `import (people.csv)`. */
export function causeOf(entry: { cause: string; detail: string }): string {
  return entry.detail ? t("history-cause-detail", { cause: causeWord(entry.cause), detail: entry.detail }) : causeWord(entry.cause);
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
  return operation === "insert" ? t("history-operation-insert") : operation === "delete" ? t("history-operation-delete") : t("history-operation-update");
}

/** One line of the Activity screen as a person reads it: the record written, or an import's
 *  batch by its entries of each kind (`3 entries: 2 people, 1 organizations`). */
export function activityWhat(line: { latest: { operation: string; kind: string; key: string; batch: string }; entries: number; kinds: { kind: string; entries: number }[] }): string {
  const { operation, kind, key, batch } = line.latest;
  if (!batch) {
    const args = { kind: kindWord(kind), key };
    return operation === "insert" ? t("history-what-insert", args) : operation === "delete" ? t("history-what-delete", args) : t("history-what-update", args);
  }
  const kinds = listed(line.kinds.map((k) => t("history-batch-kind", { count: k.entries, kind: kindWord(k.kind) })));
  return t("history-batch-what", { count: line.entries, kinds });
}

/** Entries as the History panel shows them: with how many stored entries each stands for. */
export type Shown<E> = E & { entries: number };

type ListEntry = {
  operation: string; kind: string; key: string; who: string; cause: string; detail: string; batch: string; at: string;
  fields?: { field: string; old: unknown; new: unknown }[];
};

/** The change of a record's list in one entry: its field, old and new lists. */
function listChange(entry: ListEntry) {
  const [only, ...rest] = entry.fields ?? [];
  if (entry.operation !== "update" || !only || rest.length || !Array.isArray(only.old) || !Array.isArray(only.new)) return null;
  return only;
}

/** Entries newest first, with the item-by-item changes of one list made by one save (the
 *  database records a list's items one by one: three items removed are three entries, each with
 *  the whole list before and after) shown as one change from the first list to the last. Only
 *  entries that follow on from each other are joined: same record, field, login, cause, within
 *  two seconds, each one's old list the next one's new. */
export function joinListChanges<E extends ListEntry>(entries: readonly E[]): Shown<E>[] {
  const shown: Shown<E>[] = [];
  for (const entry of entries) {
    const last = shown[shown.length - 1];
    const older = listChange(entry);
    const newer = last && listChange(last);
    const joins =
      older && newer && older.field === newer.field &&
      (["kind", "key", "who", "cause", "detail", "batch"] as const).every((k) => entry[k] === last[k]) &&
      Math.abs(Date.parse(last.at) - Date.parse(entry.at)) <= 2000 &&
      JSON.stringify(older.new) === JSON.stringify(newer.old);
    if (joins) {
      shown[shown.length - 1] = { ...last, fields: [{ ...newer, old: older.old }], entries: last.entries + 1 };
    } else {
      shown.push({ ...entry, entries: 1 });
    }
  }
  return shown;
}
