// Arguments of t() that are phrases of the sentence rather than names. t() wraps every string
// argument in direction isolates, so that a name's own direction cannot reorder the sentence
// around it. A phrase the window composed itself (a translated "the new meeting", a database's
// short name "review on 127.0.0.1", the core's "priority “Cloud”") needs no isolate in a
// left-to-right language: it is then kept as plain text, so that the English reads and compares
// exactly as before (a test looking for "Deleted the priority" still finds it). So is a name in
// an accessible name (aria-label), which is heard rather than laid out. In right to left
// it is isolated like a name, so that a Latin phrase keeps its order inside an Arabic sentence;
// and in the pseudo-locale, so that the names it carries stay readable there.
import { FluentType, type FluentVariable } from "@fluent/bundle";
import { locale, PSEUDO } from "./i18n.svelte";

/** A text that Fluent places as it is. */
class Plain extends FluentType<string> {
  toString(): string {
    return this.value;
  }
}

/** `text` as an argument of t(): isolated in right to left (and the pseudo-locale), else plain. */
export function phrase(text: string): FluentVariable {
  return locale.direction === "rtl" || locale.language === PSEUDO ? text : new Plain(text);
}
