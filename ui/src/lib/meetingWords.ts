// A meeting's codes as the core sends them (its kind, its status), in words of the window's
// language: one place for the screens that list and show meetings.
import type { MeetingStatus } from "./api/bindings";
import { t } from "./i18n.svelte";

/** A meeting kind's name ("cto_meeting" → "CTO meeting"); an unknown code is shown as it is. */
export function meetingKindName(kind: string): string {
  switch (kind) {
    case "cto_meeting": return t("meeting-kind-cto");
    case "cxo_roundtable": return t("meeting-kind-roundtable");
    case "bilateral": return t("meeting-kind-bilateral");
    case "rg_iem": return t("meeting-kind-rg-iem");
    case "workshop": return t("meeting-kind-workshop");
    default: return kind;
  }
}

/** A meeting status's name ("planned", "held", "reported"). */
export function meetingStatusName(status: MeetingStatus): string {
  switch (status) {
    case "planned": return t("meeting-status-planned");
    case "held": return t("meeting-status-held");
    case "reported": return t("meeting-status-reported");
    default: return status;
  }
}
