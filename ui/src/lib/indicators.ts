// An objective's indicators as one line of text in its form: "metric >= target; …".
import type { Comparison, Indicator } from "./api/bindings";
import { t } from "./i18n.svelte";

const COMPARISON = /^(\S+?)\s*(>=|<=|>|<|=)\s*(.+)$/;

/** The indicators written in `text`. A part that does not read "metric comparison target" keeps
 * its words as the metric and no target, so that the core names what is wrong with it. */
export function parseIndicators(text: string): Indicator[] {
  return text
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = COMPARISON.exec(part);
      return match
        ? { metric: match[1], comparison: match[2] as Comparison, target: Number(match[3].trim()) }
        : { metric: part, comparison: ">=" as Comparison, target: Number.NaN };
    });
}

/** `indicators` as the form shows them; parseIndicators reads them back unchanged. */
export function formatIndicators(indicators: Indicator[]): string {
  return indicators.map((i) => `${i.metric} ${i.comparison} ${i.target}`).join("; ");
}

/** The metric codes the core computes (src/model/metrics.rs), each with a message `indicator-<name>`. */
const METRIC_NAMES: ReadonlySet<string> = new Set([
  "meetings_held",
  "participants_per_meeting",
  "executives_per_meeting",
  "regions_represented",
  "developing_region_share",
  "tsb_share",
  "distinct_organizations",
  "first_time_organizations",
  "priorities_per_meeting",
  "actions_done_share",
  "median_days_to_close",
  "overdue_actions",
  "communique_latency_days",
  "contributions_received",
  "contribution_source_categories",
  "contribution_source_regions",
  "proposals_agreed_share",
]);

/** The label of metric `name` in the current language; for a metric the UI does not know, the
 * core's own label (`fallback`) or else the code. */
export function metricLabel(name: string, fallback?: string | null): string {
  return METRIC_NAMES.has(name) ? t(`indicator-${name}`) : (fallback ?? name);
}
