import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePlatformRole } from "../auth/guards.server";
import { exportRows, parseInsightsQuery, toCsv } from "../insights";
import { getPublishedRelease } from "../models/insights.server";
import { notFound } from "../utils/http.server";

/** The tidy CSV of a release (the latest by default): one figure per row, suppressed exactly as on the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "insights:export");
  const query = parseInsightsQuery(new URL(request.url).searchParams);
  if (!query) return new Response("Bad request", { status: 400 });
  const release = getPublishedRelease({ id: query.release });
  if (!release) throw notFound();
  const suffix = query.breakdown ? `-${query.breakdown}` : "";
  return new Response(toCsv(exportRows({ release, breakdown: query.breakdown })), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="weerbaar-inzichten-publicatie-${release.releaseId}${suffix}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
