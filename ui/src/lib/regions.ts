// The ITU regions (plus TSB for the secretariat) as the core names them, in Annex B's row order:
// the order of the core's `regions` arrays (statistics columns, yearly participation).
import { REGIONS, type Region } from "./api/bindings";

export { REGIONS };

/** The name of region `code`, or the code itself if the core does not know it. */
export function regionLabel(code: Region | string): string {
  return REGIONS.find((r) => r.code === code)?.label ?? code;
}
