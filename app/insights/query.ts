import { breakdowns, type Breakdown } from "./types";

/** The only query parameters the insights pages and exports accept. There is no free-form filter. */
export const insightsParameters = ["breakdown", "release"] as const;

export type InsightsQuery = { breakdown?: Breakdown; release?: number };

/**
 * Parses the query of /insights, /insights.csv and /insights.json. Anything unknown, repeated or malformed
 * is refused (null), never ignored: a typo must not silently show other figures than asked for.
 */
export function parseInsightsQuery(params: URLSearchParams): InsightsQuery | null {
  const result: InsightsQuery = {};
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) return null;
    seen.add(key);
    if (key === "breakdown") {
      const breakdown = breakdowns.find((b) => b === value);
      if (!breakdown) return null;
      result.breakdown = breakdown;
    } else if (key === "release") {
      if (!/^[1-9][0-9]{0,8}$/.test(value)) return null;
      result.release = Number(value);
    } else {
      return null;
    }
  }
  return result;
}
