import { describe, expect, it } from "vitest";
import { closestLanguage, isolate, locale, pseudo, PSEUDO, PSEUDO_CLOSE, PSEUDO_OPEN, t } from "./i18n.svelte";

describe("the catalogues", () => {
  it("render a message in the chosen language and fall back to English", async () => {
    await locale.choose("fr");
    expect(t("language-label")).toBe("Langue");
    await locale.choose("ar");
    expect(t("language-label")).toBe("اللغة");
    expect(locale.direction).toBe("rtl");
    await locale.choose("en");
    expect(t("language-label")).toBe("Language");
    expect(locale.direction).toBe("ltr");
  });

  it("name an unknown message by its id rather than show nothing", async () => {
    expect(t("no-such-message")).toBe("no-such-message");
  });
});

describe("names inside sentences", () => {
  it("are isolated where their direction could reorder the sentence", async () => {
    await locale.choose("en");
    expect(t("error-password-needed", { address: "db.example" })).toBe("db.example asks for a password");
    expect(t("error-password-needed", { address: "خادم" })).toBe(`${isolate("خادم")} asks for a password`);
    await locale.choose("ar");
    expect(t("error-password-needed", { address: "db.example" })).toContain(isolate("db.example"));
    await locale.choose("en");
  });
});

describe("the system's language", () => {
  it("is matched to the closest catalogue", async () => {
    expect(closestLanguage("fr-CH")).toBe("fr");
    expect(closestLanguage("zh-Hant-TW")).toBe("zh");
    expect(closestLanguage("ar_EG.UTF-8")).toBe("ar");
    expect(closestLanguage("de-DE")).toBe("en");
    expect(closestLanguage(PSEUDO)).toBe(PSEUDO);
  });
});

describe("the pseudo-locale", () => {
  it("accents, lengthens and marks a text but leaves the names it carries alone", async () => {
    const out = pseudo(`Deleted ${isolate("ACME")}`);
    expect(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(out).toContain("Đéĺéţéđ");
    expect(out).toContain("ACME");
    expect([...out].length).toBeGreaterThan("Deleted ACME".length * 1.3);
  });
});
