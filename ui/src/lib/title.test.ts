import { describe, expect, it } from "vitest";
import { databaseName, fileName, serverAddress, userLine, windowTitle } from "./title";

describe("windowTitle", () => {
  it("names the open database", () => {
    expect(windowTitle("/home/ana/.local/share/cxo-review/cxo-review.sqlite", null)).toBe("cxo-review.sqlite — CxO Review");
  });

  it("names the review package in reviewer mode", () => {
    expect(windowTitle("/x/db.sqlite", "C:\\Users\\ana\\a.cxopkg")).toBe("a.cxopkg — Reviewer mode — CxO Review");
    expect(windowTitle("postgres://bo@127.0.0.1:5432/review", "/x/a.cxopkg", "bo")).toBe("a.cxopkg — Reviewer mode — CxO Review");
  });

  it("is the product alone when nothing is open", () => {
    expect(windowTitle(null, null)).toBe("CxO Review");
    expect(fileName("plain")).toBe("plain");
  });

  it("names a team database, its server and the login", () => {
    expect(windowTitle("postgres://bo@127.0.0.1:5432/review", null, "bo")).toBe("review on 127.0.0.1 (bo) — CxO Review");
    expect(windowTitle("postgres://bo@db.tsb.example:15432/review", null)).toBe("review on db.tsb.example:15432 (bo) — CxO Review");
  });
});

describe("team databases", () => {
  it("reads the parts of the address the core describes", () => {
    expect(serverAddress("postgres://bo@127.0.0.1:5432/review")).toEqual({ user: "bo", host: "127.0.0.1", port: 5432, database: "review" });
    expect(serverAddress("postgresql://ana:pw@[::1]/cxo?sslmode=require")).toEqual({ user: "ana", host: "[::1]", port: 5432, database: "cxo" });
    expect(serverAddress("/home/ana/review.sqlite")).toBeNull();
    expect(serverAddress("C:\\Users\\ana\\review.sqlite")).toBeNull();
  });

  it("names a file by its name and a team database by its server", () => {
    expect(databaseName("/home/ana/review.sqlite")).toBe("review.sqlite");
    expect(databaseName("C:\\Users\\ana\\review.sqlite")).toBe("review.sqlite");
    expect(databaseName("postgres://bo@127.0.0.1:5432/review")).toBe("review on 127.0.0.1");
  });

  it("says who is connected, and as what", () => {
    expect(userLine({ login: "bo", role: "reviewer", reviewer: "Delegate A (example)" })).toBe("bo · reviewer");
    expect(userLine({ login: "cxo_owner", role: null, reviewer: null })).toBe("cxo_owner · not in the team");
    expect(userLine(null)).toBe("");
  });
});
