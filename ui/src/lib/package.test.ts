import { describe, expect, it } from "vitest";
import { mockBackend } from "./api/mock";
import type { Issue, Merged, OpenedPackage, ReturnedScore, Work } from "./api/bindings";
import {
  anyApplied, defaultDeadline, evidenceChoices, fileName, formsOf, mergeReturns, returnedScore, SaveQueue, scoredObjectives,
} from "./package";

const rubric = [0, 1, 2, 3, 4].map((level) => ({ level, label: `Level ${level}` }));

function issue(): Issue {
  const indicator = (metric: string) => ({
    metric, label: `Indicator ${metric}`, comparison: "at_least", target: 1, value: 2, met: true, value_text: "2", target_text: "≥ 1",
  });
  return {
    package: "1a865f5e42372e45ee8d8fc07d144ca1", database: "db", database_key: "key", issued_at: "2026-11-26T00:00:00Z",
    deadline: "2026-12-26", reviewer: "Ann",
    cycle: { name: "2025", period_from: "2025-01-01", period_to: "2025-12-31" },
    objectives: [{ code: "O1", title: "One", rubric }, { code: "O2", title: "Two", rubric }],
    indicators: [
      { objective: "O1", indicators: [indicator("meetings")] },
      { objective: "O2", indicators: [indicator("meetings"), indicator("contributions")] },
    ],
    meetings: [{ key: "CTO-1", title: "CTO meeting", kind: "cto", start_date: "2025-05-05", end_date: "2025-05-05", venue: "Geneva",
      communique: "", priorities: [], decisions: [], actions: [] }],
    contributions: [{ contribution: { symbol: "TSAG-C1", title: "A contribution", date: "2025-02-01" }, proposals: [] }],
    scores: [],
  } as unknown as Issue;
}

const work = (scores: ReturnedScore[]): Work => ({ scores, saved_at: null });

describe("the reviewer's forms", () => {
  it("start from the work saved in the package", () => {
    const forms = formsOf(issue(), work([{ objective: "O2", level: 3, rationale: "why", evidence: [{ kind: "meeting", reference: "CTO-1" }] }]));
    expect(forms).toEqual({
      O1: { level: null, rationale: "", evidence: [] },
      O2: { level: 3, rationale: "why", evidence: ["meeting:CTO-1"] },
    });
  });

  it("make a score only once a level is chosen", () => {
    expect(returnedScore("O1", { level: null, rationale: "typed first", evidence: [] })).toBeNull();
    expect(returnedScore("O1", { level: 0, rationale: "r", evidence: ["contribution:WTSA-20 C103:x", "indicator:meetings"] })).toEqual({
      objective: "O1", level: 0, rationale: "r",
      evidence: [{ kind: "contribution", reference: "WTSA-20 C103:x" }, { kind: "indicator", reference: "meetings" }],
    });
  });

  it("say which objectives are scored, in the package's order", () => {
    expect(scoredObjectives(issue(), work([{ objective: "O2", level: 1 }, { objective: "O1", level: 2 }]))).toEqual(["O1", "O2"]);
    expect(scoredObjectives(issue(), work([]))).toEqual([]);
  });

  it("offer the package's meetings, contributions and indicators, each indicator once", () => {
    expect(evidenceChoices(issue()).map((c) => [c.group, c.value])).toEqual([
      ["Meetings", "meeting:CTO-1"],
      ["Contributions", "contribution:TSAG-C1"],
      ["Indicators", "indicator:meetings"],
      ["Indicators", "indicator:contributions"],
    ]);
  });

  it("name files", () => {
    expect(fileName("/home/ann/a.cxopkg")).toBe("a.cxopkg");
    expect(fileName("C:\\Users\\ann\\a.cxopkg")).toBe("a.cxopkg");
  });
});

describe("SaveQueue", () => {
  it("saves one score at a time, in order, and goes on after a refused one", async () => {
    const log: string[] = [];
    let release: () => void = () => {};
    const first = new Promise<void>((resolve) => (release = resolve));
    const { api } = mockBackend({
      scorePackage: async (score: ReturnedScore) => {
        log.push(`start ${score.objective}`);
        if (score.objective === "O1") await first;
        log.push(`end ${score.objective}`);
        if (score.level === 9) throw new Error("9 is not a level of O2's rubric");
        return { path: "a.cxopkg" } as OpenedPackage;
      },
    });
    const queue = new SaveQueue(api);
    const a = queue.save({ objective: "O1", level: 1 });
    const b = queue.save({ objective: "O2", level: 9 });
    const c = queue.save({ objective: "O3", level: 2 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log, "the others wait for the first").toEqual(["start O1"]);
    let idle = false;
    const settled = queue.idle().then(() => (idle = true));
    release();
    await a;
    await expect(b).rejects.toThrow("is not a level");
    await c;
    await settled;
    expect(idle, "idle once every save is done").toBe(true);
    expect(log).toEqual(["start O1", "end O1", "start O2", "end O2", "start O3", "end O3"]);
  });
});

describe("the rapporteur's side", () => {
  it("defaults the deadline to 30 days ahead", () => {
    expect(defaultDeadline(new Date(2026, 10, 26))).toBe("2026-12-26");
    expect(defaultDeadline(new Date(2026, 0, 31), 1)).toBe("2026-02-01");
  });

  it("merges every file, reporting refused ones without stopping", async () => {
    const merged = (file: string, applied: number): Merged => ({
      file, package: "p", reviewer: "Ann", cycle: "2025", returned_at: "t", key: "k",
      applied: Array.from({ length: applied }, (_, i) => ({ objective: `O${i + 1}`, from: null, to: 3 })), unchanged: [], conflicts: [],
    });
    const backend = mockBackend({
      mergeReturn: async (file: string) => {
        if (file === "late.cxoreturn") throw new Error("late.cxoreturn came after the deadline");
        return merged(file, file === "a.cxoreturn" ? 2 : 0);
      },
    });
    const outcomes = await mergeReturns(backend.api, ["late.cxoreturn", "a.cxoreturn"], false);
    expect(backend.callsTo("mergeReturn")).toEqual([["late.cxoreturn", false], ["a.cxoreturn", false]]);
    expect(outcomes[0]).toEqual({ file: "late.cxoreturn", refused: "late.cxoreturn came after the deadline" });
    expect(anyApplied(outcomes)).toBe(true);
    expect(anyApplied(outcomes.slice(0, 1))).toBe(false);
  });
});
