import { describe, expect, it, vi } from "vitest";
import { exportAll, pickDatabase } from "./database";

function mocks(chosen: string | null) {
  const api = {
    openDatabase: vi.fn(async (path: string) => path),
    openDemo: vi.fn(async () => "/data/CxO Review demo.sqlite"),
    exportDatabase: vi.fn(async () => null),
  };
  const dialogs = {
    saveFile: vi.fn(async (_path: string, _name: string, _extensions: string[]) => chosen),
    openFile: vi.fn(async (_name: string, _extensions: string[]) => chosen),
  };
  return { api, dialogs };
}

describe("pickDatabase", () => {
  it("creates the new database where the user says, offering the suggested place", async () => {
    const { api, dialogs } = mocks("/home/ana/tsb.sqlite");
    expect(await pickDatabase(api, dialogs, true, "/home/ana/.local/share/cxo-review/cxo-review.sqlite")).toBe("Created /home/ana/tsb.sqlite");
    expect(dialogs.saveFile.mock.calls[0][0]).toBe("/home/ana/.local/share/cxo-review/cxo-review.sqlite");
    expect(api.openDatabase).toHaveBeenCalledWith("/home/ana/tsb.sqlite", true);
  });

  it("opens an existing database", async () => {
    const { api, dialogs } = mocks("/home/ana/tsb.sqlite");
    expect(await pickDatabase(api, dialogs, false)).toBe("Opened /home/ana/tsb.sqlite");
    expect(api.openDatabase).toHaveBeenCalledWith("/home/ana/tsb.sqlite", false);
  });

  it("does nothing when the dialog is cancelled", async () => {
    const { api, dialogs } = mocks(null);
    expect(await pickDatabase(api, dialogs, true)).toBeNull();
    expect(await exportAll(api, dialogs)).toBeNull();
    expect(api.openDatabase).not.toHaveBeenCalled();
    expect(api.exportDatabase).not.toHaveBeenCalled();
  });
});
