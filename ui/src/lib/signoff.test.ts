import { describe, expect, it } from "vitest";
import { completenessLines as isolatedLines } from "./signoff";
import type { Completeness } from "./api/bindings";

// Names in a translated text are wrapped in direction isolates (U+2068 … U+2069), which show as
// nothing: the words are compared without them.
const completenessLines = (c: Completeness) => isolatedLines(c).map((line) => line.replace(/[\u2068\u2069]/g, ""));

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
