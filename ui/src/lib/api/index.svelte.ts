// The only module that talks to the backend, through the commands generated from the Rust shell
// (./bindings.ts, written by `cargo test -p cxo-review-app`). Every call goes through `call`,
// which turns the core's error reports into `BackendError`s that forms can show beside their
// fields. Feature modules in lib/ take the `Api` type, so that unit tests can pass a mock.
import { tick } from "svelte";
import { ask, open, save } from "@tauri-apps/plugin-dialog";
import { session } from "../stores/session.svelte";
import { locale, t } from "../i18n.svelte";

import {
  commands,
  type DocumentOptions,
  type ErrorReport,
  type HistoryQuery,
  type JsonValue,
  type Language,
  type Message,
  type RowError,
  type Kind,
  type MeetingQuery,
  type RecordTypes,
  type Result,
  type ReturnedScore,
  type SheetImport,
  type Mapping,
  type Score,
  type Stored,
  type SummaryFormat,
} from "./bindings";

export type { Stored, RecordTypes };

/** A kind of record the generic record commands edit, with its record type in `RecordTypes`. */
export type KindName = Kind & keyof RecordTypes;

/** An error report as the core sends it; tests and the shell's own failures may lack `text`. */
type Report = Omit<ErrorReport, "text"> & { text?: Message | null };

/** A message of the core in the window's language; its English when the core had no message. */
export function coreText(text: Message | null | undefined, english: string): string {
  return text ? t(text.id, text.args) : english;
}

/** A bad row of an import, in the window's language (the line and column are shown beside). */
export function rowText(row: RowError): string {
  return coreText(row.text, row.message);
}

/** A failure reported by the core: its message, and the fields or rows it concerns. */
export class BackendError extends Error {
  readonly report: ErrorReport;
  constructor(report: Report) {
    super(BackendError.describe(report));
    this.name = "BackendError";
    this.report = { ...report, text: report.text ?? { id: "error-internal", args: { reason: report.message } } };
  }

  /** The whole report in the window's language: an invalid record's problems field by field. */
  private static describe(report: Report): string {
    if (report.code === "invalid" && report.fields.length) {
      return report.fields.map((f) => `${f.field}: ${coreText(f.text, f.message)}`).join("; ");
    }
    return coreText(report.text, report.message);
  }

  /** Messages per field name, for forms, in the window's language. */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.report.fields) {
      const text = coreText(f.text, f.message);
      out[f.field] = out[f.field] ? `${out[f.field]}; ${text}` : text;
    }
    return out;
  }

  static from(error: unknown): BackendError {
    if (error instanceof BackendError) return error;
    if (error && typeof error === "object" && "message" in error && "code" in error) {
      return new BackendError(error as Report);
    }
    // Not a report of the core: an argument the shell could not read, or a failure of the bridge.
    const message = error instanceof Error ? error.message : String(error);
    return new BackendError({ code: "internal", message, fields: [], rows: [] });
  }
}

/** Awaits a command; its error report becomes a thrown `BackendError`. */
async function call<T>(command: Promise<Result<T, ErrorReport>>): Promise<T> {
  session.inFlight += 1;
  try {
    const result = await command;
    if (result.status === "error") throw new BackendError(result.error);
    return result.data;
  } catch (error) {
    throw BackendError.from(error);
  } finally {
    session.inFlight -= 1;
  }
}

/** Under WebDriver (the end-to-end tests) the window does not watch for others' saves: WebKitGTK's
 * automation crashes the page when answers to commands the page sent by itself (a poll) arrive
 * while it runs a script of the test. */
export const automated = typeof navigator !== "undefined" && navigator.webdriver === true;

/** The data version, asked quietly: the window polls it, so it shows no progress. */
async function dataVersion(): Promise<number> {
  const result = await commands.dataVersion();
  if (result.status === "error") throw new BackendError(result.error);
  return result.data;
}

/** Asks whether someone else saved since this window last looked; if so sets `session.othersSaved`. */
export async function checkVersion(): Promise<void> {
  const token = session.versions.asking();
  try {
    if (session.versions.answered(token, await dataVersion())) session.othersSaved = true;
  } catch {
    // No database open, or the server out of reach: the next poll asks again.
  }
}

/** Runs a command that writes to the database (or opens another), and notes the data version it
 * left, so that a save of this window's own is no news to it. Someone else's save just before
 * (or the conflict it caused) is news. */
async function write<T>(command: () => Promise<Result<T, ErrorReport>>): Promise<T> {
  if (!automated) await checkVersion();
  session.versions.writeStarted();
  try {
    return await call(command());
  } catch (error) {
    if (BackendError.from(error).report.code === "conflict") session.othersSaved = true;
    throw error;
  } finally {
    session.versions.writeEnded(automated ? null : await dataVersion().catch(() => null));
  }
}

/** A command that cannot fail in the core, awaited like the others. */
const infallible = <T>(command: Promise<T>) =>
  call(command.then((data): Result<T, ErrorReport> => ({ status: "ok", data })));

/** The generic record commands answer with JSON; its shape is the kind's record type. */
const records = <T>(value: JsonValue) => value as unknown as Stored<T>[];
const json = <T>(record: T) => record as unknown as JsonValue;

// What the window's first screen shows, asked for before the page is mounted (`prime`), so that
// the page is laid out once, with its data: no empty sidebar, no banner moving the content
// down, no "Loading…" when the window is shown. Each answer is given once, to the first caller.
type Primed = "appInfo" | "reviewPackage" | "dashboard";
const primed = new Map<Primed, Promise<unknown>>();

function primedOr<T>(key: Primed, ask: () => Promise<T>): Promise<T> {
  const early = primed.get(key) as Promise<T> | undefined;
  primed.delete(key);
  return early ?? ask();
}

/** Asks for the first screen's data; resolves once every answer (or error, which the screen
 * then shows) is in. The dashboard is asked for only when it is the screen the window opens on;
 * the shell has computed it while the page loaded. */
/**
 * Tells the shell the window's language now and at each change, so that the menu bar speaks it
 * too (the menu is the shell's; the window's words follow `locale` by themselves).
 */
export function menuFollowsLanguage(): void {
  $effect.root(() => {
    $effect(() => {
      void commands.setLanguage(locale.catalogue).catch(() => {});
    });
  });
}

/** The system's language, when it is one of ITU's six (null in a window without the shell). */
export async function systemLanguage(): Promise<Language | null> {
  try {
    return await commands.systemLanguage();
  } catch {
    return null;
  }
}

export async function prime(firstScreen: string): Promise<void> {
  primed.set("reviewPackage", call(commands.reviewPackage()));
  primed.set("appInfo", call(commands.appInfo()));
  if (firstScreen === "dashboard") primed.set("dashboard", call(commands.dashboard()));
  await Promise.allSettled(primed.values());
}

export const api = {
  appInfo: () => primedOr("appInfo", () => call(commands.appInfo())),
  /** Signed-off cycles changed outside the product (their digests recomputed), one sentence each. */
  integrityWarnings: () => call(commands.integrityWarnings()),
  dashboard: () => primedOr("dashboard", () => call(commands.dashboard())),
  /** Tells the backend that `view` has painted its data, `openedAt` being performance.now() when it opened (timing only). */
  shown: (view: string, openedAt: number) => {
    const report = () => void commands.shown(view, performance.now() - openedAt).catch(() => {});
    // The window starts hidden and this report shows it. A hidden window paints no frame to wait
    // for, so the report goes as soon as the page holds the view's data.
    if (document.visibilityState === "hidden") void tick().then(report);
    else requestAnimationFrame(() => setTimeout(report, 0));
  },



  meetings: (query: MeetingQuery) => call(commands.meetings(query)),
  meetingDetail: (id: number) => call(commands.meetingDetail(id)),

  /** Records of `kind` in id order; only the first `limit` when given. */
  list: async <K extends KindName>(kind: K, limit: number | null = null) =>
    records<RecordTypes[K]>(await call(commands.recordsList(kind, limit))),
  /** Record `id` of `kind` as it now stands, with the `version` an edit form sends back. */
  get: async <K extends KindName>(kind: K, id: number) =>
    (await call(commands.recordGet(kind, id))) as unknown as Stored<RecordTypes[K]> & { version: number },
  create: <K extends KindName>(kind: K, record: RecordTypes[K]) => write(() => commands.recordCreate(kind, json(record))),
  update: <K extends KindName>(kind: K, id: number, record: RecordTypes[K]) =>
    write(() => commands.recordUpdate(kind, id, json(record))),
  /** Deletes a record (and what is deleted with it) into the trash; the toast offers Undo. */
  remove: async (kind: KindName, id: number) => {
    const deleted = await write(() => commands.recordDelete(kind, id));
    session.deleted(deleted);
    return deleted;
  },
  /** History entries, newest first: a record's when `query` names its kind and key. */
  history: (query: HistoryQuery) => call(commands.history(query)),
  /** The database's activity, newest first: each write, each import's batch as one line. */
  activity: (query: HistoryQuery) => call(commands.activity(query)),
  /** What importing the spreadsheet at `path` would do; nothing is written. */
  sheetPlan: (path: string, options: SheetImport) => call(commands.sheetPlan(path, options)),
  /** Imports the spreadsheet at `path` as its plan says, under one batch id. */
  sheetImport: (path: string, options: SheetImport) => write(() => commands.sheetImport(path, options)),
  /** The sheet mappings this computer's user saved, by name. */
  sheetMappings: () => call(commands.sheetMappings()),
  /** Saves a sheet mapping under its name; returns them all. */
  saveSheetMapping: (mapping: Mapping) => call(commands.sheetMappingSave(mapping)),
  /** The pairs of organizations or people that may be one record, most alike first. */
  duplicates: (kind: "organizations" | "people") => call(commands.directoryDuplicates(kind)),
  /** Merges the record named `absorb` into the one named `keep`, under one batch id. */
  merge: (kind: "organizations" | "people", keep: string, absorb: string) => write(() => commands.directoryMerge(kind, keep, absorb)),
  /** Takes back what a batch (an import, a merge) wrote. */
  undoBatch: (batch: string) => write(() => commands.undoBatch(batch)),
  /** The history of record `id` of `kind`, newest first. */
  recordHistory: (kind: KindName, id: number) => call(commands.recordHistory(kind, id)),
  /** Brings a field of a record back to an earlier value, as a new change recorded as a restore. */
  restoreValue: (kind: KindName, key: string, field: string, value: unknown) =>
    write(() => commands.historyRestore(kind, key, field, json(value))),
  /** The trash, most recently deleted first. */
  trash: () => call(commands.trashList()),
  /** Puts trash entry `id`'s records back (Undo, or Restore in the Trash panel). */
  restoreFromTrash: (id: number) => write(() => commands.trashRestore(id)),
  /** Deletes every entry of the trash for good, or those deleted more than `olderThanDays` days ago. */
  emptyTrash: (olderThanDays: number | null) => write(() => commands.trashEmpty(olderThanDays)),

  capturePreview: (text: string) => infallible(commands.capturePreview(text)),
  captureApply: (meeting: string, text: string) => write(() => commands.captureApply(meeting, text)),
  /** Swaps the ranks of two priorities of one meeting, in one transaction. */
  swapPriorities: (priority: number, other: number) => write(() => commands.swapPriorities(priority, other)),
  openActions: () => call(commands.openActions()),
  /** Contributions dated in `from`..`to` (null: open end), oldest first; only the first `limit` when given. */
  contributions: (limit: number | null = null, from: string | null = null, to: string | null = null) =>
    call(commands.contributions(from, to, limit)),
  countries: () => call(commands.countries()),
  /** Every indicator over `from`..`to` (by default from the first meeting to today). */
  indicators: (from: string | null, to: string | null) => call(commands.indicators(from, to)),
  objectiveIndicators: (from: string, to: string) => call(commands.objectiveIndicators(from, to)),

  /** The review cycles, in id order. */
  cycles: () => call(commands.cycles()),
  cycleSummary: (id: number) => call(commands.cycleSummary(id)),
  cycleScores: (cycle: number) => call(commands.cycleScores(cycle)),
  /** Saves a reviewer's score (a new one when `id` is null): its id, and its objective's result as it now stands. */
  saveScore: (id: number | null, score: Score) => write(() => commands.saveScore(id, score)),
  /** People whose name contains `search`, the exact name first. */
  peopleMatching: (search: string, limit = 30) => call(commands.peopleMatching(search, limit)),
  draftProposals: (cycle: number) => write(() => commands.draftProposals(cycle)),
  signOff: (cycle: number) => write(() => commands.signOff(cycle)),
  signOffCompleteness: (cycle: number) => call(commands.signOffCompleteness(cycle)),
  /** The header block of a cycle's summary (TD number, place, source, contact): as saved, or the defaults. */
  documentOptions: (cycle: number) => call(commands.documentOptions(cycle)),
  setDocumentOptions: (cycle: number, options: DocumentOptions) => write(() => commands.setDocumentOptions(cycle, options)),
  exportSummary: (cycle: number, format: SummaryFormat, path: string, includeConfidential: boolean, options: DocumentOptions, language: Language = "en") =>
    call(commands.exportSummary(cycle, format, path, includeConfidential, options, language)),
  exportTable: (table: string, cycle: number | null, path: string, includeConfidential: boolean) =>
    call(commands.exportTable(table, cycle, path, includeConfidential)),
  exportDatabase: (path: string) => call(commands.exportDatabase(path)),
  /** Imports the file at `path` holding records of `kind` (null: a whole-database export). */
  importFile: (kind: Kind | null, path: string) => write(() => commands.importFile(kind, path)),
  backup: (path: string) => call(commands.backupDatabase(path)),
  /** Opens the demo database, made afresh (a file of its own, never the user's database); its path. */
  openDemo: () => write(() => commands.openDemo()),
  openDatabase: (path: string, create: boolean) => write(() => commands.openDatabase(path, create)),
  /** Connects to a team database (`postgres://user@host:port/database`), replacing the open
   * database; its address without the password. An empty password is none. */
  connectTeamDatabase: (url: string, password: string) => write(() => commands.connectTeamDatabase(url, password)),
  /** The rolling backups of the open database (or of the one that could not be opened), newest first. */
  backups: () => call(commands.backupsList()),
  backupNow: () => call(commands.backupNow()),
  /** Replaces the database with `backup` (the replaced file is kept as a backup) and opens it. */
  restoreBackup: (backup: string) => write(() => commands.restoreBackup(backup)),

  // Review packages: the reviewer's side needs no database.
  /** The package the app was started on (or opened since): then the window is in reviewer mode. */
  reviewPackage: () => primedOr("reviewPackage", () => call(commands.reviewPackage())),
  openReviewPackage: (path: string) => call(commands.openReviewPackage(path)),
  closeReviewPackage: () => infallible(commands.closeReviewPackage()),
  /** Saves a score into the open package at once; the package as it now stands. */
  scorePackage: (score: ReturnedScore) => call(commands.scorePackage(score)),
  /** Writes the signed return to `out` (null: beside the package); its key's fingerprint. */
  returnScores: (out: string | null) => call(commands.returnScores(out)),
  issuePackages: (cycle: number, deadline: string, folder: string) => write(() => commands.issuePackages(cycle, deadline, folder)),
  mergeReturn: (path: string, acceptLate: boolean) => write(() => commands.mergeReturn(path, acceptLate)),
};

/** The backend as feature modules see it: tests pass the mock backend (./mock.ts). */
export type Api = typeof api;

/** Native file dialogs and confirmations. */
export const dialogs = {
  async saveFile(defaultPath: string, name: string, extensions: string[]): Promise<string | null> {
    return await save({ defaultPath, filters: [{ name, extensions }] });
  },
  async openFile(name: string, extensions: string[]): Promise<string | null> {
    const chosen = await open({ multiple: false, directory: false, filters: [{ name, extensions }] });
    return typeof chosen === "string" ? chosen : null;
  },
  async openFiles(name: string, extensions: string[]): Promise<string[]> {
    const chosen = await open({ multiple: true, directory: false, filters: [{ name, extensions }] });
    return chosen === null ? [] : Array.isArray(chosen) ? chosen : [chosen];
  },
  async openFolder(title: string): Promise<string | null> {
    const chosen = await open({ directory: true, multiple: false, title });
    return typeof chosen === "string" ? chosen : null;
  },
  async confirm(message: string, title = t("app-name")): Promise<boolean> {
    return await ask(message, { title, kind: "warning" });
  },
};

/** The native dialogs as feature modules see them: tests pass a mock (./mock.ts). */
export type Dialogs = typeof dialogs;
