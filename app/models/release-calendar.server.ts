// Runs the release calendar in the server process: once at start and then every hour, it asks the model
// whether the current quarter's release is due (ADR 018). Idempotent: a quarter is decided only once, so
// several processes or restarts cannot make two releases or draw fresh noise.
import { getConfig } from "../utils/config.server";
import { publishDueRelease } from "./insights.server";

const hourMs = 60 * 60 * 1000;

function decideDueRelease(): void {
  try {
    const result = publishDueRelease({ minGroup: getConfig().insightsMinGroup });
    if (result.ok) console.log(`Weerbaar: release ${result.releaseId} published for ${result.period} (${result.contributionCount} contributions, with noise).`);
    else if (result.error === "too_few_new") console.log(`Weerbaar: no release for ${result.period}; fewer than K new contributions since the last one.`);
  } catch (error) {
    // A failed decision is retried within the hour; it must never take the server down.
    console.error("Weerbaar: the release calendar could not decide:", error instanceof Error ? error.message : error);
  }
}

/** Starts the hourly check (the timer does not keep the process alive). Called once by server.js. */
export function startReleaseCalendar(): void {
  decideDueRelease();
  setInterval(decideDueRelease, hourMs).unref();
}
