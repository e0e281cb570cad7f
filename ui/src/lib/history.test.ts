import { describe, expect, it } from "vitest";
import { activityWhat as activityWhatIsolated, causeOf as causeOfIsolated, joinListChanges, shown, when, wordDiff } from "./history";

// Names in a translated text are wrapped in direction isolates (U+2068 … U+2069), which show as
// nothing: the words are compared without them.
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");
const causeOf = (entry: Parameters<typeof causeOfIsolated>[0]) => plain(causeOfIsolated(entry));
const activityWhat = (line: Parameters<typeof activityWhatIsolated>[0]) => plain(activityWhatIsolated(line));

describe("history", () => {
  it("shows an entry's time and cause as a person reads them", () => {
    expect(when("2026-12-07T14:03:11.250Z")).toBe("2026-12-07 14:03:11 UTC");
    expect(when("2026-12-07T14:03:11Z")).toBe("2026-12-07 14:03:11 UTC");
    expect(causeOf({ cause: "import", detail: "people.csv" })).toBe("import (people.csv)");
    expect(causeOf({ cause: "form", detail: "" })).toBe("form");
  });

  it("names a write by its record and an import by its entries of each kind", () => {
    const latest = { operation: "update", kind: "meetings", key: "CTO-2024-03", batch: "" };
    expect(activityWhat({ latest, entries: 1, kinds: [{ kind: "meetings", entries: 1 }] })).toBe("Changed meetings CTO-2024-03");
    const batch = { ...latest, operation: "insert", batch: "b1" };
    const kinds = [{ kind: "people", entries: 2 }, { kind: "organizations", entries: 1 }];
    expect(activityWhat({ latest: batch, entries: 3, kinds })).toBe("3 entries: 2 people, 1 organizations");
    expect(activityWhat({ latest: batch, entries: 1, kinds: [{ kind: "people", entries: 1 }] })).toBe("1 entry: 1 people");
  });

  it("shows values as a person reads them", () => {
    expect(shown(null)).toBe("");
    expect(shown("Geneva")).toBe("Geneva");
    expect(shown(12)).toBe("12");
    expect(shown(true)).toBe("yes");
    expect(shown(["O1", "O2"])).toBe("O1; O2");
    expect(shown([{ kind: "meeting", reference: "CTO-2024-10" }, { kind: "indicator", reference: "x" }])).toBe("meeting CTO-2024-10; indicator x");
    expect(shown([])).toBe("");
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

  it("shows a rewritten text whole, old then new, rather than as fragments", () => {
    const before = "Priorities are ranked clearly, but the communiqué came out seven weeks after the consultation.";
    expect(wordDiff(before, "Scored 4 in the end-to-end test")).toEqual([
      { kind: "removed", text: before },
      { kind: "added", text: "Scored 4 in the end-to-end test" },
    ]);
  });

  it("joins the item-by-item changes of a list made by one save", () => {
    const base = { operation: "update", kind: "scores", key: "C / O1 / A", who: "ana", cause: "form", detail: "", batch: "" };
    const entry = (id: number, at: string, old: string[], now: string[]) => ({ ...base, id, at, fields: [{ field: "evidence", old, new: now }] });
    // Newest first: a, b, c cleared one by one, then an earlier save that added c.
    const entries = [
      entry(4, "2026-12-07T10:00:00.300Z", ["c"], []),
      entry(3, "2026-12-07T10:00:00.200Z", ["b", "c"], ["c"]),
      entry(2, "2026-12-07T10:00:00.100Z", ["a", "b", "c"], ["b", "c"]),
      entry(1, "2026-12-07T09:00:00.000Z", ["a", "b"], ["a", "b", "c"]),
    ];
    const shown = joinListChanges(entries);
    expect(shown.map((e) => [e.id, e.entries, e.fields[0].old, e.fields[0].new])).toEqual([
      [4, 3, ["a", "b", "c"], []],
      [1, 1, ["a", "b"], ["a", "b", "c"]],
    ]);
    // Another login's change, or a change that does not follow on, stays apart.
    const other = [entries[0], { ...entries[1], who: "ben" }];
    expect(joinListChanges(other).map((e) => e.entries)).toEqual([1, 1]);
    const gap = [entries[0], entry(2, "2026-12-07T10:00:00.100Z", ["x", "c"], ["x"])];
    expect(joinListChanges(gap).map((e) => e.entries)).toEqual([1, 1]);
  });

  it("gives up on a word-level difference of very long texts", () => {
    const long = "word ".repeat(2500);
    expect(wordDiff(long, long + "more")).toEqual([
      { kind: "removed", text: long },
      { kind: "added", text: long + "more" },
    ]);
  });
});
