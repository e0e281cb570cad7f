// The words the window shows, in the user's language. Every text comes from the catalogues in
// locales/ at the repository's top level (Fluent, one file per language, English the source),
// the same files the core renders the command line's English and the documents from.
//
// `t(id, args)` reads the current language, a rune: a template that calls it is drawn again when
// the language changes, so Settings can switch it without a restart. Names passed as arguments
// are wrapped in Unicode direction isolates (FSI … PDI) where their direction could reorder the
// sentence, so that a Latin organization name keeps its order inside an Arabic sentence; numbers
// are formatted by the language's own rules.
//
// What this module does not know: where the choice is kept beyond this window (localStorage,
// which the WebView keeps per user) is the only storage it touches; the menu's language is the
// shell's, told by the caller.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

// English, the source and every message's fallback, is in the window's first script; each other
// language is a file of its own, loaded when it is chosen (before the first paint when it is the
// remembered one), so that launching parses one or two catalogues, not six.
import en from "../../../locales/en.ftl?raw";

const loaders = import.meta.glob<string>("../../../locales/*.ftl", { query: "?raw", import: "default" });

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

const sources = new Map<Language, string>([["en", en]]);
const RTL: ReadonlySet<string> = new Set(["ar"]);
const KEY = "cxo-review.language";

export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";
const FSI = "\u2068";
const PDI = "\u2069";

export type Args = Record<string, FluentVariable | null | undefined>;

/**
 * The tag `Intl` formats, sorts and chooses plurals by in `language`: simplified Chinese, and
 * Arabic written with the digits 0–9, as ITU's and the UN's Arabic documents are, so that a
 * figure reads the same in every language and beside the Latin codes and dates the window shows.
 */
function formattingTag(language: Language): string {
  return language === "zh" ? "zh-Hans" : language === "ar" ? "ar-u-nu-latn" : language;
}

function bundle(language: Language): FluentBundle {
  // Isolation is done here, on names only (see `prepared`): Fluent's own would wrap numbers too.
  const made = new FluentBundle(formattingTag(language), { useIsolating: false });
  const errors = made.addResource(new FluentResource(sources.get(language) ?? ""));
  if (errors.length) console.error(`locales/${language}.ftl:`, errors);
  return made;
}

const bundles = new Map<Language, FluentBundle>();
function bundleFor(language: Language): FluentBundle {
  let found = bundles.get(language);
  if (!found) {
    if (!sources.has(language)) return bundleFor("en");
    bundles.set(language, (found = bundle(language)));
  }
  return found;
}

/** Loads the catalogue of `language` (the pseudo-locale reads English's). */
export async function loadCatalogue(language: DisplayLanguage): Promise<void> {
  const catalogue = language === PSEUDO ? "en" : language;
  if (sources.has(catalogue)) return;
  const load = loaders[`../../../locales/${catalogue}.ftl`];
  if (load) sources.set(catalogue, await load());
}

/** The catalogue language closest to a BCP 47 tag ("fr-CH" → fr, "zh-Hant-TW" → zh), else en. */
export function closestLanguage(tag: string | null | undefined): DisplayLanguage {
  if (!tag) return "en";
  if (tag === PSEUDO) return PSEUDO;
  const primary = tag.toLowerCase().split(/[-_.@]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : "en";
}

/**
 * The language the window starts in: the saved choice, else English until the shell says the
 * system's (`Locale.follow`; WebKitGTK's `navigator.language` does not follow the system's locale).
 */
function startingLanguage(): DisplayLanguage {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
  return saved ? closestLanguage(saved) : "en";
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

  /** The BCP 47 tag of the `lang` attribute. */
  get tag(): string {
    return this.#language === "zh" ? "zh-Hans" : this.#language;
  }

  /** The tag `Intl` formats and sorts by (the pseudo-locale formats as English). */
  get formatting(): string {
    return formattingTag(this.catalogue);
  }

  get direction(): "ltr" | "rtl" {
    return RTL.has(this.#language) ? "rtl" : "ltr";
  }

  /** Whether the user chose a language (in Settings); if not, the system's is followed. */
  get chosen(): boolean {
    try {
      return localStorage.getItem(KEY) !== null;
    } catch {
      return false;
    }
  }

  /** Speaks the system's language, without remembering it as the user's choice. */
  async follow(language: DisplayLanguage): Promise<void> {
    if (this.chosen) return;
    await loadCatalogue(language);
    this.#language = language;
    applyToDocument();
  }

  /** Switches the language (once its catalogue is loaded) and remembers it for the next start. */
  async choose(language: DisplayLanguage): Promise<void> {
    await loadCatalogue(language);
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

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * Names are isolated where their direction could reorder the sentence: every name in a
 * right-to-left sentence, and a name holding right-to-left letters in a left-to-right one. A
 * Latin name in a left-to-right sentence has nothing to reorder, and is left as it is (so that
 * English reads and compares exactly as it is written).
 */
function prepared(args: Args | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  // The pseudo-locale isolates every name too: it accents only what is outside isolates.
  const always = locale.direction === "rtl" || locale.language === PSEUDO;
  for (const [name, value] of Object.entries(args)) {
    if (value === null || value === undefined) out[name] = "";
    else if (typeof value === "string") out[name] = always || RIGHT_TO_LEFT_LETTER.test(value) ? isolate(value) : value;
    else out[name] = value;
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


// `Intl` formatters are costly to make and a table formats a cell at a time: each is made once
// per tag and options, and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The number format of `tag` with `options`, made once. */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  let found = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!found) formatters.set(key, (found = new Intl.NumberFormat(tag, options)));
  return found;
}

/** The date and time format of `tag` with `options`, made once. */
export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${tag}|${JSON.stringify(options)}`;
  let found = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(tag, options)));
  return found;
}

/** A count or a decimal in the language's digits and separators. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale.formatting, options).format(value);
}

/** A share (0.25) as the language writes a percentage ("25%" in English, "25 %" in French). */
export function formatPercent(share: number, fractionDigits = 0): string {
  return numberFormat(locale.formatting, { style: "percent", maximumFractionDigits: fractionDigits }).format(share);
}
