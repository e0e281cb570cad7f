import { describe, expect, it } from "vitest";
import { completenessLines } from "./signoff";

describe("completenessLines", () => {
  it("names objectives below quorum, then reviewers' missing scores", () => {
    const lines = completenessLines({
      below_quorum: [{ objective: "O4", scores: 1, quorum: 2 }],
      missing: [{ reviewer: "R2", objectives: ["O3", "O4"] }],
    });
    expect(lines).toEqual([
      "O4 has 1 of the 2 scores its quorum asks for (insufficient evidence)",
      "R2 has not scored O3, O4",
    ]);
  });

  it("is empty for a complete cycle", () => {
    expect(completenessLines({ below_quorum: [], missing: [] })).toEqual([]);
  });
});
