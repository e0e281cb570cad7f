// What the spreadsheet import's steps show: each field's name for people, and the choice a
// matched name stands at.
import type { Field as SheetField, PlanMatch } from "./api/bindings";

/** The fields a column can be read as, in the order the panel offers them. */
export const FIELD_LABELS: Record<SheetField, string> = {
  full_name: "full name",
  last_name: "last name",
  first_name: "first name",
  organization: "organization",
  country: "country",
  title: "job title",
  role: "role (CEO, CTO…)",
  email: "e-mail",
  phone: "phone",
  participation: "participation",
  region: "region (counts)",
  participants: "participants (counts)",
  executives: "executives (counts)",
  meeting_key: "meeting key (register)",
  meeting_title: "meeting title (register)",
  meeting_kind: "kind of meeting (register)",
  start_date: "first day (register)",
  end_date: "last day (register)",
  venue: "venue (register)",
  host: "host (register)",
  documents: "documents (register)",
  attendance_mode: "attendance kept as (register)",
  outcomes: "outcomes (register)",
};

/** The value of the choice for "a new record". */
export const NEW = "\u0000new";

/** The choice a matched name stands at: the record it is taken as, or a new one. */
export function matchChoice(line: Pick<PlanMatch, "match">): string {
  return line.match ?? NEW;
}
