import { describe, expect, it } from "vitest";
import type { Api } from "./api/index.svelte";
import { neighbour, patch } from "./records";

/** Priorities kept in memory as the core keeps them: one rank per meeting, a version per save. */
function store(rows: { id: number; rank: number; topic: string }[]) {
  const table = new Map(rows.map((r) => [r.id, { ...r, meeting: "M1", version: 1 }]));
  const saves: { id: number; record: Record<string, unknown> }[] = [];
  const api = {
    get: async (_kind: string, id: number) => {
      const row = table.get(id);
      if (!row) throw new Error(`no priority ${id}`);
      return { ...row };
    },
    update: async (_kind: string, id: number, record: Record<string, unknown>) => {
      const row = table.get(id)!;
      if (record.version !== row.version) throw new Error("conflict");
      if ([...table.values()].some((r) => r.id !== id && r.rank === record.rank)) throw new Error("rank taken");
      saves.push({ id, record });
      const { version: _, id: __, ...fields } = record;
      table.set(id, { ...row, ...(fields as object), version: row.version + 1 });
      return null;
    },
  } as unknown as Pick<Api, "get" | "update">;
  return { api, table, saves };
}

describe("patch", () => {
  it("changes the field over the stored record, sending its version and no id", async () => {
    const { api, table, saves } = store([{ id: 1, rank: 1, topic: "AI" }]);
    table.set(1, { ...table.get(1)!, topic: "AI and standards", version: 4 });
    await patch(api, "priorities", 1, { rank: 3 });
    expect(table.get(1)).toMatchObject({ rank: 3, topic: "AI and standards", version: 5 });
    expect(saves[0].record.version).toBe(4);
    expect(saves[0].record.id).toBeUndefined();
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
