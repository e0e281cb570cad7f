import { describe, expect, it } from "vitest";
import { mockBackend } from "./api/mock";
import { exportAll, pickDatabase } from "./database";

/** A backend that opens any file, and a user who picks `chosen` in the file dialogs. */
function mocks(chosen: string | null) {
  return mockBackend(
    { openDatabase: async (path) => path, openDemo: async () => "/data/CxO Review demo.sqlite", exportDatabase: async () => null },
    { saveFile: async () => chosen, openFile: async () => chosen },
  );
}

describe("pickDatabase", () => {
  it("creates the new database where the user says, offering the suggested place", async () => {
    const backend = mocks("/home/ana/tsb.sqlite");
    const { api, dialogs } = backend;
    expect(await pickDatabase(api, dialogs, true, "/home/ana/.local/share/cxo-review/cxo-review.sqlite")).toBe("Created /home/ana/tsb.sqlite");
    expect(backend.mockDialog("saveFile").mock.calls[0][0]).toBe("/home/ana/.local/share/cxo-review/cxo-review.sqlite");
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
