// Arguments of t() that are phrases of the sentence rather than names. t() isolates a name by
// direction where its direction could reorder the sentence (every name in right to left, a name
// holding right-to-left letters in left to right). A phrase the window composed itself (a
// translated "the new meeting", a database's short name, the core's "priority “Cloud”") is
// kept as plain text in a left-to-right language whatever letters it holds, so that it reads and
// compares exactly as written (a test looking for "Deleted the priority" still finds it); in
// right to left it is isolated like a name, so that a Latin phrase keeps its order inside an
// Arabic sentence.
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
