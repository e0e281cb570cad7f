import { describe, expect, it } from "vitest";
import { REGIONS, regionLabel } from "./regions";

describe("regions", () => {
  it("follow Annex B's row order, the order of the core's regions arrays", () => {
    expect(REGIONS.map((r) => r.code)).toEqual(["AFR", "AMS", "ARB", "ASP", "CIS", "EUR", "TSB"]);
  });

  it("are named for people", () => {
    expect(regionLabel("AMS")).toBe("The Americas");
    expect(regionLabel("ASP")).toBe("Asia and the Pacific");
    expect(regionLabel("TSB")).toBe("TSB");
  });

  it("keep a code the UI does not know", () => {
    expect(regionLabel("XYZ")).toBe("XYZ");
  });
});
