import { describe, expect, it } from "vitest";
import { fileName, windowTitle } from "./title";

describe("windowTitle", () => {
  it("names the open database", () => {
    expect(windowTitle("/home/ana/.local/share/cxo-review/cxo-review.sqlite", null)).toBe("cxo-review.sqlite — CxO Review");
  });

  it("names the review package in reviewer mode", () => {
    expect(windowTitle("/x/db.sqlite", "C:\\Users\\ana\\a.cxopkg")).toBe("a.cxopkg — Reviewer mode — CxO Review");
  });

  it("is the product alone when nothing is open", () => {
    expect(windowTitle(null, null)).toBe("CxO Review");
    expect(fileName("plain")).toBe("plain");
  });
});
