import { describe, expect, it } from "vitest";
import { mockBackend } from "./api/mock";
import { neighbour, patch } from "./records";

/** Priorities kept in memory as the core keeps them: a version per save, an old version refused. */
function store(rows: { id: number; rank: number; topic: string }[]) {
  const backend = mockBackend().seed("priorities", rows.map((r) => ({ ...r, meeting: "M1" })));
  const saves = () => backend.callsTo("update").map(([, id, record]) => ({ id, record: record as Record<string, unknown> }));
  return { api: backend.api, table: backend.table("priorities"), saves };
}

describe("patch", () => {
  it("changes the field over the stored record, sending its version and no id", async () => {
    const { api, table, saves } = store([{ id: 1, rank: 1, topic: "AI" }]);
    table.set(1, { ...table.get(1)!, topic: "AI and standards", version: 4 });
    await patch(api, "priorities", 1, { rank: 3 });
    expect(table.get(1)).toMatchObject({ rank: 3, topic: "AI and standards", version: 5 });
    expect(saves()).toHaveLength(1);
    expect(saves()[0].record.version).toBe(4);
    expect(saves()[0].record.id).toBeUndefined();
  });
});

describe("neighbour", () => {
  it("finds the item above and below in rank order, none past the ends", () => {
    const rows = [{ id: 7, rank: 3 }, { id: 8, rank: 1 }, { id: 9, rank: 2 }];
    expect(neighbour(rows, rows[0], -1)?.id).toBe(9);
    expect(neighbour(rows, rows[1], -1)).toBeUndefined();
    expect(neighbour(rows, rows[1], 1)?.id).toBe(9);
    expect(neighbour(rows, rows[0], 1)).toBeUndefined();
  });
});
