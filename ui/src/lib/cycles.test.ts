import { describe, expect, it } from "vitest";
import { currentCycle, lastTwelveMonths } from "./cycles";

describe("currentCycle", () => {
  it("is the cycle the core marks current", () => {
    const cycles = [
      { id: 1, current: false },
      { id: 2, current: true },
      { id: 3, current: false },
    ];
    expect(currentCycle(cycles)?.id).toBe(2);
  });

  it("is none without cycles", () => {
    expect(currentCycle([])).toBeNull();
  });
});

describe("lastTwelveMonths", () => {
  it("runs from the first of the month a year back to today", () => {
    expect(lastTwelveMonths(new Date(2026, 10, 26))).toEqual({ from: "2025-11-01", to: "2026-11-26" });
  });

  it("pads single-digit months and days", () => {
    expect(lastTwelveMonths(new Date(2026, 0, 5))).toEqual({ from: "2025-01-01", to: "2026-01-05" });
  });
});
