import { describe, expect, it } from "vitest";
import { mockBackend } from "./api/mock";
import type { CycleSummary, ObjectiveResult, SavedScore, ScoredObjective, Score, Stored } from "./api/bindings";
import { saveScore, type CycleState } from "./scores";

function result(code: string, median: number | null): ObjectiveResult {
  return {
    code, title: `Objective ${code}`, description: "", source: "", rubric: [], scores: [], n: 0, median, spread: null,
    status: "insufficient_evidence", disagreement: false, indicators: [], action_plan: [], proposals: [],
  };
}

/** What the core answers of an objective's scores after a save. */
function scored(code: string, median: number | null, n = 0): ScoredObjective {
  return { code, scores: [], n, median, spread: null, status: "insufficient_evidence", disagreement: false };
}

function cycle(scores: Stored<Score>[]): CycleState {
  const summary = {
    cycle: { name: "2025", period_from: "2025-01-01", period_to: "2025-12-31" },
    objectives: [result("O1", null), result("O2", null)],
  } as unknown as CycleSummary;
  return { summary, scores };
}

const score = (reviewer: string, objective: string, level: number): Score => ({
  cycle: "2025", reviewer, objective, level, rationale: "why", evidence: [],
});

/** A backend that answers `saveScore` with `saved`. */
function mockApi(saved: SavedScore) {
  return mockBackend({ saveScore: async () => saved }).api;
}

describe("saveScore", () => {
  it("creates a new score and puts the objective's result in place", async () => {
    const api = mockApi({ id: 7, result: scored("O2", 3, 1) });
    const before = cycle([{ id: 1, ...score("Ann", "O1", 2) }]);

    const after = await saveScore(api, before, score("Ann", "O2", 3));

    expect(api.saveScore).toHaveBeenCalledExactlyOnceWith(null, score("Ann", "O2", 3));
    expect(after.scores.map((s) => s.id)).toEqual([1, 7]);
    expect(after.summary.objectives.map((o) => [o.code, o.median])).toEqual([["O1", null], ["O2", 3]]);
    expect(before.summary.objectives[1].median, "the earlier state is left as it was").toBeNull();
  });

  it("replaces the reviewer's earlier score of the objective", async () => {
    const api = mockApi({ id: 4, result: scored("O1", 1) });
    const before = cycle([{ id: 3, ...score("Bob", "O1", 4) }, { id: 4, ...score("Ann", "O1", 2) }]);

    const after = await saveScore(api, before, score("Ann", "O1", 1));

    expect(api.saveScore).toHaveBeenCalledExactlyOnceWith(4, score("Ann", "O1", 1));
    expect(after.scores).toEqual([{ id: 3, ...score("Bob", "O1", 4) }, { id: 4, ...score("Ann", "O1", 1) }]);
    expect(after.summary.objectives[0].median).toBe(1);
  });

  it("keeps the objective's indicators and title, which a score does not change", async () => {
    const before = cycle([]);
    const indicator = { metric: "meetings_held" } as unknown as ObjectiveResult["indicators"][number];
    before.summary.objectives[0] = { ...before.summary.objectives[0], indicators: [indicator] };
    const after = await saveScore(mockApi({ id: 9, result: scored("O1", 2, 1) }), before, score("Ann", "O1", 2));
    expect(after.summary.objectives[0].indicators).toEqual([indicator]);
    expect(after.summary.objectives[0].title).toBe("Objective O1");
    expect([after.summary.objectives[0].median, after.summary.objectives[0].n]).toEqual([2, 1]);
  });

  it("changes nothing when the core refuses the score", async () => {
    const { api } = mockBackend({ saveScore: async () => Promise.reject(new Error("level: is not on the rubric")) });
    const before = cycle([]);
    await expect(saveScore(api, before, score("Ann", "O1", 9))).rejects.toThrow("is not on the rubric");
    expect(before.scores).toEqual([]);
  });
});
