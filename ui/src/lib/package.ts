// Review packages. The reviewer's side (reviewer mode): the form of each objective, the score it
// makes, saving each change into the package one at a time. The rapporteur's side: the default
// deadline, issuing packages, merging returns one file at a time with a report per file.
import type { Api } from "./api/index.svelte";
import type { Evidence, EvidenceKind, IssuedPackage, Issue, Merged, OpenedPackage, ReturnedScore, Work } from "./api/bindings";
import { addDays, isoDate } from "./dates";
import { t } from "./i18n.svelte";
import { metricLabel } from "./indicators";
import { metricValue } from "./scores";

/** What the reviewer has chosen and typed for one objective. Evidence as "kind:reference". */
export type ScoreForm = { level: number | null; rationale: string; evidence: string[] };

/** The form of every objective of the package, from the work saved in it so far. */
export function formsOf(issue: Issue, work: Work): Record<string, ScoreForm> {
  const forms: Record<string, ScoreForm> = {};
  for (const o of issue.objectives) {
    const saved = work.scores.find((s) => s.objective === o.code);
    forms[o.code] = {
      level: saved?.level ?? null,
      rationale: saved?.rationale ?? "",
      evidence: (saved?.evidence ?? []).map((e) => `${e.kind}:${e.reference}`),
    };
  }
  return forms;
}

/** The score the form of `objective` gives; null until a level is chosen (nothing to save yet). */
export function returnedScore(objective: string, form: ScoreForm): ReturnedScore | null {
  if (form.level === null) return null;
  const evidence: Evidence[] = form.evidence.map((item) => {
    const at = item.indexOf(":");
    return { kind: item.slice(0, at) as EvidenceKind, reference: item.slice(at + 1) };
  });
  return { objective, level: form.level, rationale: form.rationale, evidence };
}

/** The objectives the saved work scores, in the package's order. */
export function scoredObjectives(issue: Issue, work: Work): string[] {
  return issue.objectives.map((o) => o.code).filter((code) => work.scores.some((s) => s.objective === code));
}

/** One thing a reviewer may cite: its stored value ("meeting:KEY") and the text shown for it. */
export type EvidenceChoice = { value: string; label: string; group: "Meetings" | "Contributions" | "Indicators" };

/** What the package lets the reviewer cite: its meetings, contributions and indicators. */
export function evidenceChoices(issue: Issue): EvidenceChoice[] {
  const choices: EvidenceChoice[] = [
    ...issue.meetings.map((m): EvidenceChoice => ({ value: `meeting:${m.key}`, label: `${m.key} — ${m.title}`, group: "Meetings" })),
    ...issue.contributions.map(({ contribution: c }): EvidenceChoice => ({
      value: `contribution:${c.symbol}`, label: `${c.symbol} — ${c.title}`, group: "Contributions",
    })),
  ];
  const seen = new Set<string>();
  for (const { indicators } of issue.indicators) {
    for (const i of indicators) {
      if (seen.has(i.metric)) continue;
      seen.add(i.metric);
      const label = t("review-evidence-indicator", { label: metricLabel(i.metric, i.label), value: metricValue(i.value, i.value_text) });
      choices.push({ value: `indicator:${i.metric}`, label, group: "Indicators" });
    }
  }
  return choices;
}

/** The package's short id, as the header shows it. */
export const shortId = (id: string) => id.slice(0, 8);

/** The file name of a path (either separator). */
export const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Saves scores into the package one at a time, in the order they were made: every save reads
 * and rewrites the file, so two at once could lose one.
 */
export class SaveQueue {
  private last: Promise<unknown> = Promise.resolve();
  constructor(private readonly api: Pick<Api, "scorePackage">) {}

  /** Saves `score` after the saves before it; answers the package as it then stands. */
  save(score: ReturnedScore): Promise<OpenedPackage> {
    const next = this.last.catch(() => undefined).then(() => this.api.scorePackage(score));
    this.last = next;
    return next;
  }

  /** Resolves once every save asked so far is done (refused or not). */
  async idle(): Promise<void> {
    await this.last.catch(() => undefined);
  }
}

/** The default deadline of issued packages: `days` (30) after `today`, as YYYY-MM-DD. */
export function defaultDeadline(today: Date, days = 30): string {
  return addDays(isoDate(today), days);
}

/** Issues a package of `cycle` to each of its reviewers into `folder`. */
export function issueAll(api: Pick<Api, "issuePackages">, cycle: number, deadline: string, folder: string): Promise<IssuedPackage[]> {
  return api.issuePackages(cycle, deadline, folder);
}

/** What merging one return file did: its report, or why it was refused (nothing written). */
export type MergeOutcome = { file: string; merged: Merged } | { file: string; refused: string };

/** Merges each return in turn; a refused one does not stop the others. */
export async function mergeReturns(api: Pick<Api, "mergeReturn">, files: readonly string[], acceptLate: boolean): Promise<MergeOutcome[]> {
  const outcomes: MergeOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push({ file, merged: await api.mergeReturn(file, acceptLate) });
    } catch (error) {
      outcomes.push({ file, refused: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

/** Whether any merge changed the database (then the cycle is reloaded). */
export const anyApplied = (outcomes: readonly MergeOutcome[]) => outcomes.some((o) => "merged" in o && o.merged.applied.length > 0);
