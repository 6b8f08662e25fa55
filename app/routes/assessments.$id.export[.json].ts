import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAssessment } from "../auth/guards.server";
import { exportAssessment } from "../models/exchange.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params, context);
  const file = exportAssessment({ assessment });
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="weerbaar-${assessment.electionDate}-${assessment.id}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
