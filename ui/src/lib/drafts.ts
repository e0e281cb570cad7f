// Drafts of scores: what a reviewer typed on the Review screen but has not saved, kept on this
// computer so that nothing is lost when they switch screens, switch "Scoring as", or restart.
//
// Drafts stay local rather than being saved through the core as they are typed: a score in the
// database needs a level (a rationale typed first could not be saved), and a saved score counts
// at once in the objective's median, in the rapporteur's view and, on a team database, is seen
// by the rapporteur. A half-thought level must not move the results; "Save score" decides. The
// draft is kept until the score is saved or the reviewer discards it.
import type { Score, Stored } from "./api/bindings";

/** What the score form of one objective holds. Evidence as stored: "meeting:KEY". */
export type ScoreForm = { level: number | null; rationale: string; evidence: string[] };

/** Where drafts are kept: `localStorage` in the app, a map in tests. */
export type DraftStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Whose draft of what: a database (a file's path or a server's address), a cycle, a reviewer, an objective. */
export type DraftKey = { database: string; cycle: string; reviewer: string; objective: string };

const PREFIX = "cxo-review.draft:";

function keyText(key: DraftKey): string {
  // JSON keeps the parts apart whatever characters names hold.
  return PREFIX + JSON.stringify([key.database, key.cycle, key.reviewer.toLowerCase(), key.objective]);
}

/** The form of a stored score (or an empty one). */
export function formOf(stored: Score | Stored<Score> | undefined): ScoreForm {
  return {
    level: stored?.level ?? null,
    rationale: stored?.rationale ?? "",
    evidence: stored?.evidence?.map((e) => `${e.kind}:${e.reference}`) ?? [],
  };
}

/** Whether two forms say the same (spaces around the rationale are no change). */
export function sameForm(a: ScoreForm, b: ScoreForm): boolean {
  return (
    a.level === b.level &&
    a.rationale.trim() === b.rationale.trim() &&
    a.evidence.length === b.evidence.length &&
    a.evidence.every((e, i) => e === b.evidence[i])
  );
}

/** A kept draft, or null; a damaged entry (edited by hand, an older form) reads as none. */
export function readDraft(store: DraftStore, key: DraftKey): ScoreForm | null {
  const text = store.getItem(keyText(key));
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<ScoreForm>;
    const level = typeof value.level === "number" && Number.isInteger(value.level) ? value.level : null;
    const rationale = typeof value.rationale === "string" ? value.rationale : "";
    const evidence = Array.isArray(value.evidence) ? value.evidence.filter((e): e is string => typeof e === "string") : [];
    return { level, rationale, evidence };
  } catch {
    return null;
  }
}

/**
 * Keeps `form` as the draft of `key`, or forgets the draft when the form says what is stored
 * (nothing left unsaved). Returns whether a draft is now kept. A full or refused store keeps
 * nothing and says so (false), rather than failing the edit.
 */
export function keepDraft(store: DraftStore, key: DraftKey, form: ScoreForm, stored: ScoreForm): boolean {
  if (sameForm(form, stored)) {
    store.removeItem(keyText(key));
    return false;
  }
  try {
    store.setItem(keyText(key), JSON.stringify({ level: form.level, rationale: form.rationale, evidence: form.evidence }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the draft of `key` (saved, or discarded by the reviewer). */
export function clearDraft(store: DraftStore, key: DraftKey): void {
  store.removeItem(keyText(key));
}

/**
 * The forms of a reviewer's objectives: each one's kept draft when it says something else than
 * the stored score, else the stored score; and which of them are drafts.
 */
export function formsFor(
  store: DraftStore,
  at: Omit<DraftKey, "objective">,
  objectives: readonly string[],
  storedOf: (objective: string) => Score | Stored<Score> | undefined,
): { forms: Record<string, ScoreForm>; drafts: Record<string, boolean> } {
  const forms: Record<string, ScoreForm> = {};
  const drafts: Record<string, boolean> = {};
  for (const objective of objectives) {
    const stored = formOf(storedOf(objective));
    const draft = at.reviewer ? readDraft(store, { ...at, objective }) : null;
    const isDraft = draft !== null && !sameForm(draft, stored);
    forms[objective] = isDraft ? draft : stored;
    drafts[objective] = isDraft;
  }
  return { forms, drafts };
}
