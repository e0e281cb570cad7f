// The backend in memory, for the UI's tests: every command of `api` and every dialog of
// `dialogs`, each a `vi.fn` so that a test can ask what it was called with. The generic record
// commands keep records in tables as the core does (an id per record, a version per save, a
// save from an old version refused as a conflict); every other command answers what the test
// says it answers, and fails like the core (a `BackendError`) when the test said nothing. The
// dialogs, unanswered, are cancelled.
import { vi, type Mock } from "vitest";
import type { Deleted } from "./bindings";
import { api as realApi, BackendError, dialogs as realDialogs, type Api, type Dialogs, type KindName } from "./index.svelte";

export type Command = keyof Api;
export type Dialog = keyof Dialogs;
/** What commands answer, for the commands a test needs. */
export type Answers = { [K in Command]?: Api[K] };
/** What the user answers in dialogs. */
export type DialogAnswers = { [K in Dialog]?: Dialogs[K] };
/** One call of a command, with its arguments. */
export type Call = { [K in Command]: { command: K; args: Parameters<Api[K]> } }[Command];
/** A stored record as the fake keeps it: its fields, its id, and the version a save sends back. */
export type Row = Record<string, unknown> & { id: number; version: number };

export class MockBackend {
  /** The backend, for the code under test. */
  readonly api: Api;
  /** The native dialogs, for the code under test. */
  readonly dialogs: Dialogs;
  /** Every command called, in order. */
  readonly calls: Call[] = [];
  /** The records, by kind and id. */
  private readonly tables = new Map<KindName, Map<number, Row>>();
  private readonly answers: Answers;
  private readonly dialogAnswers: DialogAnswers;
  private trashEntries = 0;

  constructor(answers: Answers = {}, dialogAnswers: DialogAnswers = {}) {
    this.answers = { ...answers };
    this.dialogAnswers = { ...dialogAnswers };
    const api: Record<string, Mock> = {};
    for (const command of Object.keys(realApi) as Command[]) {
      api[command] = vi.fn(async (...args: unknown[]) => {
        this.calls.push({ command, args } as Call);
        const answer = (this.answers[command] ?? this.inMemory(command)) as ((...a: unknown[]) => unknown) | undefined;
        if (!answer) throw new BackendError({ code: "internal", message: `no answer for ${command} in this test`, fields: [], rows: [] });
        // Like the real door, every failure reaches the caller as a BackendError.
        try {
          return await answer(...args);
        } catch (error) {
          throw BackendError.from(error);
        }
      });
    }
    this.api = api as unknown as Api;
    const dialogs: Record<string, Mock> = {};
    const cancelled: Record<Dialog, unknown> = { saveFile: null, openFile: null, openFiles: [], openFolder: null, confirm: false };
    for (const dialog of Object.keys(realDialogs) as Dialog[]) {
      dialogs[dialog] = vi.fn(async (...args: unknown[]) => {
        const answer = this.dialogAnswers[dialog] as ((...a: unknown[]) => unknown) | undefined;
        return answer ? await answer(...args) : cancelled[dialog];
      });
    }
    this.dialogs = dialogs as unknown as Dialogs;
  }

  /** From now on, `command` answers with `answer`. */
  answer<K extends Command>(command: K, answer: Api[K]): this {
    this.answers[command] = answer;
    return this;
  }

  /** From now on, the user answers `dialog` with `answer`. */
  answerDialog<K extends Dialog>(dialog: K, answer: Dialogs[K]): this {
    this.dialogAnswers[dialog] = answer;
    return this;
  }

  /** The arguments of each call of `command`, in order. */
  callsTo<K extends Command>(command: K): Parameters<Api[K]>[] {
    return this.calls.filter((c) => c.command === command).map((c) => c.args as Parameters<Api[K]>);
  }

  /** The `vi.fn` that stands for `command`, for vitest's matchers. */
  mock<K extends Command>(command: K): Mock<Api[K]> {
    return this.api[command] as unknown as Mock<Api[K]>;
  }

  /** The `vi.fn` that stands for `dialog`, for vitest's matchers. */
  mockDialog<K extends Dialog>(dialog: K): Mock<Dialogs[K]> {
    return this.dialogs[dialog] as unknown as Mock<Dialogs[K]>;
  }

  /** The stored records of `kind`, by id (the test may change them, as someone else would). */
  table(kind: KindName): Map<number, Row> {
    let table = this.tables.get(kind);
    if (!table) this.tables.set(kind, (table = new Map()));
    return table;
  }

  /** Stores `records` of `kind` as they would be after their first save (version 1 unless given). */
  seed(kind: KindName, records: (Record<string, unknown> & { id: number; version?: number })[]): this {
    for (const record of records) this.table(kind).set(record.id, { version: 1, ...record });
    return this;
  }

  /** The generic record commands, over the tables. */
  private inMemory(command: Command): ((...args: never[]) => unknown) | undefined {
    const notFound = (kind: KindName, id: number) =>
      new BackendError({ code: "not_found", message: `${kind} ${id} not found`, fields: [], rows: [] });
    const fields = (record: object) => {
      const { id: _, version: __, ...rest } = record as Row;
      return rest;
    };
    switch (command) {
      case "list":
        return (kind: KindName, limit: number | null = null) => {
          const rows = [...this.table(kind).values()].sort((a, b) => a.id - b.id).map((r) => ({ ...r }));
          return limit === null ? rows : rows.slice(0, limit);
        };
      case "get":
        return (kind: KindName, id: number) => {
          const row = this.table(kind).get(id);
          if (!row) throw notFound(kind, id);
          return { ...row };
        };
      case "create":
        return (kind: KindName, record: object) => {
          const id = Math.max(0, ...this.table(kind).keys()) + 1;
          this.table(kind).set(id, { ...fields(record), id, version: 1 });
          return id;
        };
      case "update":
        return (kind: KindName, id: number, record: object) => {
          const row = this.table(kind).get(id);
          if (!row) throw notFound(kind, id);
          if ((record as Partial<Row>).version !== row.version) {
            throw new BackendError({ code: "conflict", message: `${kind} ${id} was changed by someone else`, fields: [], rows: [] });
          }
          this.table(kind).set(id, { ...fields(record), id, version: row.version + 1 });
          return null;
        };
      case "remove":
        return (kind: KindName, id: number): Deleted => {
          if (!this.table(kind).delete(id)) throw notFound(kind, id);
          this.trashEntries += 1;
          return { entry: this.trashEntries, label: `${kind} ${id}`, contents: "" };
        };
      default:
        return undefined;
    }
  }
}

/** A backend in memory answering `answers`, its dialogs answering `dialogAnswers`. */
export function mockBackend(answers: Answers = {}, dialogAnswers: DialogAnswers = {}): MockBackend {
  return new MockBackend(answers, dialogAnswers);
}
