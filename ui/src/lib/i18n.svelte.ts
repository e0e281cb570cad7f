// The words the window shows, in the user's language. Every text comes from the catalogues in
// locales/ at the repository's top level (Fluent, one file per language, English the source),
// the same files the core renders the command line's English and the documents from.
//
// `t(id, args)` reads the current language, a rune: a template that calls it is drawn again when
// the language changes, so Settings can switch it without a restart. Names passed as arguments
// are wrapped in Unicode direction isolates (FSI … PDI), so that a Latin organization name keeps
// its order inside an Arabic sentence; numbers are formatted by the language's own rules.
//
// What this module does not know: where the choice is kept beyond this window (localStorage,
// which the WebView keeps per user) is the only storage it touches; the menu's language is the
// shell's, told by the caller.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

import ar from "../../../locales/ar.ftl?raw";
import en from "../../../locales/en.ftl?raw";
import es from "../../../locales/es.ftl?raw";
import fr from "../../../locales/fr.ftl?raw";
import ru from "../../../locales/ru.ftl?raw";
import zh from "../../../locales/zh.ftl?raw";

/** The six languages of ITU, in the order ITU lists them. */
export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The pseudo-locale the end-to-end tests run in once: English, accented, a third longer and
 * wrapped in markers, so that any text on screen without the markers was not translated.
 */
export const PSEUDO = "en-XA";
export type DisplayLanguage = Language | typeof PSEUDO;

/** Each language's name in itself, as the language menu lists it. */
export const NATIVE_NAMES: Record<Language, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

const SOURCES: Record<Language, string> = { ar, zh, en, fr, ru, es };
const RTL: ReadonlySet<string> = new Set(["ar"]);
const KEY = "cxo-review.language";

export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";
const FSI = "\u2068";
const PDI = "\u2069";

export type Args = Record<string, FluentVariable | null | undefined>;

function bundle(language: Language): FluentBundle {
  // Isolation is done here, on names only (see `isolate`): Fluent's own would wrap numbers too.
  const made = new FluentBundle(language === "zh" ? "zh-Hans" : language, { useIsolating: false });
  const errors = made.addResource(new FluentResource(SOURCES[language]));
  if (errors.length) console.error(`locales/${language}.ftl:`, errors);
  return made;
}

const bundles = new Map<Language, FluentBundle>();
function bundleFor(language: Language): FluentBundle {
  let found = bundles.get(language);
  if (!found) bundles.set(language, (found = bundle(language)));
  return found;
}

/** The catalogue language closest to a BCP 47 tag ("fr-CH" → fr, "zh-Hant-TW" → zh), else en. */
export function closestLanguage(tag: string | null | undefined): DisplayLanguage {
  if (!tag) return "en";
  if (tag === PSEUDO) return PSEUDO;
  const primary = tag.toLowerCase().split(/[-_.@]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : "en";
}

/** The language on first run: the saved choice, else the system's first listed language. */
function startingLanguage(): DisplayLanguage {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
  if (saved) return closestLanguage(saved);
  const system = typeof navigator === "undefined" ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of system) {
    const found = closestLanguage(tag);
    if (found !== "en" || tag?.toLowerCase().startsWith("en")) return found;
  }
  return "en";
}

class Locale {
  #language = $state<DisplayLanguage>(startingLanguage());

  get language(): DisplayLanguage {
    return this.#language;
  }

  /** The catalogue the language reads from (English for the pseudo-locale). */
  get catalogue(): Language {
    return this.#language === PSEUDO ? "en" : this.#language;
  }

  /** The BCP 47 tag for `Intl` and the `lang` attribute. */
  get tag(): string {
    return this.#language === "zh" ? "zh-Hans" : this.#language;
  }

  get direction(): "ltr" | "rtl" {
    return RTL.has(this.#language) ? "rtl" : "ltr";
  }

  /** Switches the language now and remembers it for the next start. */
  choose(language: DisplayLanguage): void {
    this.#language = language;
    try {
      localStorage.setItem(KEY, language);
    } catch {
      // A WebView without storage still switches; it only forgets at the next start.
    }
    applyToDocument();
  }
}

export const locale = new Locale();

/** Sets `lang` and `dir` on the page, so that the layout mirrors for Arabic and fonts fit. */
export function applyToDocument(): void {
  if (typeof document === "undefined") return;
  document.documentElement.lang = locale.tag;
  document.documentElement.dir = locale.direction;
}

/** Wraps a name in direction isolates, so that its own direction does not reorder the sentence. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

function prepared(args: Args | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === null || value === undefined) out[name] = "";
    else out[name] = typeof value === "string" ? isolate(value) : value;
  }
  return out;
}

/** The message `id` in the current language, with its arguments; the id itself when missing. */
export function t(id: string, args?: Args): string {
  const language = locale.catalogue;
  const text = format(bundleFor(language), id, args) ?? format(bundleFor("en"), id, args) ?? id;
  return locale.language === PSEUDO ? pseudo(text) : text;
}

/** Whether the catalogue has a message `id` (for texts chosen by a code the core sends). */
export function has(id: string): boolean {
  return bundleFor("en").hasMessage(id);
}

function format(from: FluentBundle, id: string, args: Args | undefined): string | null {
  const message = from.getMessage(id);
  if (!message?.value) return null;
  return from.formatPattern(message.value, prepared(args));
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."àƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i],
  ]),
);

/** English made visibly foreign: accented outside the names it carries, a third longer, marked. */
export function pseudo(text: string): string {
  let out = "";
  let depth = 0;
  for (const c of text) {
    if (c === FSI) depth++;
    else if (c === PDI) depth = Math.max(0, depth - 1);
    out += depth === 0 ? (ACCENTED[c] ?? c) : c;
  }
  const longer = "·".repeat(Math.ceil([...text].length * 0.3));
  return `${PSEUDO_OPEN}${out}${longer}${PSEUDO_CLOSE}`;
}

// Formats by the language's rules; the pseudo-locale formats as English.
const intlTag = () => (locale.language === PSEUDO ? "en" : locale.tag);

/** A count or a decimal in the language's digits and separators. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(), options).format(value);
}

/** A share (0.25) as the language writes a percentage ("25 %", "25%", "٢٥٪"). */
export function formatPercent(share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlTag(), {
    style: "percent",
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/** "a, b and c" in the language's own way. */
export function formatList(items: string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  // Safari 13's WebKit lacks ListFormat; commas then.
  const ListFormat = (Intl as unknown as { ListFormat?: new (tag: string, o: object) => { format(x: string[]): string } })
    .ListFormat;
  return ListFormat ? new ListFormat(intlTag(), { type }).format(items) : items.join(", ");
}

/** Compares names as the language sorts them (accents, case and scripts in their places). */
export function compareNames(a: string, b: string): number {
  return new Intl.Collator(intlTag(), { sensitivity: "base", numeric: true }).compare(a, b);
}
