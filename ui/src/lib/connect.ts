// Connecting to a team database: which field of the form an error belongs to, and the address
// remembered for next time (never its password).

import type { ErrorReport, FieldError, Message } from "./api/bindings";
import { t } from "./i18n.svelte";

/** A report as the core sends it, or as a test writes it (without the catalogue's message). */
type Reported = Omit<ErrorReport, "text" | "fields"> & {
  text?: Message | null;
  fields: (Omit<FieldError, "text"> & { text?: Message | null })[];
};

const shown = (text: Message | null | undefined, english: string) => (text ? t(text.id, text.args) : english);

/** The connect form's messages, beside its two fields. */
export type ConnectErrors = { url: string; password: string };

/** Where the core's `report` belongs in the connect form: a refused or missing password beside
 * Password, anything else (an address that does not parse, a server that cannot be reached, a
 * database that is not there or not one of CxO Review) beside Server URL. */
export function connectErrors(report: Reported): ConnectErrors {
  const errors: ConnectErrors = { url: "", password: "" };
  const add = (field: keyof ConnectErrors, message: string) =>
    (errors[field] = errors[field] ? `${errors[field]}; ${message}` : message);
  if (report.fields.length) {
    for (const f of report.fields) add(f.field === "password" ? "password" : "url", shown(f.text, f.message));
  } else {
    // The core's English says which: its reasons are the server's own words.
    const password = report.text?.id === "error-password-needed" || /password/i.test(report.message);
    add(password ? "password" : "url", shown(report.text, report.message));
  }
  return errors;
}

/** `url` without a password written into it (`postgres://bo:secret@host/db` or
 * `?password=secret`), to be remembered. */
export function withoutPassword(url: string): string {
  let text = url.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) {
    const rest = text.slice(scheme[0].length);
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const at = authority.lastIndexOf("@");
    if (at >= 0) {
      const user = authority.slice(0, at).split(":")[0];
      text = scheme[0] + user + authority.slice(at) + (end < 0 ? "" : rest.slice(end));
    }
  }
  const query = text.indexOf("?");
  if (query < 0) return text;
  const kept = text
    .slice(query + 1)
    .split("&")
    .filter((pair) => !/^password=/i.test(pair));
  return text.slice(0, query) + (kept.length ? `?${kept.join("&")}` : "");
}
