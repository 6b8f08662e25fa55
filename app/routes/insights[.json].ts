import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePlatformRole } from "../auth/guards.server";
import { exportColumns, exportRows, parseInsightsQuery } from "../insights";
import { getPublishedRelease } from "../models/insights.server";
import { notFound } from "../utils/http.server";

/** The JSON twin of /insights.csv: the same rows, the same suppression, typed values. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "insights:export");
  const query = parseInsightsQuery(new URL(request.url).searchParams);
  if (!query) return new Response("Bad request", { status: 400 });
  const release = getPublishedRelease({ id: query.release });
  if (!release) throw notFound();
  const body = {
    format: "weerbaar-insights/1",
    release: { id: release.releaseId, publishedAt: release.publishedAt, minGroup: release.minGroup, privacy: release.privacy ?? null },
    // Figures of a release with noise are approximate on purpose (differential privacy, ADR 018).
    note: release.privacy
      ? `Figures carry random noise for differential privacy (epsilon ${release.privacy.epsilon} per release, split ${JSON.stringify(release.privacy.split)}); gaps give the rank only. At most one release per quarter.`
      : "Exact figures (a release from before noise was added).",
    columns: exportColumns,
    rows: exportRows({ release, breakdown: query.breakdown }),
  };
  const suffix = query.breakdown ? `-${query.breakdown}` : "";
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="weerbaar-inzichten-publicatie-${release.releaseId}${suffix}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
