import { describe, expect, it } from "vitest";
import { closestLanguage, isolate, locale, pseudo, PSEUDO, PSEUDO_CLOSE, PSEUDO_OPEN, t } from "./i18n.svelte";

describe("the catalogues", () => {
  it("render a message in the chosen language and fall back to English", () => {
    locale.choose("fr");
    expect(t("language-label")).toBe("Langue");
    locale.choose("ar");
    expect(t("language-label")).toBe("اللغة");
    expect(locale.direction).toBe("rtl");
    locale.choose("en");
    expect(t("language-label")).toBe("Language");
    expect(locale.direction).toBe("ltr");
  });

  it("name an unknown message by its id rather than show nothing", () => {
    expect(t("no-such-message")).toBe("no-such-message");
  });
});

describe("the system's language", () => {
  it("is matched to the closest catalogue", () => {
    expect(closestLanguage("fr-CH")).toBe("fr");
    expect(closestLanguage("zh-Hant-TW")).toBe("zh");
    expect(closestLanguage("ar_EG.UTF-8")).toBe("ar");
    expect(closestLanguage("de-DE")).toBe("en");
    expect(closestLanguage(PSEUDO)).toBe(PSEUDO);
  });
});

describe("the pseudo-locale", () => {
  it("accents, lengthens and marks a text but leaves the names it carries alone", () => {
    const out = pseudo(`Deleted ${isolate("ACME")}`);
    expect(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(out).toContain("Đéĺéţéđ");
    expect(out).toContain("ACME");
    expect([...out].length).toBeGreaterThan("Deleted ACME".length * 1.3);
  });
});
