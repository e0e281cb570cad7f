// The window's title: which database the window is on, then the product, as desktop apps name
// their documents ("review.sqlite — CxO Review"; a team database as "review on 127.0.0.1 (bo)
// — CxO Review"). The sidebar names the database the same way.

import type { TeamUser } from "./api/bindings";

/** The last part of a path, whatever the separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A team database's address, as the core describes it: `postgres://user@host:port/database`. */
export type ServerAddress = { user: string; host: string; port: number; database: string };

/** The parts of a team database's address, or null for a file's path. */
export function serverAddress(database: string): ServerAddress | null {
  const match = /^postgres(?:ql)?:\/\/(?:([^@/]*)@)?(\[[^\]]*\]|[^:/?]*)(?::(\d+))?(?:\/([^?]*))?/.exec(database);
  if (!match) return null;
  const user = decodeURIComponent((match[1] ?? "").split(":")[0]);
  const port = match[3] ? Number(match[3]) : 5432;
  return { user, host: match[2] || "localhost", port, database: decodeURIComponent(match[4] || user) };
}

/** The database's short name: the file's name, or "review on 127.0.0.1" for a team database
 * (with the port when it is not PostgreSQL's usual 5432). */
export function databaseName(database: string): string {
  const server = serverAddress(database);
  if (!server) return fileName(database);
  const port = server.port === 5432 ? "" : `:${server.port}`;
  return `${server.database} on ${server.host}${port}`;
}

/** Who the window is on a team database: "bo · reviewer"; a login outside the team (the
 * database's owner) has the server's own rights. */
export function userLine(user: TeamUser | null | undefined): string {
  if (!user) return "";
  return `${user.login} · ${user.role ?? "not in the team"}`;
}

/** The title for a database `database` (a path or a team database's address, on which `login`
 * is connected), or for a review package `pkg` (a path). */
export function windowTitle(database: string | null, pkg: string | null, login: string | null = null): string {
  if (pkg) return `${fileName(pkg)} — Reviewer mode — CxO Review`;
  if (!database) return "CxO Review";
  const server = serverAddress(database);
  if (!server) return `${fileName(database)} — CxO Review`;
  const who = login || server.user;
  return `${databaseName(database)}${who ? ` (${who})` : ""} — CxO Review`;
}
