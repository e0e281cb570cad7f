import { describe, expect, it } from "vitest";
import { currentCycle } from "./cycles";

describe("currentCycle", () => {
  it("is the latest cycle not signed off", () => {
    const cycles = [
      { id: 1, status: "signed_off" },
      { id: 2, status: "open" },
      { id: 3, status: "closed" },
      { id: 4, status: "signed_off" },
    ];
    expect(currentCycle(cycles)?.id).toBe(3);
  });

  it("is the latest cycle when every one is signed off", () => {
    expect(currentCycle([{ id: 1, status: "signed_off" }, { id: 2, status: "signed_off" }])?.id).toBe(2);
  });

  it("goes by id, whatever the order of the list", () => {
    expect(currentCycle([{ id: 5, status: "open" }, { id: 2, status: "open" }])?.id).toBe(5);
  });

  it("is none without cycles", () => {
    expect(currentCycle([])).toBeNull();
  });
});
