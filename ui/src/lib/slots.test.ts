import { describe, expect, it } from "vitest";
import { marker, slotted } from "./slots";

describe("slotted", () => {
  it("cuts a message at the places of its elements", () => {
    expect(slotted(`Signed by key ${marker("key")}. Tell the rapporteur.`)).toEqual([
      { text: "Signed by key " },
      { text: "", slot: "key" },
      { text: ". Tell the rapporteur." },
    ]);
    expect(slotted(`${marker("a")}${marker("b")}`)).toEqual([{ text: "", slot: "a" }, { text: "", slot: "b" }]);
    expect(slotted("no element")).toEqual([{ text: "no element" }]);
  });
});
