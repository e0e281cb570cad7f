// The only module that talks to the backend. Every call goes through `call`, which turns the
// core's error reports into `BackendError`s that forms can show beside their fields.
import { invoke } from "@tauri-apps/api/core";
import { ask, open, save } from "@tauri-apps/plugin-dialog";

import type { Action } from "./types/Action";
import type { ActionPlanItem } from "./types/ActionPlanItem";
import type { AppInfo } from "./types/AppInfo";
import type { Backup } from "./types/Backup";
import type { Attendance } from "./types/Attendance";
import type { AttendanceCount } from "./types/AttendanceCount";
import type { CaptureLine } from "./types/CaptureLine";
import type { CaptureResult } from "./types/CaptureResult";
import type { Contribution } from "./types/Contribution";
import type { ContributionSummary } from "./types/ContributionSummary";
import type { Country } from "./types/Country";
import type { CycleSummary } from "./types/CycleSummary";
import type { Dashboard } from "./types/Dashboard";
import type { Decision } from "./types/Decision";
import type { DocumentOptions } from "./types/DocumentOptions";
import type { DraftReport } from "./types/DraftReport";
import type { ErrorReport } from "./types/ErrorReport";
import type { Improvement } from "./types/Improvement";
import type { Kind } from "./types/Kind";
import type { Meeting } from "./types/Meeting";
import type { MeetingDetail } from "./types/MeetingDetail";
import type { MeetingQuery } from "./types/MeetingQuery";
import type { MeetingSummary } from "./types/MeetingSummary";
import type { MetricValue } from "./types/MetricValue";
import type { Objective } from "./types/Objective";
import type { OpenAction } from "./types/OpenAction";
import type { Organization } from "./types/Organization";
import type { Person } from "./types/Person";
import type { PersonMatch } from "./types/PersonMatch";
import type { Priority } from "./types/Priority";
import type { Proposal } from "./types/Proposal";
import type { Record as Stored } from "./types/Record";
import type { ReviewCycle } from "./types/ReviewCycle";
import type { Reviewer } from "./types/Reviewer";
import type { Score } from "./types/Score";
import type { SummaryFormat } from "./types/SummaryFormat";

export type { Stored };

/** The record type of each kind, as the core defines them. */
export type RecordTypes = {
  organizations: Organization;
  people: Person;
  meetings: Meeting;
  attendance: Attendance;
  counts: AttendanceCount;
  priorities: Priority;
  decisions: Decision;
  actions: Action;
  contributions: Contribution;
  proposals: Proposal;
  "action-plan": ActionPlanItem;
  objectives: Objective;
  reviewers: Reviewer;
  cycles: ReviewCycle;
  scores: Score;
  improvements: Improvement;
};
type KindName = Kind & keyof RecordTypes;

/** A failure reported by the core: its message, and the fields or rows it concerns. */
export class BackendError extends Error {
  readonly report: ErrorReport;
  constructor(report: ErrorReport) {
    super(report.message);
    this.name = "BackendError";
    this.report = report;
  }

  /** Messages per field name, for forms. */
  get fields(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.report.fields) out[f.field] = out[f.field] ? `${out[f.field]}; ${f.message}` : f.message;
    return out;
  }

  static from(error: unknown): BackendError {
    if (error instanceof BackendError) return error;
    if (error && typeof error === "object" && "message" in error && "kind" in error) {
      return new BackendError(error as ErrorReport);
    }
    return new BackendError({ kind: "io", message: String(error), fields: [], rows: [] });
  }
}

/** How many calls are in flight, for the progress bar. */
let inFlight = $state(0);
export const activity = {
  get busy() {
    return inFlight > 0;
  },
};

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  inFlight += 1;
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw BackendError.from(error);
  } finally {
    inFlight -= 1;
  }
}

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  /** Signed-off cycles changed outside the product (their digests recomputed), one sentence each. */
  integrityWarnings: () => call<string[]>("integrity_warnings"),
  dashboard: () => call<Dashboard>("dashboard"),
  /** Tells the backend that `view` has painted its data, `openedAt` being performance.now() when it opened (timing only). */
  shown: (view: string, openedAt: number) => {
    requestAnimationFrame(() =>
      setTimeout(() => void invoke("shown", { view, sinceOpenedMs: performance.now() - openedAt }).catch(() => {}), 0),
    );
  },
  meetings: (query: MeetingQuery) => call<MeetingSummary[]>("meetings", { query }),
  meetingDetail: (id: number) => call<MeetingDetail>("meeting_detail", { id }),

  /** Records of `kind` in id order; only the first `limit` when given. */
  list: <K extends KindName>(kind: K, limit: number | null = null) =>
    call<Stored<RecordTypes[K]>[]>("records_list", { kindName: kind, limit }),
  create: <K extends KindName>(kind: K, record: RecordTypes[K]) => call<number>("record_create", { kindName: kind, record }),
  update: <K extends KindName>(kind: K, id: number, record: RecordTypes[K]) =>
    call<null>("record_update", { kindName: kind, id, record }),
  remove: (kind: KindName, id: number) => call<null>("record_delete", { kindName: kind, id }),

  capturePreview: (text: string) => call<CaptureLine[]>("capture_preview", { text }),
  captureApply: (meeting: string, text: string) => call<CaptureResult>("capture_apply", { meeting, text }),
  openActions: () => call<OpenAction[]>("open_actions"),
  /** Contributions dated in `from`..`to` (null: open end), oldest first; only the first `limit` when given. */
  contributions: (limit: number | null = null, from: string | null = null, to: string | null = null) =>
    call<ContributionSummary[]>("contributions", { from, to, limit }),
  countries: () => call<Country[]>("countries"),
  metrics: (from: string, to: string) => call<MetricValue[]>("metrics", { from, to }),

  cycleSummary: (id: number) => call<CycleSummary>("cycle_summary", { id }),
  cycleScores: (cycle: number) => call<Stored<Score>[]>("cycle_scores", { cycle }),
  /** People whose name contains `search`, the exact name first. */
  peopleMatching: (search: string, limit = 30) => call<PersonMatch[]>("people_matching", { search, limit }),
  draftProposals: (cycle: number) => call<DraftReport>("draft_proposals", { cycle }),
  signOff: (cycle: number) => call<string>("sign_off", { cycle }),
  exportSummary: (cycle: number, format: SummaryFormat, path: string, includeConfidential: boolean, options: DocumentOptions) =>
    call<null>("export_summary", { cycle, format, path, includeConfidential, options }),
  exportTable: (table: string, cycle: number | null, path: string, includeConfidential: boolean) =>
    call<number>("export_table", { table, cycle, path, includeConfidential }),
  exportDatabase: (path: string) => call<null>("export_database", { path }),
  importFile: (kind: string, path: string) => call<number>("import_file", { kindName: kind, path }),
  backup: (path: string) => call<null>("backup_database", { path }),
  loadDemo: () => call<number>("load_demo"),
  openDatabase: (path: string, create: boolean) => call<string>("open_database", { path, create }),
  /** The rolling backups of the open database (or of the one that could not be opened), newest first. */
  backups: () => call<Backup[]>("backups_list"),
  backupNow: () => call<Backup>("backup_now"),
  /** Replaces the database with `backup` (the replaced file is kept as a backup) and opens it. */
  restoreBackup: (backup: string) => call<string>("restore_backup", { backup }),
};

/** Native file dialogs and confirmations. */
export const dialogs = {
  async saveFile(defaultPath: string, name: string, extensions: string[]): Promise<string | null> {
    return await save({ defaultPath, filters: [{ name, extensions }] });
  },
  async openFile(name: string, extensions: string[]): Promise<string | null> {
    const chosen = await open({ multiple: false, directory: false, filters: [{ name, extensions }] });
    return typeof chosen === "string" ? chosen : null;
  },
  async confirm(message: string, title = "CxO Review"): Promise<boolean> {
    return await ask(message, { title, kind: "warning" });
  },
};
