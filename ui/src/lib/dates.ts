// Dates as the UI shows and compares them. Values stay ISO (YYYY-MM-DD, RFC 3339) wherever they
// are compared, stored or sent to the core; "today" is the local calendar day, as in the core;
// displays spell the month out in the window's language ("14 Oct 2024", "14 oct. 2024",
// "2024年10月14日") so that no reader can take 05/10 for 10 May. A typed date is read in ISO or
// in the language's own numeric order (14/10/2024 in French, 2024/10/14 in Chinese).
import { dateTimeFormat, locale, t } from "./i18n.svelte";

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
  const typed = text.trim();
  if (typed === "") return "";
  const iso = readDate(typed);
  if (iso === null) return t("dates-format-error", { order: numericOrder() });
  return isIsoDate(iso) ? "" : t("dates-no-such-day");
}

/** The order the window's language writes a numeric date in, as a pattern: "DD/MM/YYYY". */
export function numericOrder(): string {
  const parts = dateTimeFormat(intlTag(), { day: "2-digit", month: "2-digit", year: "numeric", numberingSystem: "latn" })
    .formatToParts(new Date(2024, 9, 14));
  const names: Record<string, string> = { day: "DD", month: "MM", year: "YYYY" };
  return parts.map((p) => names[p.type] ?? (p.type === "literal" ? p.value.replace(/[\u200e\u200f\u061c]/g, "") : "")).join("");
}

/** The order of day, month and year in the language's numeric dates. */
function fieldOrder(): ("day" | "month" | "year")[] {
  return dateTimeFormat(intlTag(), { day: "2-digit", month: "2-digit", year: "numeric" })
    .formatToParts(new Date(2024, 9, 14))
    .map((p) => p.type)
    .filter((type): type is "day" | "month" | "year" => type === "day" || type === "month" || type === "year");
}

/**
 * A typed date as YYYY-MM-DD: ISO as it is, or three numbers in the language's order with any
 * separator, in Western or Arabic-Indic digits ("14/10/2024", "14.10.2024", "٢٠٢٤/١٠/١٤").
 * The result may still name no real day (2024-02-30): `isIsoDate` says. Null when it cannot be read.
 */
export function readDate(text: string): string | null {
  const typed = text.trim().replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return typed;
  const numbers = typed.split(/[^0-9]+/).filter((n) => n !== "");
  if (numbers.length !== 3 || /[^0-9\s./\-年月日]/.test(typed)) return null;
  const order = fieldOrder();
  if (order.length !== 3) return null;
  const field: Record<string, string> = {};
  order.forEach((name, i) => (field[name] = numbers[i]));
  if (field.year.length !== 4 || field.month.length > 2 || field.day.length > 2) return null;
  return `${field.year}-${field.month.padStart(2, "0")}-${field.day.padStart(2, "0")}`;
}

/** The YYYY-MM-DD `days` (may be negative) after the YYYY-MM-DD `iso`, in calendar days. */
export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  d.setDate(d.getDate() + days);
  return isoDate(d);
}

// English is written the en-GB way (day, month, year) with fixed month abbreviations, so that
// every WebView shows the same ("Sept" or "Sep" depends on the ICU otherwise); the other
// languages as Intl writes them.
const intlTag = () => (locale.catalogue === "en" ? "en-GB" : locale.formatting);

function dayMonthYear(d: Date): string {
  if (locale.catalogue === "en") return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  return dateTimeFormat(intlTag(), { day: "numeric", month: "short", year: "numeric" }).format(d);
}

function hourMinute(d: Date): string {
  if (locale.catalogue === "en") return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return dateTimeFormat(intlTag(), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
}

/**
 * A YYYY-MM-DD day for display in the window's language: "14 Oct 2024" in English. Empty for no
 * date; anything that is not a date is shown as it is.
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
  return `${dayMonthYear(d)}, ${hourMinute(d)}`;
}

/** A number for display in the window's language (12,345.6 in English). */
export { formatNumber } from "./i18n.svelte";
