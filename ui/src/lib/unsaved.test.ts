import { describe as group, expect, it } from "vitest";
import { describe, fingerprint, UnsavedGuard } from "./unsaved";

/** A guard whose user answers `answer`, recording what was asked. */
function guard(answer: boolean) {
  const asked: string[] = [];
  const g = new UnsavedGuard();
  g.ask = async (what) => {
    asked.push(what);
    return answer;
  };
  return { g, asked };
}

group("UnsavedGuard", () => {
  it("lets a screen be left without asking when no form holds changes", async () => {
    const { g, asked } = guard(false);
    g.track("the action", () => false);
    expect(await g.mayLeave()).toBe(true);
    expect(asked).toEqual([]);
  });

  it("asks, naming the forms with changes, and follows the answer", async () => {
    let dirty = true;
    const keep = guard(false);
    keep.g.track("the action", () => dirty);
    keep.g.track("the person", () => false);
    expect(await keep.g.mayLeave()).toBe(false);
    expect(keep.asked).toEqual(["the action"]);

    const discard = guard(true);
    discard.g.track("the action", () => dirty);
    expect(await discard.g.mayLeave()).toBe(true);

    // Saved: nothing to ask any more.
    dirty = false;
    expect(await keep.g.mayLeave()).toBe(true);
    expect(keep.asked).toHaveLength(1);
  });

  it("forgets a form once it closes", async () => {
    const { g, asked } = guard(false);
    const forget = g.track("the meeting", () => true);
    expect(g.pending()).toEqual(["the meeting"]);
    forget();
    expect(g.pending()).toEqual([]);
    expect(await g.mayLeave()).toBe(true);
    expect(asked).toEqual([]);
  });

  it("asks before closing one form only when it holds changes", async () => {
    const { g, asked } = guard(false);
    expect(await g.mayClose("the decision", false)).toBe(true);
    expect(await g.mayClose("the decision", true)).toBe(false);
    expect(asked).toEqual(["the decision"]);
  });

  it("throws nothing away before a dialog can ask", async () => {
    const g = new UnsavedGuard();
    g.track("the action", () => true);
    expect(await g.mayLeave()).toBe(false);
  });
});

group("describe", () => {
  it("names one, two, or the first two of many", () => {
    expect(describe(["the action"])).toBe("the action");
    expect(describe(["the action", "the person"])).toBe("the action and the person");
    expect(describe(["a", "b", "c", "d"])).toBe("a, b and 2 more");
    expect(describe(["the action", "the action"])).toBe("the action");
  });
});

group("fingerprint", () => {
  it("treats an emptied field as unchanged and a typed one as changed", () => {
    const loaded = { text: "Draft", due_date: null, owner: "TSB" };
    expect(fingerprint({ ...loaded, due_date: "" })).toBe(fingerprint(loaded));
    expect(fingerprint({ ...loaded, owner: "TSB " })).not.toBe(fingerprint(loaded));
    expect(fingerprint({ list: ["O1", "O2"] })).not.toBe(fingerprint({ list: ["O2", "O1"] }));
  });
});
