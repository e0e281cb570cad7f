import { describe, expect, it } from "vitest";
import { BackendError } from "./index.svelte";
import { mockBackend } from "./mock";

describe("the mock backend", () => {
  it("answers what the test says, and records each call in order", async () => {
    const backend = mockBackend({ countries: async () => [] });
    backend.answer("openDatabase", async (path) => path);
    expect(await backend.api.openDatabase("/a.sqlite", false)).toBe("/a.sqlite");
    expect(await backend.api.countries()).toEqual([]);
    expect(backend.calls).toEqual([
      { command: "openDatabase", args: ["/a.sqlite", false] },
      { command: "countries", args: [] },
    ]);
    expect(backend.callsTo("openDatabase")).toEqual([["/a.sqlite", false]]);
    expect(backend.mock("countries")).toHaveBeenCalledOnce();
  });

  it("fails like the core: unanswered commands and refusals are BackendErrors", async () => {
    const backend = mockBackend({ signOff: async () => Promise.reject(new Error("the cycle has unscored objectives")) });
    await expect(backend.api.backupNow()).rejects.toThrow("no answer for backupNow");
    const refused = await backend.api.signOff(1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BackendError);
    expect((refused as BackendError).message).toBe("the cycle has unscored objectives");
  });

  it("keeps records with a version per save, refusing a save from an older version", async () => {
    const backend = mockBackend().seed("actions", [{ id: 3, text: "Draft", owner: "TSB" }]);
    const read = await backend.api.get("actions", 3);
    expect(read).toMatchObject({ id: 3, text: "Draft", version: 1 });
    await backend.api.update("actions", 3, { ...read, text: "Sent" });
    expect(backend.table("actions").get(3)).toEqual({ id: 3, text: "Sent", owner: "TSB", version: 2 });
    await expect(backend.api.update("actions", 3, { ...read, text: "Late" })).rejects.toMatchObject({ report: { code: "conflict" } });
    const id = await backend.api.create("actions", { ...read, text: "New" });
    expect(id).toBe(4);
    expect((await backend.api.list("actions")).map((a) => a.id)).toEqual([3, 4]);
    expect(await backend.api.remove("actions", 3)).toMatchObject({ entry: 1 });
    await expect(backend.api.get("actions", 3)).rejects.toMatchObject({ report: { code: "not_found" } });
  });

  it("cancels every dialog the test did not answer", async () => {
    const backend = mockBackend({}, { openFile: async () => "/b.sqlite" });
    expect(await backend.dialogs.openFile("Database", ["sqlite"])).toBe("/b.sqlite");
    expect(await backend.dialogs.saveFile("x.json", "JSON", ["json"])).toBeNull();
    expect(await backend.dialogs.openFiles("Returns", ["cxoreturn"])).toEqual([]);
    expect(await backend.dialogs.confirm("Delete?")).toBe(false);
    expect(backend.dialogs.saveFile).toHaveBeenCalledWith("x.json", "JSON", ["json"]);
  });
});
