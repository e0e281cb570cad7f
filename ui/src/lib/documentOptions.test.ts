import { describe, expect, it } from "vitest";
import type { DocumentOptions } from "./api/bindings";
import { optionsChanged } from "./documentOptions";

const stored: DocumentOptions = {
  td_number: "TSAG-TD12",
  place_and_date: "Geneva, 26–30 January 2026",
  source: "Rapporteur, RG-IEM",
  contact: { name: "Ann", organization: "TSB", country: "", tel: "+41 22 730 5851", email: "ann@example.org" },
};

describe("optionsChanged", () => {
  it("sees no change in the stored options, nor in spaces around a value", () => {
    expect(optionsChanged(stored, structuredClone(stored))).toBe(false);
    expect(optionsChanged(stored, { ...stored, td_number: " TSAG-TD12 " })).toBe(false);
  });

  it("sees a change of any field, the contact's included", () => {
    expect(optionsChanged(stored, { ...stored, place_and_date: "Online" })).toBe(true);
    expect(optionsChanged(stored, { ...stored, contact: { ...stored.contact, tel: "" } })).toBe(true);
    expect(optionsChanged(stored, { ...stored, contact: { ...stored.contact, country: "Switzerland" } })).toBe(true);
  });

  it("has nothing to save before the options are loaded, and everything when none were", () => {
    expect(optionsChanged(stored, null)).toBe(false);
    expect(optionsChanged(null, stored)).toBe(true);
  });
});
