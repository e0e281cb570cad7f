// An objective's indicators as one line of text in its form: "metric >= target; …".
import type { Comparison, Indicator } from "./api/bindings";

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
