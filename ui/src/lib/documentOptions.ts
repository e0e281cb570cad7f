// The summary's header block on the Proposals screen: saved only when the rapporteur changed it,
// so that exporting with the stored options writes nothing and a reviewer (who may not change
// them on a team database) can still export.
import type { DocumentOptions } from "./api/bindings";

const trim = (o: DocumentOptions): DocumentOptions => ({
  td_number: o.td_number.trim(),
  place_and_date: o.place_and_date.trim(),
  source: o.source.trim(),
  contact: {
    name: o.contact.name.trim(),
    organization: o.contact.organization.trim(),
    country: o.contact.country.trim(),
    tel: o.contact.tel.trim(),
    email: o.contact.email.trim(),
  },
});

/** Whether `edited` says something else than `stored` (the core trims what it stores, so spaces
 * around a value are no change). */
export function optionsChanged(stored: DocumentOptions | null, edited: DocumentOptions | null): boolean {
  if (!edited) return false;
  if (!stored) return true;
  return JSON.stringify(trim(stored)) !== JSON.stringify(trim(edited));
}
