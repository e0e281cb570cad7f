// The ITU regions (plus TSB for the secretariat) as the UI names them, in Annex B's row order:
// the order of the core's `regions` arrays (statistics columns, yearly participation).
import type { Region } from "./api/bindings";

export const REGIONS: readonly { code: Region; label: string }[] = [
  { code: "AFR", label: "Africa" },
  { code: "AMS", label: "The Americas" },
  { code: "ARB", label: "Arab States" },
  { code: "ASP", label: "Asia and the Pacific" },
  { code: "CIS", label: "CIS" },
  { code: "EUR", label: "Europe" },
  { code: "TSB", label: "TSB" },
];

/** The name of region `code`, or the code itself if the UI does not know it. */
export function regionLabel(code: Region | string): string {
  return REGIONS.find((r) => r.code === code)?.label ?? code;
}
