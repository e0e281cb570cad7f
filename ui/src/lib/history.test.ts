import { describe, expect, it } from "vitest";
import { shown, wordDiff } from "./history";

describe("history", () => {
  it("shows values as a person reads them", () => {
    expect(shown(null)).toBe("");
    expect(shown("Geneva")).toBe("Geneva");
    expect(shown(12)).toBe("12");
    expect(shown(true)).toBe("yes");
    expect(shown(["O1", "O2"])).toBe('["O1","O2"]');
  });

  it("shows what changed in long text word by word", () => {
    const runs = wordDiff("Actions are tracked in a spreadsheet by TSB.", "Actions are now tracked to closure by TSB.");
    expect(runs).toEqual([
      { kind: "same", text: "Actions are " },
      { kind: "added", text: "now " },
      { kind: "same", text: "tracked " },
      { kind: "removed", text: "in a spreadsheet " },
      { kind: "added", text: "to closure " },
      { kind: "same", text: "by TSB." },
    ]);
    // Put back together, each side is its text again.
    const side = (kind: "removed" | "added") => runs.filter((r) => r.kind !== kind).map((r) => r.text).join("");
    expect(side("added")).toBe("Actions are tracked in a spreadsheet by TSB.");
    expect(side("removed")).toBe("Actions are now tracked to closure by TSB.");
  });

  it("gives up on a word-level difference of very long texts", () => {
    const long = "word ".repeat(2500);
    expect(wordDiff(long, long + "more")).toEqual([
      { kind: "removed", text: long },
      { kind: "added", text: long + "more" },
    ]);
  });
});
