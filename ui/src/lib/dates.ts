// Dates as the UI shows and compares them. Values stay ISO (YYYY-MM-DD, RFC 3339) wherever they
// are compared, stored or sent to the core; "today" is the local calendar day, as in the core;
// displays spell the month out ("14 Oct 2024") so that no reader can take 05/10 for 10 May.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** A `Date`'s local calendar day as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, "0")}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today's local calendar day as YYYY-MM-DD (`now` for tests). */
export function today(now: Date = new Date()): string {
  return isoDate(now);
}

/** The local `Date` (at midnight) of a YYYY-MM-DD that names a real calendar day, else null. */
export function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  date.setFullYear(y); // years below 100 would otherwise be read as 19xx
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** What is wrong with a date typed as text ("" when it is empty or a real YYYY-MM-DD day). */
export function dateError(text: string): string {
  const t = text.trim();
  if (t === "") return "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return "Enter the date as YYYY-MM-DD, e.g. 2024-10-14";
  return isIsoDate(t) ? "" : "There is no such day in the calendar";
}

/** The YYYY-MM-DD `days` (may be negative) after the YYYY-MM-DD `iso`, in calendar days. */
export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  d.setDate(d.getDate() + days);
  return isoDate(d);
}

function dayMonthYear(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/**
 * A YYYY-MM-DD day for display: "14 Oct 2024" (the en-GB day–month–year order with English
 * month abbreviations, fixed here so that every WebView shows the same). Empty for no date;
 * anything that is not a date is shown as it is.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = parseIsoDate(iso.slice(0, 10));
  return d && iso.length === 10 ? dayMonthYear(d) : iso;
}

/** An RFC 3339 time for display in local time: "26 Nov 2026, 06:11". */
export function formatDateTime(rfc3339: string | null | undefined): string {
  if (!rfc3339) return "";
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339;
  return `${dayMonthYear(d)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const numbers = new Intl.NumberFormat("en-GB");

/** A number for display, grouped the en-GB way: 12,345.6. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}
