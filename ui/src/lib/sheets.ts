// What the spreadsheet import's steps show: each field's name for people, and the choice a
// matched name stands at.
import type { Field as SheetField, PlanMatch } from "./api/bindings";
import { t } from "./i18n.svelte";

/** The fields a column can be read as, in the order the panel offers them, each with its name
 * in the window's language (read when shown, so that it follows a change of language). */
export const FIELD_LABELS: Record<SheetField, string> = {
  get full_name() { return t("sheet-field-full-name"); },
  get last_name() { return t("sheet-field-last-name"); },
  get first_name() { return t("sheet-field-first-name"); },
  get organization() { return t("sheet-field-organization"); },
  get country() { return t("sheet-field-country"); },
  get title() { return t("sheet-field-title"); },
  get role() { return t("sheet-field-role"); },
  get email() { return t("sheet-field-email"); },
  get phone() { return t("sheet-field-phone"); },
  get participation() { return t("sheet-field-participation"); },
  get region() { return t("sheet-field-region"); },
  get participants() { return t("sheet-field-participants"); },
  get executives() { return t("sheet-field-executives"); },
  get meeting_key() { return t("sheet-field-meeting-key"); },
  get meeting_title() { return t("sheet-field-meeting-title"); },
  get meeting_kind() { return t("sheet-field-meeting-kind"); },
  get start_date() { return t("sheet-field-start-date"); },
  get end_date() { return t("sheet-field-end-date"); },
  get venue() { return t("sheet-field-venue"); },
  get host() { return t("sheet-field-host"); },
  get documents() { return t("sheet-field-documents"); },
  get attendance_mode() { return t("sheet-field-attendance-mode"); },
  get outcomes() { return t("sheet-field-outcomes"); },
};

/** The value of the choice for "a new record". */
export const NEW = "\u0000new";

/** The choice a matched name stands at: the record it is taken as, or a new one. */
export function matchChoice(line: Pick<PlanMatch, "match">): string {
  return line.match ?? NEW;
}
