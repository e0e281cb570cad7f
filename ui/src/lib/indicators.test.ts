import { describe, expect, it } from "vitest";
import { formatIndicators, parseIndicators } from "./indicators";

describe("indicators as text", () => {
  it("reads each comparison, with or without spaces", () => {
    expect(parseIndicators("participants_per_meeting >= 15; regions_represented>5 ;share_female<=0.5")).toEqual([
      { metric: "participants_per_meeting", comparison: ">=", target: 15 },
      { metric: "regions_represented", comparison: ">", target: 5 },
      { metric: "share_female", comparison: "<=", target: 0.5 },
    ]);
  });

  it("keeps a part it cannot read, with no target, for the core to name", () => {
    const [bad] = parseIndicators("participants about 15");
    expect(bad.metric).toBe("participants about 15");
    expect(Number.isNaN(bad.target)).toBe(true);
  });

  it("reads back what it writes", () => {
    const indicators = parseIndicators("a >= 1.5; b = 3; c < 10");
    expect(parseIndicators(formatIndicators(indicators))).toEqual(indicators);
    expect(parseIndicators("")).toEqual([]);
  });
});
