import { describe, expect, it } from "vitest";
import { connectErrors, withoutPassword } from "./connect";

const report = (message: string, fields: { field: string; message: string }[] = []) => ({
  code: fields.length ? ("invalid" as const) : ("connection" as const),
  message,
  fields,
  rows: [],
});

describe("connectErrors", () => {
  it("puts a refused or missing password beside Password", () => {
    const refused = 'cannot connect to postgres://bo@127.0.0.1:5432/review: the server refused the password of user "bo"';
    expect(connectErrors(report(refused))).toEqual({ url: "", password: refused });
    const missing = "postgres://bo@127.0.0.1:5432/review asks for a password";
    expect(connectErrors(report(missing))).toEqual({ url: "", password: missing });
  });

  it("puts an unreachable server or a missing database beside Server URL", () => {
    const unreachable = "cannot connect to postgres://bo@127.0.0.1:5999/review: cannot reach 127.0.0.1:5999 (Connection refused)";
    expect(connectErrors(report(unreachable))).toEqual({ url: unreachable, password: "" });
    const none = 'cannot connect to postgres://bo@127.0.0.1:5432/revue: the server has no database "revue"';
    expect(connectErrors(report(none)).url).toBe(none);
  });

  it("puts a field's message beside its field", () => {
    const bad = report("db: x is not a PostgreSQL URL", [{ field: "db", message: "x is not a PostgreSQL URL" }]);
    expect(connectErrors(bad)).toEqual({ url: "x is not a PostgreSQL URL", password: "" });
    const url = report("url: starts with postgres://", [{ field: "url", message: "starts with postgres://" }]);
    expect(connectErrors(url).url).toBe("starts with postgres://");
  });
});

describe("withoutPassword", () => {
  it("takes a password out of the address", () => {
    expect(withoutPassword("postgres://bo:s3cr:et@127.0.0.1:5432/review")).toBe("postgres://bo@127.0.0.1:5432/review");
    expect(withoutPassword(" postgres://bo@db.example/review?password=x&sslmode=require ")).toBe(
      "postgres://bo@db.example/review?sslmode=require",
    );
    expect(withoutPassword("postgresql://bo:x@h/review?password=x")).toBe("postgresql://bo@h/review");
  });

  it("leaves an address without a password alone", () => {
    expect(withoutPassword("postgres://bo@127.0.0.1:5432/review")).toBe("postgres://bo@127.0.0.1:5432/review");
    expect(withoutPassword("postgres://127.0.0.1/review")).toBe("postgres://127.0.0.1/review");
  });
});
