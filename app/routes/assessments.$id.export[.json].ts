import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAssessment } from "../auth/guards.server";
import { exportAssessment } from "../models/exchange.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // The file holds every answer and note, so it has a permission of its own (today: every member who may read).
  const { assessment } = await requireAssessment(request, params, context, { action: "assessment:export" });
  const file = exportAssessment({ assessment });
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="weerbaar-${assessment.electionDate}-${assessment.id}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
