// The ITU regions (plus TSB for the secretariat) as the core names them, in Annex B's row order:
// the order of the core's `regions` arrays (statistics columns, yearly participation).
import { REGIONS, type Region } from "./api/bindings";
import { t } from "./i18n.svelte";

export { REGIONS };

/** The name of region `code` in the current language, or the code itself if the core does not know it. */
export function regionLabel(code: Region | string): string {
  return REGIONS.some((r) => r.code === code) ? t(`region-${code}`) : code;
}
