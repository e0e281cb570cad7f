import { describe, expect, it } from "vitest";
import { menuAction } from "./menu";

const screens = ["dashboard", "meetings", "settings"];

describe("menuAction", () => {
  it("switches to the screen a View item names", () => {
    expect(menuAction("screen-meetings", screens)).toEqual({ do: "screen", screen: "meetings" });
  });

  it("ignores a screen the window does not have", () => {
    expect(menuAction("screen-elsewhere", screens)).toBeNull();
  });

  it("runs the File items", () => {
    expect(menuAction("file-open", screens)).toEqual({ do: "open" });
    expect(menuAction("file-new", screens)).toEqual({ do: "new" });
    expect(menuAction("file-demo", screens)).toEqual({ do: "demo" });
    expect(menuAction("view-reload", screens)).toEqual({ do: "reload" });
  });

  it("ignores an unknown item", () => {
    expect(menuAction("file-quit", screens)).toBeNull();
    expect(menuAction("", screens)).toBeNull();
  });
});
