import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, dateError, formatDate, formatDateTime, formatNumber, isIsoDate, isoDate, parseIsoDate, readDate, today } from "./dates";
import { locale } from "./i18n.svelte";

afterEach(() => vi.useRealTimers());

describe("today", () => {
  it("is the local calendar day, also just after and just before local midnight", async () => {
    // Built with the local constructor, so these hold in every time zone.
    expect(today(new Date(2024, 9, 14, 0, 5))).toBe("2024-10-14");
    expect(today(new Date(2024, 9, 14, 23, 55))).toBe("2024-10-14");
    expect(today(new Date(2025, 0, 1, 0, 0, 30))).toBe("2025-01-01");
  });

  it("uses the local fields, not the UTC ones", async () => {
    const d = new Date(2024, 9, 14, 0, 5);
    vi.spyOn(d, "toISOString").mockReturnValue("2024-10-13T22:05:00.000Z");
    vi.spyOn(d, "getUTCDate").mockReturnValue(13);
    expect(today(d)).toBe("2024-10-14");
  });

  it("defaults to now", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 26, 0, 1));
    expect(today()).toBe("2026-11-26");
  });

  it("pads months and days", async () => {
    expect(isoDate(new Date(2025, 4, 5))).toBe("2025-05-05");
  });
});

describe("parsing", () => {
  it("accepts only real YYYY-MM-DD days", async () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("05/10/2025")).toBe(false);
    expect(isIsoDate("2024-1-01")).toBe(false);
    expect(parseIsoDate("2024-10-14")?.getDate()).toBe(14);
  });

  it("explains what is wrong with a typed date", async () => {
    expect(dateError("")).toBe("");
    expect(dateError("2024-10-14")).toBe("");
    expect(dateError("14/10/2024")).toBe(""); // English writes day, month, year
    expect(dateError("2024/14/10")).toMatch(/YYYY-MM-DD/);
    expect(dateError("soon")).toMatch(/DD\/MM\/YYYY/);
    expect(dateError("2024-02-30")).toMatch(/no such day/);
  });

  it("reads a date typed in the language's own order, and always gives ISO", async () => {
    expect(readDate("2024-10-14")).toBe("2024-10-14");
    expect(readDate("14/10/2024")).toBe("2024-10-14");
    expect(readDate("5.3.2025")).toBe("2025-03-05");
    await locale.choose("zh");
    expect(readDate("2024/10/14")).toBe("2024-10-14");
    expect(readDate("2024年10月14日")).toBe("2024-10-14");
    await locale.choose("ar");
    expect(readDate("١٤/١٠/٢٠٢٤")).toBe("2024-10-14");
    expect(formatDate("2024-10-14")).not.toBe("14 Oct 2024");
    await locale.choose("fr");
    expect(formatDate("2024-10-14")).toBe("14 oct. 2024");
    expect(dateError("32/10/2024")).toMatch(/n’existe pas|no such|calendrier/);
    await locale.choose("en");
    expect(readDate("14/10")).toBeNull();
    expect(readDate("next week")).toBeNull();
  });
});

describe("addDays", () => {
  it("counts calendar days across months, years and leap days", async () => {
    expect(addDays("2024-10-14", 30)).toBe("2024-11-13");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });

  it("counts days, not 24-hour spans, over a change of clocks", async () => {
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
    expect(addDays("2025-10-25", 2)).toBe("2025-10-27");
  });

  it("refuses what is not a date", async () => {
    expect(() => addDays("soon", 1)).toThrow(RangeError);
  });
});

describe("formatDate", () => {
  it("spells the month out, day first", async () => {
    expect(formatDate("2024-10-14")).toBe("14 Oct 2024");
    expect(formatDate("2025-05-05")).toBe("5 May 2025");
    expect(formatDate("2025-09-01")).toBe("1 Sep 2025");
  });

  it("agrees with Intl's en-GB day, month and year", async () => {
    const intl = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
    expect(formatDate("2024-10-14")).toBe(intl.format(new Date(2024, 9, 14)));
  });

  it("shows nothing for no date and keeps what is not a date", async () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate("")).toBe("");
    expect(formatDate("soon")).toBe("soon");
  });
});

describe("formatDateTime", () => {
  it("shows an RFC 3339 time in local time", async () => {
    const local = new Date(2026, 10, 26, 6, 11, 40);
    expect(formatDateTime(local.toISOString())).toBe("26 Nov 2026, 06:11");
  });

  it("shows the local day when the UTC day differs", async () => {
    const local = new Date(2026, 0, 1, 0, 30);
    expect(formatDateTime(local.toISOString())).toBe("1 Jan 2026, 00:30");
  });

  it("shows nothing for no time and keeps what is not a time", async () => {
    expect(formatDateTime(null)).toBe("");
    expect(formatDateTime("later")).toBe("later");
  });
});

describe("formatNumber", () => {
  it("groups thousands the en-GB way", async () => {
    expect(formatNumber(12345.5)).toBe("12,345.5");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-1234)).toBe("-1,234");
  });
});
