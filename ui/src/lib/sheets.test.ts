import { describe, expect, it } from "vitest";
import { FIELD_LABELS, matchChoice, NEW } from "./sheets";

describe("sheets", () => {
  it("offers every field a column can be read as", () => {
    expect(Object.keys(FIELD_LABELS)).toEqual([
      "full_name", "last_name", "first_name", "organization", "country", "title", "role", "email", "phone", "participation",
      "region", "participants", "executives", "meeting_key", "meeting_title", "meeting_kind", "start_date", "end_date",
      "venue", "host", "documents", "attendance_mode", "outcomes",
    ]);
  });

  it("stands a matched name at its record, and an unmatched one at new", () => {
    expect(matchChoice({ match: "Alpenfunk Networks (example)" })).toBe("Alpenfunk Networks (example)");
    expect(matchChoice({ match: null })).toBe(NEW);
  });
});
