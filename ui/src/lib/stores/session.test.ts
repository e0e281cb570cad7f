import { describe, expect, it } from "vitest";
import { Session } from "./session.svelte";

describe("the window's session", () => {
  it("is busy while a call is in flight", () => {
    const session = new Session();
    expect(session.busy).toBe(false);
    session.inFlight += 2;
    session.inFlight -= 1;
    expect(session.busy).toBe(true);
    session.inFlight -= 1;
    expect(session.busy).toBe(false);
  });

  it("numbers deletions, so that two of the same label are told apart", () => {
    const session = new Session();
    const deleted = { entry: 4, label: "action 7", contents: "" };
    session.deleted(deleted);
    session.deleted(deleted);
    expect(session.lastDeleted).toEqual({ deleted, seq: 2 });
  });

  it("forgets others' saves when another database opens, and starts its data version over", () => {
    const session = new Session();
    session.versions.answered(session.versions.asking(), 5);
    session.othersSaved = true;
    session.databaseReplaced();
    expect(session.othersSaved).toBe(false);
    expect(session.versions.answered(session.versions.asking(), 9), "a new database's first answer is its starting point").toBe(false);
  });
});
