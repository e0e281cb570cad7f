import { describe, expect, it } from "vitest";
import type { Score, Stored } from "./api/bindings";
import { clearDraft, formOf, formsFor, keepDraft, readDraft, sameForm, type DraftStore, type ScoreForm } from "./drafts";

/** A store like localStorage, over a map the test can look into. */
function memoryStore(): DraftStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const at = { database: "/data/review.sqlite", cycle: "2025", reviewer: "Ann" };
const stored: Stored<Score> = {
  id: 3, cycle: "2025", reviewer: "Ann", objective: "O1", level: 2, rationale: "Saved reason.",
  evidence: [{ kind: "meeting", reference: "CTO-2025" }],
} as Stored<Score>;

describe("score drafts", () => {
  it("keep a rationale typed before any level, and give it back", () => {
    const store = memoryStore();
    const typed: ScoreForm = { level: null, rationale: "Communiqués ranked priorities", evidence: [] };
    expect(keepDraft(store, { ...at, objective: "O2" }, typed, formOf(undefined))).toBe(true);
    expect(readDraft(store, { ...at, objective: "O2" })).toEqual(typed);
  });

  it("are forgotten when the form says what is saved", () => {
    const store = memoryStore();
    const key = { ...at, objective: "O1" };
    keepDraft(store, key, { ...formOf(stored), rationale: "Changed" }, formOf(stored));
    expect(store.map.size).toBe(1);
    expect(keepDraft(store, key, { ...formOf(stored), rationale: " Saved reason. " }, formOf(stored))).toBe(false);
    expect(store.map.size).toBe(0);
  });

  it("are kept apart per database, cycle, reviewer and objective", () => {
    const store = memoryStore();
    const form: ScoreForm = { level: 3, rationale: "Ann's", evidence: [] };
    keepDraft(store, { ...at, objective: "O1" }, form, formOf(undefined));
    for (const other of [
      { ...at, database: "postgres://bo@db/review", objective: "O1" },
      { ...at, cycle: "2026", objective: "O1" },
      { ...at, reviewer: "Bo", objective: "O1" },
      { ...at, objective: "O2" },
    ]) {
      expect(readDraft(store, other), JSON.stringify(other)).toBeNull();
    }
    expect(readDraft(store, { ...at, reviewer: "ANN", objective: "O1" }), "reviewer names are case-insensitive").toEqual(form);
  });

  it("fill the forms: a draft over the saved score, the saved score elsewhere", () => {
    const store = memoryStore();
    const draft: ScoreForm = { level: 2, rationale: "Not saved yet", evidence: ["meeting:CTO-2025"] };
    keepDraft(store, { ...at, objective: "O1" }, draft, formOf(stored));
    const { forms, drafts } = formsFor(store, at, ["O1", "O2"], (code) => (code === "O1" ? stored : undefined));
    expect(forms).toEqual({ O1: draft, O2: { level: null, rationale: "", evidence: [] } });
    expect(drafts).toEqual({ O1: true, O2: false });
  });

  it("a draft that the saved score caught up with is no draft", () => {
    const store = memoryStore();
    keepDraft(store, { ...at, objective: "O1" }, { ...formOf(stored), rationale: "New" }, formOf(stored));
    const now = { ...stored, rationale: "New" };
    const { drafts } = formsFor(store, at, ["O1"], () => now);
    expect(drafts.O1).toBe(false);
  });

  it("with nobody scoring, nothing is read", () => {
    const store = memoryStore();
    keepDraft(store, { ...at, reviewer: "", objective: "O1" }, { level: 1, rationale: "x", evidence: [] }, formOf(undefined));
    expect(formsFor(store, { ...at, reviewer: "" }, ["O1"], () => undefined).drafts.O1).toBe(false);
  });

  it("a damaged entry reads as no draft, a refused write keeps none", () => {
    const store = memoryStore();
    keepDraft(store, { ...at, objective: "O1" }, { level: 1, rationale: "x", evidence: [] }, formOf(undefined));
    const [key] = [...store.map.keys()];
    store.map.set(key, "{not json");
    expect(readDraft(store, { ...at, objective: "O1" })).toBeNull();
    store.map.set(key, JSON.stringify({ level: "high", rationale: 4, evidence: ["meeting:A", 7] }));
    expect(readDraft(store, { ...at, objective: "O1" })).toEqual({ level: null, rationale: "", evidence: ["meeting:A"] });
    const full: DraftStore = { ...store, setItem: () => { throw new DOMException("full", "QuotaExceededError"); } };
    expect(keepDraft(full, { ...at, objective: "O2" }, { level: 1, rationale: "y", evidence: [] }, formOf(undefined))).toBe(false);
    clearDraft(store, { ...at, objective: "O1" });
    expect(store.map.size).toBe(0);
  });

  it("compare forms by level, rationale and evidence in order", () => {
    const a: ScoreForm = { level: 1, rationale: "r", evidence: ["meeting:A", "meeting:B"] };
    expect(sameForm(a, { ...a })).toBe(true);
    expect(sameForm(a, { ...a, level: 2 })).toBe(false);
    expect(sameForm(a, { ...a, evidence: ["meeting:A"] })).toBe(false);
  });
});
