// What a screen shows of its calls to the backend, in one place rather than a try/catch each:
// `Load` for data it loads (loading, failed or loaded), `Outcome` for what the user's last action
// came to (the error or the notice in the screen's banners). Failures become messages through
// `BackendError.from`, the one conversion of the core's error reports.
import { BackendError } from "./api/index.svelte";

export type LoadState = "loading" | "failed" | "loaded";

/** Data loaded from the backend: loading, failed (with the core's error) or loaded (with its
 * value). Run again, it keeps the value it has until the new one is in; when runs overlap, the
 * answer of the latest wins, and an earlier one arriving late is dropped. */
export class Load<T> {
  state = $state<LoadState>("loading");
  value = $state<T>();
  error = $state<BackendError | null>(null);
  #latest = 0;

  /** The failure's message; empty unless failed. */
  get message(): string {
    return this.error?.message ?? "";
  }

  /** Loads with `load`; whether its value is now the one shown. */
  async run(load: () => Promise<T>): Promise<boolean> {
    const run = ++this.#latest;
    this.state = "loading";
    try {
      const value = await load();
      if (run !== this.#latest) return false;
      this.value = value;
      this.error = null;
      this.state = "loaded";
      return true;
    } catch (e) {
      if (run !== this.#latest) return false;
      this.error = BackendError.from(e);
      this.state = "failed";
      return false;
    }
  }
}

/** What the user's last action came to: the error or the notice a screen shows. */
export class Outcome {
  error = $state("");
  notice = $state("");

  /** Forgets what the last action said, as a new one starts. */
  clear(): void {
    this.error = "";
    this.notice = "";
  }

  /** Shows `e` (the core's error report, or any failure) as the error; the error, for what else the caller does with it. */
  fail(e: unknown): BackendError {
    const failure = BackendError.from(e);
    this.error = failure.message;
    return failure;
  }

  /** A form's failure: its messages by field, to show beside the fields; a failure that names
   * no field becomes the error shown. */
  formFailed(e: unknown): Record<string, string> {
    const failure = BackendError.from(e);
    if (!failure.report.fields.length) this.error = failure.message;
    return failure.fields;
  }

  /** Runs `work`; its failure becomes the error shown. Whether it succeeded. */
  async attempt(work: () => Promise<unknown>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }
}
