import { describe, expect, it } from "vitest";
import { VersionWatch } from "./live";

describe("VersionWatch", () => {
  it("takes the first answer as its starting point, then reports a change once", () => {
    const watch = new VersionWatch();
    expect(watch.answered(watch.asking(), 7)).toBe(false);
    expect(watch.answered(watch.asking(), 7)).toBe(false);
    expect(watch.answered(watch.asking(), 8)).toBe(true);
    expect(watch.answered(watch.asking(), 8)).toBe(false);
  });

  it("does not report this window's own write", () => {
    const watch = new VersionWatch();
    watch.answered(watch.asking(), 7);
    watch.writeStarted();
    watch.writeEnded(9);
    expect(watch.answered(watch.asking(), 9)).toBe(false);
  });

  it("ignores an answer that raced an own write", () => {
    const watch = new VersionWatch();
    watch.answered(watch.asking(), 7);
    // Asked before the write started, answered after it saved.
    const before = watch.asking();
    watch.writeStarted();
    expect(watch.answered(before, 8)).toBe(false);
    // Asked while it runs.
    expect(watch.answered(watch.asking(), 8)).toBe(false);
    const during = watch.asking();
    watch.writeEnded(8);
    expect(watch.answered(during, 8)).toBe(false);
    expect(watch.answered(watch.asking(), 8)).toBe(false);
  });

  it("starts over when the version after a write could not be read, or another database opens", () => {
    const watch = new VersionWatch();
    watch.answered(watch.asking(), 7);
    watch.writeStarted();
    watch.writeEnded(null);
    expect(watch.answered(watch.asking(), 8)).toBe(false);
    watch.reset();
    expect(watch.answered(watch.asking(), 1)).toBe(false);
    expect(watch.answered(watch.asking(), 2)).toBe(true);
  });
});
