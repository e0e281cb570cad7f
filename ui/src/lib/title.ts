// The window's title: which database the window is on, then the product, as desktop apps name
// their documents ("review.sqlite — CxO Review"; a team database as "review on 127.0.0.1 (bo)
// — CxO Review"). The sidebar names the database the same way. The words are the current
// language's; the names in them are phrases of the sentence (lib/phrase), plain in English.

import type { TeamRole, TeamUser } from "./api/bindings";
import { t } from "./i18n.svelte";
import { phrase } from "./phrase";

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
  return t("title-team-database", { database: phrase(server.database), host: phrase(`${server.host}${port}`) });
}

/** Who the window is on a team database: "bo · reviewer"; a login outside the team (the
 * database's owner) has the server's own rights. */
export function userLine(user: TeamUser | null | undefined): string {
  if (!user) return "";
  return t("title-user-line", { login: phrase(user.login), role: phrase(roleName(user.role)) });
}

/** A team role as the sidebar names it. */
function roleName(role: TeamRole | null): string {
  switch (role) {
    case "staff":
      return t("title-role-staff");
    case "reviewer":
      return t("title-role-reviewer");
    case "rapporteur":
      return t("title-role-rapporteur");
    default:
      return t("title-not-in-team");
  }
}

/** The title for a database `database` (a path or a team database's address, on which `login`
 * is connected), or for a review package `pkg` (a path). */
export function windowTitle(database: string | null, pkg: string | null, login: string | null = null): string {
  if (pkg) return t("title-package", { package: phrase(fileName(pkg)) });
  if (!database) return t("app-name");
  const server = serverAddress(database);
  if (!server) return t("title-database", { database: phrase(fileName(database)) });
  const who = login || server.user;
  const name = phrase(databaseName(database));
  return who ? t("title-team-login", { database: name, login: phrase(who) }) : t("title-database", { database: name });
}
