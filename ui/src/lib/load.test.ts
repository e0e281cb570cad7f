import { describe, expect, it } from "vitest";
import { BackendError } from "./api/index.svelte";
import { mockBackend } from "./api/mock";
import { Load, Outcome } from "./load.svelte";

/** A promise the test settles when it chooses. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
}

describe("Load", () => {
  it("is loading, then loaded with the value", async () => {
    const answer = later<string[]>();
    const load = new Load<string[]>();
    const done = load.run(() => answer.promise);
    expect([load.state, load.value, load.error, load.message]).toEqual(["loading", undefined, null, ""]);
    answer.resolve(["CTO-1"]);
    expect(await done).toBe(true);
    expect([load.state, load.value, load.error]).toEqual(["loaded", ["CTO-1"], null]);
  });

  it("fails with the core's error report, kept whole", async () => {
    const backend = mockBackend({
      dashboard: async () => Promise.reject({ code: "no_database", message: "no database is open", fields: [], rows: [] }),
    });
    const load = new Load<unknown>();
    expect(await load.run(() => backend.api.dashboard())).toBe(false);
    expect(load.state).toBe("failed");
    expect(load.error).toBeInstanceOf(BackendError);
    expect(load.error?.report.code).toBe("no_database");
    expect(load.message).toBe("no database is open");
  });

  it("turns any other failure into a BackendError with its message", async () => {
    const load = new Load<number>();
    await load.run(async () => {
      throw new TypeError("the bridge broke");
    });
    expect([load.state, load.message, load.error?.report.code]).toEqual(["failed", "the bridge broke", "internal"]);
  });

  it("keeps its value while loading again, and forgets an earlier failure once loaded", async () => {
    const load = new Load<number>();
    await load.run(async () => 1);
    const again = later<number>();
    const done = load.run(() => again.promise);
    expect([load.state, load.value]).toEqual(["loading", 1]);
    again.reject(new Error("busy"));
    await done;
    expect([load.state, load.value, load.message]).toEqual(["failed", 1, "busy"]);
    await load.run(async () => 2);
    expect([load.state, load.value, load.error]).toEqual(["loaded", 2, null]);
  });

  it("shows the latest run's answer: an earlier one arriving late is dropped", async () => {
    const first = later<string>();
    const second = later<string>();
    const load = new Load<string>();
    const a = load.run(() => first.promise);
    const b = load.run(() => second.promise);
    second.resolve("new");
    expect(await b).toBe(true);
    first.resolve("old");
    expect(await a).toBe(false);
    expect([load.state, load.value]).toEqual(["loaded", "new"]);

    const third = later<string>();
    const c = load.run(() => third.promise);
    const d = load.run(async () => "newest");
    await d;
    third.reject(new Error("too late to matter"));
    expect(await c).toBe(false);
    expect([load.state, load.value, load.error]).toEqual(["loaded", "newest", null]);
  });
});

describe("Outcome", () => {
  it("says nothing until an action fails, then the core's message", async () => {
    const backend = mockBackend({ backupNow: async () => Promise.reject(new Error("the disk is full")) });
    const outcome = new Outcome();
    expect(await outcome.attempt(async () => void (outcome.notice = "Saved"))).toBe(true);
    expect([outcome.error, outcome.notice]).toEqual(["", "Saved"]);
    expect(await outcome.attempt(() => backend.api.backupNow())).toBe(false);
    expect(outcome.error).toBe("the disk is full");
    outcome.clear();
    expect([outcome.error, outcome.notice]).toEqual(["", ""]);
  });

  it("gives the failure back whole, its fields for the form beside the banner", () => {
    const outcome = new Outcome();
    const failure = outcome.fail({
      code: "invalid", message: "name: is required", fields: [{ field: "name", message: "is required" }], rows: [],
    });
    expect(failure.fields).toEqual({ name: "is required" });
    expect(outcome.error).toBe("name: is required");
  });

  it("puts a form's field messages beside its fields, and any other failure in the banner", () => {
    const outcome = new Outcome();
    const invalid = { code: "invalid", message: "title: is required", fields: [{ field: "title", message: "is required" }], rows: [] };
    expect(outcome.formFailed(invalid)).toEqual({ title: "is required" });
    expect(outcome.error, "the fields say it").toBe("");
    expect(outcome.formFailed(new Error("the cycle is signed off"))).toEqual({});
    expect(outcome.error).toBe("the cycle is signed off");
  });
});
